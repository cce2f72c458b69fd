"""The reply templates (``templates/<lang>.yaml``) and the deterministic choice among variants.

Templates hold no figures: every number in a draft comes from a cited policy passage, so the
reply checker can ground it. Variants are picked from a hash of the customer's message, so the
same ticket always gets the same draft (reproducible evals) while different tickets vary.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

import yaml

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE_LANGUAGES = ("en", "ru", "bg", "fa")

# Every phrasebook must have these (dotted paths); checked once at load so a broken
# translation fails loudly at start-up rather than in the middle of a draft.
REQUIRED = (
    "acknowledge.feeling", "acknowledge.situation", "explain.intro", "explain.other_language",
    "explain.nothing_found", "topics", "next_step", "follow_up.intro", "follow_up.fallback",
    "holding.opening", "holding.team", "holding.danger", "holding.resources_intro",
    "holding.fallback_resources", "holding.closing",
)


@lru_cache(maxsize=None)
def phrasebook(language: str) -> dict[str, Any]:
    """The templates of one language (``en``, ``ru``, ``bg``, ``fa``)."""
    if language not in TEMPLATE_LANGUAGES:
        raise ValueError(f"no reply templates for language {language!r} (have: {', '.join(TEMPLATE_LANGUAGES)})")
    path = TEMPLATES_DIR / f"{language}.yaml"
    book = yaml.safe_load(path.read_text(encoding="utf-8"))
    for dotted in REQUIRED:
        node: Any = book
        for key in dotted.split("."):
            if not isinstance(node, dict) or key not in node:
                raise ValueError(f"{path}: missing template section {dotted!r}")
            node = node[key]
    return book


def template_language(*candidates: str | None) -> str:
    """The first candidate we have templates for; English as the last resort."""
    for candidate in candidates:
        if candidate in TEMPLATE_LANGUAGES:
            return candidate  # type: ignore[return-value]
    return "en"


def pick(options: Sequence[str] | str, seed: str, slot: str) -> str:
    """One variant, chosen by a stable hash of the message and the slot name (never ``hash()``,
    which changes between processes)."""
    if isinstance(options, str):
        return options
    if not options:
        return ""
    digest = hashlib.sha256(f"{slot}\x1f{seed}".encode("utf-8")).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]
