"""The durable write-back queue: every note to a helpdesk is a row until the helpdesk took it.

A webhook stores its draft and its outbox row, answers, and wakes the worker; the worker
delivers due rows. A failed delivery stays ``pending`` with ``next_attempt_at`` pushed out
by doubling delays (``outbox_backoff_base`` .. ``outbox_backoff_max``, or the helpdesk's
Retry-After), so a helpdesk that is down gets its notes when it is back; rows are never
dropped. Before re-sending after a failure the worker asks the helpdesk whether the note
landed anyway (a timeout after the write), so a retry never makes a second note.

Several processes may share the database: a row is claimed by a conditional UPDATE of its
``next_attempt_at`` (a lease), so only one of them delivers it.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Iterator, Mapping

from fastapi.concurrency import run_in_threadpool
from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from caredraft.errors import BackendUnavailable
from caredraft.integrations.base import DeliveryFailed, Helpdesk, Note
from caredraft.integrations.models import OutboxRow, WebhookSignatureRow

log = logging.getLogger(__name__)

PENDING, DELIVERED = "pending", "delivered"
SIGNATURES_KEPT = timedelta(days=2)  # far longer than any accepted timestamp window


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=timezone.utc)  # SQLite hands datetimes back naive


@dataclass(frozen=True)
class OutboxItem:
    id: str
    idempotency_key: str
    helpdesk: str
    draft_id: str
    target: dict
    note: Note
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None


def _item(row: OutboxRow) -> OutboxItem:
    return OutboxItem(id=row.id, idempotency_key=row.idempotency_key, helpdesk=row.helpdesk, draft_id=row.draft_id,
                      target=dict(row.target), note=Note.from_json(row.note), status=row.status,
                      attempts=row.attempts, next_attempt_at=_aware(row.next_attempt_at), last_error=row.last_error,
                      created_at=_aware(row.created_at), delivered_at=_aware(row.delivered_at))


class Outbox:
    def __init__(self, engine: Engine, *, backoff_base: float = 2.0, backoff_max: float = 600.0,
                 lease_seconds: float = 120.0) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.lease = timedelta(seconds=lease_seconds)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            raise BackendUnavailable("the database is unavailable, please retry",
                                     details={"reason": type(exc.orig).__name__}) from exc

    # -- replay detection ---------------------------------------------------------------------
    def seen(self, digest: str) -> bool:
        with self._session() as session:
            return session.get(WebhookSignatureRow, digest) is not None

    def remember(self, digest: str, helpdesk: str) -> None:
        try:
            with self._session() as session:
                session.add(WebhookSignatureRow(digest=digest, helpdesk=helpdesk, seen_at=utcnow()))
        except IntegrityError:
            return  # a concurrent twin recorded it first
        with self._session() as session:  # old signatures are refused by their timestamp anyway
            session.execute(delete(WebhookSignatureRow).where(WebhookSignatureRow.seen_at < utcnow() - SIGNATURES_KEPT))

    # -- queue ------------------------------------------------------------------------------
    def enqueue(self, *, idempotency_key: str, helpdesk: str, draft_id: str, target: dict,
                note: Note) -> tuple[OutboxItem, bool]:
        """Store a write-back once per key. Returns (item, created)."""
        now = utcnow()
        row = OutboxRow(id=str(uuid.uuid4()), idempotency_key=idempotency_key, helpdesk=helpdesk, draft_id=draft_id,
                        target=target, note=note.as_json(), status=PENDING, attempts=0, next_attempt_at=now,
                        last_error=None, created_at=now, delivered_at=None)
        try:
            with self._session() as session:
                session.add(row)
            return _item(row), True
        except IntegrityError:
            with self._session() as session:
                existing = session.scalars(select(OutboxRow).where(OutboxRow.idempotency_key == idempotency_key)).one()
                return _item(existing), False

    def get(self, item_id: str) -> OutboxItem | None:
        with self._session() as session:
            row = session.get(OutboxRow, item_id)
            return _item(row) if row else None

    def items(self, *, status: str | None = None, limit: int = 100) -> list[OutboxItem]:
        with self._session() as session:
            query = select(OutboxRow).order_by(OutboxRow.created_at).limit(limit)
            if status is not None:
                query = query.where(OutboxRow.status == status)
            return [_item(r) for r in session.scalars(query)]

    def counts(self) -> dict[str, int]:
        with self._session() as session:
            rows = session.execute(select(OutboxRow.status, func.count()).group_by(OutboxRow.status))
            return {status: count for status, count in rows}

    def due(self, *, limit: int = 50, everything: bool = False) -> list[OutboxItem]:
        """Pending rows whose time has come (``everything``: all pending rows, at start-up)."""
        with self._session() as session:
            query = select(OutboxRow).where(OutboxRow.status == PENDING)
            if not everything:
                query = query.where(OutboxRow.next_attempt_at <= utcnow())
            return [_item(r) for r in session.scalars(query.order_by(OutboxRow.next_attempt_at).limit(limit))]

    def claim(self, item: OutboxItem) -> bool:
        """Take the row for one attempt; False when another worker took it first."""
        with self._session() as session:
            result = session.execute(
                update(OutboxRow)
                .where(OutboxRow.id == item.id, OutboxRow.status == PENDING,
                       OutboxRow.next_attempt_at == item.next_attempt_at)
                .values(next_attempt_at=utcnow() + self.lease))
            return result.rowcount == 1

    def delivered(self, item_id: str) -> None:
        with self._session() as session:
            session.execute(update(OutboxRow).where(OutboxRow.id == item_id)
                            .values(status=DELIVERED, delivered_at=utcnow(), last_error=None))

    def failed(self, item_id: str, reason: str, *, retry_after: float | None = None,
               now: datetime | None = None) -> datetime:
        """Record a failed attempt; returns when the next one is due.

        ``now`` is the moment the attempt failed (default: the clock when the row is written);
        a caller that knows it passes it, so the delay does not include the database's time.
        """
        failed_at = now or utcnow()
        with self._session() as session:
            row = session.get(OutboxRow, item_id)
            attempts = row.attempts + 1
            delay = min(self.backoff_base * 2 ** (attempts - 1), self.backoff_max)
            if retry_after is not None:
                delay = max(delay, min(retry_after, self.backoff_max))
            row.attempts = attempts
            row.last_error = reason[:500]
            row.next_attempt_at = failed_at + timedelta(seconds=delay)
            return row.next_attempt_at

    # -- delivery ---------------------------------------------------------------------------
    def deliver_one(self, item: OutboxItem, helpdesk: Helpdesk) -> bool:
        if not self.claim(item):
            return False
        try:
            # A failed attempt may still have landed (timeout after the write): look first.
            if item.attempts > 0 and helpdesk.already_delivered(item.target, item.note):
                self.delivered(item.id)
                log.info("outbox %s (%s) was already delivered", item.id, item.helpdesk)
                return True
            helpdesk.deliver(item.target, item.note)
        except DeliveryFailed as failure:
            due = self.failed(item.id, failure.reason, retry_after=failure.retry_after)
            log.warning("outbox %s (%s) attempt %d failed: %s; next at %s", item.id, item.helpdesk,
                        item.attempts + 1, failure.reason, due.isoformat())
            return False
        except Exception as exc:  # a bug or an odd answer: keep the row, retry later
            due = self.failed(item.id, f"{type(exc).__name__}")
            log.error("outbox %s (%s) attempt failed with %s; next at %s", item.id, item.helpdesk,
                      type(exc).__name__, due.isoformat())
            return False
        self.delivered(item.id)
        log.info("outbox %s delivered to %s (draft %s)", item.id, item.helpdesk, item.draft_id)
        return True

    def deliver_due(self, helpdesks: Mapping[str, Helpdesk], *, everything: bool = False) -> int:
        """Deliver what is due; rows of a helpdesk that is not configured wait. Returns the count delivered."""
        delivered, failing = 0, set()
        for item in self.due(everything=everything):
            helpdesk = helpdesks.get(item.helpdesk)
            if helpdesk is None or item.helpdesk in failing:
                continue  # after one failure in a pass, the rest wait: no pile of timeouts on a dead helpdesk
            if self.deliver_one(item, helpdesk):
                delivered += 1
            elif (current := self.get(item.id)) is not None and current.status == PENDING:
                failing.add(item.helpdesk)
        return delivered


class OutboxWorker:
    """Background task in the app's lifespan: a full pass at start-up, then due rows every
    ``poll_seconds`` or as soon as a webhook wakes it."""

    def __init__(self, outbox: Outbox, helpdesks: Mapping[str, Helpdesk], *, poll_seconds: float = 5.0,
                 stop_timeout: float = 10.0) -> None:
        self.outbox = outbox
        self.helpdesks = helpdesks
        self.poll_seconds = poll_seconds
        self.stop_timeout = stop_timeout
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        # Held by the thread running a pass. Cancelling the task does not stop that thread, so
        # stop() waits on this before the helpdesk clients are closed under a write in flight.
        self._passing = threading.Lock()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="caredraft-outbox")

    def wake(self) -> None:
        self._wake.set()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
        if await run_in_threadpool(self._passing.acquire, timeout=self.stop_timeout):
            self._passing.release()
        else:
            log.warning("outbox pass still running after %.0f s at shutdown", self.stop_timeout)

    def _pass(self, everything: bool) -> int:
        with self._passing:
            return self.outbox.deliver_due(self.helpdesks, everything=everything)

    async def _run(self) -> None:
        everything = True  # start-up: retry every kept row now, the helpdesk may be back
        while True:
            self._wake.clear()
            try:
                await run_in_threadpool(self._pass, everything)
                everything = False
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database may be away for a moment: try again next round
                log.error("outbox pass failed (%s)", type(exc).__name__)
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self.poll_seconds)
            except TimeoutError:
                pass
