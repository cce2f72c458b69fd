"""Personal data out, placeholders in; placeholders out, personal data back.

Before any customer text leaves the process (to an LLM endpoint), :class:`Vault.redact`
replaces personal data with numbered placeholders (``[EMAIL_1]``, ``[PHONE_1]``,
``[NAME_1]``, ``[CARD_1]``, ``[ADDRESS_1]``, ``[DOB_1]``, ``[ACCOUNT_1]``) and remembers
the pairs; :meth:`Vault.restore` puts the originals back into the model's answer.

One vault per request, never at module level (the LLM Guard lesson: a shared vault
leaks one customer's data into another's reply and is not thread-safe). The same value
always gets the same placeholder within a vault, so the customer message, the history
and a re-ask that quotes check evidence all agree.

Detection = the output guardrail's ``caredraft.guardrails.pii.find_pii`` (when present)
united with the patterns below, which cover en/ru/bg/fa. Names are only found where
something marks them as names ("my name is", "меня зовут", "казвам се", "اسم من",
sign-offs), because capitalised words alone are mostly products and places.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

LABELS = ("EMAIL", "PHONE", "NAME", "CARD", "ADDRESS", "DOB", "ACCOUNT")
PLACEHOLDER_RE = re.compile(r"\[(EMAIL|PHONE|NAME|CARD|ADDRESS|DOB|ACCOUNT)_(\d+)\]", re.IGNORECASE)

# Type names another detector may use -> our placeholder labels.
_TYPE_ALIASES = {
    "email": "EMAIL", "e-mail": "EMAIL", "email_address": "EMAIL",
    "phone": "PHONE", "phone_number": "PHONE", "telephone": "PHONE",
    "name": "NAME", "person": "NAME", "person_name": "NAME",
    "card": "CARD", "credit_card": "CARD", "card_number": "CARD", "payment_card": "CARD",
    "address": "ADDRESS", "street_address": "ADDRESS", "location": "ADDRESS",
    "dob": "DOB", "date_of_birth": "DOB", "birth_date": "DOB",
    "account": "ACCOUNT", "account_number": "ACCOUNT", "iban": "ACCOUNT", "bank_account": "ACCOUNT",
}

# --- patterns --------------------------------------------------------------------------------
# \d matches every Unicode digit, so Persian (۰-۹) and Arabic-Indic digits are covered.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b")
# Long digit runs with spaces/dashes: cards (Luhn-valid, 13-19 digits) or phones/accounts.
_DIGIT_RUN = re.compile(r"(?<![\w.])\+?\(?\d[\d\s().-]{5,}\d(?![\w])")
_CARD_CUE = re.compile(r"card|карт|کارت", re.IGNORECASE)
_ACCOUNT_CUE = re.compile(
    r"(?:account|acct|policy|member(?:ship)?|customer|client|order|contract)\s*(?:number|no\.?|#|id)?\s*[:#]?\s*"
    r"|(?:номер\s+(?:сч[её]та|договора|карты|полиса|клиента)|лицевой\s+сч[её]т|сч[её]т)\s*(?:№|#|:)?\s*"
    r"|(?:номер\s+на\s+(?:сметка|договор|клиент)|сметка)\s*(?:№|#|:)?\s*"
    r"|(?:شماره\s*(?:حساب|قرارداد|مشتری|شبا)|حساب)\s*[:#]?\s*",
    re.IGNORECASE,
)
_ACCOUNT_VALUE = re.compile(r"[A-Za-z]{0,4}[-]?\d[\d-]{4,}\d")
_DOB_CUE = re.compile(
    r"(?:date\s+of\s+birth|d\.?o\.?b\.?|born(?:\s+on)?|birthday(?:\s+is)?)\s*[:\-]?\s*"
    r"|(?:дата\s+рождения|родил(?:ся|ась)|д\.р\.)\s*[:\-]?\s*"
    r"|(?:дата\s+на\s+раждане|роден[ао]?(?:\s+на)?)\s*[:\-]?\s*"
    r"|(?:تاریخ\s*تولد|متولد)\s*[:\-]?\s*",
    re.IGNORECASE,
)
_MONTHS = (
    r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*"
    r"|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*"
    r"|януари|февруари|април|юни|юли|септември|октомври|ноември|декември"
    r"|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"
)
_DATE_VALUE = re.compile(
    rf"\d{{1,4}}[./\-]\d{{1,2}}[./\-]\d{{1,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{2,4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{2,4}}",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    # en: "221B Baker Street", "12 Elm Rd, Apt 4"
    r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'-]*\s+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|Terrace|Close)\b\.?"
    r"(?:,?\s*(?:Apt|Apartment|Flat|Unit|Suite)\.?\s*\w+)?"
    # ru/bg: "ул. Ленина, д. 5, кв. 12", "бул. „Витоша“ 15"
    r"|(?:ул\.|улица|пр\.|просп\.|проспект|бул\.|булевард|пер\.|переулок|ж\.к\.|кв-л)\s*[„\"«]?[\w .\-]{2,40}?[“\"»]?,?\s*"
    r"(?:(?:д\.|дом|№|бл\.|блок)\s*)?\d{1,4}[а-яА-Я]?(?:,?\s*(?:кв\.|квартира|ап\.|апартамент|вх\.)\s*\d{1,4})*"
    # fa: "خیابان ولیعصر، کوچه ۱۲، پلاک ۵"
    r"|(?:خیابان|بلوار|کوچه|میدان)\s+[^\n،,.]{2,40}?(?:[،,]\s*(?:کوچه|خیابان)\s+[^\n،,.]{1,30}?)*[،,]?\s*پلاک\s*\d{1,5}"
    r"(?:[،,]?\s*واحد\s*\d{1,4})?",
    re.UNICODE,
)
# Names: a cue, then one to three name-shaped words (capitalised in scripts that have case).
_NAME_WORD = r"[A-ZА-ЯЁ][a-zа-яё'’-]+"
_NAME_CUED = re.compile(
    rf"(?:my name is|my name's|i am called|this is|name:)\s+(?P<n1>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
    rf"|(?:меня зовут|моё имя|мое имя|с уважением,?|зовут меня)\s+(?P<n2>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
    rf"|(?:казвам се|името ми е|аз съм|поздрави,?)\s+(?P<n3>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
    r"|(?:اسم من|نام من|اسمم)\s+(?P<n4>[\u0600-\u06FF]+(?:\s+[\u0600-\u06FF]+)?)\s+(?:است|هست|هستم)"
    r"|(?:من)\s+(?P<n5>[\u0600-\u06FF]{2,}(?:\s+[\u0600-\u06FF]{2,})?)\s+هستم",
    re.IGNORECASE,
)
# Sign-off on its own line: "Thanks,\nJohn Smith" / "— Anna".
_SIGNOFF = re.compile(
    rf"(?:^|\n)\s*(?:thanks|thank you|regards|best|cheers|sincerely|спасибо|благодаря|поздрави|с уважением|با تشکر|ممنون)"
    rf"[,!.]?\s*\n\s*(?P<n>{_NAME_WORD}(?:\s+{_NAME_WORD})?)\s*$"
    rf"|(?:^|\n)\s*[—–-]{{1,2}}\s*(?P<m>{_NAME_WORD}(?:\s+{_NAME_WORD})?)\s*$",
    re.IGNORECASE,
)
# Words that follow "this is"/"аз съм" but are not names.
_NOT_NAMES = {
    "the", "a", "an", "not", "so", "very", "really", "about", "urgent", "ridiculous", "unacceptable", "my",
    "о", "много", "тук", "не", "клиент", "клиентка",
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


def _luhn_ok(digits: str) -> bool:
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _builtin_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _EMAIL.finditer(text):
        spans.append(Span(m.start(), m.end(), "EMAIL"))
    for m in _IBAN.finditer(text):
        spans.append(Span(m.start(), m.end(), "ACCOUNT"))
    for m in _DOB_CUE.finditer(text):
        value = _DATE_VALUE.match(text, m.end())
        if value:
            spans.append(Span(value.start(), value.end(), "DOB"))
    for m in _ACCOUNT_CUE.finditer(text):
        value = _ACCOUNT_VALUE.match(text, m.end())
        if value and sum(c.isdigit() for c in value.group()) >= 5:
            spans.append(Span(value.start(), value.end(), "ACCOUNT"))
    for m in _DIGIT_RUN.finditer(text):
        raw = m.group().strip(" .-")
        start = m.start() + m.group().find(raw)
        digits = "".join(str(int(c)) for c in raw if c.isdigit())
        if _DATE_VALUE.fullmatch(raw):
            continue  # a plain date (an appointment, a charge) is not personal data on its own
        card_cued = _CARD_CUE.search(text[max(0, start - 25):start]) is not None
        if 13 <= len(digits) <= 19 and (_luhn_ok(digits) or card_cued):
            spans.append(Span(start, start + len(raw), "CARD"))
        elif 7 <= len(digits) <= 15:
            spans.append(Span(start, start + len(raw), "PHONE"))
        elif len(digits) > 15:
            spans.append(Span(start, start + len(raw), "ACCOUNT"))
    for m in _ADDRESS.finditer(text):
        spans.append(Span(m.start(), m.end(), "ADDRESS"))
    for m in _NAME_CUED.finditer(text):
        for group in ("n1", "n2", "n3", "n4", "n5"):
            if m.group(group):
                words = m.group(group).split()
                # Cut at the first word that cannot be part of a name ("this is Anna and ...").
                kept: list[str] = []
                for word in words:
                    if word.lower() in _NOT_NAMES or word.lower() in {"and", "и", "و"}:
                        break
                    kept.append(word)
                if kept and (group in ("n4", "n5") or kept[0][0].isupper()):
                    start = m.start(group)
                    spans.append(Span(start, start + len(" ".join(kept)), "NAME"))
    for m in _SIGNOFF.finditer(text):
        group = "n" if m.group("n") else "m"
        if m.group(group).lower() not in _NOT_NAMES:
            spans.append(Span(m.start(group), m.end(group), "NAME"))
    return spans


def _external_spans(text: str) -> list[Span]:
    """Spans from the output guardrail's PII detector, when it is installed."""
    try:
        from caredraft.guardrails.pii import find_pii
    except ImportError:
        return []
    try:
        found = find_pii(text)
    except Exception:  # our own patterns still run; log without the text
        log.exception("find_pii failed; using built-in PII patterns only")
        return []
    spans = []
    for item in found:
        kind = getattr(item, "type", None) or getattr(item, "kind", None) or getattr(item, "label", None)
        kind = getattr(kind, "value", kind)
        label = _TYPE_ALIASES.get(str(kind).lower())
        start, end = getattr(item, "start", None), getattr(item, "end", None)
        if label and isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            spans.append(Span(start, end, label))
    return spans


