"""Alembic environment: runs online against the engine handed over by ``upgrade_head``."""

from __future__ import annotations

from alembic import context

from caredraft.review.models import Base

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
