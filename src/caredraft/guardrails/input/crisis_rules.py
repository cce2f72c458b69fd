"""The rule layer: runs the per-language lexicons over a message and says, for each crisis
match, whether it is current or why it is not (idiom, negated, over, someone else's past).

Matching happens on the normalised text; every reported span is mapped back, so
``signal.evidence == text[signal.start:signal.end]`` always holds for the original text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from typing import Iterable, Sequence

from caredraft.domain import CrisisCategory, Signal, SignalKind
from caredraft.guardrails.input import typos
from caredraft.guardrails.input.lexicons import LANGUAGES, Lexicon, Rule, load
from caredraft.guardrails.input.normalize import Normalized, latin_share, normalize, to_cyrillic

_SENTENCE_END = re.compile(r"[.!?\n؟;؛]+")
_BUT = r"but|но|однако|обаче|ама|ولی|اما"  # a contrast: what follows is a clause of its own
_CONTRAST_WORDS = rf"{_BUT}|however|though|yet|а|ولیکن"
_CLAUSE_BREAK = re.compile(rf"[,،;:–—]|\b(?:{_CONTRAST_WORDS})\b")


class Status(StrEnum):
    CURRENT = "current"
    IDIOM = "idiom"  # an idiom or topic mention overlaps the match
    NEGATED = "negated"
    PAST_RESOLVED = "past_resolved"  # clearly over: not current
    PAST_UNCLEAR = "past_unclear"  # past, but the message does not say it is over
    REPORTED_PAST = "reported_past"  # someone else, not now


CLEARED = {Status.IDIOM, Status.NEGATED, Status.PAST_RESOLVED, Status.REPORTED_PAST}


@dataclass(frozen=True)
class RuleHit:
    signal: Signal
    rule_id: str
    language: str
    status: Status
    cleared_by: str | None = None  # clearer id or marker that explains the status
    norm_start: int = 0  # the match in the text the lexicon read (offsets differ from the signal's)
    norm_end: int = 0

    @property
    def is_crisis(self) -> bool:
        return self.signal.kind == SignalKind.CRISIS

    @property
    def current(self) -> bool:
        return self.status == Status.CURRENT

    @property
    def why_cleared(self) -> str:
        """Why the match is not current, for a reviewer: the clearer's note and id ("a question asked
        and answered no (ru.topic.asked_if_answered_no_s17)"), or the pass that cleared it."""
        note = _clearer_notes(self.language).get(self.cleared_by or "")
        return f"{note} ({self.cleared_by})" if note else (self.cleared_by or self.status.value)


def _sentence_bounds(norm: str, position: int) -> tuple[int, int]:
    start = 0
    for match in _SENTENCE_END.finditer(norm):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            return start, match.start()
    return start, len(norm)


# A form field answered no: "thoughts of suicide: no", "мысли о суициде — нет", "самоубийствени мисли
# в момента: не". Any language (a form's answers are short), and only a bare answer that ends the
# clause: "мисли за самоубийство: не знам" (I don't know) stays open.
# A question answered the same way counts too: "any thoughts of suicide? A: none", "... ? - no".
# Not across "but": "I want to die tonight but self-harm? no" answers only the second question.
# Nor across "and", "because" or a comma, except where a list starts right after the match and no
# "I" or time before the match makes it the writer's own account: "thoughts of suicide and
# self-harm: no" and "suicide, self-harm: no" deny both items, while in "я хочу покончить с собой
# сегодня и резать себя? нет" and "снощи пак се нарязах и самонаранява? не" the answer is only to
# the last item.
_AND = r"and|и|و"
_BECAUSE = r"because|so(?! far)|потому|поэтому|защото|затова|понеже|چون|زیرا"  # "self-harm so far? no" is one item
_FORM_ANSWER_NO = re.compile(rf"^(?P<list>\s*[,،]\s*|\s*(?:{_AND})\s)?(?:(?!\b(?:{_BUT}|{_AND}|{_BECAUSE})\b)[^,،:=.!?؟\n]){{0,25}}" r"(?:[:=]|[?؟][\"'»“”]?\s*(?:(?:a|answer|ответ|отговор|پاسخ|جواب)\s*[:=.)]|[-–—])?)\s*[\"'«„“]?\s*"
                             r"(?:no|none|never|nope|not at all|n/a|not applicable|нет|не|няма|никога|никогда|ни разу|нисколько|изобщо не"
                             r"|نه|خیر|هرگز|ندارم|ندارد|اصلا|اصلاً"
                             # emphatic answers: "No way.", "Да ни за что.", "Нет-нет, что вы", "В никакъв случай", "به هیچ وجه"
                             r"|no way|hell no|god no|absolutely not|of course not|no(?:[-, ]+no)+|(?:да )?ни за что|ни в коем случае"
                             r"|нет(?:[-, ]+нет)+|конечно,? нет|в никакъв случай|за нищо на света|не(?:[-, ]+не)+|به هیچ وجه|ابدا|ابداً|نه(?:[-,، ]+نه)+)"
                             r"\s*[\"'»“”]?\s*(?:[.,،;!)\]/|]|$)")


# A question someone asked, reported ("the nurse asked if I wanted to harm myself", "спросила, не хочу
# ли я покончить с собой", "попита ме дали не мисля да се самоубия", "پرسید که آیا می‌خوام ..."), and
# answered no at once after it ("... Of course not.", "... Конечно нет!", "... — не, разбира се."):
# the match is the question's, not the writer's. Answered otherwise ("Да, хочу", "I didn't answer"),
# or not at once, it stays what it says.
_REPORTED_QUESTION = re.compile(
    r"\b(?:asked|asks|asking|wanted to know)\b[^.!?]{0,40}\b(?:if|whether)\b"
    r"|\b(?:спросил\w*|спрашива\w*|переспросил\w*|интересовал\w*|уточнял\w*|уточнил\w*)\b[^.!?]{0,40}\bли\b"
    r"|\b(?:попита\w*|пита\w*|питал\w*|разпитва\w*)\b[^.!?]{0,40}\b(?:дали|ли)\b"
    r"|(?<!\w)(?:پرسید\w*|می\s*‌?پرسید\w*)(?!\w)[^.!?؟]{0,40}(?<!\w)(?:آیا|اگه|اگر)(?!\w)")
_ANSWERED_NO_NEXT = re.compile(
    r"^[^.!?؟\n]{0,40}?(?:[.!?؟…]+|\s[-–—])\s*[-–—]?\s*"
    r"(?:(?:of course|certainly|definitely|absolutely) not|(?:(?:of course|certainly|definitely|absolutely|конечно|разумеется|естественно"
    r"|разбира се|естествено|категорично|البته)\s*[,،]?\s*)?(?:no|nope|never|not at all|нет|не|няма|никога|никогда|نه|خیر|هرگز|اصلا|اصلاً)"
    r"(?:\s*(?:[,،]|and|и|و)?\s*(?:no|нет|не|نه))*)"  # "Нет и нет", "no, no"
    r"\s*(?:[,،]\s*(?:of course(?: not)?|конечно|разумеется|разбира се|естествено)\s*)?(?:[.,،;!)]|$)")


# A question about the crisis, answered yes at once after it: "Have you ever thought about suicide?
# Yes, every night.", "Думали ли вы о самоубийстве? Да.", "آیا تا به حال به خودکشی فکر کرده اید؟ بله".
# The match is the question's words, but the answer makes them the writer's: no clearer (a form, a
# topic) and no negation inside the question explains it; the time logic still reads it (session 20:
# the four languages had routed such answers `auto`). Not "yes or no?", which asks.
_ANSWERED_YES = re.compile(
    r"^[^.!?؟\n]{0,60}?[?؟][\"'»“”]?\s*[-–—]?\s*(?:(?:a|answer|ответ|отговор|پاسخ|جواب)\s*[:=.)]\s*)?[\"'«„“]?\s*"
    r"(?:yes|yeah|yep|yup|да|ага|так|بله|آره|آری|اره)(?!\w)(?!\s*(?:or|или|یا)(?!\w))"
    r"(?!\s*,?\s*(?:ни за что|нет|никогда|не)(?!\w))")  # "Да ни за что" is an emphatic no


def _form_answer_no(lex: Lexicon, prefix: str, suffix: str) -> bool:
    """The match is a form's or question's item that ``suffix`` answers no (``_FORM_ANSWER_NO``), or
    a reported question's, answered no at once after it (``_ANSWERED_NO_NEXT``)."""
    answer = _FORM_ANSWER_NO.match(suffix)
    if answer:
        return not (answer.group("list") and _writers_own(lex, prefix))
    return bool(_REPORTED_QUESTION.search(prefix)) and bool(_ANSWERED_NO_NEXT.match(suffix))


def _writers_own(lex: Lexicon, prefix: str) -> bool:
    """The stretch before a match makes it the writer's own account, not a form's item: "I", or a
    time ("снощи пак се нарязах", last night I cut myself again)."""
    return any(p.search(prefix) for p in (lex.first_person, lex.current, lex.recent, lex.past))


# The words that open an "if" clause, whose negative word belongs to the condition (``_negated``).
_CONDITION = re.compile(r"\b(?:if|unless|если|ако)\b|(?<!\w)(?:اگه|اگر)(?!\w)")


