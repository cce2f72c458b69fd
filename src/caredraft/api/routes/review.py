"""The review queues. human_review: reviewers, clinicians, admins. clinical_review:
clinicians and admins only (they alone see crisis items and the customer's words).

Items come most severe first, then oldest first, and stay until someone decides.
Every claim and decision is written to the audit log in the same transaction.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Literal

from fastapi import APIRouter, Body, Path, Query

from caredraft.api.deps import Principal, PrincipalDep, RepoDep, SettingsDep
from caredraft.api.errors import AUTH_ERRORS, BODY_ERRORS, responses
from caredraft.api.routes.drafts import check_length
from caredraft.api.schemas import ApproveRequest, RejectRequest, ReviewItem, ReviewList
from caredraft.domain import Route
from caredraft.errors import Forbidden, NotFound
from caredraft.review.base import DraftRecord, OPEN_STATUSES, Repository, Status
from caredraft.review.keys import QUEUE_PERMISSION

router = APIRouter(prefix="/v1/review", tags=["review"])

QueueName = Annotated[Literal["human_review", "clinical_review"], Path(description="human_review or clinical_review")]
ItemId = Annotated[str, Path(max_length=64)]
StatusFilter = Literal["pending", "claimed", "open", "approved", "rejected", "all"]
STATUS_FILTERS = {
    "open": OPEN_STATUSES, "pending": (Status.PENDING,), "claimed": (Status.CLAIMED,),
    "approved": (Status.APPROVED,), "rejected": (Status.REJECTED,),
    "all": (Status.PENDING, Status.CLAIMED, Status.APPROVED, Status.REJECTED),
}


def _require_queue(principal: Principal, route: Route) -> None:
    if not principal.can(QUEUE_PERMISSION[route]):
        raise Forbidden(f"the role '{principal.role.value}' may not work the {route.value} queue",
                        details={"role": principal.role.value, "queue": route.value})


def review_item(record: DraftRecord) -> ReviewItem:
    result = record.result
    end = record.decided_at or datetime.now(timezone.utc)
    return ReviewItem(
        id=record.id, route=record.route, status=record.status, severity_rank=record.severity_rank,
        waited_seconds=round((end - record.created_at).total_seconds(), 3), created_at=record.created_at,
        customer_text=record.ticket.text, language=result.draft.language, history=record.ticket.history,
        evidence=result.screening.signals, reasons=result.reasons, draft=result.draft, check=result.check,
        degraded=record.degraded, claimed_by=record.claimed_by, decided_by=record.decided_by,
        final_text=record.final_text, decision_reason=record.decision_reason,
    )


def _reviewable(repository: Repository, principal: Principal, item_id: str) -> DraftRecord:
    record = repository.get_draft(draft_id=item_id)
    if record is None or record.route not in QUEUE_PERMISSION or record.result is None:
        raise NotFound(f"review item {item_id} not found", details={"id": item_id})
    _require_queue(principal, record.route)
    return record


@router.get("/{queue}", operation_id="listReviewQueue", response_model=ReviewList, summary="List a review queue",
            responses=responses(*AUTH_ERRORS, 422))
def list_queue(queue: QueueName, principal: PrincipalDep, repository: RepoDep,
               status: Annotated[StatusFilter, Query(description="open = pending and claimed")] = "open",
               limit: Annotated[int, Query(ge=1, le=500)] = 100) -> ReviewList:
    route = Route(queue)
    _require_queue(principal, route)
    records = repository.queue(route=route, statuses=STATUS_FILTERS[status], limit=limit)
    items = [review_item(r) for r in records]
    return ReviewList(queue=route, count=len(items), items=items)


@router.get("/items/{item_id}", operation_id="getReviewItem", response_model=ReviewItem,
            summary="One review item with its evidence", responses=responses(*AUTH_ERRORS, 404))
def get_item(item_id: ItemId, principal: PrincipalDep, repository: RepoDep) -> ReviewItem:
    return review_item(_reviewable(repository, principal, item_id))


@router.post("/items/{item_id}/claim", operation_id="claimReviewItem", response_model=ReviewItem,
             summary="Claim an item so others know you are on it", responses=responses(*AUTH_ERRORS, 404, 409))
def claim(item_id: ItemId, principal: PrincipalDep, repository: RepoDep) -> ReviewItem:
    _reviewable(repository, principal, item_id)
    return review_item(repository.claim(draft_id=item_id, actor=principal.actor))


@router.post("/items/{item_id}/approve", operation_id="approveReviewItem", response_model=ReviewItem,
             summary="Approve the draft as is, or with your edited text",
             responses=responses(*AUTH_ERRORS, *BODY_ERRORS, 404, 409))
def approve(item_id: ItemId, principal: PrincipalDep, repository: RepoDep, settings: SettingsDep,
            body: Annotated[ApproveRequest | None, Body()] = None) -> ReviewItem:
    edited = body.edited_text if body else None
    if edited is not None:
        check_length(settings, edited, "edited_text")
    _reviewable(repository, principal, item_id)
    return review_item(repository.decide(draft_id=item_id, actor=principal.actor, approve=True, final_text=edited))


@router.post("/items/{item_id}/reject", operation_id="rejectReviewItem", response_model=ReviewItem,
             summary="Reject the draft, with a reason", responses=responses(*AUTH_ERRORS, *BODY_ERRORS, 404, 409))
def reject(item_id: ItemId, body: RejectRequest, principal: PrincipalDep, repository: RepoDep) -> ReviewItem:
    _reviewable(repository, principal, item_id)
    return review_item(repository.decide(draft_id=item_id, actor=principal.actor, approve=False, reason=body.reason))
