"""Filling a new database in bulk: its rows first, then what the database keeps of them.

Row by row, every card written updates its indexes, its text index entry and its
column's count, and every event three running totals (store/tallies.py): at millions of
rows, most of the work. Into a database with no cards and no events yet, the rows can go
in first and all of that be built once after (indexes by sorting, the text index in one
statement, the tallies and counts by GROUP BY), with the same result. Only on SQLite,
whose per-row triggers are what cost; elsewhere (PostgreSQL's statement triggers count
a whole COPY at once) the rows are written as they would be anyway.

This is an engine's affair: `Engine` could grow a method for it; until then it is here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from kaizen_board.store import tallies
from kaizen_board.store.store import Store

# The tables whose rows a bulk fill writes, and what is kept of them.
FILLED = ("card", "event", "standard_revision")
KEPT = ("card_text_docsize", "stage_count", *tallies.TALLIES)
# What the page cache may hold meanwhile (KiB): a sort for an index takes this much.
CACHE_KIB = 200 * 1024


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

    The triggers and indexes of the filled tables are dropped and made again from their
    own stored SQL, so they come back exactly as they were.
    """
    if store.engine.name != "sqlite" or not is_empty(store):
        yield False
        return
    database = store.database
    placeholders = ", ".join("?" for _ in FILLED)
    kept = database.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
        f"AND tbl_name IN ({placeholders}) AND sql IS NOT NULL ORDER BY type, name",
        FILLED,
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
    """What the triggers would have kept, from the rows there are (all of them new)."""
    from kaizen_board.store.sqlite.engine import FILL_TEXT_INDEX

    database = store.database
    database.execute_sql(FILL_TEXT_INDEX)
    for statement in tallies.fill_statements():
        database.execute_sql(statement)
    database.execute_sql(
        "INSERT INTO stage_count (board_id, stage, live) SELECT board_id, stage, COUNT(*) "
        "FROM card WHERE archived_at IS NULL GROUP BY board_id, stage "
        "ON CONFLICT (board_id, stage) DO UPDATE SET live = stage_count.live + excluded.live"
    )
