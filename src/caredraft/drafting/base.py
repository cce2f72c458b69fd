"""The drafter protocol. Rules (offline, default) and LLM drafters implement it.

Crisis items never reach a drafter: ``caredraft.drafting.holding`` writes the safe
holding message for them, whatever drafter is configured.
"""

from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

from caredraft.domain import Draft, Passage, Screening, Ticket


@runtime_checkable
class Drafter(Protocol):
    name: str

    def draft(self, ticket: Ticket, screening: Screening, passages: Sequence[Passage]) -> Draft:
        """Compose a reply in the customer's language (``screening.language``) from the passages."""
        ...
