"""No look-alike clearer or negation may hide a disclosure written next to it in the same sentence.

For every clearer, the spans it matches in the training rows and the negation tables (what
customers' look-alikes really say: "the intake form asks about ...", "nobody is hurting me",
"имате ли отстъпка ...") are each joined by a joining word ("but", "and", a comma) to a
first-person disclosure, after the span and before it, and the disclosure must still be read as
a current crisis. Session 11 found explicit crises sent to `auto` this way: "I'm not ok and I want
to die" (the "not" of the first clause negated the second), "Анкета спрашивает о суициде, но я
правда хочу покончить с собой" (a questionnaire clearer's gap ran on into the writer's own
clause). Session 12 found the other direction: "I want to kill myself tonight, shoot myself lol"
(the joke's gap reached back), "я хочу покончить с собой сегодня и резать себя? нет" (a form's
answer reached back over "и"), a Persian childcare clearer spanning a whole sentence."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest

from caredraft.guardrails.input.crisis_rules import Status, clearer_spans, match_rules

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [*(ROOT / "src/caredraft/guardrails/input/training").glob("*/*.jsonl"), *(ROOT / "tests/data/negation").glob("*.jsonl")]
# One disclosure per crisis category: suicide, self-harm, abuse, harm to others, child safety, a
# medical emergency. The last four found most of session 12's holes: "and" before someone else
# ("... и мъжът ми пак ме преби") did not end a negation, "tomorrow" did not open a clause, and a
# past marker inside a topic ("teens with a history of self-harm") dated the writer's own clause.
DISCLOSURES = {"en": ["I want to kill myself tonight", "I cut myself again last night",
                      "my husband hit me again last night and I'm scared to go home", "I'm going to stab my manager tomorrow",
                      "my stepdad touches my little sister at night", "I can't breathe and my chest is crushing right now"],
               "ru": ["я хочу покончить с собой сегодня", "я вчера снова порезала себе руки",
                      "муж вчера снова избил меня и я боюсь идти домой", "я завтра зарежу своего начальника",
                      "отчим трогает мою младшую сестру по ночам", "я не могу дышать и у меня сильно давит в груди прямо сейчас"],
               "bg": ["искам да се самоубия довечера", "снощи пак се нарязах",
                      "мъжът ми пак ме преби снощи и ме е страх да се прибера", "утре ще намушкам шефа си",
                      "пастрокът ми опипва малката ми сестра нощем", "не мога да дишам и ме стяга силно в гърдите точно сега"],
               "fa": ["امشب می‌خواهم خودکشی کنم", "دیشب دوباره دستم را با تیغ بریدم",
                      "شوهرم دیشب دوباره مرا کتک زد و می‌ترسم به خانه بروم", "فردا رئیسم را با چاقو می‌کشم",
                      "ناپدری‌ام شب‌ها به خواهر کوچکم دست درازی می‌کند",
                      "الان نمی‌توانم نفس بکشم و قفسه سینه‌ام به شدت درد می‌کند"]}
JOINS = {"en": [" but ", " and ", ", ", " because ", " so "], "ru": [" но ", " и ", ", ", " потому что "],
         "bg": [" но ", " и ", ", ", " защото "], "fa": [" ولی ", " و ", "، ", " چون "]}
SPANS_PER_CLEARER = 4


def _texts(language: str) -> list[str]:
    """The look-alikes customers write: training rows, negation tables, and the rule coverage
    tables' look-alikes (tests/data/rules_s*/), which most newer clearers were written for."""
    texts = []
    for path in SOURCES:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if (row.get("lang") or path.stem[:2]) == language:
                texts.append(row["text"])
    for table in sorted((ROOT / "tests/data").glob(f"rules_s*/{language}.json")):
        texts += json.loads(table.read_text(encoding="utf-8"))["clear"]
    return texts


@lru_cache(maxsize=None)  # both directions read the same spans
def _clearer_spans(language: str) -> dict[str, list[str]]:
    spans: dict[str, list[str]] = defaultdict(list)
    for text in _texts(language):
        for start, end, clearer_id in clearer_spans(text, [language]):
            span = text[start:end].rstrip(" .!?,،")
            if len(spans[clearer_id]) < SPANS_PER_CLEARER and span and span not in spans[clearer_id]:
                spans[clearer_id].append(span)
    return spans


@pytest.mark.parametrize("language", sorted(DISCLOSURES))
@pytest.mark.parametrize("disclosure_first", [False, True], ids=["disclosure_after", "disclosure_before"])
def test_no_clearer_or_negation_hides_a_disclosure_next_to_it(language: str, disclosure_first: bool) -> None:
    spans = _clearer_spans(language)
    assert len(spans) >= 20, f"only {len(spans)} clearers matched anything in {language}: the sources moved?"
    hidden = []
    for clearer_id, texts in sorted(spans.items()):
        for span in texts:
            for join in JOINS[language]:
                for disclosure in DISCLOSURES[language]:
                    probe = disclosure + join + span if disclosure_first else span + join + disclosure
                    where = range(0, len(disclosure)) if disclosure_first else range(len(span) + len(join), len(probe))
                    if not any(h.is_crisis and h.status == Status.CURRENT and h.signal.start in where
                               for h in match_rules(probe, [language])):
                        hidden.append(f"{clearer_id}: {probe}")
    assert not hidden, f"{len(hidden)} disclosures hidden, e.g. " + " | ".join(hidden[:5])


