"""Local days and ISO weeks over UTC timestamps.

Timestamps are stored as UTC microseconds. Counting per day, `metrics` works out each
local day's bounds here, daylight saving included, and counts between them; so days are
exact in any zone and the database needs no time-zone functions.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import NamedTuple

from kaizen_board.errors import InvalidInput
from kaizen_board.translation import translate


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
        raise InvalidInput(
            translate("Timeline", "{text} is not an ISO week: write it like 2026-W48").format(
                text=repr(text)
            )
        )

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
