"""What every helpdesk integration does, and the parts they share.

A helpdesk turns a signed webhook into one customer message (``InboundMessage``), and
writes a suggestion back as a private note (``Note``). The route in
``caredraft.api.routes.webhooks`` drives both through the ``Helpdesk`` protocol; the
durable outbox (``caredraft.integrations.outbox``) retries the write-back until it lands.

Nothing here is ever posted publicly: a note is always an internal/private note, and a
crisis note carries no reply text to send, only the evidence and the holding message.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass, field
from typing import Mapping, Protocol

from caredraft.domain import DraftResult, Route
from caredraft.errors import InvalidInput, SignatureInvalid

CRISIS_TAG = "caredraft_crisis"
REVIEW_TAG = "caredraft_review"
MARKER_PREFIX = "caredraft ref:"  # ends every note; lets a retry see that a note already landed


@dataclass(frozen=True)
class InboundMessage:
    """One customer message from a helpdesk, with where its suggestion goes back to."""

    helpdesk: str
    thread_id: str  # Zendesk ticket id; Chatwoot "<account>/<conversation>"
    message_id: str  # comment or message id: a retry of the same event has the same one
    text: str
    target: dict  # what the write-back needs, e.g. {"ticket_id": 123}
    language: str | None = None
    # The customer's own words that came with the message but are no message of their own (a new
    # ticket's subject): screened as earlier messages of the conversation (guardrails/thread.py).
    context: tuple[str, ...] = ()

    @property
    def idempotency_key(self) -> str:
        return f"{self.helpdesk}:{self.thread_id}:{self.message_id}"


@dataclass(frozen=True)
class Ignored:
    """A verified delivery that needs no draft (an agent's comment, our own note, another event)."""

    reason: str


@dataclass(frozen=True)
class Note:
    """The write-back: a private note, plus what a crisis changes on the ticket."""

    body: str
    marker: str
    crisis: bool = False
    review: bool = False
    tags: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"body": self.body, "marker": self.marker, "crisis": self.crisis, "review": self.review,
                "tags": list(self.tags)}

    @classmethod
    def from_json(cls, data: dict) -> "Note":
        return cls(body=data["body"], marker=data["marker"], crisis=bool(data.get("crisis")),
                   review=bool(data.get("review")), tags=list(data.get("tags") or []))


class Helpdesk(Protocol):
    name: str

    def verify(self, headers: Mapping[str, str], body: bytes, *, now: float) -> str:
        """Check the delivery's signature and time; return a digest naming this delivery (for
        replay detection). Raises ``SignatureInvalid``."""
        ...

    def parse(self, body: bytes) -> InboundMessage | Ignored:
        """The customer message in a verified delivery. Raises ``InvalidInput`` for a body that
        is not the vendor's shape, ``HelpdeskUnavailable`` when the helpdesk must be asked and fails."""
        ...

    def already_delivered(self, target: dict, note: Note) -> bool:
        """After a failed or unclear attempt: is the note there already? (No second note.)"""
        ...

    def deliver(self, target: dict, note: Note) -> None:
        """Write the note back (and for a crisis: priority, tag, label, team). Raises
        ``DeliveryFailed`` when the helpdesk did not accept it."""
        ...


class DeliveryFailed(Exception):
    """A write-back the helpdesk did not accept; the outbox retries it later."""

    def __init__(self, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason[:500]
        self.retry_after = retry_after


# -- subjects -------------------------------------------------------------------------------
# "Re:", "Fwd:", "AW:", "Ответ:", "Отг:", "پاسخ:": a reply keeps the subject of the message it answers,
# which may be ours (a reminder, a campaign), so it is not the customer's words.
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|fwd?|aw|wg|sv|vs|tr|ответ|отв|пересл|отг|пр|پاسخ|ارجاع)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


def customer_subject(subject, text: str) -> tuple[str, ...]:
    """The subject as context for the message (an earlier message of the conversation, screened
    with it), or nothing: no subject, a reply's or forward's subject, or one the text already holds."""
    if not isinstance(subject, str) or not subject.strip() or _REPLY_SUBJECT.match(subject):
        return ()
    subject = subject.strip()
    return () if subject in text else (subject,)


