"""A small BM25 index: the lexical half of hybrid retrieval.

e5-small ranks close policies shakily (refund vs billing vs double charge), and exact
words ("receipt", "пароль", "رسید") settle many of those cases. Stemming is deliberately
crude: the first five letters of a word, which serves Russian and Bulgarian endings,
English suffixes and Persian suffixes well enough without a language-specific stemmer.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Sequence

_WORD = re.compile(r"\w+", re.UNICODE)
_PERSIAN = str.maketrans({"ي": "ی", "ك": "ک", "ة": "ه", "\u200c": " ", "ۀ": "ه", "أ": "ا", "إ": "ا"})
STEM = 5


def tokens(text: str) -> list[str]:
    text = text.casefold().replace("ё", "е").translate(_PERSIAN)
    return [w[:STEM] for w in _WORD.findall(text) if len(w) > 1 and not w.isdigit()]


class BM25:
    def __init__(self, documents: Sequence[str], k1: float = 1.4, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.docs = [Counter(tokens(d)) for d in documents]
        self.lengths = [sum(c.values()) for c in self.docs]
        self.avg = (sum(self.lengths) / len(self.lengths)) if self.lengths else 0.0
        df: Counter[str] = Counter()
        for counts in self.docs:
            df.update(counts.keys())
        n = len(self.docs)
        self.idf = {term: math.log(1 + (n - f + 0.5) / (f + 0.5)) for term, f in df.items()}

    def scores(self, query: str) -> list[float]:
        terms = [t for t in set(tokens(query)) if t in self.idf]
        out = []
        for counts, length in zip(self.docs, self.lengths):
            score = 0.0
            for term in terms:
                tf = counts.get(term, 0)
                if tf:
                    score += self.idf[term] * tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * length / self.avg))
            out.append(score)
        return out
