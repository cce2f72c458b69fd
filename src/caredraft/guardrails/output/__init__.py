"""The output guardrail: checks a reply (caredraft's draft or a person's) before it may be sent.

Each check is a small detector module that reports evidence and never decides:

* ``therapy``   -> ``therapeutic_advice`` (diagnosis, medication, treatment, interpretation, coping coaching)
* ``tone``      -> ``tone``               (defensive, blaming, dismissive wording)
* ``grounding`` -> ``ungrounded``         (policy figures missing from the cited passages)
* ``structure`` -> ``structure``          (the reply must open by acknowledging the customer)
* ``pii``       -> ``pii``                (card/account numbers, e-mails, phones, addresses, dates of birth)

``checker.GuardrailsReplyChecker`` wraps them as guardrails-ai validators and turns their
findings into ``domain.Violation``s and one verdict. Every detector has patterns for en, ru, bg, fa.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from caredraft.domain import Passage, Severity, ViolationKind


@dataclass(frozen=True)
class ReplyContext:
    """What a detector may know besides the reply itself."""

    language: str = "en"  # en | ru | bg | fa (anything else is checked with every language's patterns)
    passages: Sequence[Passage] = ()
    customer_text: str | None = None
    allowed_contacts: Sequence[str] = ()  # the company's own support e-mails/phones


@dataclass(frozen=True)
class Finding:
    kind: ViolationKind
    evidence: str  # exactly text[start:end]
    severity: Severity
    message: str
    start: int | None = None
    end: int | None = None


Detector = Callable[[str, ReplyContext], list[Finding]]


@dataclass
class FindingSink:
    """Per-call collector handed to the validators through guardrails metadata (never shared)."""

    findings: list[Finding] = field(default_factory=list)
    errored: list[str] = field(default_factory=list)


def detectors() -> dict[str, Detector]:
    """Name -> detector, in the order they run. Imported here so adding one is one line."""
    from caredraft.guardrails.output import grounding, pii, structure, therapy, tone

    return {
        "therapy": therapy.detect,
        "tone": tone.detect,
        "grounding": grounding.detect,
        "structure": structure.detect,
        "pii": pii.detect,
    }


def languages_for(language: str | None) -> tuple[str, ...]:
    """Pattern sets to use: the reply's language, or all of them when it is unknown."""
    if language in ("en", "ru", "bg", "fa"):
        return (language,)
    return ("en", "ru", "bg", "fa")
