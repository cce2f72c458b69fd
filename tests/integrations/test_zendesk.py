"""Zendesk: a signed webhook makes exactly one private note through the REST API; forged,
stale and replayed deliveries are refused with nothing stored; a crisis ticket becomes
urgent, tagged, with the evidence and holding message in a private note and no public reply;
a Zendesk that is down gets its note when it is back."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from api.conftest import CRISIS, ORDINARY
from integrations.conftest import (
    count_rows, drafts_for, post, send_zendesk, settle, stale, wait_for, zendesk_headers, encode,
)
from integrations.payloads import zendesk_comment_added, zendesk_ticket_created
from integrations.standins import HUMAN_AGENT_ID

CUSTOMER = 800001


def _public_writes(zendesk, ticket_id: int) -> list:
    """Every comment caredraft asked Zendesk to make public (there must be none)."""
    return [r for r in zendesk.writes(f"/tickets/{ticket_id}.json")
            if r.body["ticket"].get("comment", {}).get("public", True) is not False]


def test_signed_comment_gets_exactly_one_private_note_and_a_retry_adds_none(caredraft, zendesk):
    ticket = 41001
    zendesk.add_ticket(ticket, comments=[(CUSTOMER, ORDINARY, True)])
    payload = zendesk_comment_added(ticket, 5001, ORDINARY)
    response = send_zendesk(caredraft, payload)
    assert response.status_code == 202, response.text
    ack = response.json()
    assert ack["status"] == "accepted" and ack["route"] == "auto"

    notes = wait_for(lambda: zendesk.notes(ticket))
    assert len(notes) == 1
    note = notes[0]
    assert note["public"] is False
    assert "Suggested reply:" in note["body"] and f"caredraft ref: {ack['draft_id']}" in note["body"]

    # Zendesk retries the same event (a fresh timestamp, so a fresh signature): same draft, no new note.
    retry = send_zendesk(caredraft, payload, at=datetime.now(timezone.utc) + timedelta(seconds=1))
    assert retry.status_code == 200, retry.text
    assert retry.json()["status"] == "duplicate" and retry.json()["draft_id"] == ack["draft_id"]
    settle()
    assert len(zendesk.notes(ticket)) == 1
    assert drafts_for(caredraft, f"zendesk:{ticket}:5001") == 1
    assert _public_writes(zendesk, ticket) == []

    # The draft is an ordinary stored draft, visible to agents like any API draft.
    with caredraft.client("agent") as agent:
        stored = agent.get(f"/v1/drafts/{ack['draft_id']}").json()
    assert stored["ticket_id"] == f"zendesk:{ticket}" and stored["channel"] == "zendesk"
    assert stored["draft"]["text"] in note["body"]


def test_forged_signature_is_refused_and_nothing_is_stored(caredraft, zendesk):
    ticket = 41002
    zendesk.add_ticket(ticket, comments=[(CUSTOMER, ORDINARY, True)])
    before = (count_rows(caredraft, "drafts"), count_rows(caredraft, "helpdesk_outbox"))
    response = send_zendesk(caredraft, zendesk_comment_added(ticket, 5002, ORDINARY), secret="not-the-secret")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "signature_invalid"

    # A valid signature over a different body (tampered in transit) is refused too.
    body = encode(zendesk_comment_added(ticket, 5002, ORDINARY))
    headers = zendesk_headers(encode(zendesk_comment_added(ticket, 5002, "something else")))
    assert post(caredraft, "/v1/webhooks/zendesk", body, headers).status_code == 401
    # And no signature at all.
    assert post(caredraft, "/v1/webhooks/zendesk", body, {"Content-Type": "application/json"}).status_code == 401

    settle(0.5)
    assert (count_rows(caredraft, "drafts"), count_rows(caredraft, "helpdesk_outbox")) == before
    assert zendesk.notes(ticket) == [] and zendesk.writes(f"/tickets/{ticket}.json") == []


def test_stale_and_replayed_deliveries_are_refused(caredraft, zendesk):
    ticket = 41003
    zendesk.add_ticket(ticket, comments=[(CUSTOMER, ORDINARY, True)])
    stale_response = send_zendesk(caredraft, zendesk_comment_added(ticket, 5003, ORDINARY), at=stale())
    assert stale_response.status_code == 401
    assert stale_response.json()["error"]["code"] == "signature_invalid"
    assert drafts_for(caredraft, f"zendesk:{ticket}:5003") == 0

    body = encode(zendesk_comment_added(ticket, 5004, ORDINARY))
    headers = zendesk_headers(body)
    assert post(caredraft, "/v1/webhooks/zendesk", body, headers).status_code == 202
    stored = (count_rows(caredraft, "drafts"), count_rows(caredraft, "helpdesk_outbox"))
    replay = post(caredraft, "/v1/webhooks/zendesk", body, headers)  # the same bytes and signature again
    assert replay.status_code == 401
    assert replay.json()["error"]["code"] == "replayed_delivery"
    assert (count_rows(caredraft, "drafts"), count_rows(caredraft, "helpdesk_outbox")) == stored
    wait_for(lambda: zendesk.notes(ticket))
    settle()
    assert len(zendesk.notes(ticket)) == 1


def test_crisis_ticket_is_urgent_tagged_and_gets_only_a_private_note(caredraft, zendesk):
    ticket = 41004
    zendesk.add_ticket(ticket, comments=[(CUSTOMER, CRISIS, True)])
    response = send_zendesk(caredraft, zendesk_comment_added(ticket, 5005, CRISIS))
    assert response.status_code == 202, response.text
    ack = response.json()
    assert ack["route"] == "clinical_review"

    notes = wait_for(lambda: zendesk.notes(ticket))
    assert len(notes) == 1 and notes[0]["public"] is False
    body = notes[0]["body"]
    state = zendesk.tickets[ticket]
    assert state["priority"] == "urgent"
    assert "caredraft_crisis" in state["tags"]
    (write,) = zendesk.writes(f"/tickets/{ticket}.json")
    assert write.body["ticket"]["priority"] == "urgent"
    assert write.body["ticket"]["comment"]["public"] is False
    assert "caredraft_crisis" in write.body["ticket"]["additional_tags"]
    assert _public_writes(zendesk, ticket) == []
    # No reply to send: the evidence and the holding message, for the agent.
    assert body.startswith("CRISIS") and "Suggested reply" not in body
    assert "Evidence in the customer's messages:" in body and "kill myself" in body
    with caredraft.client("admin") as admin:  # admins see crisis items in full
        stored = admin.get(f"/v1/drafts/{ack['draft_id']}").json()
    with caredraft.client("clinician") as clinician:
        queue = clinician.get("/v1/review/clinical_review").json()
    assert stored["draft"]["ready_to_send"] is False
    assert stored["draft"]["text"] and stored["draft"]["text"] in body
    assert ack["draft_id"] in str(queue)  # it waits in the clinical review queue like any crisis draft


def test_zendesk_down_gets_the_note_when_it_is_back(caredraft, zendesk):
    ticket = 41005
    zendesk.add_ticket(ticket, comments=[(CUSTOMER, ORDINARY, True)])
    zendesk.down = True
    try:
        response = send_zendesk(caredraft, zendesk_comment_added(ticket, 5006, ORDINARY))
        assert response.status_code == 202, response.text
        outbox_id = response.json()["outbox_id"]

        def failed_attempts():
            with caredraft.client("admin") as admin:
                status = admin.get("/v1/integrations/outbox").json()
            item = next((i for i in status["items"] if i["id"] == outbox_id), None)
            return item if item and item["attempts"] >= 2 else None

        item = wait_for(failed_attempts, timeout=15)
        assert item, "the worker did not retry while Zendesk was down"
        assert item["status"] == "pending" and "503" in item["last_error"]
        assert zendesk.notes(ticket) == []
    finally:
        zendesk.down = False
    notes = wait_for(lambda: zendesk.notes(ticket), timeout=15)
    assert len(notes) == 1 and notes[0]["public"] is False
    settle()
    assert len(zendesk.notes(ticket)) == 1
    assert count_rows(caredraft, "helpdesk_outbox", "WHERE id = :id AND status = 'delivered'", id=outbox_id) == 1


def test_a_lost_response_after_the_write_makes_no_second_note(caredraft, zendesk):
    ticket = 41006
    zendesk.add_ticket(ticket, comments=[(CUSTOMER, ORDINARY, True)])
    zendesk.fail_after_write = 1  # the note lands, the answer is a 500: the worker must not write it twice
    response = send_zendesk(caredraft, zendesk_comment_added(ticket, 5007, ORDINARY))
    assert response.status_code == 202
    outbox_id = response.json()["outbox_id"]
    assert wait_for(lambda: count_rows(caredraft, "helpdesk_outbox", "WHERE id = :id AND status = 'delivered'",
                                       id=outbox_id), timeout=15)
    settle()
    assert len(zendesk.notes(ticket)) == 1


def test_ticket_created_drafts_the_latest_customer_comment_from_the_api(caredraft, zendesk):
    ticket = 41007
    zendesk.add_ticket(ticket, comments=[(CUSTOMER, "Old question about my account settings.", True),
                                         (HUMAN_AGENT_ID, "Internal: checking billing.", False),
                                         (CUSTOMER, ORDINARY, True),
                                         (HUMAN_AGENT_ID, "We are looking into it.", True)])
    response = send_zendesk(caredraft, zendesk_ticket_created(ticket))
    assert response.status_code == 202, response.text
    with caredraft.client("agent") as agent:
        stored = agent.get(f"/v1/drafts/{response.json()['draft_id']}").json()
    assert stored["customer_text"] == ORDINARY  # the newest public comment by the customer
    fetch = [r for r in zendesk.requests if r.path == f"/api/v2/tickets/{ticket}/comments.json"]
    assert fetch and fetch[0].query.get("sort_order") == "desc"
    assert len(wait_for(lambda: [n for n in zendesk.notes(ticket) if not n["public"]])) == 1

    # The same comment announced by a trigger webhook ({"ticket_id": ...}) is the same draft.
    again = send_zendesk(caredraft, {"ticket_id": str(ticket)})
    assert again.status_code == 200 and again.json()["status"] == "duplicate"


def test_a_new_tickets_subject_is_read_with_its_first_comment(caredraft, zendesk):
    # The customer's subject holds the crisis, the comment an ordinary request (guardrails/thread.py).
    ticket = 41011
    subject = "I can't go on living like this"
    zendesk.add_ticket(ticket, comments=[(CUSTOMER, "Please cancel my subscription from next month.", True)])
    payload = zendesk_ticket_created(ticket)
    payload["detail"]["subject"] = subject
    response = send_zendesk(caredraft, payload)
    assert response.status_code == 202 and response.json()["route"] == "clinical_review", response.text
    notes = wait_for(lambda: zendesk.notes(ticket))
    assert "\"can't go on\" (an earlier message of this conversation)" in notes[0]["body"]
    with caredraft.client("clinician") as clinician:
        item = clinician.get(f"/v1/review/items/{response.json()['draft_id']}").json()
    assert item["history"] == [{"role": "customer", "text": subject}]
    assert any(s["turn"] == 0 and subject[s["start"]:s["end"]] == s["evidence"] for s in item["evidence"])

    # A subject an agent wrote when opening the ticket for the customer is not the customer's.
    other = 41012
    zendesk.add_ticket(other, comments=[(CUSTOMER, "Please cancel my subscription from next month.", True)])
    payload = zendesk_ticket_created(other)
    payload["detail"].update(subject=subject, submitter_id=str(HUMAN_AGENT_ID))
    response = send_zendesk(caredraft, payload)
    assert response.status_code == 202 and response.json()["route"] != "clinical_review", response.text


def test_agent_comments_and_internal_notes_get_no_draft(caredraft, zendesk):
    ticket = 41008
    before = count_rows(caredraft, "drafts")
    by_agent = send_zendesk(caredraft, zendesk_comment_added(ticket, 5008, "We refunded you.", staff=True))
    private = send_zendesk(caredraft, zendesk_comment_added(ticket, 5009, "note to self", public=False))
    other = send_zendesk(caredraft, {**zendesk_ticket_created(ticket), "type": "zen:event-type:ticket.status_changed"})
    for response in (by_agent, private, other):
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "ignored"
    assert count_rows(caredraft, "drafts") == before


def test_malformed_bodies_get_a_clear_4xx(caredraft):
    body = b'{"no": "ticket here"}'
    response = post(caredraft, "/v1/webhooks/zendesk", body, zendesk_headers(body))
    assert response.status_code == 422
    body = b'{"ticket_id": "not-a-number"}'
    assert post(caredraft, "/v1/webhooks/zendesk", body, zendesk_headers(body)).status_code == 422
    body = b"[1, 2]"
    assert post(caredraft, "/v1/webhooks/zendesk", body, zendesk_headers(body)).status_code == 422


def test_a_new_ticket_is_drafted_from_its_description_when_the_api_is_down(caredraft, zendesk):
    ticket = 41009
    zendesk.add_ticket(ticket, comments=[(CUSTOMER, CRISIS, True)])
    payload = zendesk_ticket_created(ticket)
    payload["detail"]["description"] = CRISIS
    zendesk.down = True
    try:
        response = send_zendesk(caredraft, payload)
        assert response.status_code == 202, response.text
        assert response.json()["route"] == "clinical_review"
        # A trigger delivery carries no text: without the API it is refused with 503 + Retry-After, to be retried.
        retry_later = send_zendesk(caredraft, {"ticket_id": str(ticket)})
        assert retry_later.status_code == 503 and retry_later.headers["Retry-After"] == "30"
        assert retry_later.json()["error"]["code"] == "helpdesk_unavailable"
    finally:
        zendesk.down = False
    notes = wait_for(lambda: zendesk.notes(ticket), timeout=15)
    assert len(notes) == 1 and notes[0]["body"].startswith("CRISIS")
    assert zendesk.tickets[ticket]["priority"] == "urgent"
