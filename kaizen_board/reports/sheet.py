"""The kaizen sheet: one card's loop on one page, to pin to the wall next to the line.

Its title, who submitted and who owns it, the lap and the impact, when it entered each
of the four columns in this lap, its before and after photos (the latest of each), its
standard before and after (the text the last new version replaced, and the current one),
who on the team has confirmed they work to the standard and who not yet, and its moves.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from kaizen_board import ops
from kaizen_board.events import MOVES, EventKind
from kaizen_board.ops.confirmations import Confirmations
from kaizen_board.ops.history import what_happened
from kaizen_board.reports import charts, photos, wrapping
from kaizen_board.reports.participation import name_lines
from kaizen_board.reports.review import save_page
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.translation import QT_TRANSLATE_NOOP, translate

WRAP = 88  # characters of a standard's line on the page
TITLE_WRAP = 52
LINES_AT_MOST = 22  # of each standard
MOVES_AT_MOST = 16  # the newest
LINE = 0.0155  # of the page's height, a line of 9-point text
HEADING = 0.027  # a heading and the space under it
BOTTOM = 0.05  # above the footnote
PHOTOS_HEIGHT = 0.21  # the before and after photos with their captions: 3.6 x 2.1 inches
PHOTOS_LEAST = 0.13  # as small as they get for long standards: 3.6 x 1.3 inches
NAME_LINES_AT_MOST = 4  # of those who confirmed, and of those not yet
# The impact categories (ops.fields.Impact) as the page names them.
IMPACTS = {
    "money": QT_TRANSLATE_NOOP("Sheet", "money"),
    "time": QT_TRANSLATE_NOOP("Sheet", "time"),
    "quality": QT_TRANSLATE_NOOP("Sheet", "quality"),
    "safety": QT_TRANSLATE_NOOP("Sheet", "safety"),
}


@dataclass(frozen=True)
class KaizenSheet:
    """What the page says, read in one snapshot."""

    card: dict
    board: str
    before: str  # the standard the last new version replaced ("" if none was written)
    after: str
    entered: dict[Stage, datetime]  # when it entered each column in this lap
    moves: list  # its moves over all its laps, oldest first (HistoryLine)
    tz: tzinfo | None
    confirmations: Confirmations
    photos: tuple[bytes | None, bytes | None] | None  # before, after (None: neither)


def kaizen_sheet(store: Store, card_id: int, tz: tzinfo | None = None) -> KaizenSheet:
    card = ops.card_details(store, card_id)
    revisions = ops.standard_revisions(store, card_id)
    board = ops.board_of(store, card["board"]).name
    entered: dict[Stage, datetime] = {}
    history = ops.card_history(store, card_id)
    moves = [line for line in history if line.kind in MOVES]
    for line in history:
        if line.lap != card["lap"]:
            continue
        if line.to_stage and (line.kind == EventKind.CREATED or line.kind in MOVES):
            entered[Stage(line.to_stage)] = line.at
    before = revisions[-1][2] if revisions else ""
    pair = photos.photo_pairs(store, [card_id]).get(card_id)
    return KaizenSheet(
        card,
        board,
        before,
        card["standard"],
        entered,
        moves,
        tz,
        ops.confirmations_of(store, card),
        None if pair is None else photos.pair_bytes(store, pair),
    )


def _lines(text: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines += wrapping.wrap(paragraph, WRAP) or [""]
    if len(lines) > LINES_AT_MOST:
        lines = [*lines[: LINES_AT_MOST - 1], "…"]
    return (
        lines if any(line.strip() for line in lines) else [translate("Sheet", "— (none written)")]
    )


def _shared(first: list[str], second: list[str], lines: int) -> tuple[list[str], list[str]]:
    """Two standards' lines cut to `lines` between them: each keeps its half at least,
    and what one does not need the other may use; a cut one ends with "…"."""
    first_room = max(lines // 2, lines - len(second))
    second_room = lines - min(len(first), first_room)

    def cut(text: list[str], room: int) -> list[str]:
        room = max(room, 3)
        return text if len(text) <= room else [*text[: room - 1], "…"]

    return cut(first, first_room), cut(second, second_room)


def _confirmation_lines(found: Confirmations) -> list[str]:
    """Who has confirmed they work to the standard as it is now, and who not yet."""
    if not found.version:
        return [translate("Sheet", "No standard written yet: nothing to confirm.")]
    if not found.team:
        return [
            translate("Sheet", "Version {version}. No one is on the board's team yet.").format(
                version=found.version
            )
        ]
    team = found.team  # a name, not an expression: lupdate reads only that
    confirmed = translate(
        "Sheet", "Version {version}: {confirmed} of %n members confirmed.", None, team
    )
    lines = [confirmed.format(version=found.version, confirmed=len(found.confirmed))]
    no_one = translate("Sheet", "no one")
    for label, names in (
        (translate("Sheet", "Confirmed: "), found.confirmed),
        (translate("Sheet", "Not yet: "), found.missing),
    ):
        lines += name_lines(label, names or [no_one], WRAP, NAME_LINES_AT_MOST)
    return lines


def draw_sheet(figure, sheet: KaizenSheet) -> None:
    """Lay the sheet out on one page-sized figure."""
    plain = charts.plain_text
    card = sheet.card
    figure.clear()
    figure.set_layout_engine(None)
    figure.text(
        0.06, 0.965, translate("Sheet", "Kaizen sheet"), fontsize=11, color="#444444", va="top"
    )
    # At most two lines of the title, each as wide as the page holds at 17 points.
    title_lines = wrapping.wrap(" ".join(card["title"].split()), TITLE_WRAP) or [""]
    if len(title_lines) > 2:
        rest = wrapping.join(title_lines[1:])
        title_lines = [title_lines[0], wrapping.shorten(rest, TITLE_WRAP, placeholder=" …")]
    figure.text(0.06, 0.94, plain("\n".join(title_lines)), fontsize=17, weight="bold", va="top")
    stage = Stage(card["stage"]).title
    state = translate("Sheet", "archived") if card["archived_at"] is not None else stage
    category = card["impact_category"] or ""
    if category in IMPACTS:
        category = translate("Sheet", IMPACTS[category])
    facts = [
        translate("Sheet", "Board: {board}").format(board=sheet.board) if sheet.board else "",
        translate("Sheet", "Card #{card} · lap {lap} · now: {state}").format(
            card=card["id"], lap=card["lap"], state=state
        ),
        translate("Sheet", "Submitted by: {submitter}    Owner: {owner}").format(
            submitter=card["submitted_by"] or "—", owner=card["owner"] or "—"
        ),
        translate("Sheet", "Impact: {impact}").format(
            impact=" ".join(part for part in (category, card["impact_note"]) if part) or "—"
        ),
    ]
    top = 0.9 - 0.028 * (len(title_lines) - 1)
    for fact in facts:
        if fact:
            figure.text(0.06, top, plain(fact), fontsize=10, va="top")
            top -= 0.022
    # The loop: when it entered each column in this lap.
    top -= 0.015
    figure.text(0.06, top, translate("Sheet", "This lap"), fontsize=12, weight="bold", va="top")
    top -= 0.03
    for number, column in enumerate(Stage):
        left = 0.06 + number * 0.225
        moment = sheet.entered.get(column)
        when = "—" if moment is None else f"{moment.astimezone(sheet.tz):%d %b %Y %H:%M}"
        title = column.title
        figure.text(left, top, title, fontsize=9, weight="bold", va="top")
        figure.text(left, top - 0.02, when, fontsize=9, va="top", color="#333333")
    top -= 0.065
    confirmed = _confirmation_lines(sheet.confirmations)
    standards = [_lines(sheet.before), _lines(sheet.after)]
    # Room for the photos and the standards: what the headings and confirmations leave.
    room = top - BOTTOM - 3 * HEADING - 3 * 0.02 - len(confirmed) * LINE
    if sheet.photos is not None:
        room -= HEADING + 0.015
        wanted = sum(len(lines) for lines in standards) * LINE
        height = min(PHOTOS_HEIGHT, max(PHOTOS_LEAST, room - wanted))
        heading = translate("Sheet", "Before and after")
        figure.text(0.06, top, heading, fontsize=12, weight="bold", va="top")
        top -= HEADING
        photos.draw_pair(figure, *sheet.photos, (0.06, top - height, 0.88, height))
        top -= height + 0.015
        room -= height
    before, after = _shared(*standards, max(int(room / LINE), 6))
    for label, lines in (
        (translate("Sheet", "Standard before"), before),
        (translate("Sheet", "Standard after"), after),
    ):
        figure.text(0.06, top, label, fontsize=12, weight="bold", va="top")
        top -= HEADING
        for line in lines:
            figure.text(0.08, top, plain(line), fontsize=9, va="top")
            top -= LINE
        top -= 0.02
    heading = translate("Sheet", "Working to the standard")
    figure.text(0.06, top, heading, fontsize=12, weight="bold", va="top")
    top -= HEADING
    for line in confirmed:
        figure.text(0.08, top, plain(line), fontsize=9, va="top")
        top -= LINE
    top -= 0.02
    moves = sheet.moves[-MOVES_AT_MOST:]
    if moves and top > 0.12:
        figure.text(
            0.06, top, translate("Sheet", "Its moves"), fontsize=12, weight="bold", va="top"
        )
        top -= HEADING
        for line in moves:
            if top < 0.06:
                break
            when = f"{line.at.astimezone(sheet.tz):%d %b %Y %H:%M}"
            what = what_happened(line)
            move = translate("Sheet", "{when}   lap {lap}   {what}").format(
                when=when, lap=line.lap, what=what
            )
            figure.text(0.08, top, plain(move), fontsize=9, va="top")
            top -= LINE
    figure.text(
        0.06,
        0.02,
        translate(
            "Sheet",
            "Before: the text the newest version of the standard replaced; after: the standard "
            "now.",
        ),
        fontsize=7,
        color="#666666",
    )


def save_sheet(
    store: Store,
    card_id: int,
    path: str | os.PathLike[str],
    *,
    tz: tzinfo | None = None,
    paper: str | None = None,
    dpi: int = 150,
) -> Path:
    """Write a card's kaizen sheet to a .pdf or .png file (see save_page)."""

    def draw(figure) -> None:
        draw_sheet(figure, kaizen_sheet(store, card_id, tz))

    return save_page(store, path, draw, "kaizen sheet", paper=paper, dpi=dpi)
