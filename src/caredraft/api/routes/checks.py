"""Check a reply (caredraft's or a person's) against the output guardrails."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request

from caredraft.api.deps import AgentDep, PipelineDep, SettingsDep
from caredraft.api.errors import AUTH_ERRORS, BODY_ERRORS, responses
from caredraft.api.routes.drafts import check_length
from caredraft.api.schemas import CheckRequest
from caredraft.domain import CheckResult, Verdict
from caredraft.errors import InvalidInput

log = logging.getLogger(__name__)
router = APIRouter(prefix="/v1/checks", tags=["checks"])


@router.post("", operation_id="checkReply", response_model=CheckResult, summary="Check a reply",
             responses=responses(*AUTH_ERRORS, *BODY_ERRORS))
def check_reply(body: CheckRequest, _: AgentDep, pipeline: PipelineDep, settings: SettingsDep,
                request: Request) -> CheckResult:
    check_length(settings, body.text)
    if body.customer_text is not None:
        check_length(settings, body.customer_text, "customer_text")
    passages, unknown = [], []
    for citation in body.citations:
        passage = pipeline.kb.get(citation)
        (passages if passage is not None else unknown).append(passage or citation)
    if unknown:
        raise InvalidInput("unknown citations: " + ", ".join(c[:100] for c in unknown[:5]),
                           details={"unknown": [c[:100] for c in unknown]})
    try:
        result = pipeline.checker.check(body.text, language=body.language, passages=passages,
                                        customer_text=body.customer_text)
    except Exception as exc:  # fail closed: an unchecked reply is a blocked reply, and says why
        log.error("reply check failed (%s)", type(exc).__name__)
        result = CheckResult(verdict=Verdict.BLOCK, errored=["reply_check"])
    request.app.state.metrics.observe_check(result)
    return result
