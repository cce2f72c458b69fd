"""Session 10, Bulgarian negation that is not denial (lexicons/bg.py, last block): for each form, new
sentences written for this file (none from tests/data/negation) where the mend must fire, and
look-alikes that must stay clear (plain denials, idioms, other people's past, recovery)."""

import pytest

from rule_checks import assert_rule_fires, assert_stays_clear

FIRES = [
    # double negative: "няма ден, в който да не ...", "не минава нощ без да ..."
    ("Няма нощ, в която да не се нарежа.", "bg.self_harm.implied.double_negative"),
    ("Не мина и една вечер без да се изгоря.", "bg.self_harm.implied.double_negative"),
    ("Няма ден, в който да не мисля за самоубийство.", "bg.suicide.explicit.kill_myself"),
    ("нямаше седмица без да си мисля как да се убия", "bg.suicide.implied.double_negative"),
    # can't stop / won't give up
    ("Не мога да престана да мисля за самоубийство вечер.", "bg.suicide.explicit.kill_myself"),
    ("не спирам да се режа, каквото и да правя", "bg.self_harm.explicit.cutting"),
    ("Няма да спра да се наранявам, докато някой не ме чуе.", "bg.self_harm.explicit.cutting"),
    ("Не мога да спра да бия дъщеря си, когато плаче.", "bg.child_safety.explicit.hitting_own_child"),
    ("Пак ударих сина си снощи, вече удрям детето си всеки ден.", "bg.child_safety.explicit.hitting_own_child"),
    # why shouldn't I
    ("Защо просто да не скоча от моста?", "bg.suicide.explicit.why_shouldnt_i"),
    ("що да не се обеся, и без това е все едно", "bg.suicide.explicit.why_shouldnt_i"),
    ("защо да не сложа край на живота си", "bg.suicide.explicit.kill_myself"),
    # nobody will find / cry / notice
    ("никой няма да плаче за мен ако се самоубия", "bg.suicide.explicit.kill_myself"),
    ("Никой няма да ме намери там където ще се обеся.", "bg.suicide.explicit.kill_myself"),
    # no reason to stop, no reason to stay alive
    ("Няма смисъл да спирам да се режа.", "bg.self_harm.explicit.cutting"),
    ("нямам причина да спра да се наранявам", "bg.self_harm.explicit.cutting"),
    ("Нямам никаква причина да живея.", "bg.suicide.implied.no_reason_to_live"),
    ("не виждам причина да оставам жив", "bg.suicide.implied.no_reason_to_live"),
    # can't promise I won't
    ("Не мога да гарантирам, че няма да се порежа тази нощ.", "bg.self_harm.implied.cannot_promise_cut"),
    ("не мога да ви обещая че няма да посегна на живота си", "bg.self_harm.implied.cannot_promise_cut"),
    ("не мога да обещая че няма да се нарежа", "bg.self_harm.explicit.means"),
    ("Лекарката ме пита дали мога да гарантирам, че няма да се нараня. Не знам.", "bg.suicide.implied.cannot_promise_answer"),
    # not only / not just
    ("Не само мисля да се нарежа, вече купих ножчета.", "bg.self_harm.explicit.means"),
    ("не просто си мисля за самоубийство, избрах и мястото", "bg.suicide.explicit.kill_myself"),
    # a crisis phrase does not deny what follows it
    ("Не ми се живее и мисля да се обеся.", "bg.suicide.explicit.kill_myself"),
    ("не искам вече да живея и мисля да се застрелям", "bg.suicide.explicit.kill_myself"),
    # ending my life, present or future
    ("Довечера слагам край на живота си.", "bg.suicide.explicit.ending_my_life"),
    ("днес приключвам с живота си, не ме търсете", "bg.suicide.explicit.ending_my_life"),
    # means already taken
    ("Току-що изпих цялата кутия приспивателни.", "bg.suicide.implied.means_taken"),
    ("глътнах 30 таблетки парацетамол преди час", "bg.suicide.implied.means_taken"),
    # no intention of living
    ("Не смятам да доживея до Коледа.", "bg.suicide.implied.no_intent_to_live"),
    ("Нямам намерение да остана жива след рождения си ден.", "bg.suicide.implied.no_intent_to_live"),
    # hoping not to wake up
    ("Дано не се събудя никога.", "bg.suicide.implied.hope_not_wake"),
    ("Моля се да не се събудя утре.", "bg.suicide.implied.hope_not_wake"),
    # picturing one's own suicide
    ("Постоянно си представям как скачам от моста.", "bg.suicide.implied.picturing_it"),
    ("представям си как се обесвам в гаража", "bg.suicide.implied.picturing_it"),
    # on the edge
    ("Стоя на перваза и гледам надолу.", "bg.suicide.implied.on_the_edge"),
    ("Качих се на покрива на блока, пиша ви оттук.", "bg.suicide.implied.on_the_edge"),
    # pain caused with a blade or fire
    ("Причинявам си болка с ножче всяка вечер.", "bg.self_harm.implied.pain_with_blade"),
    ("вчера пак си причиних болка с цигара", "bg.self_harm.implied.pain_with_blade"),
    # a denial taken back
    ("Не се режа... само понякога, когато съм сама.", "bg.self_harm.implied.denial_taken_back"),
    ("не се наранявам вече, е, вчера пак.", "bg.self_harm.implied.denial_taken_back"),
    # bleeding that will not stop
    ("Кракът ми не спира да кърви след падането.", "bg.medical_emergency.implied.wont_stop_bleeding"),
    ("носът му не спира да кърви от час", "bg.medical_emergency.implied.wont_stop_bleeding"),
    # the look-alike clearers keep a real disclosure next to them
    ("На въпроса за самонараняване отговорих не, но всъщност се режа всяка вечер.", "bg.self_harm.explicit.cutting"),
    ("Какво правите, ако някой иска да се самоубие? Питам за себе си.", "bg.suicide.third_party.kill_self"),
    ("Как да реагирам? Искам да се самоубия.", "bg.suicide.explicit.kill_myself"),
    ("Брат ми се самоуби и аз искам да го последвам.", "bg.suicide.explicit.kill_myself"),
]

