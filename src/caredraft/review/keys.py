"""API keys and roles.

A key looks like ``cd_<key id>_<secret>``: the key id is public (it names the key in the
audit log and finds the row), the secret is 32 random bytes. Only sha256(key) is stored,
and the comparison is constant-time. A bootstrap key configured by the operator may be any
string; its id is then derived from its hash.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from enum import StrEnum

from caredraft.domain import Route

KEY_PATTERN = re.compile(r"^cd_([a-z0-9]{10})_[A-Za-z0-9_-]{20,}$")


class Role(StrEnum):
    AGENT = "agent"  # create and read drafts, screen, check
    REVIEWER = "reviewer"  # the human_review queue
    CLINICIAN = "clinician"  # both review queues, incl. crisis items and their customer text
    ADMIN = "admin"  # knowledge base and keys; may do everything


class Permission(StrEnum):
    DRAFT = "draft"  # create/read drafts, screen, check replies
    REVIEW_HUMAN = "review_human"
    REVIEW_CLINICAL = "review_clinical"
    KB_READ = "kb_read"
    KB_WRITE = "kb_write"
    KEYS = "keys"
    AUDIT = "audit"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.AGENT: frozenset({Permission.DRAFT, Permission.KB_READ}),
    Role.REVIEWER: frozenset({Permission.REVIEW_HUMAN, Permission.KB_READ}),
    Role.CLINICIAN: frozenset({Permission.REVIEW_HUMAN, Permission.REVIEW_CLINICAL, Permission.KB_READ}),
    Role.ADMIN: frozenset(Permission),
}

QUEUE_PERMISSION = {Route.HUMAN_REVIEW: Permission.REVIEW_HUMAN, Route.CLINICAL_REVIEW: Permission.REVIEW_CLINICAL}


def can(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def key_id_of(raw: str) -> str:
    """The public id of a presented key (never fails: unknown shapes get a derived id)."""
    match = KEY_PATTERN.match(raw)
    if match:
        return match.group(1)
    return "bt" + hash_key(raw)[:8]


def new_key() -> tuple[str, str]:
    """A fresh (key id, raw key). The raw key is shown once and never stored."""
    key_id = secrets.token_hex(5)
    return key_id, f"cd_{key_id}_{secrets.token_urlsafe(32)}"


def matches(raw: str, stored_hash: str) -> bool:
    return hmac.compare_digest(hash_key(raw), stored_hash)
