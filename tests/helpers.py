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


class WriteLockHolder:
    """Another process holding the database's write lock until `release` (or the end of a
    `with` block): the command line or a second window in the middle of a long write."""

    SCRIPT = (
        "import sqlite3, sys\n"
        "connection = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "connection.execute('BEGIN IMMEDIATE')\n"
        "connection.execute(\"INSERT INTO schema_info VALUES ('held', '1')\")\n"
        "print('held', flush=True)\n"
        "sys.stdin.read()\n"
        "connection.execute('ROLLBACK')\n"
    )

    def __init__(self, db_path: Path) -> None:
        import subprocess
        import sys

        self.process = subprocess.Popen(
            [sys.executable, "-c", self.SCRIPT, str(db_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "held"

    def release(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(timeout=30)

    def __enter__(self) -> WriteLockHolder:
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()
