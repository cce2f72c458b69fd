"""The newest message read in its conversation: the customer's earlier messages in ``Ticket.history``.

A crisis does not always arrive in the message being answered. The customer may have written it
two messages ago ("I've already said goodbye to everyone I care about") and now ask only "Just cancel
it please"; or split it over messages: "What happens to my account if the account holder dies?",
the agent's answer, then "I'm asking for myself. It will be needed soon." Read alone, the newest
message is an ordinary ticket in both.

So the screener reads the newest message, then, in one batch, each of the customer's earlier messages
(the latest ``settings.screening_history_messages``) and the newest message joined to the customer's
two messages before it, as one text; with no language given, those are read in the newest message's. The newest message's screening is the result, made stricter by
what the other readings found:
- a crisis signal (clinical review) in an earlier message: clinical review. A crisis said in this
  conversation is current unless the customer said it was over, which the screener reads in that
  message ("two years ago I was suicidal, I'm doing great now" stays answered);
- a doubt (human review) in an earlier message: human review. Hostility toward staff in an earlier
  message is not a doubt about this one: it was that message's route, and it does not make every
  later reply a review;
- a crisis a rule reads in the joined text only (the after-death question and "asking for myself"):
  clinical review. The joined text's semantic and classifier readings are not used (see below).
The agent's messages are not screened: "if you ever have thoughts of suicide, call 988" is not the
customer's; nor are those words when the customer's e-mail reply quotes them back (``quotes``). A
crisis signal found in an earlier message carries ``Signal.turn`` (its index in the history) and
offsets into that message, so a reviewer sees it where it was written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from caredraft.domain import Route, Screening, Signal, SignalKind, VulnerabilityCategory, more_pressing, stricter
from caredraft.guardrails.base import Screener
from caredraft.guardrails.input.language import SUPPORTED
from caredraft.guardrails.quotes import SupportWords, support_texts, with_quote_note, without_support_quotes
from caredraft.guardrails.router import quote

JOINED_MESSAGES = 2  # earlier customer messages joined to the newest: a statement split over three messages
_SEPARATOR = "\n\n"  # a paragraph break: each message stays its own sentences and clauses


@dataclass(frozen=True)
class _Part:
    turn: int | None  # index in the history; None for the newest message
    text: str
    start: int  # where the part begins in the joined text


def customer_messages(history: Sequence[Mapping], limit: int) -> list[tuple[int, str]]:
    """(index in the history, text) of the customer's latest ``limit`` earlier messages with words in them."""
    found = [(i, str(turn.get("text") or "")) for i, turn in enumerate(history)
             if isinstance(turn, Mapping) and turn.get("role") == "customer" and str(turn.get("text") or "").strip()]
    return found[-limit:] if limit > 0 else []


def screen_in_conversation(screener: Screener, text: str, *, language: str | None, history: Sequence[Mapping],
                           limit: int, support: Sequence[str] = ()) -> Screening:
    """``text`` screened alone, then made stricter by the customer's earlier messages (module docstring).

    ``support``: texts the support side wrote besides the history's agent messages (holding
    messages, crisis lines); lines of them quoted in a customer's message are not read as theirs.
    """
    words = SupportWords(support_texts(history, support))
    text, left_out = without_support_quotes(text, words)
    earlier = [(turn, without_support_quotes(t, words)[0]) for turn, t in customer_messages(history, limit)]
    if not earlier:
        return with_quote_note(screener.screen(text, language=language), left_out)

    newest = screener.screen(text, language=language)
    # The conversation's language, for earlier messages too short to tell theirs: a "👍" or "?" read
    # alone is "other", and a language without rules sends a message to a person (module docstring:
    # that doubt would then hold every later message of the conversation).
    hint = language or (newest.language if newest.language in SUPPORTED else None)
    parts = _joined_parts(earlier[-JOINED_MESSAGES:], text)
    joined = _SEPARATOR.join(p.text for p in parts)
    readings = screener.screen_many([*(t for _, t in earlier), joined], languages=[hint] * (len(earlier) + 1))
    alone, together = readings[:-1], readings[-1]
    readings = [newest, *readings]

    route, reasons, signals = newest.route, list(newest.reasons), list(newest.signals)
    follow_up, priority = newest.follow_up, newest.priority
    for (turn, _), reading in reversed(list(zip(earlier, alone))):  # the latest first, as a reviewer reads back
        if not _escalates(reading):
            continue
        route = stricter(route, reading.route)
        reasons += [f"earlier message (#{turn + 1} in the conversation): {r}" for r in reading.reasons]
        signals += [s.model_copy(update={"turn": turn}) for s in reading.crisis_signals]
        follow_up, priority = follow_up or reading.follow_up, more_pressing(priority, reading.priority)
    # The joined reading adds only a crisis a rule reads across the messages and no single message
    # showed. Its semantic and classifier readings are not used: their windows are cut anew across
    # messages (a sentence loses the message around it), and on conversations of three ordinary
    # messages they escalated 117 of 600 that no message alone escalated (session 27, ordinary rows
    # of fresh-dev and the readable batches; rules only: 0 of 600).
    across = [s for s in together.crisis_signals if s.source == "rule"]
    if across and route != Route.CLINICAL_REVIEW:
        route = Route.CLINICAL_REVIEW
        reasons += [f"read with the customer's earlier messages: {r}" for r in together.reasons
                    if any(quote(s.evidence) in r for s in across)]
        signals += [_on_part(s, parts) for s in across]
        follow_up = True
    if route == Route.CLINICAL_REVIEW:  # as the router sets it for one message
        priority, follow_up = "urgent", True
    merged = newest.model_copy(update={"route": route, "reasons": reasons, "signals": signals, "follow_up": follow_up,
                                       "priority": priority, "degraded": sorted({d for r in readings for d in r.degraded})})
    return with_quote_note(merged, left_out)


def _escalates(reading: Screening) -> bool:
    if reading.route == Route.CLINICAL_REVIEW or reading.crisis_signals:
        return True
    hostile = any(s.kind == SignalKind.VULNERABILITY and s.category == VulnerabilityCategory.HOSTILITY
                  for s in reading.signals)
    return reading.route == Route.HUMAN_REVIEW and not hostile


def _joined_parts(earlier: Sequence[tuple[int, str]], text: str) -> list[_Part]:
    parts, pos = [], 0
    for turn, part in [*earlier, (None, text)]:
        parts.append(_Part(turn, part, pos))
        pos += len(part) + len(_SEPARATOR)
    return parts


def _on_part(signal: Signal, parts: Sequence[_Part]) -> Signal:
    """A signal of the joined reading, quoted in the message its evidence starts in (cut at that
    message's end: the evidence must be that message's own text)."""
    part = next((p for p in parts if signal.start < p.start + len(p.text)), parts[-1])
    start = max(0, signal.start - part.start)
    end = max(start, min(len(part.text), signal.end - part.start))
    return signal.model_copy(update={"turn": part.turn, "start": start, "end": end, "evidence": part.text[start:end]})
