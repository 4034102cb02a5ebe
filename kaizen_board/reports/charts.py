"""The charts a kaizen team watches, drawn into matplotlib Figures (never pyplot).

The same functions serve the window (a FigureCanvas), the printed weekly review and
files. matplotlib is imported only here and only when a chart is drawn: importing it
costs about a second. Every number comes from `metrics` and `participation` (SQL
aggregates).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from kaizen_board.events import EventKind
from kaizen_board.reports import metrics, participation
from kaizen_board.reports.timeline import IsoWeek
from kaizen_board.stages import STAGES
from kaizen_board.store import Store
from kaizen_board.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

IDEAS_COLOUR = "#e69f00"
IMPROVEMENTS_COLOUR = "#0072b2"
# One hue per stage, from a palette that colour-blind readers can tell apart.
STAGE_COLOURS = ("#56b4e9", "#f0e442", "#e69f00", "#009e73")


@dataclass(frozen=True)
class ChartRange:
    """What a chart covers: [since, until) in UTC (None: open), days in `tz`."""

    since: datetime | None = None
    until: datetime | None = None
    tz: tzinfo | None = None

    @classmethod
    def last_weeks(cls, weeks: int | None, now: datetime, tz: tzinfo | None = None) -> ChartRange:
        """The last `weeks` ISO weeks up to now, this one included (None: all time)."""
        if weeks is None:
            return cls(None, None, tz)
        from kaizen_board.reports.timeline import local_midnight

        this_week = IsoWeek.of(now.astimezone(tz).date())
        first = this_week.monday - timedelta(weeks=weeks - 1)
        return cls(local_midnight(first, tz), None, tz)


@dataclass(frozen=True)
class Theme:
    """Colours for the figure's background and text (the window passes its palette)."""

    background: str = "white"
    foreground: str = "#222222"


def plain_text(text: str) -> str:
    """User text as matplotlib should draw it: as written, never as mathematics.

    matplotlib reads text between two dollar signs as TeX ("from $400 to $100" loses
    its dollars, "$\\x$" raises); an escaped dollar is drawn as a dollar.
    """
    return str(text).replace("$", r"\$")


def new_figure(width: float = 8, height: float = 5, dpi: int = 100) -> Figure:
    # A Figure that draws names and titles in any script, not boxes.
    from kaizen_board.reports.fonts import ScriptFigure

    return ScriptFigure(figsize=(width, height), dpi=dpi, layout="constrained")


def _style(figure: Figure, theme: Theme) -> None:
    figure.set_facecolor(theme.background)
    for axes in figure.axes:
        axes.set_facecolor(theme.background)
        axes.tick_params(colors=theme.foreground)
        for side in axes.spines.values():
            side.set_color(theme.foreground)
        axes.xaxis.label.set_color(theme.foreground)
        axes.yaxis.label.set_color(theme.foreground)
        axes.title.set_color(theme.foreground)
        legend = axes.get_legend()
        if legend is not None:
            legend.get_frame().set_facecolor(theme.background)
            for text in legend.get_texts():
                text.set_color(theme.foreground)


def _empty(axes: Axes, message: str, theme: Theme) -> None:
    axes.set_axis_off()
    axes.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        transform=axes.transAxes,
        color=theme.foreground,
        fontsize=11,
        wrap=True,
    )


def _end(span: ChartRange, store: Store) -> date:
    """The day after the last one a chart shows: its steps run up to the start of it, so
    the last day (today, when the range runs to now) is as wide as any other."""
    end = (span.until or store.now()).astimezone(span.tz)
    if span.until is not None and end.time() == time():
        return end.date()  # the range stops at midnight: that day is not shown
    return end.date() + timedelta(days=1)


# The cumulative chart ----------------------------------------------------------------


def draw_cumulative(
    figure: Figure,
    store: Store,
    board_id: int,
    span: ChartRange,
    *,
    mark: IsoWeek | None = None,
    theme: Theme = Theme(),
) -> None:
    """Ideas submitted and improvements made, running totals as steps; improvements per
    week as bars beneath. `mark` shades one week (the weekly review's)."""
    figure.clear()
    totals, bars = figure.subplots(2, 1, sharex=True, height_ratios=(3, 1))
    if plot_cumulative(totals, bars, store, board_id, span, mark=mark, theme=theme):
        figure.autofmt_xdate()
    _style(figure, theme)


