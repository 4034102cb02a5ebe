"""Local days and ISO weeks over UTC timestamps.

Timestamps are stored as UTC microseconds. Counting per day, `metrics` works out each
local day's bounds here and lets the database count between them. Grouping by day in
SQL (the flow chart) adds the zone's UTC offset, which changes at daylight-saving
transitions: the offset is a CASE over the transitions found in the range, so days are
exact in any zone and the SQL is plain integer arithmetic, the same for SQLite and
PostgreSQL.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import NamedTuple

from peewee import SQL, Case, Expression

from kaizen_board.errors import InvalidInput
from kaizen_board.times import DAY_SECONDS, EPOCH_DAY, HOUR_MICROS, SECOND_MICROS, from_micros

_PROBE_STEP = 6 * HOUR_MICROS  # no zone changes its offset twice within six hours


def utc_offset(tz: tzinfo | None, micros: int) -> int:
    """The zone's offset from UTC, in seconds, at that moment (None: the system zone)."""
    offset = from_micros(micros).astimezone(tz).utcoffset()
    assert offset is not None
    return int(offset.total_seconds())


def offset_segments(tz: tzinfo | None, start: int, end: int) -> list[tuple[int, int]]:
    """(from microsecond, offset) pairs covering [start, end], first one from `start`."""
    segments = [(start, utc_offset(tz, start))]
    probe = start
    while probe < end:
        following = min(probe + _PROBE_STEP, end)
        offset = utc_offset(tz, following)
        if offset != segments[-1][1]:
            low, high = probe, following  # the change happens in (low, high]
            while high - low > SECOND_MICROS:
                middle = (low + high) // 2
                if utc_offset(tz, middle) == offset:
                    high = middle
                else:
                    low = middle
            segments.append((high - high % SECOND_MICROS, offset))
        probe = following
    return segments


def local_day_sql(column, tz: tzinfo | None, start: int, end: int) -> Expression:
    """SQL for the local day number (days since 1970-01-01) of a timestamp column."""
    segments = offset_segments(tz, start, end)
    if len(segments) == 1:
        offset = literal(segments[0][1])
    else:
        cases = [
            (column < literal(following[0]), literal(current[1]))
            for current, following in zip(segments, segments[1:], strict=False)
        ]
        offset = Case(None, cases, literal(segments[-1][1]))
    return (column / literal(SECOND_MICROS) + offset) / literal(DAY_SECONDS)


def literal(number: int) -> SQL:
    """A whole number written into the SQL itself, not passed as a parameter: an
    expression grouped by must read the same in the SELECT and the GROUP BY, which it
    does not for every database when its numbers are separate parameters."""
    return SQL(str(int(number)))


def day_from_number(number: int) -> date:
    return EPOCH_DAY + timedelta(days=number)


class IsoWeek(NamedTuple):
    """An ISO 8601 week: Monday to Sunday, numbered within its ISO year."""

    year: int
    week: int

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        match = re.fullmatch(r"\s*(\d{4})-?W(\d{1,2})\s*", text, re.IGNORECASE)
        if match:
            year, week = int(match[1]), int(match[2])
            try:
                date.fromisocalendar(year, week, 1)
            except ValueError:
                pass
            else:
                return cls(year, week)
        raise InvalidInput(f"{text!r} is not an ISO week: write it like 2026-W48")

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        year, week, _ = day.isocalendar()
        return cls(year, week)

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    def bounds(self, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
        """The week's start and end (Monday 00:00 to the next Monday 00:00), local time."""
        start = local_midnight(self.monday, tz)
        return start, local_midnight(self.monday + timedelta(days=7), tz)

    def previous(self) -> IsoWeek:
        return IsoWeek.of(self.monday - timedelta(days=7))

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


def local_midnight(day: date, tz: tzinfo | None = None) -> datetime:
    """The UTC moment a local day begins."""
    naive = datetime.combine(day, time())
    local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return local.astimezone(UTC)
