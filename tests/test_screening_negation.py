"""Negation that denies, and negation that does not: a table per language (``tests/data/negation``).

Written in session 10 by four writers who never saw the rules, one per language, form by form:
double negatives ("not a night goes by that I don't ..."), "can't stop", "why haven't I", "nobody
would notice", "no reason to live", "can't promise I won't", "not only thinking about it", a denial
followed by the risk, refused help; and the look-alikes a careless rule flags: plain denials,
screening forms answered no, policy questions, risk that is over, someone else's past, negated idioms.

Three checks per row:
- ``rules``: the rule layer must not misread it. A crisis row may not be left with its crisis matches
  cleared as negated (the error this table is about); an ordinary row may not raise a crisis rule (current, or
  past with its status open). The rules decide alone when the semantic layer is down.
- ``screener``: the whole screener sends a crisis row to clinical review and an ordinary row to auto.
Rows still wrong list the check in ``"gaps"`` and are strict xfails: a fix shows as XPASS, to unmark.

Ids ``<lang>-neg-*`` come from a first writer per language, ``<lang>-neg2-*`` from a second one who
wrote the same forms in other words; the first pass of mends was made on the first table alone and
the second table measured it (then it was mended too). Both tables also train the classifier
(``training/classifier/<lang>-negation.jsonl``, kept equal to them by a test here). The tables
flatter the screener now; a third, unread table measures whether the mends generalise."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from caredraft.guardrails.input.crisis_rules import Status, match_rules
from rule_checks import flagging_crisis_rules

TABLE = Path(__file__).parent / "data" / "negation"
# Session 15: a third table, the same forms by a third writer per language (``n3-<lang>-*``), who read
# only a brief of the forms (no rules, no rows). The rules were then mended on it, so it flatters too;
# it is not classifier training. 6 rows that shared text with an evaluation set were dropped.
TABLE3 = Path(__file__).parent / "data" / "negation3"
LANGUAGES = ("en", "ru", "bg", "fa")


def _table(folder: Path = TABLE) -> list[dict]:
    return [json.loads(line) for lang in LANGUAGES
            for line in (folder / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()]


def _params(check: str) -> list:
    return [pytest.param(row, id=row["id"],
                         marks=[pytest.mark.xfail(strict=True, reason=f"known {check} gap")] if check in row.get("gaps", ()) else [])
            for row in _table() + _table(TABLE3)]


def test_the_table_covers_every_language_and_both_sides():
    rows = _table()
    for lang in LANGUAGES:
        mine = [r for r in rows if r["lang"] == lang]
        assert sum(r["category"] != "ordinary" for r in mine) >= 80, lang
        assert sum(r["category"] == "ordinary" for r in mine) >= 50, lang
    assert len({r["id"] for r in rows}) == len(rows)


def test_the_third_table_covers_every_language_and_both_sides():
    rows = _table(TABLE3)
    for lang in LANGUAGES:
        mine = [r for r in rows if r["lang"] == lang]
        assert sum(r["category"] != "ordinary" for r in mine) >= 40, lang
        assert sum(r["category"] == "ordinary" for r in mine) >= 65, lang
    assert len({r["id"] for r in rows + _table()}) == len(rows) + len(_table())


def test_the_tables_are_the_classifiers_negation_rows():
    from caredraft.guardrails.input.classifier import TRAINING_DIR

    for lang in LANGUAGES:
        table = [(r["text"], r["category"], "negated" if r["category"] == "ordinary" else "implied")
                 for r in _table() if r["lang"] == lang]
        path = TRAINING_DIR / "classifier" / f"{lang}-negation.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert [(r["text"], r["category"], r["kind"]) for r in rows] == table, lang


@pytest.mark.parametrize("row", _params("rules"))
def test_rules_read_the_negation_right(row):
    if row["category"] == "ordinary":
        hits = flagging_crisis_rules(row["text"], row["lang"])
        assert hits == [], f"{row['form']}: {row['note']!r} fired {hits}"
    else:
        hits = [h for h in match_rules(row["text"], [row["lang"]]) if h.is_crisis]
        denied = [h.rule_id for h in hits if h.status == Status.NEGATED]
        # a real denial inside the row is fine when the rules also raise the risk it contradicts
        # ("I'm not suicidal, but I've been saving my pills")
        assert not denied or any(h.current for h in hits), \
            f"{row['form']} ({row['category']}): {row['note']!r} read as a denial by {denied}"


@pytest.fixture(scope="module")
def screener():
    from caredraft.guardrails.screening import RulesSemanticScreener
    from caredraft.knowledge_base.embedders import E5Embedder
    from caredraft.settings import Settings

    return RulesSemanticScreener(Settings(data_dir=Path(tempfile.mkdtemp()) / "data"), E5Embedder())


@pytest.mark.parametrize("row", _params("screener"))
def test_screener_routes_the_row(row, screener):
    result = screener.screen(row["text"], language=row["lang"])
    expected = "auto" if row["category"] == "ordinary" else "clinical_review"
    assert result.route.value == expected, f"{row['form']} ({row['category']}): {row['note']!r} -> {result.reasons[:2]}"