def find_spans(text: str) -> list[Span]:
    """Non-overlapping personal-data spans; where two overlap the longer wins."""
    candidates = sorted(_builtin_spans(text) + _external_spans(text), key=lambda s: (-(s.end - s.start), s.start))
    chosen: list[Span] = []
    for span in candidates:
        if all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


@dataclass
class Vault:
    """Placeholder <-> original pairs for ONE request. Create a new one per request."""

    _by_value: dict[tuple[str, str], str] = field(default_factory=dict)
    _by_placeholder: dict[str, str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    def _placeholder(self, label: str, value: str, text: str) -> str:
        key = (label, value.strip().lower())
        if key not in self._by_value:
            n = self._counts.get(label, 0)
            while True:
                n += 1
                candidate = f"[{label}_{n}]"
                # Never reuse a placeholder that already appears literally in the text.
                if candidate not in text:
                    break
            self._counts[label] = n
            self._by_value[key] = candidate
            self._by_placeholder[candidate] = value
        return self._by_value[key]

    def redact(self, text: str) -> str:
        """``text`` with personal data replaced by placeholders (remembered in this vault)."""
        if not text:
            return text
        # Values seen earlier in this request are replaced wherever they reappear (e.g. the
        # customer's name in a check's evidence), even where no cue marks them this time.
        spans = find_spans(text)
        out, last = [], 0
        for span in spans:
            out.append(text[last:span.start])
            out.append(self._placeholder(span.label, text[span.start:span.end], text))
            last = span.end
        out.append(text[last:])
        redacted = "".join(out)
        for (label, _), placeholder in sorted(self._by_value.items(), key=lambda kv: -len(self._by_placeholder[kv[1]])):
            original = self._by_placeholder[placeholder]
            if len(original) >= 3 and original in redacted:
                redacted = redacted.replace(original, placeholder)
        return redacted

    def restore(self, text: str) -> str:
        """Put the originals back. Placeholders this vault never issued are left as they are
        (see :meth:`unknown_placeholders`)."""
        def put_back(m: re.Match) -> str:
            key = f"[{m.group(1).upper()}_{m.group(2)}]"
            return self._by_placeholder.get(key, m.group(0))

        return PLACEHOLDER_RE.sub(put_back, text)

    def unknown_placeholders(self, text: str) -> list[str]:
        """Placeholders in a model's answer that this vault never issued (the model made them up)."""
        return [m.group(0) for m in PLACEHOLDER_RE.finditer(text)
                if f"[{m.group(1).upper()}_{m.group(2)}]" not in self._by_placeholder]

    @property
    def originals(self) -> list[str]:
        """Every value this vault has hidden (for tests and leak checks)."""
        return list(self._by_placeholder.values())

    def __len__(self) -> int:
        return len(self._by_placeholder)
