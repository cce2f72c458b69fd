"""Crisis statements and look-alikes crossed with ordinary openings and endings, end to end
through the real screener (rules, semantic layer, classifier).

Why: a crisis is rarely the whole message. Session 24 put short crisis statements of every category
(and look-alikes: denials, idioms, a past that is over, someone else's work) inside ordinary
support traffic ("Please cancel my subscription, ...", "My friend died last year and ...", "...
Anyway, how do I update my card?") in en, ru, bg and fa, and found that the frame changed the
route: a topic clearer ran over "I keep thinking about suicide", a form's negation over the next
clause, a friend's death dated "I swallowed a whole bottle". 1,712 crossed crises (set e: implied
ones) and 224 crossed look-alikes (``data/crossed/crossed.json``, written for this test; no row of an evaluation set)
now guard those paths. Each cell is ``<set>-<lang>-<core>-<frame>``.
"""

import json
from pathlib import Path

import pytest

from caredraft.domain import Route
from test_screening_coverage import screener  # noqa: F401  (the module-scoped real screener)

DATA = json.loads((Path(__file__).parent / "data" / "crossed" / "crossed.json").read_text(encoding="utf-8"))


def _cells(kind: str) -> list[tuple[str, str, str]]:
    cells = []
    for table in DATA[kind]:
        for i, core in enumerate(table["cores"]):
            for j, frame in enumerate(table["frames"]):
                text = frame.format(c=core)
                cells.append((f"{table['set']}-{table['lang']}-{i}-{j}", table["lang"], text[0].upper() + text[1:]))
    return cells


CRISES = _cells("crises")
LOOK_ALIKES = _cells("look_alikes")

# Known, and why. A bare joke ("I want to kill myself, lol", "میخوام خودمو بکشم 😂") is an idiom by the
# lexicons' policy (answered, not escalated); with a day or an hour it is not (test_screening_rules_s24).
BARE_JOKES = {"a-en-0-10", "a-fa-0-10", "a-fa-1-10"}
# Session 25: the 31 cells that reached only a person or went auto after "My friend died last year and
# ..." (another person's past dated the writer's words: "... and this is the last message you'll get
# from me", "... и верёвка уже лежит в гараже") reach a clinician: an "and" followed by a subject of its
# own ends the other person's clause (crisis_rules._after_someone_elses_clause).
# Look-alikes still sent to a person: anger at a brother over lunch ("убила бы брата за то, что съел мой
# обед, лол"; bg the same), and "this bill is killing me" beside "no offence to your staff" read as hostility.
LOOK_ALIKES_TO_REVIEW = {"d-bg-1-5", "d-bg-5-1", "d-bg-5-2", "d-bg-5-5", "d-fa-1-6", "d-ru-5-2", "d-ru-5-4", "d-ru-5-5"}


def _expected(cell_id: str) -> object:
    if cell_id in BARE_JOKES:
        return pytest.mark.xfail(strict=True, reason="known: see the sets above")
    return ()


@pytest.mark.parametrize("cell_id, language, text", [pytest.param(*c, marks=_expected(c[0]), id=c[0]) for c in CRISES])
def test_a_crossed_crisis_reaches_a_clinician(screener, cell_id, language, text):  # noqa: F811
    route = screener.screen(text).route
    assert route == Route.CLINICAL_REVIEW, (text, route)


@pytest.mark.parametrize("cell_id, language, text",
                         [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="known look-alike sent to a person")
                                       if c[0] in LOOK_ALIKES_TO_REVIEW else (), id=c[0]) for c in LOOK_ALIKES])
def test_a_crossed_look_alike_is_answered(screener, cell_id, language, text):  # noqa: F811
    assert screener.screen(text).route == Route.AUTO, text


def test_the_tables_are_whole():
    assert len(CRISES) == 1712 and len(LOOK_ALIKES) == 224
    assert {lang for _, lang, _ in CRISES} == {"en", "ru", "bg", "fa"}
