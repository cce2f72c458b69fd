"""Integration fixtures: the real caredraft server (real pipeline, real database, uvicorn on
loopback) wired to stand-in Zendesk and Chatwoot REST servers, also on loopback.

Signatures in these tests are computed here, from the vendors' documented recipes, not with
caredraft's own signing helpers, so a shared mistake cannot make them agree.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from sqlalchemy import create_engine, text

from api.conftest import backend  # noqa: F401  (a fixture: each database backend)
from api.conftest import start_api
from api.live import LiveServer
from integrations.standins import ChatwootStandIn, ZendeskStandIn

ZENDESK_SECRET = "zendesk-signing-secret-" + uuid.uuid4().hex
ZENDESK_EMAIL, ZENDESK_TOKEN = "bot@example.test", "zendesk-token-" + uuid.uuid4().hex
CHATWOOT_SECRET = "chatwoot-webhook-secret-" + uuid.uuid4().hex
CHATWOOT_TOKEN = "chatwoot-token-" + uuid.uuid4().hex
CHATWOOT_ACCOUNT, CRISIS_TEAM = 1, 7

# Small delays so the "helpdesk down" tests finish in seconds, not minutes.
FAST_OUTBOX = {"outbox_poll_seconds": 0.2, "outbox_backoff_base": 0.2, "outbox_backoff_max": 1.0,
               "helpdesk_timeout": 5.0}


# The stand-ins take ``backend`` so each database backend's run starts with empty helpdesks.
@pytest.fixture(scope="module")
def zendesk(backend):  # noqa: F811
    stand_in = ZendeskStandIn(email=ZENDESK_EMAIL, token=ZENDESK_TOKEN)
    stand_in.server = LiveServer(stand_in.app).start()
    yield stand_in
    stand_in.server.stop()


@pytest.fixture(scope="module")
def chatwoot(backend):  # noqa: F811
    stand_in = ChatwootStandIn(token=CHATWOOT_TOKEN, account_id=CHATWOOT_ACCOUNT)
    stand_in.server = LiveServer(stand_in.app).start()
    yield stand_in
    stand_in.server.stop()


def helpdesk_settings(zendesk, chatwoot) -> dict:
    return {"zendesk_base_url": zendesk.server.url, "zendesk_email": ZENDESK_EMAIL, "zendesk_api_token": ZENDESK_TOKEN,
            "zendesk_webhook_secret": ZENDESK_SECRET, "chatwoot_base_url": chatwoot.server.url,
            "chatwoot_api_token": CHATWOOT_TOKEN, "chatwoot_account_id": CHATWOOT_ACCOUNT,
            "chatwoot_crisis_team_id": CRISIS_TEAM, "chatwoot_webhook_secret": CHATWOOT_SECRET, **FAST_OUTBOX}


@pytest.fixture(scope="module")
def caredraft(pipeline, backend, zendesk, chatwoot, tmp_path_factory):  # noqa: F811
    running = start_api(pipeline, backend, tmp_path_factory.mktemp("data"), **helpdesk_settings(zendesk, chatwoot))
    running.create_keys()
    yield running
    running.server.stop()


# -- sending webhooks as the vendors do ---------------------------------------------------------
def zendesk_headers(body: bytes, *, secret: str = ZENDESK_SECRET, at: datetime | None = None) -> dict:
    # developer.zendesk.com: base64(HMACSHA256(TIMESTAMP + BODY)); the timestamp is ISO 8601.
    timestamp = (at or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    digest = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return {"Content-Type": "application/json", "X-Zendesk-Webhook-Id": "01GK8E6BKWMJZD2T8Y5AXJQMG5",
            "X-Zendesk-Webhook-Signature": base64.b64encode(digest).decode(),
            "X-Zendesk-Webhook-Signature-Timestamp": timestamp}


def chatwoot_headers(body: bytes, *, secret: str = CHATWOOT_SECRET, at: float | None = None) -> dict:
    # chatwoot PR #13573: sha256=<hex HMAC-SHA256(secret, "{timestamp}.{body}")>, Unix seconds.
    timestamp = str(int(at if at is not None else time.time()))
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Chatwoot-Signature": f"sha256={digest}",
            "X-Chatwoot-Timestamp": timestamp, "X-Chatwoot-Delivery": str(uuid.uuid4())}


def post(api, path: str, body: bytes, headers: dict) -> httpx.Response:
    with api.client() as client:
        return client.post(path, content=body, headers=headers)


def encode(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def send_zendesk(api, payload: dict, **kwargs) -> httpx.Response:
    body = encode(payload)
    return post(api, "/v1/webhooks/zendesk", body, zendesk_headers(body, **kwargs))


def send_chatwoot(api, payload: dict, **kwargs) -> httpx.Response:
    body = encode(payload)
    return post(api, "/v1/webhooks/chatwoot", body, chatwoot_headers(body, **kwargs))


def stale(seconds: int = 600) -> datetime:
    return datetime.now(timezone.utc) - timedelta(seconds=seconds)


# -- looking at what was stored -------------------------------------------------------------------
def count_rows(api, table: str, where: str = "", **params) -> int:
    engine = create_engine(api.settings.resolved_database_url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(f"SELECT COUNT(*) FROM {table} {where}"), params).scalar_one()
    finally:
        engine.dispose()


def drafts_for(api, key: str) -> int:
    return count_rows(api, "drafts", "WHERE idempotency_key = :key", key=key)


def wait_for(predicate, *, timeout: float = 20.0, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            return value
        time.sleep(interval)


def settle(seconds: float = 1.0) -> None:
    """Give a wrongly duplicated write-back the time to show up (several worker rounds)."""
    time.sleep(seconds)
