"""The one place that turns screening evidence into a route (see shared/DECISIONS.md).

Detectors (rules, semantic, emotion) report; this module decides, and says why in words a
reviewer can read. Only signals that force a person are reported as crisis ``Signal``s
(the pipeline treats any crisis signal as clinical); doubts go to ``reasons``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Sequence

from caredraft.domain import Route, Severity, Signal, SignalKind, VulnerabilityCategory, stricter
from caredraft.guardrails.input.crisis_rules import CLEARED, RuleHit, Status, explains_readings, time_status
from caredraft.guardrails.input.semantic import SemanticResult, Window


@dataclass(frozen=True)
class Thresholds:
    crisis: float  # semantic similarity that alone means crisis
    review: float  # semantic similarity that means "a person should look" (with the margin below)
    review_margin: float  # ...and this much nearer to crisis than to any safe look-alike
    other_auto: float  # languages without rules: below this similarity, auto; else review
    classifier_crisis: float = 1.01  # classifier crisis probability that alone means crisis (off by default)
    classifier_review: float = 1.01  # ...that means "a person should look"
    classifier_hostility: float = 1.01  # hostility probability that means human review
    classifier_neighbour_margin: float = 0.0  # and the window must sit this much nearer to written crises
    classifier_hostility_margin: float = -0.01  # a hostile window must sit this much nearer to written hostility than to ordinary rows
    semantic_min_classifier: float = 0.0  # with rules and the classifier: a semantic flag needs this classifier crisis probability
    classifier_other_review: float = 1.01  # languages without rules: a classifier crisis probability that means "a person should look"


@dataclass
class Decision:
    route: Route = Route.AUTO
    reasons: list[str] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    follow_up: bool = False
    priority: str = "normal"

    def escalate(self, route: Route, reason: str) -> None:
        self.route = stricter(self.route, route)
        self.reasons.append(reason)


def _kind_of(rule_id: str) -> str:
    parts = rule_id.split(".")
    return parts[2] if len(parts) > 2 else "rule"


def quote(text: str, limit: int = 120) -> str:
    """How a reason quotes evidence: one line, at most ``limit`` characters, in single quotes."""
    text = " ".join(text.split())
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"


def _overlaps(window: Window, hit: RuleHit) -> bool:
    return hit.signal.start < window.end and window.start < hit.signal.end


def _clearer_at(start: int, end: int, clearers: Sequence[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The first idiom or look-alike span (``crisis_rules.clearer_spans``) overlapping [start, end)
    that may explain a window's reading (``explains_readings``)."""
    return next((c for c in clearers if c[0] < end and start < c[1] and explains_readings(c[2])), None)


