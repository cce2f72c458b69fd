"""The safe holding message for crisis routes. The pipeline calls exactly ``holding_message``.

Safe-messaging practice: warm and direct; takes the person seriously; says a person from the
care team is reading the message now; urges emergency services or a crisis line now if
anyone is in immediate danger; lists the crisis lines for their country. Never: method
details, promises of secrecy, policy or billing talk, "everything will be fine", diagnosis.
The message is never ready to send: a person from the care team decides what goes out.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Sequence

from caredraft.domain import CrisisCategory, Draft, DraftParts, Passage, Screening, Ticket
from caredraft.drafting.extract import sentences
from caredraft.drafting.phrases import TEMPLATE_LANGUAGES, phrasebook, pick, template_language

CRISIS_DOC = "crisis-resources"
COUNTRY_ALIASES = {"uk": "gb"}
SAFETY_CATEGORIES = {CrisisCategory.HARM_TO_OTHERS, CrisisCategory.ABUSE, CrisisCategory.CHILD_SAFETY}


def wording_for(screening: Screening) -> str:
    """Which wording fits: ``medical_emergency`` (call now) first, then ``suicide`` (suicide or
    self-harm), then ``safety`` (harm to others, abuse, child safety). Without a crisis signal
    (e.g. screening failed) the general safety wording is used: it presumes nothing."""
    categories = {s.category for s in screening.crisis_signals}
    if CrisisCategory.MEDICAL_EMERGENCY in categories:
        return "medical_emergency"
    if categories & {CrisisCategory.SUICIDE, CrisisCategory.SELF_HARM}:
        return "suicide"
    return "safety"


def select_resources(resources: Sequence[Passage], country: str | None) -> list[Passage]:
    """The crisis-resources section for the country, else the ``default`` one, else any."""
    crisis = [p for p in resources if p.doc_id == CRISIS_DOC]
    code = (country or "").strip().lower()
    code = COUNTRY_ALIASES.get(code, code)
    for anchor in ([code] if code else []) + ["default"]:
        found = [p for p in crisis if p.id == f"{CRISIS_DOC}#{anchor}"]
        if found:
            return found[:1]
    return crisis[:1]


def _resource_lines(passage: Passage) -> list[str]:
    # One line per sentence: a person in crisis should not have to search a paragraph for a number.
    return [f"- {sentence}" for sentence in sentences(passage.text)]


def holding_message(ticket: Ticket, screening: Screening, resources: Sequence[Passage], *, language: str) -> Draft:
    """The holding message in the customer's language, with the crisis lines for their country."""
    language = template_language(language, screening.language, ticket.language)
    book = phrasebook(language)["holding"]
    seed = ticket.text
    kind = wording_for(screening)

    used = select_resources(resources, ticket.country)
    flags = ["crisis_holding"]
    if used:
        lines = [line for p in used for line in _resource_lines(p)]
        resource_block = "\n".join([pick(book["resources_intro"], seed, "resources_intro"), *lines])
        if any(p.language != language for p in used):
            flags.append("cited_other_language")  # phone numbers matter more than language purity
    else:
        resource_block = pick(book["fallback_resources"], seed, "fallback_resources")

    opening = pick(book["opening"][kind], seed, "opening")
    team = pick(book["team"], seed, "team")
    danger = pick(book["danger"][kind], seed, "danger")
    closing = pick(book["closing"][kind], seed, "closing")
    parts = DraftParts(acknowledge=f"{opening} {team}", explain=f"{danger}\n{resource_block}", next_step=closing)
    text = "\n\n".join([parts.acknowledge, danger, resource_block, closing])
    return Draft(text=text, language=language, parts=parts, citations=[p.citation for p in used],
                 producer="holding", ready_to_send=False, flags=flags)


@lru_cache(maxsize=1)
def holding_texts() -> tuple[str, ...]:
    """Every sentence a holding message may hold, in every template language: a customer's e-mail
    reply quotes them back, and they are not the customer's words (guardrails/quotes.py)."""
    def strings(node: Any):
        if isinstance(node, str):
            yield node
        elif isinstance(node, list):
            for item in node:
                yield from strings(item)
        elif isinstance(node, dict):
            for item in node.values():
                yield from strings(item)
    return tuple(text for language in TEMPLATE_LANGUAGES for text in strings(phrasebook(language)["holding"]))
