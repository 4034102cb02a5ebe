"""The weekly review: one page for the team's meeting, as PDF, PNG or printed.

It holds the week's numbers against the week before, the cumulative chart with the
week marked, who contributed, and each improvement with its standard before and after.
"""

from __future__ import annotations

import os
import textwrap
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from kaizen_board.errors import InvalidInput
from kaizen_board.events import MOVES, EventKind
from kaizen_board.files import write_atomically
from kaizen_board.ops import board_of
from kaizen_board.reports import charts, metrics
from kaizen_board.reports.timeline import IsoWeek
from kaizen_board.store import Store

PAPER_INCHES = {"a4": (8.27, 11.69), "letter": (8.5, 11.0)}
# Where paper is Letter rather than A4 (CLDR's list of territories).
LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "PA", "SV"}
LISTED_AT_MOST = 10
SHORT = 150
# The improvements list: a standard's text starts this far (of the page's width) right of
# its "before:"/"after:" label, on each of its wrapped lines. Its own text item, not
# spaces: proportional spaces do not line up, and an SVG renderer (printing) drops them.
LIST_LEFT = 0.06
STANDARD_LEFT = LIST_LEFT + 0.055
# Fonts as real text (Type 42: searchable, copyable). matplotlib's PDF writer sizes its
# font subsets by ps.fonttype: left at Type 3's 256 characters, every font with a dash or
# an ellipsis on the page is subset and embedded twice, each copy 0.1-0.2 s to write.
EMBEDDED_FONTS = {"pdf.fonttype": 42, "ps.fonttype": 42}


@dataclass(frozen=True)
class WeekCounts:
    ideas: int
    improvements: int
    moves: int


@dataclass(frozen=True)
class WeeklyReview:
    """What the page says; every number and line from `metrics`."""

    board: str
    week: IsoWeek
    start: datetime
    end: datetime
    tz: tzinfo | None
    this_week: WeekCounts
    last_week: WeekCounts
    members: list[metrics.MemberCount]
    improvements: list[metrics.ImprovementLine]  # the first LISTED_AT_MOST of the week


def _counts(store: Store, board_id: int, since: datetime, until: datetime) -> WeekCounts:
    return WeekCounts(
        metrics.count_between(store, board_id, EventKind.CREATED, since, until),
        metrics.count_between(store, board_id, EventKind.IMPROVED, since, until),
        metrics.count_between(store, board_id, MOVES, since, until),
    )


def weekly_review(
    store: Store, board_id: int, week: IsoWeek, tz: tzinfo | None = None
) -> WeeklyReview:
    start, end = week.bounds(tz)
    before_start, _ = week.previous().bounds(tz)
    return WeeklyReview(
        board=board_of(store, board_id).name,
        week=week,
        start=start,
        end=end,
        tz=tz,
        this_week=_counts(store, board_id, start, end),
        last_week=_counts(store, board_id, before_start, start),
        members=metrics.member_counts(store, board_id, since=start, until=end),
        improvements=metrics.improvement_lines(store, board_id, start, end, LISTED_AT_MOST),
    )


def paper_for_locale(territory: str | None = None) -> str:
    """ "letter" where the locale's territory uses Letter paper, else "a4".

    The territory is the paper locale's, as the C library takes it: LC_ALL, else
    LC_PAPER, else LANG (like en_US.UTF-8). Read from the environment: asking Qt would
    load QtCore into a command that draws no window (80 ms)."""
    if territory is None:
        name = next(
            (os.environ[key] for key in ("LC_ALL", "LC_PAPER", "LANG") if os.environ.get(key)),
            "",
        )
        language = name.split(".")[0].split("@")[0]
        territory = language.split("_")[1] if "_" in language else ""
    return "letter" if territory.upper() in LETTER_TERRITORIES else "a4"


def _short(text: str, width: int = SHORT) -> str:
    flat = " ".join(text.split())
    return textwrap.shorten(flat, width, placeholder=" …") if flat else "—"


def _change(now: int, before: int) -> str:
    difference = now - before
    signed = f"+{difference}" if difference > 0 else str(difference) if difference else "±0"
    return f"last week {before} ({signed})"


