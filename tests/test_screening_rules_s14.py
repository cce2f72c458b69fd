"""Session 14's rules, by form, in the four languages: a rope got and named first or with "the",
and arranging care for a pet or a child "if I'm gone", each beside look-alikes (a trip, a hospital
stay, a tent's rope) that stay clear. Every sentence was written for this file."""

import pytest

from rule_checks import assert_rule_fires, assert_stays_clear

FIRES = [
    ("en.suicide.implied.rope_bought_s14", "en", "I got the rope on Saturday. Please cancel my remaining sessions."),
    ("en.suicide.implied.care_if_gone_s14", "en", "Who'll take care of my cat if I'm not around anymore? I need to sort it out this week."),
    ("bg.suicide.implied.rope_first_s14", "bg", "Въже вече купих. Просто искам някой да знае."),
    ("bg.suicide.implied.care_if_gone_s14", "bg", "Кой ще се грижи за котката ми, ако вече ме няма?"),
    ("ru.suicide.implied.rope_first_s14", "ru", "Верёвку я уже купил, осталось выбрать день."),
    ("ru.suicide.implied.care_if_gone_s14", "ru", "Кто заберёт моего пса, если меня не станет? Хочу всё устроить до пятницы."),
    ("fa.suicide.implied.care_if_gone_s14", "fa", "اگه دیگه نباشم کی به سگم غذا میده؟ میخوام تا آخر هفته درستش کنم."),
]


@pytest.mark.parametrize("rule, language, text", FIRES)
def test_the_form_is_read(rule: str, language: str, text: str) -> None:
    assert_rule_fires(rule, text, language)


CLEAR = [
    ("en", "I bought the rope for the tent, but the pegs were missing from the order."),
    ("en", "I'm away for a conference next week. Who will feed the cat if I'm not here?"),
    ("bg", "Въжето го купих за простора, но е твърде късо."),
    ("bg", "Заминавам в командировка. Кой ще гледа кучето, ако ме няма?"),
    ("bg", "Кой ще храни котката, ако ме няма вкъщи в събота?"),
    ("ru", "Верёвку купила для белья, спасибо за совет."),
    ("ru", "Кто будет кормить кошку, если меня не будет дома в субботу?"),
    ("ru", "Ложусь в больницу на операцию. Кто будет гулять с собакой, если меня не будет?"),
    ("fa", "هفته بعد میرم سفر، اگه من نباشم کی از گربه‌م نگهداری میکنه؟"),
]


@pytest.mark.parametrize("language, text", CLEAR)
def test_the_look_alike_stays_clear(language: str, text: str) -> None:
    assert_stays_clear(text, language)
