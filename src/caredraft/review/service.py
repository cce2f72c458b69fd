"""Drafting as a durable workflow: persist the request, run the pipeline, store the result.

The request is stored (status ``received``) before the pipeline runs, so a crash mid-way
leaves a record that ``resume`` finishes at the next start-up. If the pipeline itself
raises, safety still fails closed here: the screening alone decides and the item waits
in a review queue (clinical when screening is also broken), never an error or a pass.

Logs carry ids, routes and timings only: never customer text.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from typing import Callable

from caredraft.domain import (
    SEVERITY_ORDER,
    CheckResult,
    Draft,
    DraftResult,
    Route,
    Screening,
    Ticket,
    Verdict,
    stricter,
)
from caredraft.errors import Conflict
from caredraft.review.base import DraftRecord, Repository, Status

log = logging.getLogger(__name__)

PIPELINE_FAILED = "the drafting pipeline failed; a person must read this message and write the reply"
PRIORITY_RANK = {"urgent": 4, "high": 3}


def request_hash(ticket: Ticket) -> str:
    """Fingerprint of a request body: same idempotency key + different body = conflict."""
    canonical = json.dumps(ticket.model_dump(mode="json"), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def severity_rank(screening: Screening) -> int:
    """0 = no signal .. 4 = critical; queues are ordered by this, then by age."""
    ranks = [SEVERITY_ORDER[s.severity] + 1 for s in screening.signals]
    ranks.append(PRIORITY_RANK.get(screening.priority, 0))
    return max(ranks)


class DraftService:
    def __init__(self, *, repository: Repository, pipeline, on_result: Callable[[DraftResult, float], None] | None = None):
        self.repository = repository
        self.pipeline = pipeline
        self.on_result = on_result  # metrics hook: (result, seconds)

    def submit(self, *, ticket: Ticket, idempotency_key: str) -> tuple[DraftRecord, bool]:
        """Returns (record, created). A retry with the same key and body returns the first record."""
        fingerprint = request_hash(ticket)
        record, created = self.repository.create_received(idempotency_key=idempotency_key,
                                                          request_hash=fingerprint, ticket=ticket)
        if not created and record.request_hash != fingerprint:
            raise Conflict("this Idempotency-Key was already used with a different request body",
                           details={"id": record.id})
        if record.status != Status.RECEIVED:
            return record, created
        # New, or an earlier attempt that never finished: run it now (the first stored result wins).
        return self.process(record), created

    def process(self, record: DraftRecord) -> DraftRecord:
        started = time.perf_counter()
        degraded = False
        try:
            result = self.pipeline.run(record.ticket)
        except Exception as exc:  # fail closed: never lose a message, never pass it unreviewed
            log.error("pipeline failed for draft %s (%s); queued for review", record.id, type(exc).__name__)
            result = self.fallback(record.ticket)
            degraded = True
        seconds = time.perf_counter() - started
        stored = self.repository.store_result(draft_id=record.id, result=result,
                                              severity_rank=severity_rank(result.screening), degraded=degraded)
        log.info("draft %s route=%s status=%s in %.3f s", stored.id, result.route.value, stored.status.value, seconds)
        if self.on_result is not None:
            self.on_result(result, seconds)
        return stored

    def fallback(self, ticket: Ticket) -> DraftResult:
        """What we can still say when ``pipeline.run`` raised: screening decides, a person writes."""
        screening = self._screen_alone(ticket)
        crisis = screening.route == Route.CLINICAL_REVIEW or bool(screening.crisis_signals)
        route = Route.CLINICAL_REVIEW if crisis else stricter(screening.route, Route.HUMAN_REVIEW)
        language = ticket.language or (screening.language if screening.language != "other" else "en")
        draft = self._holding(ticket, screening, language) if crisis else None
        if draft is None:
            draft = Draft(text="", language=language, producer="fallback:pipeline-error", flags=["pipeline_error"])
        return DraftResult(
            route=route,
            reasons=[*screening.reasons, PIPELINE_FAILED],
            screening=screening,
            passages=[],
            draft=draft.model_copy(update={"ready_to_send": False}),
            check=CheckResult(verdict=Verdict.BLOCK, errored=["pipeline"]),
        )

    def _screen_alone(self, ticket: Ticket) -> Screening:
        try:
            return self.pipeline.screen(ticket)  # the pipeline's own screen() already fails closed
        except Exception as exc:
            log.error("screening failed in fallback (%s)", type(exc).__name__)
            return Screening(language=ticket.language or "other", route=Route.CLINICAL_REVIEW, priority="urgent",
                             reasons=["screening failed: a clinician must read this message"], degraded=["screening"])

    @staticmethod
    def _holding(ticket: Ticket, screening: Screening, language: str) -> Draft | None:
        try:
            from caredraft.drafting.holding import holding_message

            return holding_message(ticket, screening, [], language=language)
        except Exception as exc:
            log.error("holding message unavailable (%s)", type(exc).__name__)
            return None

    def resume(self) -> int:
        """Finish every request stored but never processed (a crash or restart mid-way)."""
        pending = self.repository.received()
        for record in pending:
            self.process(record)
        if pending:
            log.warning("resumed %d unfinished draft requests", len(pending))
        return len(pending)
