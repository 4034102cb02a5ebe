"""The numbers a team watches, checked against small histories built by hand."""

from __future__ import annotations

import statistics
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kaizen_board import ops
from kaizen_board.clock import FixedClock
from kaizen_board.errors import InvalidInput
from kaizen_board.ops import EventKind
from kaizen_board.reports import metrics
from kaizen_board.reports.timeline import IsoWeek, local_midnight
from kaizen_board.stages import Stage
from tests.helpers import memory_store

BERLIN = ZoneInfo("Europe/Berlin")
KOLKATA = ZoneInfo("Asia/Kolkata")
NEW_YORK = ZoneInfo("America/New_York")


def utc(*parts) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def add_at(store, board, clock, moment, title="Idea", **fields) -> int:
    clock.current = moment
    return ops.add_card(store, board.id, title, **fields).card_id


def test_ideas_per_day_follow_the_local_calendar_across_daylight_saving(store, board, clock):
    # Berlin moves from +1 to +2 at 01:00 UTC on 2026-03-29.
    add_at(store, board, clock, utc(2026, 3, 28, 22, 30))  # 23:30 on the 28th, +1
    add_at(store, board, clock, utc(2026, 3, 28, 23, 30))  # 00:30 on the 29th, +1
    add_at(store, board, clock, utc(2026, 3, 29, 21, 30))  # 23:30 on the 29th, +2
    add_at(store, board, clock, utc(2026, 3, 29, 22, 30))  # 00:30 on the 30th, +2
    per_day = metrics.count_per_day(store, board.id, EventKind.CREATED, tz=BERLIN)
    assert per_day == [(date(2026, 3, 28), 1), (date(2026, 3, 29), 2), (date(2026, 3, 30), 1)]
    # And back from +2 to +1 at 01:00 UTC on 2026-10-25.
    add_at(store, board, clock, utc(2026, 10, 24, 22, 30))  # 00:30 on the 25th, +2
    add_at(store, board, clock, utc(2026, 10, 25, 22, 30))  # 23:30 on the 25th, +1
    add_at(store, board, clock, utc(2026, 10, 25, 23, 30))  # 00:30 on the 26th, +1
    october = metrics.count_per_day(
        store, board.id, EventKind.CREATED, tz=BERLIN, since=utc(2026, 10, 1)
    )
    assert october == [(date(2026, 10, 25), 2), (date(2026, 10, 26), 1)]


@pytest.mark.parametrize(
    ("zone", "moment", "day"),
    [
        (KOLKATA, utc(2026, 6, 1, 18, 29), date(2026, 6, 1)),  # 23:59 at +5:30
        (KOLKATA, utc(2026, 6, 1, 18, 30), date(2026, 6, 2)),  # 00:00 at +5:30
        (NEW_YORK, utc(2026, 6, 2, 3, 59), date(2026, 6, 1)),  # 23:59 at -4
        (UTC, utc(2026, 6, 2, 0, 0), date(2026, 6, 2)),
    ],
)
def test_the_day_of_an_idea_is_its_local_day_in_any_zone(store, board, clock, zone, moment, day):
    add_at(store, board, clock, moment)
    assert metrics.count_per_day(store, board.id, EventKind.CREATED, tz=zone) == [(day, 1)]


@pytest.mark.parametrize("zone", [BERLIN, KOLKATA, NEW_YORK, UTC])
def test_an_event_at_local_midnight_counts_for_the_day_it_begins_only(store, board, clock, zone):
    day = date(2026, 6, 1)
    add_at(store, board, clock, local_midnight(day, zone) + timedelta(hours=10))
    add_at(store, board, clock, local_midnight(day + timedelta(days=1), zone))
    per_day = metrics.count_per_day(store, board.id, EventKind.CREATED, tz=zone)
    assert per_day == [(day, 1), (day + timedelta(days=1), 1)]