def _negated(lex: Lexicon, prefix: str, suffix: str, match: str = "") -> bool:
    if _form_answer_no(lex, prefix, suffix):
        return True
    # Blank an exception out at its own length: shortening the text would pull a negator that
    # stood further back into NEGATION's reach ("никто даже не заметит, если я исчезну"). Blanked
    # before the clause split, so an exception may span a comma ("не минава нощ, без да се режа",
    # "нельзя сказать, что я не хочу умереть").
    blank = lambda m: " " * len(m.group())  # noqa: E731
    before = _CLAUSE_BREAK.split(lex.negation_exceptions.sub(blank, prefix))[-1]
    after = _CLAUSE_BREAK.split(lex.negation_exceptions.sub(blank, suffix))[0]
    # "I'm not ok and I want to die", "не ми помага терапията и искам да умра": the negative word
    # belongs to the clause before "and"; the match opens a clause of its own. Read with the match,
    # because in Russian, Bulgarian and Persian that clause may start with the matched verb.
    cuts = [m.end() for m in lex.coordinated_clause.finditer(before + match) if m.end() <= len(before)]
    # "не могу так больше хочу умереть", "не мога да вляза искам да се самоубия": chat often drops the
    # comma between a negated clause and the writer's next one; the negative word stays in its own.
    cuts += [m.end() for m in lex.asyndetic_clause.finditer(before + match) if m.end() <= len(before)]
    # ... or the match is that clause, with a subject and a verb of its own ("... не пускает обратно
    # верёвка уже лежит в гараже"): an infinitive or a noun after the negated verb stays its object.
    first_word = re.match(r"\s*\S+", match)
    if first_word and lex.clause_verb.search(match, first_word.end()) and lex.asyndetic_lead.search(before):
        cuts.append(len(before))
    if cuts:
        before = before[max(cuts):]
    # "If you don't refund me today I'll kill myself", "если вы не вернёте деньги я покончу с собой":
    # a negative word inside an "if" clause belongs to the condition; the consequence starts at the
    # writer's "I" after it (commas are often left out). "If I'm honest I don't want to die" keeps its
    # negation: that "I" comes after the last one.
    condition = _CONDITION.search(before)
    if condition:
        subjects = [m.start() for m in lex.first_person.finditer(before, condition.end())]
        if subjects:
            before = before[subjects[-1]:]
    if lex.negation.search(before):
        return not _negations_cancel(lex, before)
    # a sentence that names thoughts or intent, then denies them in its last clause: "Мисли, че е
    # по-добре да ме няма, нямам." (read whole: "Хочу умереть, нет сил" must not clear)
    return bool(lex.negation_after.search(after) or lex.negation_tail.search(prefix + match + suffix))


# "No, I don't ...", "no no I'm not ...": an answer, not a second negation ("no way am I not" is one).
_INTERJECTION = re.compile(r"^\s*(?:(?:no+|nope|nah)[\s,!]+)+(?=(?:i|i'm|im|i've|ive|i'd|i'll)\b)")


def _negations_cancel(lex: Lexicon, before: str) -> bool:
    """Two negative words in the negating stretch affirm, in a language without negative concord:
    "can't say I'm not tempted to", "it's not like I haven't got the blades ready", "no way am I not
    going to". Russian, Bulgarian and Persian stack negatives for one negation ("никто не", "هیچ‌کس
    نمی‌"), so their lexicons define no ``NEGATORS`` and nothing cancels there."""
    stretch = _INTERJECTION.sub("", lex.negation_scope.split(before)[-1])
    count = len(lex.negators.findall(stretch))
    return count >= 2 and count % 2 == 0


@lru_cache(maxsize=256)
def _normalized(text: str) -> Normalized:
    """Cached per text: the rules, the clearer pass and the time markers read the same message,
    and the router re-reads windows of it."""
    return normalize(text)


@lru_cache(maxsize=256)
def latin_reading(text: str, language: str) -> Normalized | None:
    """A Cyrillic reading of a mostly-Latin message (Russian or Bulgarian typed in Latin
    letters, each by its own chat spelling; ``language`` is "ru" or "bg"), else None. Cached:
    the rules, the clearers, the time markers and the semantic layer read the same one."""
    n = _normalized(text)
    return to_cyrillic(n, language) if latin_share(n.text) > 0.5 else None


@lru_cache(maxsize=256)
def _reading(text: str, language: str) -> Normalized:
    """The form of ``text`` that ``language``'s patterns read. Cached like its parts: the rules,
    the clearers and the time markers each ask for it, and Bulgarian adds a substitution."""
    if language in ("ru", "bg") and (cyrillic := latin_reading(text, language)) is not None:
        reading = cyrillic
    else:
        reading = _normalized(text)
    return _without_fillers(_bg_future(reading) if language == "bg" else reading, language)


# Speech to text keeps a speaker's hesitations, inside a phrase too: "I want to um kill uh myself",
# "пак се ъъъ режа", "хочу э-э покончить с собой", "میخوام اممم خودمو بکشم" (session 27: the rules read
# none of them; the classifier read most, not "пак се ъъъ режа"). A filler and the space after it are
# left out of the reading; offsets still point into the customer's text, so evidence quotes it whole.
# Only sounds that are no word: not "like", "ну", "ами", "خب", which rules read.
_FILLERS = {
    "en": r"u+h*m+|u+h+|e+r+m+|h+m{2,}|m{3,}",
    "ru": r"э+(?:-э+)*|э+м+|м{3,}",
    "bg": r"ъ+(?:-ъ+)*|ъ+м+|м{3,}",
    "fa": r"ا+م{2,}|م{3,}|ا{3,}",
}
_FILLER = {language: re.compile(r"(?<!\S)(?:" + pattern + r")[,.…]*\s+(?=\S)") for language, pattern in _FILLERS.items()}


def _without_fillers(reading: Normalized, language: str) -> Normalized:
    pattern = _FILLER.get(language)
    if pattern is None or not pattern.search(reading.text):
        return reading
    keep = [True] * len(reading.text)
    for m in pattern.finditer(reading.text):
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    text = "".join(ch for ch, k in zip(reading.text, keep) if k)
    return Normalized(reading.original, text, tuple(o for o, k in zip(reading.offsets, keep) if k))


# Words disguised against filters ("algospeak" habits carried into a support chat): letters spaced or
# dotted apart ("k.i.l.l", "у-м-р-а", "خ.و.د.ک.ش.ی") and digits or signs for letters inside a word
# ("d!e", "w4nt t0 d13", "х0чу"). Session 28: e5 read some, the rules none, and "I w@nt to d!e",
# "искам да у.м.р.а", "میخوام خ.و.د.ک.ش.ی کنم" went ``auto``. Markup a helpdesk or a plugin leaves in
# the text hides words the same way ("I want to <b>die</b>", "want&nbsp;to&nbsp;die", "**end my
# life**": read by e5 and the classifier only). The rules read such a message twice: as written,
# then undisguised, keeping the second reading's hits that touch a changed character
# (``_undisguised``, in ``match_rules``), so no rule reads the ordinary text differently.
_SPACED_LETTERS = re.compile(
    r"(?<!\w)\w(?:([.\-_*·•])\w)(?:\1\w){1,}(?!\w)"  # 3+ single letters joined by one sign: k.i.l.l
    r"|(?<!\w)\w(?: \w){2,}(?!\w)"  # 3+ single letters apart by spaces: k i l l, d i e
)
# A phrase broken by more than one space, a tab or a line break ("я хочу  умереть", "i want to\ndie":
# chat lines break mid-sentence) is read with one space there. Session 30: the rules' phrases are
# written with single spaces and read none of them (e5 and the classifier read the short ones).
_GAP = re.compile(r"(?<=\S)(?: {2,}|\s*[^\S ]\s*)(?=\S)")
_LEET = {"latin": {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "*": "i"},
         # Cyrillic: the shapes that stand for one letter there ("у6ить", "3арежу", "х0чу"; a Cyrillic
         # writer types е, not 3, for е; Bulgarian's 4 for ч and 6 for ш are Latin chat spelling, inside a
         # Cyrillic word 6 is the shape of б)
         "cyrillic": {"0": "о", "@": "а", "*": "и", "6": "б", "3": "з", "4": "ч"}}
_LEET_RUN = re.compile(r"(?<=[^\W\d_])[0-9@$!*]+(?=[^\W\d_])|(?<=[^\W\d_])[0-9@$!*]{1,2}(?![\w@$!*])")
_TAG = re.compile(r"</?([a-z][a-z0-9]{0,10})(?:\s[^<>]{0,300})?/?>")  # read as a space between words
_INLINE_TAGS = frozenset("b i u s em strong span a font mark del ins small sup sub code tt big".split())  # inside a word
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,6});")  # read as the character it stands for
_EMPHASIS = re.compile(r"\*\*|__|~~|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")  # markdown marks: left out


# A word typed in two alphabets: Latin letters in a Cyrillic word ("пoкончить", a keyboard switched
# mid-word, or a filter dodged) or Cyrillic ones in a Latin word ("kіll"). Letters that look alike
# are read in the word's main alphabet.
_AS_CYRILLIC = dict(zip("aeopcyxkm", "аеорсухкм"))
_AS_LATIN = {**dict(zip("аеорсухк", "aeopcyxk")), "і": "i", "ј": "j", "ѕ": "s"}
_MIXED_WORD = re.compile(r"(?=[^\W\d_]*[a-z])(?=[^\W\d_]*[\u0400-\u04ff])[^\W\d_]+")


def _one_alphabet(word: str) -> str | None:
    """``word`` in one alphabet: the fewer letters turned into their look-alikes in the other (the
    more letters when the fewer have none), or None when some letter has no look-alike."""
    alphabets = [typos.script(c) for c in word]
    options = [(_AS_CYRILLIC, "latin"), (_AS_LATIN, "cyrillic")]
    if alphabets.count("latin") * 2 > len(word):
        options.reverse()  # mostly Latin: its Cyrillic letters are the strays
    for table, stray in options:
        if all(c in table for c, a in zip(word, alphabets) if a == stray):
            return "".join(table[c] if a == stray else c for c, a in zip(word, alphabets))
    return None


# How a character of the undisguised reading changed: not at all, undisguised, a slip corrected, or
# spacing: a gap between words read as one space (``_GAP``) or a word split into the words typed
# without spaces (``typos``). A change of spacing alone never explains a hit away (``match_rules``):
# the writer's line break may end a negated clause, and a split may be wrong.
_UNCHANGED, _DISGUISED, _SLIP, _SPACING = 0, 1, 2, 3


