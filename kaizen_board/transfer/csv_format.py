"""The CSV format export writes and import reads back: columns, times, formula guards.

RFC 4180: comma-separated, fields quoted when needed, CRLF line ends, UTF-8, one
header row. The column order is part of the format; add columns only at the end.
"""

from __future__ import annotations

from datetime import UTC, datetime

from kaizen_board.times import SECOND_MICROS

BOARD_COLUMNS = (
    "id",
    "board",
    "title",
    "stage",
    "position",
    "lap",
    "owner",
    "submitted_by",
    "tags",
    "impact_category",
    "impact_note",
    "created_at",
    "entered_stage_at",
    "improvements",
    "archived_at",
    "description",
    "standard",
)
HISTORY_COLUMNS = ("card_id", "kind", "from_stage", "to_stage", "at", "member", "lap")
BOM = "\ufeff"

# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV
# injection"). Such a cell is written with a leading apostrophe, which spreadsheets
# show as text; so is a cell that starts with an apostrophe before one of these (or
# before another apostrophe), so that import can take exactly one away again.
FORMULA_STARTS = frozenset("=+-@\t\r")
AFTER_APOSTROPHE = FORMULA_STARTS | {"'"}


def guard_formula(text: str) -> str:
    """The cell as written: a leading apostrophe where a spreadsheet would see a formula."""
    if text and (
        text[0] in FORMULA_STARTS
        or (text[0] == "'" and len(text) > 1 and text[1] in AFTER_APOSTROPHE)
    ):
        return "'" + text
    return text


def unguard_formula(cell: str) -> str:
    """The text a guarded cell stands for (guard_formula undone; other cells as they are)."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in AFTER_APOSTROPHE:
        return cell[1:]
    return cell


def guard_formula_sql(store, expression):
    """guard_formula as SQL in the store's dialect, so export runs at database speed."""
    return store.engine.guard_formula(expression, AFTER_APOSTROPHE)


def format_time(micros: int | None) -> str:
    """ISO 8601 in UTC with its offset, to the second: 2026-11-23T09:00:00+00:00."""
    if micros is None:
        return ""
    return datetime.fromtimestamp(micros // SECOND_MICROS, UTC).isoformat()


def parse_time(text: str) -> datetime:
    """An ISO 8601 time; one without an offset is taken as local time. ValueError if bad."""
    moment = datetime.fromisoformat(text.strip())
    return moment.astimezone(UTC)
