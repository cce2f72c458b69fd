"""helpdesk write-back outbox and seen webhook signatures

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One row per write-back (private note, tags, priority, assignment) to a helpdesk; kept
    # until the helpdesk accepted it, retried with capped exponential backoff until then.
    op.create_table(
        "helpdesk_outbox",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("idempotency_key", sa.String(200), nullable=False, unique=True),
        sa.Column("helpdesk", sa.String(32), nullable=False),
        sa.Column("draft_id", sa.String(36), nullable=False, index=True),
        sa.Column("target", sa.JSON, nullable=False),
        sa.Column("note", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.String(500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_helpdesk_outbox_due", "helpdesk_outbox", ["status", "next_attempt_at"])
    # Signatures of accepted webhook deliveries: the same signature again is a replay.
    op.create_table(
        "webhook_signatures",
        sa.Column("digest", sa.String(64), primary_key=True),
        sa.Column("helpdesk", sa.String(32), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("webhook_signatures")
    op.drop_index("ix_helpdesk_outbox_due", table_name="helpdesk_outbox")
    op.drop_table("helpdesk_outbox")