def _undisguised(reading: Normalized, language: str) -> tuple[Normalized, list[int]] | None:
    """``reading`` with markup read as what it shows, spaced-out letters joined, signs inside words
    read as letters and typing slips in crisis words corrected (``typos``), and which of its
    characters changed (a left-out run marks its kept neighbours); None when nothing changed."""
    text = reading.text
    chars, keep, changed = list(text), [True] * len(text), [_UNCHANGED] * len(text)

    def read_as(start: int, end: int, by: str) -> None:  # the run [start, end) reads as ``by`` (0 or 1 char)
        for i in range(start, end):
            keep[i] = False
        if by:
            chars[start], keep[start] = by, True
        lo, hi = max(0, start - 1), min(len(text), end + 1)
        changed[lo:hi] = [_DISGUISED] * (hi - lo)

    for m in _TAG.finditer(text):
        # a space between words ("<p>want to</p><p>end" -> "want to end"), nothing beside one ("to <b>die")
        beside_space = (m.start() > 0 and text[m.start() - 1].isspace()) or (m.end() < len(text) and text[m.end()].isspace())
        inline = m.group(1) in _INLINE_TAGS
        read_as(m.start(), m.end(), "" if beside_space or inline else " ")
    for m in _ENTITY.finditer(text):
        decoded = html.unescape(m.group())
        if decoded != m.group() and len(decoded) == 1:
            read_as(m.start(), m.end(), " " if decoded == "\xa0" else decoded)
    for m in _EMPHASIS.finditer(text):
        if keep[m.start()]:
            read_as(m.start(), m.end(), "")
    for m in _LEET_RUN.finditer(text):
        table = _LEET.get(typos.script(text[m.start() - 1]) or "")
        if table and all(c in table for c in m.group()) and all(keep[m.start():m.end()]):
            for i in range(m.start(), m.end()):
                chars[i], changed[i] = table[text[i]], _DISGUISED
    for m in _MIXED_WORD.finditer(text):
        if (word := _one_alphabet(m.group())) is not None:
            for i, c in enumerate(word, start=m.start()):
                if c != text[i]:
                    chars[i], changed[i] = c, _DISGUISED
    for m in _SPACED_LETTERS.finditer(text):
        for i in range(m.start() + 1, m.end(), 2):  # the separators between the letters
            keep[i] = False
        changed[m.start():m.end()] = [_DISGUISED] * (m.end() - m.start())
    for m in _GAP.finditer(text):
        chars[m.start()] = " "
        keep[m.start() + 1:m.end()] = [False] * (m.end() - m.start() - 1)
        for i in range(m.start() - 1, m.end() + 1):
            changed[i] = changed[i] or _SPACING
    if any(changed):
        reading = Normalized(reading.original, "".join(c for c, k in zip(chars, keep) if k),
                             tuple(o for o, k in zip(reading.offsets, keep) if k))
        changed = [c for c, k in zip(changed, keep) if k]
    reading, changed = _without_slips(reading, changed, language)
    return (reading, changed) if any(changed) else None


def _explained_undisguised(hit: RuleHit, undisguised: Sequence[RuleHit]) -> bool:
    return hit.is_crisis and hit.status == Status.CURRENT and any(
        u.rule_id == hit.rule_id and u.status in (Status.IDIOM, Status.NEGATED)
        and u.signal.start < hit.signal.end and hit.signal.start < u.signal.end for u in undisguised)


def _without_slips(reading: Normalized, changed: list[int], language: str) -> tuple[Normalized, list[int]]:
    """Each word that is a slip of one crisis word or a held-down letter away from a word
    (``typos.correction``) read as that word: its letters keep pointing into the customer's word."""
    text, offsets = reading.text, reading.offsets
    chars: list[str] = []
    where: list[int] = []
    marks: list[int] = []
    pos = 0
    for m in typos.TOKEN.finditer(text):
        fix = typos.in_context(m.group(), language, text[max(0, m.start() - 40):m.start()])
        if fix is None:
            continue
        # Text-speak and an emoji are written on purpose: hostility read in them counts (a slip does
        # not); each is a word of its own ("to💀" reads "to die", "want2die" "want to die").
        on_purpose = typos.is_shorthand(m.group(), language)
        if on_purpose:
            fix = (" " if m.start() and text[m.start() - 1].isalnum() else "") + fix
            fix += " " if m.end() < len(text) and text[m.end()].isalnum() else ""
        chars += text[pos:m.start()]
        where += offsets[pos:m.start()]
        marks += changed[pos:m.start()]
        chars += fix
        n, k = m.end() - m.start(), len(fix)
        glued = fix.replace(" ", "") == m.group()
        if glued:  # words typed without spaces: each letter on its own, a space on the next
            where += [offsets[m.start() + min(j - fix[:j].count(" "), n - 1)] for j in range(k)]
        else:  # spread over the customer's word, its first and last letters on theirs: evidence quotes it whole
            where += [offsets[m.start() + round(j * (n - 1) / max(1, k - 1))] for j in range(k)]
        # a word split into words is a spacing change: its crisis hits count, but never explain one away
        marks += [_DISGUISED if on_purpose else _SPACING if glued else _SLIP] * len(fix)
        pos = m.end()
    if not chars:
        return reading, changed
    chars += text[pos:]
    where += offsets[pos:]
    marks += changed[pos:]
    return Normalized(reading.original, "".join(chars), tuple(where)), marks


# Spoken Bulgarian writes the future particle "ще" as "ше" (east) or "ке" (south-west): "ше се
# обеся", "ке го утепам". Same length, so every offset still points at the customer's own text.
_BG_FUTURE = re.compile(r"(?<!\w)(?:ше|ке)(?=\s)")


def _bg_future(reading: Normalized) -> Normalized:
    text = _BG_FUTURE.sub("ще", reading.text)
    return reading if text == reading.text else Normalized(reading.original, text, reading.offsets)


def _read_in_latin(text: str, language: str) -> bool:
    """``_reading(text, language)`` is the Cyrillic reading of a Latin-typed Russian or Bulgarian message."""
    return language in ("ru", "bg") and latin_reading(text, language) is not None


def _lexicon(text: str, language: str) -> Lexicon:
    """The lexicon that reads ``_reading(text, language)``: for a Latin-typed message, the one whose
    patterns forgive the letters Latin spelling loses (``load``'s ``latin``)."""
    return load(language, latin=_read_in_latin(text, language))


@lru_cache(maxsize=256)
def _clearer_matches(language: str, norm: str, latin: bool = False) -> tuple[tuple[str, int, int], ...]:
    """(clearer id, start, end) of every match of the language's clearers in a normalised text,
    clearers in lexicon order and each one's matches in text order. Cached: every crisis match
    and the classifier's clearer pass ask about the same text, and a few clearers scan it in
    quadratic time (a leading ``(?![\\s\\S]*...)`` look-ahead)."""
    lexicon = load(language, latin)
    return tuple(_spans(lexicon, norm, ((c.id, p) for c, p in lexicon.clearers)))


def _spans(lex: Lexicon, norm: str, clearers: Iterable[tuple[str, re.Pattern]]) -> Iterable[tuple[str, int, int]]:
    """(clearer id, start, end) of each match of ``clearers`` (id, pattern) in ``norm``, each ended
    with the sentence it starts in (``_within_sentence``), skipping a clearer whose ``context`` the
    message lacks. A match cut at a sentence end is looked for again from there: the match that ran
    over the break hid the one in the next line ("my kid is allergic" + a new line + "this bill is
    killing me": "is allergic ... killing me" matched, was cut to "is allergic", and the idiom went
    unread; session 27, in a conversation read as one text)."""
    for clearer_id, pattern in clearers:
        if clearer_id in lex.clearer_contexts and not lex.clearer_contexts[clearer_id].search(norm):
            continue
        pos = 0
        while pos <= len(norm) and (m := pattern.search(norm, pos)):
            end = _within_sentence(norm, m.start(), m.end())
            yield clearer_id, m.start(), end
            pos = end if end < m.end() else max(m.end(), m.start() + 1)


# A full stop after a word of four letters or more: "dr. Petrov", "т.е.", "etc." do not end a sentence.
_SENTENCE_BREAK = re.compile(r"(?:(?<=\w{4})\.+|[!?؟…]+)(?=\s)|\n")


def _within_sentence(norm: str, start: int, end: int) -> int:
    r"""A clearer's span ends with the sentence it starts in: it explains words of its own sentence.
    A gap written as ``\S*`` runs over a full stop: "فرم" (form) inside "تمدید فرمایید." (please renew)
    swallowed the next sentence, "the new wounds on my forearm are still fresh", and with it the
    classifier's flag. A look-alike that needs the next sentence says so with ``Clearer.context``."""
    stop = _SENTENCE_BREAK.search(norm, start, end)
    return stop.start() if stop and stop.start() > start else end


# The writer says the denial was not true: "я ответил «нет», но это неправда", "I said no but that was a lie".
_LIE = re.compile(r"\b(?:(?:well|actually|ok|okay|fine)[,.]? (?:yes|yeah|i do|i did|i have|maybe)\b|(?:that|it|this)(?:'s| was| is) (?:a lie|not true)|(?:that|it|this) (?:wasn'?t|isn'?t) true|i lied|i was lying|not (?:the|entirely) truth"
                  r"|вообще-то да|на самом деле да|(?:это|то) (?:было )?(?:неправда|ложь|не так|враньё|вранье)|я (?:соврал\w*|солгал\w*|наврал\w*)"
                  r"|(?:това|то) (?:не е|не беше) (?:вярно|истина)|всъщност да|излъгах|(?:беше|е) лъжа"
                  # session 22: the subject left out ("Нямам мисли за самоубийство, просто... всъщност не е вярно.")
                  r"|всъщност,? (?:не е|не беше) (?:вярно|истина)|на самом деле (?:это )?(?:неправда|не так)|actually,? not true)\b"
                  r"|(?<!\w)(?:دروغ گفتم|راست نگفتم|راستش رو نگفتم|حقیقت نداره|درست نیست)(?!\w)")


