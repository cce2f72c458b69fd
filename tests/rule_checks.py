"""What the rule-class tests ask of ``match_rules``: which crisis rules fire as current, and which
would send a look-alike to a person (current, or past with its status open)."""

from __future__ import annotations

from caredraft.guardrails.input.crisis_rules import Status, match_rules


def current_crisis_rules(text: str, language: str) -> list[str]:
    return [h.rule_id for h in match_rules(text, [language]) if h.is_crisis and h.status == Status.CURRENT]


def flagging_crisis_rules(text: str, language: str) -> list[str]:
    return [h.rule_id for h in match_rules(text, [language])
            if h.is_crisis and h.status in (Status.CURRENT, Status.PAST_UNCLEAR)]
