"""``GuardrailsReplyChecker``: every reply is checked here before it is called ready.

The detectors run as guardrails-ai validators in one ``Guard`` (built once per process through
``caredraft.guardrails.guard.build_guard``, which keeps guardrails' metrics off). Their findings
become ``domain.Violation``s, and the verdict follows from the worst severity:
high or critical -> ``block``; medium or low -> ``revise``; none -> ``pass``. A crashing check
is listed in ``CheckResult.errored`` and the verdict is ``block`` (fail closed).
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache
from typing import Sequence

from caredraft.domain import CheckResult, Passage, Severity, Verdict, Violation, ViolationKind
from caredraft.guardrails.base import ReplyChecker
from caredraft.guardrails.guard import keep_metrics_off
from caredraft.guardrails.output import FindingSink, ReplyContext
from caredraft.settings import Settings

log = logging.getLogger(__name__)

_BLOCKING = {Severity.HIGH, Severity.CRITICAL}
_guard_lock = threading.Lock()


def detect_language(text: str, hint: str | None = None) -> str:
    """The input guardrail's detector when present, else a script-based guess."""
    try:
        from caredraft.guardrails.input.language import detect_language as detect
    except ImportError:
        detect = None
    if detect is not None:
        language = detect(text, hint).language
        return language if language in ("en", "ru", "bg", "fa") else (hint or "other")
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in text)
    arabic = sum("\u0600" <= ch <= "\u06ff" for ch in text)
    latin = sum(ch.isascii() and ch.isalpha() for ch in text)
    if max(cyrillic, arabic, latin) == 0:
        return hint or "other"
    if arabic >= max(cyrillic, latin):
        return "fa"
    if cyrillic >= latin:  # ъ as a vowel and the -ът/-ят article are Bulgarian
        return "bg" if any(w.endswith(("ът", "ят")) for w in text.lower().split()) or "ъ" in text else "ru"
    return "en"


def verdict_for(violations: Sequence[Violation], errored: Sequence[str]) -> Verdict:
    if errored or any(v.severity in _BLOCKING for v in violations):
        return Verdict.BLOCK
    return Verdict.REVISE if violations else Verdict.PASS


class GuardrailsReplyChecker:
    """Implements ``caredraft.guardrails.base.ReplyChecker``."""

    def __init__(self, *, checks: Sequence[str] | None = None, support_contacts: Sequence[str] = ()) -> None:
        from caredraft.guardrails.guard import build_guard
        from caredraft.guardrails.output.validators import validator_classes
        from guardrails import OnFailAction

        classes = validator_classes()
        names = list(checks) if checks is not None else list(classes)
        unknown = sorted(set(names) - set(classes))
        if unknown:
            raise ValueError(f"unknown reply checks: {', '.join(unknown)} (known: {', '.join(classes)})")
        self.checks = names
        self.support_contacts = tuple(support_contacts)
        # NOOP: guardrails only reports; the verdict is ours, from the findings.
        self.guard = build_guard(*[classes[name](on_fail=OnFailAction.NOOP) for name in names])

    def check(
        self,
        text: str,
        *,
        language: str | None = None,
        passages: Sequence[Passage] = (),
        customer_text: str | None = None,
    ) -> CheckResult:
        detected = detect_language(text or "", language)
        # A reply labelled with one language but written in another is checked with every
        # language's patterns: a wrong label must not switch the checks off.
        lang = detected if language not in ("en", "ru", "bg", "fa") or detected == language else "any"
        ctx = ReplyContext(language=lang, passages=tuple(passages), customer_text=customer_text,
                           allowed_contacts=self.support_contacts)
        sink = FindingSink()
        try:
            # Guard keeps a short call history; one call at a time keeps it consistent.
            with _guard_lock:
                keep_metrics_off()  # a plain Guard() elsewhere may have switched the shared tracer on
                self.guard.validate(text if text is not None else "", metadata={"sink": sink, "context": ctx})
        except Exception:  # guardrails itself failed: nothing was checked
            log.exception("guardrails validation failed")
            sink.errored.append("guard")
        violations = [
            Violation(kind=f.kind, evidence=f.evidence, severity=f.severity, message=f.message, start=f.start, end=f.end)
            for f in sorted(sink.findings, key=lambda f: (f.start if f.start is not None else -1, f.kind.value))
        ]
        if sink.errored and not violations:
            violations = [Violation(kind=ViolationKind.STRUCTURE, evidence="", severity=Severity.HIGH,
                                    message="reply check crashed: " + ", ".join(sink.errored))]
        return CheckResult(verdict=verdict_for(violations, sink.errored), violations=violations, errored=sink.errored)


@lru_cache(maxsize=8)
def _cached(support_contacts: tuple[str, ...]) -> GuardrailsReplyChecker:
    return GuardrailsReplyChecker(support_contacts=support_contacts)


def build_reply_checker(settings: Settings) -> ReplyChecker:
    """The reply checker for these settings; built once per process (the Guard is costly to import)."""
    return _cached(tuple(settings.support_contacts))