# A denial its own sentence turns to now is no denial: "Суицидальных мыслей не было до этой недели, а
# теперь они каждый день", "I never thought about suicide until recently", "не мислех за това, но сега".
_TURNS_TO_NOW = re.compile(
    r"\b(?:until|till|before) (?:recently|lately|this (?:week|month|year)|last (?:week|month)|now|a few (?:days|weeks) ago)\b"
    r"|\b(?:but|and) (?:now|lately|recently|these days|this (?:week|month))\b"
    r"|\bдо (?:этой|этого|прошлой|прошлого|недавнего|последнего|вчерашнего)\b|\b(?:а|но|однако) (?:вот )?(?:теперь|сейчас|недавно|в последнее время|последнее время|с недавних пор)\b"
    r"|\bдо (?:тази|този|миналата|миналия|скоро|вчера)\b|\b(?:а|но|ама|обаче) (?:сега|напоследък|наскоро|от скоро)\b"
    r"|(?<!\w)(?:تا|قبل از) (?:همین )?(?:اواخر|این هفته|هفته پیش|چند وقت پیش)(?!\w)|(?<!\w)(?:ولی|اما) (?:الان|حالا|اخیرا|اخیراً|این روزا|این روزها)(?!\w)")

# "Kill myself? No, not yet.", "Убить себя? Нет, пока нет": a no that only means "not yet".
_NOT_YET = re.compile(r"\b(?:not yet|not for now|пока(?: что)? нет|пока не|ещ[её] нет|още не|засега не|все още не)\b|(?<!\w)هنوز\s*(?:نه|ن)")


# A denial hedged right after it is no denial: "I'm not going to kill myself. Probably.", "не собираюсь, наверное".
_HEDGED = re.compile(r"\s*[.!?,…—–-]*\s*(?:(?:probably|maybe|i think|i guess|i hope|hopefully|not sure|наверное|наверно|может быть|вероятно"
                     r"|надеюсь|не уверен\w*|може би|надявам се|не съм сигурн\w*)\b|(?:شاید|احتمالا|احتمالاً|امیدوارم|مطمئن نیستم)(?!\w))"
                     r"\s*(?:[.!?,…)؟]|$)")


def _denial_undone(text: str, end: int, s_end: int) -> bool:
    """What follows a denied match (ending at ``end``, its sentence at ``s_end``) undoes the denial:
    it is called a lie, hedged, turned to now in its sentence, or only "not yet"."""
    return bool(_LIE.search(text, end, end + 160) or _HEDGED.match(text, end)
                or _TURNS_TO_NOW.search(text, end, s_end) or _NOT_YET.search(text, end, end + 40))


# The writer's own thought, wish or plan attached to the crisis word: "I keep thinking about suicide",
# "всё равно хочу совершить самоубийство", "всяка нощ мисля за самоубийство", "مدام به خودکشی فکر میکنم".
# A topic clearer (a course, a thesis, a programme, the news, patients) explains a crisis word that
# names a subject, never one the writer says they think of or want: session 24 found "Прошла курс
# терапии, но всё равно хочу совершить самоубийство" and "I'm writing my thesis and I keep thinking
# about suicide" routed auto in all four languages (the topic's gap ran over the writer's own verb).
# Read on the normalised text right before the match (and, for Persian, whose verb comes last, right after).
_OWN_THOUGHT_BEFORE = re.compile(
    r"(?:\bi(?:'m| am)?(?: (?:keep|still|often|always|constantly|sometimes|really|just|can'?t stop|have been|been))* "
    r"(?:think|thinking|thought|dream|dreaming|fantasi[sz]\w*|obsess\w*)(?: (?:a lot|seriously|again|constantly))? (?:about|of) "
    r"|\bi(?:'m| am)?(?: (?:really|still|just|seriously))* (?:want|wanna|going|gonna|plan|planning|intend|ready|decided|tempted|considering|thinking of) "
    r"(?:to )?(?:(?:commit|attempt|try|end|do)\w* )?"
    r"|\b(?:думаю|подумываю|мечтаю|размышляю|задумываюсь)(?: (?:\w+ ){0,2})?(?:о|об|про) "
    r"|\b(?:хочу|хотела? бы|собираюсь|планирую|решила?|готова?|тянет)(?: (?:\w+ ){0,1})?(?:совершить |покончить |сделать )?"
    r"|\b(?:мисля|обмислям|мечтая|размишлявам)(?: (?:\w+ ){0,2})?(?:за|над) "
    r"|\b(?:искам|смятам|планирам|реших|ще)(?: да)?(?: се)? (?:(?:извърша|сложа|сложи) )?"
    r"|(?<!\w)(?:می\s*\u200c?خوام|میخوام|می\s*\u200c?خواهم|دلم\s*\u200c?می\s*\u200c?خواد|تصمیم\s*(?:دارم|گرفتم)|قصد\s*دارم)\s+(?:\S+\s+)?)$")
_OWN_THOUGHT_AFTER = re.compile(
    r"^\s*(?:\S+\s+)?(?:فکر\s*\u200c?می\s*\u200c?کنم|فکر\s*میکنم|فکر\s*می\s*کنم|کنم|میکنم|می\s*\u200c?کنم)(?!\w)")
# The match holds the writer's own verb or self ("kill myself", "به خودکشی فکر می کنم", "خودمو بکشم").
_OWN_IN_MATCH = re.compile(r"\bi\b|\bmyself\b|\bmy life\b|\b(?:хочу|думаю|покончу|убью себя|искам|мисля)\b"
                           r"|(?<!\w)(?:خودمو|خودم\s*(?:رو|را)|بکشم|کنم|میکنم|زندگیم|زندگیمو|میدم|می\s*\u200c?دم)(?!\w)")
# A joke clearer ("lol", "😂", "шучу") does not clear a crisis given a day or an hour in its sentence:
# "this weekend I'll end my life 😂" is a plan (session 24's probes; Persian routed it auto).
_JOKE_CLEARER = re.compile(r"\.idiom\.(?:\w*jok\w*)$")
_PLANNED = re.compile(r"\b(?:tonight|tomorrow|this (?:weekend|week|friday|saturday|sunday|evening)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                      r"|сегодня ночью|этой ночью|в эти выходные|на этих выходных|завтра|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
                      r"|довечера|тази нощ|този уикенд|утре|в (?:понеделник|вторник|сряда|четвъртък|петък|събота|неделя))\b"
                      r"|(?<!\w)(?:امشب|فردا|این\s*آخر\s*هفته|آخر\s*همین\s*هفته|این\s*جمعه)(?!\w)")
# Topic clearers whose subject is quoted or imagined words, in which "I want to ..." is expected (a
# novel's line, a title): the guard above does not apply to them.
_QUOTED_TOPICS = re.compile(r"quoted|fiction|plot|scene|titled|contract")
# Topic clearers about a form's item or a question on policy: they keep clearing the writer's own words
# only when those words are asked (``_ASKED`` between the clearer and the match, or the sentence is a
# question): "the form asks whether I think about suicide" is an item; "the form won't submit and I
# think about suicide all the time" (session 24: Persian, Russian "По поводу вашей политики отмены: я
# постоянно думаю о самоубийстве") is the writer's own.
_ASKING_TOPICS = re.compile(r"questionnaire|asked_if|policy|forms_words|disclosure_procedure|reported_question|how_do_you_handle")
_ASKED = re.compile(r"[\"«»“”„]|\b(?:if|whether|ask\w*|question\w*|do you|have you|did you|would|what happens|ли|дали|если|ако|пита\w*|спрашива\w*|вопрос\w*|въпрос\w*)\b"
                    r"|(?<!\w)(?:آیا|اگه|اگر|پرسید\w*|می\s*\u200c?پرس\w*|سوال\w*|سؤال\w*|چی میشه|چه میشه)(?!\w)")


def _owns_it(text: str, start: int, end: int) -> bool:
    """The writer's own thought, wish or plan is attached to the match [start, end) (``_OWN_THOUGHT_BEFORE``)."""
    return bool(_OWN_THOUGHT_BEFORE.search(text[max(0, start - 60):start]) or _OWN_THOUGHT_AFTER.match(text[end:end + 40])
                or _OWN_IN_MATCH.search(text, start, end))


def _topic_clearer(clearer_id: str) -> bool:
    """A clearer that reads the crisis word as a subject (``.topic.``, news), not as quoted words."""
    return (".topic." in clearer_id or clearer_id.endswith(".news")) and not _QUOTED_TOPICS.search(clearer_id)


def _topic_yields(text: str, clearer_id: str, c_start: int, start: int, end: int) -> bool:
    """A topic clearer at ``c_start`` gives way to the writer's own thought or wish at [start, end):
    always for a subject (a course, the news), and for a form's or a policy's question unless the
    words are asked."""
    if not _topic_clearer(clearer_id):
        return False
    if not _ASKING_TOPICS.search(clearer_id):
        return True
    stop = _SENTENCE_BREAK.search(text, end)
    rest = text[end:stop.end() if stop else len(text)]
    return not (_ASKED.search(text, min(c_start, start), start) or "?" in rest or "؟" in rest)


