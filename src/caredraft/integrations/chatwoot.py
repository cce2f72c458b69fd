"""Chatwoot: signed ``message_created`` webhooks in, private notes out.

In: an account webhook, API-inbox webhook or agent bot subscribed to ``message_created``.
Chatwoot signs deliveries (account webhooks since the per-webhook secret, chatwoot PR
#13573; agent bots and API inboxes since PR #13892):
``X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret, "{timestamp}.{body}")>`` with
``X-Chatwoot-Timestamp`` in Unix seconds. Older Chatwoot versions send no signature and
are refused (see the README): caredraft accepts no unsigned customer text.

Out (application API, header ``api_access_token``):
``POST /api/v1/accounts/{a}/conversations/{c}/messages`` with ``private: true`` (a private
note, never a reply); for a crisis first the ``caredraft_crisis`` label (``/labels`` replaces
the list, so the current labels are read and kept), ``toggle_priority`` to urgent and an
assignment to the configured crisis team. The note goes last, so "the note is there" means
the whole write-back landed.
"""

from __future__ import annotations

import logging
from typing import Mapping

from caredraft.errors import InvalidInput, SignatureInvalid
from caredraft.integrations.base import (
    DeliveryFailed, Ignored, InboundMessage, Note, check_fresh, customer_subject, delivery_digest, header, hmac_sha256,
    json_object, same,
)
from caredraft.integrations.http import make_client, read, request

log = logging.getLogger(__name__)

SIGNATURE = "X-Chatwoot-Signature"
TIMESTAMP = "X-Chatwoot-Timestamp"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """What Chatwoot sends in X-Chatwoot-Signature (also used by the tests)."""
    return "sha256=" + hmac_sha256(secret, f"{timestamp}.".encode("utf-8") + body).hex()


def _int(value, field: str) -> int:
    text = str(value if value is not None else "").strip()
    if not text.isdigit():
        raise InvalidInput(f"the Chatwoot payload has no numeric {field}", details={"field": field})
    return int(text)


def _email_subject(data: dict, conversation: dict) -> str | None:
    """An e-mail inbox's subject: the message's own (``content_attributes.email.subject``), else the
    conversation's (``additional_attributes.mail_subject``). The customer who starts an e-mail
    conversation writes it ("I can't go on" above "please cancel my plan"); a reply's "Re:" subject
    may be ours, and ``customer_subject`` leaves it out. Chat inboxes have none."""
    attributes = data.get("content_attributes") if isinstance(data.get("content_attributes"), dict) else {}
    email = attributes.get("email") if isinstance(attributes.get("email"), dict) else {}
    if isinstance(email.get("subject"), str):
        return email["subject"]
    extra = conversation.get("additional_attributes") if isinstance(conversation.get("additional_attributes"), dict) else {}
    subject = extra.get("mail_subject")
    return subject if isinstance(subject, str) else None


class Chatwoot:
    name = "chatwoot"

    def __init__(self, *, base_url: str, api_token: str, account_id: int, webhook_secret: str,
                 crisis_team_id: int | None = None, tolerance_seconds: int = 300, timeout: float = 10.0) -> None:
        self.account_id = int(account_id)
        self.crisis_team_id = crisis_team_id
        self.webhook_secret = webhook_secret
        self.tolerance_seconds = tolerance_seconds
        self.client = make_client(base_url.rstrip("/"), timeout=timeout,
                                  headers={"api_access_token": api_token, "Accept": "application/json"})

    @classmethod
    def from_settings(cls, settings) -> "Chatwoot":
        return cls(base_url=settings.chatwoot_base_url, api_token=settings.chatwoot_api_token,
                   account_id=settings.chatwoot_account_id, webhook_secret=settings.chatwoot_webhook_secret,
                   crisis_team_id=settings.chatwoot_crisis_team_id,
                   tolerance_seconds=settings.webhook_tolerance_seconds, timeout=settings.helpdesk_timeout)

    def close(self) -> None:
        self.client.close()

    # -- in ---------------------------------------------------------------------------------
    def verify(self, headers: Mapping[str, str], body: bytes, *, now: float) -> str:
        signature = header(headers, SIGNATURE)
        timestamp = header(headers, TIMESTAMP)
        if not same(sign(self.webhook_secret, timestamp, body), signature):
            raise SignatureInvalid("the Chatwoot webhook signature does not match")
        if not timestamp.isdigit():
            raise SignatureInvalid(f"the {TIMESTAMP} header is not Unix seconds")
        check_fresh(float(timestamp), now=now, tolerance=self.tolerance_seconds)
        return delivery_digest(self.name, signature)

    def parse(self, body: bytes) -> InboundMessage | Ignored:
        data = json_object(body, helpdesk="Chatwoot")
        if data.get("event") != "message_created":
            return Ignored(f"{data.get('event')!s:.40} needs no draft")
        # Only what the customer wrote: not agents' replies, not private notes (ours included).
        if data.get("message_type") not in ("incoming", 0) or data.get("private"):
            return Ignored("only a customer's incoming message gets a draft")
        sender = data.get("sender") if isinstance(data.get("sender"), dict) else {}
        if sender.get("type") not in (None, "contact"):
            return Ignored("the message is not from a contact")
        text = data.get("content")
        if not isinstance(text, str) or not text.strip():
            return Ignored("the message has no text")
        account = data.get("account") if isinstance(data.get("account"), dict) else {}
        conversation = data.get("conversation") if isinstance(data.get("conversation"), dict) else {}
        account_id = _int(account.get("id"), "account.id")
        # The API addresses a conversation by its display id (webhooks send it as id, older docs as display_id).
        conversation_id = _int(conversation.get("display_id", conversation.get("id")), "conversation.id")
        message_id = _int(data.get("id"), "id")
        if account_id != self.account_id:
            return Ignored("the message belongs to another Chatwoot account")
        return InboundMessage(helpdesk=self.name, thread_id=f"{account_id}/{conversation_id}",
                              message_id=str(message_id), text=text,
                              target={"account_id": account_id, "conversation_id": conversation_id},
                              context=customer_subject(_email_subject(data, conversation), text))

    # -- out --------------------------------------------------------------------------------
    @staticmethod
    def _base(target: dict) -> str:
        return f"/api/v1/accounts/{int(target['account_id'])}/conversations/{int(target['conversation_id'])}"

    def already_delivered(self, target: dict, note: Note) -> bool:
        response = read(self.client, f"{self._base(target)}/messages")
        messages = response.json().get("payload") or []
        return any(isinstance(m, dict) and m.get("private") and note.marker in (m.get("content") or "")
                   for m in messages)

    def deliver(self, target: dict, note: Note) -> None:
        base = self._base(target)
        if note.tags:
            current = read(self.client, f"{base}/labels").json().get("payload") or []
            wanted = sorted(set(current) | set(note.tags))
            if set(wanted) != set(current):
                request(self.client, "POST", f"{base}/labels", json={"labels": wanted})
        if note.crisis:
            try:
                request(self.client, "POST", f"{base}/toggle_priority", json={"priority": "urgent"})
            except DeliveryFailed as failure:
                if not failure.reason.endswith("HTTP 404"):
                    raise
                # A Chatwoot without conversation priorities: the label and the team still flag it.
                log.warning("chatwoot has no toggle_priority endpoint; crisis flagged by label and team only")
            if self.crisis_team_id is not None:
                request(self.client, "POST", f"{base}/assignments", json={"team_id": self.crisis_team_id})
        request(self.client, "POST", f"{base}/messages",
                json={"content": note.body, "message_type": "outgoing", "private": True, "content_type": "text"})
