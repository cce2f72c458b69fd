"""The FastAPI application: ``create_app(settings, *, pipeline=None)``.

Start-up (lifespan) does the slow, once-only work: run the database migrations, build the
pipeline (models load here) unless one is given, create the bootstrap admin key, and finish
any draft requests a previous process stored but never completed.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool

from caredraft import __version__
from caredraft.api.body_guard import BodyGuard
from caredraft.api.errors import install_error_handlers
from caredraft.api.metrics import ApiMetrics, RequestTimer
from caredraft.api.routes import checks, drafts, health, kb, keys, review, screen, stream, web, webhooks
from caredraft.integrations import build_integrations
from caredraft.review.keys import Role, hash_key, key_id_of
from caredraft.review.repository import SqlRepository
from caredraft.review.service import DraftService
from caredraft.settings import Settings

log = logging.getLogger(__name__)

TAGS = [
    {"name": "drafts", "description": "Reply drafts for customer messages, with routing."},
    {"name": "screening", "description": "Crisis and vulnerability screening alone."},
    {"name": "checks", "description": "Output guardrails on any reply."},
    {"name": "knowledge-base", "description": "Policy passages: search, list, ingest, delete."},
    {"name": "review", "description": "Human and clinical review queues."},
    {"name": "admin", "description": "API keys and the audit log."},
    {"name": "health", "description": "Probes and metrics."},
    {"name": "integrations", "description": "Zendesk and Chatwoot webhooks; the write-back outbox."},
]


def _bootstrap_admin(repository: SqlRepository, raw: str) -> None:
    key_id = key_id_of(raw)
    if repository.get_key(key_id=key_id) is None:
        repository.create_key(key_id=key_id, name="bootstrap", role=Role.ADMIN.value, key_hash=hash_key(raw))
        repository.append_audit(actor="system", action="keys.bootstrap", item_id=key_id, details={"role": "admin"})


def _start(app: FastAPI, settings: Settings, pipeline) -> None:
    if settings.database_url is None:  # the default SQLite file lives in the data folder
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    repository = SqlRepository.from_url(settings.resolved_database_url)
    repository.migrate()
    if pipeline is None:
        from caredraft.pipeline import build_pipeline

        pipeline = build_pipeline(settings)
    pipeline.warm_up()  # before /readyz says ready: the first requests must not pay for it
    if settings.bootstrap_admin_key:
        _bootstrap_admin(repository, settings.bootstrap_admin_key)
    service = DraftService(repository=repository, pipeline=pipeline, on_result=app.state.metrics.observe_result)
    app.state.repository, app.state.pipeline, app.state.service = repository, pipeline, service
    app.state.integrations = build_integrations(settings, repository.engine)
    resumed = service.resume()
    log.info("caredraft API ready (resumed %d unfinished requests)", resumed)


def create_app(settings: Settings, *, pipeline=None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await run_in_threadpool(_start, app, settings, pipeline)
        app.state.integrations.start()  # the write-back worker; idle unless a helpdesk is configured
        try:
            yield
        finally:
            await app.state.integrations.stop()
            app.state.repository.close()

    app = FastAPI(
        title="caredraft",
        version=__version__,
        summary="Safe, empathetic reply drafts for customer support, with human and clinical review.",
        openapi_tags=TAGS,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.metrics = ApiMetrics()
    install_error_handlers(app)
    for module in (drafts, stream, screen, checks, kb, review, keys, health, webhooks, web):
        app.include_router(module.router)
    # Outermost first: time everything, then refuse oversized / non-JSON bodies before parsing.
    app.add_middleware(BodyGuard, max_body_bytes=settings.max_body_bytes,
                       on_error=lambda code: app.state.metrics.errors.labels(code=code).inc())
    app.add_middleware(RequestTimer, metrics=app.state.metrics)
    return app
