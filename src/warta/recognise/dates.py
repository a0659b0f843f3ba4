"""Dates in text, absolute and relative, resolved against the publication date.

Each date is a range with a precision: "pada hari Kamis" is one day (the most recent
Thursday on or before publication), "awal pekan lalu" the first three days of last week,
"bulan lalu" last month. Without a publication date, relative dates stay unresolved
(date None) rather than guessed. Phrases of the language's `aggregate` list ("selama
bulan lalu", "over the past month") are found too: they mark a sentence's toll as a total.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..lang.schema import Relative
from ..model import DatePrecision
from .lexicon import Lexicon
from .phrases import Match, Token

_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?$")
_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in text: its span and the range of days it stands for."""

    start: int
    end: int
    first: int
    last: int
    date: dt.date | None  # first day of the range; None when unresolved
    date_end: dt.date | None
    precision: DatePrecision
    kind: str  # absolute, weekday, relative, told, year
    back: int = 0  # told: the days back from the day told before it


def find_dates(
    tokens: list[Token], matches: list[Match], lex: Lexicon, published: date | None
) -> list[DateMention]:
    """Every date in a sentence's tokens, left to right, longest first."""
    found: list[DateMention] = []
    taken: set[int] = set()
    by_first: dict[int, list[Match]] = {}
    for m in matches:
        by_first.setdefault(m.first, []).append(m)

    def add(d: DateMention) -> None:
        if not taken.intersection(range(d.first, d.last)):
            found.append(d)
            taken.update(range(d.first, d.last))

    for m in sorted((m for m in matches if m.kind == "relative"), key=lambda m: m.first - m.last):
        lo, hi, precision = _relative(m.value, published)
        # "the day before": from publication here; the document re-counts it from the day
        # told before it (pipeline), when there is one
        told = m.value.span == "told" and m.value.unit == "day"
        kind = "told" if told else "relative"
        add(DateMention(m.start, m.end, m.first, m.last, lo, hi, precision, kind, m.value.n))
    for i, tok in enumerate(tokens):
        if i in taken:
            continue
        month = _kind_at(by_first, i, "month")
        if (
            tok.text.isdecimal()
            and len(tok.text) <= 2
            and (mm := _kind_at(by_first, i + 1, "month"))
        ):
            year, last = _year_at(tokens, mm.last)
            add(_day(tokens, i, last, int(tok.text), mm.value, year, published))
        elif (
            month is not None
            and month.last < len(tokens)
            and tokens[month.last].text.isdecimal()
            and len(tokens[month.last].text) <= 2
        ):
            day = int(tokens[month.last].text)
            j = month.last + 1
            if j < len(tokens) and tokens[j].text == ",":
                j += 1
            year, last = _year_at(tokens, j)
            add(
                _day(tokens, i, last if year else month.last + 1, day, month.value, year, published)
            )
        elif (
            month is not None and month.last < len(tokens) and _YEAR.match(tokens[month.last].text)
        ):
            year = int(tokens[month.last].text)
            lo = date(year, month.value, 1)
            add(
                DateMention(
                    tok.start,
                    tokens[month.last].end,
                    i,
                    month.last + 1,
                    lo,
                    _month_end(lo),
                    "month",
                    "absolute",
                )
            )
        elif (
            month is not None
            and tok.text[:1].isupper()
            and any(m.kind == "month_lead" and m.last == i for m in matches)
        ):
            lo = _month_only(month.value, published)
            if lo is not None:
                add(
                    DateMention(
                        tok.start, tok.end, i, month.last, lo, _month_end(lo), "month", "absolute"
                    )
                )
        elif (led := _led_month(tok.text, lex)) is not None:  # "mid-September"
            lo = _month_only(led, published)
            if lo is not None:
                add(
                    DateMention(
                        tok.start, tok.end, i, i + 1, lo, _month_end(lo), "month", "absolute"
                    )
                )
        elif (numeric := _NUMERIC.match(tok.text)) and _in_brackets_or_led(
            tokens, i, by_first, lex
        ):
            d = _numeric(numeric, lex, published)
            if d is not None:
                add(DateMention(tok.start, tok.end, i, i + 1, d, d, "day", "absolute"))
        elif (weekday := _kind_at(by_first, i, "weekday")) is not None:
            bracket = _bracketed_numeric(tokens, weekday.last, lex, published)
            if bracket is not None:  # "Selasa (12/3/2024)": the numbers are the date
                d, last = bracket
                add(DateMention(tok.start, tokens[last - 1].end, i, last, d, d, "day", "absolute"))
                continue
            after = _kind_at(by_first, weekday.last, "weekday_past") is not None
            before = i > 0 and any(m.kind == "weekday_past" and m.last == i for m in matches)
            last = weekday.last + 1 if after else weekday.last
            d = _weekday(weekday.value, published, strictly_before=after or before)
            add(DateMention(tok.start, tokens[last - 1].end, i, last, d, d, "day", "weekday"))
        elif _YEAR.match(tok.text):
            y = int(tok.text)
            add(
                DateMention(
                    tok.start, tok.end, i, i + 1, date(y, 1, 1), date(y, 12, 31), "year", "year"
                )
            )
    return sorted(found, key=lambda d: d.start)


