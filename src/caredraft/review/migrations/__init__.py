"""Alembic migrations, run programmatically at start-up (``upgrade head``).

New revision: ``alembic -x url=sqlite:///tmp.db -c /dev/null revision`` is not needed;
copy the newest file in ``versions/`` and chain ``down_revision``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

HERE = Path(__file__).resolve().parent


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    # env.py uses this engine's connection instead of building its own (no URL re-parsing).
    config.attributes["engine"] = engine
    return config


def upgrade_head(engine: Engine) -> None:
    command.upgrade(alembic_config(engine), "head")
