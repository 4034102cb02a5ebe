"""The numbers a kaizen team watches: counts of the event history, read from the totals
the database keeps of it (reports/tallies.py) wherever a range holds many events.

Ideas are "created" events, improvements "improved" events (DESIGN.md). Every
function takes an optional range, [since, until) as aware datetimes, and a time zone
for days and weeks (None: the system's).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from itertools import accumulate
from typing import NamedTuple

from peewee import JOIN, fn

from kaizen_board.events import EventKind
from kaizen_board.reports import tallies
from kaizen_board.reports.timeline import (
    IsoWeek,
    local_midnight,
)
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.models import (
    Card,
    Event,
    Member,
    StageCount,
    StandardRevision,
    to_micros,
)
from kaizen_board.times import DAY_MICROS
from kaizen_board.translation import translate

IDEA = EventKind.CREATED
IMPROVEMENT = EventKind.IMPROVED


def _where(board_id: int, kinds: Iterable[EventKind], since, until):
    condition = (Event.board == board_id) & Event.kind.in_([kind.value for kind in kinds])
    if since is not None:
        condition &= Event.at >= since
    if until is not None:
        condition &= Event.at < until
    return condition


def first_idea_at(board_id: int) -> datetime | None:
    """When the board's first card was created: where its history starts (one index
    lookup)."""
    return (
        Event.select(fn.MIN(Event.at))
        .where((Event.board == board_id) & (Event.kind == IDEA.value))
        .scalar()
    )


def _micros(moment: datetime | None) -> int | None:
    return None if moment is None else to_micros(moment)


def _spans(spans: Iterable[tuple[datetime, datetime]]) -> list[tuple[int, int]]:
    return [(to_micros(start), to_micros(stop)) for start, stop in spans]


def _extent(store: Store, board_id: int, kinds: Iterable[EventKind], since, until):
    """The [start, stop) to count over: the range given, else the kinds' first event to
    now (or to the last event, if that is later). None when there is nothing to count."""
    values = [kind.value for kind in kinds]
    where = (Event.board == board_id) & Event.kind.in_(values)
    start = since or Event.select(fn.MIN(Event.at)).where(where).scalar()
    if start is None:
        return None
    stop = until
    if stop is None:
        last = Event.select(fn.MAX(Event.at)).where(where).scalar()
        stop = max(store.now(), last or start) + timedelta(microseconds=1)
    return (start, stop) if start < stop else None


def _day_spans(start: datetime, stop: datetime, tz: tzinfo | None):
    """(day, [start, stop)) for each local day from start's to stop's, clipped to both."""
    day = start.astimezone(tz).date()
    last = (stop - timedelta(microseconds=1)).astimezone(tz).date()
    spans = []
    while day <= last:
        following = day + timedelta(days=1)
        spans.append(
            (day, (max(local_midnight(day, tz), start), min(local_midnight(following, tz), stop)))
        )
        day = following
    return spans


def count_per_day(
    store: Store,
    board_id: int,
    kind: EventKind,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    tz: tzinfo | None = None,
) -> list[tuple[date, int]]:
    """How many events of a kind happened each local day that had any, in order.

    Local days are worked out here, exactly, daylight saving included; the database
    counts the events between their bounds.
    """
    with store.read():
        extent = _extent(store, board_id, [kind], since, until)
        if extent is None:
            return []
        days = _day_spans(*extent, tz)
        counts = tallies.count_in_spans(board_id, [kind], _spans(span for _, span in days))
    return [(day, count) for (day, _), count in zip(days, counts, strict=True) if count]


def count_per_week(
    store: Store,
    board_id: int,
    kind: EventKind,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    tz: tzinfo | None = None,
) -> list[tuple[IsoWeek, int]]:
    """How many events of a kind happened each ISO week that had any, in order."""
    with store.read():
        extent = _extent(store, board_id, [kind], since, until)
        if extent is None:
            return []
        start, stop = extent
        weeks = []
        week = IsoWeek.of(start.astimezone(tz).date())
        while True:
            monday, next_monday = week.bounds(tz)
            if monday >= stop:
                break
            weeks.append((week, (max(monday, start), min(next_monday, stop))))
            week = IsoWeek.of(week.monday + timedelta(days=7))
        counts = tallies.count_in_spans(board_id, [kind], _spans(span for _, span in weeks))
    return [(week, count) for (week, _), count in zip(weeks, counts, strict=True) if count]


def count_between(
    store: Store,
    board_id: int,
    kind: EventKind | Iterable[EventKind],
    since: datetime | None = None,
    until: datetime | None = None,
) -> int:
    """How many events of a kind (or of any of several) happened in [since, until)."""
    kinds = [kind] if isinstance(kind, EventKind) else list(kind)
    with store.read():
        [count] = tallies.count_in_spans(board_id, kinds, [(_micros(since), _micros(until))])
    return count


def cumulative_per_day(
    store: Store,
    board_id: int,
    kind: EventKind,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    tz: tzinfo | None = None,
) -> list[tuple[date, int]]:
    """The running total at the end of each day with events, counting all before `since`."""
    days = count_per_day(store, board_id, kind, since=since, until=until, tz=tz)
    before = 0 if since is None else count_between(store, board_id, kind, None, since)
    totals = accumulate((count for _, count in days), initial=before)
    next(totals)
    return [(day, total) for (day, _), total in zip(days, totals, strict=True)]


class MemberCount(NamedTuple):
    name: str
    ideas: int
    improvements: int


def member_counts(
    store: Store,
    board_id: int,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[MemberCount]:
    """Ideas and improvements credited to each member; members with none show zeros.
    Sorted by name: kaizen counts everyone's small ideas and ranks no one by them."""
    with store.read():
        found = tallies.credited(board_id, (_micros(since), _micros(until)))
        members = list(Member.select(Member.id, Member.name, Member.key).tuples())
    return [
        MemberCount(name, found[(member_id, IDEA.value)], found[(member_id, IMPROVEMENT.value)])
        for member_id, name, _key in sorted(members, key=lambda row: (row[2], row[1]))
    ]