def _status(lex: Lexicon, n: Normalized, rule: Rule, start: int, end: int) -> tuple[Status, str | None]:
    text, category = n.text, rule.category
    answered_yes = _ANSWERED_YES.match(text[end:]) is not None
    if not answered_yes and (clearer_id := _clearer_of(lex, text, rule, start, end, _clearer_matches(lex.language, text, lex.latin),
                                                      owned=_owns_it(text, start, end))) is not None:
        return Status.IDIOM, clearer_id
    s_start, s_end = _sentence_bounds(text, start)
    # a form's question ends its sentence at "?", so its answer is looked for past the sentence
    if not answered_yes and ((_negated(lex, text[s_start:start], text[end:s_end], text[start:end]) or _form_answer_no(lex, text[s_start:start], text[end:]))
            and not _denial_undone(text, end, s_end)):
        return Status.NEGATED, "negation"
    if answered_yes:  # the answer is read for time too: "...? Yes, ten years ago, long over and I'm fine."
        _, s_end = _next_sentence(text, s_end)
    # A match in a clause of its own is dated by that clause (``_present_clause_start``): "My friend
    # died last year and I want to die", "Приятелка ми почина миналата година и искам да умра"
    # (session 24: read as past or as the friend's, and routed auto).
    s_start = _present_clause_start(lex, text, s_start, start, end, s_end)
    sentence = text[s_start:s_end]
    if not lex.past.search(sentence) and (later := _dated_by_next_sentence(lex, text, s_end)):
        s_end = later  # "I was hospitalised for self-harm at 19. That was eight years ago and I'm fine."
        sentence = text[s_start:s_end]
    # blanking the topics is only worth doing when the sentence has a past marker at all
    if lex.past.search(sentence) and lex.past.search(_without_topics(lex, text, s_start, s_end)):
        if _still_current(lex, sentence):
            return Status.CURRENT, None
        if category == CrisisCategory.MEDICAL_EMERGENCY:
            # A past medical event is not an emergency now; a state now ("isn't breathing",
            # _PRESENT_STATE) or an event minutes or hours ago (lex.just_now) is. Session 25: "Since my
            # divorce last year I took all my pills an hour ago" and "... папа упал и не дышит" were read
            # as past events, auto.
            if _PRESENT_STATE.search(text, start, min(s_end, end + 40)):
                return Status.CURRENT, None
            if not lex.just_now.search(sentence):
                return Status.PAST_RESOLVED, "past event"
            return Status.CURRENT, None
        if (category in (CrisisCategory.SUICIDE, CrisisCategory.SELF_HARM) and _reported(lex, text[s_start:start])
                and not _WRITER.search(text, start, end)):
            return Status.REPORTED_PAST, "someone else, in the past"
        if _came_back(lex, text[s_start:]) or _turns_back(text, s_end) or _DID_IT_AGAIN.search(text, s_end, s_end + _AGAIN_REACH):
            return Status.CURRENT, None  # "I was fine, but lately I think about it again"
        if _resolutions(lex, text):
            return Status.PAST_RESOLVED, "past, and the writer says it is over"
        if lex.recent.search(sentence):
            return Status.CURRENT, None  # days or weeks ago, and not said to be over
        return Status.PAST_UNCLEAR, "past, status unclear"
    return Status.CURRENT, None


# A body's state now, in or right after a medical match ("... упал и не дышит"): not a past event,
# whatever past came before. Not a wish ("хочу обновить данные": session 25's first version read
# "мой дедушка умер от инфаркта пять лет назад, хочу ..." as now).
_PRESENT_STATE = re.compile(
    r"\b(?:isn'?t breathing|is not breathing|can'?t breathe|isn'?t responding|won'?t wake|is unconscious"
    r"|не дышит|не отвечает|без сознания|не просыпается|не диша|не реагира|в безсъзнание|не се събужда)\b"
    r"|(?<!\w)(?:نفس\s*\u200c?نمی\s*\u200c?کشه|نفس\s*نمیکشه|بیهوش\w*|به\s*هوش\s*نمیاد)(?!\w)")
# The match, or the words right before it in its clause, in the present: a wish, an intention, a
# state now ("I want", "I'm going to", "isn't breathing"; "хочу", "повешусь", "не дышит"; "искам",
# "ще", "не диша"; "میخوام", "بمیرم", "نفس نمیکشه"). Past verbs are not here: "Back in 2015 I was
# depressed and I tried to kill myself" stays dated by its first clause.
_PRESENT = re.compile(
    r"\b(?:i want|i wanna|i'?m going to|im going to|i'?m gonna|i will|i'?ll|i am going to|i keep|i plan|i'?m planning|i'?m about to)\b"
    r"|\b(?:хочу|хочется|буду|собираюсь|планирую|покончу|повешусь|убью|зарежу|прыгну|отравлюсь|утоплюсь)\b"
    r"|\b(?:искам|ще|смятам|планирам)\b"
    r"|(?<!\w)(?:میخوام|می\s*\u200c?خوام|میخواهم|می\s*\u200c?خواهم|بمیرم)(?!\w)"
    r"|" + _PRESENT_STATE.pattern)
# Another person, named with or without "my" ("Подруга умерла в прошлом году"): the subject of an earlier clause.
_ANOTHER_PERSON = re.compile(
    r"\b(?:friend|mum|mom|mother|dad|father|brother|sister|grandma|grandmother|grandfather|grandpa|uncle|aunt|cousin|neighbou?r"
    r"|colleague|husband|wife|partner|son|daughter|boyfriend|girlfriend"
    r"|друг|подруга|мама|мать|папа|отец|брат|сестра|бабушка|дедушка|дядя|тетя|сосед\w*|коллега|муж|жена|сын|дочь|парень|девушка"
    r"|приятел\w*|майка\w*|баща\w*|брат\w*|сестра\w*|баба\w*|дядо\w*|съсед\w*|колег\w*|мъж\w*|съпруг\w*|дъщеря\w*|гадже\w*)\b"
    r"|(?<!\w)(?:دوستم|مادرم|پدرم|برادرم|خواهرم|مادربزرگم|پدربزرگم|همسایه\w*|همکارم|شوهرم|همسرم|پسرم|دخترم)(?!\w)")
# Present words inside a past thought ("В гимназията ... имах мисли, че не искам да живея", I had
# thoughts that I don't want to live): the thought is dated by its frame, not cut from it.
_PAST_FRAME = re.compile(r"\b(?:i (?:thought|felt|had thoughts|used to think|was thinking)|думал\w*|казалось|были мысли|была мысль|чувствовал\w*"
                         r"|имах мисли|имах чувството|мислех|струваше ми се|чувствах)\b"
                         r"|(?:فکر\s*می\s*کردم|فکر\s*میکردم|حس\s*می\s*کردم|حس\s*میکردم)")
# The writer inside a match ("... and when I'm gone", "няма да ми трябва", "без мен",
# "نیازی ندارم"): the match is theirs, whoever was named before it (session 24: "My friend died last
# year and please make sure my cat goes to my sister when I'm gone" was the friend's, and auto).
_WRITER = re.compile(r"\b(?:i|i'm|im|i've|i'll|me|my|myself|я|мне|меня|мой|моя|мои|мою|себя|аз|ми|ме|мен|мене|моя|моят|моята|моите)\b"
                     r"|(?<!\w)(?:من|منو|مرا|خودم|خودمو|دارم|ندارم|میکنم|می\s*کنم|کنم|هستم|نیستم)(?!\w)")
# A contrast that opens a clause ("..., but now I ...", "ولی الان ..."), beside the lexicons' "and" that opens one.
_CONTRAST_CLAUSE = re.compile(r"\b(?:but|но|ама|обаче|а)\b|(?<!\w)(?:ولی|اما)(?!\w)")


def _present_clause_start(lex: Lexicon, text: str, s_start: int, start: int, end: int, s_end: int) -> int:
    """Where the clause of a match begins for reading its time, so that a past marker or another
    person in an earlier clause does not date it: after a turn to now before it ("Years ago I was
    fine, but now I swallowed ..."); unless the message says it is over or the match sits in a past
    thought ("I had thoughts that ..."): for a present match, after the last "and" that opens a clause
    (``lex.coordinated_clause``) or contrast; for any match, after an "and" that ends a clause about
    someone else ("My friend died last year and I swallowed a bottle of pills"). ``s_start`` otherwise."""
    cuts = [m.end() for m in _TURNS_TO_NOW.finditer(text, s_start, start)]
    coordinated = [m for m in lex.coordinated_clause.finditer(text, s_start, end) if m.end() <= start]
    after_someone = _after_someone_elses_clause(lex, text, s_start, start, s_end, coordinated)
    clauses = [] if after_someone is None else [after_someone]
    present = _PRESENT.search(text, max(s_start, start - 40), min(s_end, end + 40)) is not None
    if present:
        clauses += [m.end() for m in coordinated] + [m.end() for m in _CONTRAST_CLAUSE.finditer(text, s_start, start)]
    clauses += [m.end() for m in _period_starts(lex, text, s_start, start, s_end)]
    # Asked last, and only when there is a clause to cut at: the resolutions read the whole message.
    # "..., I'm much better now"; "I had thoughts that I want to die".
    if clauses and not (_resolutions(lex, text) or _PAST_FRAME.search(text, s_start, start)):
        cuts += clauses
    return max(cuts, default=s_start)


def _period_starts(lex: Lexicon, text: str, s_start: int, end: int, s_end: int, skip_comma: bool = True) -> list[re.Match]:
    """Past markers in [s_start, end) that say when something began, not when it happened: right
    after "since" ("Since my divorce last year I've been saving up my pills": until now) or "after"
    ("После развода в прошлом году верёвка уже лежит в гараже", after the divorce last year the rope
    is already in the garage), when no past-tense verb follows in the sentence, which ends at
    ``s_end`` (not "... я выпила целую пачку", "Since my surgery last year I had chest pain twice").
    Session 25 found both read as past (human review) and, for overdoses and symptoms, as a past
    event (auto)."""
    starts = []
    for opener in [*lex.since.finditer(text, s_start, end), *lex.after.finditer(text, s_start, end)]:
        marker = lex.past.search(text, opener.end(), min(end, opener.end() + _PERIOD_REACH))
        if marker is None:
            continue
        # The clause after the period's opening: past the comma that ends it, when the comma comes
        # before the match at ``end`` ("С тех пор как в прошлом году ушла жена, я коплю таблетки":
        # "ушла" is the opening's own verb); a reading of a whole passage has no match to lean on.
        comma = _COMMA.search(text, marker.end(), end) if skip_comma else None
        if not lex.past_tense.search(text, comma.end() if comma else marker.end(), s_end):
            starts.append(marker)
    return starts


