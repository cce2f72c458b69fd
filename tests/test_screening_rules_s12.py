"""Session 12's rule coverage, in sentences written for it (none from an evaluation row): the tables
in tests/data/rules_s12/ (one per language, by helpers who wrote disclosures of every crisis category
and look-alikes before mending the rules), and below, the lead's own cases: sexual
abuse of a child or sibling told by the writer, "I'll strangle her", a weapon between the person and
the Persian verb. The semantic layer caught these already; the rules must too, because they alone
decide when it is down. Each has look-alikes that must stay clear: news about someone else's
child, a parent checking a child's temperature, "تجاوز به حریم خصوصی" (an invasion of privacy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caredraft.guardrails.input.crisis_rules import match_rules

# Per session and language, a helper's table written apart from the rules (briefs
# /work/wt/BRIEF_R12.md, BRIEF_R13.md): about a dozen disclosures or more per crisis category and
# dozens of look-alikes each (`about` says how). Session 13's writers never saw session 12's tables.
TABLE_DIRS = sorted((Path(__file__).parent / "data").glob("rules_s*"))  # one folder per session
TABLES = {(folder.name, path.stem): json.loads(path.read_text(encoding="utf-8"))
          for folder in TABLE_DIRS for path in sorted(folder.glob("*.json"))}

FIRES = [
    ("en", "my uncle molests my little brother", "child_safety"),
    ("en", "my mum's boyfriend sexually abuses my sister", "child_safety"),
    ("en", "I will strangle my wife when she gets home", "harm_to_others"),
    ("ru", "дядя растлевает моего младшего брата", "child_safety"),
    ("ru", "сожитель мамы насилует мою сестру", "child_safety"),
    ("ru", "домогается до моей дочери каждый вечер", "child_safety"),
    ("ru", "задушу жену когда она придёт домой", "harm_to_others"),
    ("bg", "чичо ми блудства с малкия ми брат", "child_safety"),
    ("bg", "приятелят на мама изнасилва сестра ми", "child_safety"),
    ("bg", "ще удуша жена си като се прибере", "harm_to_others"),
    ("fa", "عمویم به برادر کوچکم تجاوز می‌کند", "child_safety"),
    ("fa", "ناپدری‌ام شب‌ها به خواهر کوچکم دست درازی می‌کند", "child_safety"),
    ("fa", "وقتی زنم برگردد خفه‌اش می‌کنم", "harm_to_others"),
    ("fa", "فردا رئیسم را با چاقو می‌کشم", "harm_to_others"),
    ("fa", "همکارم را فردا با تفنگ می‌زنم", "harm_to_others"),
    ("en", "I have a knife ready for tonight", "suicide"),  # the same rules, without the look-alike's words
    ("bg", "искам да скоча от моста", "suicide"),
    ("bg", "мъжът ми взе картата и не ми дава пари", "abuse"),
    ("fa", "شوهرم بچه رو می‌زنه", "child_safety"),
]

CLEAR = [
    ("en", "the news story about a man who raped his daughter really upset me, can I pause my plan"),
    ("en", "I read that a teacher molested his students, do you vet your therapists?"),
    ("ru", "статья о том, как отчим насиловал падчерицу, меня расстроила, можно перенести сессию?"),
    ("ru", "пощупала лоб сыну, температура, можно врача на дом?"),
    ("bg", "четох за учител, който блудствал с ученици, проверявате ли терапевтите си?"),
    ("fa", "این کار تجاوز به حریم خصوصی من است"),
    ("fa", "در اخبار خواندم مردی به دخترش تجاوز کرده، خیلی ناراحت شدم"),
    ("fa", "رئیسم با چاقو میوه را پوست می‌کند"),
    ("fa", "با چاقو پیاز را خرد کردم"),
    # older rules' look-alikes the helpers' tables found (clearers limited by applies_to)
    ("en", "I have a knife ready for carving the turkey"),
    ("bg", "исках да скоча от моста с бънджи"),
    ("bg", "мъжът ми взе картата, за да плати тока"),
    ("fa", "بچه رو واکسن می‌زنن"),
    ("fa", "فردا بچه رو آمپول میزنن"),
]


# Session 13, the lead's: forms behind the rules-only misses of readable fresh-dev rows (not the rows).
FIRES += [
    ("bg", "а и пак се горя с цигари по ръцете", "self_harm"),  # the clitic before the verb
    ("bg", "вече си режа ръцете с ножче", "self_harm"),
    ("bg", "вторият ми баща ме опипва нощем", "child_safety"),
    ("ru", "дети сидят одни в квартире уже третий день", "child_safety"),
    ("fa", "فکر کنم شوک آنافیلاکسیه", "medical_emergency"),
    ("fa", "الان به زور نفس میکشم", "medical_emergency"),
    ("fa", "اونقدر میزنمش که دیگه نتونه راه بره", "harm_to_others"),
]
CLEAR += [
    ("bg", "пак се изгорих на фурната, докато готвех"),
    ("bg", "днес си нарязах лук и салата"),
    ("bg", "баща ми ме гали по главата нощем"),
    ("ru", "дети были одни дома второй день каникул, скучали"),
    ("fa", "آنافیلاکسی چیه؟"),
]

FIRES += [(language, row["text"], row["category"]) for (_, language), table in TABLES.items() for row in table["fires"]]
CLEAR += [(language, text) for (_, language), table in TABLES.items() for text in table["clear"]]


def test_every_language_has_its_table() -> None:
    assert [folder.name for folder in TABLE_DIRS] == ["rules_s12", "rules_s13"]
    assert set(TABLES) == {(folder.name, language) for folder in TABLE_DIRS for language in ("en", "ru", "bg", "fa")}
    assert all(len(table["fires"]) >= 70 and len(table["clear"]) >= 50 for table in TABLES.values())


@pytest.mark.parametrize("language, text, category", FIRES)
def test_the_rules_read_the_disclosure(language: str, text: str, category: str) -> None:
    current = {h.signal.category for h in match_rules(text, [language]) if h.is_crisis and h.current}
    assert category in current, (text, current)


@pytest.mark.parametrize("language, text", CLEAR)
def test_the_look_alike_raises_no_current_crisis(language: str, text: str) -> None:
    current = [h.rule_id for h in match_rules(text, [language]) if h.is_crisis and h.current]
    assert not current, (text, current)
