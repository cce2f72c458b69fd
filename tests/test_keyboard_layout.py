"""A message typed with the keyboard on the wrong layout (guardrails/input/keyboard.py, session 30).

"[jxe evthtnm" is "хочу умереть" typed while the keyboard was on English ("ldo,hl o,nl, f;al" is
"میخوام خودمو بکشم"): before the session they were detected as English and went ``auto``. It is screened as meant, its evidence quotes what the customer
typed, and an ordinary one is answered in the language meant, from the policy it asks about. Every
sentence here was written for this file.
"""

import pytest

from caredraft.domain import Route, Ticket
from caredraft.guardrails.input.keyboard import retyped
from test_screening_coverage import screener  # noqa: F401  (the module-scoped real screener)

# (typed, meant, language meant)
CRISES = [
    ("[jxe evthtnm", "хочу умереть", "ru"),
    ("z [jxe gjrjyxbnm c cj,jq", "я хочу покончить с собой", "ru"),
    ("vjq ve; vtyz ,mtn rf;lsq ltym", "мой муж меня бьет каждый день", "ru"),
    ("ljcnfkj dct? [jxe evthtnm", "достало все, хочу умереть", "ru"),
    ("ш цфте ещ вшу", "i want to die", "en"),
    ("ldo,hl o,nl, f;al", "میخوام خودمو بکشم", "fa"),
    ("a,ivl lk, ;j; ldcki", "شوهرم منو کتک میزنه", "fa"),
    ("ili rvwhl, o,vnl", "همه قرصامو خوردم", "fa"),
]


@pytest.mark.parametrize("typed, meant, language", CRISES)
def test_the_text_meant_is_read_character_for_character(typed, meant, language):
    assert retyped(typed) == (meant, language)
    assert len(retyped(typed)[0]) == len(typed)


@pytest.mark.parametrize("text", [
    "I want a refund please",
    "hello, my login doesn't work",
    "Privet, ya hochu otmenit podpisku",  # Russian in Latin letters: read by the transliteration
    "XJ-1234 ABC",  # a code
    "Привет, не работает вход",
    "ok thx",
    "iskam da si smenq parolata",
    "mikham novatamo avaz konam",
    "Здравствуйте, хочу вернуть деньги",
    "https://example.com/qwe/rty?id=zx",
    "YE BAR DIGE GOSHI RO GHAT KONI",  # Finglish (Latin letters): its words are no retyped Persian
])
def test_text_typed_on_the_right_layout_is_left_as_typed(text):
    assert retyped(text) is None


@pytest.mark.parametrize("typed, meant, language", CRISES)
def test_a_crisis_typed_on_the_wrong_layout_reaches_a_clinician(screener, typed, meant, language):  # noqa: F811
    screening = screener.screen(typed)
    assert screening.route == Route.CLINICAL_REVIEW, screening.reasons
    assert screening.language == language
    assert screening.reasons[0].startswith("typed on the wrong keyboard layout")
    assert screening.crisis_signals
    for signal in screening.signals:  # the evidence is what the customer typed, where they typed it
        assert signal.evidence == typed[signal.start:signal.end]


def test_screening_many_keeps_each_message_in_its_place(screener):  # noqa: F811
    results = screener.screen_many(["hello, when is my next session?", "[jxe evthtnm", "I want a refund"],
                                   languages=[None, None, None])
    assert [r.route for r in results] == [Route.AUTO, Route.CLINICAL_REVIEW, Route.AUTO]


def test_an_ordinary_ticket_on_the_wrong_layout_is_answered_as_meant(pipeline):
    # "Здравствуйте, с меня два раза списали за одну подписку, верните деньги"
    typed = "Pldhfdcndeqnt? c vtyz ldf hfpf cgbcfkb pf jlye gjlgbcre? dthybnt ltymub"
    result = pipeline.run(Ticket(text=typed))
    assert result.screening.language == "ru"
    assert result.route == Route.AUTO, result.reasons
    assert any(c.startswith("ru:refunds") for c in result.draft.citations), result.draft.citations
    assert any("typed on the wrong keyboard layout" in r for r in result.screening.reasons)


def test_the_layout_decides_the_language_over_a_helpdesk_locale(screener):  # noqa: F811
    # A helpdesk sends its locale ("en"); the text, once retyped, is Russian and read by Russian rules.
    screening = screener.screen("[jxe evthtnm", language="en")
    assert screening.route == Route.CLINICAL_REVIEW, screening.reasons
    assert screening.language == "ru"
