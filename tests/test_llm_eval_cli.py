"""The operator's view of LLM drafting: ``caredraft eval drafts --llm`` through the CLI against
the test suite's OpenAI-compatible server, and the start-up line of ``caredraft serve`` that
says which drafter runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from caredraft.cli import main

# No figures and no citation: passes the reply checks for any ordinary message.
GENERIC = {
    "cited_passage_ids": [],
    "acknowledgement": "I'm sorry about the trouble with your payment, and I understand why you are upset.",
    "explanation": "",
    "next_step": "I have passed your message to our billing team, and they will reply to you here.",
}


def test_eval_drafts_llm_drafts_every_row_through_the_endpoint(kb_settings, llm, tmp_path):
    # --lang en --limit 2: two crisis rows of the screening set (holding messages, never sent to
    # the model) and two ordinary rows of the retrieval set (one LLM call each).
    llm.script({"args": GENERIC}, {"status": 500})
    env = {"CAREDRAFT_LLM_BASE_URL": llm.base_url, "CAREDRAFT_LLM_MODEL": "test-model", "CAREDRAFT_DRAFTER": "auto"}
    out = tmp_path / "reports"
    outcome = CliRunner(env=env).invoke(main, ["--data-dir", str(kb_settings.data_dir), "eval", "drafts", "--llm",
                                               "--lang", "en", "--limit", "2", "--no-public", "--gate",
                                               "--out", str(out)])
    assert outcome.exit_code == 0, outcome.output
    assert "drafter: llm (model test-model at 127.0.0.1:" in outcome.output

    report = json.loads((out / "drafts.json").read_text())
    assert report["drafter"] == "llm"
    assert report["producers"] == {"holding": 2, "llm": 1, "fallback:llm_error": 1}
    assert [r["id"] for r in report["rows"]] == ["en-s001", "en-s002", "en-r001", "en-r002"]
    assert report["overall"]["llm_drafts"] == 1 and report["overall"]["llm_fallbacks"] == 1
    gates = {g["name"]: g for g in report["gates"]}
    assert gates["LLM drafts pass their own checks"]["value"] == 1.0
    assert gates["rules drafts pass their own checks"]["passed"]  # the fallback draft
    assert "Drafts by producer: holding 2, llm 1, fallback:llm_error 1" in (out / "drafts.md").read_text()

    # Two calls, both function calling; the crisis messages never left the process.
    assert len(llm.requests) == 2 and all(r["tools"] for r in llm.requests)
    sent = llm.all_request_text()
    assert "kill myself" not in sent and "end my life" not in sent
    assert "two payments" in sent  # the ordinary row did go to the model


@pytest.mark.timeout(120)
@pytest.mark.parametrize("llm_env, expected", [
    ({}, "drafter: rules (no LLM configured"),
    ({"CAREDRAFT_LLM_BASE_URL": "http://127.0.0.1:9/v1", "CAREDRAFT_LLM_MODEL": "m1"},
     "drafter: llm (model m1 at 127.0.0.1:9; rules draft on any LLM failure)"),
    ({"CAREDRAFT_LLM_BASE_URL": "http://127.0.0.1:9/v1", "CAREDRAFT_LLM_MODEL": "m1", "CAREDRAFT_DRAFTER": "rules"},
     "drafter: rules (an LLM endpoint is configured but CAREDRAFT_DRAFTER=rules)"),
], ids=["no-llm", "llm", "pinned-rules"])
def test_serve_says_at_start_up_which_drafter_runs(tmp_path, llm_env, expected):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREDRAFT_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "caredraft.cli", "--data-dir", str(tmp_path / "data"), "serve", "--port", "0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env={**env, **llm_env}, cwd=tmp_path)
    try:
        first = process.stderr.readline().strip()  # printed before any model loads
    finally:
        process.terminate()
        process.wait(timeout=60)
    assert first.startswith(expected), first
