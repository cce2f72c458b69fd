"""Session 14: "it is over" read in more words and in chat spelling, and taken back when its own
sentence says it came back. Every sentence was written for this file (the over-phrases were
first seen in the seventh written batch, ``training/pending``, which is readable)."""

import pytest

from caredraft.guardrails.input.crisis_rules import Status, match_rules, time_status
from caredraft.guardrails.input.normalize import normalize, to_cyrillic
from rule_checks import assert_stays_clear, flagging_crisis_rules


@pytest.mark.parametrize("latin, language, cyrillic", [
    ("seychas vse horosho, voyna zakonchilas'", "ru", "сейчас все хорошо, война закончилась"),
    ("moya mama, tvoy drug", "ru", "моя мама, твой друг"),  # "ya" stays a chunk; word-final y stays й
    ("byl, vy, dobryy", "ru", "был, вы, добрый"),  # ы after a consonant is unchanged
    ("veche sum dobre, vuv Varna, kude si, sus sestra mi", "bg", "вече съм добре, във варна, къде си, със сестра ми"),
    ("tuk sum, kum", "bg", "тук съм, кум"),  # тук and кум are words with у: left alone
])
def test_chat_spelling_reads_the_common_words(latin: str, language: str, cyrillic: str) -> None:
    assert to_cyrillic(normalize(latin), language).text == cyrillic


OVER = [
    ("ru", "Когда-то в школе я резала руки. Всё давно зажило, я в стабильной ремиссии."),
    ("ru", "Пять лет назад меня избил отчим. Я долго с этим работала и сейчас могу говорить об этом спокойно."),
    ("ru", "2 goda nazad u menya byli mysli o samoubiystve, seychas vse horosho, nuzhna spravka."),
    ("ru", "В позапрошлом году я пережила домашнее насилие. Теперь живу у мамы, всё спокойно."),
    ("bg", "Като студентка се самонаранявах, но от седем години нищо такова."),
    ("bg", "Преди години се рязах, белезите са стари и избледнели. Търся козметичен лекар."),
    ("bg", "predi 2 godini iskah da se samoubiq, no veche sum dobre i rabotq."),
]


@pytest.mark.parametrize("language,text", OVER)
def test_a_crisis_said_to_be_over_in_these_words_is_not_flagged(language: str, text: str) -> None:
    assert_stays_clear(text, language)


TAKEN_BACK = [
    ("en", "Two years ago I tried to kill myself. I'm fine now, but lately I think about it again."),
    ("ru", "Год назад я пыталась покончить с собой. Сейчас всё хорошо, но в последнее время снова об этом думаю."),
    ("bg", "Преди две години се опитах да се самоубия. Сега съм добре, но напоследък пак мисля за това."),
    ("fa", "دو سال پیش اقدام به خودکشی کردم. الان حالم خوبه ولی دوباره بهش فکر میکنم."),
]


@pytest.mark.parametrize("language,text", TAKEN_BACK)
def test_an_over_that_its_own_sentence_takes_back_is_a_current_crisis(language: str, text: str) -> None:
    hits = [h for h in match_rules(text, [language]) if h.is_crisis]
    assert hits, f"no crisis rule read {text!r}"
    assert all(h.status == Status.CURRENT for h in hits), [(h.rule_id, h.status) for h in hits]


@pytest.mark.parametrize("language,text", [
    ("en", "Two years ago I tried to kill myself. I'm fine now, but I want my money back."),
    ("en", "Two years ago I tried to kill myself. I'm fine now, but I need a receipt today."),
    ("ru", "Год назад я пыталась покончить с собой. Сейчас всё хорошо, но нужен чек за сессии."),
])
def test_a_contrast_without_a_return_does_not_take_it_back(language: str, text: str) -> None:
    assert flagging_crisis_rules(text, language) == []


@pytest.mark.parametrize("language, text, status", [
    ("bg", "Имам до петък. Тогава мъжът ми е в командировка и къщата ще е празна.", Status.CURRENT),
    ("ru", "У меня есть время до пятницы. Тогда муж будет в командировке.", Status.CURRENT),
    ("bg", "Тогава бях на 15 и се рязах.", Status.PAST_UNCLEAR),
    ("ru", "Тогда я неделю не могла поднять руку.", Status.PAST_UNCLEAR),
])
def test_then_dates_a_passage_only_when_a_past_can_follow(language: str, text: str, status: Status) -> None:
    assert time_status(text, [language]) == status
