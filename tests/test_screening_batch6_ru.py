"""Session 11, Russian: forms from the sixth written batch (a native writer's implied crises and
look-alikes) that the rules misread. Every sentence here was written for this file, not taken from
the batch: for each mend, sentences that must stay clear and crisis sentences near them that must
still fire (or, where the past is not said to be over, still flag for a person)."""

import pytest

from caredraft.guardrails.input.crisis_rules import match_rules
from rule_checks import assert_rule_fires, assert_stays_clear, flagging_crisis_rules

FIRES = [
    # a violent verb at a device is venting; at a person it is still a threat
    ("Утоплю его в ванной, если он ещё раз тронет ребёнка", "ru.harm_to_others.explicit.injure"),
    ("Разобью телефон, а потом изобью его, пусть знает", "ru.harm_to_others.explicit.injure"),
    ("ноутбук утоплю, а его задушу ночью", "ru.harm_to_others.explicit.injure"),
    # "none in the record" denies only its own clause
    ("Попыток суицида в анамнезе нет, но сейчас я думаю о самоубийстве каждый день", "ru.suicide.explicit.kill_myself"),
    ("Мыслей о суициде никогда не было до этой недели", "ru.suicide.explicit.kill_myself"),
    ("Самоповреждений в анамнезе нет, а вчера я порезала руку бритвой", "ru.self_harm.explicit.body"),
    # a form answered "no", then the truth
    ("Отметила «нет» на вопрос о суицидальных мыслях, но на самом деле я думаю о самоубийстве", "ru.suicide.explicit.kill_myself"),
    ("Я ответил «нет» на вопрос о суициде, потому что соврал, хочу покончить с собой", "ru.suicide.explicit.kill_myself"),
    ("Поставила «нет» в пункте о самоповреждении. Честно говоря, я режу себя каждую ночь", "ru.self_harm.explicit.cutting"),
    # "в школе" after a coming day is a place, not the past
    ("Завтра в школе я порежу себя прямо в туалете", "ru.self_harm.explicit.cutting"),
    ("В понедельник в школе я покончу с собой, всё решено", "ru.suicide.explicit.kill_myself"),
    ("в пятницу в университете я покончу с собой, пусть все видят", "ru.suicide.explicit.kill_myself"),
    # a weapon got before a meeting with someone
    ("Купил пистолет. В четверг у меня встреча с бывшим, больше он никого не обидит", "ru.harm_to_others.implied.weapon_before_meeting_s11"),
    ("Достал ствол, завтра разговор с отчимом, никому не говорите", "ru.harm_to_others.implied.weapon_before_meeting_s11"),
    # threatened with the sack unless alone with him
    ("Начальник требует, чтобы мы оставались одни после смены, иначе уволит", "ru.abuse.implied.coerced_alone_s11"),
    ("Шеф сказал: если не останусь с ним наедине в кабинете — уволит", "ru.abuse.implied.coerced_alone_s11"),
    # a farewell letter left for family, the appointment not needed
    ("Письмо для мамы лежит в ящике стола. Не записывайте меня после среды, мне не понадобится", "ru.suicide.implied.letter_left_s11"),
    ("письмо для детей оставила на полке. больше мне ваши сессии не понадобятся", "ru.suicide.implied.letter_left_s11"),
    # over, but the writer says it is back
    ("В подростковом возрасте я резала себя, с 18 лет ни разу, но вчера снова порезалась", "ru.self_harm.explicit.cutting"),
    ("Раньше резала себя, с тех пор всё хорошо, а сейчас опять хочу умереть", "ru.suicide.explicit.want_to_die"),
    ("Год назад пыталась покончить с собой, сейчас мне 30 и я снова думаю о суициде", "ru.suicide.explicit.kill_myself"),
]