# How far after "since" / "after" the past marker may be: "since my divorce from Anton in the spring of 2023".
_PERIOD_REACH = 50
_COMMA = re.compile(r"[,،]")


def _after_someone_elses_clause(lex: Lexicon, text: str, s_start: int, start: int, s_end: int,
                                coordinated: list[re.Match]) -> int | None:
    """Where a clause begins that follows a clause about someone else, before ``start``: after the
    last "and" that opens a clause (``lex.coordinated_clause``) or is followed by a subject of its
    own (``lex.and_new_subject``: "My friend died last year and this is the last message you'll get
    from me"; session 25 found those routed auto or only to human review in all four languages). The
    other person must have words of their own before that "and": in "в прошлом году мама и папа
    покончили с собой" (last year mum and dad took their lives) the "and" joins two people, not two
    clauses (session 24's version cut there, and the parents' suicide was read as the writer's, now).
    None when there is no such "and"."""
    # searched to the sentence's end: the pattern looks past the "and" at the clause it opens
    openers = coordinated + [m for m in lex.and_new_subject.finditer(text, s_start, s_end) if m.end() <= start]
    if not openers:
        return None
    last = max(openers, key=lambda m: m.end())
    person = (lex.other_person.search(text, s_start, last.start()) or _ANOTHER_PERSON.search(text, s_start, last.start()))
    if person is None:
        return None
    if not _WORDS_OF_THEIR_OWN.search(text, person.end(), last.start()):
        return None
    return last.end()


# At least one word between the other person and the "and" (see _after_someone_elses_clause).
_WORDS_OF_THEIR_OWN = re.compile(r"\w{2,}")


def _next_sentence(text: str, s_end: int) -> tuple[int, int]:
    """(start, end) of the sentence after the one ending at ``s_end`` (an empty span at the text's end
    when there is none)."""
    after = _SENTENCE_END.match(text, s_end)
    start = after.end() if after else s_end
    end = _SENTENCE_END.search(text, start)
    return start, end.start() if end else len(text)


# The next sentence dates a match only when it opens by pointing back (the lexicons' POINTS_BACK:
# "That was", "Это было", "Това беше", "اون"; not "it": "It was two years ago that I first thought
# about it" dates the thought, not "I want to kill myself") and its date ends within _DATED_REACH
# of that opening: "This was the worst week of my life, two years ago I lost my job" does not date
# the sentence before it.
_DATED_REACH = 30


def _dated_by_next_sentence(lex: Lexicon, text: str, s_end: int) -> int | None:
    """The end of the next sentence when it points back at this one and carries a past marker
    (then both are read as one passage for time), else None."""
    if s_end >= len(text):
        return None
    start, end = _next_sentence(text, s_end)
    if (opened := lex.points_back.match(text, start)) and (date := lex.past.search(text, opened.end(), end)) \
            and date.end() <= opened.end() + _DATED_REACH:
        return end
    return None


def _without_topics(lex: Lexicon, text: str, s_start: int, s_end: int) -> str:
    """The sentence [s_start, s_end) with every clearer's span blanked: a past marker inside a
    topic ("referrals for teens with a history of self-harm") dates the topic, not the writer's
    own clause beside it ("my stepdad touches my little sister at night but ...")."""
    sentence = list(text[s_start:s_end])
    for _, c_start, c_end in _clearer_matches(lex.language, text, lex.latin):
        for i in range(max(c_start, s_start), min(c_end, s_end)):
            sentence[i - s_start] = " "
    return "".join(sentence)


def _reported(lex: Lexicon, prefix: str) -> bool:
    """Someone else is the subject: another person is named before the match and the writer
    does not come back as subject after them ("my brother tried last year" is reported; "send
    the refund to my mother's card, I won't be here, I bought the rope" is the writer's own)."""
    others = list(lex.other_person.finditer(prefix))
    return bool(others) and not lex.first_person.search(prefix, others[-1].end())


def _still_current(lex: Lexicon, passage: str) -> bool:
    """A past passage that still speaks of now: "two years ago I tried, and now it's back". A
    current marker counts when it lies outside every "I'm fine now" phrase and after the last of
    them: the latest word on time wins, so "last year I had a stroke, now I'm in rehab and all
    is well" is over, and "I was fine for years, but now it's back" is not."""
    resolutions = _resolutions(lex, passage)
    pieces, pos = [], 0
    for m in resolutions:  # blanked, so offsets stay; finditer's matches are ordered and disjoint
        pieces += [passage[pos:m.start()], " " * (m.end() - m.start())]
        pos = m.end()
    blanked = "".join(pieces) + passage[pos:]
    last = resolutions[-1].start() if resolutions else -1
    return any(m.start() > last for m in lex.current.finditer(blanked))


def _resolutions(lex: Lexicon, passage: str) -> list[re.Match]:
    """The "it is over" phrases of a passage that its own clause does not negate ("I'm not fine
    now" and "حالم خوب نیست", I am not well, say the opposite of "fine now" and "حالم خوب") and its
    own sentence does not take back (``_taken_back``)."""
    return [m for m in lex.resolved.finditer(passage)
            if not _negated(lex, passage[:m.start()], passage[m.end():]) and not _taken_back(passage, m)]


_CONTRAST = re.compile(rf"\b(?:{_CONTRAST_WORDS}|только)\b")  # a clause break's words, and "only" ("только иногда")
# Words that say it came back, in the four languages. Not every current marker: "I'm fine now, but
# I need a receipt today" does not take "fine now" back.
# Words that it came back strong enough to stand in a sentence of their own (``_turns_back``), and the
# weaker ones that need a contrast in the same sentence: "still" ("But I still need the receipt") and
# "again" ("But can I book again?").
_BACK = r"lately|these days|recently|(?:is|are|it's|they're|came|come|coming) back|вернул\w*|в последнее время|върна\w*|напоследък"
_BACK_FA = r"اخیرا|اخیراً|این روزها"
_RECURRENCE = re.compile(rf"\b(?:again|still|{_BACK}|снова|опять|до сих пор|все еще|всё ещё|пак|отново|все още)\b"
                         rf"|(?<!\w)(?:دوباره|باز|هنوز|{_BACK_FA})(?!\w)")


# Started again, in a sentence of its own after "it was over": "was fine for years. Started again last month".
_STARTED_AGAIN = re.compile(r"\b(?:started|began|begun|starting)\b[^.!?]{0,15}\bagain\b|\brelapsed\b"
                            r"|\b(?:снова|опять|заново) (?:начал\w*|стал\w*)\b|\b(?:пак|отново) (?:започнах|започна|почнах|почна)\b"
                            r"|(?<!\w)(?:دوباره|باز) شروع (?:کردم|شد|شده)(?!\w)")


# Did it again, told right after a past crisis ("I used to cut myself. Last night I did it again.",
# "Раньше я резала себя. Вчера снова это сделала.", "Навремето се режех. Снощи пак го направих.",
# "قبلاً خودزنی می‌کردم. دیشب دوباره این کارو کردم."): "it" is the act, so the past is current again.
_DID_IT_AGAIN = re.compile(r"\b(?:did|done|doing) it again\b|\bit happened again\b"
                           r"|\b(?:снова|опять|вновь) (?:это )?(?:сделал\w*|случилось|повторилось)\b|\bсделал\w* это (?:снова|опять)\b"
                           r"|\b(?:пак|отново) (?:го )?(?:направих|направи|се случи)\b|\bго направих (?:пак|отново)\b"
                           r"|(?<!\w)(?:دوباره|باز)\s*(?:این\s*کار(?:و|رو|را)?|اینکارو)\s*(?:کردم|کرد)(?!\w)")
_AGAIN_REACH = 160  # the next sentence or two: "it" is not read across a whole ticket


def _came_back(lex: Lexicon, passage: str) -> bool:
    """The passage says it was over and then that it came back ("Год назад я пыталась. Сейчас всё
    хорошо, но в последнее время снова об этом думаю", "was fine for years. Started again last month"):
    a current crisis, not one with its status open. A return in a sentence of its own opening with a
    contrast is ``_turns_back``, which ``_status`` asks from the hit's sentence on."""
    return any(_taken_back(passage, m) or _STARTED_AGAIN.search(passage, m.end()) for m in lex.resolved.finditer(passage))


_BACK_AGAIN = re.compile(rf"\b(?:{_BACK})\b|(?<!\w)(?:برگشته|برگشت|{_BACK_FA})(?!\w)")
_OPENS_WITH_CONTRAST = re.compile(rf"\s*(?:{_BUT}|а|however|yet)\b")


def _turns_back(passage: str, after: int) -> bool:
    """A later sentence that opens with a contrast and says it came back: "... несколько лет было
    хорошо. А сейчас всё вернулось", "I was fine for years. But lately it's back"."""
    for end in (m.end() for m in _SENTENCE_END.finditer(passage, after)):
        next_end = _SENTENCE_END.search(passage, end)
        following = passage[end:next_end.start() if next_end else len(passage)]
        if _OPENS_WITH_CONTRAST.match(following) and _BACK_AGAIN.search(following):
            return True
    return False


