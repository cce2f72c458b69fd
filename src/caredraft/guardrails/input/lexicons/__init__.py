"""Per-language pattern banks for the rule layer (``crisis_rules`` runs them).

Each language module defines:

- ``RULES``: crisis and vulnerability patterns (``Rule``), matched on the normalised text
  (``normalize.normalize``: casefolded, ё→е, Arabic letters as Persian, ZWNJ as a space);
- ``CLEARERS``: idioms and other look-alikes that cancel an overlapping crisis match
  ("this bill is killing me", "suicide prevention month"), of every rule or, with ``applies_to``,
  of the rules it names;
- ``NEGATION``: a cue that, ending a clause just before a crisis match, negates it;
  ``NEGATION_AFTER`` (optional): one that starts the rest of the clause (Persian verbs);
  ``NEGATION_TAIL`` (optional): searched over the match's whole sentence, a sentence that names
  the thoughts first and only denies them ("Thoughts that I'd be better off dead, I don't have.",
  "Мыслей, что лучше бы меня не было, нет.", "Суицид — это не про меня"); written from the
  sentence's start, so "Хочу умереть, нет сил" is not one;
  ``NEGATION_EXCEPTIONS`` (optional): phrases that look like negation and are not;
  ``NEGATORS`` (optional, languages without negative concord): every negative word. Two of them
  in the negating clause cancel ("can't say I'm not tempted to ..."); ``NEGATION_SCOPE`` ends the
  stretch they are counted in ("I'm not suicidal and I don't want to die" is one each);
  ``COORDINATED_CLAUSE`` (optional): "and" (и, و) where it opens a new clause ("and I", "и я хочу",
  "и искам", "и мъжът ми", "and tomorrow"), read with the match itself: a negative word before it does not reach past it
  ("I'm not ok and I want to die"), while "no thoughts of self-harm and suicide" stays one denial;
  ``ASYNDETIC_LEAD`` and ``CLAUSE_START`` (optional): a negated clause followed, with no comma and no
  conjunction, by one of the writer's own ("не могу так больше хочу умереть", "не мога да вляза искам
  да умра", "i dont sleep i want to die"): the lead is the negated clause, the start what opens the
  next one, and a negative word in the lead does not reach past it; ``CLAUSE_VERB`` (optional): a
  finite verb, which after a match's first word makes the match a clause of its own after a lead;
- ``PAST`` / ``RESOLVED`` / ``CURRENT``: time markers for "over" vs "still going on";
  ``RECENT`` (optional): days or weeks ago. A recent crisis the writer does not say is over
  counts as current ("last month he dragged me by the hair", "I tried last week"): doubt
  between a person and a clinician goes to the clinician (shared/DECISIONS.md);
- ``OTHER_PERSON``: someone other than the writer (for reported, non-current speech).
- ``DENIAL`` and ``TOPIC_TERM`` (optional): a crisis word alone (``TOPIC_TERM``, matched whole
  against a rule's match) in a message where the writer denies the risk (``DENIAL``) is a topic:
  "the suicide question ... the answer is always no" (``crisis_rules._denied_topics``).
- ``FIRST_PERSON`` (optional): the writer as subject ("I", "я", "аз", "من"); after the other person
  it takes the report back: "refund to my mother's card, I won't be here, I bought the rope".

Patterns are written by hand from general knowledge of how people disclose risk; they are
never copied from evaluation data. Rule ids read ``<lang>.<category>.<explicit|implied|...>.<name>``
so a reviewer sees which pattern fired.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Sequence, TypeVar

from caredraft.domain import CrisisCategory, Severity, SignalKind, VulnerabilityCategory
from caredraft.guardrails.input.lexicons.pattern_cache import PatternCache

LANGUAGES = ("en", "ru", "bg", "fa")


@dataclass(frozen=True)
class Rule:
    id: str
    category: str  # CrisisCategory or VulnerabilityCategory value
    severity: Severity
    pattern: str
    note: str = ""  # what a reviewer reads, e.g. "implied: giving things away"
    kind: SignalKind = field(default=SignalKind.CRISIS)

    def __post_init__(self) -> None:
        valid = CrisisCategory if self.kind == SignalKind.CRISIS else VulnerabilityCategory
        if self.category not in {c.value for c in valid}:
            raise ValueError(f"rule {self.id}: unknown {self.kind.value} category {self.category!r}")


@dataclass(frozen=True)
class Clearer:
    id: str
    pattern: str
    note: str = ""
    # Only when this also occurs somewhere in the message (before or after the match): a farewell
    # is cleared by where the writer is going, while the clearer's span stays the farewell itself,
    # so a crisis sentence between the two is not cleared with it.
    context: str = ""
    # Only rule matches whose rule id this matches (empty: every rule). A clearer written for one
    # kind of look-alike must not clear another kind of crisis in its span: "looking for a
    # babysitter" explains a child left at home, not "I want to kill myself tonight" before it.
    applies_to: str = ""


@dataclass(frozen=True)
class Lexicon:
    language: str
    rules: tuple[tuple[Rule, re.Pattern], ...]
    clearers: tuple[tuple[Clearer, re.Pattern], ...]
    clearer_contexts: dict[str, re.Pattern]  # by clearer id, for clearers with a ``context``
    clearer_scopes: dict[str, re.Pattern]  # by clearer id, for clearers with an ``applies_to``
    negation: re.Pattern
    negation_exceptions: re.Pattern  # look like negation but are not ("not gonna lie")
    negation_after: re.Pattern  # verb-final languages negate after the phrase ("... ندارم")
    negation_tail: re.Pattern  # the whole sentence names the thoughts and denies them ("Мисли, че ..., нямам.")
    negators: re.Pattern  # every negative word, counted for double negation (never matches: not counted)
    negation_scope: re.Pattern  # where the counted stretch starts over ("and", "because", "that")
    coordinated_clause: re.Pattern  # "and" opening a new clause: a negation before it stops there
    asyndetic_clause: re.Pattern  # a negated clause, then the writer's own with no comma: ends where it starts
    asyndetic_lead: re.Pattern  # that negated clause, ending where the text ends (just before a match)
    clause_verb: re.Pattern  # a finite verb: a match holding one after its first word is a clause of its own
    and_new_subject: re.Pattern  # "and" before a clause with a subject of its own (not "and killed himself")
    since: re.Pattern  # "since <an event, a past marker>": a period from then until now
    after: re.Pattern  # "after <an event, a past marker>": when what follows began
    past_tense: re.Pattern  # a verb in the past tense ("swallowed", "выпила", "изпих", "خوردم")
    just_now: re.Pattern  # minutes or hours ago, just now: a medical event then is an emergency now
    past: re.Pattern
    resolved: re.Pattern
    current: re.Pattern
    other_person: re.Pattern
    recent: re.Pattern
    points_back: re.Pattern  # a sentence opening that points back at the one before ("That was", "Это было")
    first_person: re.Pattern
    denial: re.Pattern  # the writer denies the risk ("I'm not", "таких мыслей нет", "چنین فکری ندارم")
    topic_term: re.Pattern  # a crisis named as a word alone ("suicide", "самоповреждения", "خودکشی")
    latin: bool = False  # compiled for the Cyrillic reading of a Latin-typed message (``load``)


def crisis(id: str, category: CrisisCategory, severity: Severity, pattern: str, note: str = "") -> Rule:
    return Rule(id, category.value, severity, pattern, note, SignalKind.CRISIS)


def vulnerable(id: str, category: VulnerabilityCategory, severity: Severity, pattern: str, note: str = "") -> Rule:
    return Rule(id, category.value, severity, pattern, note, SignalKind.VULNERABILITY)


def either(a: str, b: str, gap: int = 30, *, across: bool = False) -> str:
    """``a`` then ``b`` or ``b`` then ``a``, at most ``gap`` characters apart: Russian, Bulgarian
    and Persian order words freely ("телефон отобрали" / "отобрали телефон"). ``across`` lets the
    gap cross sentence ends, for two cues that together make the signal anywhere in a message."""
    fill = r"[\s\S]" if across else r"[^.!?]"
    return rf"(?:(?:{a})\b{fill}{{0,{gap}}}(?:{b})|(?:{b})\b{fill}{{0,{gap}}}(?:{a}))"


def unless_later(pattern: str, exclusion: str) -> str:
    """``pattern``, where ``exclusion`` does not occur from the match on. The look-ahead scans to
    the end of the text, so it is guarded by ``pattern`` itself: tried at every position it made
    one 6,000-character message take seconds (quadratic), guarded it runs only where ``pattern``
    already matches."""
    return rf"(?=(?:{pattern}))(?![\s\S]*(?:{exclusion}))(?:{pattern})"


def quoted_title(nouns: str) -> str:
    """A title in quotes after the noun that names it: webinar «How to talk about suicide», книга
    „…“, مقاله «…». A crisis word inside the quotes is a topic, not a disclosure; the span ends at
    the closing quote, so a disclosure after the title is still read."""
    return rf"(?:{nouns})\S*[^.!?\n«“„\"]{{0,30}}[«“„\"][^»“”\"\n]{{1,100}}[»“”\"]"


Item = TypeVar("Item", Rule, Clearer)


def revised(items: Sequence[Item], id: str, change: Callable[[str], str]) -> list[Item]:
    """``items`` with the rule or clearer ``id`` given the pattern ``change(old pattern)``, in its
    place: how a later pass widens or narrows an earlier one without forking a near-copy. The order
    stays, because when two rules match the same span the first one's id is reported. A missing id
    is an error, so a renamed rule cannot leave a revision silently unapplied."""
    if not any(item.id == id for item in items):
        raise KeyError(f"no rule or clearer {id!r} to revise")
    return [replace(item, pattern=change(item.pattern)) if item.id == id else item for item in items]


def redefined(items: Sequence[Item], *new: Item) -> list[Item]:
    """``items`` with each rule or clearer of ``new`` in the place of the one with its id (see
    ``revised``; for a change of more than the pattern: a context, a severity)."""
    by_id = {item.id: item for item in new}
    missing = set(by_id) - {item.id for item in items}
    if missing:
        raise KeyError(f"no rule or clearer {sorted(missing)} to redefine")
    return [by_id.get(item.id, item) for item in items]


def widened(extra: str) -> Callable[[str], str]:
    """For ``revised``: the old pattern, or ``extra``."""
    return lambda old: rf"(?:{old})|(?:{extra})"


def substituted(old: str, new: str) -> Callable[[str], str]:
    """For ``revised`` (or a time-marker string): ``old`` replaced by ``new``, which must occur."""
    def change(pattern: str) -> str:
        if old not in pattern:
            raise ValueError(f"{old!r} is not in the pattern it should revise")
        return pattern.replace(old, new)
    return change


def within_clause(reach: int, stop: str) -> str:
    """Up to ``reach`` characters of the same sentence that do not run past ``stop``, where a new
    clause begins ("but", "and now", ", I"): a clearer's gap. "The form asks about self-harm"
    names a topic; "I filled in the form but tonight I want to kill myself" does not, and a gap
    of plain ``[^.!?]{0,80}`` after "form" used to clear it."""
    return rf"(?:(?!{stop})[^.!?]){{0,{reach}}}"


def unless_near(pattern: str, exclusion: str, reach: int = 250) -> str:
    """``pattern``, where ``exclusion`` does not occur within ``reach`` characters of its start: the
    context that makes it ordinary ("верёвку спрятала от кота") sits next to it. Bounded, so many
    matches in one long message stay linear (``unless_later`` scans to the end each time)."""
    return rf"(?=(?:{pattern}))(?![\s\S]{{0,{reach}}}?(?:{exclusion}))(?:{pattern})"


def _asyndetic(module: object, tail: str) -> str:
    """``ASYNDETIC_LEAD`` followed by ``tail`` (``{start}`` stands for ``CLAUSE_START``); never
    matches in a language that defines no lead."""
    lead = getattr(module, "ASYNDETIC_LEAD", None)
    if lead is None:
        return r"(?!)"
    return f"(?:{lead})" + tail.format(start=getattr(module, "CLAUSE_START", r"(?!)"))


def _compile_pattern(pattern: str, where: str, cache: PatternCache) -> re.Pattern:
    # Case-sensitive on purpose: every pattern reads text ``normalize`` has already casefolded,
    # and all are written in lower case (a test keeps it so). Under IGNORECASE Python's re cannot
    # skip an alternation branch on its first letter: the lexicons scanned a 6,000-character
    # message in two to three times the time.
    try:
        return cache.compile(pattern, re.UNICODE)  # re.compile's own result when the cache is off
    except re.error as exc:  # a broken pattern is a programming error: fail at import, loudly
        raise ValueError(f"{where}: bad pattern: {exc}") from exc


def check_unique_ids(language: str, rules: Sequence[Rule], clearers: Sequence[Clearer]) -> None:
    """Ids name a rule or clearer in reasons and tests, and a clearer's context is looked up by
    its id: two clearers with one id would share (or lose) a context without a word."""
    for kind, items in (("rule", rules), ("clearer", clearers)):
        ids = [item.id for item in items]
        if len(ids) != len(set(ids)):
            raise ValueError(f"{language}: duplicate {kind} ids: {sorted({i for i in ids if ids.count(i) > 1})}")


def latin_tolerant(pattern: str, language: str, words: bool = True) -> str:
    """``pattern`` for the Cyrillic reading of a Latin-typed message (``normalize.to_cyrillic``).
    Chat spelling drops the soft and hard signs ("ubit", "muzh bet menya", "poveshus", "pisma"),
    Bulgarian's official spelling writes ъ as "a" ("mazhat mi", "ratsete", "sabiram") and chat as
    "u" ("mazhut"), and й is typed "i" as often as "y" ("samoubiistvo"): no reading can restore
    them, so the pattern lets them go. Outside character classes ь (and Russian ъ) become optional,
    Bulgarian ъ reads as а or у too, and й as и (inside a class as well, unless the class is
    negated). The Russian reading adds a soft sign to a final "t" after a vowel (an infinitive,
    "zhit"; sometimes a present, "lezhit"), so a Russian "т" may carry one (in the rules' and clearers' words only, ``words``: the grammar
    patterns tell an infinitive from a present by that sign); Latin has one "e" for е and э ("eto"),
    and "sch" reads щ where Russian has сч ("schet")."""
    also = {"й": "и", **({"ъ": "ау"} if language == "bg" else {})}  # letters Latin spelling may give instead
    out: list[str] = []
    i, in_class, negated = 0, False, False
    def quantified(j: int) -> bool:  # the atom ending at j already has a quantifier
        return pattern[j + 1:j + 2] in ("?", "*", "+", "{")

    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
            out.append(ch + also[ch] if ch in also and not negated else ch)
        elif ch == "[":
            in_class, negated = True, pattern[i + 1:i + 2] == "^"
            out.append(ch)
            for literal in ("^", "]"):  # "[^...]", and a "]" that opens a class is a literal
                if pattern[i + 1:i + 2] == literal:
                    out.append(literal)
                    i += 1
        elif ch in also:
            out.append(f"[{ch}{also[ch]}]")
        elif ch in "ьъ" and not quantified(i):
            out.append(ch + "?")
        elif ch == "т" and words and language == "ru" and not quantified(i):
            out.append("ть?")  # the reading guesses an infinitive's soft sign: "lezhit" reads "лежить"
        elif ch == "э" and language == "ru":
            out.append("[эе]")  # "eto", "etot": Latin has one e
        elif pattern.startswith("сч", i) and language == "ru" and not quantified(i + 1):
            out.append("(?:сч|щ)")  # "schet" reads "щет"
            i += 1
        else:
            out.append(ch)
        i += 1
    return "".join(out)


@lru_cache(maxsize=None)
def load(language: str, latin: bool = False) -> Lexicon:
    """The compiled lexicon of one language (compiled once per process). With ``latin``, its
    patterns forgive what Latin chat spelling loses (``latin_tolerant``): the rules read the
    Cyrillic reading of a Latin-typed Russian or Bulgarian message with it."""
    if language not in LANGUAGES:
        raise KeyError(f"no lexicon for language {language!r}")
    module = importlib.import_module(f"{__name__}.{language}")
    check_unique_ids(language, module.RULES, module.CLEARERS)
    # compiling ~400 patterns costs ~0.25 s; loading them ~10 ms
    cache = PatternCache(f"{language}-latin" if latin else language)

    def _compile(pattern: str, where: str, words: bool = False) -> re.Pattern:
        if latin:
            try:
                return _compile_pattern(latin_tolerant(pattern, language, words), where, cache)
            except ValueError:  # an optional letter inside a look-behind (fixed width): as written
                pass
        return _compile_pattern(pattern, where, cache)

    lexicon = Lexicon(
        language=language,
        rules=tuple((r, _compile(r.pattern, r.id, words=True)) for r in module.RULES),
        clearers=tuple((c, _compile(c.pattern, c.id, words=True)) for c in module.CLEARERS),
        clearer_contexts={c.id: _compile(c.context, f"{c.id} context", words=True) for c in module.CLEARERS if c.context},
        clearer_scopes={c.id: _compile(c.applies_to, f"{c.id} applies_to") for c in module.CLEARERS if c.applies_to},
        negation=_compile(module.NEGATION, f"{language}.NEGATION"),
        negation_exceptions=_compile(getattr(module, "NEGATION_EXCEPTIONS", r"(?!)"), f"{language}.NEGATION_EXCEPTIONS"),
        negation_after=_compile(getattr(module, "NEGATION_AFTER", r"(?!)"), f"{language}.NEGATION_AFTER"),
        negation_tail=_compile(getattr(module, "NEGATION_TAIL", r"(?!)"), f"{language}.NEGATION_TAIL"),
        negators=_compile(getattr(module, "NEGATORS", r"(?!)"), f"{language}.NEGATORS"),
        negation_scope=_compile(getattr(module, "NEGATION_SCOPE", r"(?!)"), f"{language}.NEGATION_SCOPE"),
        coordinated_clause=_compile(getattr(module, "COORDINATED_CLAUSE", r"(?!)"), f"{language}.COORDINATED_CLAUSE"),
        asyndetic_clause=_compile(_asyndetic(module, "(?=(?:{start}))"), f"{language}.ASYNDETIC_LEAD"),
        asyndetic_lead=_compile(_asyndetic(module, "$"), f"{language}.ASYNDETIC_LEAD"),
        clause_verb=_compile(getattr(module, "CLAUSE_VERB", r"(?!)"), f"{language}.CLAUSE_VERB"),
        and_new_subject=_compile(getattr(module, "AND_NEW_SUBJECT", r"(?!)"), f"{language}.AND_NEW_SUBJECT"),
        since=_compile(getattr(module, "SINCE", r"(?!)"), f"{language}.SINCE"),
        after=_compile(getattr(module, "AFTER", r"(?!)"), f"{language}.AFTER"),
        past_tense=_compile(getattr(module, "PAST_TENSE", r"(?!)"), f"{language}.PAST_TENSE"),
        just_now=_compile(getattr(module, "JUST_NOW", r"(?!)"), f"{language}.JUST_NOW"),
        past=_compile(module.PAST, f"{language}.PAST"),
        resolved=_compile(module.RESOLVED, f"{language}.RESOLVED"),
        current=_compile(module.CURRENT, f"{language}.CURRENT"),
        other_person=_compile(module.OTHER_PERSON, f"{language}.OTHER_PERSON"),
        recent=_compile(getattr(module, "RECENT", r"(?!)"), f"{language}.RECENT"),
        points_back=_compile(getattr(module, "POINTS_BACK", r"(?!)"), f"{language}.POINTS_BACK"),
        first_person=_compile(getattr(module, "FIRST_PERSON", r"(?!)"), f"{language}.FIRST_PERSON"),
        denial=_compile(getattr(module, "DENIAL", r"(?!)"), f"{language}.DENIAL"),
        topic_term=_compile(getattr(module, "TOPIC_TERM", r"(?!)"), f"{language}.TOPIC_TERM"),
        latin=latin,
    )
    cache.save()
    return lexicon
