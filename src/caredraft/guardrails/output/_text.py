"""Text helpers shared by the reply detectors.

Patterns match a *folded* copy of the reply that has exactly the same length as the original
(one character in, one character out), so a match's offsets quote the original text exactly.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

# Persian and Arabic-Indic digits -> ASCII; Arabic letter forms -> Persian; ZWNJ and NBSP -> space.
_FOLD = str.maketrans(
    {
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
        "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا",
        "ё": "е", "Ё": "Е",
        "\u200c": " ", "\u00a0": " ", "\u202f": " ",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'",
        "–": "-", "—": "-", "‑": "-",
        "٫": ".", "٬": ",", "،": ",", "؛": ";", "؟": "?",
    }
)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case, same-length matching form (digits ASCII, Persian letters unified).

    Cached: every detector folds the same reply, and the cited policy passages recur across
    replies (profiled: folding was the largest cost of a check)."""
    translated = text.translate(_FOLD)
    lowered = translated.lower()
    if len(lowered) == len(translated):  # the usual case: lower() never shortens a string
        return lowered
    # str.lower() may lengthen a few characters (İ); keep those as they are to preserve offsets.
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in translated)


# Also split "done.The next" (a missing space after a full stop is common in pasted text).
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|[\n\r]+|[!?]+|\.(?=[^\W\d_])(?<=[^\W\d_]{3}\.)")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank sentence, in order (works on the original or folded text)."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if text[start:end].strip():
            yield start, end
        start = end
    if text[start:].strip():
        yield start, len(text)


def compile_all(patterns: list[str]) -> re.Pattern[str]:
    """One alternation for a list of patterns (case already folded)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.UNICODE)


def _squash(text: str) -> str:
    return " ".join(text.split()).rstrip(".!?;: ")


@lru_cache(maxsize=1024)
def _source_form(text: str) -> str:
    return _squash(fold(text))


def mask_quoted(text: str, passages) -> str:
    """Blank out (same length) the sentences a reply quotes verbatim from its cited passages.

    Policy text is the company's own approved wording: "a good relationship with your
    therapist matters" in the switching policy is not counselling, and the tone and therapy
    detectors must judge only what the reply adds. Grounding and structure still see it all.
    """
    if not passages:
        return text
    return _mask_quoted(text, tuple(p.text for p in passages))


@lru_cache(maxsize=256)
def _mask_quoted(text: str, passage_texts: tuple[str, ...]) -> str:
    """Cached: the therapy and tone checks both mask the same reply against the same passages."""
    sources = [_source_form(p) for p in passage_texts]
    folded = fold(text)
    out = list(text)
    for start, end in sentences(folded):
        # A lead-in such as "Here is what our policy says: " may precede the quote.
        colon = folded.find(": ", start, end)
        for begin in (start, colon + 2) if colon != -1 else (start,):
            sentence = _squash(folded[begin:end])
            if len(sentence) >= 20 and any(sentence in source for source in sources):
                out[begin:end] = " " * (end - begin)
                break
    return "".join(out)
