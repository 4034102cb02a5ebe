"""Helpers the tests share: known times, reading a stage, dumping a database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kaizen_board import ops
from kaizen_board.ops.bulk import TEXT_FIELDS, CardInserter, rank_after_last
from kaizen_board.ops.cards import clean_fields
from kaizen_board.ops.directory import member_id
from kaizen_board.ops.fields import clean_title
from kaizen_board.ops.ranks import RANK_GAP
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.models import Card
from kaizen_board.times import to_micros

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday, ISO week 2026-W48


def ids_in(store: Store, board_id: int, stage) -> list[int]:
    return [card.id for card in ops.list_cards(store, board_id, stage)]


def dump(database) -> str:
    """Every row of every table: the yardstick for "nothing changed". Of a database file
    (read with plain sqlite3), or of a store's database whatever its engine."""
    if isinstance(database, Store) and database.engine.name != "sqlite":
        from kaizen_board.store.models import MODELS, TALLY_MODELS

        lines = []
        for model in MODELS + TALLY_MODELS:
            table = model._meta.table_name
            rows = database.database.execute_sql(f"SELECT * FROM {table} ORDER BY 1, 2")
            lines += [f"{table}: {row}" for row in rows.fetchall()]
        return "\n".join(lines)
    path = Path(database.location) if isinstance(database, Store) else database
    connection = sqlite3.connect(path)
    try:
        # The text indexes' own tables hold their segments, whose bytes depend on the
        # order of their merges (and a contentless one cannot be read back at all); what
        # they index is the cards' texts, which are in the dump.
        tables = [
            (name, sql)
            for name, sql in connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if not name.startswith(("card_text", "sqlite_stat"))
        ]
        lines = [sql for _, sql in tables]
        lines += [
            sql
            for (sql,) in connection.execute(
                "SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                "AND sql IS NOT NULL ORDER BY name"
            )
        ]
        for name, _ in tables:
            width = len(connection.execute(f'PRAGMA table_info("{name}")').fetchall())
            order = ", ".join(str(number) for number in range(1, width + 1))
            rows = connection.execute(f'SELECT * FROM "{name}" ORDER BY {order}').fetchall()
            lines += [f"{name}: {row!r}" for row in rows]
        return "\n".join(lines)
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


def add_cards_in_bulk(
    store: Store, board_id: int, cards: Iterable[dict[str, Any]], *, by: str | None = None
) -> int:
    """Append cards to the end of their stages, each with its "created" event.

    Each card is a dict with a title and optionally a stage, a created_at (an aware
    datetime; now by default) and the fields of TEXT_FIELDS; all are submitted by `by`.
    Everything goes in one transaction, so a bad card leaves nothing added. Returns how
    many were added.
    """
    with store.write():
        now = to_micros(store.now())
        actor = member_id(store, by)
        inserter = CardInserter(store, actor)
        next_rank = {stage: rank_after_last(board_id, stage) for stage in Stage}
        defaults = {name: getattr(Card, name).default for name in TEXT_FIELDS}
        for card in cards:
            fields = dict(card)
            stage = Stage(fields.pop("stage", Stage.STANDARD))
            title = clean_title(fields.pop("title"))
            created = fields.pop("created_at", None)
            created = now if created is None else to_micros(created)
            rank = next_rank[stage]
            next_rank[stage] += RANK_GAP
            inserter.add(
                {
                    **defaults,
                    **clean_fields(fields),
                    "board": board_id,
                    "title": title,
                    "stage": stage.value,
                    "rank": rank,
                    "owner": None,
                    "submitted_by": actor,
                    "created_at": created,
                    "updated_at": now,
                    "entered_stage_at": created,
                    "lap_started_at": created,
                    "lap": 1,
                    "improvements": 0,
                    "version": 1,
                    "standard_version": int(bool(fields.get("standard", "").strip())),
                    "archived_at": None,
                }
            )
        return inserter.finish()


def memory_store(clock=None, member_name: str = "Tester") -> Store:
    """A store on a new in-memory SQLite database, for property tests that need a fresh
    board per example where the file is not the point (opening a file costs far more)."""
    from kaizen_board.store.schema import prepare_schema
    from kaizen_board.store.sqlite.engine import SQLITE, new_database

    store = Store(
        new_database(Path(":memory:")), ":memory:", SQLITE, clock=clock, member_name=member_name
    )
    prepare_schema(store)
    return store
