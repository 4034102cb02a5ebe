"""The kaizen sheet: one card's loop on one page, to pin to the wall next to the line.

Its title, who submitted and who owns it, the lap and the impact, its standard before
and after (the text the last new version replaced, and the current one), and when it
entered each of the four columns in this lap.
"""

from __future__ import annotations

import os
import textwrap
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from kaizen_board import ops
from kaizen_board.events import MOVES, EventKind
from kaizen_board.ops.history import what_happened
from kaizen_board.reports import charts
from kaizen_board.reports.review import save_page
from kaizen_board.stages import Stage
from kaizen_board.store import Store

WRAP = 88  # characters of a standard's line on the page
LINES_AT_MOST = 22  # of each standard
MOVES_AT_MOST = 16  # the newest


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
    return KaizenSheet(card, board, before, card["standard"], entered, moves, tz)


def _lines(text: str) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines += textwrap.wrap(paragraph, WRAP) or [""]
    if len(lines) > LINES_AT_MOST:
        lines = [*lines[: LINES_AT_MOST - 1], "…"]
    return lines if any(line.strip() for line in lines) else ["— (none written)"]


def draw_sheet(figure, sheet: KaizenSheet) -> None:
    """Lay the sheet out on one page-sized figure."""
    plain = charts.plain_text
    card = sheet.card
    figure.clear()
    figure.set_layout_engine(None)
    figure.text(0.06, 0.965, "Kaizen sheet", fontsize=11, color="#444444", va="top")
    title = textwrap.shorten(" ".join(card["title"].split()), 70, placeholder=" …")
    figure.text(0.06, 0.94, plain(title), fontsize=17, weight="bold", va="top")
    stage = Stage(card["stage"]).column_title
    state = "archived" if card["archived_at"] is not None else stage
    facts = [
        f"Board: {sheet.board}" if sheet.board else "",
        f"Card #{card['id']} · lap {card['lap']} · now: {state}",
        f"Submitted by: {card['submitted_by'] or '—'}    Owner: {card['owner'] or '—'}",
        "Impact: "
        + (" ".join(part for part in (card["impact_category"] or "", card["impact_note"]) if part)
           or "—"),
    ]  # fmt: skip
    top = 0.9
    for fact in facts:
        if fact:
            figure.text(0.06, top, plain(fact), fontsize=10, va="top")
            top -= 0.022
    # The loop: when it entered each column in this lap.
    top -= 0.015
    figure.text(0.06, top, "This lap", fontsize=12, weight="bold", va="top")
    top -= 0.03
    for number, column in enumerate(Stage):
        left = 0.06 + number * 0.225
        moment = sheet.entered.get(column)
        when = "—" if moment is None else f"{moment.astimezone(sheet.tz):%d %b %Y %H:%M}"
        figure.text(left, top, column.column_title, fontsize=9, weight="bold", va="top")
        figure.text(left, top - 0.02, when, fontsize=9, va="top", color="#333333")
    top -= 0.065
    for label, text in (("Standard before", sheet.before), ("Standard after", sheet.after)):
        figure.text(0.06, top, label, fontsize=12, weight="bold", va="top")
        top -= 0.027
        for line in _lines(text):
            figure.text(0.08, top, plain(line), fontsize=9, va="top")
            top -= 0.0155
        top -= 0.02
    moves = sheet.moves[-MOVES_AT_MOST:]
    if moves and top > 0.12:
        figure.text(0.06, top, "Its moves", fontsize=12, weight="bold", va="top")
        top -= 0.027
        for line in moves:
            if top < 0.06:
                break
            when = f"{line.at.astimezone(sheet.tz):%d %b %Y %H:%M}"
            what = what_happened(line)
            figure.text(0.08, top, plain(f"{when}   lap {line.lap}   {what}"), fontsize=9, va="top")
            top -= 0.0155
    figure.text(
        0.06,
        0.02,
        "Before: the text the newest version of the standard replaced; after: the standard now.",
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
