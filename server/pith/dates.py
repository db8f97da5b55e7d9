"""Dates as pages write them, turned into ISO 8601.

Used by ``pith.metadata`` for ``published`` and ``modified``. Machine dates (meta tags,
JSON-LD, ``<time datetime>``) come in a dozen ISO-like shapes; visible dates ("Published
11:11 PM EST Nov 19, 2019", "19 novembre 2019", "05.11.18") in each language's words. The
answer keeps what the page gives: a date alone stays a date; a time keeps its offset when the
page names one (an offset or a zone abbreviation), and has none otherwise.

The month names come from the language tables (``pith.languages``).
"""

from __future__ import annotations

import datetime as dt
import re

from .languages import TABLES

# Month names and their usual abbreviations, per language, from the language tables.
MONTHS: dict[str, dict[str, int]] = {code: rules.month_numbers for code, rules in TABLES.items()
                                     if rules.months}
_MONTH = {name: number for table in MONTHS.values() for name, number in table.items()}

# Zone abbreviations news sites print after a time, as UTC offsets in minutes. Only the
# unambiguous ones; an unknown abbreviation leaves the time without an offset.
ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
    "msk": 180, "ist": 330, "pkt": 300, "sgt": 480, "hkt": 480, "jst": 540, "kst": 540,
    "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780, "est": -300, "edt": -240,
    "et": None, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480,
    "pdt": -420, "akst": -540, "akdt": -480, "hst": -600, "amt": 240, "wib": 420,
}
# Years a publication date can carry: before the web or far ahead is a placeholder
# ("0001-01-01T00:00:00Z") or a typo.
_FIRST_YEAR, _LAST_YEAR = 1990, 2100

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}(?!\d))?\s*$", re.IGNORECASE)
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*$")
_TIME = re.compile(
    r"(?<!\d)(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(am(?![a-z])|pm(?![a-z])|a\.m\.|p\.m\.)?"
    r"(?:\s*\(?\b([A-Za-z]{1,5})\b\)?(?=\W|$)|\s*(?:gmt|utc)?\s*([+-]\d{2}:?\d{2}))?",
    re.IGNORECASE)
_WORD = r"([^\W\d_]{3,12})\.?"
# "November 19, 2019", "Nov. 19th 2019", "19 Nov 2019", "19. November 2019",
# "22 de janeiro de 2018", "2019年11月19日", "19/11/2019", "05.11.18", "11/19/19".
_MONTH_FIRST = re.compile(_WORD + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE)
_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?" + _WORD
                        + r",?\s+(?:de\s+)?(\d{4})", re.IGNORECASE)
_CJK_DATE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?![\d/.])")


def to_iso(value: str | None, *, day_first: bool | None = None) -> str | None:
    """``value`` as ISO 8601 (``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM:SS`` or with ``+HH:MM``),
    or ``None`` when it holds no plausible date. ``day_first``: how to read ``01/02/2019``
    (``None``: day first unless that cannot be)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = " ".join(value.split())[:200]
    match = _ISO.match(text) or _COMPACT.match(text)
    if match:
        year, month, day, hour, minute, second = (match.group(i) for i in range(1, 7))
        zone = match.group(7) if match.re is _ISO else None
        offset = _offset(zone) if zone else None
        return _build(year, month, day, hour, minute, second, offset)
    return _from_words(text, day_first)


def _from_words(text: str, day_first: bool | None) -> str | None:
    date = _find_date(text, day_first)
    if date is None:
        return None
    year, month, day, rest = date
    time_match = _TIME.search(rest)
    if not time_match:
        return _build(year, month, day)
    hour, minute = int(time_match.group(1)), int(time_match.group(2))
    meridiem = (time_match.group(4) or "").lower().replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    offset = None
    if time_match.group(6):
        offset = _offset(time_match.group(6))
    elif time_match.group(5):
        offset = ZONES.get(time_match.group(5).lower())
    return _build(year, month, day, hour, minute, time_match.group(3), offset)


def _find_date(text: str, day_first: bool | None):
    """(year, month, day, the text around the date) of the first date in ``text``."""
    for pattern, order in ((_CJK_DATE, "ymd"), (_MONTH_FIRST, "mdy"), (_DAY_FIRST, "dmy")):
        for match in pattern.finditer(text):
            groups = match.groups()
            if order == "ymd":
                year, month, day = groups
            elif order == "mdy":
                month, day, year = _MONTH.get(groups[0].lower()), groups[1], groups[2]
            else:
                day, month, year = groups[0], _MONTH.get(groups[1].lower()), groups[2]
            if month and _valid(year, month, day):
                return int(year), int(month), int(day), _rest(text, match)
    for match in _NUMERIC.finditer(text):
        first, _, second, third = match.groups()
        if len(first) == 4:
            year, month, day = first, second, third
        else:
            year = third if len(third) == 4 else "20" + third
            a, b = int(first), int(second)
            if day_first is False or (day_first is None and a <= 12 < b):
                month, day = a, b
            else:
                day, month = a, b
        if _valid(year, month, day):
            return int(year), int(month), int(day), _rest(text, match)
    return None


def _rest(text: str, match) -> str:
    """The text around a date, where its time is written (before it or after it)."""
    return text[match.end():match.end() + 40] + " | " + text[max(0, match.start() - 30):
                                                           match.start()]


def _valid(year, month, day) -> bool:
    try:
        dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return False
    return _FIRST_YEAR <= int(year) <= _LAST_YEAR


def _offset(zone: str) -> int | None:
    zone = zone.strip()
    if zone.upper() == "Z":
        return 0
    match = re.match(r"^([+-])(\d{2}):?(\d{2})?$", zone)
    if not match:
        return ZONES.get(zone.lower())
    minutes = int(match.group(2)) * 60 + int(match.group(3) or 0)
    return minutes if match.group(1) == "+" else -minutes


def _build(year, month, day, hour=None, minute=None, second=None, offset=None) -> str | None:
    if not _valid(year, month, day):
        return None
    date = dt.date(int(year), int(month), int(day)).isoformat()
    if hour is None:
        return date
    hour, minute, second = int(hour), int(minute or 0), int(second or 0)
    if hour > 23 or minute > 59 or second > 59:
        return date
    text = f"{date}T{hour:02d}:{minute:02d}:{second:02d}"
    if offset is None:
        return text
    sign = "+" if offset >= 0 else "-"
    return f"{text}{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}"
