"""One matching form of a message, with a map back to the original offsets.

Rules match on the normalised form (NFKC, casefold, ё→е, Arabic→Persian letters, ZWNJ as a
space, no diacritics), but evidence must quote the original text exactly, so every
normalised character remembers which original character it came from.
"""

from __future__ import annotations

import re
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
    # Invisible marks that keyboards and copy-paste leave inside and between words (session 28: each
    # hid "خودمو بکشم" or "kill myself" from every rule): direction marks (Persian keyboards add them),
    # bidi embeddings and isolates, the soft hyphen, the word joiner, a byte-order mark. Left out.
    "\u200e": "", "\u200f": "", "\u061c": "", "\u00ad": "", "\u2060": "", "\ufeff": "",
    **{chr(c): "" for c in range(0x202A, 0x202F)}, **{chr(c): "" for c in range(0x2066, 0x206A)},
    "\u200b": " ",  # zero-width space: a word break, as ZWNJ is read
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


class _FoldTable(dict):
    """Character -> its matching form (NFKC, casefold, marks dropped, letters unified), filled
    on first use. Folding is per character, so a table gives exactly what folding each character
    again would, without the Unicode calls: normalising was a large share of screening's own time."""

    def __missing__(self, ch: str) -> str:
        out = []
        for piece in unicodedata.normalize("NFKC", ch).casefold():
            if not _is_mark(piece):
                out.append(_LETTERS.get(piece, piece))
        folded = self[ch] = "".join(out)
        return folded


_FOLDED = _FoldTable()


def normalize(text: str) -> Normalized:
    pieces = [_FOLDED[ch] for ch in text]
    lengths = list(map(len, pieces))
    if lengths.count(1) == len(lengths):  # the usual case: one character in, one out
        offsets = tuple(range(len(text)))
    else:
        offsets = tuple(index for index, n in enumerate(lengths) for _ in range(n))
    return Normalized(original=text, text="".join(pieces), offsets=offsets)


# Latin-transliterated Russian/Bulgarian ("ya hochu umeret'", "iskam da umra"): the Cyrillic
# rule sets run on a Cyrillic reading of the text. Longest chunk first; the reading is
# rough, but the lexicons match stems, so a rough reading is enough.
_TRANSLIT = sorted({
    "shch": "щ", "sht": "щ", "lsh": "льш", "sch": "щ", "zh": "ж", "kh": "х", "ts": "ц", "tz": "ц", "ch": "ч", "sh": "ш",
    "ya": "я", "ja": "я", "yu": "ю", "ju": "ю", "yo": "е", "jo": "е", "ye": "е", "je": "е", "iya": "ия", "iyu": "ию", "iy": "ий", "yy": "ый",
    "a": "а", "b": "б", "v": "в", "w": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "j": "й", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х",
    "c": "ц", "y": "ы", "x": "кс", "q": "к", "'": "ь", "`": "ь",
}.items(), key=lambda kv: -len(kv[0]))
_VOWELS = set("aeiouy")


def latin_share(text: str) -> float:
    """Share of letters that are Latin (0 when there are no letters)."""
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch.isascii() for ch in letters) / len(letters) if letters else 0.0


# Bulgarian chat spelling differs: q is я ("nqma", "smenq"), y is ъ ("sym", "4etvyrtak"), j is
# ж before a vowel ("moje", "jivot") and й elsewhere ("nikoj", "zdravejte"), x is х, and the
# digits 4 and 6 inside a word are ч and ш ("4asa", "pi6a").
_BG_TRANSLIT = {**dict(_TRANSLIT), "q": "я", "y": "ъ", "j": "ж", "ja": "жа", "ju": "жу", "je": "же", "jo": "жо", "x": "х", "4": "ч", "6": "ш"}


def _chunker(table: dict[str, str]) -> re.Pattern:
    # One pass instead of trying every chunk at every position: the alternatives are tried
    # longest first, which is how the table is meant to be read; any other character (digits
    # included, see ``_digit_letter``) matches the final "." and is kept.
    letters = sorted((c for c in table if not c.isdigit()), key=len, reverse=True)
    return re.compile("|".join(re.escape(c) for c in letters) + "|.", re.DOTALL)


