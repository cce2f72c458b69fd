"""Russian and Bulgarian typed in Latin letters. Each language has its own chat spelling
(Bulgarian: q for я, y for ъ, j for ж, 4 and 6 inside words for ч and ш), the rules read a
Cyrillic reading made by that spelling, and the semantic layer embeds the same reading, with
evidence offsets mapped back to what the customer typed."""

from __future__ import annotations

import pytest

from caredraft.domain import Route
from caredraft.guardrails.input.crisis_rules import match_rules
from caredraft.guardrails.input.language import detect_language
from caredraft.guardrails.input.normalize import normalize, to_cyrillic
from caredraft.guardrails.screening import RulesSemanticScreener
from caredraft.settings import Settings


@pytest.mark.parametrize("latin, language, cyrillic", [
    ("moje li da premestq 4asa ot 4etvyrtak", "bg", "може ли да преместя часа от четвъртак"),
    ("pi6a ot laptopa, nqma nikoj, zdravejte", "bg", "пиша от лаптопа, няма никой, здравейте"),
    ("ya hochu umeret, moy drug", "ru", "я хочу умереть, мой друг"),
])
def test_each_language_reads_its_own_chat_spelling(latin: str, language: str, cyrillic: str) -> None:
    assert to_cyrillic(normalize(latin), language).text == cyrillic


def test_digits_stay_digits_in_numbers() -> None:
    reading = to_cyrillic(normalize("4asa ot 16:00 za 4 dni, 46 leva"), "bg").text
    assert reading == "часа от 16:00 за 4 дни, 46 лева"


@pytest.mark.parametrize("text, language", [
    ("moje li nqkoi da mi se obadi", "bg"),
    ("zdravejte, iskam da smenq karta za plashtane", "bg"),
    ("mozhno perenesti seans na pyatnitsu?", "ru"),
    ("kogda budet vozvrat deneg za dvoinoe spisanie?", "ru"),
    ("do you have a student discount?", "en"),
])
def test_latin_russian_and_bulgarian_are_told_apart_from_english(text: str, language: str) -> None:
    assert detect_language(text).language == language


def test_a_bulgarian_chat_disclosure_is_caught_by_the_rules() -> None:
    hits = match_rules("maj mi me bie i mi vze telefona, pi6a ot laptopa na sasedkata", ["bg"])
    assert "abuse" in {h.signal.category for h in hits}
    assert any(h.signal.evidence.startswith("maj mi me bie") for h in hits)  # quoted as typed


@pytest.fixture(scope="module")
def screener(embedder, tmp_path_factory) -> RulesSemanticScreener:
    s = RulesSemanticScreener(Settings(data_dir=tmp_path_factory.mktemp("translit")), embedder)
    s.warm_up()
    return s


@pytest.mark.parametrize("text", [
    "moje li da premestq 4asa ot 4etvyrtak 16:00 za petak",
    "zdravejte, iskam da smenq karta za plashtane",
    "izvinite, ya zabyla parol, mozhno sbrosit?",
])
def test_a_latin_typed_ordinary_request_is_answered_normally(screener, text: str) -> None:
    result = screener.screen(text)
    assert result.route == Route.AUTO, result.reasons


def test_semantic_evidence_quotes_the_customers_own_letters(screener) -> None:
    text = "Zdravejte. nikoj nqma da zabeleji ako me nqma, vsi4ko e bezsmisleno. blagodarq za vsi4ko"
    result = screener.screen(text)
    assert result.route == Route.CLINICAL_REVIEW, result.reasons
    for signal in result.signals:
        assert text[signal.start:signal.end] == signal.evidence
        assert signal.evidence.isascii()  # the Latin the customer typed, not the reading


# Persian typed on an Arabic keyboard layout (ي and ك for ی and ک): read as Persian, screened with the
# Persian rules, and embedded with the Persian letters, so neither a crisis nor an ordinary request
# lands in "other" (session 22; the sentences were written for this test).
@pytest.mark.parametrize("text", [
    "سلام، ميخوام نوبت پنجشنبه رو كنسل كنم، ممنون",
    "همسرم خيلي مهربونه، فقط براي زوج درماني وقت ميخوام چون زياد بحث ميكنيم",
])
def test_persian_on_an_arabic_layout_is_answered_normally(screener, text: str) -> None:
    result = screener.screen(text)
    assert (result.language, result.route) == ("fa", Route.AUTO), result.reasons


@pytest.mark.parametrize("text", [
    "ديگه نميتونم، امشب ميخوام خودمو بكشم",
    "مربي مهدكودك بچمو ميزنه، روي بازوش جاي انگشت كبود شده",
])
def test_a_persian_crisis_on_an_arabic_layout_goes_to_the_clinical_team(screener, text: str) -> None:
    result = screener.screen(text)
    assert (result.language, result.route) == ("fa", Route.CLINICAL_REVIEW), result.reasons
    for signal in result.signals:
        assert text[signal.start:signal.end] == signal.evidence  # quoted in the customer's own letters
