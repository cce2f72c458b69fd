"""The caredraft error tree. ``caredraft.api.errors`` maps each class to one HTTP status.

Safety outcomes are routes, not errors: a failing component during screening makes the
item go to review; these errors are for client mistakes and non-safety backends.
"""

from __future__ import annotations


class CaredraftError(Exception):
    """Base class; ``code`` is a stable machine-readable name."""

    code = "error"

    def __init__(self, message: str, *, details: dict | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class InvalidInput(CaredraftError):
    code = "invalid_input"


class NotFound(CaredraftError):
    code = "not_found"


class Unauthorized(CaredraftError):
    code = "unauthorized"


class Forbidden(CaredraftError):
    code = "forbidden"


class Conflict(CaredraftError):
    code = "conflict"


class PayloadTooLarge(CaredraftError):
    code = "payload_too_large"


class BackendUnavailable(CaredraftError):
    """A non-safety backend (vector store, embeddings endpoint, database) failed."""

    code = "backend_unavailable"


class KnowledgeBaseError(CaredraftError):
    """A knowledge-base document could not be read (bad front matter, no body, ...)."""

    code = "knowledge_base_error"


class SignatureInvalid(Unauthorized):
    """A webhook whose signature is missing, wrong or outside the time window."""

    code = "signature_invalid"


class ReplayedDelivery(Unauthorized):
    """A webhook delivery whose signature was accepted before: a replay, refused."""

    code = "replayed_delivery"


class IntegrationNotConfigured(NotFound):
    """A helpdesk endpoint was called but its settings are not all set."""

    code = "integration_not_configured"


class HelpdeskUnavailable(BackendUnavailable):
    """The helpdesk's REST API failed or timed out (the caller, or the outbox, retries)."""

    code = "helpdesk_unavailable"
    retry_after = 30  # seconds; Zendesk retries a 503 webhook delivery that carries a short Retry-After