def _digit_letter(src: str, i: int) -> bool:
    """A digit written for a letter: next to a letter and not part of a number ("4asa", "pi6a";
    not "16:00" or "4 days")."""
    before = src[i - 1] if i > 0 else " "
    after = src[i + 1] if i + 1 < len(src) else " "
    return not before.isdigit() and not after.isdigit() and ("a" <= before <= "z" or "a" <= after <= "z")


# Russian chat spelling writes ч and ш as 4 and 6 inside a word too ("ho4u", "bol6e", "pokon4it"), and
# "-tsya" ends a reflexive verb ("ponadobitsya": понадобится; inside a word ``to_cyrillic`` reads "ця").
_RU_TRANSLIT = {**dict(_TRANSLIT), "tsya": "тся", "4": "ч", "6": "ш"}
_READINGS = {"ru": (_RU_TRANSLIT, _chunker(_RU_TRANSLIT)), "bg": (_BG_TRANSLIT, _chunker(_BG_TRANSLIT))}


def to_cyrillic(n: Normalized, language: str = "ru") -> Normalized:
    """A Cyrillic reading of a normalised Latin text, with offsets still into the original,
    by Russian (default) or Bulgarian chat spelling."""
    table, chunker = _READINGS[language]
    src, out, offsets = n.text, [], []
    for match in chunker.finditer(src):
        i, latin = match.start(), match.group()
        cyr = table.get(latin)
        if cyr is not None and latin.isdigit() and not _digit_letter(src, i):
            cyr = None
        if latin == "j" and language == "bg" and not (i + 1 < len(src) and src[i + 1] in _VOWELS):
            cyr = "й"
        if cyr is None:
            out.append(latin)
            offsets.append(n.offsets[i])
            continue
        # "y" after a vowel is й ("moy", "svoy", "seychas", "voyna"), not ы: Russian has
        # almost no ы after a vowel, and "ya", "yu", "ye", "yo" are read as chunks before this.
        # (an apostrophe is the writer's own soft sign, "perestat'": a letter of the word, not its end)
        word_end = i + len(latin) == len(src) or not (src[i + len(latin)].isalpha() or src[i + len(latin)] in "'`")
        if (latin == "y" and language == "ru" and i > 0 and src[i - 1] in _VOWELS
                and (word_end or src[i + 1] not in _VOWELS)):
            cyr = "й"
        if latin == "tsya" and not word_end:  # "tsyala" is "цяла", not "тсяла"
            cyr = "ця"
        # Russian infinitives lose their soft sign in Latin ("zhit", "umeret"); not "-aet", "-uet"
        # ("ubivaet", "rabotaet": the present's third person) or "-ot" ("etot"). The rules' patterns
        # also take a "т" with or without a soft sign after it (lexicons.latin_tolerant).
        if (latin == "t" and language == "ru" and word_end and i >= 3 and src[i - 1] in _VOWELS and src[i - 3:i].isalpha()
                and src[i - 1] != "o" and not (src[i - 1] == "e" and src[i - 2] in _VOWELS)):
            cyr = "ть"
        for k, c in enumerate(cyr):  # the last letter maps to the chunk's last, so spans cover it
            out.append(c)
            offsets.append(n.offsets[i + len(latin) - 1] if k == len(cyr) - 1 else n.offsets[i])
    text = "".join(out)
    if language == "bg":
        text = _BG_U_WORDS.sub(lambda m: _BG_U_FOR_ER[m.group()], text)
    return Normalized(original=n.original, text=text, offsets=tuple(offsets))


# Bulgarian chat spelling also writes ъ as "u" ("sum", "vuv"), which the table reads as у. Only
# the function words the rules lean on are mended, whole words of the same length (so offsets
# hold), and only those that are no Bulgarian word with у: not "кум" (best man) or "тук".
_BG_U_FOR_ER = {"сум": "съм", "вув": "във", "сус": "със", "куде": "къде"}
_BG_U_WORDS = re.compile(r"(?<!\w)(?:" + "|".join(_BG_U_FOR_ER) + r")(?!\w)")
