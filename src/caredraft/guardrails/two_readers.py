"""Two readers: the tuned reader's classifier gives a second opinion on crisis
(``CAREDRAFT_SCREENING_MODEL=both``, opt-in).

The base e5 and the tuned screening e5 (``tuned_e5``) miss different crises: on the held-out sets
each reader alone missed 88 and 71 crises, and a crisis was missed by both only 50 times (README,
'Two readers'). So every message is read by the base reader, and every message it did not already
send to clinical review is read again by the tuned one; the tuned reading raises the route to
clinical review only when the tuned *classifier* flags a crisis. Its other flags (an exemplar
nearness alone, uncertainty or hostility sending to human review) are not taken: on the readable
batches they added 19 ordinary tickets to review and no crisis (session 20; README 'Two readers').

The price is a second e5 pass for most messages (about half the messages per second), which the
default's speed targets cannot pay; a deployment that chooses it puts recall first.
"""

from __future__ import annotations

import logging
from typing import Sequence

from caredraft.domain import Route, Screening, more_pressing, stricter
from caredraft.guardrails.base import Screener

log = logging.getLogger(__name__)


class TwoReaderScreener:
    """Screens with ``first`` (the base reader: its emotion, follow-up and reasons are kept) and asks
    ``second`` about every message ``first`` did not send to clinical review (``second_opinion``)."""

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
        # A message already in clinical review cannot go higher: the second reader skips it.
        ask = [i for i, s in enumerate(first) if s.route != Route.CLINICAL_REVIEW]
        if not ask:
            return first
        hints = list(languages) if languages is not None else [None] * len(first)
        try:
            second = self.second.screen_many([texts[i] for i in ask], languages=[hints[i] for i in ask])
        except Exception:  # fail closed: the first reading stands, and nothing it let through is auto
            log.exception("the second screening reader failed")
            second = None
        out = list(first)
        for n, i in enumerate(ask):
            out[i] = (_degraded(first[i], f"the second reader ({self.second_name}) failed") if second is None
                      else second_opinion(first[i], second[n], self.second_name))
        return out


def second_opinion(first: Screening, second: Screening, second_name: str) -> Screening:
    """The first screening, raised to clinical review when the second reader's classifier flags a
    crisis that the first did not route there. A second reading that lost a component
    (``degraded``) is no opinion: the message goes at least to human review, as when it fails."""
    if second.degraded:
        return _degraded(first, f"the second reader ({second_name}) ran without: {', '.join(second.degraded)}")
    raises = (second.route == Route.CLINICAL_REVIEW and first.route != Route.CLINICAL_REVIEW
              and any(s.source == "classifier" for s in second.signals))
    if not raises:
        return first
    return second.model_copy(update={
        "follow_up": first.follow_up or second.follow_up,
        "priority": more_pressing(first.priority, second.priority),
        "degraded": list(first.degraded),
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