# -- signatures -----------------------------------------------------------------------------
def hmac_sha256(secret: str, message: bytes) -> bytes:
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).digest()


def same(expected: str, given: str) -> bool:
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def check_fresh(sent_at: float, *, now: float, tolerance: int) -> None:
    # Both directions: a far-future timestamp is as suspicious as an old one.
    if abs(now - sent_at) > tolerance:
        raise SignatureInvalid("the webhook timestamp is outside the accepted window (stale or replayed)",
                               details={"tolerance_seconds": tolerance})


def delivery_digest(helpdesk: str, signature: str) -> str:
    return hashlib.sha256(f"{helpdesk}:{signature}".encode("utf-8")).hexdigest()


def json_object(body: bytes, *, helpdesk: str) -> dict:
    """A webhook body as a JSON object, or a 4xx naming the helpdesk (never a 500)."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"the {helpdesk} webhook body is not JSON") from exc
    if not isinstance(data, dict):
        raise InvalidInput(f"the {helpdesk} webhook body is not a JSON object")
    return data


def header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name) or headers.get(name.lower())
    if not value:
        raise SignatureInvalid(f"the {name} header is missing")
    return value.strip()


# -- the note -------------------------------------------------------------------------------
_CRISIS_HEAD = ("CRISIS - caredraft found signs that this customer may be at risk. Do not send an automatic "
                "reply: follow your crisis procedure now, and have a clinician review before anyone replies.")


def too_long_note(*, key: str, limit: int) -> Note:
    """A message too long to draft is not refused (the helpdesk would retry it for ever, and a
    crisis would be lost): the agent is told to read it, and the ticket is marked for review."""
    marker = f"{MARKER_PREFIX} {key}"
    body = (f"caredraft did not draft a reply: the message is longer than {limit} characters, so it was not "
            f"screened either. Please read it yourself, with your crisis procedure in mind.\n\n{marker}")
    return Note(body=body, marker=marker, review=True, tags=[REVIEW_TAG])


def render_note(*, draft_id: str, result: DraftResult | None, degraded: bool = False) -> Note:
    """The private note for one stored draft. Crisis notes have no reply text to send."""
    marker = f"{MARKER_PREFIX} {draft_id}"
    if result is None:  # never processed: a person must read it
        return Note(body=f"caredraft could not draft a reply; please read the message and reply yourself.\n\n{marker}",
                    marker=marker, review=True, tags=[REVIEW_TAG])
    crisis_signals = result.screening.crisis_signals
    crisis = result.route == Route.CLINICAL_REVIEW or bool(crisis_signals)
    lines: list[str] = []
    if crisis:
        lines.append(_CRISIS_HEAD)
        if crisis_signals:
            lines.append("")
            lines.append("Evidence in the customer's messages:")
            for signal in crisis_signals:
                where = "" if signal.turn is None else " (an earlier message of this conversation)"
                lines.append(f'- {signal.category} ({signal.severity}): "{signal.evidence}"{where}')
        if result.reasons:
            lines.append("")
            lines.append("Why: " + "; ".join(result.reasons))
        if result.draft.text:
            lines.append("")
            lines.append("Holding message for the agent (guidance for your own words; not approved to send):")
            lines.append(result.draft.text)
        lines += ["", marker]
        return Note(body="\n".join(lines), marker=marker, crisis=True, tags=[CRISIS_TAG])

    review = result.route != Route.AUTO
    if review:
        lines.append(f"caredraft suggestion - needs review before sending (route: {result.route.value}).")
        if result.reasons:
            lines.append("Why: " + "; ".join(result.reasons))
    else:
        lines.append("caredraft suggestion - check it, then send it in your own reply if it fits.")
    if degraded:
        lines.append("A caredraft component failed while drafting; read the message yourself.")
    lines.append("")
    if result.draft.text:
        lines.append("Suggested reply:")
        lines.append(result.draft.text)
    else:
        lines.append("No draft: please write this reply yourself.")
    if result.draft.citations:
        lines.append("")
        lines.append("Policy cited: " + ", ".join(result.draft.citations))
    lines += ["", marker]
    return Note(body="\n".join(lines), marker=marker, review=review, tags=[REVIEW_TAG] if review else [])
