"""No telemetry: a whole draft, from ingestion to the checked reply, opens no connection
and resolves no host name outside this machine.

The check runs in a fresh interpreter with the audit hook of ``tests/network_guard.py``,
which sees every ``socket.connect`` and ``socket.getaddrinfo`` made by any library, including
at import time, and refuses the ones that leave loopback."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import network_guard

SCRIPT = network_guard.prelude() + textwrap.dedent("""
    import json, sys

    from caredraft.domain import Ticket
    from caredraft.knowledge_base.ingest import ingest_path
    from caredraft.pipeline import build_pipeline
    from caredraft.settings import Settings

    settings = Settings(data_dir=sys.argv[1])
    ingest_path(settings, settings.kb_path)
    pipeline = build_pipeline(settings)
    routes = [pipeline.run(Ticket(text=text)).route.value for text in (
        "You charged me twice this month, I want my money back.",
        "Вы списали с меня деньги дважды, верните, пожалуйста.",
        "Таксувахте ме два пъти този месец, искам си парите.",
        "این ماه دو بار از حسابم پول کم کردید، لطفا برگردانید.",
        "I can't do this anymore. I've written goodbye letters to my family.",
    )]
    pipeline.checker.check("I understand how frustrating this is. We refund within 5 business days.", language="en")
    print(json.dumps({"attempts": network_guard.outside(network_guard.ATTEMPTS), "routes": routes}))
""")


def test_a_full_draft_opens_no_connection_outside_loopback(tmp_path: Path):
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["attempts"] == []
    # The run really exercised the pipeline: the crisis message went to a clinician.
    assert report["routes"][-1] == "clinical_review"
    assert len(report["routes"]) == 5
