"""Session 8 rule classes: lying in wait for someone with a weapon (en, ru, bg), poison in someone's
drink (bg, fa) and Russian slang for killing a named person. Every sentence was written for this
file; each class has look-alikes that share its words and must stay clear."""

import pytest

from rule_checks import assert_rule_fires, assert_stays_clear

FIRES = [
    ("en", "Tomorrow I'll be waiting for him outside his gym with a baseball bat.", "en.harm_to_others.implied.waiting_armed"),
    ("en", "with a hammer in my bag I'll be waiting for that landlord when he comes round", "en.harm_to_others.implied.waiting_armed"),
    ("ru", "Подкараулю его вечером у гаража с монтировкой, пусть знает.", "ru.harm_to_others.implied.waiting_armed"),
    ("ru", "с ножом буду ждать отчима у подъезда", "ru.harm_to_others.implied.waiting_armed"),
    ("ru", "Ещё одно слово, и я грохну этого соседа, честное слово.", "ru.harm_to_others.explicit.slang_kill"),
    ("ru", "замочу бывшего, если он ещё раз подойдёт к детям", "ru.harm_to_others.explicit.slang_kill"),
    ("bg", "Ще го причакам пред блока с бухалката и ще види той.", "bg.harm_to_others.implied.waiting_armed"),
    ("bg", "Ще му сложа приспивателни в бирата и да видим дали ще се събуди.", "bg.harm_to_others.implied.poison_drink"),
    ("fa", "مرگ موش رو می‌ریزم توی چای شوهرم", "fa.harm_to_others.implied.poison_drink"),
]

CLEAR = [
    ("en", "I'll be waiting for my sister at the airport with a big sign and flowers."),
    ("ru", "Буду ждать её у метро с цветами, это сюрприз."),
    ("ru", "Завалю экзамен по химии, если не высплюсь."),
    ("ru", "Завалю начальника вопросами на планёрке, но отпуск выбью."),
    ("bg", "Ще я чакам на гарата с колата, влакът идва в осем."),
    ("bg", "Сипах отрова за мишки в мазето, котката не слиза там."),
    ("fa", "سم سوسک رو ریختم تو کابینت آشپزخونه"),
]


@pytest.mark.parametrize("language,text,rule", FIRES)
def test_the_class_fires(language, text, rule):
    assert_rule_fires(rule, text, language)


@pytest.mark.parametrize("language,text", CLEAR)
def test_the_look_alike_stays_clear(language, text):
    assert_stays_clear(text, language)
