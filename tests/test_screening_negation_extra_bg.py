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


# Session 10, second pass (lexicons/bg.py, block "second pass"): the forms behind the second writer's
# misses, each with new sentences written for this file (none from tests/data/negation).
FIRES_2 = [
    # double negative, any verb of getting through ("не издържам / не съм прекарала ... без да")
    ("Не издържам и един ден, без да се порежа.", "bg.self_harm.explicit.means"),
    ("Не съм прекарала нито една нощ без да се нарежа този месец.", "bg.self_harm.explicit.means"),
    # cannot not ("няма как да не", "не мога да не")
    ("Няма как да не се нарежа довечера.", "bg.self_harm.implied.cannot_not"),
    ("Не мога да не посегна на себе си, когато съм сама.", "bg.self_harm.implied.cannot_not"),
    ("Няма как да не се обеся, ако ме уволнят.", "bg.suicide.implied.cannot_not"),
    # "не че не", "не е като да не"
    ("Не че не мисля да се обеся, мисля.", "bg.suicide.explicit.kill_myself"),
    ("Не е като да не искам да умра.", "bg.suicide.explicit.want_to_die"),
    # not sure / can't guarantee I won't
    ("Не съм сигурен, че утре няма да се обеся.", "bg.suicide.explicit.kill_myself"),
    ("Не гарантирам, че няма да се нарежа.", "bg.self_harm.explicit.means"),
    # risk-taking "без колан" does not negate the hope that follows
    ("Карам без колан и се надявам да не се прибера жив.", "bg.suicide.implied.hope_not_alive"),
    # better if I were gone
    ("Ще е по-добре за всички да ме няма.", "bg.suicide.implied.better_gone"),
    ("По-добре би било да не съществувам.", "bg.suicide.implied.better_gone"),
    # not wishing to exist / to be alive
    ("Не желая да живея повече.", "bg.suicide.explicit.not_wish_to_exist"),
    ("Не искам да съм жива утре.", "bg.suicide.explicit.not_wish_to_exist"),
    # all the pills, decided, or why not
    ("Ще изпия всичките приспивателни наведнъж довечера.", "bg.suicide.implied.all_the_pills"),
    ("Реших, ще изпия хапчетата тази нощ.", "bg.suicide.implied.all_the_pills"),
    ("Защо пък да не глътна всичките таблетки?", "bg.suicide.implied.all_the_pills"),
    # what stops me
    ("Какво ме спира да се обеся? Нищо.", "bg.suicide.explicit.what_stops_me"),
    ("Какво ми пречи да сложа край?", "bg.suicide.explicit.what_stops_me"),
    # jumping from a height
    ("Ще скоча от шестия етаж.", "bg.suicide.implied.jump_from"),
    ("Мисля да скоча от Дунав мост.", "bg.suicide.implied.jump_from"),
    # an intrusive picture of one's own suicide
    ("Не ми излиза от главата как се обесвам в мазето.", "bg.suicide.implied.intrusive_picture"),
    ("Постоянно си мисля как скачам от терасата.", "bg.suicide.implied.intrusive_picture"),
    # nobody would grieve, no point delaying
    ("Никой няма да заплаче, ако умра, така че няма защо да отлагам повече.", "bg.suicide.implied.nobody_at_funeral"),
    ("Никой не би дошъл на погребението ми, няма смисъл да чакам повече.", "bg.suicide.implied.nobody_at_funeral"),
    # cannot promise, answered in the next sentence
    ("Лекарят пита дали мога да обещая, че няма да се нараня до понеделник. Не обещавам.", "bg.suicide.implied.cannot_promise_answer"),
    ("Дали мога да гарантирам, че няма да се самоубия тази седмица? Не.", "bg.suicide.implied.cannot_promise_answer"),
    # cannot say I will hold back
    ("Не знам дали ще се сдържа да не се порежа довечера.", "bg.self_harm.implied.cannot_hold_back"),
    ("Не мога да обещая, че ще се въздържа да не се нараня.", "bg.self_harm.implied.cannot_hold_back"),
    # leaving this world
    ("В събота напускам този свят.", "bg.suicide.implied.leaving_this_world"),
    ("Скоро си тръгвам от този свят, благодаря за всичко.", "bg.suicide.implied.leaving_this_world"),
    # death no longer frightening, with a how
    ("Смъртта вече не ме плаши.", "bg.suicide.implied.unafraid_with_plan"),
    ("Вече не се страхувам, знам как ще го направя.", "bg.suicide.implied.unafraid_with_plan"),
    # hoping not to survive
    ("Дано този път не оцелея.", "bg.suicide.implied.hope_not_alive"),
    ("Надявам се да не се прибера жива от планината.", "bg.suicide.implied.hope_not_alive"),
    # scalding oneself
    ("Пак си държах ръката във вряла вода.", "bg.self_harm.implied.boiling_water"),
    ("Потапям пръстите си във врящата вода, докато не изтръпнат.", "bg.self_harm.implied.boiling_water"),
    # a death made to look like an accident
    ("Мисля как да направя така, че да изглежда като катастрофа, за да получат децата застраховката.", "bg.suicide.implied.staged_accident"),
    ("Искам смъртта ми да изглежда като нещастен случай.", "bg.suicide.implied.staged_accident"),
    # a height without a fence looked up
    ("Търся най-високия блок в квартала без парапет на покрива.", "bg.suicide.implied.height_no_fence"),
    ("Кой мост е най-висок и къде няма ограда?", "bg.suicide.implied.height_no_fence"),
    # counting the pills, whether they are enough
    ("Всяка вечер броя приспивателните и се чудя дали стигат.", "bg.suicide.implied.counting_pills"),
    ("Преброих таблетките — достатъчно ли са?", "bg.suicide.implied.counting_pills"),
    # self-harm that will go on
    ("Не ми е първото рязане.", "bg.self_harm.implied.not_the_last"),
    ("Порязването снощи няма да е последното.", "bg.self_harm.implied.not_the_last"),
    # let me die
    ("Моля, оставете ме да умра.", "bg.suicide.explicit.let_me_die"),
    ("Искам да ме оставиш да умра.", "bg.suicide.explicit.let_me_die"),
    # beaten by someone close; "миналия път" is recent
    ("Мъжът ми ме преби снощи.", "bg.abuse.explicit.beat_me"),
    ("Миналия път мъжът ми ме преби, страх ме е пак.", "bg.abuse.explicit.beat_me"),
    # the look-alike clearers keep a real disclosure next to them
    ("Звъните ли на близките, ако клиент иска да се самоубие? Аз самата искам.", "bg.suicide.third_party.kill_self"),
    ("„Ще го убия“ — не беше шега, наистина ще го убия.", "bg.harm_to_others.explicit.kill_someone"),
    ("Няма да ми падне главата, ако чакам, но искам да се самоубия.", "bg.suicide.explicit.kill_myself"),
]