def draw_review(figure, store: Store, board_id: int, review: WeeklyReview) -> None:
    """Lay the review out on one page-sized figure."""
    tr, plain = charts.figure_text, charts.plain_text
    figure.clear()
    figure.set_layout_engine(None)
    last_day = (review.end - timedelta(seconds=1)).astimezone(review.tz)
    first_day = review.start.astimezone(review.tz)
    figure.text(
        0.06, 0.965, f"Weekly kaizen review {review.week}", fontsize=17, weight="bold", va="top"
    )
    figure.text(
        0.06,
        0.94,
        plain(f"{review.board} · {first_day:%a %d %b} – {last_day:%a %d %b %Y}"),
        fontsize=10,
        va="top",
        color="#444444",
    )
    numbers = (
        ("Ideas", review.this_week.ideas, review.last_week.ideas),
        ("Improvements", review.this_week.improvements, review.last_week.improvements),
        ("Moves", review.this_week.moves, review.last_week.moves),
    )
    for number, (label, now, before) in enumerate(numbers):
        left = 0.06 + number * 0.31
        figure.text(left, 0.905, label, fontsize=10, va="top")
        figure.text(left, 0.885, str(now), fontsize=24, weight="bold", va="top")
        figure.text(left + 0.09, 0.872, _change(now, before), fontsize=9, va="top", color="#444444")

    chart = figure.add_gridspec(
        2, 1, left=0.12, right=0.95, top=0.82, bottom=0.53, height_ratios=(3, 1), hspace=0.08
    )
    totals = figure.add_subplot(chart[0])
    bars = figure.add_subplot(chart[1], sharex=totals)
    # The thirteen weeks up to the review's, the week itself shaded.
    span = charts.ChartRange(
        since=review.start - timedelta(weeks=12), until=review.end, tz=review.tz
    )
    if charts.plot_cumulative(totals, bars, store, board_id, span, mark=review.week):
        totals.tick_params(labelbottom=False)
        for label in bars.get_xticklabels():
            label.set_rotation(20)
            label.set_horizontalalignment("right")

    figure.text(0.06, 0.47, "Improvements this week", fontsize=12, weight="bold", va="top")
    # (label, text, where the text starts, style)
    lines: list[tuple[str, str, float, dict]] = []
    for item in review.improvements:
        when = item.at.astimezone(review.tz)
        who = f", {item.credited_to}" if item.credited_to else ""
        title = _short(f"{item.title} ({when:%a}{who})", 70)
        lines.append(("", title, LIST_LEFT, {"weight": "bold"}))
        for label, text in (("before:", item.before), ("after:", item.after)):
            for row, part in enumerate(textwrap.wrap(_short(text), 62) or ["—"]):
                lines.append((label if row == 0 else "", part, STANDARD_LEFT, {}))
    if not review.improvements:
        lines.append(("", "None this week.", LIST_LEFT, {"style": "italic"}))
    elif review.this_week.improvements > len(review.improvements):
        extra = review.this_week.improvements - len(review.improvements)
        lines.append(("", f"… and {extra} more", LIST_LEFT, {"style": "italic"}))
    step = min(0.0155, 0.42 / max(len(lines), 1))
    for row, (label, text, left, style) in enumerate(lines):
        top = 0.445 - row * step
        if label:
            figure.text(LIST_LEFT, top, label, fontsize=8, va="top", color="#444444")
        figure.text(left, top, plain(text), fontsize=8, va="top", **style)

    figure.text(0.66, 0.47, "Who contributed", fontsize=12, weight="bold", va="top")
    table = figure.add_axes((0.66, 0.05, 0.3, 0.39))
    table.set_axis_off()
    shown = review.members[:18]
    cells = [[plain(member.name), str(member.ideas), str(member.improvements)] for member in shown]
    if cells:
        drawn = table.table(
            cellText=cells,
            colLabels=["Member", "Ideas", "Impr."],
            loc="upper left",
            colWidths=[0.62, 0.19, 0.19],
            cellLoc="left",
        )
        drawn.auto_set_font_size(False)
        drawn.set_fontsize(8)
    figure.text(
        0.06,
        0.02,
        f"{tr('ideas')}: cards created; {tr('improvements')}: cards "
        "entering Re-standardize for the first time in their lap.",
        fontsize=7,
        color="#666666",
    )


def new_page(paper: str):
    from matplotlib.figure import Figure

    return Figure(figsize=PAPER_INCHES[paper], dpi=100)


def save_review(
    store: Store,
    board_id: int,
    week: IsoWeek,
    path: str | os.PathLike[str],
    *,
    tz: tzinfo | None = None,
    paper: str | None = None,
    dpi: int = 150,
) -> Path:
    """Write the review to a .pdf or .png file, replacing it only once fully written."""

    def draw(figure) -> None:
        draw_review(figure, store, board_id, weekly_review(store, board_id, week, tz))

    return save_page(store, path, draw, "review", paper=paper, dpi=dpi)


def save_page(
    store: Store,
    path: str | os.PathLike[str],
    draw,
    what: str,
    *,
    paper: str | None = None,
    dpi: int = 150,
) -> Path:
    """Draw one page (`draw(figure)`, reading the store in one snapshot) and write it to a
    .pdf or .png file, replacing the file only once fully written."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".png"):
        raise InvalidInput(f"{target}: the {what} can be saved as .pdf or .png, not {suffix!r}")
    store.refuse_overwriting(target)
    paper = paper or paper_for_locale()
    if paper not in PAPER_INCHES:
        raise InvalidInput(f"unknown paper {paper!r}: use a4 or letter")
    figure = new_page(paper)
    with store.snapshot():  # the page's numbers, charts and lists all from one moment
        draw(figure)
    import matplotlib
    from matplotlib.text import Text

    for text in figure.findobj(Text):
        # A ligature ("fi") is a glyph with no letter of its own: the PDF writer embeds a
        # second subset of the font for it, 0.1-0.2 s more for nothing a reader sees.
        text.set_fontfeatures(("-liga",))

    def write(temporary: Path) -> None:
        with matplotlib.rc_context(EMBEDDED_FONTS):
            figure.savefig(temporary, format=suffix[1:], dpi=dpi)

    return write_atomically(target, write)
