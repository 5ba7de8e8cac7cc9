"""Publication dates from the forms found in news files, as naive datetimes.

Accepted: ISO 8601 (``2025-11-30``, ``2025-11-30T06:28:00+08:00``, ``...Z``),
``2025-11-30 06:28``, ``2025/11/30``, ``2025.11.30``, ``2025年11月30日 06:28``,
``2025年11月30日06时28分``, RFC 2822 (``Sun, 30 Nov 2025 06:28:00 +0800``),
``30 November 2025``, ``November 30, 2025`` and Excel date cells.

A time with an offset keeps its wall-clock time as written and drops the offset: the
analyst sees the time the source printed, as with the digest's own times.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_NUMERIC = re.compile(
    r"^(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[\sT]*(?P<H>\d{1,2})\s*[:时時点點]\s*(?P<M>\d{1,2})\s*分?"
    r"(?:\s*[:]?\s*(?P<S>\d{1,2})(?:\.\d+)?\s*秒?)?)?"
    r"\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(
    r"^(?:\w+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?"
)
_MONTH_DAY_YEAR = re.compile(
    r"^(?:\w+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?"
)


def parse_date(value: object) -> datetime | None:
    """A naive datetime from a date cell or string, or None when it is not a date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = str(value).strip()
    if not text:
        return None
    match = _NUMERIC.match(text)
    if match:
        return _build(match["y"], match["m"], match["d"], match["H"], match["M"], match["S"])
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).replace(tzinfo=None)
    except (TypeError, ValueError, IndexError):
        pass
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        m = pattern.match(text)
        if not m:
            continue
        first, second, year, hour, minute = m.groups()
        day, month_name = (first, second) if order == "dmy" else (second, first)
        month = _MONTHS.get(month_name.casefold())
        if month is not None:
            return _build(year, str(month), day, hour, minute, None)
    return None


def _build(
    y: str, m: str, d: str, hour: str | None, minute: str | None, second: str | None
) -> datetime | None:
    try:
        return datetime(int(y), int(m), int(d), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
