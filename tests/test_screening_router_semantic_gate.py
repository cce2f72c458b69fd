"""The router's semantic layer next to the classifier (``router._semantic``), on hand-built
windows so each threshold is exercised exactly: a window near a crisis exemplar flags only when
the classifier, when it ran, gives that window some chance of crisis; a message that denies a
crisis somewhere, and a language without rules, keep the semantic layer's flag."""

from __future__ import annotations

import numpy as np
import pytest

from caredraft.domain import Route
from caredraft.guardrails.input.crisis_rules import Status, match_rules
from caredraft.guardrails.input.semantic import SemanticResult, Window
from caredraft.guardrails.router import Thresholds, decide

T = Thresholds(crisis=0.89, review=0.89, review_margin=0.02, other_auto=0.84, classifier_crisis=0.5,
               classifier_review=0.5, classifier_hostility=0.7, semantic_min_classifier=0.2)
TEXT = "Please move my Thursday session, and who keeps my notes after I'm gone?"


def _result(text: str, p_crisis: float, *, classifier_ran: bool = True, similarity: float = 0.91) -> SemanticResult:
    window = Window(start=0, end=len(text), category="suicide", crisis=similarity, safe=similarity - 0.05,
                    nearest="an exemplar", p_crisis=p_crisis, p_category="suicide" if classifier_ran else "")
    return SemanticResult(best=window, windows=(window,), vector=np.zeros(384, dtype=np.float32))


def _route(text: str, semantic: SemanticResult, *, has_rules: bool = True, hits=()) -> tuple[Route, list[str]]:
    d = decide(text, language="en" if has_rules else "other", has_rules=has_rules, hits=list(hits),
               semantic=semantic, degraded=[], thresholds=T)
    return d.route, d.reasons


@pytest.mark.parametrize("p_crisis", [0.2, 0.3, 0.45])
def test_semantic_flag_stands_when_the_classifier_sees_some_risk(p_crisis: float) -> None:
    route, reasons = _route(TEXT, _result(TEXT, p_crisis))
    assert route == Route.CLINICAL_REVIEW
    assert any(r.startswith("semantic: very close to suicide") for r in reasons)


@pytest.mark.parametrize("p_crisis", [0.0, 0.05, 0.19])
def test_semantic_nearness_alone_does_not_flag_what_the_classifier_reads_as_ordinary(p_crisis: float) -> None:
    route, reasons = _route(TEXT, _result(TEXT, p_crisis))
    assert route == Route.AUTO
    assert any(r.startswith("not flagged: near a suicide example") and f"{p_crisis:.2f}" in r for r in reasons), reasons


def test_without_the_classifier_the_semantic_layer_decides_as_before() -> None:
    """Classifier switched off (or failed): windows carry no classifier category, the gate is off."""
    route, _ = _route(TEXT, _result(TEXT, 0.0, classifier_ran=False))
    assert route == Route.CLINICAL_REVIEW


def test_a_language_without_rules_keeps_the_semantic_flag() -> None:
    route, _ = _route(TEXT, _result(TEXT, 0.0), has_rules=False)
    assert route == Route.CLINICAL_REVIEW


def test_a_denial_elsewhere_keeps_the_semantic_flag() -> None:
    """"I'm not suicidal, but ...": a negated rule match does not let a low classifier score
    silence the semantic layer on the rest of the message."""
    text = "I'm not suicidal. Please send my notes to my sister, she will need them soon."
    hits = match_rules(text, ["en"])
    assert [h.status for h in hits] == [Status.NEGATED], hits  # the rest is left to the semantic layer
    rest = text.index("Please")
    window = Window(start=rest, end=len(text), category="suicide", crisis=0.91, safe=0.86, nearest="an exemplar",
                    p_crisis=0.02, p_category="suicide")
    semantic = SemanticResult(best=window, windows=(window,), vector=np.zeros(384, dtype=np.float32))
    route, _ = _route(text, semantic, hits=hits)
    assert route == Route.CLINICAL_REVIEW