def decide(
    text: str,
    *,
    language: str,
    has_rules: bool,
    hits: list[RuleHit],
    semantic: SemanticResult | None,
    degraded: list[str],
    thresholds: Thresholds,
    clearers: Sequence[tuple[int, int, str]] = (),
) -> Decision:
    d = Decision()
    crisis_hits = [h for h in hits if h.is_crisis]
    current = [h for h in crisis_hits if h.status == Status.CURRENT]
    unclear = [h for h in crisis_hits if h.status == Status.PAST_UNCLEAR]
    cleared = [h for h in crisis_hits if h.status in CLEARED]
    vulnerability = [h for h in hits if not h.is_crisis and h.status == Status.CURRENT]
    cleared += [h for h in hits if not h.is_crisis and h.status in CLEARED]  # only by a clearer naming the rule

    # 1. A current crisis signal confirmed by a rule: a clinician, always.
    for h in current:
        d.signals.append(h.signal)
        d.escalate(Route.CLINICAL_REVIEW,
                   f"{h.signal.category} ({_kind_of(h.rule_id)}): {quote(h.signal.evidence)} — rule {h.rule_id}")
    # 2. A past crisis whose status the message leaves open: a person decides, and someone who
    # told us of a crisis in their past is followed up, as the call-centre article asks.
    for h in unclear:
        d.follow_up = True
        d.escalate(Route.HUMAN_REVIEW,
                   f"past {h.signal.category}, not said to be over: {quote(h.signal.evidence)} — rule {h.rule_id}")
    # 3. Cleared matches change nothing but are explained, so a reviewer can audit them.
    for h in cleared:
        what = "a current crisis" if h.is_crisis else (
            "hostility toward staff" if h.signal.category == VulnerabilityCategory.HOSTILITY else str(h.signal.category))
        d.reasons.append(f"not {what} ({h.status.value}): {quote(h.signal.evidence)} — "
                         f"rule {h.rule_id}, cleared by {h.why_cleared}")

    # 4. Vulnerability: tone, follow-up and priority; hostility toward staff goes to a person.
    for h in vulnerability:
        d.signals.append(h.signal)
        if h.signal.category == VulnerabilityCategory.HOSTILITY:
            d.escalate(Route.HUMAN_REVIEW, f"hostility toward staff: {quote(h.signal.evidence)} — rule {h.rule_id}")
        else:
            d.follow_up = True
            d.reasons.append(f"vulnerability ({h.signal.category}): {quote(h.signal.evidence)} — rule {h.rule_id}")

    # 5. The semantic layer, for what the rules did not confirm or clear.
    if semantic is None:
        if "semantic" in degraded and not current:
            d.escalate(Route.HUMAN_REVIEW, "semantic layer unavailable: the rules alone cannot rule out a crisis")
    elif not current:
        # A threat to staff already sends the message to a person; its violent wording must not
        # also read as a crisis to the semantic layer, so its windows are explained like cleared ones.
        hostile = [h for h in vulnerability if h.signal.category == VulnerabilityCategory.HOSTILITY]
        _semantic(d, text, semantic, cleared + hostile, has_rules, language, thresholds, clearers)
        # The classifier has a hostility class of its own, so only cleared matches and idioms hide
        # windows from it ("I know where my ex lives" is a threat to a third person, not to staff).
        _classifier(d, text, list(semantic.windows), language, thresholds, clearers, cleared, has_rules)

    # 6. Emoji with almost no words: nothing for the rules or e5 to read, so a person does.
    if d.route == Route.AUTO and (symbols := risk_emoji(text)):
        d.follow_up = True
        d.escalate(Route.HUMAN_REVIEW, f"emoji a person should read, with almost no words: {symbols}")

    if d.route == Route.CLINICAL_REVIEW:
        d.priority = "urgent"
        d.follow_up = True
    elif vulnerability or d.route == Route.HUMAN_REVIEW and unclear:
        d.priority = "high"
    return d


# Emoji used for self-harm, suicide and violence when words fail ("🔪🩸", "🪢😞", "💊💊💊💊💊😴"): a blade,
# blood, a noose, a coffin, a headstone, a gun, a dagger; pills repeated or with sleep or a wave.
# Not 💀 ("I'm dead" is laughter) or 😭 (crying with laughter as often as crying). Session 27: with
# the customer's language known, each of those went `auto` (e5 reads emoji as noise).
_RISK_EMOJI = re.compile("[\U0001F52A\U0001FA78\U0001FAA2\u26B0\U0001FAA6\U0001F52B\U0001F5E1]")
_PILLS = re.compile("\U0001F48A")
_PILLS_WITH = re.compile("[\U0001F634\U0001F4A4\U0001F44B\u26B0\U0001FAA6]")  # 😴 💤 👋 ⚰ 🪦
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
MAX_WORDS_BESIDE_EMOJI = 3


def risk_emoji(text: str) -> str:
    """The risk emoji of a message with at most ``MAX_WORDS_BESIDE_EMOJI`` words, or ''."""
    if len(_LETTER_WORD.findall(text)) > MAX_WORDS_BESIDE_EMOJI:
        return ""
    found = _RISK_EMOJI.findall(text)
    pills = _PILLS.findall(text)
    if len(pills) >= 3 or (pills and _PILLS_WITH.search(text)):
        found += pills
    return "".join(dict.fromkeys(found))


def _near_crisis_example(w: Window, t: Thresholds) -> bool:
    """Near enough a crisis exemplar, and nearer to it than to any safe look-alike, to flag."""
    return w.crisis >= t.review and w.margin >= t.review_margin


