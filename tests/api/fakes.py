"""Fakes at the edges only: a pipeline wrapper whose ``run`` breaks (to prove the API fails
closed), and a stand-in pipeline used only while the real parts have not landed yet."""

from __future__ import annotations

from caredraft.domain import (
    CheckResult, CrisisCategory, Draft, DraftResult, Route, Screening, Severity, Signal, SignalKind, Ticket, Verdict,
)


class BrokenRunPipeline:
    """The real pipeline, except that ``run`` raises as a crashed component would."""

    def __init__(self, real) -> None:
        self.real = real
        self.kb = real.kb
        self.checker = real.checker

    def screen(self, ticket: Ticket) -> Screening:
        return self.real.screen(ticket)

    def run(self, ticket: Ticket) -> DraftResult:
        raise RuntimeError("embedding backend down (simulated)")


class BrokenEverythingPipeline(BrokenRunPipeline):
    def screen(self, ticket: Ticket) -> Screening:
        raise RuntimeError("screener down (simulated)")


class _FakeChecker:
    def check(self, text, *, language=None, passages=(), customer_text=None) -> CheckResult:
        return CheckResult(verdict=Verdict.PASS)


class StandInPipeline:
    """Keyword screening over the real knowledge base; used only if build_pipeline fails."""

    def __init__(self, kb) -> None:
        self.kb = kb
        self.checker = _FakeChecker()

    def screen(self, ticket: Ticket) -> Screening:
        lowered = ticket.text.lower()
        if "kill myself" in lowered:
            start = lowered.index("kill myself")
            signal = Signal(kind=SignalKind.CRISIS, category=CrisisCategory.SUICIDE, severity=Severity.CRITICAL,
                            evidence=ticket.text[start:start + 11], start=start, end=start + 11)
            return Screening(language="en", route=Route.CLINICAL_REVIEW, signals=[signal], reasons=["implied suicide"])
        if "idiots" in lowered:
            return Screening(language="en", route=Route.HUMAN_REVIEW, reasons=["hostility"])
        return Screening(language="en", route=Route.AUTO)

    def run(self, ticket: Ticket) -> DraftResult:
        screening = self.screen(ticket)
        passages = self.kb.search(ticket.text, language="en", k=2)
        draft = Draft(text="I understand. " + (passages[0].text[:200] if passages else ""), language="en",
                      citations=[p.citation for p in passages[:1]])
        return DraftResult(route=screening.route, reasons=screening.reasons, screening=screening, passages=passages,
                           draft=draft, check=CheckResult(verdict=Verdict.PASS))
