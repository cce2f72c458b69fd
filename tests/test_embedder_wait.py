"""The embedder's OpenMP wait setting reaches the engine's environment before its first run
(OpenMP reads it once per process, so each case runs in a fresh interpreter)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pydantic import ValidationError

from caredraft.settings import Settings

PROBE = """
import os
from caredraft.knowledge_base.embedders import build_embedder
from caredraft.settings import Settings
embedder = build_embedder(Settings())
embedder.embed_queries(["hello"])
print(os.environ.get("OMP_WAIT_POLICY"), os.environ.get("GOMP_SPINCOUNT", "-"))
"""


def _probe(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT") and not k.startswith("CAREDRAFT_")}
    out = subprocess.run([sys.executable, "-c", PROBE], env={**clean, **env}, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


@pytest.mark.parametrize("wait,expected", [(None, "PASSIVE -"), ("passive", "PASSIVE -"), ("spin", "PASSIVE 300000")])
def test_the_wait_setting_reaches_openmp(wait: str | None, expected: str) -> None:
    assert _probe(**({"CAREDRAFT_EMBEDDING_WAIT": wait} if wait else {})) == expected


def test_an_operator_setting_wins_over_ours() -> None:
    assert _probe(CAREDRAFT_EMBEDDING_WAIT="spin", GOMP_SPINCOUNT="5000") == "PASSIVE 5000"


def test_an_unknown_wait_is_refused() -> None:
    with pytest.raises(ValidationError):
        Settings(embedding_wait="busy")


THREADS_PROBE = """
import os, sys
from caredraft.knowledge_base.embedders import build_embedder, use_all_cores
from caredraft.settings import Settings
settings = Settings()
if sys.argv[1] == "batch":
    use_all_cores(settings)
build_embedder(settings).embed_queries(["hello"])
print(os.environ.get("OMP_NUM_THREADS"))
"""


@pytest.mark.parametrize("job,expected", [("serve", "1"), ("batch", str(min(2, os.cpu_count() or 1)))])
def test_one_thread_per_process_unless_a_batch_job_owns_the_machine(job: str, expected: str) -> None:
    clean = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS" and not k.startswith("CAREDRAFT_")}
    out = subprocess.run([sys.executable, "-c", THREADS_PROBE, job], env=clean, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == expected


def test_an_explicit_thread_count_wins_over_the_batch_default() -> None:
    clean = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS" and not k.startswith("CAREDRAFT_")}
    out = subprocess.run([sys.executable, "-c", THREADS_PROBE, "batch"], env={**clean, "CAREDRAFT_EMBEDDING_THREADS": "3"},
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "3"
