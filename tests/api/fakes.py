"""Fakes at the edges only: pipeline wrappers whose ``run`` (and ``screen``) break, to prove
the API fails closed."""

from __future__ import annotations

from caredraft.domain import DraftResult, Screening, Ticket


class BrokenRunPipeline:
    """The real pipeline, except that ``run`` raises as a crashed component would."""

    def __init__(self, real) -> None:
        self.real = real
        self.kb = real.kb
        self.checker = real.checker

    def warm_up(self) -> None:
        self.real.warm_up()

    def screen(self, ticket: Ticket) -> Screening:
        return self.real.screen(ticket)

    def run(self, ticket: Ticket) -> DraftResult:
        raise RuntimeError("embedding backend down (simulated)")


class BrokenEverythingPipeline(BrokenRunPipeline):
    def screen(self, ticket: Ticket) -> Screening:
        raise RuntimeError("screener down (simulated)")


class WarmUpRecordingPipeline(BrokenRunPipeline):
    """The real pipeline, recording whether the server warmed it up before it said ready."""

    def __init__(self, real) -> None:
        super().__init__(real)
        self.warmed = 0

    def warm_up(self) -> None:
        self.warmed += 1
        super().warm_up()

    def run(self, ticket: Ticket) -> DraftResult:
        return self.real.run(ticket)