def plot_cumulative(
    totals: Axes,
    bars: Axes,
    store: Store,
    board_id: int,
    span: ChartRange,
    *,
    mark: IsoWeek | None = None,
    theme: Theme = Theme(),
) -> bool:
    """Draw the cumulative chart on two given axes; False (and a note) if no data."""
    ideas = metrics.cumulative_per_day(
        store, board_id, EventKind.CREATED, since=span.since, until=span.until, tz=span.tz
    )
    made = metrics.cumulative_per_day(
        store, board_id, EventKind.IMPROVED, since=span.since, until=span.until, tz=span.tz
    )
    if not ideas and not made:
        _empty(totals, figure_text("empty"), theme)
        bars.set_axis_off()
        return False
    weekly = metrics.count_per_week(
        store, board_id, EventKind.IMPROVED, since=span.since, until=span.until, tz=span.tz
    )
    end = _end(span, store)
    for series, colour, label in (
        (ideas, IDEAS_COLOUR, figure_text("ideas")),
        (made, IMPROVEMENTS_COLOUR, figure_text("improvements")),
    ):
        if not series:
            continue
        days = [day for day, _ in series] + [max(end, series[-1][0])]
        values = [total for _, total in series] + [series[-1][1]]
        totals.step(
            days, values, where="post", color=colour, linewidth=2, label=f"{label} ({values[-1]})"
        )
    totals.set_ylabel(figure_text("running total"))
    # Counts from zero, in whole numbers (a new board's one idea is not "1.00 of
    # 0.96-1.04"), with a quarter more above the highest for the legend to sit in.
    highest = max(series[-1][1] for series in (ideas, made) if series)
    totals.set_ylim(0, max(highest, 1) * 1.25)
    totals.yaxis.get_major_locator().set_params(integer=True)
    totals.legend(loc="best")  # where it covers the fewest points of the lines
    totals.grid(alpha=0.3)
    if weekly:
        bars.bar(
            [week.monday + timedelta(days=3) for week, _ in weekly],
            [count for _, count in weekly],
            width=6,
            color=IMPROVEMENTS_COLOUR,
        )
    bars.set_ylabel(figure_text("per week"))
    bars.grid(alpha=0.3, axis="y")
    bars.yaxis.get_major_locator().set_params(integer=True)
    if mark is not None:
        for axes in (totals, bars):
            axes.axvspan(mark.monday, mark.monday + timedelta(days=7), color="#cc79a7", alpha=0.25)
    return True


# Cumulative flow ---------------------------------------------------------------------


def draw_flow(
    figure: Figure, store: Store, board_id: int, span: ChartRange, *, theme: Theme = Theme()
) -> None:
    """Cards in each stage at the end of each day, stacked in stage order (Standard on
    top), the legend top to bottom as the bands are."""
    figure.clear()
    axes = figure.add_subplot()
    series = metrics.stage_counts_per_day(
        store, board_id, since=span.since, until=span.until, tz=span.tz
    )
    if not series:
        _empty(axes, figure_text("empty"), theme)
        _style(figure, theme)
        return
    days = [day for day, _ in series]
    days.append(max(_end(span, store), days[-1]))
    bottom_up = list(reversed(STAGES))
    bands = [[counts[stage] for _, counts in series] for stage in bottom_up]
    for band in bands:
        band.append(band[-1])
    colours = [STAGE_COLOURS[stage.order] for stage in bottom_up]
    labels = [stage.title for stage in bottom_up]
    axes.stackplot(days, bands, labels=labels, colors=colours, step="post", alpha=0.9)
    handles, names = axes.get_legend_handles_labels()
    # Beside the plot: stacked bands fill it, and a legend inside would cover them.
    axes.legend(handles[::-1], names[::-1], loc="upper left", bbox_to_anchor=(1.01, 1))
    axes.set_ylabel(figure_text("cards"))
    axes.set_ylim(0, None)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_xlim(days[0], days[-1])
    axes.grid(alpha=0.3)
    figure.autofmt_xdate()
    _style(figure, theme)


# Contributions -----------------------------------------------------------------------