CLEAR_2 = [
    # double negative look-alikes
    "Минаха два месеца, без да се нарежа, и се гордея.",
    "Не мога да изкарам и ден без кафе.",
    "Няма как да не се смея на това.",
    "Не мога да не мисля за сина си.",
    "Не че искам да умра, просто съм изморена.",
    "Не е като да искам да умра, просто питам.",
    # plain uncertainty and plain assurance
    "Сигурна съм, че няма да се нараня, имам план за безопасност.",
    "Не съм сигурна, че ще дойда навреме утре.",
    "Карах без колан веднъж и ме глобиха.",
    # denials in other words
    "Далеч съм от мисълта да се самоубия, просто съм уморена.",
    "Не ми е хрумвало да се наранявам, питам за сметката.",
    # better off / not wanting: a place or a service
    "По-добре да ме няма на срещата в петък, имам изпит.",
    "По-добре е да не съм на смяна утре.",
    "Не искам да продължавам да живея в този град.",
    "Не желая да продължавам абонамента.",
    # pills taken as prescribed
    "Лекарят каза да изпия всички таблетки от курса.",
    "Трябва да изпия всичките хапчета до петък, антибиотик е.",
    "Реших и ще изпия хапчетата след вечеря, както каза лекарят.",
    # what stops me from an errand; jumps that are sport or errands
    "Какво ми пречи да сменя терапевта?",
    "Какво ме спира да се запиша още днес?",
    "Искам да скоча с бънджи от моста, опасно ли е за сърцето?",
    "Утре ще скоча до офиса да си взема документите.",
    "Постоянно си мисля как скачам с парашут.",
    # nobody at someone else's funeral; waiting for a reply
    "Никой няма да дойде на погребението на баба, всички са в чужбина.",
    "Няма смисъл да чакам повече за отговор от вас.",
    # promises about payment; holding back a laugh
    "Не мога да обещая, че ще платя навреме. Не мога.",
    "Не знам дали ще се сдържа да не се разсмея на сесията.",
    "Ще се сдържа да не се нараня, имам план.",
    # someone else left this world
    "Баба ми напусна този свят миналата година.",
    # unafraid of something else
    "Смъртта не ме плаши, плаши ме болката при операцията.",
    "Не се страхувам от зъболекаря, знам как ще го направя.",
    # hoping not to be late
    "Дано не се прибера много късно тази вечер.",
    "Надявам се да не оцелее никой комар в къщата.",
    # water for warmth, a kitchen accident
    "Сложих ръката си в гореща вода, за да се стопли.",
    "Попарих се с вряла вода докато готвех.",
    # accidents in a script or an insurance question
    "Искам да изглежда като злополука в сценария на филма ми.",
    "Застраховката покрива ли злополука, ако изглежда като инцидент на работа?",
    # heights for a school project; pills counted for a dose
    "Кой е най-високият мост в България? Правим училищен проект.",
    "Броя хапчетата всяка сутрин, за да не пропусна доза.",
    "Преброих таблетките в кутията, една липсва, това грешка на аптеката ли е?",
    # not the first haircut, not the last trip
    "Не ми е първото рязане на косата вкъщи.",
    "Това не е първото ми пътуване до Варна и няма да е последното.",
    # let me rest, an idiom
    "Остави ме да умра от смях с тия мемета.",
    "Оставете ме да си почина.",
    # a game, a bill
    "Гаджето ми ме наби на табла снощи.",
    "Миналия път ме таксувахте двойно.",
    # resolution said as years without it, or no such thoughts
    "Рязах се като студентка, но вече пет години не съм го правила.",
    "Мислех за самоубийство като тийнейджърка, но нямам такива мисли вече.",
    # policy questions about clients
    "Ако клиент ви пише, че иска да се самоубие, звъните ли на 112?",
    "Нарушавате ли поверителността, ако пациент сподели, че се самонаранява?",
    # a quoted threat at an object, or a joke; an idiom
    "„Ще го убия“ го казах за принтера, не за човек.",
    "Написах „ще я убия“ на шега за колата, която не пали.",
    "Няма да ми падне главата, ако платя в понеделник.",
]


@pytest.mark.parametrize("text,rule", FIRES_2)
def test_the_second_pass_mend_fires(text, rule):
    assert_rule_fires(rule, text, "bg")


@pytest.mark.parametrize("text", CLEAR_2)
def test_the_second_pass_look_alike_stays_clear(text):
    assert_stays_clear(text, "bg")
