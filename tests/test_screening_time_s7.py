"""Time in a past passage: the latest word on time wins (``crisis_rules._still_current``), and the
resolution and past phrases added in session 7. Every sentence was written for this file.

A crisis the writer says is over, after a "now", is not current; one that comes back after the
"I was fine" is. Each pair below holds the same kind of event both ways."""

import pytest

from caredraft.guardrails.input.crisis_rules import Status, time_status
from rule_checks import assert_stays_clear, current_crisis_rules, flagging_crisis_rules

OVER = [
    ("en", "I had one seizure in 2016 and none since; the DVLA sent my licence back. Could the GP sign a form?"),
    ("en", "Back in March I had anaphylaxis at a restaurant. Can you forward my allergy test results?"),
    ("en", "I was suicidal in 2019 and I'm in a much better place now, just booking a check-in."),
    ("bg", "Миналата година баща ми получи инсулт, сега е на рехабилитация и всичко върви добре."),
    ("bg", "Като малка получих гърч при висока температура, оттогава нищо подобно."),
    ("bg", "predi 4 godini mislih da se samoubiq, ve4e sam dobre, iskam samo fakturata si."),
    ("ru", "Два года назад у сына были судороги, сейчас наблюдаемся у невролога, приступов больше не было."),
    ("ru", "Мыслей о самоубийстве у меня нет, просто хочу сменить психолога."),
    ("fa", "در نوجوانی خودزنی می‌کردم ولی سال‌هاست کنار گذاشتم؛ برای لیزر جای زخم وقت می‌خواهم."),
    ("fa", "سه سال پیش سکته کردم و الان مشکلی ندارم، فقط گواهی سلامت لازم دارم."),
]

BACK = [
    ("en", "Two years ago I tried to kill myself, I was doing well for a while, and now it's back."),
    ("en", "In 2020 I wanted to die; I got better, but these days I want to die again."),
    ("bg", "Преди две години се опитах да се самоубия, после бях добре, но днес пак искам да се самоубия."),
    ("ru", "Год назад я резала себя, потом стало лучше, а сейчас опять режу себя."),
    ("fa", "سه سال پیش خودکشی کردم، بعد حالم بهتر شد ولی دوباره می‌خوام خودکشی کنم."),
]


@pytest.mark.parametrize("language,text", OVER)
def test_a_crisis_said_to_be_over_is_not_current(language, text):
    assert_stays_clear(text, language)


@pytest.mark.parametrize("language,text", BACK)
def test_a_crisis_that_came_back_after_the_resolution_is_current(language, text):
    assert current_crisis_rules(text, language), f"{text!r} should be a current crisis"


@pytest.mark.parametrize("language,text", BACK)
def test_the_classifiers_time_reading_agrees(language, text):
    assert time_status(text, [language]) == Status.CURRENT


def test_back_alone_is_not_now():
    """'my licence back' is not 'it's back': a 2015 seizure stays in 2015."""
    assert time_status("I had a seizure once in 2015; they gave my licence back.", ["en"]) == Status.PAST_UNCLEAR
    assert time_status("I had a seizure once in 2015 and it's back.", ["en"]) == Status.CURRENT


# A resolution the writer negates, or a phrase that only looks like one, keeps a past crisis open
# (a person looks: current or past with its status unclear). Found wrongly "over" while writing
# session 7's resolution phrases; kept here so they stay open.
STILL_OPEN = [
    ("en", "I tried to kill myself in 2019 and nothing since has helped."),
    ("en", "I attempted suicide a year ago and I'd never again ask for help."),
    ("en", "I tried to kill myself two years ago and I'm not fine now."),
    ("bg", "Преди две години се опитах да се самоубия и оттогава нямам сили да живея."),
    ("bg", "Преди две години опитах да се самоубия, сега не съм добре."),
    ("ru", "Год назад я пыталась покончить с собой. Восстановила пароль, а мысли остались."),
    ("ru", "Год назад я пыталась покончить с собой, сил больше не было."),
    ("ru", "Год назад пыталась покончить с собой, и мне не лучше."),
    ("fa", "پارسال خودکشی کردم و الان حالم خوب نیست"),
    ("fa", "سه سال پیش خودکشی کردم. خوب شد که جواب دادین، هنوز بهش فکر می‌کنم"),
]


@pytest.mark.parametrize("language,text", STILL_OPEN)
def test_a_negated_or_look_alike_resolution_keeps_the_crisis_open(language, text):
    assert flagging_crisis_rules(text, language), f"{text!r} was cleared as over"


# Session 8: the writer back as subject after another person, and "by then" is not the past.
@pytest.mark.parametrize("language,text,status", [
    ("fa", "پول رو به کارت خواهرم برگردونید، تا اون موقع من دیگه نیستم، طناب رو خریدم.", "current"),
    ("en", "Refund it to my dad's card, I won't need it, I tried to kill myself last night.", "current"),
    ("ru", "Деньги верните на карту мамы, я уже пыталась покончить с собой вчера.", "current"),
    ("en", "My cousin tried to kill himself last year.", "reported_past"),
    ("fa", "اون موقع طناب رو خریدم ولی الان خوبم", "past_resolved"),
    ("fa", "دو سال پیش گفتم نمی‌خوام زنده بمونم، یه ساله که خوبم", "past_resolved"),
])
def test_who_and_when_session_8(language, text, status):
    from caredraft.guardrails.input.crisis_rules import match_rules

    statuses = {h.status.value for h in match_rules(text, [language]) if h.is_crisis}
    assert status in statuses and (status == "current" or "current" not in statuses), statuses
