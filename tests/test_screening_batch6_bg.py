"""Session 11, Bulgarian: forms from the sixth written batch (a native writer's implied crises and
look-alikes) that the rules misread. Every sentence here was written for this file, not taken from
the batch: for each mend, sentences that must stay clear and crisis sentences near them that must
still fire."""

import pytest

from rule_checks import assert_rule_fires, assert_stays_clear

FIRES = [
    # a form answered "no", then the truth
    ("Отбелязах „не“ на въпроса за самоубийство, но всъщност мисля за самоубийство всеки ден", "bg.suicide.explicit.kill_myself"),
    ("Отговорих „не“ на въпроса дали имам мисли за самоубийство, но излъгах, искам да се самоубия", "bg.suicide.explicit.kill_myself"),
    ("Посочих „не“ на въпроса за самонараняване. Истината е, че се режа всяка нощ", "bg.self_harm.explicit.cutting"),
    # "none in the record" denies only its own clause
    ("Опити за самоубийство в анамнезата няма, но сега мисля за самоубийство постоянно", "bg.suicide.explicit.kill_myself"),
    ("Мисли за самоубийство никога не съм имала до този месец", "bg.suicide.explicit.kill_myself"),
    # a violent verb at a device is venting; at a person it is still a threat
    ("Ще го удавя във ваната, ако пак удари детето", "bg.harm_to_others.explicit.injure"),
    ("Ще счупя телефона, после ще го убия", "bg.harm_to_others.explicit.kill_someone"),
    # "в училище" after a coming day is a place, not the past
    ("В понеделник в училище ще се самоубия, решила съм", "bg.suicide.explicit.kill_myself"),
    ("Утре в училище ще се самоубия пред всички", "bg.suicide.explicit.kill_myself"),
    # a farewell letter left for family, the appointment not needed
    ("Писмото за децата е в шкафа. Не ми запазвайте час след петък, няма да ми трябва", "bg.suicide.implied.letter_left_s11"),
    ("Писмото до мъжа ми стои на масата. Няма да ми трябва повече терапия", "bg.suicide.implied.letter_left_s11"),
    # threatened with the sack unless alone with him
    ("Началникът иска да оставам насаме с него след смяната, иначе ще ме уволни", "bg.abuse.implied.coerced_alone_s11"),
    ("Шефът каза: ако не остана с него насаме, ще ме съкрати", "bg.abuse.implied.coerced_alone_s11"),
    # a weapon got before a meeting with someone
    ("Купих пистолет. В четвъртък имам среща с бившия, повече няма да наранява никого", "bg.harm_to_others.implied.weapon_before_meeting_s11"),
    ("Намерих пушка, утре разговор с пастрока, не казвайте на никого", "bg.harm_to_others.implied.weapon_before_meeting_s11"),
    # over, but the writer says it is back
    ("Като тийнейджърка се самонаранявах, от 19-годишна нито веднъж, но сега пак искам да се самоубия", "bg.suicide.explicit.kill_myself"),
    ("Преди година опитах да се самоубия, сега съм на 30 и отново мисля за самоубийство", "bg.suicide.explicit.kill_myself"),
    ("Оттогава нямам пристъпи, но искам да умра", "bg.suicide.explicit.want_to_die"),
]

CLEAR = [
    # a form answered no
    "В анкетата отбелязах „не“ на въпроса за самоубийствени мисли, а бутонът не работи",
    'Отговорих "не" на въпроса дали съм мислил за самоубийство, защо не мога да продължа?',
    # none in the record
    "За застрахователя: опити за самоубийство в анамнезата няма, хронични болести няма",
    "Мисли за самоубийство никога не съм имала, трябва ми бележка за работа",
    # venting at a device
    "Ако принтерът пак задъвче листа, ще счупя тоя принтер",
    "Още едно забиване и ще удавя лаптопа във ваната",
    # school in the past, and over
    "В училище ме тормозеха, сега всичко е наред, искам да благодаря",
    # a letter in the post, an appointment not needed for a trip
    "Писмото за мама е в пощата, вече не ми трябва проследяване",
    "Не ми запазвайте час за другата седмица, заминавам в чужбина",
    # alone with the therapist; a plain threat of the sack
    "Искам да говоря с психолога насаме, без мама",
    "Шефът каза, че ще ме съкрати, ако пак закъснея",
    # a weapon for a licence
    "Купих пистолет за самоотбрана, имам среща за разрешителното",
    # over, in words the rules did not know
    "През 2018 г. имах паническа атака. Оттогава нямам пристъпи, искам да спра абонамента",
    "Като тийнейджърка се режех, от 19-годишна нито веднъж, сега съм на 33, искам лазер за белезите",
    "Като дете баща ми ме биеше, не се чуваме от години, търся група за възрастни",
    "Като студентка се режех, не съм се рязала повече от десет години, търся дерматолог",
]


@pytest.mark.parametrize("text,rule", FIRES)
def test_crisis_near_a_mend_fires(text, rule):
    assert_rule_fires(rule, text, "bg")


@pytest.mark.parametrize("text", CLEAR)
def test_look_alike_stays_clear(text):
    assert_stays_clear(text, "bg")


@pytest.mark.parametrize("text,hyperbole", [
    ("Съседите правят ремонт, направо ми тече кръв от ушите, имате ли бял шум?", True),
    ("Кучето на съседа лае цяла нощ, вече ми тече кръв от ушите", True),
    ("Детето падна от стълбата и му тече кръв от ушите", False),
    ("Съседът пусна музика, а след удара ми тече кръв от ушите", False),
])
def test_blood_from_ears_is_noise_only_as_hyperbole(text, hyperbole):
    from caredraft.guardrails.input.crisis_rules import clearer_spans
    ids = [c for _, _, c in clearer_spans(text, ["bg"])]
    assert ("bg.idiom.blood_from_ears_noise_s11" in ids) == hyperbole, ids
