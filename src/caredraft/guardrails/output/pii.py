"""Personal data in a reply: a reply must not repeat a customer's card or account number (high:
block) and should not carry e-mails, phone numbers, street addresses or dates of birth (medium:
revise). The company's own support contacts (``Settings.support_contacts``) and phone numbers
that appear in the cited passages (crisis lines, the policy's own numbers) are allowed.
Names are not flagged: an agent signing with their own name is normal.
"""

from __future__ import annotations

import re
from functools import lru_cache

from caredraft.domain import Severity, ViolationKind
from caredraft.guardrails.output import Finding, ReplyContext
from caredraft.guardrails.output._text import fold
from caredraft.guardrails.pii import PiiType, find_pii

KIND = ViolationKind.PII

_SEVERITY = {
    PiiType.CARD: Severity.HIGH,
    PiiType.IBAN: Severity.HIGH,
    PiiType.ACCOUNT: Severity.HIGH,
    PiiType.EMAIL: Severity.MEDIUM,
    PiiType.PHONE: Severity.MEDIUM,
    PiiType.ADDRESS: Severity.MEDIUM,
    PiiType.DATE_OF_BIRTH: Severity.MEDIUM,
}


@lru_cache(maxsize=1024)
def _contacts_in(source: str) -> tuple[frozenset[str], frozenset[str]]:
    """(e-mails, phones) written in one source. Cached: the same policy passages are cited by
    reply after reply, and scanning them again was a third of this check's time."""
    emails, phones = set(), set()
    for span in find_pii(source, {PiiType.EMAIL, PiiType.PHONE}):
        if span.type == PiiType.EMAIL:
            emails.add(fold(span.text))
        else:
            phones.add(span.digits[-9:])
    return frozenset(emails), frozenset(phones)


def _allowed(ctx: ReplyContext) -> tuple[set[str], set[str]]:
    """(lower-case e-mails, last 9 digits of phones) that a reply may contain."""
    sources = list(ctx.allowed_contacts) + [p.text for p in ctx.passages]
    emails: set[str] = set()
    phones: set[str] = set()
    for source in sources:
        found_emails, found_phones = _contacts_in(source)
        emails |= found_emails
        phones |= found_phones
    for contact in ctx.allowed_contacts:  # a bare number or address given in settings
        if "@" in contact:
            emails.add(fold(contact.strip()))
        elif (digits := re.sub(r"\D", "", fold(contact))):
            phones.add(digits[-9:])
    return emails, phones


def detect(text: str, ctx: ReplyContext) -> list[Finding]:
    emails, phones = _allowed(ctx)
    findings = []
    for span in find_pii(text, set(_SEVERITY)):
        if span.type == PiiType.EMAIL and fold(span.text) in emails:
            continue
        if span.type == PiiType.PHONE and span.digits[-9:] in phones:
            continue
        findings.append(Finding(KIND, span.text, _SEVERITY[span.type], f"{span.type.value} in a reply",
                                span.start, span.end))
    return findings
