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

    def screen(self, ticket: Ticket) -> Screening:
        return self.real.screen(ticket)

    def run(self, ticket: Ticket) -> DraftResult:
        raise RuntimeError("embedding backend down (simulated)")


class BrokenEverythingPipeline(BrokenRunPipeline):
    def screen(self, ticket: Ticket) -> Screening:
        raise RuntimeError("screener down (simulated)")
