"""The weekly review's two columns under its chart: the week's improvements, each with its
standard before and after and its before and after photos; and the people: who
contributed this week, and the team's participation (who has not submitted an idea yet,
by name, never ranked by count).

Both fill the room they are given and no more: what does not fit is counted ("… and 3
more"), so the review stays one page whatever the week held.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kaizen_board.reports import charts, photos, wrapping
from kaizen_board.reports.metrics import ImprovementLine
from kaizen_board.reports.participation import (
    RECENT_WEEKS,
    YEAR_WEEKS,
    name_lines,
)
from kaizen_board.store import Store
from kaizen_board.translation import translate

if TYPE_CHECKING:
    from kaizen_board.reports.review import WeeklyReview

BOTTOM = 0.05  # of the page's height: the columns end here, above the footnotes
HEADING_DROP = 0.025  # from a column's heading to its first line
# The improvements list: a standard's text starts this far (of the page's width) right of
# its "before:"/"after:" label, on each of its wrapped lines. Its own text item, not
# spaces: proportional spaces do not line up, and an SVG renderer (printing) drops them.
LIST_LEFT = 0.06
STANDARD_LEFT = LIST_LEFT + 0.055
# Line steps, roomiest first, down to one that still leaves a gap between 8-point lines.
LINE_STEPS = (0.0155, 0.015, 0.0145, 0.014, 0.0135, 0.013, 0.0125, 0.012, 0.0115)
SHORT = 150  # characters of a standard shown at most
WRAP, WRAP_BESIDE_PHOTOS = 62, 38  # characters of a standard's line
TITLE, TITLE_BESIDE_PHOTOS = 70, 42
# The photos of an improvement, at the right of its column, top level with its title.
PHOTOS_LEFT, PHOTOS_WIDTH = 0.41, 0.22
PHOTOS_HEIGHT = 0.064  # captions included: photos about 0.9 x 0.65 inches on A4
PHOTOS_GAP = 0.006  # under an improvement with photos
# The people column.
PEOPLE_LEFT = 0.66
IDEAS_RIGHT, IMPR_RIGHT = PEOPLE_LEFT + 0.22, PEOPLE_LEFT + 0.29  # the counts' right edges
PEOPLE_WRAP = 40
PEOPLE_STEP = 0.0145
CONTRIBUTORS_AT_LEAST = 3  # rows kept for who contributed, however long the names below


def short(text: str, width: int = SHORT) -> str:
    flat = " ".join(text.split())
    return wrapping.shorten(flat, width, placeholder=" …") if flat else "—"


@dataclass(frozen=True)
class _Entry:
    """One improvement as printed: its lines (label, text, left, style) and photos."""

    lines: list[tuple[str, str, float, dict]]
    photos: photos.PhotoPair | None

    def height(self, step: float) -> float:
        text = len(self.lines) * step
        return max(text, PHOTOS_HEIGHT) + PHOTOS_GAP if self.photos else text


def _entry(item: ImprovementLine, pair: photos.PhotoPair | None, tz) -> _Entry:
    when = item.at.astimezone(tz)
    who = f", {item.credited_to}" if item.credited_to else ""
    title = short(f"{item.title} ({when:%a}{who})", TITLE_BESIDE_PHOTOS if pair else TITLE)
    lines: list[tuple[str, str, float, dict]] = [("", title, LIST_LEFT, {"weight": "bold"})]
    wrap = WRAP_BESIDE_PHOTOS if pair else WRAP
    for label, text in (
        (translate("Review", "before:"), item.before),
        (translate("Review", "after:"), item.after),
    ):
        for row, part in enumerate(wrapping.wrap(short(text), wrap) or ["—"]):
            lines.append((label if row == 0 else "", part, STANDARD_LEFT, {}))
    return _Entry(lines, pair)


def _fit(entries: list[_Entry], room: float, counted: int) -> tuple[float, int]:
    """The roomiest line step at which the most entries fit in `room`, and how many:
    a line is kept for "… and N more" when not all `counted` are shown."""
    best = (LINE_STEPS[-1], 0)
    for step in LINE_STEPS:
        used, shown = 0.0, 0
        for entry in entries:
            more = step if shown + 1 < counted else 0.0  # the "and N more" line
            if used + entry.height(step) + more > room:
                break
            used += entry.height(step)
            shown += 1
        if shown == len(entries):
            return step, shown
        best = max(best, (step, shown), key=lambda fit: fit[1])
    return best


def draw_improvements(figure, store: Store, review: WeeklyReview, top: float) -> None:
    """The week's improvements under `top`: as many as fit, each photo decoded only for
    an improvement printed."""
    plain = charts.plain_text
    figure.text(
        LIST_LEFT,
        top,
        translate("Review", "Improvements this week"),
        fontsize=12,
        weight="bold",
        va="top",
    )
    entries = [
        _entry(item, review.photos.get(item.card_id), review.tz) for item in review.improvements
    ]
    first = top - HEADING_DROP
    step, shown = _fit(entries, first - BOTTOM, review.this_week.improvements)
    row_top = first
    for entry in entries[:shown]:
        for row, (label, text, left, style) in enumerate(entry.lines):
            line_top = row_top - row * step
            if label:
                figure.text(LIST_LEFT, line_top, label, fontsize=8, va="top", color="#444444")
            figure.text(left, line_top, plain(text), fontsize=8, va="top", **style)
        if entry.photos:
            rect = (PHOTOS_LEFT, row_top - PHOTOS_HEIGHT, PHOTOS_WIDTH, PHOTOS_HEIGHT)
            photos.draw_pair(figure, *photos.pair_bytes(store, entry.photos), rect)
        row_top -= entry.height(step)
    note = None
    if not review.improvements:
        note = translate("Review", "None this week.")
    elif review.this_week.improvements > shown:
        hidden = review.this_week.improvements - shown  # a name: lupdate reads only that
        note = translate("Review", "… and %n more", None, hidden)
    if note:
        figure.text(LIST_LEFT, row_top, note, fontsize=8, va="top", style="italic")


def participation_lines(review: WeeklyReview, lines_at_most: int) -> list[tuple[str, dict]]:
    """The participation block's lines (text, style), at most `lines_at_most`."""
    now, before, year_before = (
        review.participation,
        review.participation_before,
        review.participation_year_before,
    )
    if not now.team:
        return [(translate("Review", "No one is on the board's team yet."), {"style": "italic"})]
    figures = [
        *wrapping.wrap(
            translate(
                "Review",
                "{now} members submitted an idea in the last {weeks} weeks "
                "({weeks} weeks before: {before}).",
            ).format(now=now.share(), weeks=RECENT_WEEKS, before=before.share()),
            PEOPLE_WRAP,
        ),
        translate("Review", "Ideas per member, last {weeks} weeks: {now}").format(
            weeks=YEAR_WEEKS, now=now.per_member()
        ),
        translate("Review", "({weeks} weeks before: {before})").format(
            weeks=YEAR_WEEKS, before=year_before.per_member()
        ),
    ]
    lines = [(text, {}) for text in figures]
    if now.not_yet:
        room = max(lines_at_most - len(lines), 1)
        prefix = translate("Review", "Not yet: ")
        lines += [(text, {}) for text in name_lines(prefix, now.not_yet, PEOPLE_WRAP, room)]
    else:
        lines.append((translate("Review", "Not yet: no one."), {}))
    return lines


