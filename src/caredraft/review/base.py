"""What the review workflow stores, and the Repository protocol that stores it.

Records are plain frozen dataclasses so the API and CLI never hold a database session.
The audit log is append-only: the protocol has ``append_audit`` and ``audit_entries`` and
nothing that changes or removes an entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol, Sequence

from caredraft.domain import DraftResult, Route, Ticket


class Status(StrEnum):
    RECEIVED = "received"  # stored, pipeline not finished (resumed at start-up)
    DRAFTED = "drafted"  # route auto: ready for the agent, no review needed
    PENDING = "pending"  # waiting in a review queue
    CLAIMED = "claimed"  # a reviewer is on it
    APPROVED = "approved"
    REJECTED = "rejected"


OPEN_STATUSES = (Status.PENDING, Status.CLAIMED)


@dataclass(frozen=True)
class DraftRecord:
    id: str
    idempotency_key: str
    request_hash: str
    ticket: Ticket
    status: Status
    created_at: datetime
    updated_at: datetime
    route: Route | None = None
    severity_rank: int = 0  # 0 none/low .. 4 critical crisis; orders the queues
    result: DraftResult | None = None
    degraded: bool = False  # the pipeline raised; the result is the fail-closed fallback
    claimed_by: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    final_text: str | None = None  # the reviewer's edited reply, beside the draft
    decision_reason: str | None = None


@dataclass(frozen=True)
class ApiKeyRecord:
    id: str
    name: str
    role: str
    key_hash: str
    created_at: datetime
    revoked_at: datetime | None = None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str  # "<key id>:<key name>"
    action: str  # e.g. review.approve, kb.ingest, keys.create
    item_id: str | None = None
    details: dict = field(default_factory=dict)


class Repository(Protocol):
    # -- drafts -------------------------------------------------------------------------
    def create_received(self, *, idempotency_key: str, request_hash: str, ticket: Ticket) -> tuple[DraftRecord, bool]:
        """Store a request before the pipeline runs. Returns (record, created); with an existing
        idempotency key the stored record comes back with created=False."""
        ...

    def store_result(self, *, draft_id: str, result: DraftResult, severity_rank: int, degraded: bool) -> DraftRecord: ...

    def get_draft(self, *, draft_id: str) -> DraftRecord | None: ...

    def find_by_key(self, *, idempotency_key: str) -> DraftRecord | None: ...

    def latest_in_ticket(self, *, ticket_id: str, limit: int) -> list[DraftRecord]:
        """The latest ``limit`` drafts stored under this ``Ticket.ticket_id``, oldest first."""
        ...

    def received(self, *, limit: int = 1000) -> list[DraftRecord]: ...

    def queue(self, *, route: Route, statuses: Sequence[Status], limit: int = 100) -> list[DraftRecord]:
        """Most severe first, then oldest first."""
        ...

    def claim(self, *, draft_id: str, actor: str) -> DraftRecord: ...

    def decide(self, *, draft_id: str, actor: str, approve: bool, final_text: str | None = None,
               reason: str | None = None) -> DraftRecord: ...

    def edits(self) -> list[DraftRecord]: ...

    # -- keys ---------------------------------------------------------------------------
    def create_key(self, *, key_id: str, name: str, role: str, key_hash: str) -> ApiKeyRecord: ...

    def get_key(self, *, key_id: str) -> ApiKeyRecord | None: ...

    def list_keys(self) -> list[ApiKeyRecord]: ...

    def revoke_key(self, *, key_id: str) -> ApiKeyRecord: ...

    # -- audit (append-only) ------------------------------------------------------------
    def append_audit(self, *, actor: str, action: str, item_id: str | None = None, details: dict | None = None) -> AuditEntry: ...

    def audit_entries(self, *, item_id: str | None = None, limit: int = 100) -> list[AuditEntry]: ...

    def ping(self) -> None: ...
