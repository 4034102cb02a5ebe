"""Helpers the tests share: known times, reading a stage, dumping a database."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kaizen_board import ops
from kaizen_board.store import Store

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday, ISO week 2026-W48


def ids_in(store: Store, board_id: int, stage) -> list[int]:
    return [card.id for card in ops.list_cards(store, board_id, stage)]


def dump(db_path: Path) -> str:
    """Every row of every table, read with plain sqlite3: the yardstick for "nothing changed"."""
    connection = sqlite3.connect(db_path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()