def test_the_flow_chart_days_are_local_days_across_both_daylight_saving_changes(
    store, board, clock
):
    # Berlin: +1 until 01:00 UTC on 2026-03-29, +2 until 01:00 UTC on 2026-10-25, then +1.
    card = add_at(store, board, clock, utc(2026, 3, 28, 22, 30))  # 23:30 on the 28th
    clock.current = utc(2026, 3, 28, 23, 30)  # 00:30 on the 29th
    ops.move_card(store, card, Stage.MEET)
    clock.current = utc(2026, 3, 29, 21, 30)  # 23:30 on the 29th, now +2
    ops.move_card(store, card, Stage.IMPROVE)
    clock.current = utc(2026, 10, 24, 22, 30)  # 00:30 on the 25th, still +2
    ops.move_card(store, card, Stage.RESTANDARDIZE)
    clock.current = utc(2026, 10, 25, 22, 30)  # 23:30 on the 25th, +1 again
    ops.move_card(store, card, Stage.STANDARD)
    clock.current = utc(2026, 10, 25, 23, 30)  # 00:30 on the 26th
    ops.move_card(store, card, Stage.MEET)
    series = metrics.stage_counts_per_day(store, board.id, tz=BERLIN)
    counts = [(day, [counts[stage] for stage in Stage]) for day, counts in series]
    assert counts == [
        (date(2026, 3, 28), [1, 0, 0, 0]),
        (date(2026, 3, 29), [0, 0, 1, 0]),
        (date(2026, 10, 25), [1, 0, 0, 0]),
        (date(2026, 10, 26), [0, 1, 0, 0]),
    ]


def test_improvements_per_iso_week_across_the_year_boundary(store, board, clock):
    for moment in (
        utc(2026, 12, 28, 12),  # Monday of 2026-W53
        utc(2027, 1, 3, 12),  # Sunday, still 2026-W53
        utc(2027, 1, 4, 12),  # Monday of 2027-W01
        utc(2025, 12, 29, 12),  # Monday of 2026-W01, in 2025
    ):
        card_id = add_at(store, board, clock, moment)
        ops.move_card(store, card_id, Stage.RESTANDARDIZE)
    per_week = metrics.count_per_week(store, board.id, EventKind.IMPROVED, tz=UTC)
    assert per_week == [(IsoWeek(2026, 1), 1), (IsoWeek(2026, 53), 2), (IsoWeek(2027, 1), 1)]


def test_undone_and_repeated_moves_count_as_the_rule_says(store, board, clock):
    card_id = add_at(store, board, clock, utc(2026, 11, 23, 9))
    undone = ops.move_card(store, card_id, Stage.RESTANDARDIZE)
    ops.undo(store, undone)
    ops.move_card(store, card_id, Stage.RESTANDARDIZE)  # lap 1: counts
    ops.move_card(store, card_id, Stage.IMPROVE)
    ops.move_card(store, card_id, Stage.RESTANDARDIZE)  # lap 1 again: does not
    clock.advance(timedelta(days=1))
    ops.move_card(store, card_id, Stage.STANDARD)  # lap 2
    ops.move_card(store, card_id, Stage.RESTANDARDIZE)  # counts
    ops.archive_card(store, card_id)  # archived: still counted
    assert metrics.count_per_day(store, board.id, EventKind.IMPROVED, tz=UTC) == [
        (date(2026, 11, 23), 1),
        (date(2026, 11, 24), 1),
    ]


def test_cumulative_series_counts_everything_before_the_range(store, board, clock):
    for day in (1, 1, 2, 5, 5, 5):
        add_at(store, board, clock, utc(2026, 11, day, 12))
    series = metrics.cumulative_per_day(
        store, board.id, EventKind.CREATED, since=utc(2026, 11, 2), tz=UTC
    )
    assert series == [(date(2026, 11, 2), 3), (date(2026, 11, 5), 6)]


def test_member_counts_include_members_with_nothing_yet_sorted_by_name(store, board, clock):
    one = add_at(store, board, clock, utc(2026, 11, 23, 9), submitted_by="Aiko", owner="Kenji")
    add_at(store, board, clock, utc(2026, 11, 23, 10), submitted_by="Aiko")
    add_at(store, board, clock, utc(2026, 11, 23, 11), submitted_by="Maria")
    ops.move_card(store, one, Stage.RESTANDARDIZE, by="Maria")
    counts = metrics.member_counts(store, board.id)
    as_tuples = {(row.name, row.ideas, row.improvements) for row in counts}
    assert as_tuples == {("Aiko", 2, 0), ("Kenji", 0, 1), ("Maria", 1, 0), ("Tester", 0, 0)}
    # By name, never ranked by count.
    assert [row.name for row in counts] == ["Aiko", "Kenji", "Maria", "Tester"]


