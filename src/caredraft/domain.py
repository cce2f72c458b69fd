"""The nouns of caredraft, shared by every stage. No I/O here.

One request flows: screen the message -> retrieve policy -> draft -> check the draft ->
route and persist (see ``caredraft.pipeline``). Each stage returns one of these models.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Route(StrEnum):
    """How much care a draft needs before an agent may send it (see shared/DECISIONS.md)."""

    AUTO = "auto"
    HUMAN_REVIEW = "human_review"
    CLINICAL_REVIEW = "clinical_review"


ROUTE_ORDER = {Route.AUTO: 0, Route.HUMAN_REVIEW: 1, Route.CLINICAL_REVIEW: 2}
PRIORITY_ORDER = ("normal", "high", "urgent")  # Screening.priority, least to most pressing


def stricter(a: Route, b: Route) -> Route:
    """Safety before convenience: the more careful of two routes wins."""
    return a if ROUTE_ORDER[a] >= ROUTE_ORDER[b] else b


def more_pressing(a: str, b: str) -> str:
    """The more pressing of two ``Screening.priority`` values (an unknown one counts as "normal")."""
    return max(a, b, key=lambda p: PRIORITY_ORDER.index(p) if p in PRIORITY_ORDER else 0)


class Emotion(StrEnum):
    ANGRY = "angry"
    FRUSTRATED = "frustrated"
    ANXIOUS = "anxious"
    SAD = "sad"
    CONFUSED = "confused"
    DISAPPOINTED = "disappointed"
    NEUTRAL = "neutral"


class SignalKind(StrEnum):
    CRISIS = "crisis"
    VULNERABILITY = "vulnerability"


class CrisisCategory(StrEnum):
    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    HARM_TO_OTHERS = "harm_to_others"
    ABUSE = "abuse"
    CHILD_SAFETY = "child_safety"
    MEDICAL_EMERGENCY = "medical_emergency"


class VulnerabilityCategory(StrEnum):
    DISTRESS = "distress"
    CONFUSION = "confusion"
    BEREAVEMENT = "bereavement"
    FINANCIAL_HARDSHIP = "financial_hardship"
    HOSTILITY = "hostility"  # threats or abuse aimed at the agent or staff


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


SEVERITY_ORDER = {Severity.LOW: 0, Severity.MEDIUM: 1, Severity.HIGH: 2, Severity.CRITICAL: 3}


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Signal(_Model):
    """One finding in the customer's message, with the evidence a reviewer needs."""

    kind: SignalKind
    category: str  # a CrisisCategory or VulnerabilityCategory value
    severity: Severity
    evidence: str  # the quoted text, exactly message[start:end]
    start: int
    end: int
    source: str = "rule"  # "rule" | "semantic" | "classifier"
    score: float | None = None  # similarity for semantic signals
    note: str | None = None  # e.g. "implied: giving things away"
    # None: the evidence is in the newest message. Otherwise the index in ``Ticket.history`` of the
    # customer's earlier message it quotes (start and end count in that message's text).
    turn: int | None = None


class Screening(_Model):
    """What the input guardrail concluded about one customer message."""

    language: str  # en | ru | bg | fa | other
    language_confidence: float = 1.0
    route: Route
    emotion: Emotion = Emotion.NEUTRAL
    emotion_confidence: float = 0.0
    signals: list[Signal] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)
    follow_up: bool = False  # vulnerable customers get a follow-up (call-centre article)
    priority: str = "normal"  # one of PRIORITY_ORDER: normal | high | urgent
    degraded: list[str] = Field(default_factory=list)  # components that failed; the route is already stricter

    @property
    def crisis_signals(self) -> list[Signal]:
        return [s for s in self.signals if s.kind == SignalKind.CRISIS]

    @property
    def vulnerability_signals(self) -> list[Signal]:
        return [s for s in self.signals if s.kind == SignalKind.VULNERABILITY]


class Passage(_Model):
    """One heading-sized chunk of a policy document, as retrieved."""

    id: str  # "<doc_id>#<section-slug>", stable across languages for the same section
    doc_id: str  # policy id shared by the translations, e.g. "refunds"
    language: str
    title: str  # document title
    heading: str  # section heading
    text: str
    tags: list[str] = Field(default_factory=list)
    effective_date: str | None = None
    score: float = 0.0

    @property
    def citation(self) -> str:
        """How a draft cites a passage: language-qualified id."""
        return f"{self.language}:{self.id}"


class DraftParts(_Model):
    acknowledge: str = ""
    explain: str = ""
    next_step: str = ""


class Draft(_Model):
    """A reply for an agent to review and send; never sent by caredraft itself."""

    text: str
    language: str
    parts: DraftParts = Field(default_factory=DraftParts)
    citations: list[str] = Field(default_factory=list)  # Passage.citation values
    producer: str = "rules"  # rules | llm | holding | fallback:<why>
    ready_to_send: bool = False
    flags: list[str] = Field(default_factory=list)  # e.g. "no_relevant_policy", "cited_other_language"


class ViolationKind(StrEnum):
    THERAPEUTIC_ADVICE = "therapeutic_advice"
    TONE = "tone"
    UNGROUNDED = "ungrounded"
    STRUCTURE = "structure"
    PII = "pii"


class Verdict(StrEnum):
    PASS = "pass"
    REVISE = "revise"
    BLOCK = "block"


class Violation(_Model):
    kind: ViolationKind
    evidence: str
    severity: Severity
    message: str = ""
    start: int | None = None
    end: int | None = None


class CheckResult(_Model):
    verdict: Verdict
    violations: list[Violation] = Field(default_factory=list)
    errored: list[str] = Field(default_factory=list)  # checks that crashed (counted as block)


class Ticket(_Model):
    """One customer message as it arrives, with what the helpdesk knows."""

    text: str
    language: str | None = None  # when the helpdesk knows it; otherwise detected
    country: str | None = None
    ticket_id: str | None = None
    channel: str | None = None
    history: list[dict] = Field(default_factory=list)  # [{"role": "customer"|"agent", "text": ...}]


class DraftResult(_Model):
    """Everything the pipeline produced for one ticket: the unit that is persisted and reviewed."""

    route: Route
    reasons: list[str]
    screening: Screening
    passages: list[Passage]
    draft: Draft
    check: CheckResult
