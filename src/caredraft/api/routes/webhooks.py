"""Helpdesk webhooks (Zendesk, Chatwoot) and the write-back outbox's status.

A delivery is verified (signature and time window; a signature seen before is a replay)
before anything is stored. A verified customer message is drafted through the same
``DraftService`` as ``POST /v1/drafts`` (so it is persisted and lands in the review queues),
with an idempotency key of helpdesk + ticket + comment: a retried delivery gives the same
draft and the same single outbox row, so exactly one private note. The answer comes before
the write-back; the outbox delivers it (now, or when the helpdesk is back).
"""

from __future__ import annotations

import time
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from caredraft.api.deps import AuditorDep
from caredraft.api.errors import AUTH_ERRORS, responses
from caredraft.domain import Ticket
from caredraft.errors import Conflict, IntegrationNotConfigured, ReplayedDelivery
from caredraft.integrations import TITLES, Integrations, missing_settings
from caredraft.integrations.base import Helpdesk, Ignored, render_note, too_long_note

router = APIRouter(prefix="/v1", tags=["integrations"])


class WebhookAck(BaseModel):
    status: Literal["accepted", "duplicate", "ignored"] = Field(
        description="accepted: drafted, note queued; duplicate: a retry of a delivery already drafted; "
                    "ignored: verified, but nothing to draft (reason says why)")
    reason: str | None = None
    draft_id: str | None = None
    route: str | None = None
    outbox_id: str | None = None


class OutboxEntry(BaseModel):
    id: str
    helpdesk: str
    draft_id: str
    status: str
    attempts: int
    next_attempt_at: str
    last_error: str | None = None
    created_at: str
    delivered_at: str | None = None


class OutboxStatus(BaseModel):
    counts: dict[str, int]
    configured: list[str]
    items: list[OutboxEntry]


def _helpdesk(request: Request, name: str) -> tuple[Integrations, Helpdesk]:
    integrations: Integrations = request.app.state.integrations
    helpdesk = integrations.helpdesks.get(name)
    if helpdesk is None:
        missing = missing_settings(request.app.state.settings, name)
        raise IntegrationNotConfigured(f"the {TITLES[name]} integration is not configured; set {', '.join(missing)}",
                                       details={"missing": missing})
    return integrations, helpdesk


def _accept(request: Request, integrations: Integrations, helpdesk: Helpdesk, headers: dict,
            body: bytes) -> WebhookAck:
    outbox, state = integrations.outbox, request.app.state
    digest = helpdesk.verify(headers, body, now=time.time())
    if outbox.seen(digest):
        raise ReplayedDelivery("this webhook delivery was accepted before; a replay is refused")
    message = helpdesk.parse(body)
    if isinstance(message, Ignored):
        outbox.remember(digest, helpdesk.name)
        return WebhookAck(status="ignored", reason=message.reason)
    if len(message.text) > state.settings.max_message_chars:
        return _too_long(outbox, helpdesk, digest, message, state.settings.max_message_chars)
    ticket = _ticket(state, helpdesk, message)
    try:
        record, _ = state.service.submit(ticket=ticket, idempotency_key=message.idempotency_key)
    except Conflict:
        # Same comment id, different text (an edited comment): the first draft and note stand.
        outbox.remember(digest, helpdesk.name)
        return WebhookAck(status="duplicate", reason="this comment was drafted before with other text")
    note = render_note(draft_id=record.id, result=record.result, degraded=record.degraded)
    item, created = outbox.enqueue(idempotency_key=message.idempotency_key, helpdesk=helpdesk.name,
                                   draft_id=record.id, target=message.target, note=note)
    outbox.remember(digest, helpdesk.name)
    if created:
        state.repository.append_audit(actor=f"webhook:{helpdesk.name}", action="webhook.draft", item_id=record.id,
                                      details={"helpdesk": helpdesk.name, "thread": message.thread_id,
                                               "route": record.route.value if record.route else None,
                                               "outbox_id": item.id, "crisis": note.crisis})
    return WebhookAck(status="accepted" if created else "duplicate", draft_id=record.id,
                      route=record.route.value if record.route else None, outbox_id=item.id)


