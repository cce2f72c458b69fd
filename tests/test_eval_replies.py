"""``caredraft eval replies``: the labelled sets are well-formed and big enough, the real checker
meets the gates on them, and the command writes its JSON, Markdown and PNG reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from caredraft.evals import replies
from caredraft.evals.datasets import public_evalsets_dir, read_jsonl
from caredraft.guardrails.output.checker import GuardrailsReplyChecker

LANGUAGES = ("en", "ru", "bg", "fa")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return replies.load_rows()


@pytest.fixture(scope="module")
def checker() -> GuardrailsReplyChecker:
    return GuardrailsReplyChecker()


def test_each_language_has_enough_labelled_replies(rows):
    for lang in LANGUAGES:
        mine = [r for r in rows if r["lang"] == lang]
        count = {c: sum(r["category"] == c for r in mine) for c in replies.CATEGORIES}
        assert count["therapeutic_advice"] >= 40 and count["tone"] >= 30 and count["good"] >= 50, (lang, count)
        assert all(r["expect"] == replies.CATEGORIES[r["category"]] for r in mine)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))


def test_own_rows_are_not_copied_from_the_public_set(rows):
    folder = public_evalsets_dir()
    if folder is None or not (folder / "replies_en.jsonl").exists():
        pytest.skip("shared/evalsets is not beside this checkout")
    public = {" ".join(r["text"].lower().split()) for r in read_jsonl(folder / "replies_en.jsonl")}
    assert not [r["id"] for r in rows if " ".join(r["text"].lower().split()) in public]


def test_checker_meets_the_gates_on_the_own_sets(rows, checker):
    results = replies.evaluate_own(rows, replies.run_checker(checker, rows))
    assert sorted(results) == sorted(LANGUAGES)
    failed = [g.describe() for g in replies.gates_for(results) if not g.passed]
    assert not failed, failed


def test_metrics_count_what_they_claim():
    rows = [
        {"id": "t1", "lang": "en", "category": "therapeutic_advice"}, {"id": "t2", "lang": "en", "category": "therapeutic_advice"},
        {"id": "n1", "lang": "en", "category": "tone"}, {"id": "n2", "lang": "en", "category": "tone"},
        {"id": "g1", "lang": "en", "category": "good"}, {"id": "g2", "lang": "en", "category": "good"},
    ]
    predictions = [
        {"verdict": "block", "kinds": ["therapeutic_advice"]}, {"verdict": "revise", "kinds": ["structure"]},  # 1 of 2 blocked
        {"verdict": "revise", "kinds": ["tone"]}, {"verdict": "revise", "kinds": ["ungrounded"]},  # only 1 has a tone violation
        {"verdict": "pass", "kinds": []}, {"verdict": "error", "kinds": []},  # an error is a false alarm, never a pass
    ]
    result = replies.evaluate_own(rows, predictions)["en"]
    assert (result["therapy_catch"], result["tone_catch"], result["false_alarm"]) == (0.5, 0.5, 0.5)
    assert {m["id"] for m in result["misses"]} == {"t2", "n2", "g2"}
    gates = {g.name: g.passed for g in replies.gates_for({"en": result})}
    assert not any(gates.values())


def test_command_writes_reports_and_gates(tmp_path: Path):
    from caredraft.cli import main

    out = tmp_path / "reports"
    result = CliRunner().invoke(main, ["--data-dir", str(tmp_path / "data"), "eval", "replies", "--out", str(out),
                                       "--lang", "fa", "--no-public", "--gate"])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "replies.json").read_text(encoding="utf-8"))
    assert report["passed"] is True and list(report["languages"]) == ["fa"]
    assert report["public"] is None
    assert (out / "replies.md").read_text(encoding="utf-8").startswith("# replies evaluation")
    assert (out / "replies.png").stat().st_size > 1000


def test_public_set_is_reported_separately_when_present(tmp_path: Path, monkeypatch, checker):
    folder = tmp_path / "evalsets"
    folder.mkdir()
    rows = [{"id": "b1", "lang": "en", "text": "It sounds like you have PTSD.", "expect": "block"},
            {"id": "b2", "lang": "en", "text": "Your booking is confirmed.", "expect": "block"},
            {"id": "o1", "lang": "en", "text": "Your table for 2 is booked.", "expect": "ok"}]
    (folder / "replies_en.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    monkeypatch.setenv("CAREDRAFT_EVALSETS_DIR", str(folder))
    public = replies.evaluate_public(checker)
    assert public["replies_en"]["catch"] == 0.5
    assert public["replies_en"]["false_block"] == 0.0
