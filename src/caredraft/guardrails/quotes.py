"""The support side's own words quoted back in a customer's e-mail reply, left out of the screening.

A customer who answers an e-mail replies above the quoted message ("On Mon, 1 Dec 2026, Support
<care@example.com> wrote: > ..."). When that message was caredraft's crisis holding message, or an
agent's reply whose footer gives the crisis lines ("If you ever have thoughts of suicide, call or
text 988"), its words read as a crisis: "Thanks, that worked!" above such a quote went to a
clinician (session 28, before this module). The words are the support side's, not the customer's.

So the screener reads the message with the quoted lines it can prove the support side wrote turned
into spaces (offsets and evidence stay those of the customer's text):
- only lines of the *quoted part* are candidates: lines that start with ">", and every line after a
  reply header ("On ... wrote:", "-----Original Message-----", an Outlook "From:" block, their
  Russian, Bulgarian and Persian forms). What the customer typed above the quote is always read;
- a candidate is left out only when its words are in a text the support side wrote: the agent's
  messages in the ticket's history, caredraft's holding messages, the crisis lines of the knowledge
  base. A quoted line of the customer's own earlier message, or of anything unknown, is still read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from caredraft.domain import Screening

# A line that starts the quoted part of a reply. Mail clients write these in the user's language;
# one header line may be wrapped onto two by the client (the "wrote:" on the second).
_HEADER = re.compile(
    r"^\s*(?:"
    r"-{2,}\s*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение|оригинално съобщение|پیام اصلی)\s*-{2,}"
    r"|(?:on|am|le|el)\s.{3,240}?(?:wrote|schrieb|a écrit|escribió)\s*:"
    r"|.{3,240}?(?:написал|написала|написали|пишет|написа|нап\.|نوشت|نوشته)\s*:"
    r"|.{0,200}<[^<>\s@]+@[^<>\s]+>\s*:"  # Gmail in some languages: "Пн, 1 дек. 2026 г. в 10:02, Name <a@b.c>:"
    r"|(?:from|от|از)\s*:\s*.{0,200}(?:@|\n\s*(?:sent|date|отправлено|изпратено|تاریخ)\s*:)"
    r")\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_SPACE = re.compile(r"\s+")
_BULLET = re.compile(r"^[-•*·]\s*")
_BLANK_LINES = re.compile(r"(?:[ \t]*\n){2,}[ \t]*")
_SENTENCE_END = re.compile(r"(?<=[.!?؟…])\s+")
MIN_LINE_CHARS = 12  # shorter quoted lines ("Hi Sam,", "> ok") carry no crisis words worth a doubt


@dataclass(frozen=True)
class Quoted:
    start: int  # the line's words in the customer's text, after any ">" marks
    end: int
    text: str
    line_start: int  # where the line begins, its ">" marks included


def _reply_header(text: str) -> re.Match | None:
    return _HEADER.search(text)


def quoted_lines(text: str) -> list[Quoted]:
    """The lines of ``text``'s quoted part (module docstring), each without its ">" marks; a line
    of ">" marks alone has empty ``text``."""
    header = _reply_header(text)
    quoted_from = header.end() if header else len(text)
    lines: list[Quoted] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        mark = _QUOTE_MARK.match(text, start, end)
        if mark is None and start < quoted_from:
            continue
        words_start = mark.end() if mark else start
        lines.append(Quoted(words_start, end, text[words_start:end], start))
    return lines


def _plain(text: str) -> str:
    return _SPACE.sub(" ", _BULLET.sub("", text.strip())).casefold()


@lru_cache(maxsize=1024)
def _support_plain(text: str) -> str:
    # Cached: the holding messages and crisis lines are the same for every request (1.2 ms a
    # request when read anew each time).
    return _plain(_QUOTE_MARK.sub("", text))


class SupportWords:
    """The texts the support side wrote, to look quoted lines up in."""

    def __init__(self, texts: Iterable[str]):
        # One string with a separator no line holds: a line wrapped by the mail client is found
        # inside the sentence it was cut from, but never across two texts.
        self._all = "\u241e".join(_support_plain(t) for t in texts if t and t.strip())

    def wrote(self, line: str) -> bool:
        """Every sentence of the line is in a support text (a line may join two of them, as a
        holding message joins its opening and the care team's sentence; a wrapped line is a piece
        of one): a line with one word of the customer's own is theirs."""
        pieces = [p for p in (_plain(p) for p in _SENTENCE_END.split(_QUOTE_MARK.sub("", line))) if p]
        return (any(len(p) >= MIN_LINE_CHARS for p in pieces)
                and all(p in self._all for p in pieces))

    def __bool__(self) -> bool:
        return bool(self._all)


def without_support_quotes(text: str, support: SupportWords) -> tuple[str, int]:
    """``text`` with its quoted lines that the support side wrote turned into spaces, and how many
    lines that was. Same length as ``text``: every offset still points at the customer's words.

    With such a line found, the reply header and the quote's empty ">" lines go too: left behind,
    "... Lumen Care <care@example.com>: > > > >" read as a crisis to the classifier (session 28).
    """
    if not support:
        return text, 0
    quoted = quoted_lines(text)
    found = [q for q in quoted if q.text.strip() and support.wrote(q.text)]
    if not found:
        return text, 0
    spans = [(q.line_start, q.end) for q in [*found, *(q for q in quoted if not q.text.strip())]]
    if (header := _reply_header(text)) is not None:
        spans.append(header.span())
    chars = list(text)
    for start, end in spans:
        chars[start:end] = [c if c in "\r\n" else " " for c in text[start:end]]
    return "".join(chars), len(found)


def customer_words(text: str, support: SupportWords) -> str:
    """What a reply is about, for retrieval and drafting: the customer's text without the lines it
    quotes with ">" marks, the reply header, or the support side's lines. Screening reads more
    (``without_support_quotes``: a quoted line nobody can place is read as the customer's); a draft
    answers the new words, not the agent's last message quoted below them."""
    masked, left_out = without_support_quotes(text, support)
    marked = [q for q in quoted_lines(masked) if q.line_start != q.start]  # lines with ">" marks
    header = _reply_header(masked)
    if not (left_out or marked or header):
        return text  # nothing quoted: the text as the customer wrote it
    chars = list(masked)
    for q in marked:
        chars[q.line_start:q.end] = " " * (q.end - q.line_start)
    if header is not None:
        chars[header.start():header.end()] = " " * (header.end() - header.start())
    words = _BLANK_LINES.sub("\n\n", "".join(chars)).strip()
    return words or text.strip()


def support_texts(history: Sequence[Mapping], extra: Iterable[str] = ()) -> list[str]:
    """The agent's messages in the ticket's history, then ``extra`` (holding messages, crisis lines)."""
    agent = [str(turn.get("text") or "") for turn in history
             if isinstance(turn, Mapping) and turn.get("role") == "agent"]
    return [*agent, *extra]


def with_quote_note(screening: Screening, left_out: int) -> Screening:
    """Says so when quoted lines of the support side were left out: a reviewer who sees crisis
    words in the message knows why they did not count."""
    if not left_out:
        return screening
    note = (f"left out {left_out} quoted line(s) that the support side wrote (a reply quoting our message): "
            "not the customer's words")
    return screening.model_copy(update={"reasons": [*screening.reasons, note]})
