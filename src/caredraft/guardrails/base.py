"""Protocols of the guardrails: the input side screens customer messages, the output
side checks replies. Detectors report evidence; ``router`` alone decides the route."""

from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

from caredraft.domain import CheckResult, Passage, Screening


@runtime_checkable
class Screener(Protocol):
    def screen(self, text: str, *, language: str | None = None) -> Screening:
        """Screen one customer message. Must never raise for a component failure:
        a failing layer is recorded in ``Screening.degraded`` and the route is made stricter."""
        ...

    def screen_many(self, texts: Sequence[str], *, languages: Sequence[str | None] | None = None) -> list[Screening]:
        """Batch form (embeddings are batched)."""
        ...


@runtime_checkable
class ReplyChecker(Protocol):
    def check(
        self,
        text: str,
        *,
        language: str | None = None,
        passages: Sequence[Passage] = (),
        customer_text: str | None = None,
    ) -> CheckResult:
        """Check one reply (caredraft's or a person's). ``passages`` are the cited passages
        that figures must be grounded in; with none given, any policy figure is ungrounded."""
        ...
