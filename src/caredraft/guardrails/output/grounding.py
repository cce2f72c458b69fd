"""Grounding: every policy figure in a reply must come from the cited passages.

A *figure* is an amount of money, a percentage, a duration (days, business days, hours,
minutes, weeks, months, years), a clock time, a date or a phone number (crisis lines
included). Each is reduced to a canonical key so that "14-day" and "14 days", "$276" and
"276 $", "۱۴ روز" and "14 روز", "8:00" and "08:00" compare equal. A figure is grounded when
its key also appears in a cited passage, or in the customer's own message (quoting the
customer back is fine); anything else is ``ungrounded`` (medium: the agent must check it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Sequence

from caredraft.domain import Severity, ViolationKind
from caredraft.guardrails.output import Finding, ReplyContext
from caredraft.guardrails.output._text import fold
from caredraft.guardrails.pii import PiiType, find_pii

KIND = ViolationKind.UNGROUNDED
_ANY_DIGIT = re.compile(r"\d")

_NUM = r"\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
_CURRENCY_BEFORE = r"[$€£₽]|usd|eur|gbp|rub|bgn|irr|irt"
_CURRENCY_AFTER = (r"[$€£₽]|usd\b|eur\b|gbp\b|rub\b|bgn\b|dollars?|euros?|pounds?|руб\w*|р\.|долл\w*|евро|лв\.?|лев\w*"
                   r"|тенге|تومان|ریال|دلار|یورو|پوند")
_MONEY = re.compile(rf"(?:{_CURRENCY_BEFORE})\s?({_NUM})|(?<![\d.,])({_NUM})\s?(?:{_CURRENCY_AFTER})")
_PERCENT = re.compile(rf"(?<![\d.,])({_NUM})\s?(?:%|٪|percent\b|per cent\b|процент\w*|درصد)")

_UNITS = {
    "day": r"days?|дн(?:ей|я|и)\b|день|сут\w*|дни|дена|ден\b|روز",
    "hour": r"hours?|hrs?\b|h\b|час\w*|ساعت",
    "minute": r"minutes?|mins?\b|минут\w*|мин\.?|دقیقه",
    "week": r"weeks?|недел\w*|седмиц\w*|هفته",
    "month": r"months?|месяц\w*|месец\w*|ماه",
    "year": r"years?|год(?:а|ов)?\b|лет\b|годин\w*|سال",
}
_QUALIFIER = r"(?:(?:business|working|calendar|full|рабоч\w+|календарн\w+|полн\w+|работни|работен|календарни|календарен|пълни|пълен)\s+)?"
_DURATION = re.compile(
    rf"(?<![\d.,:])({_NUM})(?:\s?-\s?|\s+)?{_QUALIFIER}(?:(" + ")|(".join(_UNITS.values()) + r"))(?:\s+(?:کاری|تقویمی))?"
)
_TIME = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])(?:\s?([ap])\.?m\b\.?)?|(?<![\d:.,])(\d{1,2})\s?([ap])\.?m\b\.?")

_MONTHS = {
    1: r"jan(?:uary)?|январ\w*|януари|فروردین", 2: r"feb(?:ruary)?|феврал\w*|февруари|اردیبهشت",
    3: r"mar(?:ch)?|март\w*|خرداد", 4: r"apr(?:il)?|апрел\w*|април|تیر", 5: r"may|ма[яй]|мая|май|مرداد",
    6: r"jun(?:e)?|июн\w*|юни|شهریور", 7: r"jul(?:y)?|июл\w*|юли|مهر", 8: r"aug(?:ust)?|август\w*|آبان",
    9: r"sep(?:t(?:ember)?)?|сентябр\w*|септември|آذر", 10: r"oct(?:ober)?|октябр\w*|октомври|دی",
    11: r"nov(?:ember)?|ноябр\w*|ноември|بهمن", 12: r"dec(?:ember)?|декабр\w*|декември|اسفند",
}
_MONTH_ALT = "|".join(f"(?:{p})" for p in _MONTHS.values())
_MONTH_RE = {i: re.compile(rf"(?:{p})\.?$") for i, p in _MONTHS.items()}
_DATE_DAY_MONTH = re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|-?го|-?ти)?\s+(?:of\s+)?({_MONTH_ALT})\b")
_DATE_MONTH_DAY = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s?(?:[:%]|\d))")
_DATE_NUMERIC = re.compile(r"(?<![\d.])(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?![\d])|(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{2,4})(?![\d])")

# Short hotline numbers ("call 988", "позвоните 112", "با ۱۲۳ تماس بگیرید") are figures too.
_HOTLINE = re.compile(
    r"(?:call|dial|text|phone|line|hotline|helpline|number|позвоните|звоните|наберите|номер\w*|телефон\w*|лини[яиюй]"
    r"|обадете се|звънете|позвънете|تماس|شماره|خط)\D{0,25}?(?<![\d])(\d{3,6}(?:[ -]\d{2,4})?)(?![\d])"
    r"|(?<![\d])(\d{3,6})(?![\d])\s*(?:تماس)"
)


def _month(word: str) -> int:
    return next((i for i, pattern in _MONTH_RE.items() if pattern.match(word)), 0)


def _number(raw: str) -> str:
    """'1,000' '1 000' '1000.00' -> '1000'; '2,5' -> '2.5'."""
    raw = raw.strip()
    if re.fullmatch(r"\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?", raw):
        raw = raw.replace(",", "").replace(" ", "")
    raw = raw.replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        return raw
    return str(int(value)) if value == int(value) else f"{value:g}"


def figures(text: str) -> Iterator[tuple[str, int, int]]:
    """(canonical key, start, end) of each figure in ``text``."""
    return iter(_figures(text))


@lru_cache(maxsize=256)
def _figures(text: str) -> tuple[tuple[str, int, int], ...]:
    """Cached per text: the grounding and structure checks both read a reply's figures."""
    folded = fold(text)
    if not _ANY_DIGIT.search(folded):  # every kind of figure has a digit: skip the pattern scans
        return ()
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in taken)

    out: list[tuple[str, int, int]] = []

    def emit(key: str, start: int, end: int) -> None:
        if free(start, end):
            taken.append((start, end))
            out.append((key, start, end))

    for span in find_pii(text, {PiiType.PHONE}):
        emit(f"phone:{span.digits[-9:]}", span.start, span.end)  # last 9 digits: +44 20.. == 020..
    for m in _DATE_NUMERIC.finditer(folded):
        if m.group(1):
            y, mo, d = m.group(1), m.group(2), m.group(3)
        else:
            d, mo, y = m.group(4), m.group(5), m.group(6)
        emit(f"date:{int(d)}-{int(mo)}", m.start(), m.end())
    for m in _DATE_DAY_MONTH.finditer(folded):
        emit(f"date:{int(m.group(1))}-{_month(m.group(2))}", m.start(), m.end())
    for m in _DATE_MONTH_DAY.finditer(folded):
        emit(f"date:{int(m.group(2))}-{_month(m.group(1))}", m.start(), m.end())
    for m in _TIME.finditer(folded):
        hour, minute, half = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), "00", m.group(5))
        hour_value = int(hour) % 12 + (12 if half == "p" else 0) if half else int(hour)
        if hour_value < 25:
            emit(f"time:{hour_value}:{minute}", m.start(), m.end())
    for m in _MONEY.finditer(folded):
        emit(f"money:{_number(m.group(1) or m.group(2))}", m.start(), m.end())
    for m in _PERCENT.finditer(folded):
        emit(f"percent:{_number(m.group(1))}", m.start(), m.end())
    units = list(_UNITS)
    for m in _DURATION.finditer(folded):
        unit = next(units[i] for i in range(len(units)) if m.group(i + 2))
        emit(f"{unit}:{_number(m.group(1))}", m.start(), m.end())
    for m in _HOTLINE.finditer(folded):
        group = 1 if m.group(1) else 2
        digits = re.sub(r"\D", "", m.group(group))
        emit(f"phone:{digits[-9:]}", m.start(group), m.end(group))
    return tuple(sorted(out, key=lambda f: f[1]))


@lru_cache(maxsize=1024)
def _keys(text: str) -> frozenset[str]:
    return frozenset(key for key, _, _ in figures(text))


def grounded_keys(texts: Sequence[str]) -> set[str]:
    # Cached per text: the same policy passages are cited by reply after reply.
    return set().union(*(_keys(text) for text in texts if text))


def detect(text: str, ctx: ReplyContext) -> list[Finding]:
    sources = [p.text for p in ctx.passages] + [ctx.customer_text or ""] + list(ctx.allowed_contacts)
    known = grounded_keys(sources)
    findings = []
    for key, start, end in figures(text):
        if key not in known:
            where = "the cited passages" if ctx.passages else "any cited passage (none given)"
            findings.append(Finding(KIND, text[start:end], Severity.MEDIUM, f"figure not found in {where}", start, end))
    return findings
