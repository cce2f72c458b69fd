"""Chatwoot: a signed message_created from a customer makes exactly one private note; forged,
stale and replayed deliveries are refused with nothing stored; a crisis conversation is
labelled, made urgent and assigned to the crisis team, with only a private note; a Chatwoot
that is down gets its note when it is back."""

from __future__ import annotations

import time

from api.conftest import CRISIS, ORDINARY
from integrations.conftest import (
    CRISIS_TEAM, chatwoot_headers, count_rows, drafts_for, encode, post, send_chatwoot, settle, wait_for,
)
from integrations.payloads import chatwoot_message_created


def _non_private_writes(chatwoot, conversation_id: int) -> list:
    return [r for r in chatwoot.writes(f"/conversations/{conversation_id}/messages") if r.body.get("private") is not True]


def test_signed_message_gets_exactly_one_private_note_and_a_retry_adds_none(caredraft, chatwoot):
    conversation = 301
    payload = chatwoot_message_created(conversation, 9001, ORDINARY)
    response = send_chatwoot(caredraft, payload)
    assert response.status_code == 202, response.text
    ack = response.json()
    assert ack["status"] == "accepted" and ack["route"] == "auto"

    notes = wait_for(lambda: chatwoot.notes(conversation))
    assert len(notes) == 1
    assert notes[0]["private"] is True and notes[0]["message_type"] == "outgoing"
    assert "Suggested reply:" in notes[0]["content"]

    retry = send_chatwoot(caredraft, payload, at=time.time() + 1)  # Chatwoot's retry: a new timestamp
    assert retry.status_code == 200 and retry.json()["status"] == "duplicate"
    settle()
    assert len(chatwoot.notes(conversation)) == 1
    assert drafts_for(caredraft, f"chatwoot:1/{conversation}:9001") == 1
    assert _non_private_writes(chatwoot, conversation) == []
    assert chatwoot.conversation(conversation)["labels"] == []  # an ordinary message gets no label


def test_forged_stale_and_replayed_deliveries_are_refused(caredraft, chatwoot):
    conversation = 302
    before = (count_rows(caredraft, "drafts"), count_rows(caredraft, "helpdesk_outbox"))
    forged = send_chatwoot(caredraft, chatwoot_message_created(conversation, 9002, ORDINARY), secret="guessed")
    assert forged.status_code == 401 and forged.json()["error"]["code"] == "signature_invalid"
    old = send_chatwoot(caredraft, chatwoot_message_created(conversation, 9003, ORDINARY), at=time.time() - 3600)
    assert old.status_code == 401 and old.json()["error"]["code"] == "signature_invalid"
    settle(0.5)
    assert (count_rows(caredraft, "drafts"), count_rows(caredraft, "helpdesk_outbox")) == before
    assert chatwoot.writes(f"/conversations/{conversation}/") == []

    body = encode(chatwoot_message_created(conversation, 9004, ORDINARY))
    headers = chatwoot_headers(body)
    assert post(caredraft, "/v1/webhooks/chatwoot", body, headers).status_code == 202
    stored = (count_rows(caredraft, "drafts"), count_rows(caredraft, "helpdesk_outbox"))
    replay = post(caredraft, "/v1/webhooks/chatwoot", body, headers)
    assert replay.status_code == 401 and replay.json()["error"]["code"] == "replayed_delivery"
    assert (count_rows(caredraft, "drafts"), count_rows(caredraft, "helpdesk_outbox")) == stored


def test_crisis_is_labelled_urgent_and_assigned_to_the_crisis_team(caredraft, chatwoot):
    conversation = 303
    chatwoot.conversation(conversation, labels=["billing"])
    response = send_chatwoot(caredraft, chatwoot_message_created(conversation, 9005, CRISIS))
    assert response.status_code == 202, response.text
    assert response.json()["route"] == "clinical_review"

    notes = wait_for(lambda: chatwoot.notes(conversation))
    assert len(notes) == 1 and notes[0]["private"] is True
    state = chatwoot.conversation(conversation)
    assert sorted(state["labels"]) == ["billing", "caredraft_crisis"]  # the agent's label kept
    assert state["priority"] == "urgent"
    assert state["team_id"] == CRISIS_TEAM
    body = notes[0]["content"]
    assert body.startswith("CRISIS") and "Suggested reply" not in body and "kill myself" in body
    assert "Holding message for the agent" in body
    assert _non_private_writes(chatwoot, conversation) == []