def _kind_at(by_first: dict[int, list[Match]], i: int, kind: str) -> Match | None:
    return next((m for m in by_first.get(i, ()) if m.kind == kind), None)


def _year_at(tokens: list[Token], j: int) -> tuple[int | None, int]:
    if j < len(tokens) and _YEAR.match(tokens[j].text):
        return int(tokens[j].text), j + 1
    return None, j


# A day told with no year up to this many days after publication is still this year's: the
# end of a range ("between 27 and 28 July" in a note dated 27 July), a dateline's lag.
FUTURE_DAYS = 7


def _day(
    tokens: list[Token],
    first: int,
    last: int,
    day: int,
    month: int,
    year: int | None,
    published: date | None,
) -> DateMention:
    d: date | None = None
    if year is None and published is not None:
        year = published.year
        told = _safe_date(year, month, day)
        if told is not None and (told - published).days > FUTURE_DAYS:
            year -= 1  # "8 December" read in January is last year's
    if year is not None:
        d = _safe_date(year, month, day)
    return DateMention(
        tokens[first].start, tokens[last - 1].end, first, last, d, d, "day", "absolute"
    )


def _led_month(text: str, lex: Lexicon) -> int | None:
    """The month of a lead word glued to it by a hyphen ("mid-September", "early-June"):
    a month lead of the language, then a month name or alias; else None."""
    if "-" not in text:
        return None
    lead, dash, name = text.lower().partition("-")
    dates = lex.dates
    if not dash or not name[:1].isalpha() or lead not in dates.month_lead:
        return None
    name = dates.month_aliases.get(name, name)
    return dates.months.index(name) + 1 if name in dates.months else None


def _month_only(month: int, published: date | None) -> date | None:
    """'in August': this year's August, or last year's when August is still to come."""
    if published is None:
        return None
    year = published.year if month <= published.month else published.year - 1
    return _safe_date(year, month, 1)  # None before year 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _in_brackets_or_led(
    tokens: list[Token], i: int, by_first: dict[int, list[Match]], lex: Lexicon
) -> bool:
    """'(12/3/2024)' or 'Selasa (12/3)': a numeric date, not a score or a ratio, nor a unit's
    number in brackets after a unit's name (`unit_names`: "the battalion (2/17)")."""
    before = tokens[i - 1].text if i else ""
    if before == "(":
        units = {w.lower() for w in lex.dates.unit_names}
        return _kind_at(by_first, i - 2, "weekday") is not None or not any(
            t.key in units for t in tokens[max(0, i - 1 - _UNIT_REACH) : i - 1]
        )
    return i >= 2 and _kind_at(by_first, i - 2, "weekday") is not None


_UNIT_REACH = 2  # words from a unit's name to its bracket: "Batalyon Infanteri (2/17)"


def _bracketed_numeric(
    tokens: list[Token], j: int, lex: Lexicon, published: date | None
) -> tuple[date, int] | None:
    """The date of '(12/3/2024)' right after a weekday, and the token after ')'."""
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
        numeric = _NUMERIC.match(tokens[j + 1].text)
        d = _numeric(numeric, lex, published) if numeric else None
        if d is not None:
            return d, j + 3
    return None


def _numeric(m: re.Match[str], lex: Lexicon, published: date | None) -> date | None:
    a, b, y = int(m.group(1)), int(m.group(2)), m.group(3)
    day, month = (a, b) if lex.dates.numeric_order == "dmy" else (b, a)
    if y is not None:
        year = int(y) + (2000 if len(y) == 2 else 0)
    elif published is not None:
        year = published.year
    else:
        return None
    return _safe_date(year, month, day)


def _weekday(weekday: int, published: date | None, *, strictly_before: bool) -> date | None:
    if published is None:
        return None
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    try:
        return published - timedelta(days=back)
    except OverflowError:  # published in the first days of year 1
        return None


def _relative(
    spec: Relative, published: date | None
) -> tuple[date | None, date | None, DatePrecision]:
    """The range a relative phrase stands for; unresolved (None) without a publication
    date, or when the range would fall outside the calendar (years 1 to 9999)."""
    if published is None:
        return None, None, spec.unit
    try:
        return _resolve_relative(spec, published)
    except (OverflowError, ValueError):
        return None, None, spec.unit


def _resolve_relative(
    spec: Relative, published: date
) -> tuple[date | None, date | None, DatePrecision]:
    unit, n, part = spec.unit, spec.n, spec.part
    if spec.span == "last7":
        return published - timedelta(days=7), published, "week"
    if unit == "day":
        d = published - timedelta(days=n)
        return d, d, "day"
    if unit == "week":
        start = published - timedelta(days=published.weekday() + 7 * n)
        lo, hi = {"early": (0, 2), "late": (4, 6)}.get(part, (0, 6))
        return start + timedelta(days=lo), min(start + timedelta(days=hi), published), "week"
    if unit == "month":
        year, month = published.year, published.month - n
        while month < 1:
            year, month = year - 1, month + 12
        first: date = date(year, month, 1)
        last = _month_end(first)
        if part == "early":
            last = first.replace(day=10)
        elif part == "late":
            first = first.replace(day=21)
        return first, min(last, published), "month"
    back = published.year - n
    year_end = date(back, 4, 30) if part == "early" else date(back, 12, 31)
    return date(back, 1, 1), min(year_end, published), "year"


def _month_end(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])