def draw_people(figure, review: WeeklyReview, top: float) -> None:
    """Who contributed this week (by name), and the team's participation, under `top`."""
    plain = charts.plain_text
    # Two headings, the table's column titles and the gap between the two blocks.
    fixed = 2 * HEADING_DROP + 2 * PEOPLE_STEP
    rows = int((top - BOTTOM - fixed) / PEOPLE_STEP)
    # The participation block first: the rows it leaves are who contributed's.
    block = participation_lines(review, rows - CONTRIBUTORS_AT_LEAST)
    contributors_room = rows - len(block)
    figure.text(
        PEOPLE_LEFT,
        top,
        translate("Review", "Who contributed"),
        fontsize=12,
        weight="bold",
        va="top",
    )
    row_top = top - HEADING_DROP
    members = review.members
    if members:
        for text, left, align in (
            (translate("Review", "Member"), PEOPLE_LEFT, "left"),
            (translate("Review", "Ideas"), IDEAS_RIGHT, "right"),
            (translate("Review", "Impr."), IMPR_RIGHT, "right"),
        ):
            figure.text(left, row_top, text, fontsize=8, va="top", ha=align, weight="bold")
        row_top -= PEOPLE_STEP
        shown = members if len(members) <= contributors_room else members[: contributors_room - 1]
        for member in shown:
            name = wrapping.shorten(member.name, 24, placeholder="…")  # short of the counts
            figure.text(PEOPLE_LEFT, row_top, plain(name), fontsize=8, va="top")
            for number, left in ((member.ideas, IDEAS_RIGHT), (member.improvements, IMPR_RIGHT)):
                figure.text(left, row_top, str(number), fontsize=8, va="top", ha="right")
            row_top -= PEOPLE_STEP
        if len(shown) < len(members):
            hidden = len(members) - len(shown)  # a name: lupdate reads only that
            more = translate("Review", "… and %n more", None, hidden)
            figure.text(PEOPLE_LEFT, row_top, more, fontsize=8, va="top", style="italic")
            row_top -= PEOPLE_STEP
    else:
        figure.text(
            PEOPLE_LEFT,
            row_top,
            translate("Review", "No ideas or improvements."),
            fontsize=8,
            va="top",
            style="italic",
        )
        row_top -= PEOPLE_STEP
    row_top -= PEOPLE_STEP
    figure.text(
        PEOPLE_LEFT,
        row_top,
        translate("Review", "Participation"),
        fontsize=12,
        weight="bold",
        va="top",
    )
    row_top -= HEADING_DROP
    for text, style in block:
        figure.text(PEOPLE_LEFT, row_top, plain(text), fontsize=8, va="top", **style)
        row_top -= PEOPLE_STEP