def test_a_crisis_split_over_two_chat_messages_reaches_the_crisis_team(caredraft, chatwoot):
    # Read alone, neither message is a crisis; read in the conversation (the drafts stored under its
    # ticket id), the second is (guardrails/thread.py).
    conversation = 308
    first = send_chatwoot(caredraft, chatwoot_message_created(
        conversation, 9031, "What happens to my account if the account holder dies?"))
    assert first.status_code == 202 and first.json()["route"] != "clinical_review", first.text
    wait_for(lambda: chatwoot.notes(conversation))
    payload = chatwoot_message_created(conversation, 9032, "I'm asking for myself. It will be needed soon.")
    second = send_chatwoot(caredraft, payload)
    assert second.status_code == 202 and second.json()["route"] == "clinical_review", second.text
    wait_for(lambda: chatwoot.conversation(conversation).get("team_id") == CRISIS_TEAM)
    assert chatwoot.conversation(conversation)["priority"] == "urgent"
    # Another conversation's messages are not this one's history.
    other = send_chatwoot(caredraft, chatwoot_message_created(309, 9033, "I'm asking for myself. It will be needed soon."))
    assert other.status_code == 202 and other.json()["route"] != "clinical_review", other.text
    with caredraft.client("clinician") as clinician:
        item = clinician.get(f"/v1/review/items/{second.json()['draft_id']}").json()
    assert item["history"] == [{"role": "customer", "text": "What happens to my account if the account holder dies?"}]
    # The same delivery again (a new signature, as a helpdesk's retry) is the same request: no conflict.
    send_chatwoot(caredraft, chatwoot_message_created(conversation, 9034, "Thanks."))  # a later message first
    again = send_chatwoot(caredraft, payload, at=time.time() + 1)
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    assert again.json()["draft_id"] == second.json()["draft_id"]


def _email(conversation: int, message_id: int, text: str, subject: str) -> dict:
    """An e-mail inbox's message_created: the subject in content_attributes.email (Chatwoot's
    MailPresenter#serialized_data) and in the conversation's mail_subject."""
    payload = chatwoot_message_created(conversation, message_id, text)
    payload["content_type"] = "incoming_email"
    payload["content_attributes"] = {"email": {"subject": subject, "from": ["sam@example.com"]}}
    payload["conversation"]["channel"] = "Channel::Email"
    payload["conversation"]["additional_attributes"] = {"mail_subject": subject, "source": "email"}
    return payload


def test_an_email_subject_the_customer_wrote_is_read_with_the_message(caredraft, chatwoot):
    subject = "I can't go on living like this"
    crisis = send_chatwoot(caredraft, _email(310, 9041, "Please cancel my subscription from next month.", subject))
    assert crisis.status_code == 202 and crisis.json()["route"] == "clinical_review", crisis.text
    with caredraft.client("clinician") as clinician:
        item = clinician.get(f"/v1/review/items/{crisis.json()['draft_id']}").json()
    assert item["history"] == [{"role": "customer", "text": subject}]
    assert any(s["turn"] == 0 and subject[s["start"]:s["end"]] == s["evidence"] for s in item["evidence"])
    # A reply's subject is the subject of the message it answers, which may be ours: not read.
    reply = send_chatwoot(caredraft, _email(311, 9042, "Please cancel my subscription from next month.",
                                            f"Re: {subject}"))
    assert reply.status_code == 202 and reply.json()["route"] != "clinical_review", reply.text


def test_agent_replies_and_private_notes_get_no_draft(caredraft, chatwoot):
    conversation = 304
    before = count_rows(caredraft, "drafts")
    outgoing = send_chatwoot(caredraft, chatwoot_message_created(conversation, 9006, "Refund sent.",
                                                                 message_type="outgoing"))
    note_echo = send_chatwoot(caredraft, chatwoot_message_created(conversation, 9007, "caredraft suggestion",
                                                                  message_type="outgoing", private=True))
    other_account = send_chatwoot(caredraft, chatwoot_message_created(conversation, 9008, ORDINARY, account_id=99))
    for response in (outgoing, note_echo, other_account):
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "ignored"
    assert count_rows(caredraft, "drafts") == before


def test_chatwoot_down_gets_the_note_when_it_is_back(caredraft, chatwoot):
    conversation = 305
    chatwoot.down = True
    try:
        response = send_chatwoot(caredraft, chatwoot_message_created(conversation, 9009, CRISIS))
        assert response.status_code == 202, response.text
        outbox_id = response.json()["outbox_id"]
        assert wait_for(lambda: count_rows(caredraft, "helpdesk_outbox", "WHERE id = :id AND attempts >= 2",
                                           id=outbox_id), timeout=15)
        assert chatwoot.notes(conversation) == []
    finally:
        chatwoot.down = False
    notes = wait_for(lambda: chatwoot.notes(conversation), timeout=15)
    settle()
    assert len(chatwoot.notes(conversation)) == 1 and notes[0]["private"] is True
    assert chatwoot.conversation(conversation)["team_id"] == CRISIS_TEAM


def test_a_message_too_long_to_draft_still_reaches_an_agent(caredraft, chatwoot):
    conversation = 306
    limit = caredraft.settings.max_message_chars
    before = count_rows(caredraft, "drafts")
    response = send_chatwoot(caredraft, chatwoot_message_created(conversation, 9010, "I need help. " * (limit // 10)))
    assert response.status_code == 202, response.text
    assert "not drafted" in response.json()["reason"]
    notes = wait_for(lambda: chatwoot.notes(conversation))
    assert len(notes) == 1 and notes[0]["private"] is True
    assert "did not draft" in notes[0]["content"] and "read it yourself" in notes[0]["content"]
    assert chatwoot.conversation(conversation)["labels"] == ["caredraft_review"]
    assert count_rows(caredraft, "drafts") == before
