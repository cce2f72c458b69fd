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
_SAME_ALPHABET = {"ru": ("bg",), "bg": ("ru",)}  # the rules of both read a Cyrillic message


WORD = re.compile(r"[^\W\d_]+")  # a word as the rules' reading splits it ("don't" is "don" and "t")

# Text-speak: short forms typed on purpose, read as the words they stand for ("ill kill u", "i want 2
# die", "want2die": session 30, the first two ``auto``). English only: the other three languages'
# chat spellings are read by their own readings (Latin-typed Russian, Bulgarian, Finglish).
SHORTHAND = {"en": {"u": "you", "ur": "your", "r": "are", "b": "be", "2": "to", "wnt": "want", "dnt": "dont",
                    "kil": "kill", "myslf": "myself", "2nite": "tonight", "2night": "tonight", "2nyt": "tonight",
                    "tonite": "tonight", "2day": "today", "2moro": "tomorrow", "2morrow": "tomorrow", "2mrw": "tomorrow"}}
# A weapon drawn where its name goes ("با 🔪 میرم سراغش", "going over there with my 🔫").
WEAPON_EMOJI = {"\U0001f52a": {"en": "knife", "ru": "ножом", "bg": "нож", "fa": "چاقو"},
                "\U0001f52b": {"en": "gun", "ru": "пистолетом", "bg": "пистолет", "fa": "تفنگ"}}

# "i want to 💀", "хочу 💀": the skull, skull and crossbones, coffin and headstone said where a verb
# would be (session 30: the rules read none, and e5 alone was too unsure to flag "i want to 💀").
# Read as the language's "die" in the form a "want to" takes, so only a phrase that is a crisis
# with the word is one with the emoji; "I'm 💀" (laughing) reads "I'm die", which no rule reads.
DEATH_EMOJI = frozenset("\U0001f480\u2620\u26b0\U0001faa6")
DYING = {"en": "die", "ru": "умереть", "bg": "умра", "fa": "بمیرم"}
# ...and after anything but a wish or a future, as "dead": "до сутринта ще съм 🪦", "فردا صبح دیگه 🪦".
DEAD = {"en": "dead", "ru": "мертва", "bg": "мъртва", "fa": "مرده ام"}  # as the rules read it (ZWNJ is a space)
WISH = {"en": {"to", "wanna", "gonna", "ll", "will"}, "ru": {"хочу", "хочется", "хотела", "хотел", "лучше"},
        "bg": {"да", "ще"}, "fa": {"میخوام", "میخواهم", "بخوام", "بذار", "بزار"}}

# What the second reading may read as other words: a word, an emoji of the tables above, or a "2"
# that is no part of a number (alone, or opening "2nite").
TOKEN = re.compile(r"(?<![^\W\d_])2(?:nite|night|nyt|day|moro|morrow|mrw)(?![^\W\d_])|[^\W\d_]+"
                   "|[" + "".join(sorted(DEATH_EMOJI | WEAPON_EMOJI.keys())) + "]"
                   r"|(?<![\d.,:/])2(?![\d.,:/])")

# Words typed without spaces ("iwanttodie", "хочуумереть", "щегоубия"): an unknown word is read as the
# fewest known words it is made of; in Cyrillic and Persian the last of three letters or more (an
# ending split off a word is no word: "суицидни"), in Latin letters it may be "me" ("myhusbandhitsme"). Only the rules' crisis hits on the split are kept, and a split never explains a
# hit away (``crisis_rules._SPACING``). Single letters only where they start crisis phrases ("i", "я"):
# the prepositions "у", "в", "с" split ordinary words into phrases ("друг в универе ...").
MIN_GLUED = 7
_SINGLE = {"en": {"i"}, "ru": {"я"}, "bg": set(), "fa": set()}


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


# Letters written for the ones they sound like (session 30: "хочю умереть", "не хочу жыть", "покончить
# с сабой" were read by e5 alone): Russian spelling after ч, щ, ж, ш and ц, and unstressed vowels,
# and Bulgarian's ъ and а. A substitution, unlike a swap, is tried only between these letters.
_HUSHING = frozenset("чщжшц")
_SOUND_ALIKE = {"ю": "у", "у": "ю", "ы": "и", "и": "ые", "а": "оъя", "о": "а", "е": "иэ", "э": "е", "ъ": "а", "я": "а"}


