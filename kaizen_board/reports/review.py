"""The weekly review: one page for the team's meeting, as PDF, PNG or printed.

It holds the week's numbers against the week before, the cumulative chart with the
week marked, who contributed, the team's participation, and each improvement with its
standard and its photos before and after.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from kaizen_board.errors import InvalidInput
from kaizen_board.events import MOVES, EventKind
from kaizen_board.files import write_atomically
from kaizen_board.ops import board_of
from kaizen_board.reports import charts, metrics
from kaizen_board.reports.participation import (
    RECENT_WEEKS,
    YEAR_WEEKS,
    Participation,
    participation,
    weeks_before,
)
from kaizen_board.reports.photos import PhotoPair, photo_pairs
from kaizen_board.reports.review_lists import draw_improvements, draw_people
from kaizen_board.reports.timeline import IsoWeek
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.translation import QT_TRANSLATE_NOOP, translate

PAPER_INCHES = {"a4": (8.27, 11.69), "letter": (8.5, 11.0)}
# Where paper is Letter rather than A4 (CLDR's list of territories).
LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "PA", "SV"}
LISTED_AT_MOST = 10
# Fonts as real text (Type 42: searchable, copyable). matplotlib's PDF writer sizes its
# font subsets by ps.fonttype: left at Type 3's 256 characters, every font with a dash or
# an ellipsis on the page is subset and embedded twice, each copy 0.1-0.2 s to write.
EMBEDDED_FONTS = {"pdf.fonttype": 42, "ps.fonttype": 42}
# What a page (save_page's `what`) cannot be saved as, one whole sentence a page.
NOT_SAVED_AS = {
    "review": QT_TRANSLATE_NOOP(
        "Review", "{path}: the review can be saved as .pdf or .png, not {suffix}"
    ),
    "kaizen sheet": QT_TRANSLATE_NOOP(
        "Review", "{path}: the kaizen sheet can be saved as .pdf or .png, not {suffix}"
    ),
}


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
    members: list[metrics.MemberCount]  # those with an idea or improvement, by name
    improvements: list[metrics.ImprovementLine]  # the first LISTED_AT_MOST of the week
    photos: dict[int, PhotoPair]  # of those improvements' cards, where they have any
    participation: Participation  # as the week ended
    participation_before: Participation  # RECENT_WEEKS earlier
    participation_year_before: Participation  # YEAR_WEEKS earlier


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
    members = metrics.member_counts(store, board_id, since=start, until=end)
    improvements = metrics.improvement_lines(store, board_id, start, end, LISTED_AT_MOST)
    listed = [line.card_id for line in improvements if line.card_id is not None]
    now, before, year_before = participation(
        store,
        board_id,
        [week, weeks_before(week, RECENT_WEEKS), weeks_before(week, YEAR_WEEKS)],
        tz,
    )
    return WeeklyReview(
        board=board_of(store, board_id).name,
        week=week,
        start=start,
        end=end,
        tz=tz,
        this_week=_counts(store, board_id, start, end),
        last_week=_counts(store, board_id, before_start, start),
        members=[member for member in members if member.ideas or member.improvements],
        improvements=improvements,
        photos=photo_pairs(store, listed),
        participation=now,
        participation_before=before,
        participation_year_before=year_before,
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


def _change(now: int, before: int) -> str:
    difference = now - before
    signed = f"+{difference}" if difference > 0 else str(difference) if difference else "±0"
    return translate("Review", "last week {before} ({change})").format(before=before, change=signed)


def draw_review(figure, store: Store, board_id: int, review: WeeklyReview) -> None:
    """Lay the review out on one page-sized figure."""
    chart_text, plain = charts.figure_text, charts.plain_text
    figure.clear()
    figure.set_layout_engine(None)
    last_day = (review.end - timedelta(seconds=1)).astimezone(review.tz)
    first_day = review.start.astimezone(review.tz)
    figure.text(
        0.06,
        0.965,
        translate("Review", "Weekly kaizen review {week}").format(week=review.week),
        fontsize=17,
        weight="bold",
        va="top",
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
        (translate("Review", "Ideas"), review.this_week.ideas, review.last_week.ideas),
        (
            translate("Review", "Improvements"),
            review.this_week.improvements,
            review.last_week.improvements,
        ),
        (translate("Review", "Moves"), review.this_week.moves, review.last_week.moves),
    )
    for number, (label, now, before) in enumerate(numbers):
        left = 0.06 + number * 0.31
        figure.text(left, 0.905, label, fontsize=10, va="top")
        figure.text(left, 0.885, str(now), fontsize=24, weight="bold", va="top")
        figure.text(left + 0.09, 0.872, _change(now, before), fontsize=9, va="top", color="#444444")

    # Photos take room: the chart gives up some of its height to the list beneath.
    chart_bottom = 0.6 if review.photos else 0.53
    chart = figure.add_gridspec(
        2,
        1,
        left=0.12,
        right=0.95,
        top=0.82,
        bottom=chart_bottom,
        height_ratios=(3, 1),
        hspace=0.08,
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

    top = chart_bottom - 0.06
    draw_improvements(figure, store, review, top)
    draw_people(figure, review, top)
    figure.text(
        0.06,
        0.032,
        translate(
            "Review",
            "{ideas}: cards created; {improvements}: cards entering {stage} for the first "
            "time in their lap.",
        ).format(
            ideas=chart_text("ideas"),
            improvements=chart_text("improvements"),
            stage=Stage.RESTANDARDIZE.title,
        ),
        fontsize=7,
        color="#666666",
    )
    figure.text(
        0.06,
        0.017,
        translate(
            "Review",
            "Participation: the board's team as the week ended; ideas per member: the "
            "board's ideas of the {weeks} weeks to this one, over the team's size.",
        ).format(weeks=YEAR_WEEKS),
        fontsize=7,
        color="#666666",
    )


def new_page(paper: str):
    # A Figure that draws names and titles in any script, not boxes.
    from kaizen_board.reports.fonts import ScriptFigure

    return ScriptFigure(figsize=PAPER_INCHES[paper], dpi=100)


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
    .pdf or .png file, replacing the file only once fully written. `what` names the page
    in messages: "review" or "kaizen sheet" (NOT_SAVED_AS)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".png"):
        raise InvalidInput(
            translate("Review", NOT_SAVED_AS[what]).format(path=target, suffix=repr(suffix))
        )
    store.refuse_overwriting(target)
    paper = paper or paper_for_locale()
    if paper not in PAPER_INCHES:
        raise InvalidInput(
            translate("Review", "unknown paper {paper}: use a4 or letter").format(paper=repr(paper))
        )
    figure = new_page(paper)
    with store.snapshot():  # the page's numbers, charts and lists all from one moment
        draw(figure)
    import matplotlib
    from matplotlib.image import AxesImage
    from matplotlib.text import Text

    for text in figure.findobj(Text):
        # A ligature ("fi") is a glyph with no letter of its own: the PDF writer embeds a
        # second subset of the font for it, 0.1-0.2 s more for nothing a reader sees.
        text.set_fontfeatures(("-liga",))
    if suffix == ".png":
        for image in figure.findobj(AxesImage):
            # Photos are drawn unsampled, for a PDF to keep their pixels; on a raster
            # page they are resampled, smoothly rather than nearest pixel.
            image.set_interpolation("antialiased")

    def write(temporary: Path) -> None:
        with matplotlib.rc_context(EMBEDDED_FONTS):
            figure.savefig(temporary, format=suffix[1:], dpi=dpi)

    return write_atomically(target, write)
