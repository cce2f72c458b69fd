"""Tables of the helpdesk integrations (created by migration 0002; these must match it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from caredraft.review.models import Base


class OutboxRow(Base):
    __tablename__ = "helpdesk_outbox"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    helpdesk: Mapped[str] = mapped_column(String(32))
    draft_id: Mapped[str] = mapped_column(String(36), index=True)
    target: Mapped[dict] = mapped_column(JSON)
    note: Mapped[dict] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class WebhookSignatureRow(Base):
    __tablename__ = "webhook_signatures"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    helpdesk: Mapped[str] = mapped_column(String(32))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
