"""The charts draw what the metrics say, and an empty board gets a friendly note."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime, timedelta

import matplotlib
import matplotlib.dates as mdates
import pytest

from kaizen_board import ops
from kaizen_board.reports import charts
from kaizen_board.reports.timeline import IsoWeek
from kaizen_board.stages import Stage

ALL = charts.ChartRange(tz=UTC)


@pytest.fixture
def busy(store, board, clock):
    clock.current = datetime(2026, 11, 2, 9, tzinfo=UTC)
    cards = [
        ops.add_card(
            store, board.id, f"idea {n}", owner="Kenji" if n % 2 else None, submitted_by="Aiko"
        ).card_id
        for n in range(4)
    ]
    clock.advance(timedelta(days=3))
    ops.move_card(store, cards[0], Stage.RESTANDARDIZE)
    clock.advance(timedelta(days=7))
    ops.move_card(store, cards[1], Stage.RESTANDARDIZE)
    ops.move_card(store, cards[2], Stage.IMPROVE)
    ops.add_card(store, board.id, "Nobody's", submitted_by="Sam")
    clock.current = datetime(2026, 11, 25, 9, tzinfo=UTC)
    return cards


def texts(figure) -> list[str]:
    found = [text.get_text() for text in figure.texts]
    for axes in figure.axes:
        found += [text.get_text() for text in axes.texts]
        legend = axes.get_legend()
        if legend is not None:
            found += [text.get_text() for text in legend.get_texts()]
    return found


def test_the_cumulative_chart_steps_to_the_totals_and_marks_the_week(store, board, busy):
    figure = charts.new_figure()
    charts.draw_cumulative(figure, store, board.id, ALL, mark=IsoWeek(2026, 46))
    totals, bars = figure.axes
    ideas, improvements = totals.get_lines()
    assert list(ideas.get_ydata()) == [4, 5, 5]
    assert list(improvements.get_ydata()) == [1, 2, 2]
    # Drawn through today (the 25th): its step runs to the start of the 26th.
    assert list(improvements.get_xdata())[-1] == date(2026, 11, 26)
    assert texts(figure) == ["ideas submitted (5)", "improvements (2)"]
    assert [bar.get_height() for bar in bars.patches if bar.get_width() == 6] == [1, 1]
    shaded = [patch for patch in totals.patches if patch.get_alpha() == 0.25]
    assert len(shaded) == 1


def test_a_new_boards_running_total_counts_from_zero_in_whole_numbers(store, board, clock):
    clock.current = datetime(2026, 11, 23, 9, tzinfo=UTC)
    ops.add_card(store, board.id, "The first idea")
    figure = charts.new_figure()
    charts.draw_cumulative(figure, store, board.id, ALL)
    figure.canvas.draw()
    totals, _bars = figure.axes
    assert totals.get_ylim()[0] == 0
    low, high = totals.get_ylim()
    shown = [tick for tick in totals.get_yticks() if low <= tick <= high]
    assert shown == [0, 1]


def test_the_flow_chart_shows_todays_moves_and_a_board_that_began_today(store, board, clock):
    clock.current = datetime(2026, 11, 25, 8, tzinfo=UTC)
    cards = [ops.add_card(store, board.id, f"idea {number}").card_id for number in range(3)]
    clock.advance(timedelta(hours=2))
    ops.move_card(store, cards[0], Stage.IMPROVE)  # during the meeting
    figure = charts.new_figure()
    charts.draw_flow(figure, store, board.id, charts.ChartRange.last_weeks(13, clock.now(), UTC))
    figure.canvas.draw()
    [axes] = figure.axes
    today, tomorrow = (mdates.date2num(day) for day in (date(2026, 11, 25), date(2026, 11, 26)))
    assert axes.get_xlim() == (today, tomorrow)  # one day wide, not years
    bands = {  # each stage's band over today: its height is the cards in it at the end
        collection.get_label(): collection.get_paths()[0].vertices
        for collection in axes.collections
    }
    assert {(min(band[:, 0]), max(band[:, 0])) for band in bands.values()} == {(today, tomorrow)}
    heights = {name: max(vertices[:, 1]) - min(vertices[:, 1]) for name, vertices in bands.items()}
    assert heights["Improve"] == 1
    assert heights["Standard"] == 2
    low, high = axes.get_ylim()
    assert all(float(tick).is_integer() for tick in axes.get_yticks() if low <= tick <= high)


def test_the_flow_chart_stacks_stages_with_the_legend_in_stage_order(store, board, busy):
    figure = charts.new_figure()
    charts.draw_flow(figure, store, board.id, ALL)
    assert texts(figure) == ["Standard", "Meet the standard", "Improve", "Re-standardize"]
    [axes] = figure.axes
    assert len(axes.collections) == 4


def test_the_contributions_chart_lists_everyone_even_without_any(store, board, busy):
    figure = charts.new_figure()
    charts.draw_members(figure, store, board.id, ALL)
    [axes] = figure.axes
    names = [label.get_text() for label in axes.get_yticklabels()]
    # Read top down by name, never ranked by count (ticks run bottom up).
    assert names[::-1] == ["Aiko", "Kenji", "Sam", "Tester"]


def test_member_names_with_dollar_signs_are_drawn_as_written(store, board, busy, tmp_path):
    ops.add_card(store, board.id, "Costly", owner="Ann $5", submitted_by="$\\x$ Smith")
    figure = charts.new_figure()
    charts.draw_members(figure, store, board.id, ALL)
    path = tmp_path / "members.pdf"
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        figure.savefig(path)  # mathematics would raise on "\\x"
    drawn = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "$\\x$ Smith" in drawn
    assert "Ann $5" in drawn


def test_the_lead_time_chart_shows_the_median(store, board, busy):
    figure = charts.new_figure()
    charts.draw_lead_time(figure, store, board.id, ALL)
    assert texts(figure) == ["median 6.5 days"]


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_an_empty_board_gets_a_note_not_an_error(store, board, name):
    figure = charts.new_figure()
    charts.CHARTS[name](figure, store, board.id, ALL)
    assert any(
        text.startswith(("Nothing here yet", "No one", "No improvements")) for text in texts(figure)
    )


def test_ranges_start_on_a_monday(store):
    now = datetime(2026, 11, 25, 9, tzinfo=UTC)  # a Wednesday
    span = charts.ChartRange.last_weeks(4, now, UTC)
    assert span.since == datetime(2026, 11, 2, tzinfo=UTC)
    assert charts.ChartRange.last_weeks(None, now, UTC).since is None


def test_the_charts_words_are_translated_where_a_translator_is_installed(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    class German(QTranslator):
        WORDS = {("Charts", "improvements"): "Verbesserungen", ("Stage", "Improve"): "Verbessern"}

        def translate(self, context, source, disambiguation=None, n=-1):
            return self.WORDS.get((context, source))  # None: not in its catalogue

    german = German()
    QCoreApplication.installTranslator(german)
    try:
        assert charts.figure_text("improvements") == "Verbesserungen"
        assert Stage.IMPROVE.title == "Verbessern"
        assert charts.figure_text("ideas") == "ideas submitted"  # not in its catalogue
    finally:
        QCoreApplication.removeTranslator(german)
    assert charts.figure_text("improvements") == "improvements"
