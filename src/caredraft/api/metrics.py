"""Prometheus metrics, one CollectorRegistry per app (so tests can build many apps).

Labels are low-cardinality on purpose: route templates (``/v1/drafts/{draft_id}``), never
raw paths with ids, and never anything from the customer's message.
"""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from caredraft.domain import DraftResult

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


class ApiMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.drafts = Counter("caredraft_drafts_total", "Drafts produced, by route.", ["route"],
                              registry=self.registry)
        self.violations = Counter("caredraft_check_violations_total", "Reply-check violations, by kind.", ["kind"],
                                  registry=self.registry)
        self.pipeline_seconds = Histogram("caredraft_pipeline_seconds", "Time to draft one message.",
                                          buckets=LATENCY_BUCKETS, registry=self.registry)
        self.requests = Histogram("caredraft_http_request_seconds", "HTTP request latency.",
                                  ["method", "path", "status"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self.errors = Counter("caredraft_errors_total", "Error responses, by error code.", ["code"],
                              registry=self.registry)

    def observe_result(self, result: DraftResult, seconds: float) -> None:
        self.drafts.labels(route=result.route.value).inc()
        self.pipeline_seconds.observe(seconds)
        self.observe_check(result.check)

    def observe_check(self, check) -> None:
        for violation in check.violations:
            self.violations.labels(kind=violation.kind.value).inc()


class RequestTimer:
    """ASGI middleware timing every request under its route template."""

    def __init__(self, app: ASGIApp, metrics: ApiMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = scope.get("route")  # set by the router on the shared scope
            path = getattr(route, "path", None) or "unmatched"
            self.metrics.requests.labels(method=scope["method"], path=path, status=str(status["code"])).observe(
                time.perf_counter() - started)