def _semantic(d: Decision, text: str, semantic: SemanticResult, cleared: list[RuleHit], has_rules: bool,
              language: str, t: Thresholds, clearers: Sequence[tuple[int, int, str]] = ()) -> None:
    # A window holding a match a rule has cleared ("this bill is killing me") is explained
    # by that rule, and so is one holding an idiom or look-alike no rule matched ("this login
    # screen will be the death of me"), as for the classifier; the rest may still be flagged.
    windows = [w for w in semantic.windows if not any(_overlaps(w, h) for h in cleared)
               and _clearer_at(w.start, w.end, clearers) is None]
    denial = any(h.status == Status.NEGATED for h in cleared)
    if has_rules and not denial and any(w.p_category for w in windows):
        # Nearness to one exemplar is often topic, not risk ("my ex got the dog and my piano,
        # and I'm fine"). The classifier, trained on those exemplars and thousands of written
        # rows, reads the same window vector: when it gives the window almost no chance of a
        # crisis, the nearness alone does not flag. Languages without rules keep the old rule,
        # and so does a message that denies a crisis somewhere ("I'm not suicidal, but..."):
        # the negation tables showed denials hiding crises from the classifier.
        doubted = [w for w in windows if w.p_crisis < t.semantic_min_classifier]
        windows = [w for w in windows if w.p_crisis >= t.semantic_min_classifier]
        near = [w for w in doubted if _near_crisis_example(w, t)]
        if near:
            top = max(near, key=lambda w: (w.crisis, w.margin))
            d.reasons.append(f"not flagged: near a {top.category} example (similarity {top.crisis:.3f}), but the "
                             f"classifier gives it {top.p_crisis:.2f}: {quote(text[top.start:top.end])}")
    if not windows:
        return
    best = max(windows, key=lambda w: (w.crisis, w.margin))
    start, end, evidence = _trimmed(text, best)
    detail = f"{best.category}, similarity {best.crisis:.3f}, margin {best.margin:+.3f} to the nearest safe example"
    flagged = _near_crisis_example(best, t)
    if flagged and has_rules and time_status(evidence, [language]) == Status.PAST_RESOLVED:
        # Like the classifier, the semantic layer does not read time: "That's completely in the
        # past and I'm happy now" sits near a crisis example and says the opposite.
        d.reasons.append(f"not a current crisis (past, and the writer says it is over): semantic {detail}: {quote(evidence)}")
        return
    if best.crisis >= t.crisis and best.margin >= t.review_margin:
        d.signals.append(Signal(kind=SignalKind.CRISIS, category=best.category, severity=Severity.HIGH,
                                evidence=evidence, start=start, end=end, source="semantic",
                                score=round(best.crisis, 4), note=f"nearest crisis example: {best.nearest}"))
        d.escalate(Route.CLINICAL_REVIEW, f"semantic: very close to {detail}: {quote(evidence)}")
    elif flagged:
        d.escalate(Route.HUMAN_REVIEW, f"semantic: near a crisis example ({detail}) that no rule confirms: {quote(evidence)}")
    elif not has_rules and (best.crisis >= t.other_auto or best.margin >= t.review_margin):
        d.escalate(Route.HUMAN_REVIEW,
                   f"language '{language}' has no rules and the semantic layer is not confidently far from crisis ({detail})")


def _explanation(text: str, window: Window, clearers: Sequence[tuple[int, int, str]], cleared: Sequence[RuleHit],
                 t: Thresholds) -> str | None:
    """What explains a classifier window away, if anything: an idiom or look-alike span, or a rule
    match cleared as negated, idiom or over, inside it, when the window without them is not a
    crisis (unmeasured, None, or nothing crisis-like left, 0.0, counts as explained)."""
    rest = window.p_crisis_without_clearers
    if rest and rest >= t.classifier_review:
        return None
    idiom = _clearer_at(window.start, window.end, clearers)
    if idiom is not None:
        return f"{idiom[2]}: {quote(text[idiom[0]:idiom[1]])}"
    hit = next((h for h in cleared if _overlaps(window, h)), None)
    if hit is not None:
        return f"{hit.status.value}: {quote(hit.signal.evidence)} — rule {hit.rule_id}"
    return None


def _trimmed(text: str, window: Window) -> tuple[int, int, str]:
    start, end = window.start, window.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, text[start:end]


