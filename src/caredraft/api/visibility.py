"""Who may read a customer's words on a crisis item.

Only clinicians (and admins) see what a customer wrote on a ``clinical_review`` item: the
text itself, the screener's evidence spans, and the routing reasons (the router quotes the
evidence in them, e.g. ``suicide (explicit): 'I want to ...' — rule ...``). Every response
that carries a draft result to other roles goes through here, so no route can forget one
of the three.
"""

from __future__ import annotations

from caredraft.api.deps import Principal
from caredraft.domain import Route, Screening
from caredraft.review.keys import Permission

HIDDEN = "details of this crisis item are visible to clinicians only"


def hides_crisis_details(principal: Principal, route: Route | None) -> bool:
    return route == Route.CLINICAL_REVIEW and not principal.can(Permission.REVIEW_CLINICAL)


def redacted_reasons(screening: Screening | None) -> list[str]:
    """Reasons an agent may read: which kinds of crisis were found, never the quoted words."""
    signals = screening.crisis_signals if screening else []
    kinds = sorted({f"{s.category} ({s.severity.value})" for s in signals})
    if kinds:
        return [f"crisis signal: {', '.join(kinds)}; a clinician reviews this message", HIDDEN]
    return ["clinical review: a clinician reviews this message", HIDDEN]


def redacted_screening(screening: Screening) -> dict:
    """The screening as JSON without evidence: route, language, emotion and priority stay."""
    data = screening.model_dump(mode="json")
    data.update(signals=[], reasons=redacted_reasons(screening), redacted=True)
    return data
