"""Session 28: code-switching inside the Latin script. Every sentence here was written for this file
(no row of an evaluation set or of the crossed table).

A chat line that starts in English and goes on in Russian, Bulgarian or Persian typed in Latin
letters ("hi, please cancel my plan, ya hochu umeret") was detected as English, so the Latin-typed
Russian and Bulgarian rules and the Finglish ones never ran; one typed the other way round ("privet, ya
hochu otmenit podpisku, i want to die") was detected as Russian, so the English rules never ran. On
the code before the session every crisis in ``NOW_READ`` went ``auto``. A Latin-script message now
also runs the rules of a transliterated language it holds two words of, and English ones when a
transliterated message holds two English stop-words (``language._latin_switches``).
"""

import pytest

from caredraft.domain import Route
from caredraft.guardrails.input.language import switched_languages
from rule_checks import current_crisis_rules
from test_screening_coverage import screener  # noqa: F401  (the module-scoped real screener)

NOW_READ = [
    "hi, please cancel my plan, mikham khodamo bekosham",
    "hi, please cancel my plan, ya hochu umeret",
    "I need a refund for last month please, dige nemikham zende basham",
    "Hi, reschedule my appointment to friday, shoharam mano kotak mizane",
    "hi, can I change the card on file? az shte se obesya dovechera",
    "thanks for fixing the login. man dige nemitoonam edame bedam, mikham bemiram",
    "hi, is there a discount for students? ghorsa ro hame khordam",
    "privet, ya hochu otmenit podpisku, i want to die",
    "privet, pochemu spisali dengi dvazhdy? i took all my pills an hour ago",
    "zdravei, iskam da smenya kartata, my boyfriend hits me every day",
]


@pytest.mark.parametrize("text", NOW_READ)
def test_a_crisis_in_a_latin_typed_clause_reaches_a_clinician(screener, text):  # noqa: F811
    result = screener.screen(text)
    assert result.route == Route.CLINICAL_REVIEW, result.reasons
    # A rule reads it (not the classifier by chance): evidence a reviewer can see in the message.
    assert any(s.source == "rule" for s in result.signals if s.kind.value == "crisis"), result.signals


@pytest.mark.parametrize("text", [
    "hi, please cancel my plan, mikham beram safar",  # I want to go on a trip
    "hi, please cancel my plan, ya pereezzhayu v drugoy gorod",  # moving to another city
    "hello, question about my invoice, spasibo bolshoe",
    "hey can you move my session, farda jalase daram",
    "Hi, please refund me, blagodarya mnogo",
    "Hi, my name is Alan Vali, I work at the pool, can you reset my password",  # names and loans
    "Hello, I'm on the Sega rewards plan, salam to the team, mersi",
    "hi, ya v otpuske do zavtra, please move my session",
    "zdravei, blagodarya za pomoshta, have a great day",
    "salam, mikham nobatamo avaz konam, can you help me please",
    "privet, spasibo, all good now",
])
def test_an_ordinary_mixed_line_stays_answered(screener, text):  # noqa: F811
    assert screener.screen(text).route == Route.AUTO


def test_latin_switches_need_two_words_of_the_other_language():
    assert switched_languages("hi, please cancel my plan, ya hochu umeret", "en") == ["ru"]
    assert switched_languages("hi, please cancel my plan, mikham khodamo bekosham", "en") == ["fa"]
    assert switched_languages("privet, ya hochu otmenit podpisku, i want to die", "ru") == ["en"]
    # One word is a name or a loan as often as not: "Alan", "pool", "salam". (Two, as in "Alan from
    # the pool team", bring the Finglish rules; they read nothing there: see the test above.)
    assert switched_languages("Hi, this is Alan, can you help", "en") == []
    assert switched_languages("salam, can you help me with my bill", "en") == []
    # Two-letter transliteration words look English ("da", "ne", "ke", "ro"): they do not count.
    assert switched_languages("da ne ke ro", "en") == []
    assert switched_languages("ya hochu otmenit podpisku", "ru") == []  # no English in it


@pytest.mark.parametrize("language, text", [
    ("fa", "ghorsa ro hame khordam"),  # Finglish, the pills named before "all"
    ("fa", "ghorsamo hamasho khordam"),
    ("fa", "قرصامو همشو خوردم"),  # Persian script, the same order
])
def test_all_the_pills_named_first_is_an_overdose(language, text):
    assert any(r.startswith(f"{language}.") and "medical_emergency" in r for r in current_crisis_rules(text, language))


@pytest.mark.parametrize("language, text", [
    ("fa", "قرصامو همش خوردم"),  # "همش" alone is also "all along": not read as an overdose by the rules
    ("fa", "ghorsamo hamash khordam"),
])
def test_all_along_is_not_read_as_all_the_pills(language, text):
    assert not [r for r in current_crisis_rules(text, language) if "medical_emergency" in r]
