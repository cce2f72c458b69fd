"""Drafts over real HTTP: creation, routing, idempotent retries, redaction, fail-closed."""

from __future__ import annotations

import uuid

from api.conftest import CRISIS, ORDINARY, start_api
from api.fakes import BrokenEverythingPipeline, BrokenRunPipeline


def test_ordinary_message_gets_a_stored_draft_with_citations(api):
    body = api.draft(ORDINARY, ticket_id="T-1", channel="email", language="en",
                     history=[{"role": "customer", "text": "Hi"}, {"role": "agent", "text": "Hello, how can I help?"}])
    assert body["status"] in ("drafted", "pending")
    assert body["route"] in ("auto", "human_review")
    assert body["draft"]["text"] and body["draft"]["language"] == "en"
    assert body["citations"], "a billing question should cite a policy passage"
    assert body["screening"]["language"] == "en"
    with api.client("agent") as agent:
        again = agent.get(f"/v1/drafts/{body['id']}")
    assert again.status_code == 200
    fetched = again.json()
    assert fetched["id"] == body["id"] and fetched["draft"] == body["draft"] and fetched["check"] == body["check"]
    assert fetched["ticket_id"] == "T-1" and fetched["channel"] == "email"


def test_crisis_message_goes_to_clinical_review_and_is_redacted_for_agents(api):
    body = api.draft(CRISIS)
    assert body["route"] == "clinical_review" and body["status"] == "pending"
    assert body["draft"]["ready_to_send"] is False
    assert body["redacted"] is True and body["customer_text"] is None and body["screening"] is None
    with api.client("clinician") as clinician:
        item = clinician.get(f"/v1/review/items/{body['id']}").json()
    assert item["customer_text"] == CRISIS
    assert item["evidence"], "the clinician sees the evidence"
    assert all(CRISIS[s["start"]:s["end"]] == s["evidence"] for s in item["evidence"])
    assert item["waited_seconds"] >= 0


EARLIER_CRISIS = [{"role": "customer", "text": "I can't get into the app again."},
                  {"role": "agent", "text": "Sorry about that, we're looking into it."},
                  {"role": "customer", "text": "My husband hit me again last night and took my phone."}]


def test_a_crisis_in_an_earlier_message_of_the_conversation_goes_to_clinical_review(api):
    # The newest message alone is an ordinary request (guardrails/thread.py reads the conversation).
    body = api.draft("can you send the invoice to my email instead", language="en", history=EARLIER_CRISIS)
    assert body["route"] == "clinical_review" and body["draft"]["ready_to_send"] is False
    assert body["redacted"] is True
    with api.client("clinician") as clinician:
        item = clinician.get(f"/v1/review/items/{body['id']}").json()
    assert item["history"] == EARLIER_CRISIS
    quoted = [s for s in item["evidence"] if s["turn"] is not None]
    assert quoted, item["evidence"]
    for s in quoted:  # the evidence quotes the earlier message it names, at its offsets
        assert EARLIER_CRISIS[s["turn"]]["role"] == "customer"
        assert EARLIER_CRISIS[s["turn"]]["text"][s["start"]:s["end"]] == s["evidence"]


def test_screen_reads_the_conversation_too(api):
    with api.client("agent") as agent:
        alone = agent.post("/v1/screen", json={"text": "can you send the invoice to my email instead", "language": "en"})
        with_history = agent.post("/v1/screen", json={"text": "can you send the invoice to my email instead",
                                                          "language": "en", "history": EARLIER_CRISIS})
    assert alone.status_code == 200 and alone.json()["route"] == "auto"
    assert with_history.status_code == 200, with_history.text
    assert with_history.json()["route"] == "clinical_review"
    assert {s["turn"] for s in with_history.json()["signals"]} == {2}


def test_screen_leaves_out_the_agents_words_quoted_in_a_reply(api):
    footer = "If you ever have thoughts of suicide or self-harm, please call or text 988 any time."
    reply = f"Thanks, that worked!\n\nOn Mon, 1 Dec 2026, Lumen Care <care@lumen.example> wrote:\n> {footer}"
    history = [{"role": "customer", "text": "You charged me twice."},
               {"role": "agent", "text": f"We have refunded the double charge. {footer}"}]
    with api.client("agent") as agent:
        unknown = agent.post("/v1/screen", json={"text": reply, "language": "en"})
        known = agent.post("/v1/screen", json={"text": reply, "language": "en", "history": history})
    assert unknown.status_code == 200 and unknown.json()["route"] == "clinical_review"
    assert known.status_code == 200 and known.json()["route"] == "auto", known.json()["reasons"]
    assert any("quoted line" in r for r in known.json()["reasons"])


def test_retry_with_the_same_idempotency_key_returns_the_same_draft(api):
    key = uuid.uuid4().hex
    with api.client("agent") as agent:
        first = agent.post("/v1/drafts", json={"text": ORDINARY}, headers={"Idempotency-Key": key})
        second = agent.post("/v1/drafts", json={"text": ORDINARY}, headers={"Idempotency-Key": key})
        other = agent.post("/v1/drafts", json={"text": ORDINARY + " Thanks."}, headers={"Idempotency-Key": key})
    assert first.status_code == 201 and second.status_code == 200
    assert second.headers["Idempotent-Replayed"] == "true"
    assert first.json()["id"] == second.json()["id"]
    assert first.json()["draft"] == second.json()["draft"]
    assert other.status_code == 409 and other.json()["error"]["code"] == "conflict"


def test_missing_idempotency_key_is_a_clear_error(api):
    with api.client("agent") as agent:
        response = agent.post("/v1/drafts", json={"text": ORDINARY})
    assert response.status_code == 422
    assert "Idempotency-Key" in response.json()["error"]["message"]


def test_unknown_draft_is_404(api):
    with api.client("agent") as agent:
        response = agent.get(f"/v1/drafts/{uuid.uuid4()}")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_a_crashing_pipeline_still_screens_and_queues_for_review(pipeline, backend, tmp_path):
    api = start_api(BrokenRunPipeline(pipeline), backend, tmp_path / "data")
    try:
        api.create_keys()
        ordinary = api.draft(ORDINARY)
        crisis = api.draft(CRISIS)
    finally:
        api.server.stop()
    assert ordinary["route"] == "human_review" and ordinary["status"] == "pending" and ordinary["degraded"]
    assert ordinary["draft"]["ready_to_send"] is False
    assert any("pipeline failed" in reason for reason in ordinary["reasons"])
    assert crisis["route"] == "clinical_review" and crisis["degraded"]
    assert crisis["draft"]["text"], "crisis items still get the safe holding message"


def test_when_screening_is_broken_too_everything_goes_to_clinicians(pipeline, backend, tmp_path):
    api = start_api(BrokenEverythingPipeline(pipeline), backend, tmp_path / "data")
    try:
        api.create_keys()
        body = api.draft(ORDINARY)
    finally:
        api.server.stop()
    assert body["route"] == "clinical_review" and body["status"] == "pending"
