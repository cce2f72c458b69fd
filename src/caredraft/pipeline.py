"""One request, start to end: screen -> retrieve -> draft -> check -> route.

The order lives here and only here. Persisting the result is the caller's step
(``caredraft.review`` for the API, stdout for the CLI), so the pipeline stays pure.

Safety fails closed at every stage: a stage that raises never turns into a silent pass.
A screening failure goes to clinical review (we cannot rule a crisis out); any other
component failure goes to human review with the reason named.
"""

from __future__ import annotations

import logging
from typing import Sequence

from caredraft.domain import (
    CheckResult,
    Draft,
    DraftResult,
    Passage,
    Route,
    Screening,
    Severity,
    Ticket,
    Verdict,
    Violation,
    ViolationKind,
    stricter,
)
from caredraft.drafting.base import Drafter
from caredraft.guardrails.base import ReplyChecker, Screener
from caredraft.guardrails.input import keyboard
from caredraft.guardrails.quotes import SupportWords, customer_words, support_texts
from caredraft.guardrails.thread import screen_in_conversation
from caredraft.settings import Settings

log = logging.getLogger(__name__)


class Pipeline:
    def __init__(
        self,
        *,
        settings: Settings,
        screener: Screener,
        knowledge_base,  # caredraft.knowledge_base.store.KnowledgeBase (search, crisis_resources)
        drafter: Drafter,
        checker: ReplyChecker,
        fallback_drafter: Drafter | None = None,
    ) -> None:
        self.settings = settings
        self.screener = screener
        self.kb = knowledge_base
        self.drafter = drafter
        self.checker = checker
        self.fallback_drafter = fallback_drafter

    def warm_up(self) -> None:
        """Load now what the first messages would otherwise wait for (the exemplar embeddings,
        the classifier): a server calls this before it reports ready."""
        warm = getattr(self.screener, "warm_up", None)
        if warm is not None:
            warm()

    # -- the flow ---------------------------------------------------------------------------
    def run(self, ticket: Ticket) -> DraftResult:
        failures: list[str] = []

        screening = self.screen(ticket)
        language = self.reply_language(ticket, screening)

        if screening.route == Route.CLINICAL_REVIEW or screening.crisis_signals:
            return self._crisis(ticket, screening, language)

        # The draft answers the customer's new words, not our last message their e-mail quotes below them.
        ticket = self.own_words(ticket)
        passages = self.retrieve(ticket, language, failures)
        draft = self.compose(ticket, screening, passages, failures)
        check = self.check(draft, passages, ticket, failures)
        route, reasons = self.route(screening, draft, check, failures)
        # Ready to send means an agent may send it as is; a person still sends it.
        draft = draft.model_copy(update={"ready_to_send": route == Route.AUTO and check.verdict == Verdict.PASS})
        return DraftResult(route=route, reasons=reasons, screening=screening, passages=passages, draft=draft, check=check)

    # -- stages -----------------------------------------------------------------------------
    def screen(self, ticket: Ticket) -> Screening:
        try:
            # The newest message, read with the customer's earlier ones (a crisis said two messages ago).
            return screen_in_conversation(self.screener, ticket.text, language=ticket.language, history=ticket.history,
                                          limit=self.settings.screening_history_messages, support=self.support_texts())
        except Exception:  # fail closed: we cannot rule out a crisis
            log.exception("screening failed")
            return Screening(
                language=ticket.language or "other",
                route=Route.CLINICAL_REVIEW,
                reasons=["screening failed: the message could not be screened, so a clinician must read it"],
                degraded=["screening"],
                priority="urgent",
            )

    def support_texts(self) -> list[str]:
        """What the support side writes besides the agents' messages: the holding messages and the
        knowledge base's crisis lines (a customer's e-mail reply quotes them back; guardrails/quotes.py)."""
        from caredraft.drafting.holding import holding_texts

        try:
            crisis = self.kb.crisis_texts()
        except Exception:  # screening goes on: unknown quoted lines are read as the customer's
            log.exception("crisis lines unavailable for quote detection")
            crisis = []
        return [*holding_texts(), *crisis]

    def own_words(self, ticket: Ticket) -> Ticket:
        """The ticket with its text cut to the customer's new words (guardrails/quotes.customer_words),
        as they meant to type them if the keyboard was on the wrong layout (guardrails/input/keyboard)."""
        words = customer_words(ticket.text, SupportWords(support_texts(ticket.history, self.support_texts())))
        if (retyped := keyboard.retyped(words)) is not None:
            words = retyped[0]
        return ticket if words == ticket.text else ticket.model_copy(update={"text": words})

    def retrieve(self, ticket: Ticket, language: str, failures: list[str]) -> list[Passage]:
        try:
            return list(self.kb.search(ticket.text, language=language, k=self.settings.retrieval_k))
        except Exception:
            log.exception("retrieval failed")
            failures.append("retrieval")
            return []

    def compose(self, ticket: Ticket, screening: Screening, passages: Sequence[Passage], failures: list[str]) -> Draft:
        try:
            return self.drafter.draft(ticket, screening, passages)
        except Exception:
            log.exception("drafter %s failed", getattr(self.drafter, "name", "?"))
            failures.append(f"drafter:{getattr(self.drafter, 'name', '?')}")
            if self.fallback_drafter is None:
                raise
            draft = self.fallback_drafter.draft(ticket, screening, passages)
            return draft.model_copy(update={"producer": f"fallback:{getattr(self.drafter, 'name', '?')}-error"})

    def check(self, draft: Draft, passages: Sequence[Passage], ticket: Ticket, failures: list[str]) -> CheckResult:
        cited = [p for p in passages if p.citation in set(draft.citations)]
        cited += self._fetch_cited(draft, cited)
        try:
            return self.checker.check(draft.text, language=draft.language, passages=cited, customer_text=ticket.text)
        except Exception:
            log.exception("reply check failed")
            failures.append("reply_check")
            return CheckResult(
                verdict=Verdict.BLOCK,
                violations=[Violation(kind=ViolationKind.STRUCTURE, evidence="", severity=Severity.HIGH,
                                      message="the reply checker failed; the draft was not checked")],
                errored=["reply_check"],
            )

    def _fetch_cited(self, draft: Draft, cited: Sequence[Passage]) -> list[Passage]:
        """Sections the drafter cited without retrieval returning them (the follow-up or
        clinical hand-off it fetched itself): the checker must ground figures in them too."""
        have = {p.citation for p in cited}
        extra: list[Passage] = []
        for citation in draft.citations:
            if citation in have:
                continue
            try:
                passage = self.kb.get(citation)
            except Exception:  # unresolvable citation: its figures count as ungrounded (fails closed)
                log.exception("cited passage lookup failed")
                passage = None
            if passage is not None:
                extra.append(passage)
        return extra

    def route(self, screening: Screening, draft: Draft, check: CheckResult, failures: list[str]) -> tuple[Route, list[str]]:
        route = screening.route
        reasons = list(screening.reasons)
        if failures:
            route = stricter(route, Route.HUMAN_REVIEW)
            reasons.append("component failure: " + ", ".join(failures))
        if check.verdict != Verdict.PASS:
            route = stricter(route, Route.HUMAN_REVIEW)
            kinds = sorted({v.kind.value for v in check.violations}) or check.errored
            reasons.append(f"draft check {check.verdict.value}: " + ", ".join(kinds))
        if "no_relevant_policy" in draft.flags:
            route = stricter(route, Route.HUMAN_REVIEW)
            reasons.append("no relevant policy found: the agent must check")
        if screening.language not in self.settings.languages:
            # The draft is in the default language, not the customer's: never ready to send as is.
            route = stricter(route, Route.HUMAN_REVIEW)
            reasons.append(f"the customer wrote in a language caredraft does not draft in (detected "
                           f"'{screening.language}'); the draft is in '{draft.language}': the agent must reply in theirs")
        return route, reasons

    # -- crisis -----------------------------------------------------------------------------
    def _crisis(self, ticket: Ticket, screening: Screening, language: str) -> DraftResult:
        from caredraft.drafting.holding import holding_message

        try:
            resources = list(self.kb.crisis_resources(country=ticket.country or self.settings.default_country,
                                                      language=language))
        except Exception:  # the holding message has built-in fallbacks; never block on the KB
            log.exception("crisis resources lookup failed")
            resources = []
        draft = holding_message(ticket, screening, resources, language=language)
        reasons = list(screening.reasons)
        if not resources:
            reasons.append("crisis resources unavailable from the knowledge base; generic emergency wording used")
        return DraftResult(
            route=Route.CLINICAL_REVIEW,
            reasons=reasons,
            screening=screening,
            passages=resources,
            draft=draft,
            check=CheckResult(verdict=Verdict.BLOCK, violations=[]),  # never ready to send, by construction
        )

    def reply_language(self, ticket: Ticket, screening: Screening) -> str:
        """The helpdesk's language when supported, then the detected one, else the default."""
        for candidate in (ticket.language, screening.language):
            if candidate and candidate in self.settings.languages:
                return candidate
        return screening.language if screening.language != "other" else self.settings.default_language


def build_pipeline(settings: Settings) -> Pipeline:
    """The default pipeline for the settings: embedded Chroma + e5, rules screener and drafter,
    guardrails-ai reply checker. Built once per process (models and the Guard load here)."""
    from caredraft.drafting import build_drafter
    from caredraft.drafting.rules import RulesDrafter
    from caredraft.guardrails.output.checker import build_reply_checker
    from caredraft.guardrails.screening import build_screener
    from caredraft.knowledge_base.store import KnowledgeBase

    kb = KnowledgeBase.from_settings(settings)
    drafter = build_drafter(settings, kb)
    rules = drafter if isinstance(drafter, RulesDrafter) else RulesDrafter(settings, knowledge_base=kb)
    return Pipeline(
        settings=settings,
        screener=build_screener(settings, kb.embedder),
        knowledge_base=kb,
        drafter=drafter,
        checker=build_reply_checker(settings),
        fallback_drafter=None if drafter is rules else rules,
    )
