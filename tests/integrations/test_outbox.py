"""The write-back outbox: kept across a restart and delivered at start-up, doubling delays
with a cap, and an integration without its settings answers 404, not 500."""

from __future__ import annotations

from datetime import timedelta

from api.conftest import ADMIN_KEY, ORDINARY, start_api
from caredraft.integrations.base import Note
from caredraft.integrations.outbox import Outbox, utcnow
from caredraft.review.repository import SqlRepository
from integrations.conftest import FAST_OUTBOX, count_rows, helpdesk_settings, send_zendesk, wait_for
from integrations.payloads import zendesk_comment_added


def test_a_note_kept_while_the_helpdesk_was_down_is_delivered_at_the_next_start(pipeline, backend, zendesk,
                                                                                   chatwoot, tmp_path):
    database = backend
    ticket = 42001
    zendesk.add_ticket(ticket)
    zendesk.down = True
    first = start_api(pipeline, database, tmp_path / "a", **helpdesk_settings(zendesk, chatwoot))
    try:
        response = send_zendesk(first, zendesk_comment_added(ticket, 6001, ORDINARY))
        assert response.status_code == 202, response.text
        assert wait_for(lambda: count_rows(first, "helpdesk_outbox", "WHERE attempts >= 1"), timeout=15)
    finally:
        first.server.stop()
    zendesk.down = False
    assert zendesk.notes(ticket) == []

    # The next process polls only every minute and backs off for a minute: only its start-up
    # pass over every kept row can deliver the note within the wait below.
    slow = {**helpdesk_settings(zendesk, chatwoot), "outbox_poll_seconds": 60.0, "outbox_backoff_base": 60.0,
            "outbox_backoff_max": 120.0}
    second = start_api(pipeline, database, tmp_path / "b", **slow)
    try:
        notes = wait_for(lambda: zendesk.notes(ticket), timeout=15)
        assert len(notes) == 1 and notes[0]["public"] is False
        # The row is marked after the helpdesk answers, a moment after the note shows up there.
        assert wait_for(lambda: count_rows(second, "helpdesk_outbox", "WHERE status = 'delivered'"),
                        timeout=15) == 1
    finally:
        second.server.stop()


def test_an_integration_without_its_settings_answers_404_and_calls_nothing(pipeline, tmp_path):
    running = start_api(pipeline, f"sqlite:///{tmp_path / 'plain.db'}", tmp_path / "data",
                        zendesk_webhook_secret="only-the-secret", **FAST_OUTBOX)
    try:
        with running.server.client() as client:
            zendesk = client.post("/v1/webhooks/zendesk", json={"ticket_id": "1"})
            chatwoot = client.post("/v1/webhooks/chatwoot", json={"event": "message_created"})
        with running.server.client(ADMIN_KEY) as admin:
            status = admin.get("/v1/integrations/outbox").json()
    finally:
        running.server.stop()
    assert zendesk.status_code == 404
    error = zendesk.json()["error"]
    assert error["code"] == "integration_not_configured"
    assert "CAREDRAFT_ZENDESK_API_TOKEN" in error["details"]["missing"]
    assert "CAREDRAFT_ZENDESK_WEBHOOK_SECRET" not in error["details"]["missing"]
    assert chatwoot.status_code == 404
    assert "CAREDRAFT_CHATWOOT_WEBHOOK_SECRET" in chatwoot.json()["error"]["details"]["missing"]
    assert status == {"counts": {}, "configured": [], "items": []}


def test_failed_write_backs_wait_doubling_delays_up_to_the_cap(tmp_path):
    repository = SqlRepository.from_url(f"sqlite:///{tmp_path / 'outbox.db'}")
    repository.migrate()
    outbox = Outbox(repository.engine, backoff_base=2.0, backoff_max=10.0)
    item, created = outbox.enqueue(idempotency_key="zendesk:1:1", helpdesk="zendesk", draft_id="d1",
                                   target={"ticket_id": 1}, note=Note(body="b", marker="m"))
    again, created_again = outbox.enqueue(idempotency_key="zendesk:1:1", helpdesk="zendesk", draft_id="d1",
                                          target={"ticket_id": 1}, note=Note(body="b", marker="m"))
    assert created and not created_again and again.id == item.id
    delays = []
    for _ in range(5):
        # The failure's moment is given: a slow disk under CI load must not look like a longer delay.
        before = utcnow()
        due = outbox.failed(item.id, "PUT /api/v2/tickets/1.json -> HTTP 503", now=before)
        delays.append((due - before).total_seconds())
    assert delays == [2.0, 4.0, 8.0, 10.0, 10.0]
    kept = outbox.get(item.id)
    assert kept.status == "pending" and kept.attempts == 5 and "503" in kept.last_error

    limited, _ = outbox.enqueue(idempotency_key="zendesk:1:2", helpdesk="zendesk", draft_id="d2",
                                target={"ticket_id": 1}, note=Note(body="b", marker="m"))
    moment = utcnow()
    due = outbox.failed(limited.id, "HTTP 429", retry_after=7.0, now=moment)  # a longer Retry-After wins over 2 s
    assert due - moment == timedelta(seconds=7)
    due = outbox.failed(limited.id, "HTTP 429", retry_after=3600.0, now=moment)  # but never past the cap
    assert due - moment == timedelta(seconds=10)
    # Without a given moment the clock at the write is used: due lands within the call's span.
    start = utcnow()
    due = outbox.failed(limited.id, "HTTP 429")
    assert start + timedelta(seconds=8) <= due <= utcnow() + timedelta(seconds=8)
    assert outbox.due() == []  # not due yet
    assert {i.id for i in outbox.due(everything=True)} == {item.id, limited.id}  # kept, seen at start-up
    repository.close()
