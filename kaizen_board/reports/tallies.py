"""Counting events over ranges of time from the tallies the database keeps.

A range is counted in two parts: the whole quarters of an hour (or UTC days) inside it
from the tallies (store/tallies.py), and its ragged ends, the few minutes (or hours)
between its bounds and the nearest whole ones, from the events themselves through the
(board, kind, at) index. So a count is exact for any bounds, and costs what the tallies
of the range cost plus at most two small index ranges of events, whatever the number of
events: "All time" at a million cards reads some hundred thousand tally rows, not two
million events. Times are microseconds (None: unbounded); ranges are [start, stop).
Each function runs inside a read of the store the caller holds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from peewee import SQL, Value, ValuesList, fn

from kaizen_board.events import EventKind
from kaizen_board.store.models import CreditTally, Event, EventTally, LeadTally
from kaizen_board.store.tallies import SLOT_MICROS
from kaizen_board.times import DAY_MICROS

Span = tuple[int | None, int | None]  # [start, stop) in microseconds, None: unbounded
SPANS_PER_QUERY = 2_000  # a few thousand bound values per statement suit every database
ALL_KINDS = tuple(kind.value for kind in EventKind)


def _split(span: Span, unit: int) -> tuple[Span | None, list[tuple[int, int]]]:
    """The whole units inside a span, as unit numbers [first, last) (None: none), and the
    ragged ends outside them, in microseconds."""
    start, stop = span
    first = None if start is None else -(-start // unit)
    last = None if stop is None else stop // unit
    if first is not None and last is not None and first >= last:
        return None, [(start, stop)] if start < stop else []
    edges = []
    if first is not None and first * unit > start:
        edges.append((start, first * unit))
    if last is not None and last * unit < stop:
        edges.append((last * unit, stop))
    return (first, last), edges


def _numbered_parts(
    spans: Sequence[Span], unit: int = SLOT_MICROS
) -> tuple[list[tuple], list[tuple]]:
    """Each span's whole units, quarters of an hour by default (number, first, last), and
    ragged ends (number, start, stop): what the tallies count, and what the events count."""
    whole, edges = [], []
    for number, span in enumerate(spans):
        slots, ragged = _split(span, unit)
        if slots is not None:
            whole.append((number, *slots))
        edges += [(number, *edge) for edge in ragged]
    return whole, edges


def _bounded(column, first: int | None, last: int | None):
    condition = SQL("1 = 1")
    if first is not None:
        condition &= column >= first
    if last is not None:
        condition &= column < last
    return condition


def _in_chunks(numbered: list[tuple[int, int | None, int | None]]):
    """Numbered bounds as VALUES tables of at most SPANS_PER_QUERY rows each."""
    for first in range(0, len(numbered), SPANS_PER_QUERY):
        chunk = numbered[first : first + SPANS_PER_QUERY]
        # Unbounded ends as the widest numbers: a VALUES table holds no NULL comparisons.
        rows = [
            (number, -(2**62) if low is None else low, 2**62 if high is None else high)
            for number, low, high in chunk
        ]
        yield ValuesList(rows).cte("spans", columns=("number", "low", "high"))


def count_in_spans(board_id: int, kinds: Iterable[EventKind], spans: Sequence[Span]) -> list[int]:
    """How many events of the kinds fall in each span."""
    values = [EventKind(kind).value for kind in kinds]
    counts = [0] * len(spans)
    whole, edges = _numbered_parts(spans)
    for table in _in_chunks(whole):
        summed = EventTally.select(fn.COALESCE(fn.SUM(EventTally.events), 0)).where(
            (EventTally.board == board_id)
            & EventTally.kind.in_(values)
            & (EventTally.slot >= table.c.low)
            & (EventTally.slot < table.c.high)
        )
        for number, count in _per_span(table, summed):
            counts[number] += int(count)  # PostgreSQL sums into numeric
    for table in _in_chunks(edges):
        counted = Event.select(fn.COUNT(SQL("*"))).where(
            (Event.board == board_id)
            & Event.kind.in_(values)
            & (Event.at >= table.c.low)
            & (Event.at < table.c.high)
        )
        for number, count in _per_span(table, counted):
            counts[number] += count
    return counts


def _per_span(table, subquery) -> list[tuple[int, int]]:
    query = EventTally.select(table.c.number, subquery).from_(table).with_cte(table)
    return list(query.tuples())


def stage_changes_in_spans(board_id: int, spans: Sequence[Span]) -> list[Counter]:
    """For each span, how many events took cards from one stage to another: a Counter of
    (from, to) pairs, either None (a card made, or archived)."""
    changes = [Counter() for _ in spans]
    whole, edges = _numbered_parts(spans)

    def tallied(number: int, first: int | None, last: int | None):
        return (
            EventTally.select(
                Value(number), EventTally.from_stage, EventTally.to_stage, fn.SUM(EventTally.events)
            )
            .where(
                (EventTally.board == board_id)
                # Every kind named: a range of time is a range of the tally's key.
                & EventTally.kind.in_(ALL_KINDS)
                & _bounded(EventTally.slot, first, last)
                & ((EventTally.from_stage != "") | (EventTally.to_stage != ""))
            )
            .group_by(EventTally.from_stage, EventTally.to_stage)
        )

    def happened(number: int, start: int, stop: int):
        return (
            Event.select(Value(number), Event.from_stage, Event.to_stage, fn.COUNT(SQL("*")))
            .where(
                (Event.board == board_id)
                & Event.kind.in_(ALL_KINDS)
                & _bounded(Event.at, start, stop)
                & (Event.from_stage.is_null(False) | Event.to_stage.is_null(False))
            )
            .group_by(Event.from_stage, Event.to_stage)
        )

    for number, from_stage, to_stage, count in _each_span(whole, tallied) + _each_span(
        edges, happened
    ):
        if count:  # a total back at zero (an undone move) is no change
            changes[number][(from_stage or None, to_stage or None)] += int(count)
    return changes


SPANS_PER_UNION = 200  # under SQLite's 500 terms of a compound SELECT


def _each_span(numbered: list[tuple], query_of) -> list[tuple]:
    """The rows of one query a span, as UNION ALL statements of many: each branch one
    index range, which no planner can turn into a join of every span with every row (a
    join of a VALUES table with the tallies did that on a team server without
    statistics: 7.7 million comparisons at 5,000 cards)."""
    rows: list[tuple] = []
    database = EventTally._meta.database
    for first in range(0, len(numbered), SPANS_PER_UNION):
        parts = [query_of(*span).sql() for span in numbered[first : first + SPANS_PER_UNION]]
        # Written out: a grouped SELECT may stand in a UNION ALL as it is in SQLite and
        # PostgreSQL alike, where peewee's compound query would wrap it in parentheses.
        sql = " UNION ALL ".join(text for text, _ in parts)
        rows += database.execute_sql(sql, [value for _, values in parts for value in values])
    return rows


def credited(board_id: int, span: Span) -> Counter:
    """Ideas and improvements in the span by the member they count for: a Counter of
    (member id, kind); no one credited is member id None."""
    days, edges = _split(span, DAY_MICROS)
    found: Counter = Counter()
    kinds = [EventKind.CREATED.value, EventKind.IMPROVED.value]
    if days is not None:
        query = (
            CreditTally.select(CreditTally.credit_id, CreditTally.kind, fn.SUM(CreditTally.events))
            .where(
                (CreditTally.board == board_id)
                & CreditTally.kind.in_(kinds)
                & _bounded(CreditTally.day, *days)
            )
            .group_by(CreditTally.credit_id, CreditTally.kind)
        )
        for member_id, kind, count in query.tuples():
            found[(member_id or None, kind)] += int(count)
    for start, stop in edges:
        query = (
            Event.select(Event.credit, Event.kind, fn.COUNT(SQL("*")))
            .where(
                (Event.board == board_id) & Event.kind.in_(kinds) & _bounded(Event.at, start, stop)
            )
            .group_by(Event.credit, Event.kind)
        )
        for member_id, kind, count in query.tuples():
            found[(member_id, kind)] += count
    return found


def credited_in_spans(board_id: int, kind: EventKind, spans: Sequence[Span]) -> list[Counter]:
    """For each span, the ideas (or improvements) by the member they count for: a Counter
    of member id (None: no one) a span, from the daily tallies and, for the hours at the
    spans' ends, the events."""
    value = EventKind(kind).value
    found = [Counter() for _ in spans]
    whole, edges = _numbered_parts(spans, DAY_MICROS)

    def tallied(number: int, first: int | None, last: int | None):
        return (
            CreditTally.select(Value(number), CreditTally.credit_id, fn.SUM(CreditTally.events))
            .where(
                (CreditTally.board == board_id)
                & (CreditTally.kind == value)
                & _bounded(CreditTally.day, first, last)
            )
            .group_by(CreditTally.credit_id)
        )

    def happened(number: int, start: int, stop: int):
        return (
            Event.select(Value(number), Event.credit, fn.COUNT(SQL("*")))
            .where(
                (Event.board == board_id) & (Event.kind == value) & _bounded(Event.at, start, stop)
            )
            .group_by(Event.credit)
        )

    for number, member_id, count in _each_span(whole, tallied) + _each_span(edges, happened):
        if count:  # a day's total back at zero (an undone idea) is no idea
            found[number][member_id or None] += int(count)
    return found


def lead_days(board_id: int, span: Span) -> Counter:
    """The improvements in the span by their lead time in whole days."""
    days, edges = _split(span, DAY_MICROS)
    found: Counter = Counter()
    if days is not None:
        query = (
            LeadTally.select(LeadTally.lead_days, fn.SUM(LeadTally.events))
            .where((LeadTally.board == board_id) & _bounded(LeadTally.day, *days))
            .group_by(LeadTally.lead_days)
        )
        for whole_days, count in query.tuples():
            found[int(whole_days)] += int(count)
    for start, stop in edges:
        query = Event.select(Event.lead_time).where(
            (Event.board == board_id)
            & (Event.kind == EventKind.IMPROVED.value)
            & Event.lead_time.is_null(False)
            & _bounded(Event.at, start, stop)
        )
        for (lead,) in query.tuples():
            found[lead // DAY_MICROS] += 1
    return found
