"""Two readers, the stricter route wins (``CAREDRAFT_SCREENING_MODEL=both``, opt-in).

The base e5 and the tuned screening e5 (``tuned_e5``) miss different crises: on the held-out sets
each reader alone missed 88 and 71 crises, and a crisis was missed by both only 50 times (README,
'Two readers'). Screening every message with both and keeping the more careful route turns that
into recall, at a price the default cannot pay: twice the e5 work (about half the messages per
second) and more ordinary tickets sent to a person. Safety before convenience decides *within* a
deployment that chose it; the default keeps one reader so that the speed targets hold.
"""

from __future__ import annotations

import logging
from typing import Sequence

from caredraft.domain import PRIORITY_ORDER, ROUTE_ORDER, Route, Screening, stricter
from caredraft.guardrails.base import Screener

log = logging.getLogger(__name__)


class TwoReaderScreener:
    """Screens with ``first`` (the base reader: its emotion is kept, it names emotions better) and
    ``second``; each message gets the stricter of the two screenings."""

    name = "rules+semantic, two readers"

    def __init__(self, first: Screener, second: Screener, second_name: str = "tuned e5") -> None:
        self.first = first
        self.second = second
        self.second_name = second_name

    def warm_up(self) -> None:
        for screener in (self.first, self.second):
            if hasattr(screener, "warm_up"):
                screener.warm_up()

    def screen(self, text: str, *, language: str | None = None) -> Screening:
        return self.screen_many([text], languages=[language])[0]

    def screen_many(self, texts: Sequence[str], *, languages: Sequence[str | None] | None = None) -> list[Screening]:
        first = self.first.screen_many(texts, languages=languages)  # bad input raises here, as with one reader
        try:
            second = self.second.screen_many(texts, languages=languages)
        except Exception:  # fail closed: the first reading stands, and nothing it let through is auto
            log.exception("the second screening reader failed")
            return [_degraded(s, f"the second reader ({self.second_name}) failed") for s in first]
        return [stricter_of(a, b, self.second_name) for a, b in zip(first, second)]


def stricter_of(first: Screening, second: Screening, second_name: str) -> Screening:
    """The screening with the stricter route (the first on a tie), with the other's follow-up,
    priority and degraded components added: a flag either reader raised is kept."""
    merged = {
        "follow_up": first.follow_up or second.follow_up,
        "priority": max(first.priority, second.priority, key=lambda p: PRIORITY_ORDER.index(p) if p in PRIORITY_ORDER else 0),
        "degraded": list(dict.fromkeys([*first.degraded, *second.degraded])),
    }
    if ROUTE_ORDER[first.route] >= ROUTE_ORDER[second.route]:
        return first.model_copy(update=merged)
    return second.model_copy(update={
        **merged,
        # The reviewer reads which reader raised the route, and why.
        "reasons": [f"{second_name} reader: {r}" for r in second.reasons]
                   + [f"base reader: {r}" for r in first.reasons],
        "emotion": first.emotion,
        "emotion_confidence": first.emotion_confidence,
    })


def _degraded(screening: Screening, why: str) -> Screening:
    return screening.model_copy(update={
        "route": stricter(screening.route, Route.HUMAN_REVIEW),
        "reasons": [*screening.reasons, why],
        "degraded": [*screening.degraded, "second reader"],
    })
