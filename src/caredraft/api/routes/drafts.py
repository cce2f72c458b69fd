"""Drafts: create one for a customer message (idempotent), fetch it again."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Path, Response

from caredraft.api.deps import AgentDep, Principal, RepoDep, ServiceDep, SettingsDep
from caredraft.api.errors import AUTH_ERRORS, BODY_ERRORS, responses
from caredraft.api.schemas import DraftCreate, DraftPublic
from caredraft.api.visibility import hides_crisis_details, redacted_reasons
from caredraft.domain import Ticket
from caredraft.errors import NotFound, PayloadTooLarge
from caredraft.review.base import DraftRecord
from caredraft.settings import Settings

router = APIRouter(prefix="/v1/drafts", tags=["drafts"])

IdempotencyKey = Annotated[str, Header(alias="Idempotency-Key", min_length=1, max_length=200,
                                       description="Retrying with the same key returns the same draft.")]
DraftId = Annotated[str, Path(max_length=64)]


def check_length(settings: Settings, text: str, what: str = "text") -> None:
    if len(text) > settings.max_message_chars:
        raise PayloadTooLarge(f"{what} is {len(text)} characters; the limit is {settings.max_message_chars}",
                              details={"field": what, "limit": settings.max_message_chars})


def draft_public(record: DraftRecord, principal: Principal) -> DraftPublic:
    # Crisis items: only clinicians (and admins) see what the customer wrote, the evidence,
    # and the reasons (which quote the evidence).
    redacted = hides_crisis_details(principal, record.route)
    result = record.result
    reasons = (redacted_reasons(result.screening) if redacted else result.reasons) if result else []
    return DraftPublic(
        id=record.id, status=record.status, route=record.route, ticket_id=record.ticket.ticket_id,
        channel=record.ticket.channel, created_at=record.created_at, updated_at=record.updated_at,
        reasons=reasons, draft=result.draft if result else None,
        check=result.check if result else None, citations=result.draft.citations if result else [],
        passages=result.passages if result else [],
        screening=None if redacted or not result else result.screening,
        customer_text=None if redacted else record.ticket.text, redacted=redacted, degraded=record.degraded,
        final_text=record.final_text, decided_by=record.decided_by,
    )


@router.post("", operation_id="createDraft", status_code=201, response_model=DraftPublic,
             summary="Draft a reply to a customer message",
             responses={200: {"model": DraftPublic, "description": "A retry: the draft made for this Idempotency-Key"},
                        **responses(*AUTH_ERRORS, *BODY_ERRORS, 409, 503)})
def create_draft(body: DraftCreate, idempotency_key: IdempotencyKey, principal: AgentDep, service: ServiceDep,
                 settings: SettingsDep, response: Response) -> DraftPublic:
    check_length(settings, body.text)
    for turn in body.history:
        check_length(settings, turn.text, "history text")
    ticket = Ticket(text=body.text, language=body.language, country=body.country, ticket_id=body.ticket_id,
                    channel=body.channel, history=[turn.model_dump() for turn in body.history])
    record, created = service.submit(ticket=ticket, idempotency_key=idempotency_key)
    response.headers["Location"] = f"/v1/drafts/{record.id}"
    if not created:
        response.status_code = 200
        response.headers["Idempotent-Replayed"] = "true"
    return draft_public(record, principal)


@router.get("/{draft_id}", operation_id="getDraft", response_model=DraftPublic, summary="Fetch a draft",
            responses=responses(*AUTH_ERRORS, 404))
def get_draft(draft_id: DraftId, principal: AgentDep, repository: RepoDep) -> DraftPublic:
    record = repository.get_draft(draft_id=draft_id)
    if record is None:
        raise NotFound(f"draft {draft_id} not found", details={"id": draft_id})
    return draft_public(record, principal)
