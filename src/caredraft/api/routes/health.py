"""Liveness, readiness and Prometheus metrics (no key needed; they carry no customer data)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from caredraft.api.schemas import Health, Readiness

router = APIRouter(tags=["health"])


@router.get("/healthz", operation_id="liveness", response_model=Health, summary="The process is up")
async def healthz() -> Health:
    return Health()


def _readiness(request: Request) -> Readiness:
    state = request.app.state
    checks: dict[str, str] = {}
    try:
        state.repository.ping()
        checks["database"] = "ok"
    except Exception as exc:
        checks["database"] = f"failed: {type(exc).__name__}"
    pipeline = getattr(state, "pipeline", None)
    checks["pipeline"] = "ok" if pipeline is not None else "not loaded"
    try:
        empty = pipeline.kb.is_empty() if pipeline is not None else True
        checks["knowledge_base"] = "empty" if empty else "ok"
    except Exception as exc:
        checks["knowledge_base"] = f"failed: {type(exc).__name__}"
    ready = all(value == "ok" for value in checks.values())
    return Readiness(status="ready" if ready else "not_ready", checks=checks)


@router.get("/readyz", operation_id="readiness", response_model=Readiness,
            summary="Database, knowledge base and pipeline are usable",
            responses={503: {"model": Readiness, "description": "Not ready"}})
async def readyz(request: Request) -> Response:
    readiness = await run_in_threadpool(_readiness, request)
    return JSONResponse(readiness.model_dump(), status_code=200 if readiness.status == "ready" else 503)


@router.get("/metrics", operation_id="metrics", summary="Prometheus metrics",
            responses={200: {"content": {"text/plain": {}}, "description": "Prometheus text format"}})
async def metrics(request: Request) -> Response:
    return Response(generate_latest(request.app.state.metrics.registry), media_type=CONTENT_TYPE_LATEST)