def _one_slip_away(word: str, alphabet: str) -> set[str]:
    """The words a slip could have come from: a swap undone, a doubled or extra letter removed, a
    dropped letter put back, a letter for one it sounds like (``_SOUND_ALIKE``). Never at the first
    letter (a negation is a prefix: "نمیزنم" is "I don't hit", "میزنم" "I hit"), and at the last only a
    swap, a doubled letter or a sound-alike after ч щ ж ш ц (an ending is grammar: "долгий" is no slip
    of "долги", nor "degree" of "degrees", nor "ударило" of "ударила")."""
    n = len(word)
    found = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, n - 1)}
    found |= {word[:i] + word[i + 1:] for i in range(1, n - 1)}
    if word[-1] == word[-2]:
        found.add(word[:-1])
    found |= {word[:i] + letter + word[i:] for i in range(1, n) for letter in alphabet}
    # a sound-alike letter, in an ending only after ч щ ж ш ц ("хочю"): "ударило" is no slip of "ударила"
    found |= {word[:i] + other + word[i + 1:] for i in range(1, n) for other in _SOUND_ALIKE.get(word[i], "")
              if i < n - 2 or word[i - 1] in _HUSHING}
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


def _unglued(word: str, known: frozenset[str], language: str) -> str | None:
    """``word`` as the fewest known words it is made of, spaced; None when it is made of none."""
    if not MIN_GLUED <= len(word) <= 40:
        return None
    singles = _SINGLE.get(language, set())
    best: list[list[str] | None] = [[]] + [None] * len(word)  # best[i]: the fewest words making word[:i]
    for end in range(1, len(word) + 1):
        for start in range(end):
            piece, before = word[start:end], best[start]
            if before is None or (len(piece) < 2 and piece not in singles) or piece not in known:
                continue
            if best[end] is None or len(before) + 1 < len(best[end]):
                best[end] = before + [piece]
    pieces = best[-1]
    # The last piece is a word, not an ending split off one ("суицидни" is no "суицид ни").
    if pieces is None or len(pieces) < 2 or (len(pieces[-1]) < 3 and script(word) != "latin"):
        return None
    return " ".join(pieces)


def in_context(token: str, language: str, before: str) -> str | None:
    """``correction`` of a token read after ``before`` (the few characters before it): an emoji of
    dying is "die" after a wish or a future ("i want to 💀") and "dead" elsewhere ("до сутринта ще съм 🪦")."""
    if token in DEATH_EMOJI and language in DEAD:
        previous = WORD.findall(before)
        return DYING[language] if previous and previous[-1] in WISH[language] else DEAD[language]
    return correction(token, language)


def is_shorthand(token: str, language: str) -> bool:
    """A token typed on purpose for a word (text-speak, an emoji), not a slip: read as a word of its own."""
    return token in DEATH_EMOJI or token in WEAPON_EMOJI or token in SHORTHAND.get(language, {})


# Finglish (Persian in Latin letters) has no one spelling: a long vowel doubled ("mikhaam" for
# "mikham"), "oo" or "ou" for u, "ee" for i, a final "h" for the final e ("mizaneh"), x for kh, q
# for gh. Session 30: "mikhaam bemiram" went ``auto``. A Latin word of a Persian message is read as
# the first known word one of these spellings gives, each alone or all at once.
_FINGLISH = (("aa", "a"), ("oo", "u"), ("oo", "o"), ("ou", "u"), ("ee", "i"), ("x", "kh"), ("q", "gh"))


def _finglish_spelling(word: str, known: frozenset[str]) -> str | None:
    forms = [word[:-1]] if word.endswith("eh") else []
    forms += [word.replace(a, b) for a, b in _FINGLISH if a in word]
    canonical = word[:-1] if word.endswith("eh") else word
    for a, b in _FINGLISH:
        canonical = canonical.replace(a, b)
    forms.append(canonical)
    return next((form for form in forms if form != word and form in known), None)


@lru_cache(maxsize=4096)
def correction(word: str, language: str) -> str | None:
    """The word ``word`` (a folded word of the message, or a ``TOKEN``) stands for, if it is a crisis
    word typed with a slip or a held-down letter, crisis words typed without spaces, text-speak or an
    emoji of dying; else None."""
    if word in DEATH_EMOJI:
        return DYING.get(language)
    if word in WEAPON_EMOJI:
        return WEAPON_EMOJI[word].get(language)
    if (short := SHORTHAND.get(language, {}).get(word)) is not None:
        return short
    if (alphabet := script(word)) is None:
        return None
    known, crisis = vocabulary(language)
    if word in known or any(word in vocabulary(other)[0] for other in _SAME_ALPHABET.get(language, ())):
        return None  # a word of its own, or of a language written in the same letters ("суицидни" in Bulgarian)
    if (plain := _unelongated(word, known)) is not None:
        return plain
    if language == "fa" and alphabet == "latin" and (plain := _finglish_spelling(word, known)) is not None:
        return plain
    if len(word) < MIN_LETTERS:
        return None
    candidates = _one_slip_away(word, _ALPHABETS[alphabet]) & crisis
    if len(candidates) == 1:
        return next(iter(candidates))
    return _unglued(word, known, language) if not candidates else None
