"""Zendesk: signed webhooks in, private internal notes out.

In: a webhook (event subscription ``zen:event-type:ticket.comment_added`` /
``ticket.created``, or a trigger on ticket created/updated whose JSON body carries
``{"ticket_id": "{{ticket.id}}"}``). Zendesk signs each request:
``X-Zendesk-Webhook-Signature = base64(HMAC-SHA256(secret, timestamp + body))`` with the
timestamp in ``X-Zendesk-Webhook-Signature-Timestamp`` (developer.zendesk.com,
"Verifying webhook authenticity").

Out: ``PUT /api/v2/tickets/{id}.json`` with ``comment.public = false`` (an internal note,
never a public reply); a crisis also sets ``priority: urgent`` and adds the
``caredraft_crisis`` tag (``additional_tags`` keeps the ticket's other tags), so the
helpdesk's own views and triggers pick it up. Auth: ``{email}/token:{api_token}``.

A new ticket's subject, when the customer wrote it, is screened with the first comment, as an
earlier message of the conversation (``InboundMessage.context``).
"""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import datetime
from typing import Mapping

import httpx

from caredraft.errors import HelpdeskUnavailable, InvalidInput, SignatureInvalid
from caredraft.integrations.base import (
    DeliveryFailed, Ignored, InboundMessage, Note, check_fresh, customer_subject, delivery_digest, header, hmac_sha256,
    json_object, same,
)
from caredraft.integrations.http import make_client, read, request


SIGNATURE = "X-Zendesk-Webhook-Signature"
TIMESTAMP = "X-Zendesk-Webhook-Signature-Timestamp"
COMMENT_ADDED = "zen:event-type:ticket.comment_added"
TICKET_CREATED = "zen:event-type:ticket.created"
AGENT_ROLES = {"agent", "admin"}


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """What Zendesk sends in X-Zendesk-Webhook-Signature (also used by the tests)."""
    return base64.b64encode(hmac_sha256(secret, timestamp.encode("utf-8") + body)).decode("ascii")


def _timestamp_seconds(value: str) -> float:
    # Zendesk sends ISO 8601 (e.g. 2024-04-17T17:18:10Z); accept epoch seconds as well.
    try:
        if value.isdigit():
            return float(value)
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            raise ValueError("no time zone")
        return parsed.timestamp()
    except ValueError as exc:
        raise SignatureInvalid(f"the {TIMESTAMP} header is not a timestamp") from exc


def _ticket_id(value) -> int:
    text = str(value if value is not None else "").strip()
    if text.startswith("zen:ticket:"):
        text = text.removeprefix("zen:ticket:")
    if not text.isdigit():
        raise InvalidInput("the Zendesk payload has no numeric ticket id", details={"field": "ticket_id"})
    return int(text)


