"""drafts.ticket_id: the helpdesk ticket or conversation a draft belongs to

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A webhook message is screened with the customer's earlier messages of the same conversation
    # (guardrails/thread.py): they are the drafts stored under the same ticket id, so it is a column.
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(sa.Column("ticket_id", sa.String(240), nullable=True))
        batch.create_index("ix_drafts_ticket_id", ["ticket_id", "created_at"])
    drafts = sa.table("drafts", sa.column("id", sa.String), sa.column("ticket", sa.JSON),
                      sa.column("ticket_id", sa.String))
    connection = op.get_bind()
    for row_id, ticket in connection.execute(sa.select(drafts.c.id, drafts.c.ticket)).all():
        ticket = json.loads(ticket) if isinstance(ticket, str) else (ticket or {})
        if ticket.get("ticket_id"):
            connection.execute(drafts.update().where(drafts.c.id == row_id)
                               .values(ticket_id=str(ticket["ticket_id"])[:240]))


def downgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.drop_index("ix_drafts_ticket_id")
        batch.drop_column("ticket_id")
