"""Typing slips in the words crisis rules read: "i want to end my lfie", "i wnat to die", "хочу
покончить с собйо", and letters held down: "i want to diiiie", "хочу умеееереть".

A person in distress types fast and on a phone. ``benchmarks/typos.py`` put one slip (two letters
swapped, a letter doubled or left out) into one word of crisis messages the screener sent to a
clinician as written: about one in ten then did not reach one (session 28), and the rules read far
fewer of them, so a long message was left to the semantic layer alone.

An elongated word is read as the known word its runs of one letter stand for. Otherwise a word is
corrected only when it is unknown (in none of the texts caredraft ships for the language:
the semantic exemplars and the training rows, crisis and ordinary alike), has four letters or more,
and is one slip away from exactly one word of a crisis text there. The correction is a second reading
of the message (``crisis_rules._undisguised``): the rules' hits that touch a corrected word are
added, nothing else, so a known word is never read as another and ordinary text reads as before.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import product
from pathlib import Path


from caredraft.domain import CrisisCategory
from caredraft.guardrails.input.normalize import normalize

HERE = Path(__file__).resolve().parent
MIN_LETTERS = 4
_ALPHABETS = {
    "latin": "abcdefghijklmnopqrstuvwxyz",
    "cyrillic": "абвгдежзийклмнопрстуфхцчшщъыьэюя",
    "arabic": "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی",
}
# Words crisis phrases are built of that ordinary texts use too ("my life insurance", "I want a
# refund"): a slip of one of them is read as it. Others only when no ordinary text uses them.
CORE = {
    "en": "life want myself kill killing suicide suicidal overdose pills tablets alive living anymore hang "
          "goodbye wrist wrists bleeding breathe breathing unconscious husband boyfriend",
    "ru": "жить умереть умру покончить собой себя самоубийство суицид таблетки таблеток повеситься "
          "повешусь вены вскрыть порезать режу убить убью хочу больше дышать сознание муж бьёт",
    "bg": "живея живот умра самоубия самоубийство хапчета хапчетата обеся режа искам повече "
          "дишам съзнание мъжът бие",
    "fa": "خودکشی خودمو بکشم بمیرم زندگی زنده قرص قرصا قرصامو رگمو میخوام دیگه نفس بیهوش شوهرم",
}
_CRISIS = frozenset(c.value for c in CrisisCategory)


WORD = re.compile(r"[^\W\d_]+")  # a word as the rules' reading splits it ("don't" is "don" and "t")


def _words(text: str) -> list[str]:
    return WORD.findall(normalize(text).text)


def script(letter: str) -> str | None:
    """The alphabet of a folded letter (of a word's first letter): "latin", "cyrillic", "arabic" or None."""
    first = letter[0]
    if "a" <= first <= "z":
        return "latin"
    if "\u0400" <= first <= "\u04ff":
        return "cyrillic"
    if "\u0600" <= first <= "\u06ff":
        return "arabic"
    return None


@lru_cache(maxsize=8)
def vocabulary(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(every word of the language's shipped texts, the words only their crisis texts use)."""
    known: set[str] = set()
    crisis: set[str] = set()
    ordinary: set[str] = set()

    def add(text: str, is_crisis: bool) -> None:
        words = [w for w in _words(text) if w]
        known.update(words)
        (crisis if is_crisis else ordinary).update(w for w in words if len(w) >= MIN_LETTERS)

    from caredraft.guardrails.input.semantic import load_exemplars  # numpy: only when first asked

    exemplars = load_exemplars()
    for text, label, lang in zip(exemplars.texts, exemplars.labels, exemplars.languages):
        if lang == language:
            add(text, label in _CRISIS)
    for folder in ("train", "dev", "classifier", "emotion"):
        for path in sorted((HERE / "training" / folder).glob(f"{language}*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    add(str(row.get("text", "")), row.get("category") in _CRISIS)
    # Only words crisis texts use and ordinary ones never do ("lfie" is read as "life", but a slip is
    # never read as "bill", "долги" or "путь": a crisis rule may take those in a look-alike's sense).
    core = {w for word in CORE.get(language, "").split() for w in _words(word)}
    return frozenset(known | core), frozenset((crisis - ordinary) | core)


def _one_slip_away(word: str, alphabet: str) -> set[str]:
    """The words a slip could have come from: a swap undone, a doubled or extra letter removed, a
    dropped letter put back. Never at the first letter (a negation is a prefix: "نمیزنم" is "I don't
    hit", "میزنم" "I hit"), and at the last only a swap or a doubled letter (an ending is grammar:
    "долгий" is no slip of "долги", nor "degree" of "degrees")."""
    n = len(word)
    found = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, n - 1)}
    found |= {word[:i] + word[i + 1:] for i in range(1, n - 1)}
    if word[-1] == word[-2]:
        found.add(word[:-1])
    found |= {word[:i] + letter + word[i:] for i in range(1, n) for letter in alphabet}
    found.discard(word)
    return found


_ELONGATED = re.compile(r"(\w)\1{2,}")  # a letter held down: "diiiie", "умеееереть", "بمیرممممم"


def _unelongated(word: str, known: frozenset[str]) -> str | None:
    """The known word an elongated one stands for: each run of three or more of one letter read as
    one or two of it ("diiiie" is "die", "killlling" is "killing"), the first reading that is a word."""
    runs = list(_ELONGATED.finditer(word))
    if not runs or len(runs) > 3:
        return None
    for lengths in product((1, 2), repeat=len(runs)):
        pieces, pos = [], 0
        for run, n in zip(runs, lengths):
            pieces += [word[pos:run.start()], run.group(1) * n]
            pos = run.end()
        candidate = "".join(pieces) + word[pos:]
        if candidate in known:
            return candidate
    return None


@lru_cache(maxsize=4096)
def correction(word: str, language: str) -> str | None:
    """The word ``word`` (a folded word of the message) stands for, if it is a crisis word typed
    with a slip or a held-down letter; else None."""
    if (alphabet := script(word)) is None:
        return None
    known, crisis = vocabulary(language)
    if word in known:
        return None
    if (plain := _unelongated(word, known)) is not None:
        return plain
    if len(word) < MIN_LETTERS:
        return None
    candidates = _one_slip_away(word, _ALPHABETS[alphabet]) & crisis
    return next(iter(candidates)) if len(candidates) == 1 else None