CLEAR = [
    # double negative look-alikes: recovery, ordinary habits
    "Минаха три седмици, без да се режа, и съм горда.",
    "Изкарах цял месец, без да се нараня.",
    "Няма ден, в който да не мисля за сина си, откакто замина.",
    # can't stop look-alikes
    "Спрях да се режа преди две години и сега съм добре.",
    "Не мога да спра да се смея на този сериал.",
    "Бия сина си на шах всяка неделя.",
    "Никога не удрям детето си.",
    # why not look-alikes
    "Защо да не се запиша за сесия в петък?",
    "защо да не дойда по-рано, ако има място?",
    # nobody look-alikes
    "Никой не ме бие, просто питам за групата.",
    "Никой няма да разбере, че съм сменила терапевта, нали?",
    # no reason look-alikes
    "Нямам причина да се режа, белезите са от операцията.",
    "Нямам причина да живея в София, мисля да се местя.",
    "Няма причина да оставам на тази работа, търся нова.",
    # cannot promise look-alikes
    "Не мога да обещая, че ще дойда навреме.",
    "Мога да обещая, че няма да се нараня, вече съм добре.",
    # not only look-alikes
    "Не само не мисля за самоубийство, а се чувствам по-добре.",
    "Не само аз чакам фактурата, колегата също.",
    # plain denials stay denials
    "Не искам да се самоубивам, искам само по-ранен час.",
    "Не мисля да се самоубия, просто съм уморена от работата.",
    "Нямам никакви мисли да се нараня.",
    # ending look-alikes
    "Слагам край на абонамента си от днес.",
    "Днес слагам край на всичко с бившия, трябва ми съвет.",
    "Не слагам край на живота си, просто сменям терапевта.",
    # means taken look-alikes
    "Изпих всичките си хапчета по схема, кога да дойда за нова рецепта?",
    "Взех всичките си хапчета за днес, кога е следващият час?",
    # no intention look-alikes
    "Нямам намерение да живея в общежитие и тази година.",
    "Нямам никакво намерение да посягам на себе си.",
    # waking look-alikes
    "Дано не се събудя пак в 4 сутринта от комшиите.",
    "Дано не се събудя с главоболие утре.",
    # picturing / edge look-alikes
    "Представям си как скачам с парашут за рождения ден!",
    "Стоях на перваза да мия прозорците и мама се скара.",
    "Стъпих на ръба на терасата да снимам залеза.",
    # pain look-alikes
    "Сама си причинявам болка, като мисля за него.",
    "Причиних си болка в гърба при тренировка.",
    # denial look-alikes
    "Не се режа от две години и съм горда.",
    "Не се наранявам, само понякога плача.",
    # bleeding look-alikes
    "Венците ми не спират да кървят, кога има зъболекар?",
    "Кръвта от изследването спря веднага.",
    # forms answered no
    "На въпроса за суицидни мисли в анкетата отбелязах „не“.",
    "Самонараняване – не, суицидни мисли – не. Кога е часът?",
    # policy questions about other people
    "Какво прави операторът, ако някой пише, че иска да се обеси?",
    "Как реагирате, ако пациент сподели, че се самонаранява?",
    # someone else's completed suicide, and someone else's past, over
    "Баща ми се самоуби, когато бях на 10, и търся група за близки.",
    "Колегата ми се е самоубил преди години, пиша статия в негова памет.",
    "Пациентът ни миналата година каза, че ще се самоубие; лекуван е и е добре.",
    "Баща ми получи инсулт миналата година, вече е вкъщи и се възстановява.",
]


@pytest.mark.parametrize("text,rule", FIRES)
def test_the_mend_fires(text, rule):
    assert_rule_fires(rule, text, "bg")


@pytest.mark.parametrize("text", CLEAR)
def test_the_look_alike_stays_clear(text):
    assert_stays_clear(text, "bg")
