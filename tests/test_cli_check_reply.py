"""``caredraft check-reply``: JSON Lines in, one verdict line out per input line, bad lines
reported in place, citations resolved through the real knowledge base."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run(args: list[str], stdin: str, data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "caredraft.cli", "--data-dir", str(data_dir), "check-reply", *args],
        input=stdin, capture_output=True, text=True, timeout=300, env={**os.environ},
    )


def test_bad_line_in_the_middle_is_reported_and_the_rest_are_checked(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "therapy", "text": "It sounds like you have PTSD; try a breathing exercise.", "lang": "en"}),
        "{not json",
        json.dumps({"id": "no-text", "lang": "ru"}),
        json.dumps({"id": "good", "lang": "ru", "text": "Мне очень жаль, что так вышло. Возврат придёт в течение 5 рабочих дней.",
                    "passages": ["Возврат поступает в течение 5 рабочих дней."]}),
        json.dumps({"id": "tone", "text": "Ты сам виноват? Нет: это не наша проблема.", "lang": "ru"}),
    ]
    proc = _run(["-"], "\n".join(lines) + "\n", tmp_path / "data")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["id"] == "therapy" and out[0]["verdict"] == "block"
    assert {v["kind"] for v in out[0]["violations"]} == {"therapeutic_advice"}
    assert out[1]["line"] == 2 and "invalid JSON" in out[1]["error"]
    assert out[2]["id"] == "no-text" and "text" in out[2]["error"]
    assert out[3] == {"id": "good", "verdict": "pass", "violations": []}
    assert out[4]["verdict"] == "revise" and out[4]["violations"][0]["kind"] == "tone"
    assert "Traceback" not in proc.stderr


def test_reads_a_file_argument(tmp_path: Path) -> None:
    source = tmp_path / "replies.jsonl"
    source.write_text(json.dumps({"id": 7, "text": "کارت شما 4111 1111 1111 1111 است.", "lang": "fa"}) + "\n", encoding="utf-8")
    proc = _run([str(source)], "", tmp_path / "data")
    out = json.loads(proc.stdout)
    assert out["id"] == 7 and out["verdict"] == "block"
    assert out["violations"] == [{"kind": "pii", "evidence": "4111 1111 1111 1111", "severity": "high"}]


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    proc = _run([str(tmp_path / "nope.jsonl")], "", tmp_path / "data")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "nope.jsonl" in proc.stderr


def test_citations_resolve_through_the_knowledge_base(kb_settings, knowledge_base) -> None:
    passages = [p for p in knowledge_base.passages(language="en") if any(ch.isdigit() for ch in p.text)]
    if not passages:
        pytest.skip("the sample knowledge base has no passage with a figure yet")
    passage = passages[0]
    from caredraft.guardrails.output.grounding import figures

    key, start, end = next(iter(figures(passage.text)), (None, 0, 0))
    if key is None:
        pytest.skip("no policy figure in the sample passages yet")
    figure = passage.text[start:end]
    text = f"I'm sorry this has been so stressful. Under our policy: {figure}."
    lines = [
        json.dumps({"id": "cited", "text": text, "lang": "en", "citations": [passage.citation]}),
        json.dumps({"id": "uncited", "text": text, "lang": "en"}),
        json.dumps({"id": "unknown", "text": "I'm sorry about that.", "lang": "en", "citations": ["en:no-such#section"]}),
    ]
    proc = _run(["-"], "\n".join(lines) + "\n", kb_settings.data_dir)
    assert proc.returncode == 0, proc.stderr
    cited, uncited, unknown = [json.loads(line) for line in proc.stdout.splitlines()]
    assert "ungrounded" not in {v["kind"] for v in cited["violations"]}, cited
    assert any(v["kind"] == "ungrounded" and v["evidence"] == figure for v in uncited["violations"]), uncited
    assert unknown["verdict"] == "revise"
    assert unknown["violations"] == [{"kind": "ungrounded", "evidence": "en:no-such#section", "severity": "medium"}]