def stage_counts_per_day(
    store: Store,
    board_id: int,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    tz: tzinfo | None = None,
) -> list[tuple[date, dict[Stage, int]]]:
    """Live cards in each stage at the end of each day that changed any (for a CFD).

    Every event that puts a card into a stage has that stage as `to_stage`, every one
    that takes it out has it as `from_stage`; the counts are the running sums. From a
    `since`, the series begins with the counts as that day began (when the board had
    cards before it), worked out backwards from today's counts, which the database keeps
    as cards change (StageCount): only the events after `since` are read, so a quarter
    of a board with two years of history reads an eighth of it.
    """
    with store.read():
        first = first_idea_at(board_id)
        if first is None:
            return []
        start = since if since is not None else first
        stop = until if until is not None else _history_end(store, board_id)
        days = _day_spans(start, stop, tz) if start < stop else []
        spans = _spans(span for _, span in days)
        if since is None and spans:  # whatever came before the first idea counts too
            spans[0] = (None, spans[0][1])
        changes = tallies.stage_changes_in_spans(board_id, spans)
        totals = dict.fromkeys(Stage, 0)
        if since is not None:  # today's counts, less every change since `since`
            totals.update(_live_counts(board_id))
            if until is not None:
                [later] = tallies.stage_changes_in_spans(board_id, [(to_micros(until), None)])
                _apply(totals, later, sign=-1)
            for changed in changes:
                _apply(totals, changed, sign=-1)
    series: list[tuple[date, dict[Stage, int]]] = []
    if since is not None and first < since:
        series.append((since.astimezone(tz).date(), dict(totals)))
    for (day, _), changed in zip(days, changes, strict=True):
        if changed:
            _apply(totals, changed)
            series.append((day, dict(totals)))
    return series


def _history_end(store: Store, board_id: int) -> datetime:
    """Just after the board's last event (or now, if that is later): where "until now"
    ends, so that no event is left out."""
    last = max(
        (
            Event.select(fn.MAX(Event.at))
            .where((Event.board == board_id) & (Event.kind == kind.value))
            .scalar()
            for kind in EventKind
        ),
        key=lambda moment: moment or store.now(),
    )
    return max(store.now(), last or store.now()) + timedelta(microseconds=1)


