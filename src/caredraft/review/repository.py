"""The SQLAlchemy Repository (SQLite by default, PostgreSQL via CAREDRAFT_DATABASE_URL).

Every public method opens and closes its own short transaction. State changes on review
items are conditional UPDATEs (``WHERE status = ...``), so two reviewers racing for one
item cannot both win, on either database. A decision and its audit entry commit together.
"""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Iterator, Sequence

from sqlalchemy import create_engine, event, or_, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from caredraft.domain import DraftResult, Route, Ticket
from caredraft.errors import BackendUnavailable, Conflict, NotFound
from caredraft.review.base import ApiKeyRecord, AuditEntry, DraftRecord, OPEN_STATUSES, Status
from caredraft.review.models import ApiKeyRow, AuditRow, DraftRow

SQLITE_BUSY_TIMEOUT_MS = 5_000


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands datetimes back naive; everything we store is UTC.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=timezone.utc)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # WAL: readers never wait for the writer
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()
            dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)

        @event.listens_for(engine, "begin")
        def _sqlite_begin_immediate(connection) -> None:
            # Take the write lock at BEGIN: a deferred transaction that reads and then writes
            # cannot wait for the lock (SQLite refuses the upgrade), so concurrent writers
            # stalled for the whole busy timeout. Transactions here are short, so this is cheap.
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def _draft(row: DraftRow) -> DraftRecord:
    return DraftRecord(
        id=row.id, idempotency_key=row.idempotency_key, request_hash=row.request_hash,
        ticket=Ticket.model_validate(row.ticket), status=Status(row.status),
        created_at=_aware(row.created_at), updated_at=_aware(row.updated_at),
        route=Route(row.route) if row.route else None, severity_rank=row.severity_rank,
        result=DraftResult.model_validate(row.result) if row.result else None, degraded=row.degraded,
        claimed_by=row.claimed_by, decided_by=row.decided_by, decided_at=_aware(row.decided_at),
        final_text=row.final_text, decision_reason=row.decision_reason,
    )


def _key(row: ApiKeyRow) -> ApiKeyRecord:
    return ApiKeyRecord(id=row.id, name=row.name, role=row.role, key_hash=row.key_hash,
                        created_at=_aware(row.created_at), revoked_at=_aware(row.revoked_at))


def _audit(row: AuditRow) -> AuditEntry:
    return AuditEntry(id=row.id, at=_aware(row.at), actor=row.actor, action=row.action, item_id=row.item_id,
                      details=dict(row.details or {}))


class SqlRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str) -> "SqlRepository":
        return cls(make_engine(url))

    def migrate(self) -> None:
        from caredraft.review.migrations import upgrade_head

        with self._translate_errors():
            upgrade_head(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _translate_errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:  # locked, unreachable, out of disk: the caller may retry
            raise BackendUnavailable("the database is unavailable, please retry",
                                     details={"reason": type(exc.orig).__name__}) from exc

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._translate_errors(), self._sessions.begin() as session:
            yield session

    def ping(self) -> None:
        with self._session() as session:
            session.execute(text("SELECT 1"))

    # -- drafts -------------------------------------------------------------------------
    def create_received(self, *, idempotency_key: str, request_hash: str, ticket: Ticket) -> tuple[DraftRecord, bool]:
        now = utcnow()
        row = DraftRow(id=str(uuid.uuid4()), idempotency_key=idempotency_key, request_hash=request_hash,
                       ticket=ticket.model_dump(mode="json"), ticket_id=ticket.ticket_id[:240] if ticket.ticket_id else None,
                       status=Status.RECEIVED.value, route=None,
                       severity_rank=0, result=None, degraded=False, created_at=now, updated_at=now)
        try:
            with self._session() as session:
                session.add(row)
            return _draft(row), True
        except IntegrityError:  # the key exists already (a retry, or a concurrent twin)
            with self._session() as session:
                existing = session.scalars(select(DraftRow).where(DraftRow.idempotency_key == idempotency_key)).one()
                return _draft(existing), False

    def store_result(self, *, draft_id: str, result: DraftResult, severity_rank: int, degraded: bool) -> DraftRecord:
        status = Status.DRAFTED if result.route == Route.AUTO else Status.PENDING
        with self._session() as session:
            row = session.get(DraftRow, draft_id)
            if row is None:
                raise NotFound(f"draft {draft_id} not found", details={"id": draft_id})
            if row.status != Status.RECEIVED.value:  # already processed (resumed twice): keep the first
                return _draft(row)
            row.result = result.model_dump(mode="json")
            row.route = result.route.value
            row.severity_rank = severity_rank
            row.degraded = degraded
            row.status = status.value
            row.updated_at = utcnow()
            session.flush()
            return _draft(row)

    def get_draft(self, *, draft_id: str) -> DraftRecord | None:
        with self._session() as session:
            row = session.get(DraftRow, draft_id)
            return _draft(row) if row else None

    def find_by_key(self, *, idempotency_key: str) -> DraftRecord | None:
        with self._session() as session:
            row = session.scalars(select(DraftRow).where(DraftRow.idempotency_key == idempotency_key)).first()
            return _draft(row) if row else None

    def latest_in_ticket(self, *, ticket_id: str, limit: int) -> list[DraftRecord]:
        if limit <= 0:
            return []
        with self._session() as session:
            rows = session.scalars(select(DraftRow).where(DraftRow.ticket_id == ticket_id[:240])
                                   .order_by(DraftRow.created_at.desc(), DraftRow.id.desc()).limit(limit))
            return [_draft(r) for r in reversed(list(rows))]

    def received(self, *, limit: int = 1000) -> list[DraftRecord]:
        with self._session() as session:
            rows = session.scalars(select(DraftRow).where(DraftRow.status == Status.RECEIVED.value)
                                   .order_by(DraftRow.created_at).limit(limit))
            return [_draft(r) for r in rows]

    def queue(self, *, route: Route, statuses: Sequence[Status] = OPEN_STATUSES, limit: int = 100) -> list[DraftRecord]:
        with self._session() as session:
            rows = session.scalars(
                select(DraftRow)
                .where(DraftRow.route == route.value, DraftRow.status.in_([s.value for s in statuses]))
                .order_by(DraftRow.severity_rank.desc(), DraftRow.created_at.asc(), DraftRow.id)
                .limit(limit)
            )
            return [_draft(r) for r in rows]

    def claim(self, *, draft_id: str, actor: str) -> DraftRecord:
        with self._session() as session:
            row = self._transition(session, draft_id, actor, "claimed",
                                   status=Status.CLAIMED.value, claimed_by=actor, updated_at=utcnow())
            session.add(AuditRow(at=utcnow(), actor=actor, action="review.claim", item_id=draft_id,
                                 details={"route": row.route}))
            return _draft(row)

    def decide(self, *, draft_id: str, actor: str, approve: bool, final_text: str | None = None,
               reason: str | None = None) -> DraftRecord:
        now = utcnow()
        status = Status.APPROVED if approve else Status.REJECTED
        with self._session() as session:
            row = self._transition(session, draft_id, actor, "decided",
                                   status=status.value, decided_by=actor, decided_at=now, updated_at=now,
                                   final_text=final_text, decision_reason=reason)
            action = "review.reject" if not approve else ("review.approve_edited" if final_text else "review.approve")
            session.add(AuditRow(at=now, actor=actor, action=action, item_id=draft_id,
                                 details={"route": row.route, "edited": final_text is not None}))
            return _draft(row)

    @staticmethod
    def _transition(session, draft_id: str, actor: str, verb: str, **values) -> DraftRow:
        """Move an item that is pending, or claimed by ``actor``, to ``values`` in one
        conditional UPDATE (so two reviewers cannot both win), and return the row as it is now.
        NotFound when there is no such item; Conflict when it was in any other state."""
        result = session.execute(
            update(DraftRow)
            .where(DraftRow.id == draft_id,
                   or_(DraftRow.status == Status.PENDING.value,
                       (DraftRow.status == Status.CLAIMED.value) & (DraftRow.claimed_by == actor)))
            .values(**values)
        )
        row = session.get(DraftRow, draft_id, populate_existing=True)
        if row is None:
            raise NotFound(f"review item {draft_id} not found", details={"id": draft_id})
        if result.rowcount != 1:
            raise Conflict(f"review item {draft_id} cannot be {verb}: it is {row.status}"
                           + (f" by {row.claimed_by}" if row.status == Status.CLAIMED.value else ""),
                           details={"id": draft_id, "status": row.status})
        return row

    def edits(self) -> list[DraftRecord]:
        with self._session() as session:
            rows = session.scalars(select(DraftRow).where(DraftRow.status == Status.APPROVED.value,
                                                          DraftRow.final_text.is_not(None))
                                   .order_by(DraftRow.decided_at, DraftRow.id))
            return [_draft(r) for r in rows]

    # -- keys ---------------------------------------------------------------------------
    def create_key(self, *, key_id: str, name: str, role: str, key_hash: str) -> ApiKeyRecord:
        row = ApiKeyRow(id=key_id, name=name, role=role, key_hash=key_hash, created_at=utcnow(), revoked_at=None)
        try:
            with self._session() as session:
                session.add(row)
        except IntegrityError as exc:
            raise Conflict(f"API key {key_id} exists already", details={"id": key_id}) from exc
        return _key(row)

    def get_key(self, *, key_id: str) -> ApiKeyRecord | None:
        with self._session() as session:
            row = session.get(ApiKeyRow, key_id)
            return _key(row) if row else None

    def list_keys(self) -> list[ApiKeyRecord]:
        with self._session() as session:
            return [_key(r) for r in session.scalars(select(ApiKeyRow).order_by(ApiKeyRow.created_at))]

    def revoke_key(self, *, key_id: str) -> ApiKeyRecord:
        with self._session() as session:
            row = session.get(ApiKeyRow, key_id)
            if row is None:
                raise NotFound(f"API key {key_id} not found", details={"id": key_id})
            if row.revoked_at is None:
                row.revoked_at = utcnow()
            session.flush()
            return _key(row)

    # -- audit (append-only: no update, no delete) ----------------------------------------
    def append_audit(self, *, actor: str, action: str, item_id: str | None = None,
                     details: dict | None = None) -> AuditEntry:
        row = AuditRow(at=utcnow(), actor=actor, action=action, item_id=item_id, details=details or {})
        with self._session() as session:
            session.add(row)
            session.flush()
            return _audit(row)

    def audit_entries(self, *, item_id: str | None = None, limit: int = 100) -> list[AuditEntry]:
        with self._session() as session:
            query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
            if item_id is not None:
                query = query.where(AuditRow.item_id == item_id)
            return [_audit(r) for r in session.scalars(query)]
