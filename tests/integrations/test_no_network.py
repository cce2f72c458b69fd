"""With both helpdesks configured, the server connects to nothing but them.

The same audit-hook launcher as ``tests/api/test_no_network.py`` (every ``socket.connect``
of the server process is recorded, anything off loopback refused) runs the real server in a
fresh interpreter, configured from the environment as in production; the test drives a
Zendesk and a Chatwoot webhook through it and then checks that every outbound connection
went to one of the two configured helpdesks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import httpx
import pytest

from api.conftest import CRISIS, ORDINARY
from api.live import LiveServer
from api.test_no_network import LAUNCHER
from integrations.conftest import (
    CHATWOOT_ACCOUNT, CHATWOOT_SECRET, CHATWOOT_TOKEN, CRISIS_TEAM, ZENDESK_EMAIL, ZENDESK_SECRET, ZENDESK_TOKEN,
    chatwoot_headers, encode, wait_for, zendesk_headers,
)
from integrations.payloads import chatwoot_message_created, zendesk_comment_added
from integrations.standins import ChatwootStandIn, ZendeskStandIn
from processes import wait_until_up


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_customer_text_goes_only_to_the_configured_helpdesks(tmp_path):
    zendesk = ZendeskStandIn(email=ZENDESK_EMAIL, token=ZENDESK_TOKEN)
    chatwoot = ChatwootStandIn(token=CHATWOOT_TOKEN, account_id=CHATWOOT_ACCOUNT)
    with LiveServer(zendesk.app) as zendesk_server, LiveServer(chatwoot.app) as chatwoot_server:
        helpdesk_ports = {int(zendesk_server.url.rsplit(":", 1)[1]), int(chatwoot_server.url.rsplit(":", 1)[1])}
        env = {k: v for k, v in os.environ.items() if not k.startswith("CAREDRAFT_")}
        env.update({"CAREDRAFT_ZENDESK_BASE_URL": zendesk_server.url, "CAREDRAFT_ZENDESK_EMAIL": ZENDESK_EMAIL,
                    "CAREDRAFT_ZENDESK_API_TOKEN": ZENDESK_TOKEN, "CAREDRAFT_ZENDESK_WEBHOOK_SECRET": ZENDESK_SECRET,
                    "CAREDRAFT_CHATWOOT_BASE_URL": chatwoot_server.url, "CAREDRAFT_CHATWOOT_API_TOKEN": CHATWOOT_TOKEN,
                    "CAREDRAFT_CHATWOOT_ACCOUNT_ID": str(CHATWOOT_ACCOUNT),
                    "CAREDRAFT_CHATWOOT_CRISIS_TEAM_ID": str(CRISIS_TEAM),
                    "CAREDRAFT_CHATWOOT_WEBHOOK_SECRET": CHATWOOT_SECRET, "CAREDRAFT_OUTBOX_POLL_SECONDS": "0.2"})
        log_path = tmp_path / "connections.jsonl"
        process = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(tmp_path / "data"), str(log_path),
                                    "admin-" + uuid.uuid4().hex],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
        try:
            port = int(process.stdout.readline().strip() or 0)
            assert port, process.stderr.read()[-3000:]
            base = f"http://127.0.0.1:{port}"
            wait_until_up(process, f"{base}/readyz", timeout=600)

            zendesk.add_ticket(51001)
            body = encode(zendesk_comment_added(51001, 1, ORDINARY))
            assert httpx.post(f"{base}/v1/webhooks/zendesk", content=body, headers=zendesk_headers(body),
                              timeout=120).status_code == 202
            body = encode(chatwoot_message_created(501, 1, CRISIS))
            assert httpx.post(f"{base}/v1/webhooks/chatwoot", content=body, headers=chatwoot_headers(body),
                              timeout=120).status_code == 202
            assert wait_for(lambda: zendesk.notes(51001) and chatwoot.notes(501), timeout=30)
        finally:
            process.terminate()
            process.wait(timeout=60)

    connects = [json.loads(line) for line in log_path.read_text().splitlines()]
    connects = [c for c in connects if c["kind"] == "connect"][1:]  # the first is the launcher's self-check
    targets = {tuple(json.loads(c["target"].replace("(", "[").replace(")", "]").replace("'", '"')))
               for c in connects}
    assert targets, "the audit hook recorded no connection to the helpdesks"
    assert {port for _, port in targets} <= helpdesk_ports, f"connections beyond the helpdesks: {targets}"
    assert all(c["local"] for c in connects)
