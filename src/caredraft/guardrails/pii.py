"""Personal data in free text, for en, ru, bg and fa: where it is and what kind it is.

``find_pii(text)`` returns typed spans over the *original* text, so callers can quote, mask or
replace them: the output guardrail flags PII in replies, and a later redaction step can swap
each span for a placeholder before text leaves the machine. Rules only, no model: fast and
predictable. Persian/Arabic-Indic digits are matched like ASCII digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from caredraft.guardrails.output._text import fold


class PiiType(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    CARD = "card_number"
    IBAN = "iban"
    ACCOUNT = "account_number"
    ADDRESS = "address"
    DATE_OF_BIRTH = "date_of_birth"
    NAME = "name"


@dataclass(frozen=True)
class PiiSpan:
    type: PiiType
    start: int
    end: int
    text: str  # exactly the original text[start:end]

    @property
    def digits(self) -> str:
        return re.sub(r"\D", "", fold(self.text))


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# Phones. International: +CC or 00CC then 7-13 more digits. Local: the national trunk prefix
# (0 in UK/BG/IR, 8 in RU) or the US (NXX) NXX-XXXX shape. Digit counts are checked after matching.
_PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"(?:\+|00)\d[\d \-().]{6,20}\d"  # +44 20 7946 0958, +7 (495) 123-45-67, +98 21 1234 5678
    r"|\(?[2-9]\d{2}\)?[ \-.]\d{3}[ \-.]\d{4}"  # (415) 555-0132, 415-555-0132
    r"|[08][\d \-().]{8,16}\d"  # 020 7946 0958, 8 (800) 200-01-22, 0888 123 456, 0912 345 6789
    r")(?![\w])"
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Cards: 13-19 digits in groups, Luhn-valid.
_CARD = re.compile(r"(?<![\d])\d(?:[ \-]?\d){12,18}(?![\d])")
# IBAN: country code, two check digits, up to 30 alphanumerics (mod-97 checked).
_IBAN = re.compile(r"\b[a-z]{2}\d{2}(?:[ ]?[a-z0-9]){11,30}\b")
# Account numbers named as such (ru "р/с", "счёт", bg "сметка", fa "شماره حساب", "شبا").
_ACCOUNT = re.compile(
    r"(?:account(?: number| no\.?| #)?|acct\.?|sort code|номер сч[её]та|сч[её]т(?:а|у)?(?: №)?|р/с|л/с|"
    r"номер на сметка|сметка(?: №)?|شماره حساب|حساب شماره|شماره شبا|شبا)[:\s#№]*((?:\d[ \-]?){6,26}\d)",
)
_RU_ACCOUNT = re.compile(r"(?<!\d)40[78]\d{17}(?!\d)")  # Russian personal accounts: 20 digits, 407/408...

_STREET_EN = (r"street|st\.?|avenue|ave\.?|road|rd\.?|lane|ln\.?|boulevard|blvd\.?|drive|dr\.?|way|court|ct\.?"
              r"|place|pl\.?|terrace|close|crescent|square|sq\.?|highway|hwy\.?")
_ADDRESS = [
    # 221B Baker Street, 2556 Telegraph Avenue #4
    re.compile(r"\b\d{1,5}[a-z]?\s+(?:[a-z][\w'.-]*\s+){1,4}(?:" + _STREET_EN + r")(?=[\s,.;#]|$)(?:\s*(?:#|apt\.?|flat|suite|unit)\s*\w+)?"),
    # ул. Ленина, д. 5, кв. 12 / улица Пушкина 10 / бул. „Витоша“ № 15 / ж.к. Младост 1, бл. 5
    re.compile(r"(?<!\w)(?:ул\.|улица|пр-т|проспект|пер\.|переулок|шоссе|бульвар|бул\.|булевард|наб\.|набережная|ж\.к\.)"
               r"\s*[«„\"]?[а-яa-z][\w\-. ]{1,40}?[»“\"]?,?\s*(?:д\.|дом|№|бл\.|блок)?\s*\d+[а-я]?"
               r"(?:,?\s*(?:кв\.|квартира|ап\.|апартамент|вх\.|ет\.)\s*\d+)?"),
    # خیابان ولیعصر، کوچه ۱۲، پلاک ۳۴ / پلاک ۱۲
    re.compile(r"(?:خیابان|بلوار|کوچه|میدان|بزرگراه)\s+[^\d\n.]{1,40}?(?:,\s*)?(?:پلاک|پ\.)\s*\d+(?:\s*(?:,\s*)?واحد\s*\d+)?"),
    re.compile(r"پلاک\s*\d+"),
]

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?"
           r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]"
           r"|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|януари|февруари|април|юни|юли|август|септември"
           r"|октомври|ноември|декември|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند")
_DATE = (r"(?:\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}"
         r"|\d{1,2}\s+(?:" + _MONTHS + r")\.?,?\s+\d{4}|(?:" + _MONTHS + r")\.?\s+\d{1,2},?\s+\d{4})")
_DOB = re.compile(
    r"(?:date of birth|d\.o\.b\.?|dob|born(?: on)?|birthday(?: is)?|дата рождения|родил(?:ся|ась)|"
    r"дата на раждане|роден(?:а)?(?: на)?|تاریخ تولد|متولد)[:\s\-]*(?:is\s+|on\s+|е\s+|-\s*)?" + _DATE
)

_NAME = re.compile(
    r"(?:my name is|my name's|меня зовут|мо[её] имя|казвам се|името ми е|اسم من|نام من)\s+"
    r"((?:[^\W\d_][\w'\-]*)(?:\s+[^\W\d_][\w'\-]*){0,2}?)(?=\s*(?:است|هست|[,.!?;\n]|$)|\s+(?:and|и|و)\b)",
)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _iban_ok(candidate: str) -> bool:
    raw = re.sub(r"\s", "", candidate).upper()
    if not 15 <= len(raw) <= 34:
        return False
    rearranged = raw[4:] + raw[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1
    except ValueError:
        return False


def _phone_ok(match: str) -> bool:
    digits = re.sub(r"\D", "", match)
    if _ISO_DATE.match(match.strip()):
        return False
    if match.startswith(("+", "00")):
        return 8 <= len(digits) <= 15
    return 10 <= len(digits) <= 12


def find_pii(text: str, types: set[PiiType] | None = None) -> list[PiiSpan]:
    """Every PII span in ``text`` (original offsets), earliest first; overlapping spans keep the
    more specific type (card/IBAN/account over phone)."""
    kept: list[tuple[PiiType, int, int]] = []
    for kind, start, end in _candidates(text):
        if types is not None and kind not in types:
            continue
        if any(start < k_end and k_start < end for _, k_start, k_end in kept):
            continue
        kept.append((kind, start, end))
    kept.sort(key=lambda f: f[1])
    return [PiiSpan(kind, start, end, text[start:end]) for kind, start, end in kept]


_PRIORITY = [PiiType.CARD, PiiType.IBAN, PiiType.ACCOUNT, PiiType.EMAIL, PiiType.DATE_OF_BIRTH,
             PiiType.ADDRESS, PiiType.PHONE, PiiType.NAME]


@lru_cache(maxsize=256)
def _candidates(text: str) -> tuple[tuple[PiiType, int, int], ...]:
    """Every candidate span of every type, more specific types first, then longer spans.
    Cached per text: one reply check asks for its phones (the figures of the grounding and
    structure checks) and for all its PII (the pii check), and the pattern scans are the cost."""
    folded = fold(text)
    found: list[tuple[PiiType, int, int]] = []

    def add(kind: PiiType, start: int, end: int) -> None:
        found.append((kind, start, end))

    for m in _EMAIL.finditer(folded):
        add(PiiType.EMAIL, m.start(), m.end())
    for m in _IBAN.finditer(folded):
        if _iban_ok(m.group()):
            add(PiiType.IBAN, m.start(), m.end())
    for m in _CARD.finditer(folded):
        if _luhn(re.sub(r"\D", "", m.group())):
            add(PiiType.CARD, m.start(), m.end())
    for m in _ACCOUNT.finditer(folded):
        add(PiiType.ACCOUNT, m.start(1), m.end(1))
    for m in _RU_ACCOUNT.finditer(folded):
        add(PiiType.ACCOUNT, m.start(), m.end())
    for m in _PHONE.finditer(folded):
        candidate = m.group().rstrip(" -.(")
        if _phone_ok(candidate):
            add(PiiType.PHONE, m.start(), m.start() + len(candidate))
    for pattern in _ADDRESS:
        for m in pattern.finditer(folded):
            add(PiiType.ADDRESS, m.start(), m.end())
    for m in _DOB.finditer(folded):
        add(PiiType.DATE_OF_BIRTH, m.start(), m.end())
    for m in _NAME.finditer(folded):
        add(PiiType.NAME, m.start(1), m.end(1))

    # Overlaps are resolved in this order (find_pii): more specific types first, then longer spans.
    found.sort(key=lambda f: (_PRIORITY.index(f[0]), -(f[2] - f[1])))
    return tuple(found)
