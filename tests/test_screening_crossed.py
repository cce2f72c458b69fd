"""Crisis statements and look-alikes crossed with ordinary openings and endings, end to end
through the real screener (rules, semantic layer, classifier).

Why: a crisis is rarely the whole message. Session 24 put short crisis statements of every category
(and look-alikes: denials, idioms, a past that is over, someone else's work) inside ordinary
support traffic ("Please cancel my subscription, ...", "My friend died last year and ...", "...
Anyway, how do I update my card?") in en, ru, bg and fa, and found that the frame changed the
route: a topic clearer ran over "I keep thinking about suicide", a form's negation over the next
clause, a friend's death dated "I swallowed a whole bottle". 1,712 crossed crises (set e: implied
ones) and 224 crossed look-alikes (``data/crossed/crossed.json``, written for this test; no row of an evaluation set)
now guard those paths; session 25 added 812 crises (set f) and 96 look-alikes (set g) in seven more
frames, session 26 580 crises (set h) and 160 look-alikes (set i) in five, and Russian and Bulgarian
typed in Latin letters (sets j and k) and Persian in Finglish (sets l and m, below). Each cell is
``<set>-<lang>-<core>-<frame>``.
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
# Set f (session 25): the cores of sets a, b, c and e in seven new frames: inside a long billing
# ticket, "Quick question, is it normal that ...?", "Thank you for everything ...", a hostile
# complaint, "Sorry for the long message ...", "Since my divorce last year ...", "My therapist is on
# holiday until Monday and ...". On the session's first code 44 of the 812 went auto and 50 only to
# human review: the Persian questionnaire clearer read "یه سوال سریع، ..." (a quick question, ...)
# as a form's item; a past marker after "since" / "after" dated what followed; an overdose "an hour
# ago" after a past marker was a past medical event. Known now: a past act after "since / after
# <event> last year" is past with its status open ("После развода в прошлом году я написала прощальные
# письма", "Since my divorce last year I gave my dog away because I won't be here next week": human
# review; an overdose told so, "... изпих цяла опаковка парацетамол", "Since my divorce last year I
# swallowed a whole bottle", and symptoms in the Russian perfective, "грудь сдавило", are past medical
# events, auto). "My therapist is on holiday until Monday and I gave my dog away because I won't be
# here next week" went auto too (the absence clearer read the therapist's holiday as the writer's); it
# reaches a clinician since the end of the session.
AFTER_A_PAST_EVENT = {"f-ru-14-5", "f-ru-20-5", "f-bg-14-5", "f-en-15-5", "f-fa-14-5", "f-fa-15-5"}
STILL_AUTO = {"f-ru-16-5", "f-ru-27-5", "f-bg-16-5", "f-en-16-5", "f-fa-16-5"}
# Look-alikes still sent to a person: "this bill is killing me" beside "no offence to your staff" and
# beside "I know you're not therapists" read as hostility toward staff (the classifier's). Anger at a
# brother over lunch ("убила бы брата за то, что съел мой обед, лол"; bg the same) is answered since
# session 25 (a rule reads the threat, and the small grievance clears it, as in English).
LOOK_ALIKES_TO_REVIEW = {"d-bg-1-5", "d-fa-1-6"}
# Set g (session 25): the look-alikes in three of set f's frames (not "Thank you for everything" or "I
# didn't know who else to write to": alone, those are read as a goodbye and as distress). After "my
# therapist is on holiday until Monday and ...", a denial and a past attempt "but now I'm great" go
# to a clinician (the classifier's reading; the session's first code did the same, and sent the
# brother-over-lunch joke there too).
LOOK_ALIKES_TO_REVIEW |= {"g-ru-2-2", "g-bg-0-2", "g-fa-0-2"}
# Sets h and i (session 26): set f's crisis cores and set g's look-alikes in five frames: a long
# multi-paragraph ticket, reported to a therapist yesterday ("I told my therapist yesterday that ..."),
# above a quoted support reply, a chat line with no punctuation ("hi the app logged me out again and i
# cant get back in ... anyway can someone reset my password"), and quoted from the writer's own last
# ticket. On the session's first code the other four frames sent all 464 crises to a clinician, and the
# chat line sent 35 of 116 auto and 2 only to human review: in ru and bg the negative word of "не
# пускает обратно" / "не мога да вляза" negated the crisis after it, which no comma or conjunction
# separated (lexicons' ASYNDETIC_LEAD / CLAUSE_START / CLAUSE_VERB). 5 of the 160 look-alikes reached
# a clinician: "i cant get back in I'm not suicidal" (the two negative words cancelled), and a Persian
# joke about a brother who ate the writer's lunch (no rule read it, the classifier did; now a rule
# reads it and a small grievance clears it, as in ru and bg). All 580 crises reach a clinician since
# then. Still sent to a person: a friend who works on a suicide prevention line, in the Persian chat
# line (the classifier, 0.52, after the topic clearer set the rule's reading aside).
LOOK_ALIKES_TO_REVIEW |= {"i-fa-3-3"}
# Sets j and k (session 26): set f's Russian and Bulgarian crisis cores and set g's look-alikes typed in
# Latin letters (a plain transliteration: no soft or hard signs, Bulgarian ъ as "a", щ as "sht"),
# alone and inside a billing ticket. On the session's first code 29 of the 116 crises went auto and
# 1 only to human review (the rules' patterns needed the letters Latin spelling loses, and short
# messages were read as English), and 10 of the 32 look-alikes reached a person. Still sent to a
# person until session 29: "Ubila by brata za to, chto sel moy obed, lol" alone (the classifier's
# hostility toward staff, 0.90, on the Latin text, read as English: "by" and "to" outvoted "chto" and
# "moy" by a tie). Since session 29 "to" counts for neither English nor another language (Polish and
# Czech write it), so it is read as Russian and answered, as in Cyrillic.
# Sets l and m (session 26): the same Persian cores and look-alikes typed in Finglish (written by hand:
# there is no mechanical way from Persian script), alone and inside a billing ticket. On the session's
# first code 3 of the 58 crises went auto and 1 only to human review (implied crises with rules in
# Persian script and none in Finglish), and 14 of the 16 look-alikes reached a person (the classifier
# reads Finglish crisis words as crises, and no Finglish clearer, time marker or denial explained
# them). Still sent to a person: "hichvaght be khodam asib nemizanam, negaran nabashid" inside the
# billing ticket (the classifier, 0.71, on the whole message, while the rule's reading is negated in
# its own sentence) and "madarbozorgam mahe pish fot kard" (the classifier's hostility
# toward staff, on the Finglish text) in both frames.
LOOK_ALIKES_TO_REVIEW |= {"m-fa-4-0", "m-fa-6-0", "m-fa-6-1"}


def _expected(cell_id: str) -> object:
    if cell_id in BARE_JOKES | STILL_AUTO:
        return pytest.mark.xfail(strict=True, reason="known: see the sets above")
    return ()


@pytest.mark.parametrize("cell_id, language, text", [pytest.param(*c, marks=_expected(c[0]), id=c[0]) for c in CRISES])
def test_a_crossed_crisis_reaches_a_clinician(screener, cell_id, language, text):  # noqa: F811
    route = screener.screen(text).route
    if cell_id in AFTER_A_PAST_EVENT:
        assert route == Route.HUMAN_REVIEW, (text, route)
    else:
        assert route == Route.CLINICAL_REVIEW, (text, route)


@pytest.mark.parametrize("cell_id, language, text",
                         [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="known look-alike sent to a person")
                                       if c[0] in LOOK_ALIKES_TO_REVIEW else (), id=c[0]) for c in LOOK_ALIKES])
def test_a_crossed_look_alike_is_answered(screener, cell_id, language, text):  # noqa: F811
    assert screener.screen(text).route == Route.AUTO, text


def test_the_tables_are_whole():
    assert len(CRISES) == 1712 + 812 + 580 + 116 + 58 and len(LOOK_ALIKES) == 224 + 96 + 160 + 32 + 16
    assert {lang for _, lang, _ in CRISES} == {"en", "ru", "bg", "fa"}
