"""Time as the program stores it: whole microseconds since 1970 UTC, and the units of it.

Every stored timestamp is such an integer: it sorts, compares and groups by day with
plain integer arithmetic in any database, where date functions differ.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
EPOCH_DAY = date(1970, 1, 1)
MICROSECOND = timedelta(microseconds=1)
SECOND_MICROS = 1_000_000
MINUTE_MICROS = 60 * SECOND_MICROS
HOUR_MICROS = 60 * MINUTE_MICROS
DAY_SECONDS = 86_400
DAY_MICROS = DAY_SECONDS * SECOND_MICROS


def to_micros(moment: datetime) -> int:
    """Whole microseconds since 1970 UTC, the stored form of every timestamp."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}: the core stores only aware UTC times")
    return (moment - EPOCH) // MICROSECOND


def from_micros(micros: int) -> datetime:
    return EPOCH + timedelta(microseconds=micros)
