"""The totals the database keeps give the counts the events themselves give: for any
time zone (even one whose midnight is not on a quarter of an hour), any range, after
undo, import and delete alike."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kaizen_board import ops
from kaizen_board.clock import FixedClock
from kaizen_board.ops import EventKind
from kaizen_board.reports import metrics
from kaizen_board.stages import Stage
from kaizen_board.store.models import Event
from kaizen_board.times import DAY_MICROS
from tests.helpers import memory_store

START = datetime(2026, 3, 1, tzinfo=UTC)
minutes = st.integers(min_value=0, max_value=6 * 24 * 60)


def build(store, clock, steps) -> int:
    """A board lived through: cards made, moved, improved, some undone, at the minutes
    given."""
    board = ops.default_board(store).id
    cards = []
    for minute, action in steps:
        clock.current = START + timedelta(minutes=minute)
        if action == 0 or not cards:
            cards.append(ops.add_card(store, board, "Idea", owner=f"M{minute % 3}").card_id)
        elif action == 1:
            ops.move_card(store, cards[minute % len(cards)], Stage.RESTANDARDIZE)
        elif action == 2:
            change = ops.move_card(store, cards[minute % len(cards)], Stage.IMPROVE)
            ops.undo(store, change)
        else:
            ops.move_card(store, cards[minute % len(cards)], Stage.STANDARD)
    return board


def events(store) -> list[tuple]:
    with store.read():
        return list(Event.select(Event.kind, Event.at, Event.credit, Event.lead_time).tuples())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), offset=st.integers(min_value=-12 * 60, max_value=14 * 60))
def test_counts_per_day_and_in_a_range_are_the_events_counted(data, offset):
    tz = timezone(timedelta(minutes=offset))
    # Events crowd round local midnights and quarters of an hour, where counts split.
    near_midnight = st.builds(
        lambda day, minute: day * 1440 - offset + minute,
        st.integers(1, 4),
        st.integers(-20, 20),
    )
    steps = data.draw(
        st.lists(st.tuples(near_midnight | minutes, st.integers(0, 3)), min_size=1, max_size=30)
    )
    since = data.draw(st.none() | near_midnight | minutes)
    length = data.draw(st.none() | st.integers(0, 3 * 1440))
    clock = FixedClock(START)
    store = memory_store(clock)
    board = build(store, clock, sorted((max(m, 0), a) for m, a in steps))
    clock.current = START + timedelta(days=45)
    lower = None if since is None else START + timedelta(minutes=max(since, 0), seconds=7)
    upper = None if length is None or lower is None else lower + timedelta(minutes=length)
    happened = events(store)

    def inside(at) -> bool:
        return (lower is None or at >= lower) and (upper is None or at < upper)

    for kind in (EventKind.CREATED, EventKind.IMPROVED):
        expected = Counter(
            at.astimezone(tz).date() for k, at, _, _ in happened if k == kind and inside(at)
        )
        days = metrics.count_per_day(store, board, kind, since=lower, until=upper, tz=tz)
        assert dict(days) == dict(expected)
        assert metrics.count_between(store, board, kind, lower, upper) == sum(expected.values())
    credited = Counter(
        (c, k) for k, at, c, _ in happened if k in ("created", "improved") and inside(at)
    )
    names = dict(store.database.execute_sql("SELECT id, name FROM member").fetchall())
    for row in metrics.member_counts(store, board, since=lower, until=upper):
        member = next(i for i, name in names.items() if name == row.name)
        assert (row.ideas, row.improvements) == (
            credited[(member, "created")],
            credited[(member, "improved")],
        )
    leads = sorted(lead for k, at, _, lead in happened if k == "improved" and inside(at))
    found = metrics.lead_times(store, board, since=lower, until=upper)
    assert found.count == len(leads)
    assert dict(found.days) == dict(Counter(lead // DAY_MICROS for lead in leads))
    if leads:
        middle = leads[(len(leads) - 1) // 2 : len(leads) // 2 + 1]
        assert found.median == timedelta(microseconds=sum(middle) / len(middle))
    with store.read():
        moves = sorted(
            Event.select(Event.at, Event.from_stage, Event.to_stage)
            .where(Event.from_stage.is_null(False) | Event.to_stage.is_null(False))
            .tuples(),
            key=lambda move: move[0],
        )
    totals, expected_flow = dict.fromkeys(Stage, 0), {}
    for at, from_stage, to_stage in moves:
        if from_stage:
            totals[Stage(from_stage)] -= 1
        if to_stage:
            totals[Stage(to_stage)] += 1
        expected_flow[at.astimezone(tz).date()] = dict(totals)
    flow = metrics.stage_counts_per_day(store, board, tz=tz)
    assert dict(flow) == expected_flow
    store.close()


def assert_tallies_are_the_events_counted(store) -> None:
    from kaizen_board.store import tallies

    for table in tallies.TALLIES:
        kept = store.database.execute_sql(
            f"SELECT * FROM {table} WHERE events <> 0 ORDER BY 1, 2, 3, 4"
        ).fetchall()
        select = tallies.fill(table).split(" SELECT ", 1)[1]
        counted = store.database.execute_sql(f"SELECT {select} ORDER BY 1, 2, 3, 4").fetchall()
        assert [tuple(map(_plain, row)) for row in kept] == [
            tuple(map(_plain, row)) for row in counted
        ], table


def _plain(value):
    return value if isinstance(value, str) else int(value)


def test_an_import_its_undo_and_a_copy_keep_the_totals_exact(store, board, clock, tmp_path):
    from kaizen_board.store import open_store
    from kaizen_board.transfer.copy import copy_boards
    from kaizen_board.transfer.importer import import_board

    path = tmp_path / "ideas.csv"
    path.write_text(
        "title,stage,created_at,archived_at\n"
        "Shadow board,improve,2026-10-01T08:00:00Z,\n"
        "Two bins,restandardize,2026-10-02T23:55:00Z,\n"
        "Spill kit,meet,2026-10-03T12:00:00Z,2026-10-04T12:00:00Z\n"
    )
    ops.add_card(store, board.id, "Already here")
    change = import_board(store, path).change
    assert_tallies_are_the_events_counted(store)
    assert metrics.count_between(store, board.id, EventKind.CREATED) == 4
    ops.undo(store, change)
    assert_tallies_are_the_events_counted(store)
    assert metrics.count_between(store, board.id, EventKind.CREATED) == 1
    ops.redo(store, change)
    copy = open_store(tmp_path / "copy.sqlite", clock=clock)
    copy_boards(store, copy)
    assert_tallies_are_the_events_counted(copy)
    [copied] = ops.list_boards(copy)
    assert metrics.count_between(copy, copied.id, EventKind.CREATED) == 4
    copy.close()