def _ticket(state, helpdesk: Helpdesk, message) -> Ticket:
    """The message as a ticket, with the customer's earlier messages of the same conversation as its
    history (the drafts stored under its ticket id): a chat splits a crisis over messages ("What
    happens to my account if the holder dies?", then "asking for myself"), and a crisis said earlier
    makes the conversation's later messages a clinician's (guardrails/thread.py). A redelivered
    message keeps the ticket it was first stored with, so its retry is the same request."""
    first = state.repository.find_by_key(idempotency_key=message.idempotency_key)
    if first is not None:
        return first.ticket
    ticket_id = f"{helpdesk.name}:{message.thread_id}"
    earlier = state.repository.latest_in_ticket(ticket_id=ticket_id, limit=state.settings.screening_history_messages)
    history = [record.ticket.text for record in earlier] + list(message.context)  # a subject comes before the first comment's draft
    return Ticket(text=message.text, language=message.language, ticket_id=ticket_id, channel=helpdesk.name,
                  history=[{"role": "customer", "text": text} for text in history])


def _too_long(outbox, helpdesk: Helpdesk, digest: str, message, limit: int) -> WebhookAck:
    item, created = outbox.enqueue(idempotency_key=message.idempotency_key, helpdesk=helpdesk.name, draft_id="-",
                                   target=message.target, note=too_long_note(key=message.idempotency_key, limit=limit))
    outbox.remember(digest, helpdesk.name)
    return WebhookAck(status="accepted" if created else "duplicate", outbox_id=item.id,
                      reason=f"longer than {limit} characters: not drafted, the agent is asked to read it")


async def _receive(request: Request, name: str) -> JSONResponse:
    integrations, helpdesk = _helpdesk(request, name)
    body = await request.body()  # the raw bytes: the signature covers them exactly
    ack = await run_in_threadpool(_accept, request, integrations, helpdesk, dict(request.headers), body)
    if ack.status == "accepted":
        integrations.wake()  # write the note back now rather than at the next poll
    return JSONResponse(ack.model_dump(exclude_none=True), status_code=202 if ack.status == "accepted" else 200)


_WEBHOOK_RESPONSES = {200: {"model": WebhookAck, "description": "A retry, or nothing to draft"},
                      202: {"model": WebhookAck, "description": "Drafted; the private note is queued"},
                      **responses(400, 401, 404, 413, 415, 422, 503)}


@router.post("/webhooks/zendesk", operation_id="zendeskWebhook", status_code=202, response_model=WebhookAck,
             summary="Zendesk ticket webhook (signed); writes a private note back",
             responses=_WEBHOOK_RESPONSES)
async def zendesk_webhook(request: Request) -> JSONResponse:
    return await _receive(request, "zendesk")


@router.post("/webhooks/chatwoot", operation_id="chatwootWebhook", status_code=202, response_model=WebhookAck,
             summary="Chatwoot message_created webhook or agent bot (signed); writes a private note back",
             responses=_WEBHOOK_RESPONSES)
async def chatwoot_webhook(request: Request) -> JSONResponse:
    return await _receive(request, "chatwoot")


@router.get("/integrations/outbox", operation_id="outboxStatus", response_model=OutboxStatus,
            summary="Write-backs to helpdesks: counts and the ones not delivered yet",
            responses=responses(*AUTH_ERRORS))
def outbox_status(request: Request, _: AuditorDep,
                  limit: Annotated[int, Query(ge=1, le=500)] = 100) -> OutboxStatus:
    integrations: Integrations = request.app.state.integrations
    items = integrations.outbox.items(status="pending", limit=limit)
    return OutboxStatus(
        counts=integrations.outbox.counts(), configured=sorted(integrations.helpdesks),
        items=[OutboxEntry(id=i.id, helpdesk=i.helpdesk, draft_id=i.draft_id, status=i.status, attempts=i.attempts,
                           next_attempt_at=i.next_attempt_at.isoformat(), last_error=i.last_error,
                           created_at=i.created_at.isoformat(),
                           delivered_at=i.delivered_at.isoformat() if i.delivered_at else None) for i in items])
