"""API fixtures: the real pipeline (built once), a real uvicorn server on loopback per
test module and database backend, and one API key per role.

Every API test runs on SQLite and, when CAREDRAFT_TEST_POSTGRES_URL is set (see
.ci/postgres.sh), on PostgreSQL too; the PostgreSQL runs are marked ``postgres``.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from api.live import LiveServer
from caredraft.settings import Settings

ADMIN_KEY = "test-bootstrap-admin-key-" + uuid.uuid4().hex
POSTGRES_URL = os.environ.get("CAREDRAFT_TEST_POSTGRES_URL")

# Messages whose routes the tests rely on (written for these tests, not taken from eval sets).
ORDINARY = "Hello, I was charged twice for my subscription this month. Can you refund the extra payment?"
CRISIS = "Honestly I want to kill myself tonight, I cannot take this anymore."


def _postgres_database() -> tuple[str, callable]:
    """A fresh database on the test server, and a function that drops it."""
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(POSTGRES_URL)
    name = "caredraft_" + uuid.uuid4().hex[:12]
    conninfo = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return admin.set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request, tmp_path_factory):
    """(settings factory input) a database URL per backend, fresh per test module."""
    if request.param == "postgres":
        if not POSTGRES_URL:
            pytest.skip("CAREDRAFT_TEST_POSTGRES_URL is not set (run .ci/postgres.sh)")
        url, drop = _postgres_database()
        yield url
        drop()
    else:
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'caredraft.db'}"


def make_settings(database_url: str, data_dir: Path, **overrides) -> Settings:
    return Settings(data_dir=data_dir, database_url=database_url, bootstrap_admin_key=ADMIN_KEY, **overrides)


@dataclass
class Api:
    """A running server plus one key per role."""

    server: LiveServer
    settings: Settings
    keys: dict[str, str] = field(default_factory=dict)

    def client(self, role: str | None = None):
        return self.server.client(self.keys[role] if role else None)

    def create_keys(self) -> None:
        with self.server.client(ADMIN_KEY) as admin:
            self.keys["admin"] = ADMIN_KEY
            for role in ("agent", "reviewer", "clinician"):
                response = admin.post("/v1/keys", json={"role": role, "name": f"test-{role}"})
                assert response.status_code == 201, response.text
                self.keys[role] = response.json()["key"]

    def draft(self, text: str, *, key: str | None = None, **fields) -> dict:
        with self.client("agent") as agent:
            response = agent.post("/v1/drafts", json={"text": text, **fields},
                                  headers={"Idempotency-Key": key or uuid.uuid4().hex})
        assert response.status_code in (200, 201), response.text
        return response.json()


def start_api(pipeline, database_url: str, data_dir: Path, **overrides) -> Api:
    from caredraft.api.app import create_app

    settings = make_settings(database_url, data_dir, **overrides)
    server = LiveServer(create_app(settings, pipeline=pipeline)).start()
    return Api(server=server, settings=settings)


@pytest.fixture(scope="module")
def api(pipeline, backend, tmp_path_factory) -> Api:
    """One live server per test module and backend, with keys for every role."""
    running = start_api(pipeline, backend, tmp_path_factory.mktemp("data"))
    running.create_keys()
    yield running
    running.server.stop()
