"""A message typed with the keyboard in the wrong layout: Russian or Persian typed while the keyboard
was on English ("[jxe evthtnm" is "хочу умереть", "ldo,hl fldvl" is "میخوام بمیرم"), or English typed
on the Russian layout ("ш цфте ещ вшу" is "i want to die").

Session 30: "[jxe evthtnm" was detected as English and went ``auto``: no rule, no exemplar and no
classifier reads it. People type this way when they forget to switch the layout, and in a hurry or in
distress they may not notice. The keys map one character to one character, so the retyped text has
the same length and every offset of a signal found in it points at the same place in the customer's
own text (``crisis_rules`` quotes evidence from there).

Only whole messages are retyped, and only when the retyped words are words of the other language
(the words caredraft's own texts use, ``typos.vocabulary``) and the words as typed are not: a code,
a name or an English word stays as written. Bulgarian typists use a phonetic layout (read already as
Latin-typed Bulgarian: retyping by it took 300 of 23,967 rows, all Latin-typed Bulgarian, so it is not
done) or BDS, which is not retyped here (yet); Persian is read by its standard layout.
"""

from __future__ import annotations

import re
from functools import lru_cache

from caredraft.guardrails.input import typos

_LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,./`" + 'QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>?~'
_RUSSIAN = "йцукенгшщзхъфывапролджэячсмитьбю.ё" + "ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,Ё"
_TO_RUSSIAN = str.maketrans(_LATIN, _RUSSIAN)
# Persian's standard layout (ISIRI 9147; the older Windows one puts پ on the backslash key too).
_TO_PERSIAN = str.maketrans("qwertyuiop[]asdfghjkl;'zxcvbnm,\\HC", "ضصثقفغعهخحجچشسیبلاتنمکگظطزرذدپوپآژ")
# English typed on the Russian layout: letters only (the punctuation keys stay as typed).
_TO_ENGLISH = str.maketrans(_RUSSIAN[:33], _LATIN[:33])
_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_KNOWN = 2  # retyped words that are words of the other language, one of them of 4 letters or more
MIN_SHARE = 0.6  # ...and their share of the retyped words
MAX_SHARE_AS_TYPED = 0.25  # of the words as typed that are words of their own alphabet's language


_SCRIPT = {"en": "latin", "ru": "cyrillic", "fa": "arabic"}


def _known(text: str, language: str) -> tuple[list[str], int]:
    """(the words of ``text`` that are words of ``language`` in its own alphabet, how many words it
    has). The vocabulary holds Persian typed in Latin letters too: "dige" is no retyped Persian."""
    words = _WORD.findall(text.lower())
    known, _ = typos.vocabulary(language)
    return [w for w in words if w in known and typos.script(w) == _SCRIPT[language]], len(words)


@lru_cache(maxsize=1024)
def retyped(text: str) -> tuple[str, str] | None:
    """(the text as the customer meant to type it, its language) when it was typed on the wrong
    layout, else None. The result has the same length as ``text``, character for character."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4:
        return None
    latin = sum(c.isascii() for c in letters) / len(letters)
    if latin > 0.9:
        candidates, typed_as = [(text.translate(_TO_RUSSIAN), "ru"), (text.translate(_TO_PERSIAN), "fa")], "en"
    elif latin < 0.1 and all("\u0400" <= c <= "\u04ff" for c in letters):
        candidates, typed_as = [(text.translate(_TO_ENGLISH), "en")], "ru"
    else:
        return None
    best = None
    for candidate, language in candidates:
        found, words = _known(candidate, language)
        if len(found) >= MIN_KNOWN and len(found) >= MIN_SHARE * words and max(map(len, found)) >= 4:
            if best is None or len(found) > best[0]:
                best = (len(found), candidate, language)
    if best is None:
        return None
    as_typed, words_as_typed = _known(text, typed_as)
    if len(as_typed) > MAX_SHARE_AS_TYPED * words_as_typed:
        return None
    return best[1], best[2]
