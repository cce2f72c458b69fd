"""What the rule-class tests ask of ``match_rules``: which crisis rules fire as current, and which
would send a look-alike to a person (current, or past with its status open)."""

from __future__ import annotations

from caredraft.guardrails.input.crisis_rules import RuleHit, Status, match_rules


def current_crisis_hits(text: str, language: str) -> list[RuleHit]:
    return [h for h in match_rules(text, [language]) if h.is_crisis and h.status == Status.CURRENT]


def current_crisis_rules(text: str, language: str) -> list[str]:
    return [h.rule_id for h in current_crisis_hits(text, language)]


def flagging_crisis_rules(text: str, language: str) -> list[str]:
    return [h.rule_id for h in match_rules(text, [language])
            if h.is_crisis and h.status in (Status.CURRENT, Status.PAST_UNCLEAR)]


def assert_rule_fires(rule: str, text: str, language: str) -> None:
    current = current_crisis_rules(text, language)
    assert rule in current, f"{rule} did not fire on {text!r} (got {current})"


def assert_stays_clear(text: str, language: str) -> None:
    hits = flagging_crisis_rules(text, language)
    assert hits == [], f"{text!r} fired {hits}"


def assert_set_aside(text: str, language: str) -> None:
    """A crisis rule reads the look-alike (else the check proves nothing), and none of its readings is current."""
    crisis = [h for h in match_rules(text, [language]) if h.is_crisis]
    assert crisis, f"no crisis rule read {text!r}: the test would prove nothing"
    assert all(h.status != Status.CURRENT for h in crisis), [(h.rule_id, h.status, h.cleared_by) for h in crisis]
