"""``caredraft draft`` as a user runs it: a subprocess on a fresh data folder (the sample KB is
ingested on first use), readable and JSON output, clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CAREDRAFT = [sys.executable, "-m", "caredraft.cli"]


def run(*args: str, data_dir: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "CAREDRAFT_DATA_DIR": str(data_dir)}
    return subprocess.run([*CAREDRAFT, "--data-dir", str(data_dir), *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cli") / "data"


def test_first_draft_ingests_the_sample_kb_and_prints_a_readable_result(data_dir):
    done = run("draft", "I was charged twice this month, please refund the duplicate payment.", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "ingesting" in done.stderr  # one-line notice on the fresh data folder
    out = done.stdout
    for heading in ("Route: auto", "Emotion:", "Draft (rules", "Citations:", "en:refunds#"):
        assert heading in out, out
    assert "Traceback" not in done.stderr


def test_json_output_is_the_whole_result_and_the_kb_is_not_ingested_again(data_dir):
    done = run("draft", "Забравих си паролата и не мога да вляза в приложението.", "--json", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "ingesting" not in done.stderr
    result = json.loads(done.stdout)
    assert set(result) == {"route", "reasons", "screening", "passages", "draft", "check"}
    assert result["draft"]["language"] == "bg"
    assert any(c.startswith("bg:login-app#") for c in result["draft"]["citations"])


def test_crisis_message_prints_the_holding_message_with_country_resources(data_dir):
    done = run("draft", "I am going to kill myself tonight", "--country", "GB", "--lang", "en", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "Route: clinical_review" in done.stdout
    assert "holding" in done.stdout and "needs review before sending" in done.stdout
    assert "en:crisis-resources#gb" in done.stdout


@pytest.mark.parametrize("args, message", [
    (["draft", "   "], "empty"),
    (["draft", "hello", "--country", "Narnia"], "two-letter"),
])
def test_bad_input_is_a_clear_error_with_exit_code_2(data_dir, args, message):
    done = run(*args, data_dir=data_dir, timeout=60)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