def _apply(totals: dict[Stage, int], changes: Counter, sign: int = 1) -> None:
    """Add (or with sign=-1 take back) the (from, to) changes to the counts."""
    for (from_stage, to_stage), count in changes.items():
        if from_stage is not None:
            totals[Stage(from_stage)] -= sign * count
        if to_stage is not None:
            totals[Stage(to_stage)] += sign * count


def _live_counts(board_id: int) -> dict[Stage, int]:
    query = StageCount.select(StageCount.stage, StageCount.live).where(StageCount.board == board_id)
    return {Stage(stage): live for stage, live in query.tuples()}


class LeadTimes(NamedTuple):
    """How long improvements took, from the start of their lap (creation for the first)."""

    count: int
    median: timedelta | None
    days: list[tuple[int, int]]  # (whole days, how many improvements took that long)


def lead_times(
    store: Store,
    board_id: int,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
) -> LeadTimes:
    """The improvements' lead times: how many, their median, how many took each whole
    number of days. The median is found in the days the histogram puts it in, so only
    those improvements are sorted, not all of them."""
    with store.read():
        found = tallies.lead_days(board_id, (_micros(since), _micros(until)))
        histogram = sorted((days, number) for days, number in found.items() if number)
        count = sum(number for _, number in histogram)
        if not count:
            return LeadTimes(0, None, [])
        # The middle one (odd count) or two (even), counted from the shortest.
        first_rank, last_rank = (count - 1) // 2, count // 2
        before, first_day, last_day = 0, None, None
        for days, number in histogram:
            if first_day is None and before + number > first_rank:
                first_day, skipped = days, before
            if before + number > last_rank:
                last_day = days
                break
            before += number
        # Those days' improvements, in order, through the index on lead times.
        where = _where(board_id, [IMPROVEMENT], since, until) & (
            (Event.lead_time >= first_day * DAY_MICROS)
            & (Event.lead_time < (last_day + 1) * DAY_MICROS)
        )
        middle = [
            value
            for (value,) in Event.select(Event.lead_time)
            .where(where)
            .order_by(Event.lead_time)
            .limit(last_rank - first_rank + 1)
            .offset(first_rank - skipped)
            .tuples()
        ]
    median = timedelta(microseconds=sum(middle) / len(middle))
    return LeadTimes(count, median, histogram)


@dataclass(frozen=True)
class ImprovementLine:
    title: str
    credited_to: str | None
    at: datetime
    before: str
    after: str
    card_id: int | None = None  # None: the card was deleted since


def improvement_lines(
    store: Store, board_id: int, start: datetime, end: datetime, limit: int | None = None
) -> list[ImprovementLine]:
    """The improvements made in [start, end), the first `limit` of them in time order:
    each with the card's standard when its lap began, and at `end` (two index lookups
    each, so only those listed are looked up)."""
    with store.read():
        rows = list(
            Event.select(
                Event.card_id, Event.at, Event.lead_time, Card.title, Card.standard, Member.name
            )
            .join(Card, JOIN.LEFT_OUTER, on=(Event.card_id == Card.id))
            .join_from(Event, Member, JOIN.LEFT_OUTER, on=(Event.credit == Member.id))
            .where(
                (Event.board == board_id)
                & (Event.kind == EventKind.IMPROVED.value)
                & (Event.at >= start)
                & (Event.at < end)
            )
            .order_by(Event.at)
            .limit(limit)
            .tuples()
        )
        lines = []
        for card_id, at, lead, title, standard, who in rows:
            if title is None:  # the card was deleted since; its improvement still counts
                deleted = translate("Metrics", "(deleted card)")
                lines.append(ImprovementLine(deleted, who, at, "", ""))
                continue
            lap_start = to_micros(at) - (lead or 0)
            lines.append(
                ImprovementLine(
                    title,
                    who,
                    at,
                    _standard_at(card_id, lap_start, standard),
                    _standard_at(card_id, to_micros(end), standard),
                    card_id,
                )
            )
    return lines


def _standard_at(card_id: int, moment: int, current: str) -> str:
    """The standard's text at a moment: the first revision replaced after it held it."""
    replaced = (
        StandardRevision.select(StandardRevision.text)
        .where((StandardRevision.card == card_id) & (StandardRevision.replaced_at > moment))
        .order_by(StandardRevision.replaced_at, StandardRevision.id)
        .scalar()
    )
    return current if replaced is None else replaced
