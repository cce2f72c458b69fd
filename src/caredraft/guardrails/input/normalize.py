"""One matching form of a message, with a map back to the original offsets.

Rules match on the normalised form (NFKC, casefold, ё→е, Arabic→Persian letters, ZWNJ as a
space, no diacritics), but evidence must quote the original text exactly, so every
normalised character remembers which original character it came from.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Arabic code points that Persian writers type interchangeably with the Persian ones.
_LETTERS = {
    "ي": "ی", "ى": "ی", "ك": "ک", "ە": "ه", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا",
    "ё": "е",
    "\u200c": " ",  # ZWNJ: "می‌خواهم" and "می خواهم" and "میخواهم" are matched alike by the patterns
    "\u200d": "",
    "\u00a0": " ",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'",
    "ـ": "",  # tatweel (kashida), decorative stretching
}


def _is_mark(ch: str) -> bool:
    # Arabic harakat (fatha, kasra, shadda, ...) carry no meaning for our patterns. Only
    # these are dropped: Cyrillic й must stay й, so no general accent stripping.
    return "\u064b" <= ch <= "\u065f" or ch == "\u0670"


@dataclass(frozen=True)
class Normalized:
    original: str
    text: str
    offsets: tuple[int, ...]  # offsets[i] = index in ``original`` of normalised char i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised slice [start, end)."""
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize(text: str) -> Normalized:
    out: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch).casefold()
        for piece in folded:
            if _is_mark(piece):
                continue
            for c in _LETTERS.get(piece, piece):
                out.append(c)
                offsets.append(index)
    return Normalized(original=text, text="".join(out), offsets=tuple(offsets))
