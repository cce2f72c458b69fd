"""Choosing which policy sentences a draft quotes: split a passage into sentences and rank
them by word overlap with the customer's message (no embeddings: fast and explainable).

Sentences are quoted as written, so figures (prices, days, hours) reach the draft exactly
as the cited passage states them and the reply checker can ground them.
"""

from __future__ import annotations

import re
from typing import Sequence

_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|`)")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?؟。])\s+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_DIGIT = re.compile(r"[0-9۰-۹٠-٩]")
STEM_LENGTH = 5  # crude prefix stemming: enough for Russian/Bulgarian endings and English plurals

# Function words that would otherwise make every sentence "overlap" with every message.
STOPWORDS = frozenset("""
the and for you your our are was were this that with have has had not but can will would could
what when where which who how from they them their there been about into just also any all its
my me we us i it is be do does did so if or to of in on at by as an a no yes
please now want need like get got thanks thank hello dear still some very
что как это так все для его она они оно мне меня мой моя мои вас ваш ваши вам вы мы нас наш
наши был была были быть есть или если уже ещё еще при про под над без чтобы когда где кто
какой какая какие только также тоже очень можно нужно
какво как това тази тези този всички за на от до при със във вие ние нас наш наши ваш вашия
вашата вашите беше бяха съм сте сме има няма или ако вече още само също много може трябва
که را با از به در این آن برای است هست نیست شما ما من تو او یک هم یا اگر تا بر چه چرا کجا
کی باید می شود شد کرد کنم کنید دارم دارید بود هر خیلی
""".split())


def clean(text: str) -> str:
    """Markdown to plain text a customer can read (links keep their words)."""
    text = _LINK.sub(r"\1", text)
    return _EMPHASIS.sub("", text)


def sentences(text: str) -> list[str]:
    """Sentences of a passage; each list item is its own sentence. Lead-in lines ending in
    ':' are dropped because, quoted alone, they promise a list that is not there."""
    out: list[str] = []
    for line in clean(text).splitlines():
        line = _BULLET.sub("", line).strip()
        if not line or line.startswith("#") or line.startswith("|"):
            continue
        for part in _SENTENCE_END.split(line):
            part = part.strip()
            if len(part) < 12 or part.endswith(":"):
                continue
            if part[-1] not in ".!?؟。)»\"":
                part += "."
            out.append(part)
    return out


def stems(text: str) -> set[str]:
    words = (w.casefold() for w in _WORD.findall(text))
    return {w[:STEM_LENGTH] for w in words if len(w) > 2 and w not in STOPWORDS}


# Emergency wording belongs to the crisis holding message; quoted into an ordinary reply
# (say, to someone bereaved) it alarms instead of helping, so the drafter leaves it out.
_EMERGENCY = re.compile(r"(emergenc|danger|экстренн|опасност|спешн|اورژانس|خطر)", re.IGNORECASE)
# Beyond the best sentence, a sentence is quoted only if it shares a word or carries a figure.
MIN_EXTRA_SCORE = 0.5
# A sentence that opens by pointing back ("This is a temporary hold ...") means something else
# without the sentence before it: quoted alone after a refund rule it reads as a contradiction.
_ANAPHORIC = re.compile(r"^(?:this|that|it|these|those|such|это|этот|эта|эти|такой|такая|такие|тогда"
                        r"|това|тази|този|тези|такъв|такава|такива|این|آن|چنین)\b", re.IGNORECASE)


def best_sentences(text: str, query: str, limit: int = 2, min_score: float = 0.0) -> list[str]:
    """Up to ``limit`` sentences of ``text`` most relevant to ``query``, in passage order.

    Score = shared word stems, plus small bonuses for the opening sentence (policies state
    the rule first) and for sentences with figures (the concrete terms customers need).
    Nothing is returned when even the best sentence scores below ``min_score``.
    """
    candidates = [s for s in sentences(text) if not _EMERGENCY.search(s)]
    if not candidates:
        return []
    wanted = stems(query)
    scored = []
    for position, sentence in enumerate(candidates):
        overlap = len(wanted & stems(sentence))
        score = overlap + (0.3 if position == 0 else 0.0) + (0.5 if _DIGIT.search(sentence) else 0.0)
        scored.append((score, -position, sentence))
    ranked = sorted(scored, reverse=True)
    if ranked[0][0] < min_score:
        return []
    chosen = [ranked[0]]
    for item in ranked[1:]:
        if len(chosen) >= limit or item[0] < MIN_EXTRA_SCORE:
            continue
        position = -item[1]
        if position > 0 and _ANAPHORIC.match(item[2]) and candidates[position - 1] not in {c[2] for c in chosen}:
            continue  # its antecedent is not quoted
        chosen.append(item)
    order = {s: i for i, s in enumerate(candidates)}
    return sorted({s for _, _, s in chosen}, key=order.__getitem__)


def has_figures(texts: Sequence[str]) -> bool:
    return any(_DIGIT.search(t) for t in texts)