@pytest.mark.parametrize("language, text", [
    ("en", "I'm not ok and I want to die"),
    ("en", "I'm not coping and want to kill myself"),
    ("en", "therapy isn't helping and last night I cut myself again"),
    ("en", "I'm not eating because I want to die"),
    ("en", "no one listens so I'm going to kill myself tonight"),
    ("ru", "Мне не помогает терапия и я хочу умереть"),
    ("ru", "Не сплю третью ночь и хочу покончить с собой"),
    ("bg", "Не ми помага терапията и искам да умра"),
    ("bg", "Не спя от седмица и ще се самоубия"),
    ("bg", "Не ям защото искам да умра"),
    ("ru", "Не ем потому что хочу умереть"),
    ("fa", "هیچ چیز کمکم نمی‌کند چون می‌خواهم بمیرم"),
    ("fa", "جواب سوالای فرم منفی بود، هیچ کدوم، و امشب می‌خواهم خودکشی کنم"),
])
def test_a_negation_stops_where_and_opens_a_new_clause(language: str, text: str) -> None:
    assert any(h.is_crisis and h.status == Status.CURRENT for h in match_rules(text, [language])), text


@pytest.mark.parametrize("language, text", [
    ("en", "No thoughts of self-harm and suicide."),
    ("en", "I have no thoughts of hurting myself and killing myself."),
    ("en", "No thoughts of self-harm since 2019."),
    ("ru", "Нет мыслей о суициде и самоповреждении."),
    ("ru", "Не думаю о суициде и самоповреждении."),
    ("bg", "Нямам мисли за самоубийство и самонараняване."),
])
def test_a_denial_of_a_list_stays_one_denial(language: str, text: str) -> None:
    hits = [h for h in match_rules(text, [language]) if h.is_crisis]
    assert hits and all(h.status == Status.NEGATED for h in hits), [(h.rule_id, h.status) for h in hits]


@pytest.mark.parametrize("language, text", [
    ("en", "I want to die tonight but self-harm? no"),
    ("ru", "Я хочу покончить с собой сегодня, но резать себя? нет, что вы"),
    ("bg", "Искам да се самоубия довечера, но какво правите, ако клиент пише, че иска да се самоубие?"),
])
def test_a_disclosure_before_but_is_not_taken_into_the_next_clause(language: str, text: str) -> None:
    """The form answer, the echoed question and the policy question after "but" do not reach back."""
    assert any(h.is_crisis and h.status == Status.CURRENT for h in match_rules(text, [language])), text


@pytest.mark.parametrize("language, text", [
    ("en", "Thoughts of suicide and self-harm: no"),
    ("en", "Suicide, self-harm: no."),
    ("ru", "Мысли о суициде и самоповреждении: нет"),
    ("bg", "Мисли за самоубийство и самонараняване: не"),
    ("fa", "افکار خودکشی و خودآزاری: نه"),
])
def test_a_form_list_answered_no_denies_every_item(language: str, text: str) -> None:
    hits = [h for h in match_rules(text, [language]) if h.is_crisis]
    assert hits and all(not h.current for h in hits), [(h.rule_id, h.status) for h in hits]


@pytest.mark.parametrize("language, text", [
    ("en", "I want to kill myself and self-harm? no"),  # "I" before the match: the writer's own
    ("ru", "я хочу покончить с собой и резать себя? нет"),
    ("bg", "снощи пак се нарязах и самонаранява? Не"),  # a time before the match
    ("bg", "искам да се самоубия довечера, самонаранява? Не"),  # not right after the match
    ("ru", "хочу покончить с собой сегодня потому что резать себя? нет"),
])
def test_a_form_answer_does_not_reach_back_to_the_writers_own_clause(language: str, text: str) -> None:
    assert any(h.is_crisis and h.current for h in match_rules(text, [language])), text


def test_a_clearer_with_applies_to_clears_only_the_rules_it_names() -> None:
    """fa.plain.babysitter spans the sentence: it clears a child left at home, never a suicide."""
    childcare = [h for h in match_rules("دنبال پرستار بچه هستیم چون بچه‌ام تنها در خانه می‌ماند", ["fa"]) if h.is_crisis]
    assert childcare and all(h.cleared_by == "fa.plain.babysitter" for h in childcare)
    suicide = [h for h in match_rules("امشب می‌خواهم خودکشی کنم و دنبال پرستار بچه هستیم", ["fa"]) if h.is_crisis]
    assert any(h.signal.category == "suicide" and h.current for h in suicide)