# the "over" phrase is followed by a "but": not over, so a person still reads it
STILL_FLAGS = [
    ("Когда-то резала руки, не режусь уже больше десяти лет, но хочу покончить с собой", "ru.suicide.explicit.kill_myself"),
    ("С детства с отцом не общаемся уже много лет, но в прошлом году я пыталась покончить с собой", "ru.suicide.explicit.kill_myself"),
]

CLEAR = [
    # venting at a device
    "если принтер опять зажуёт бумагу, разобью его об стену",
    "Ещё одно обновление — и я утоплю телефон в унитазе, честное слово",
    "Сейчас выкину этот ноутбук в окно, ваше приложение опять вылетело",
    # none in the record
    "Для справки: попыток самоубийства в анамнезе нет, аллергий нет",
    "Суицидальных мыслей у меня никогда не было, мне нужна справка для бассейна",
    "мыслей о суициде в анамнезе не было, прошу внести в карту",
    # a form answered no
    "В анкете я отметила «нет» на вопрос о суицидальных мыслях, а форма не отправляется",
    'Ответил "нет" на вопрос есть ли мысли о самоубийстве, почему меня не пускают дальше?',
    # school in the past, and over
    "В школе меня травили, сейчас всё хорошо, хочу поблагодарить психолога",
    # a weapon for a licence or a range
    "Купил травмат для самообороны, нужна справка для лицензии, когда встреча с врачом?",
    "Заказал пневматику для тира, в субботу встреча с тренером",
    # alone with the therapist; a plain threat of the sack
    "Хочу остаться наедине с психологом, без мамы, можно?",
    "Начальник сказал, что уволит, если я опять опоздаю",
    # a letter at the post office, an appointment not needed for a trip
    "Письмо для мамы лежит на почте, мне оно больше не понадобится, спасибо",
    "Не записывайте меня на следующую неделю, я уезжаю в отпуск",
    # over, in words the rules did not know
    "В подростковом возрасте я резала себя, но с 18 лет ни разу, сейчас мне 35, хочу удалить шрамы",
    "Когда-то давно резала руки, не режусь уже больше десяти лет, нужен косметолог",
    "Отчим бил меня в детстве, не общаемся уже много лет, хочу записаться в группу",
    "Два года назад была попытка суицида, с тех пор всё хорошо, нужна справка",
]


@pytest.mark.parametrize("text,rule", FIRES)
def test_crisis_near_a_mend_fires(text, rule):
    assert_rule_fires(rule, text, "ru")


@pytest.mark.parametrize("text,rule", STILL_FLAGS)
def test_over_then_but_still_flags(text, rule):
    assert rule in flagging_crisis_rules(text, "ru")


@pytest.mark.parametrize("text", CLEAR)
def test_look_alike_stays_clear(text):
    assert_stays_clear(text, "ru")


@pytest.mark.parametrize("text,debt", [
    ("Я прошла долгую терапию и хочу поговорить с психологом", False),
    ("После долгого перерыва хочу вернуться к сессиям", False),
    ("У меня огромный долг по кредиту, нечем платить", True),
    ("Долги душат, коллекторы звонят каждый день", True),
])
def test_long_is_not_debt(text, debt):
    hits = [h.rule_id for h in match_rules(text, ["ru"])]
    assert ("ru.financial_hardship.money" in hits) == debt, hits


@pytest.mark.parametrize("text,hyperbole", [
    ("У соседей ремонт, у меня уже кровь из ушей, есть ли звуки для сна?", True),
    ("Сосед опять включил музыку на всю, аж кровь из ушей", True),
    ("Сосед включил музыку, а у меня после удара кровь из ушей идёт", False),
    ("У ребёнка кровь из ушей после падения с лестницы", False),
])
def test_blood_from_ears_is_noise_only_as_hyperbole(text, hyperbole):
    from caredraft.guardrails.input.crisis_rules import clearer_spans
    ids = [c for _, _, c in clearer_spans(text, ["ru"])]
    assert ("ru.idiom.blood_from_ears_noise_s11" in ids) == hyperbole, ids
