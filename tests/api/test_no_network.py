"""Serving drafts opens no connection to any host but loopback.

The real server runs in a fresh interpreter with the audit hook of ``tests/network_guard.py``,
which sees every ``socket.connect`` and ``socket.getaddrinfo`` made by any library, from
import time on, records each target and refuses those that leave loopback. The test then drives the
server over HTTP (keys, drafts in four languages, a crisis, a check, a KB search)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import uuid

import httpx
import network_guard
from processes import wait_until_up
import pytest

from api.conftest import CRISIS

LAUNCHER = network_guard.prelude("sys.argv[2]") + textwrap.dedent("""
    import socket, sys

    # Self-check: one loopback connection, so the test can see the hook is recording.
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    probe.listen(1)
    socket.create_connection(probe.getsockname()).close()
    probe.close()

    import uvicorn
    from caredraft.api.app import create_app
    from caredraft.knowledge_base.ingest import ingest_path
    from caredraft.settings import Settings

    settings = Settings(data_dir=sys.argv[1], bootstrap_admin_key=sys.argv[3])
    ingest_path(settings, settings.kb_path)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    print(sock.getsockname()[1], flush=True)
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level="warning", access_log=False))
    server.run(sockets=[sock])
""")

MESSAGES = {
    "en": "Hi, my session was cancelled by the therapist and I still got charged. Can I get that money back?",
    "ru": "Здравствуйте, терапевт отменил сессию, а деньги всё равно списали. Можно их вернуть?",
    "bg": "Здравейте, терапевтът отмени сесията, но ме таксувахте. Може ли да ми върнете парите?",
    "fa": "سلام، درمانگر جلسه را لغو کرد ولی هزینه از من کسر شد. می‌توانم پولم را پس بگیرم؟",
}


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_serving_drafts_opens_no_connection_beyond_loopback(tmp_path):
    log_path = tmp_path / "connections.jsonl"
    admin_key = "no-network-admin-" + uuid.uuid4().hex
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREDRAFT_")}
    process = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(tmp_path / "data"), str(log_path), admin_key],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    try:
        port = int(process.stdout.readline().strip() or 0)
        assert port, process.stderr.read()[-3000:]
        base = f"http://127.0.0.1:{port}"
        wait_until_up(process, f"{base}/readyz", timeout=600)  # the lifespan builds the pipeline first

        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {admin_key}"}, timeout=120) as admin:
            agent_key = admin.post("/v1/keys", json={"role": "agent", "name": "net"}).json()["key"]
        with httpx.Client(base_url=base, headers={"X-API-Key": agent_key}, timeout=120) as agent:
            routes = {}
            for language, text in {**MESSAGES, "crisis": CRISIS}.items():
                response = agent.post("/v1/drafts", json={"text": text},
                                      headers={"Idempotency-Key": uuid.uuid4().hex})
                assert response.status_code == 201, response.text
                routes[language] = response.json()["route"]
            assert agent.post("/v1/checks", json={"text": "We refund within 5 business days."}).status_code == 200
            assert agent.get("/v1/kb/search", params={"q": "refund", "lang": "en"}).status_code == 200
        assert routes["crisis"] == "clinical_review"
    finally:
        process.terminate()
        process.wait(timeout=60)

    attempts = [json.loads(line) for line in log_path.read_text().splitlines()]
    assert any(a["kind"] == "connect" and a["local"] for a in attempts), "the audit hook recorded nothing"
    outside = network_guard.outside(attempts)
    assert outside == [], f"connections beyond loopback: {outside[:10]}"