def test_cards_per_stage_per_day_for_the_cumulative_flow(store, board, clock):
    a = add_at(store, board, clock, utc(2026, 11, 23, 9))
    b = add_at(store, board, clock, utc(2026, 11, 23, 10))
    clock.current = utc(2026, 11, 24, 9)
    ops.move_card(store, a, Stage.MEET)
    ops.reorder_card(store, b, 0)
    clock.current = utc(2026, 11, 25, 9)
    ops.move_card(store, a, Stage.IMPROVE)
    ops.archive_card(store, b)
    series = metrics.stage_counts_per_day(store, board.id, tz=UTC)
    counts = [(day, [counts[stage] for stage in Stage]) for day, counts in series]
    assert counts == [
        (date(2026, 11, 23), [2, 0, 0, 0]),
        (date(2026, 11, 24), [1, 1, 0, 0]),
        (date(2026, 11, 25), [0, 0, 1, 0]),
    ]


def test_the_flow_of_a_range_begins_with_the_counts_its_first_day_began_with(store, board, clock):
    a = add_at(store, board, clock, utc(2026, 11, 23, 9))
    b = add_at(store, board, clock, utc(2026, 11, 23, 10))
    clock.current = utc(2026, 11, 24, 9)
    ops.move_card(store, a, Stage.MEET)
    clock.current = utc(2026, 11, 25, 9)
    ops.move_card(store, a, Stage.IMPROVE)
    ops.archive_card(store, b)

    def counts(**kwargs):
        series = metrics.stage_counts_per_day(store, board.id, tz=UTC, **kwargs)
        return [(day.day, [counts[stage] for stage in Stage]) for day, counts in series]

    assert counts(since=utc(2026, 11, 24)) == [
        (24, [2, 0, 0, 0]),  # as the day began
        (24, [1, 1, 0, 0]),
        (25, [0, 0, 1, 0]),
    ]
    assert counts(until=utc(2026, 11, 25)) == [(23, [2, 0, 0, 0]), (24, [1, 1, 0, 0])]
    assert counts(since=utc(2026, 11, 24), until=utc(2026, 11, 25)) == [
        (24, [2, 0, 0, 0]),
        (24, [1, 1, 0, 0]),
    ]
    assert counts(since=utc(2026, 11, 1)) == counts()  # before the board: nothing to add


def test_lead_time_median_and_distribution(store, board, clock):
    for days in (1, 2, 4, 10):
        card_id = add_at(store, board, clock, utc(2026, 11, 1, 9))
        clock.advance(timedelta(days=days, hours=1))
        ops.move_card(store, card_id, Stage.RESTANDARDIZE)
    lead = metrics.lead_times(store, board.id)
    assert lead.count == 4
    assert lead.median == timedelta(days=3, hours=1)
    assert lead.days == [(1, 1), (2, 1), (4, 1), (10, 1)]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(hours=st.lists(st.integers(min_value=0, max_value=60 * 24), min_size=1, max_size=9))
def test_the_median_lead_time_is_the_middle_one_of_them_all(hours):
    start = utc(2026, 11, 2, 9)
    clock = FixedClock(start)
    store = memory_store(clock)
    board = ops.default_board(store)
    for taken in hours:
        clock.current = start
        card_id = ops.add_card(store, board.id, "Idea").card_id
        clock.current = start + timedelta(hours=taken)
        ops.move_card(store, card_id, Stage.RESTANDARDIZE)
    lead = metrics.lead_times(store, board.id)
    store.close()
    assert lead.count == len(hours)
    assert lead.median == statistics.median(timedelta(hours=taken) for taken in hours)
    assert sum(number for _, number in lead.days) == len(hours)


def test_an_empty_board_has_empty_metrics(store, board):
    assert metrics.count_per_day(store, board.id, EventKind.CREATED) == []
    assert metrics.cumulative_per_day(store, board.id, EventKind.IMPROVED) == []
    assert metrics.stage_counts_per_day(store, board.id) == []
    assert metrics.lead_times(store, board.id) == (0, None, [])


def test_iso_week_parsing_and_bounds():
    week = IsoWeek.parse("2026-W48")
    assert week == IsoWeek(2026, 48)
    assert str(week) == "2026-W48"
    assert week.monday == date(2026, 11, 23)
    assert week.bounds(BERLIN) == (utc(2026, 11, 22, 23), utc(2026, 11, 29, 23))
    assert IsoWeek(2027, 1).previous() == IsoWeek(2026, 53)
    assert local_midnight(date(2026, 3, 30), BERLIN) == utc(2026, 3, 29, 22)
    for wrong in ("2026-W54", "2025-W53", "week 48", ""):
        with pytest.raises(InvalidInput, match="is not an ISO week: write it like 2026-W48"):
            IsoWeek.parse(wrong)
