"""Screen one customer message without drafting (crisis and vulnerability signals, route)."""

from __future__ import annotations

from fastapi import APIRouter

from caredraft.api.deps import AgentDep, PipelineDep, SettingsDep
from caredraft.api.errors import AUTH_ERRORS, BODY_ERRORS, responses
from caredraft.api.routes.drafts import check_length
from caredraft.api.schemas import ScreenRequest
from caredraft.domain import Screening, Ticket

router = APIRouter(prefix="/v1/screen", tags=["screening"])


@router.post("", operation_id="screenMessage", response_model=Screening, summary="Screen a customer message",
             responses=responses(*AUTH_ERRORS, *BODY_ERRORS))
def screen_message(body: ScreenRequest, _: AgentDep, pipeline: PipelineDep, settings: SettingsDep) -> Screening:
    check_length(settings, body.text)
    for turn in body.history:
        check_length(settings, turn.text, "history text")
    # Pipeline.screen fails closed (a broken screener yields clinical_review, not an error).
    return pipeline.screen(Ticket(text=body.text, language=body.language,
                                  history=[turn.model_dump() for turn in body.history]))
