"""Participation: who of a board's team submitted an idea lately, ideas per member a year,
and the same figures earlier; counted by hand on a small team with a known history."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from kaizen_board import ops
from kaizen_board.reports import charts
from kaizen_board.reports.participation import name_lines, participation
from kaizen_board.reports.review import weekly_review
from kaizen_board.reports.timeline import IsoWeek

W48 = IsoWeek(2026, 48)


def at(clock, *parts) -> None:
    clock.current = datetime(*parts, tzinfo=UTC)


@pytest.fixture
def team(store, board, clock):
    """A year of a small team's ideas, every one submitted by a named member:

    - 2025-W47: Aiko and Ben (their first ideas: both on the team from then);
    - 2026-W23 and W43: Ben;  2026-W46: Aiko;
    - 2026-W48: Zoë two (one with Dmitri as its owner), Aiko one; Chloé and "dana" are
      added to the team with no idea at all; Dmitri leaves it.
    """
    at(clock, 2025, 11, 20, 9)
    ops.add_card(store, board.id, "Label the bins", submitted_by="Aiko")
    ops.add_card(store, board.id, "Broom hooks", submitted_by="Ben")
    at(clock, 2026, 6, 2, 9)
    ops.add_card(store, board.id, "Glove dispenser", submitted_by="Ben")
    at(clock, 2026, 10, 20, 9)
    ops.add_card(store, board.id, "Spill kit by the press", submitted_by="Ben")
    at(clock, 2026, 11, 10, 9)
    ops.add_card(store, board.id, "Shadow board", submitted_by="Aiko")
    at(clock, 2026, 11, 24, 9)
    ops.add_card(store, board.id, "Two-bin screws", submitted_by="Zoë", owner="Dmitri")
    ops.add_card(store, board.id, "Floor tape", submitted_by="Zoë")
    ops.add_card(store, board.id, "Kit carts", submitted_by="Aiko")
    ops.add_to_team(store, board.id, "Chloé")
    ops.add_to_team(store, board.id, "dana")
    ops.remove_from_team(store, board.id, "Dmitri")
    at(clock, 2026, 11, 25, 12)


def test_who_of_the_team_submitted_an_idea_lately_and_who_not_yet_by_name(store, board, team):
    [now] = participation(store, board.id, [W48], UTC)
    # Sorted by name as the team is (folded case: "dana" between Chloé and Zoë), never
    # by count; Dmitri left the team, so he is not counted either way.
    assert now.team == ["Aiko", "Ben", "Chloé", "dana", "Zoë"]
    assert now.submitted == ["Aiko", "Zoë"]  # Zoë made more: still after Aiko
    assert now.not_yet == ["Ben", "Chloé", "dana"]  # Chloé and dana with no idea ever
    assert now.ideas == 6  # the 52 weeks 2025-W49 to 2026-W48
    assert now.ideas_per_member == pytest.approx(6 / 5)


def test_the_same_figures_four_and_fifty_two_weeks_earlier(store, board, team):
    four, year = participation(store, board.id, [IsoWeek(2026, 44), IsoWeek(2025, 48)], UTC)
    # As 2026-W44 ended, the team was Aiko and Ben (Zoë came with her first idea, Chloé
    # and dana in W48); Ben's W43 idea is in its four weeks, Aiko's last was W47 of 2025.
    assert (four.team, four.submitted, four.not_yet) == (["Aiko", "Ben"], ["Ben"], ["Aiko"])
    assert four.ideas == 4  # 2025-W45 to 2026-W44: W47 of 2025 (two), W23 and W43
    assert (year.team, year.submitted, year.ideas) == (["Aiko", "Ben"], ["Aiko", "Ben"], 2)
    assert year.ideas_per_member == 1.0


def test_a_board_without_a_team_has_no_ideas_per_member(store, board):
    [now] = participation(store, board.id, [W48], UTC)
    assert (now.team, now.ideas, now.ideas_per_member) == ([], 0, None)


def test_the_review_carries_the_participation_and_lists_contributors_by_name(store, board, team):
    review = weekly_review(store, board.id, W48, UTC)
    assert len(review.participation.submitted) == 2
    assert review.participation_before.week == IsoWeek(2026, 44)
    assert review.participation_year_before.week == IsoWeek(2025, 48)
    # Who contributed this week: those with an idea or an improvement, by name (Zoë made
    # two ideas, Aiko one), never ranked by count.
    assert [(row.name, row.ideas) for row in review.members] == [("Aiko", 1), ("Zoë", 2)]


def test_participation_reads_the_same_statements_however_many_ideas(
    store, board, team, clock, caplog
):
    """Counted from the running totals: a hundred more ideas read no more rows one by one."""

    def statements() -> list[str]:
        caplog.clear()
        with caplog.at_level(logging.DEBUG, logger="peewee"):
            participation(store, board.id, [W48, IsoWeek(2026, 44)], UTC)
        return [str(record.msg[0]) for record in caplog.records if record.name == "peewee"]

    few = statements()
    at(clock, 2026, 11, 17, 9)
    for number in range(100):
        ops.add_card(store, board.id, f"Idea {number}", submitted_by="Ben")
    at(clock, 2026, 11, 25, 12)
    many = statements()
    assert len(many) == len(few)
    assert any("credit_tally" in sql for sql in many)


def test_a_long_list_of_names_says_how_many_more_rather_than_running_off():
    names = [f"Member {number:02d}" for number in range(40)]
    assert name_lines("Not yet: ", names[:3], 40, 2) == ["Not yet: Member 00, Member 01, Member 02"]
    lines = name_lines("Not yet: ", names, 40, 3)
    assert len(lines) == 3
    assert lines[-1].endswith("more")
    shown = " ".join(lines).count("Member")
    assert f"… and {40 - shown} more" in " ".join(lines)


def test_the_participation_chart_draws_each_week_and_names_who_has_not_yet(store, board, team):
    figure = charts.new_figure()
    span = charts.ChartRange.last_weeks(4, store.now(), UTC)  # 2026-W45 to W48
    charts.draw_participation(figure, store, board.id, span)
    people, per_member = figure.axes
    team_sizes, submitted = (list(line.get_ydata()) for line in people.get_lines())
    assert team_sizes == [2, 2, 2, 5]
    # The four weeks to each: Ben's W43 idea counts to W46, Aiko's W46 one from W46.
    assert submitted == [1, 2, 1, 2]
    [ideas] = per_member.get_lines()
    # The ideas of the 52 weeks to each week over the team then: the two of 2025-W47
    # drop out in 2026-W47.
    assert list(ideas.get_ydata()) == pytest.approx([4 / 2, 5 / 2, 3 / 2, 6 / 5])
    summary = figure.get_suptitle()
    assert "2 of 5 members submitted an idea in the last 4 weeks (4 weeks before: 1 of 2)" in (
        summary
    )
    assert "Ideas per member in the last 52 weeks: 1.2 (52 weeks before: 1.0)" in summary
    assert "Not yet: Ben, Chloé, dana" in summary