def _taken_back(passage: str, resolution: re.Match) -> bool:
    """An "it is over" that its own sentence takes back, with a contrast and a word of
    recurrence: "Сейчас всё хорошо, но иногда снова думаю об этом", "I'm fine now, but lately
    it's back". ``_still_current`` reads the hit's sentence for this; the taking back may sit in
    the resolution's sentence instead ("Год назад я пыталась. Сейчас всё хорошо, но снова думаю")."""
    _, end = _sentence_bounds(passage, resolution.start())
    rest = passage[resolution.end():end]
    contrast = _CONTRAST.search(rest)
    return contrast is not None and _RECURRENCE.search(rest, contrast.end()) is not None


# Items of one list share its denial: "no thoughts of ending my life or hurting myself", "не думаю о
# суициде или самоповреждении", "فکر خودکشی یا آسیب به خودم ندارم" (the verb that denies comes last).
# Between the two matches: "or", "and", "nor" or a slash, and at most three more words, none of them
# "I" or a negative word: "I'm not suicidal and I will hurt him" and "suicidal and not cutting" are two
# statements, not one list. A comma alone is not a list: "not suicidal, cutting myself every night though".
_LIST_JOIN = re.compile(r"^\s*(?:/\s*|,?\s*(?:or|nor|and|или|либо|ни|нито|и|یا|و)\s+)(?:[^\W\d_][\w'’-]*\s+){0,3}$")
_LIST_BREAK = re.compile(r"(?<!\w)(?:i|i'm|im|i've|i'll|not|no|never|я|аз|не|нет|няма|никога|никогда|من|نه|هرگز)(?!\w)"
                         r"|(?<!\w)(?:نمی|نم|ن)(?=[\u0600-\u06FF]{2,}(?:م|ی|د|یم|ید|ند)(?!\w))")


_DENIAL_AFTER_THE_LIST = {"fa"}  # where the verb that denies ends the sentence


def _now_negated(hit: RuleHit, why: str) -> RuleHit:
    """``hit`` read as negated after all (by a pass over the whole message), its note saying why in
    the form ``_each_hit`` writes."""
    note = hit.signal.note
    if hit.status != Status.CURRENT:
        note = note.removesuffix(f" ({hit.status.value}{': ' + hit.cleared_by if hit.cleared_by else ''})")
    return replace(hit, status=Status.NEGATED, cleared_by=why,
                   signal=hit.signal.model_copy(update={"note": f"{note} ({Status.NEGATED.value}: {why})"}))


def _share_denials(hits: list[RuleHit], text: str, language: str) -> list[RuleHit]:
    """A current crisis match listed right after a negated one (``_LIST_JOIN``) is negated too; in
    Persian, right before one too. Not backwards elsewhere: in "я хочу покончить с собой и резать
    себя? нет" the form's "no" answers only the last item."""
    crisis = sorted((h for h in hits if h.is_crisis), key=lambda h: h.signal.start)
    out = {id(h): h for h in hits}
    for a, b in zip(crisis, crisis[1:]):
        gap_start, gap_end = a.norm_end, b.norm_start
        if gap_start > gap_end or a.status == b.status or Status.NEGATED not in (a.status, b.status):
            continue
        gap = text[gap_start:gap_end]
        # a negative word in an item is that item's own ("не съм в опасност и не мога да дишам")
        said = text[a.norm_start:b.norm_end]
        if not _LIST_JOIN.match(gap) or _LIST_BREAK.search(said) or _SENTENCE_END.search(gap):
            continue
        other = b if a.status == Status.NEGATED else a
        if other.status == Status.CURRENT and (other is b or language in _DENIAL_AFTER_THE_LIST):
            out[id(other)] = _now_negated(other, "negation, shared with the list")
    return [out[id(h)] for h in hits]


_CONFESSION = re.compile(r"\b(?:actually|honestly|truth is|to be honest|всъщност|истината е|на самом деле|честно говоря|по правде)\b"
                         r"|(?<!\w)(?:راستش|در واقع|حقیقتش)(?!\w)")  # "but honestly I think about suicide": the word is the writer's own
_AS_A_VERB = re.compile(r"\s*(?:می ?|ب)?(?:کنم|کردم|کنه|کند|کنی|کرد|کرده ام|کرده‌ام|بکنم)(?!\w)")  # Persian "خودکشی کنم": the word as a verb
_ASKED = re.compile(r"\b(?:if|whether|ли|дали)\b|(?<!\w)آیا(?!\w)")  # "asks if I'm suicidal": a question, not a statement


def _denied_topics(hits: list[RuleHit], text: str, lex: Lexicon) -> list[RuleHit]:
    """A crisis word alone (``lex.topic_term``: "the suicide question", "опросник про суицидальные
    мысли", "«самоповреждения?»" in a report) is a topic when the writer denies the risk somewhere in
    the message (``lex.denial``: "the answer is always no", "у него таких мыслей нет", "چنین فکری ندارم";
    or a crisis match read as negated), unless ``_still_said`` keeps it."""
    if _LIE.search(text):  # "I said no. That was a lie": nothing here is denied
        return hits
    denials = sorted([(h.norm_start, h.norm_end) for h in hits if h.is_crisis and h.status == Status.NEGATED]
                     + [m.span() for m in lex.denial.finditer(text)])
    if not denials:
        return hits
    return [_now_negated(h, "a topic, and the writer denies the risk")
            if h.is_crisis and h.status in (Status.CURRENT, Status.PAST_UNCLEAR)
            and lex.topic_term.fullmatch(text[h.norm_start:h.norm_end]) and not _still_said(h, text, lex, denials)
            else h for h in hits]


def _still_said(hit: RuleHit, text: str, lex: Lexicon, denials: list[tuple[int, int]]) -> bool:
    """The crisis word is the writer's own statement after all: "I" before it in its clause without
    "if" ("I self-harm", "я суицидальна"), a Persian verb ("خودکشی کنم") or a time of now in its clause
    ("امشب"); a denial taken back before it ("ticked no on the suicide question, but actually I think
    about suicide every day"); a confession ("honestly"), a return or a recent time in its sentence."""
    s_start, s_end = _sentence_bounds(text, hit.norm_start)
    clause = _CLAUSE_BREAK.split(text[s_start:hit.norm_start])[-1]
    rest = _CLAUSE_BREAK.split(text[hit.norm_end:s_end])[0]
    sentence = text[s_start:s_end]
    before = [end for _, end in denials if end <= hit.norm_start]
    taken_back = (bool(before) and _CONTRAST.search(text, before[-1], hit.norm_start) is not None
                  and not any(start >= hit.norm_end for start, _ in denials))
    return bool((lex.first_person.search(clause) and not _ASKED.search(clause)) or _AS_A_VERB.match(rest)
                or lex.current.search(f"{clause} {rest}") or taken_back or _CONFESSION.search(sentence)
                or _RECURRENCE.search(sentence) or lex.recent.search(sentence))


# The writer quotes their own words and explains them away: "«не хочу просыпаться» я написала про
# понедельники", "I said 'I could strangle my boss' in session as a joke", "казах „ще го убия“ ... не го
# мислех буквално", "«میخوام همه چی رو تموم کنم»... منظورم اشتراکمه". Not when they say they meant it.
_QUOTED = re.compile(r"«[^»\n]{1,80}»|„[^“”\n]{1,80}[“”]|“[^”\n]{1,80}”|\"[^\"\n]{1,80}\"|(?<!\w)'[^'\n]{1,80}'(?!\w)")
_OWN_WORDS = re.compile(r"\b(?:i (?:said|typed|wrote|texted|told \w+)|я (?:написал\w*|сказал\w*|напечатал\w*)|(?:написах|казах|писах))\b"
                        r"|(?<!\w)(?:گفتم|نوشتم)(?!\w)")
_OF_MY_WORDS = r"я про|это я про|(?:написал|сказал|писал)\w* (?:это )?про|i meant(?! to\b)"  # "I meant ...": the words are the writer's
_SAID_OF_IT = re.compile(rf"\b(?:{_OF_MY_WORDS})\b|منظورم")
_EXPLAINED = re.compile(rf"\b(?:{_OF_MY_WORDS}|i mean the|i was (?:talking|joking|referring)|as a joke|just (?:kidding|joking)|not literally|figure of speech"
                        r"|в смысле|имел\w* в виду|шучу|в шутку|не буквально|образно"
                        r"|не го мислех (?:буквално|сериозно)|на шега|шегувах се|имах предвид|говорех за)\b"
                        r"|(?<!\w)(?:منظورم|به شوخی|شوخی کردم|شوخی بود)(?!\w)")
_MEANT_IT = re.compile(r"\b(?:meant it|mean it|not (?:joking|kidding)|seriously|не шучу|не шутка|серь[её]зно|сериозно|не се шегувам)\b|(?<!\w)(?:جدی ?ام|جدی گفتم|شوخی ندارم)(?!\w)")


def _explained_quotes(hits: list[RuleHit], text: str) -> list[RuleHit]:
    """A current crisis match inside quotes is negated when the writer explains the quoted words away
    (``_EXPLAINED``) and says they are theirs ("я про", "I meant", or "I said" before the quote), and
    nowhere says they meant it (``_MEANT_IT``)."""
    if not _EXPLAINED.search(text) or _MEANT_IT.search(text):
        return hits
    quotes = [m.span() for m in _QUOTED.finditer(text)]
    if not quotes:
        return hits
    out = []
    for h in hits:
        quote = next(((a, b) for a, b in quotes if a < h.norm_start and h.norm_end < b), None)
        if h.is_crisis and h.status == Status.CURRENT and quote is not None and (
                _OWN_WORDS.search(text, max(0, quote[0] - 40), quote[0]) or _SAID_OF_IT.search(text)):
            h = _now_negated(h, "the writer's quoted words, explained")
        out.append(h)
    return out


def _run(lex: Lexicon, n: Normalized) -> Iterable[RuleHit]:
    hits = _share_denials(list(_each_hit(lex, n)), n.text, lex.language)
    return _explained_quotes(_denied_topics(hits, n.text, lex), n.text)


