"""How a later lexicon pass changes an earlier rule or clearer: in its place, and loudly when the
thing it meant to change is gone (a renamed id or a rewritten pattern must not leave a revision
silently unapplied)."""

import re

import pytest

from caredraft.domain import CrisisCategory, Severity
from caredraft.guardrails.input.lexicons import Clearer, crisis, redefined, revised, substituted, widened

RULES = [crisis("xx.a", CrisisCategory.SUICIDE, Severity.HIGH, r"\bfirst\b"),
         crisis("xx.b", CrisisCategory.SELF_HARM, Severity.HIGH, r"\bsecond\b"),
         crisis("xx.c", CrisisCategory.ABUSE, Severity.HIGH, r"\bthird\b")]


def test_revised_keeps_the_order_and_everything_but_the_pattern():
    out = revised(RULES, "xx.b", widened(r"\bsecond one\b"))
    assert [r.id for r in out] == ["xx.a", "xx.b", "xx.c"]  # the first of two rules on a span is the one reported
    assert out[1].category == RULES[1].category and out[1].severity == RULES[1].severity
    assert re.search(out[1].pattern, "the second one") and re.search(out[1].pattern, "second")
    assert out[0] is RULES[0] and out[2] is RULES[2]


def test_a_revision_of_a_missing_id_fails():
    with pytest.raises(KeyError):
        revised(RULES, "xx.gone", widened("x"))
    with pytest.raises(KeyError):
        redefined(RULES, crisis("xx.gone", CrisisCategory.SUICIDE, Severity.HIGH, "x"))


def test_a_substitution_whose_text_is_gone_fails():
    assert substituted(r"\bthird\b", r"\bthird(?! party)\b")(RULES[2].pattern) == r"\bthird(?! party)\b"
    with pytest.raises(ValueError):
        revised(RULES, "xx.c", substituted("no such text", "y"))


def test_redefined_replaces_a_clearer_in_place_with_its_new_context():
    clearers = [Clearer("xx.one", "a", "idiom"), Clearer("xx.two", "b", "idiom")]
    out = redefined(clearers, Clearer("xx.one", "a+", "idiom", context="bill"))
    assert [c.id for c in out] == ["xx.one", "xx.two"] and out[0].context == "bill"