def _classifier(d: Decision, text: str, windows: list[Window], language: str, t: Thresholds,
                clearers: Sequence[tuple[int, int, str]] = (), cleared: Sequence[RuleHit] = (),
                has_rules: bool = True) -> None:
    """The trained classifier (when it ran): a confident crisis window is a crisis signal quoting
    that window; a doubtful one, or a hostile whole message, goes to a person. The classifier
    does not read time, so the lexicons' time markers still apply: a crisis the message says is
    over is not current, and one in the past with its status open goes to a person."""
    if not any(w.p_category for w in windows):
        return
    # Only windows near written crises count (see classifier.Model.neighbour_margin).
    near = [w for w in windows if w.neighbour_margin > t.classifier_neighbour_margin]
    # A window holding an idiom or a cleared rule match ("I'm not suicidal") is explained by it,
    # unless the window without those spans is still a crisis on its own (the screener measures
    # that, ``p_crisis_without_clearers``): "Don't call anyone. I've decided. ... cancel my plan
    # first", "я не уверена, что не наглотаюсь таблеток" are not explained.
    explained = {id(w): why for w in windows if (why := _explanation(text, w, clearers, cleared, t)) is not None}
    candidates = [w for w in windows if id(w) not in explained]
    unexplained = [w for w in near if id(w) not in explained]
    if not unexplained:
        hidden = [w for w in near if id(w) in explained and w.p_crisis >= t.classifier_review]
        if hidden:
            top = max(hidden, key=lambda w: w.p_crisis)
            d.reasons.append(f"not a current crisis ({explained[id(top)]}): classifier {top.p_category}, classifier "
                             f"probability {top.p_crisis:.2f}, neighbour margin {top.neighbour_margin:+.3f}")
        if not candidates:
            return
    best = max(unexplained or candidates, key=lambda w: w.p_crisis)
    if not unexplained:
        best = replace(best, p_crisis=0.0)
    start, end, evidence = _trimmed(text, best)
    detail = f"{best.p_category}, classifier probability {best.p_crisis:.2f}, neighbour margin {best.neighbour_margin:+.3f}"
    when = Status.CURRENT
    if best.p_crisis >= t.classifier_review:
        languages = [language, *{"ru": ["bg"], "bg": ["ru"]}.get(language, [])]
        # The window read, not the whole message: a past event elsewhere in a long ticket
        # must not soften a current crisis sentence.
        when = time_status(evidence, languages) if language != "other" else Status.CURRENT
        if when == Status.PAST_UNCLEAR and best.own_clause and (best.p_crisis_own_clause or 0.0) >= t.classifier_review:
            # "My friend died last year and soon nobody will have to worry about me": the friend's
            # year dated the window; the writer's clause alone is a crisis too, and its time is its own.
            a, b = best.own_clause
            if time_status(text[a:b], languages) == Status.CURRENT:
                when = Status.CURRENT
                detail += f"; the writer's own clause alone {best.p_crisis_own_clause:.2f}, and not past"
    if when == Status.PAST_RESOLVED:
        d.reasons.append(f"not a current crisis (past, and the writer says it is over): classifier {detail}: {quote(evidence)}")
    elif when == Status.PAST_UNCLEAR:
        d.follow_up = True  # as for a rule's past crisis left open (``decide``, step 2)
        d.escalate(Route.HUMAN_REVIEW, f"past {best.p_category}, not said to be over (classifier probability "
                                       f"{best.p_crisis:.2f}): {quote(evidence)}")
    elif best.p_crisis >= t.classifier_crisis:
        d.signals.append(Signal(kind=SignalKind.CRISIS, category=best.p_category, severity=Severity.HIGH,
                                evidence=evidence, start=start, end=end, source="classifier",
                                score=round(best.p_crisis, 4), note="trained classifier, no rule confirms it"))
        d.escalate(Route.CLINICAL_REVIEW, f"classifier: {detail}: {quote(evidence)}")
    elif best.p_crisis >= t.classifier_review:
        d.escalate(Route.HUMAN_REVIEW, f"classifier unsure ({detail}) and no rule confirms or clears it: {quote(evidence)}")
    if not has_rules and d.route == Route.AUTO:
        # The classifier is trained on four other languages, and its neighbour check compares a
        # window with rows written in them: in a language without rules neither can clear a crisis
        # reading, so a lower one than in the four goes to a person. "Mijn vriend heeft me gisteren
        # weer geslagen ..." (0.89, a margin below zero) and a Hungarian "megint megver" (0.38) went
        # `auto` (session 29).
        doubted = [w for w in candidates if w.p_crisis >= t.classifier_other_review]
        if doubted:
            top = max(doubted, key=lambda w: w.p_crisis)
            _, _, evidence = _trimmed(text, top)
            d.escalate(Route.HUMAN_REVIEW, f"language '{language}' has no rules and the classifier reads {top.p_category} "
                                           f"(probability {top.p_crisis:.2f}, neighbour margin {top.neighbour_margin:+.3f}): "
                                           f"{quote(evidence)}")
    # Only windows nearer to written hostility than to written ordinary rows (Model.hostility_margin).
    # Windows holding a cleared crisis match stay hidden from it ("this bill is killing me").
    hostile_windows = [w for w in windows if w.hostility_margin > t.classifier_hostility_margin
                       and not any(_overlaps(w, h) for h in cleared)]
    hostile = max(hostile_windows, key=lambda w: w.p_hostility, default=None)
    if hostile is not None and hostile.p_hostility >= t.classifier_hostility and d.route == Route.AUTO:
        _, _, quoted = _trimmed(text, hostile)
        d.escalate(Route.HUMAN_REVIEW, f"hostility toward staff (classifier probability {hostile.p_hostility:.2f}): {quote(quoted)}")
