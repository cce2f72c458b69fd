"""Drafting: the offline rules drafter (default), the crisis holding message, and the choice
between drafters. Crisis items never reach a drafter (see ``holding``)."""

from __future__ import annotations

import logging

from caredraft.drafting.base import Drafter
from caredraft.settings import Settings

log = logging.getLogger(__name__)


def build_drafter(settings: Settings, kb=None) -> Drafter:
    """The configured drafter: the LLM drafter when an endpoint is configured (``drafter=auto``,
    the default) or asked for (``drafter=llm``), otherwise the offline rules drafter. Either way
    the start-up log says which, and the LLM drafter falls back to rules on any failure."""
    from caredraft.drafting.llm import LLMDrafter, log_drafter_choice
    from caredraft.drafting.rules import RulesDrafter

    log_drafter_choice(settings)
    if settings.uses_llm:
        return LLMDrafter(settings, knowledge_base=kb)
    return RulesDrafter(settings, knowledge_base=kb)
