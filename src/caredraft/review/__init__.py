"""Storage and the review workflow: drafts with their screening and checks, the review
queues, API keys with roles and the append-only audit log (SQLAlchemy + Alembic)."""