def draw_members(
    figure: Figure, store: Store, board_id: int, span: ChartRange, *, theme: Theme = Theme()
) -> None:
    """Ideas and improvements per member over the range, everyone listed, zeros too."""
    figure.clear()
    axes = figure.add_subplot()
    counts = metrics.member_counts(store, board_id, since=span.since, until=span.until)
    if not counts:
        _empty(axes, figure_text("no members"), theme)
        _style(figure, theme)
        return
    rows = list(reversed(counts))  # by name from the top (barh draws bottom up)
    places = range(len(rows))
    axes.barh(
        [p + 0.2 for p in places],
        [row.ideas for row in rows],
        height=0.4,
        color=IDEAS_COLOUR,
        label=figure_text("ideas"),
    )
    axes.barh(
        [p - 0.2 for p in places],
        [row.improvements for row in rows],
        height=0.4,
        color=IMPROVEMENTS_COLOUR,
        label=figure_text("improvements"),
    )
    axes.set_yticks(list(places), [plain_text(row.name) for row in rows])
    axes.legend(loc="lower right")
    axes.grid(alpha=0.3, axis="x")
    axes.xaxis.get_major_locator().set_params(integer=True)
    _style(figure, theme)


# Participation -----------------------------------------------------------------------


def _weeks_shown(store: Store, board_id: int, span: ChartRange) -> list[IsoWeek]:
    """The ISO weeks a weekly chart of the range shows: from its first (the board's first
    idea's, for all time) to its last (this one, for a range that runs to now)."""
    end = span.until - timedelta(microseconds=1) if span.until else store.now()
    last = IsoWeek.of(end.astimezone(span.tz).date())
    start = span.since
    if start is None:
        with store.read():
            start = metrics.first_idea_at(board_id)
    first = last if start is None else min(IsoWeek.of(start.astimezone(span.tz).date()), last)
    return participation.weeks_between(first, last)


def draw_participation(
    figure: Figure, store: Store, board_id: int, span: ChartRange, *, theme: Theme = Theme()
) -> None:
    """How many of the team submitted an idea in the four weeks up to each week (the
    team's size beside it), and the ideas per member of the 52 weeks up to each; above
    them, the figures now against four and 52 weeks before, and who has not submitted
    an idea yet, by name. Nobody is ranked."""
    figure.clear()
    weeks = _weeks_shown(store, board_id, span)
    now = weeks[-1]
    earlier = [participation.weeks_before(now, participation.RECENT_WEEKS)]
    earlier.append(participation.weeks_before(now, participation.YEAR_WEEKS))
    found = participation.participation(store, board_id, [*weeks, *earlier], span.tz)
    series, (before, year_before) = found[: len(weeks)], found[len(weeks) :]
    if not any(point.team for point in series):
        _empty(figure.add_subplot(), figure_text("no team"), theme)
        _style(figure, theme)
        return
    people, ideas = figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    middles = [week.monday + timedelta(days=3) for week in weeks]
    marker = "o" if len(weeks) <= 26 else None
    people.plot(
        middles,
        [len(point.team) for point in series],
        color="#888888",
        linestyle="--",
        marker=marker,
        label=figure_text("team members"),
    )
    people.plot(
        middles,
        [len(point.submitted) for point in series],
        color=IDEAS_COLOUR,
        linewidth=2,
        marker=marker,
        label=figure_text("submitted an idea in 4 weeks"),
    )
    people.set_ylim(0, max(len(point.team) for point in series) * 1.3)
    people.yaxis.get_major_locator().set_params(integer=True)
    people.set_ylabel(figure_text("members"))
    people.legend(loc="best")
    people.grid(alpha=0.3)
    ideas.plot(
        middles,
        [point.ideas_per_member for point in series],
        color=IMPROVEMENTS_COLOUR,
        linewidth=2,
        marker=marker,
    )
    ideas.set_ylabel(figure_text("ideas per member, 52 weeks"))
    ideas.set_ylim(0, None)
    ideas.grid(alpha=0.3)
    figure.suptitle(
        plain_text(_participation_summary(series[-1], before, year_before)),
        x=0.01,
        ha="left",
        fontsize=9,
        color=theme.foreground,
    )
    figure.autofmt_xdate()
    _style(figure, theme)