class Zendesk:
    name = "zendesk"

    def __init__(self, *, base_url: str, email: str, api_token: str, webhook_secret: str,
                 tolerance_seconds: int = 300, timeout: float = 10.0) -> None:
        self.webhook_secret = webhook_secret
        self.tolerance_seconds = tolerance_seconds
        self.client = make_client(base_url, timeout=timeout, auth=httpx.BasicAuth(f"{email}/token", api_token),
                                  headers={"Accept": "application/json"})

    @classmethod
    def from_settings(cls, settings) -> "Zendesk":
        return cls(base_url=settings.resolved_zendesk_base_url, email=settings.zendesk_email,
                   api_token=settings.zendesk_api_token, webhook_secret=settings.zendesk_webhook_secret,
                   tolerance_seconds=settings.webhook_tolerance_seconds, timeout=settings.helpdesk_timeout)

    def close(self) -> None:
        self.client.close()

    # -- in ---------------------------------------------------------------------------------
    def verify(self, headers: Mapping[str, str], body: bytes, *, now: float) -> str:
        signature = header(headers, SIGNATURE)
        timestamp = header(headers, TIMESTAMP)
        if not same(sign(self.webhook_secret, timestamp, body), signature):
            raise SignatureInvalid("the Zendesk webhook signature does not match")
        check_fresh(_timestamp_seconds(timestamp), now=now, tolerance=self.tolerance_seconds)
        return delivery_digest(self.name, signature)

    def parse(self, body: bytes) -> InboundMessage | Ignored:
        data = json_object(body, helpdesk="Zendesk")
        event_type = data.get("type")
        if isinstance(event_type, str) and event_type.startswith("zen:event-type:"):
            return self._event(event_type, data)
        # A trigger's webhook: the body is what the admin wrote, e.g. {"ticket_id": "{{ticket.id}}"}.
        ticket = data.get("ticket") if isinstance(data.get("ticket"), dict) else {}
        ticket_id = data.get("ticket_id", ticket.get("id"))
        if ticket_id is None:
            raise InvalidInput("not a Zendesk ticket event: expected 'type' (event webhook) or 'ticket_id' (trigger)")
        return self.latest_customer_comment(_ticket_id(ticket_id))

    def _event(self, event_type: str, data: dict) -> InboundMessage | Ignored:
        detail = data.get("detail") if isinstance(data.get("detail"), dict) else {}
        if event_type == TICKET_CREATED:
            ticket_id = _ticket_id(detail.get("id", data.get("subject")))
            try:
                message = self.latest_customer_comment(ticket_id)
            except HelpdeskUnavailable:
                description = detail.get("description")
                if not isinstance(description, str) or not description.strip():
                    raise
                # Zendesk's API is away but the event carries the first comment: draft that rather
                # than risk losing a crisis to a webhook that is not retried.
                message = InboundMessage(helpdesk=self.name, thread_id=str(ticket_id), message_id="description",
                                         text=description, target={"ticket_id": ticket_id})
            return _with_subject(message, detail)
        if event_type != COMMENT_ADDED:
            return Ignored(f"{event_type} needs no draft")
        event = data.get("event") if isinstance(data.get("event"), dict) else {}
        comment = event.get("comment") if isinstance(event.get("comment"), dict) else {}
        author = comment.get("author") if isinstance(comment.get("author"), dict) else {}
        if not comment.get("is_public", False):
            return Ignored("a private comment (an internal note) needs no draft")
        if author.get("is_staff"):
            return Ignored("a comment by an agent needs no draft")
        text, comment_id = comment.get("body"), comment.get("id")
        if not isinstance(text, str) or not text.strip() or comment_id is None:
            return Ignored("the comment has no text")
        ticket_id = _ticket_id(detail.get("id", data.get("subject")))
        return InboundMessage(helpdesk=self.name, thread_id=str(ticket_id), message_id=str(comment_id), text=text,
                              target={"ticket_id": ticket_id})

    def latest_customer_comment(self, ticket_id: int) -> InboundMessage | Ignored:
        """The newest public comment by an end user, from ``GET /api/v2/tickets/{id}/comments``."""
        try:
            response = read(self.client, f"/api/v2/tickets/{ticket_id}/comments.json",
                            params={"sort_order": "desc", "include": "users"})
        except DeliveryFailed as failure:
            if failure.reason.endswith("HTTP 404"):
                return Ignored("the ticket does not exist (any more)")
            raise HelpdeskUnavailable("Zendesk could not be asked for the ticket's comments; retry later",
                                      details={"reason": failure.reason}) from failure
        data = response.json()
        roles = {user.get("id"): user.get("role") for user in data.get("users") or [] if isinstance(user, dict)}
        for comment in data.get("comments") or []:
            if not isinstance(comment, dict) or not comment.get("public"):
                continue
            if roles.get(comment.get("author_id")) in AGENT_ROLES:
                continue
            text = comment.get("plain_body") or comment.get("body")
            if isinstance(text, str) and text.strip() and comment.get("id") is not None:
                return InboundMessage(helpdesk=self.name, thread_id=str(ticket_id), message_id=str(comment["id"]),
                                      text=text, target={"ticket_id": ticket_id})
        return Ignored("the ticket has no public comment by the customer")

    # -- out --------------------------------------------------------------------------------
    def already_delivered(self, target: dict, note: Note) -> bool:
        response = read(self.client, f"/api/v2/tickets/{int(target['ticket_id'])}/comments.json",
                        params={"sort_order": "desc"})
        return any(not comment.get("public") and note.marker in (comment.get("body") or "")
                   for comment in response.json().get("comments") or [] if isinstance(comment, dict))

    def deliver(self, target: dict, note: Note) -> None:
        # One PUT: the note, the tags and the priority land together or not at all.
        ticket: dict = {"comment": {"body": note.body, "public": False}}
        if note.tags:
            ticket["additional_tags"] = list(note.tags)
        if note.crisis:
            ticket["priority"] = "urgent"
        request(self.client, "PUT", f"/api/v2/tickets/{int(target['ticket_id'])}.json", json={"ticket": ticket})


def _with_subject(message: InboundMessage | Ignored, detail: dict) -> InboundMessage | Ignored:
    """A new ticket's subject, when the customer wrote it (they are its submitter), goes with the
    message as context: "I can't go on" as the subject of "please cancel my subscription" is the
    customer's words too. An agent who opened the ticket for someone wrote an agent's subject."""
    submitter, requester = detail.get("submitter_id"), detail.get("requester_id")
    if not isinstance(message, InboundMessage) or (submitter is not None and submitter != requester):
        return message
    return replace(message, context=customer_subject(detail.get("subject"), message.text))
