"""Public request and response shapes of the HTTP API (split Create / Public).

Requests forbid unknown fields, so a typo in a field name is an error, not a silently
ignored option. Domain models (Screening, Draft, CheckResult, Passage) are reused as is.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from caredraft.domain import CheckResult, Draft, Passage, Route, Screening, Signal
from caredraft.review.base import Status
from caredraft.review.keys import Role

LANGUAGE = r"^[a-z]{2,3}$"


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value):
        # PostgreSQL text cannot hold NUL, and no customer or reviewer text needs one:
        # refuse it here with a 422 rather than fail later in the database.
        items = value if isinstance(value, list) else [value]
        if any(isinstance(item, str) and "\x00" in item for item in items):
            raise ValueError("must not contain NUL (\\u0000) characters")
        return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty or only whitespace")
    return value


# -- drafts ---------------------------------------------------------------------------------
class HistoryTurn(_Request):
    role: Literal["customer", "agent"]
    text: str = Field(max_length=100_000)


class DraftCreate(_Request):
    text: str = Field(min_length=1, description="The customer's newest message.")
    ticket_id: str | None = Field(default=None, max_length=200)
    channel: str | None = Field(default=None, max_length=50, description="e.g. email, chat, phone")
    language: str | None = Field(default=None, pattern=LANGUAGE, description="en, ru, bg, fa; detected when absent")
    country: str | None = Field(default=None, pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2")
    history: list[HistoryTurn] = Field(default_factory=list, max_length=100, description="The conversation so far.")

    _text_not_blank = field_validator("text")(_not_blank)


class DraftPublic(BaseModel):
    id: str
    status: Status
    route: Route | None = None
    reasons: list[str] = Field(default_factory=list)
    ticket_id: str | None = None
    channel: str | None = None
    created_at: datetime
    updated_at: datetime
    draft: Draft | None = None
    check: CheckResult | None = None
    citations: list[str] = Field(default_factory=list)
    passages: list[Passage] = Field(default_factory=list)
    screening: Screening | None = Field(default=None, description="Null when redacted for this role.")
    customer_text: str | None = Field(default=None, description="Null when redacted for this role.")
    redacted: bool = Field(default=False, description="Clinical items show customer text to clinicians and admins only.")
    degraded: bool = Field(default=False, description="The pipeline failed; screening alone decided the route.")
    final_text: str | None = None
    decided_by: str | None = None


# -- screening and checks -------------------------------------------------------------------
class ScreenRequest(_Request):
    text: str = Field(min_length=1)
    language: str | None = Field(default=None, pattern=LANGUAGE)
    history: list[HistoryTurn] = Field(default_factory=list, max_length=100,
                                       description="The conversation so far: the customer's earlier messages are screened too.")

    _text_not_blank = field_validator("text")(_not_blank)


class CheckRequest(_Request):
    text: str = Field(min_length=1, description="A reply, by caredraft or a person.")
    language: str | None = Field(default=None, pattern=LANGUAGE)
    citations: list[str] = Field(default_factory=list, max_length=20,
                                 description="Passages the reply may rely on, e.g. en:refunds#double-charges")
    customer_text: str | None = None

    _text_not_blank = field_validator("text")(_not_blank)


# -- knowledge base -------------------------------------------------------------------------
class DocumentCreate(_Request):
    content: str = Field(min_length=1, description="One policy document in Markdown with front matter.")
    name: str | None = Field(default=None, max_length=200, description="A file name, for messages.")


class IngestResult(BaseModel):
    doc_id: str
    language: str
    chunks: int
    embedded: int
    unchanged: int
    deleted: int


class DeleteResult(BaseModel):
    doc_id: str
    language: str | None
    deleted: int


# -- review ---------------------------------------------------------------------------------
class ReviewItem(BaseModel):
    id: str
    route: Route
    status: Status
    severity_rank: int = Field(description="0 no signal .. 4 critical; queues sort by this, then age")
    waited_seconds: float = Field(description="Seconds since the message arrived (or until decided).")
    created_at: datetime
    customer_text: str
    language: str
    history: list[dict] = Field(default_factory=list)
    evidence: list[Signal] = Field(default_factory=list, description="What the screener found, quoted.")
    reasons: list[str] = Field(default_factory=list)
    draft: Draft
    check: CheckResult
    degraded: bool = False
    claimed_by: str | None = None
    decided_by: str | None = None
    final_text: str | None = None
    decision_reason: str | None = None


class ReviewList(BaseModel):
    queue: Route
    count: int
    items: list[ReviewItem]


class ApproveRequest(_Request):
    edited_text: str | None = Field(default=None, min_length=1,
                                    description="The reviewer's final reply; absent = approve the draft as is.")

    @field_validator("edited_text")
    @classmethod
    def _edited_not_blank(cls, value: str | None) -> str | None:
        return None if value is None else _not_blank(value)


class RejectRequest(_Request):
    reason: str = Field(min_length=1, max_length=2_000)

    _reason_not_blank = field_validator("reason")(_not_blank)


# -- keys and audit -------------------------------------------------------------------------
class KeyCreate(_Request):
    role: Role
    name: str = Field(min_length=1, max_length=200)


class KeyPublic(BaseModel):
    id: str
    name: str
    role: Role
    created_at: datetime
    revoked_at: datetime | None = None


class KeyCreated(KeyPublic):
    key: str = Field(description="The secret; shown once, store it now.")


class AuditEntryPublic(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    item_id: str | None = None
    details: dict = Field(default_factory=dict)


# -- health ---------------------------------------------------------------------------------
class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ready", "not_ready"]
    checks: dict[str, str]
