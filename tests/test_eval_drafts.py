"""The drafts evaluation's own judgement: each check must catch the failure it names."""

from __future__ import annotations

from click.testing import CliRunner

from caredraft.cli import main
from caredraft.domain import (CheckResult, Draft, DraftParts, DraftResult, Passage, Route, Screening, Severity, Verdict,
                              Violation, ViolationKind)
from caredraft.evals.drafts import build_report, judge

PASSAGE = Passage(id="refunds#double-charges", doc_id="refunds", language="en", title="t", heading="h",
                  text="We reverse a duplicate charge within 2 business days.")
ACK = "I can see how frustrating this has been for you."


def result(text: str, *, language: str = "en", citations=("en:refunds#double-charges",), producer: str = "rules",
           flags=(), verdict: Verdict = Verdict.PASS, violations=()) -> DraftResult:
    draft = Draft(text=text, language=language, parts=DraftParts(acknowledge=ACK), citations=list(citations),
                  producer=producer, flags=list(flags), ready_to_send=False)
    return DraftResult(route=Route.AUTO, reasons=[], screening=Screening(language=language, route=Route.AUTO),
                       passages=[PASSAGE], draft=draft, check=CheckResult(verdict=verdict, violations=list(violations)))


def english(text: str) -> str:
    return "en"


ROW = {"id": "x", "lang": "en", "text": "charged twice", "expect": "auto", "category": "ordinary"}


def test_a_good_draft_passes_every_check():
    checks = judge(ROW, result(f"{ACK} We reverse a duplicate charge within 2 business days."), [PASSAGE.text],
                   english, "en")
    assert checks["own_check"] and checks["ack_first"] and checks["grounded"] and checks["cited"]
    assert checks["language"] and checks["language_e2e"] and checks["holding"] is None


def test_a_figure_missing_from_the_cited_passages_is_ungrounded():
    checks = judge(ROW, result(f"{ACK} We reverse it within 5 business days."), [PASSAGE.text], english, "en")
    assert checks["grounded"] is False


def test_explaining_before_acknowledging_fails_ack_first():
    bad = result(f"We reverse it within 2 business days. {ACK}",
                 violations=[Violation(kind=ViolationKind.STRUCTURE, evidence="2", severity=Severity.MEDIUM)],
                 verdict=Verdict.REVISE)
    checks = judge(ROW, bad, [PASSAGE.text], english, "en")
    assert checks["ack_first"] is False and checks["own_check"] is False


def test_uncited_draft_fails_unless_flagged_no_relevant_policy():
    assert judge(ROW, result(ACK, citations=()), [], english, "en")["cited"] is False
    assert judge(ROW, result(ACK, citations=(), flags=["no_relevant_policy"]), [], english, "en")["cited"] is True


def test_wrong_language_is_caught_against_the_screened_and_the_labelled_language():
    checks = judge({**ROW, "lang": "bg"}, result(ACK), [PASSAGE.text], english, "ru")
    assert checks["language"] is False and checks["language_e2e"] is False


def test_crisis_row_with_an_ordinary_draft_fails_holding():
    row = {**ROW, "expect": "clinical_review", "category": "suicide"}
    assert judge(row, result(ACK), [PASSAGE.text], english, "en")["holding"] is False
    holding = result("Thank you for telling us.", producer="holding", citations=(), flags=["crisis_holding"])
    assert judge(row, holding, [], english, "en")["holding"] is True


def test_report_gates_fail_when_one_rules_draft_fails_its_own_check():
    record = {"id": "x", "lang": "en", "route": "auto", "producer": "rules", "flags": [], "verdict": "pass", "ms": 1.0,
              "violations": [], "draft_language": "en", "screened_language": "en", "detected_language": "en",
              "checks": {"own_check": True, "ack_first": True, "grounded": True, "language": True,
                         "language_e2e": True, "cited": True, "holding": None}}
    failing = {**record, "id": "y", "checks": {**record["checks"], "own_check": False}}
    assert build_report([record, record], {}).passed
    report = build_report([record, failing], {})
    assert not report.passed and report.data["failures"][0]["id"] == "y"


def test_llm_flag_without_an_endpoint_is_a_clear_error(tmp_path):
    outcome = CliRunner().invoke(main, ["--data-dir", str(tmp_path), "eval", "drafts", "--llm"])
    assert outcome.exit_code == 1
    assert "LLM drafting not configured" in outcome.output