def _named_clearer(lex: Lexicon, text: str, rule: Rule, start: int, end: int) -> tuple[Status, str | None]:
    """A vulnerability rule (hostility toward staff, distress, ...) is only cleared by a clearer that
    names it in ``applies_to`` ("Ще ви удуша от любов"): the crisis clearers were written for crisis
    wording, and an insult beside an idiom is still an insult. Only those few clearers are run: the
    whole clearer pass costs milliseconds, and vulnerability words are common."""
    # Clipped at the sentence end like every other clearer span (``_spans``): an idiom in one
    # sentence does not explain a threat in the next.
    spans = _spans(lex, text, _clearers_naming(lex.language, rule.id, lex.latin))
    clearer_id = _clearer_of(lex, text, rule, start, end, spans)
    return (Status.CURRENT, None) if clearer_id is None else (Status.IDIOM, clearer_id)


@lru_cache(maxsize=None)
def _clearer_notes(language: str) -> dict[str, str]:
    """Each clearer's note by its id ({} for a language without rules)."""
    return {clearer.id: clearer.note for clearer, _ in load(language).clearers} if language in LANGUAGES else {}


@lru_cache(maxsize=None)
def _clearers_naming(language: str, rule_id: str, latin: bool = False) -> tuple[tuple[str, re.Pattern], ...]:
    """The clearers whose ``applies_to`` names ``rule_id``, in lexicon order."""
    lex = load(language, latin)
    return tuple((clearer.id, pattern) for clearer, pattern in lex.clearers
                 if (scope := lex.clearer_scopes.get(clearer.id)) is not None and scope.search(rule_id))


def _clearer_of(lex: Lexicon, text: str, rule: Rule, start: int, end: int,
                candidates: Iterable[tuple[str, int, int]], owned: bool = False) -> str | None:
    """The first candidate clearer match (id, start, end) that overlaps the match [start, end) and
    whose ``applies_to`` (if any) takes the rule, unless the writer calls it a lie after. When the
    writer's own thought or wish is attached to the match (``owned``), topic clearers do not count."""
    for clearer_id, c_start, c_end in candidates:
        if owned and _topic_yields(text, clearer_id, c_start, start, end):
            continue
        if _JOKE_CLEARER.search(clearer_id) and _PLANNED.search(text, *_sentence_bounds(text, start)):
            continue
        scope = lex.clearer_scopes.get(clearer_id)
        if c_start < end and start < c_end and (scope is None or scope.search(rule.id)) and not _LIE.search(text, end, max(end, c_end) + 160):
            return clearer_id
    return None


def _each_hit(lex: Lexicon, n: Normalized) -> Iterable[RuleHit]:
    for rule, pattern in lex.rules:
        for match in pattern.finditer(n.text):
            if match.end() == match.start():
                continue
            start, end = n.span(match.start(), match.end())
            evidence = n.original[start:end]
            if rule.kind == SignalKind.CRISIS:
                status, why = _status(lex, n, rule, match.start(), match.end())
            else:
                status, why = _named_clearer(lex, n.text, rule, match.start(), match.end())
            note = f"{rule.note or rule.category} — rule {rule.id}"
            if status != Status.CURRENT:
                note += f" ({status.value}{': ' + why if why else ''})"
            yield RuleHit(
                signal=Signal(kind=rule.kind, category=rule.category, severity=rule.severity, evidence=evidence,
                              start=start, end=end, source="rule", note=note),
                rule_id=rule.id, language=lex.language, status=status, cleared_by=why,
                norm_start=match.start(), norm_end=match.end(),
            )


def _whole_words(hit: RuleHit, text: str) -> RuleHit:
    """A hit of the undisguised reading quoting the customer's words whole: a match inside a word
    typed without spaces ("husband hits" in "myhusbandhitsme") quotes the word it is in."""
    start, end = hit.signal.start, hit.signal.end
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    if (start, end) == (hit.signal.start, hit.signal.end):
        return hit
    return replace(hit, signal=hit.signal.model_copy(update={"start": start, "end": end, "evidence": text[start:end]}))


def match_rules(text: str, languages: Iterable[str]) -> list[RuleHit]:
    """All rule hits in ``text`` for the given languages (unknown languages are skipped),
    ordered by position; the same category on the same span is reported once."""
    hits: list[RuleHit] = []
    seen: set[tuple[str, int, int]] = set()
    for language in dict.fromkeys(languages):
        if language not in LANGUAGES:
            continue
        lex, reading = _lexicon(text, language), _reading(text, language)
        found = list(_run(lex, reading))
        if (undisguised := _undisguised(reading, language)) is not None:
            plain, changed = undisguised
            # Crisis hits on any changed word; others (hostility toward staff: "I will <b>kill</b> the
            # agent") only on a disguised one: a slip "corrected" into a word of distress or hostility
            # is not worth a doubt.
            extra = [h for h in _run(lex, plain) if any(changed[h.norm_start:h.norm_end])
                     and (h.is_crisis or _DISGUISED in changed[h.norm_start:h.norm_end])]
            # The same rule on the same words, read as an idiom or a denial once undisguised ("this bill
            # is killlling me"): the as-written reading only missed its clearer.
            extra = [_whole_words(h, text) for h in extra]
            explainers = [h for h in extra if any(c not in (_UNCHANGED, _SPACING) for c in changed[h.norm_start:h.norm_end])]
            found = [h for h in found if not _explained_undisguised(h, explainers)]
            # one signal per reading of the same words: the as-written hit stands for its undisguised twin
            found += [h for h in extra if not any(f.rule_id == h.rule_id and f.status == h.status and f.signal.start < h.signal.end
                                                  and h.signal.start < f.signal.end for f in found)]
        for hit in found:
            key = (hit.signal.category, hit.signal.start, hit.signal.end)
            if key not in seen:
                seen.add(key)
                hits.append(hit)
    hits.sort(key=lambda h: (h.signal.start, h.signal.end))
    return hits


def own_clauses(text: str, languages: Iterable[str]) -> list[tuple[int, int]]:
    """Clauses of the writer's that follow a clause about someone else in the same sentence, as
    (start, end) in ``text``: "My friend died last year and | soon nobody will have to worry about
    me". The classifier read the whole sentence and the friend's year dated it; the screener reads
    such a clause alone too, for a window it flags, and the router takes the clause's time when the
    clause alone is a crisis (session 25). Clauses of three words or fewer are left out."""
    spans: list[tuple[int, int]] = []
    for language in dict.fromkeys(languages):
        if language not in LANGUAGES:
            continue
        lex, n = _lexicon(text, language), _reading(text, language)
        s_start = 0
        for stop in [*_SENTENCE_END.finditer(n.text), None]:
            s_end = stop.start() if stop else len(n.text)
            coordinated = list(lex.coordinated_clause.finditer(n.text, s_start, s_end))
            cut = _after_someone_elses_clause(lex, n.text, s_start, s_end, s_end, coordinated)
            if cut is not None and len(_WORDS_OF_THEIR_OWN.findall(n.text, cut, s_end)) > 3:
                spans.append(n.span(cut, s_end))
            s_start = stop.end() if stop else s_end
    return sorted(set(spans))


def time_status(text: str, languages: Iterable[str]) -> Status:
    """Whether a passage talks about a crisis as current, clearly over, or past with its status
    unclear, by the lexicons' time markers alone. For flags no rule raised (the classifier's),
    which have no matched phrase to anchor a sentence on: the passage as a whole is read."""
    status = Status.CURRENT
    for language in dict.fromkeys(languages):
        if language not in LANGUAGES:
            continue
        lex = _lexicon(text, language)
        reading = _reading(text, language).text
        # a past marker that only says when a present state began does not date it (_period_starts)
        for marker in _period_starts(lex, reading, 0, len(reading), len(reading), skip_comma=False):
            reading = reading[:marker.start()] + " " * (marker.end() - marker.start()) + reading[marker.end():]
        if not lex.past.search(reading):
            continue
        if _still_current(lex, reading):
            return Status.CURRENT
        status = (Status.PAST_RESOLVED if _resolutions(lex, reading)
                  else Status.CURRENT if lex.recent.search(reading) else Status.PAST_UNCLEAR)
        if status == Status.PAST_RESOLVED:
            return status
    return status


@lru_cache(maxsize=None)
def explains_readings(clearer_id: str) -> bool:
    """Whether a clearer span may explain the semantic layer's or the classifier's reading of a
    window (they have no rule id): a clearer without ``applies_to`` does, and so does one scoped to
    whole categories ("^ru\\.suicide\\.implied\\.", "\\.harm_to_others\\."); one scoped to named rules
    only clears those rules' matches. "Looking for a kindergarten" is scoped to a child left
    alone; it had explained away the classifier's reading of "the kindergarten teacher hits my
    son" in its sentence. Ids that are not clearers (cleared rule matches) explain their window."""
    language = clearer_id.split(".", 1)[0]
    if language not in LANGUAGES:
        return True
    scope = load(language).clearer_scopes.get(clearer_id)
    return scope is None or any(scope.search(f"{language}.{category.value}.implied.reading") for category in CrisisCategory)


def clearer_spans(text: str, languages: Iterable[str]) -> list[tuple[int, int, str]]:
    """Original-text spans of every idiom or look-alike clearer, whether or not a crisis rule
    matched there: the classifier, which has no matched phrase, is cleared by them too."""
    spans = []
    for language in dict.fromkeys(languages):
        if language not in LANGUAGES:
            continue
        reading = _reading(text, language)
        for clearer_id, c_start, c_end in _clearer_matches(language, reading.text, _read_in_latin(text, language)):
            if c_end > c_start:
                start, end = reading.span(c_start, c_end)
                spans.append((start, end, clearer_id))
    return spans
