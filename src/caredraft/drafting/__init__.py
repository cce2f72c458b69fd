"""Drafting: the offline rules drafter (default), the crisis holding message, and the choice
between drafters. Crisis items never reach a drafter (see ``holding``)."""

from __future__ import annotations

import logging

from caredraft.drafting.base import Drafter
from caredraft.settings import Settings

log = logging.getLogger(__name__)


def build_drafter(settings: Settings, kb=None) -> Drafter:
    """The configured drafter. The LLM drafter is not built yet, so ``drafter=llm`` falls back
    to the rules drafter with a warning rather than failing the service."""
    from caredraft.drafting.rules import RulesDrafter

    if settings.drafter == "llm":
        log.warning("drafter=llm is not available yet; using the rules drafter")
    return RulesDrafter(settings, knowledge_base=kb)
