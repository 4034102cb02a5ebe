"""Writing rows in bulk: many rows a statement, and into a new database, the rows first
and what the database keeps of them after.

`insert_rows` stores a batch of rows: on SQLite by INSERT statements of as many rows as
one statement may bind, on other engines by the engine's own `insert_rows` (COPY).

Row by row, every card written updates its indexes and its column's count, and every
event its indexes and three running totals (store/tallies.py): at millions of rows, most
of the work. Into a database with no cards and no events yet, the rows can go in first
and the indexes be built once after (by sorting), the tallies and counts by GROUP BY,
with the same result. The text index is kept by its triggers as the rows come (a
statement of many rows is as quick as filling it after), and so is whatever else a
trigger keeps that is not named here. Only on SQLite, whose per-row triggers are what
cost; elsewhere (PostgreSQL's statement triggers count a whole COPY at once) the rows
are written as they would be anyway.

This is an engine's affair: `Engine` could grow a method for it; until then it is here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from typing import Any

from kaizen_board.store import tallies
from kaizen_board.store.store import Store

# The tables whose rows a bulk fill writes, and what is kept of them.
FILLED = ("card", "event", "standard_revision")
KEPT = ("card_text_docsize", "stage_count", *tallies.TALLIES)
# The triggers whose work is done once at the end (_fill_kept): the stage counts' and
# the tallies' as rows come in.
COUNTED_AFTER = ("card_counted_in", "event_tallied_in")
# Values one statement binds: within SQLite's limit (32,766).
VALUES_PER_STATEMENT = 30_000
# What the page cache may hold meanwhile (KiB): a sort for an index takes this much.
CACHE_KIB = 200 * 1024


def insert_rows(store: Store, model: Any, columns: Sequence[Any], rows: Sequence[tuple]) -> None:
    """Store rows of `model` (tuples of stored values for `columns`), quickly.

    On SQLite, not the driver's executemany of a one-row INSERT (the engine's
    `insert_rows`): SQLite runs each row as a statement of its own, and at each
    statement that writes a card FTS5 flushes its pending terms to disk (at the
    statement's savepoint), so rows written a statement each cost about four times what
    they cost in statements of many. On PostgreSQL, COPY (psycopg would spend longer
    reading a statement of 30,000 parameters than the server takes to run it).
    """
    if store.engine.name != "sqlite":
        store.engine.insert_rows(store.database, model, list(columns), list(rows))
        return
    database = store.database
    per_statement = max(1, VALUES_PER_STATEMENT // len(columns))
    full = _statement(model, columns, per_statement)
    cursor = database.cursor()
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        sql = full if len(chunk) == per_statement else _statement(model, columns, len(chunk))
        cursor.execute(sql, list(chain.from_iterable(chunk)))


def _statement(model: Any, columns: Sequence[Any], count: int) -> str:
    names = ", ".join(f'"{column.column_name}"' for column in columns)
    row = "(" + ", ".join("?" * len(columns)) + ")"
    return f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ' + ", ".join([row] * count)


def is_empty(store: Store) -> bool:
    """No card, event or revision, and nothing kept of any (inside the write)."""
    database = store.database
    return (
        not any(
            database.execute_sql(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
            for table in (*FILLED, *KEPT)
            if table != "stage_count"
        )
        and not database.execute_sql("SELECT 1 FROM stage_count WHERE live <> 0").fetchone()
    )


@contextmanager
def rows_first(store: Store) -> Iterator[bool]:
    """Inside `store.write()`: the rows written in this block are indexed, counted and
    tallied once at its end, if the database is an SQLite file with no rows yet (yields
    True); else as they are written (yields False). What the block writes after its rows
    (an ordinary move) must wait until it ends: triggers and indexes are back then.

    The indexes of the filled tables and the triggers COUNTED_AFTER are dropped and made
    again from their own stored SQL, so they come back exactly as they were.
    """
    if store.engine.name != "sqlite" or not is_empty(store):
        yield False
        return
    database = store.database
    tables = ", ".join("?" for _ in FILLED)
    triggers = ", ".join("?" for _ in COUNTED_AFTER)
    kept = database.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' "
        f"AND tbl_name IN ({tables})) OR (type = 'trigger' AND name IN ({triggers}))) "
        "ORDER BY type, name",
        (*FILLED, *COUNTED_AFTER),
    ).fetchall()
    (cache,) = database.execute_sql("PRAGMA cache_size").fetchone()
    database.execute_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        for kind, name, _ in kept:
            database.execute_sql(f'DROP {kind.upper()} "{name}"')
        yield True
        for kind in ("index", "trigger"):  # the triggers once the rows are counted
            if kind == "trigger":
                _fill_kept(store)
            for made, _, sql in kept:
                if made == kind:
                    database.execute_sql(sql)
    finally:
        database.execute_sql(f"PRAGMA cache_size = {cache}")


def _fill_kept(store: Store) -> None:
    """What the triggers COUNTED_AFTER would have kept, from the rows there are (all of
    them new)."""
    database = store.database
    for statement in tallies.fill_statements():
        database.execute_sql(statement)
    database.execute_sql(
        "INSERT INTO stage_count (board_id, stage, live) SELECT board_id, stage, COUNT(*) "
        "FROM card WHERE archived_at IS NULL GROUP BY board_id, stage "
        "ON CONFLICT (board_id, stage) DO UPDATE SET live = stage_count.live + excluded.live"
    )