def _participation_summary(now, before, year_before) -> str:
    """The figures now against earlier ones, and everyone who has not submitted yet."""
    lines = [
        figure_text("submitted summary").format(now=now.share(), before=before.share()),
        figure_text("per member summary").format(
            now=now.per_member(), before=year_before.per_member()
        ),
    ]
    lines += participation.name_lines(
        figure_text("not yet") + " ", now.not_yet or [figure_text("no one")], 140, 4
    )
    return "\n".join(lines)


# Lead time ---------------------------------------------------------------------------


def draw_lead_time(
    figure: Figure, store: Store, board_id: int, span: ChartRange, *, theme: Theme = Theme()
) -> None:
    """How many days improvements took from the start of their lap, and the median."""
    figure.clear()
    axes = figure.add_subplot()
    lead = metrics.lead_times(store, board_id, since=span.since, until=span.until)
    if not lead.count:
        _empty(axes, figure_text("no improvements"), theme)
        _style(figure, theme)
        return
    axes.bar(
        [days for days, _ in lead.days],
        [count for _, count in lead.days],
        width=0.8,
        color=IMPROVEMENTS_COLOUR,
    )
    median_days = lead.median / timedelta(days=1)
    axes.axvline(
        median_days,
        color=IDEAS_COLOUR,
        linewidth=2,
        label=figure_text("median").format(days=median_days),
    )
    axes.set_xlabel(figure_text("days from start of lap to improvement"))
    axes.set_ylabel(figure_text("improvements"))
    axes.legend(loc="upper right")
    axes.grid(alpha=0.3, axis="y")
    axes.yaxis.get_major_locator().set_params(integer=True)
    _style(figure, theme)


CHARTS = {
    "cumulative": draw_cumulative,
    "flow": draw_flow,
    "members": draw_members,
    "lead time": draw_lead_time,
    "participation": draw_participation,
}

# Words on the charts, through Qt's translation where a translator can be (translation.py).
_TEXTS = {
    "empty": QT_TRANSLATE_NOOP("Charts", "Nothing here yet: add a card to start the count."),
    "no members": QT_TRANSLATE_NOOP("Charts", "No one has submitted an idea yet."),
    "no improvements": QT_TRANSLATE_NOOP(
        "Charts", "No improvements yet: move a card into Re-standardize."
    ),
    "ideas": QT_TRANSLATE_NOOP("Charts", "ideas submitted"),
    "improvements": QT_TRANSLATE_NOOP("Charts", "improvements"),
    "running total": QT_TRANSLATE_NOOP("Charts", "running total"),
    "per week": QT_TRANSLATE_NOOP("Charts", "per week"),
    "cards": QT_TRANSLATE_NOOP("Charts", "cards"),
    "median": QT_TRANSLATE_NOOP("Charts", "median {days:.1f} days"),
    "days from start of lap to improvement": QT_TRANSLATE_NOOP(
        "Charts", "days from start of lap to improvement"
    ),
    "no team": QT_TRANSLATE_NOOP(
        "Charts", "No one is on the board's team yet: name a member on a card to start."
    ),
    "team members": QT_TRANSLATE_NOOP("Charts", "members on the team"),
    "members": QT_TRANSLATE_NOOP("Charts", "members"),
    "submitted an idea in 4 weeks": QT_TRANSLATE_NOOP(
        "Charts", "submitted an idea in the 4 weeks to the week"
    ),
    "ideas per member, 52 weeks": QT_TRANSLATE_NOOP(
        "Charts", "ideas per member,\n52 weeks to the week"
    ),
    "submitted summary": QT_TRANSLATE_NOOP(
        "Charts",
        "{now} members submitted an idea in the last 4 weeks (4 weeks before: {before}).",
    ),
    "per member summary": QT_TRANSLATE_NOOP(
        "Charts", "Ideas per member in the last 52 weeks: {now} (52 weeks before: {before})."
    ),
    "not yet": QT_TRANSLATE_NOOP("Charts", "Not yet:"),
    "no one": QT_TRANSLATE_NOOP("Charts", "no one"),
}


def figure_text(key: str) -> str:
    return translate("Charts", _TEXTS[key])
