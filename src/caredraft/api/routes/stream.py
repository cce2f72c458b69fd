"""``POST /v1/drafts/stream``: a draft for the agent's sidebar, streamed as server-sent events.

Only text that has passed the checks reaches the client. How:

1. Screen the message and emit ``screening``. A crisis (or a drafter that cannot stream,
   such as the rules drafter) gets no streaming at all: one ``final`` event with the whole
   result (for a crisis, the safe holding message; never ready to send).
2. Otherwise retrieve passages and let the LLM drafter stream the model's tokens
   internally. The drafter assembles the reply as it grows, cuts it at sentence
   boundaries, and runs the reply checks on the accumulated text (the whole prefix, since
   grounding and tone need context) at each boundary. A sentence is emitted as ``delta``
   only after the checks pass on everything so far. Structure is judged on the whole
   draft only (a prefix cannot yet have its next step).
3. A violation found late (or a timeout/error mid-stream) stops reading the model; if any
   text was already sent, a ``retract`` event tells the client to discard it. Then the
   re-asked (``llm_revised``) or rules fallback (``fallback:<reason>``) draft follows.
4. The last event is always ``final``: the complete ``DraftResult`` (route, reasons,
   screening, passages, draft with ``producer``, check) exactly as the non-streaming
   pipeline would return it. Clients show ``final`` in place of the deltas.
5. ``error`` (``{"message": ...}``) means no draft could be produced; anything streamed
   before it must be discarded too.

Events: ``screening``, ``delta`` (``{"text"}``), ``retract`` (``{"reason", "violations"}``),
``final``, ``error``. Needs an agent's API key (like ``POST /v1/drafts``); the pipeline is
``app.state.pipeline`` (set by the app's lifespan).
"""

from __future__ import annotations

import json
import logging
from typing import Iterator

from fastapi import APIRouter
from sse_starlette.sse import EventSourceResponse, ServerSentEvent

from caredraft.api.deps import AgentDep, PipelineDep, SettingsDep
from caredraft.api.errors import AUTH_ERRORS, BODY_ERRORS, responses
from caredraft.api.routes.drafts import check_length
from caredraft.api.schemas import DraftCreate
from caredraft.api.visibility import hides_crisis_details, redacted_reasons, redacted_screening
from caredraft.domain import DraftResult, Route, Ticket, Verdict

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1/drafts", tags=["drafts"])


def _event(name: str, data: dict) -> ServerSentEvent:
    return ServerSentEvent(event=name, data=json.dumps(data, ensure_ascii=False))


def draft_events(pipeline, ticket: Ticket, *, clinician: bool = False) -> Iterator[ServerSentEvent]:
    """The event sequence for one ticket (sync: runs in Starlette's thread pool).

    ``clinician``: the caller may read crisis evidence. Otherwise a clinical route's
    evidence and the reasons quoting it are left out, as ``GET /v1/drafts/{id}`` does."""

    def _final(result: DraftResult) -> ServerSentEvent:
        data = result.model_dump(mode="json")
        if result.route == Route.CLINICAL_REVIEW and not clinician:
            data.update(screening=redacted_screening(result.screening), reasons=redacted_reasons(result.screening),
                        redacted=True)
        return _event("final", data)

    sent = False  # has any delta reached the client?
    try:
        screening = pipeline.screen(ticket)
        hide = screening.route == Route.CLINICAL_REVIEW and not clinician
        yield _event("screening", redacted_screening(screening) if hide else screening.model_dump(mode="json"))
        drafter = pipeline.drafter
        if screening.route == Route.CLINICAL_REVIEW or screening.crisis_signals or not hasattr(drafter, "stream"):
            # No streaming: the pipeline's own path (the holding message for a crisis).
            yield _final(pipeline.run(ticket))
            return
        failures: list[str] = []
        language = pipeline.reply_language(ticket, screening)
        words = pipeline.own_words(ticket)  # as Pipeline.run: the customer's new words, not our quoted message
        passages = pipeline.retrieve(words, language, failures)
        try:
            for item in drafter.stream(words, screening, passages):
                if item.event == "final":
                    draft = item.draft
                    check = pipeline.check(draft, passages, words, failures)
                    route, reasons = pipeline.route(screening, draft, check, failures)
                    ready = route == Route.AUTO and check.verdict == Verdict.PASS
                    yield _final(DraftResult(route=route, reasons=reasons, screening=screening, passages=passages,
                                             draft=draft.model_copy(update={"ready_to_send": ready}), check=check))
                    return
                sent = sent or item.event == "delta"
                yield _event(item.event, item.data)
            raise RuntimeError("the drafter's stream ended without a final draft")
        except Exception:
            # The streaming drafter broke (not the model: it handles those itself). Take back
            # what was sent and let the pipeline's non-streaming path (with its fallback) answer.
            log.exception("streaming drafter failed; using the pipeline's own path")
            if sent:
                yield _event("retract", {"reason": "drafter_error", "violations": []})
                sent = False
            yield _final(pipeline.run(ticket))
    except Exception as exc:  # never a traceback on the wire; the client discards what it has
        log.exception("streamed draft failed")
        yield _event("error", {"message": "the draft could not be produced; discard any partial text",
                               "kind": type(exc).__name__})


@router.post("/stream", operation_id="streamDraft", response_class=EventSourceResponse,
             summary="Stream a draft as server-sent events (only checked text is sent)",
             responses={200: {"content": {"text/event-stream": {}},
                              "description": "Events: screening, delta, retract, final, error"},
                        **responses(*AUTH_ERRORS, *BODY_ERRORS)})
def stream_draft(body: DraftCreate, principal: AgentDep, pipeline: PipelineDep,
                 settings: SettingsDep) -> EventSourceResponse:
    """Stream a draft for one customer message (see the module docstring for the events).
    Streamed drafts are not queued for review: the sidebar is the agent's own scratch pad."""
    check_length(settings, body.text)
    for turn in body.history:
        check_length(settings, turn.text, "history text")
    ticket = Ticket(text=body.text, language=body.language, country=body.country, ticket_id=body.ticket_id,
                    channel=body.channel, history=[turn.model_dump() for turn in body.history])
    clinician = not hides_crisis_details(principal, Route.CLINICAL_REVIEW)
    return EventSourceResponse(draft_events(pipeline, ticket, clinician=clinician), ping=15)
