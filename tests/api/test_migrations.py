"""The schema's migrations on a real SQLite and PostgreSQL: a database stored by an older caredraft
(revision 0002) is upgraded in place, and what it held is kept and indexed."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import command

from caredraft.domain import Ticket
from caredraft.review.migrations import alembic_config
from caredraft.review.repository import SqlRepository


def test_0003_fills_the_ticket_id_of_drafts_stored_before_it(backend):
    repository = SqlRepository.from_url(backend)
    command.upgrade(alembic_config(repository.engine), "0002")
    now = datetime.now(timezone.utc)
    drafts = sa.table("drafts", *(sa.column(c, sa.String) for c in ("id", "idempotency_key", "request_hash", "status")),
                      sa.column("severity_rank", sa.Integer), sa.column("degraded", sa.Boolean), sa.column("ticket", sa.JSON),
                      *(sa.column(c, sa.DateTime(timezone=True)) for c in ("created_at", "updated_at")))
    old = [Ticket(text="first", ticket_id="chatwoot:1/42"), Ticket(text="second", ticket_id="chatwoot:1/42"),
           Ticket(text="no thread")]
    with repository.engine.begin() as connection:
        for i, ticket in enumerate(old):
            connection.execute(drafts.insert().values(
                id=str(uuid.uuid4()), idempotency_key=f"k{i}", request_hash="h", ticket=ticket.model_dump(mode="json"),
                status="drafted", severity_rank=0, degraded=False, created_at=now.replace(microsecond=i),
                updated_at=now))

    repository.migrate()  # to head, as the API does at start-up

    assert [r.ticket.text for r in repository.latest_in_ticket(ticket_id="chatwoot:1/42", limit=20)] == ["first", "second"]
    assert [r.ticket.text for r in repository.latest_in_ticket(ticket_id="chatwoot:1/42", limit=1)] == ["second"]
    assert repository.latest_in_ticket(ticket_id="chatwoot:1/43", limit=20) == []
    assert repository.find_by_key(idempotency_key="k2").ticket.text == "no thread"
    record, created = repository.create_received(idempotency_key="k3", request_hash="h",
                                                 ticket=Ticket(text="third", ticket_id="chatwoot:1/42"))
    assert created
    assert [r.ticket.text for r in repository.latest_in_ticket(ticket_id="chatwoot:1/42", limit=20)] == ["first", "second", "third"]
    repository.close()
