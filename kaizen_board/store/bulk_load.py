"""Writing rows in bulk: many rows a statement, and into a new database, the rows first
and what the database keeps of them after.

`insert_rows` stores a batch of rows: on SQLite by INSERT statements of as many rows as
one statement may bind, on other engines by the engine's own `insert_rows` (COPY).

Row by row, every card written updates its indexes, its text index entries and its
column's count, and every event its indexes and three running totals (store/tallies.py):
at millions of rows, most of the work. Into a database with no cards and no events yet
(`rows_first`), the rows go in first, with the same result in the end: the indexes are
built once after (by sorting), the columns' counts by GROUP BY, the events' running
totals counted in Python as their rows are written (`Fill`), and a trigger that copies
each new row into another table (the text indexes') run once for them all, as one
INSERT ... SELECT; what any other trigger keeps is kept as the rows come. Only on
SQLite, whose per-row triggers are what cost; elsewhere (PostgreSQL's statement
triggers count a whole COPY at once) the rows are written as they would be anyway.

This is an engine's affair: `Engine` could grow a method for it; until then it is here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING, Any

import peewee

from kaizen_board.store import tallies
from kaizen_board.store.store import Store
from kaizen_board.times import DAY_MICROS

if TYPE_CHECKING:
    from kaizen_board.store.sqlite.text_fill import TextIndexesBeside

# The tables whose rows a bulk fill writes, and what is kept of them.
FILLED = ("card", "event", "standard_revision")
KEPT = ("card_text_docsize", "stage_count", *tallies.TALLIES)
# The triggers whose work is done otherwise (Fill, _count_stages): the tallies' and the
# stage counts' as rows come in.
COUNTED_AFTER = ("card_counted_in", "event_tallied_in")
# A trigger that copies each row inserted into another table, in one statement: run
# once after the rows, as INSERT ... SELECT from the filled table, it does the same.
_COPYING = re.compile(
    r"CREATE TRIGGER (\S+) AFTER INSERT ON (\w+) BEGIN\s*(INSERT INTO (\w+) \([^)]*\)) "
    r"VALUES \((.*)\);\s*END",
    re.DOTALL | re.IGNORECASE,
)
# Values one statement binds: within SQLite's limit (32,766).
VALUES_PER_STATEMENT = 30_000
# What the page cache may hold meanwhile (KiB). A sort for an index holds as much, for
# each of its threads, before it writes what it sorted to a temporary file and merges:
# with 8 MB a million cards' import peaks at 74 MB (100,000: 70 MB), no slower than with
# 32 MB (154 MB; 97 MB), and the demo of a million cards is no slower either.
CACHE_KIB = 8 * 1024
# Threads that sort an index's entries as it is made (a third quicker with two here).
SORTING_THREADS = 2
# Bytes of terms an FTS5 index holds before writing them out: its own, and a fill's.
FTS5_PENDING = 1024 * 1024
TEXT_INDEX_PENDING = 16 * 1024 * 1024


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
    names = tuple(column.column_name for column in columns)
    insert_many(store.database.cursor().execute, model._meta.table_name, names, rows)


def insert_many(execute: Any, table: str, names: tuple[str, ...], rows: Sequence[tuple]) -> None:
    """Rows of `table` (tuples of values for the columns `names`) through SQLite's
    `execute`, in INSERT statements of a power of two rows each (the most one may bind,
    then halves for what is left): a batch takes a few statements, and the driver keeps a
    handful prepared, not one of every size a batch's rest comes in (each of thousands of
    values holds about a megabyte prepared)."""
    most = 1 << (VALUES_PER_STATEMENT // len(names)).bit_length() - 1
    start = 0
    while start < len(rows):
        count = min(most, 1 << (len(rows) - start).bit_length() - 1)
        chunk = rows[start : start + count]
        execute(_statement(table, names, count), list(chain.from_iterable(chunk)))
        start += count


@lru_cache(maxsize=64)
def _statement(table: str, names: tuple[str, ...], count: int) -> str:
    row = "(" + ", ".join("?" * len(names)) + ")"
    columns = ", ".join(f'"{name}"' for name in names)
    return f'INSERT INTO "{table}" ({columns}) VALUES ' + ", ".join([row] * count)


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


class Fill:
    """What a bulk fill counts as its rows are written: the events' running totals
    (store/tallies.py), from the rows in memory, where tallies' fill statements would
    read and sort every event again (about 7 million at a million demo cards: 45 s).
    Give `written` every batch of events written (RowBatches does)."""

    def __init__(self, texts: TextIndexesBeside | None = None) -> None:
        self.counts: dict[str, Counter] = {table: Counter() for table in tallies.TALLIES}
        self.events = 0
        self.texts = texts

    def written(self, model: Any, columns: Sequence[Any], rows: Sequence[tuple]) -> None:
        names = [column.column_name for column in columns]
        if self.texts is not None and model._meta.table_name == self.texts.table:
            self.texts.take(names, rows)
        if model._meta.table_name != "event":
            return
        board, kind, at, from_stage, to_stage, credit, lead = (
            names.index(name) for name in tallies.EVENT_COLUMNS_COUNTED.split(", ")
        )
        # As TALLIES counts them: COALESCE as `or`, floor_div as //.
        moves, credits, leads = self.counts.values()
        credited, improved = tallies.CREDITED, tallies.CREDITED[1]
        slot, day = tallies.SLOT_MICROS, DAY_MICROS
        for row in rows:
            on, what, moment = row[board], row[kind], row[at]
            moves[on, what, moment // slot, row[from_stage] or "", row[to_stage] or ""] += 1
            if what in credited:
                credits[on, what, moment // day, row[credit] or 0] += 1
                if what == improved and row[lead] is not None:
                    leads[on, moment // day, row[lead] // day] += 1
        self.events += len(rows)

    def store_tallies(self, store: Store) -> None:
        """The tallies counted, if they are of every event there is; else counted again
        from the events (tallies' fill statements)."""
        database = store.database
        (events,) = database.execute_sql("SELECT COUNT(*) FROM event").fetchone()
        if events != self.events:
            for statement in tallies.fill_statements():
                database.execute_sql(statement)
            return
        for table, counts in self.counts.items():
            keys = tallies.TALLIES[table][0]
            values = ", ".join("?" * (len(keys) + 1))
            database.cursor().executemany(
                f"INSERT INTO {table} ({', '.join(keys)}, events) VALUES ({values})",
                [(*key, count) for key, count in counts.items()],
            )


@contextmanager
def journal_for_fill(store: Store) -> Iterator[None]:
    """Around the write of a bulk fill: while it runs, an SQLite database with no rows
    yet that no other connection has open keeps a rollback journal instead of its
    write-ahead log, and the log is back after. In the log, every page the fill writes
    would be written twice (to the log, then into the file at the checkpoint after the
    commit: 1.5 GB each for a million demo cards); with a journal, the pages of a new
    database are written once, into the file, and only its first pages are journaled.
    Still all or nothing: an interrupted fill is rolled back from the journal when the
    database is next opened (which also puts the log back)."""
    database = store.database
    if store.engine.name != "sqlite" or database.in_transaction() or not _has_no_rows(store):
        yield
        return
    (waits,) = database.execute_sql("PRAGMA busy_timeout").fetchone()
    try:
        database.execute_sql("PRAGMA busy_timeout = 0")  # another connection: leave it be
        (mode,) = database.execute_sql("PRAGMA journal_mode = DELETE").fetchone()
    except peewee.OperationalError:  # open elsewhere (locked): the log stays
        mode = None
    finally:
        database.execute_sql(f"PRAGMA busy_timeout = {waits}")
    try:
        yield
    finally:
        if mode == "delete":
            # A reader that came meanwhile may keep it from switching: the next open does.
            with suppress(peewee.OperationalError):
                database.execute_sql("PRAGMA journal_mode = WAL")


def _has_no_rows(store: Store) -> bool:
    with store.read():
        return is_empty(store)


@contextmanager
def rows_first(store: Store) -> Iterator[Fill | None]:
    """Inside `store.write()`: the rows written in this block are indexed, counted and
    tallied once at its end, if the database is an SQLite file with no rows yet (yields
    a Fill, to be told of every batch of rows written); else as they are written (yields
    None). What the block writes after its rows (an ordinary move) must wait until it
    ends: triggers and indexes are back then.

    The indexes of the filled tables, the triggers COUNTED_AFTER and those that copy
    each new row are dropped and made again from their own stored SQL, so they come
    back exactly as they were.
    """
    if store.engine.name != "sqlite" or not is_empty(store):
        yield None
        store.engine.after_bulk_fill(store.database, (*FILLED, "stage_count", *tallies.TALLIES))
        return
    database = store.database
    tables = ", ".join("?" for _ in FILLED)
    kept = database.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN "
        f"({tables}) AND type IN ('index', 'trigger') ORDER BY type, name",
        FILLED,
    ).fetchall()
    kept = [
        (kind, name, sql)
        for kind, name, sql in kept
        if kind == "index" or name in COUNTED_AFTER or _copy_of(sql) is not None
    ]
    copies = [_copy_of(sql) for kind, name, sql in kept if kind == "trigger"]
    copies = [copy for copy in copies if copy is not None]
    text_indexes = {
        name
        for (name,) in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'"
        ).fetchall()
    }
    (cache,) = database.execute_sql("PRAGMA cache_size").fetchone()
    (threads,) = database.execute_sql("PRAGMA threads").fetchone()
    database.execute_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    database.execute_sql(f"PRAGMA threads = {SORTING_THREADS}")
    texts = _text_indexes_beside(store, copies, text_indexes)
    try:
        for kind, name, _ in kept:
            database.execute_sql(f'DROP {kind.upper()} "{name}"')
        fill = Fill(texts)
        yield fill
        for kind in ("index", "trigger"):  # the triggers once the rows are counted
            if kind == "trigger":
                fill.store_tallies(store)
                _count_stages(store)
                indexed = texts is not None and texts.copy_into(database)
                for table, copy in copies:
                    if not (indexed and table in text_indexes):
                        _copy_rows(store, copy, table if table in text_indexes else None)
            for made, _, sql in kept:
                if made == kind:
                    database.execute_sql(sql)
    finally:
        if texts is not None:
            texts.close()
        database.execute_sql(f"PRAGMA cache_size = {cache}")
        database.execute_sql(f"PRAGMA threads = {threads}")


def _text_indexes_beside(
    store: Store, copies: list[tuple[str, str]], text_indexes: set[str]
) -> TextIndexesBeside | None:
    """A helper to make the text indexes of a table's rows as they come, if they are
    the copies of one table's rows (store/sqlite/text_fill.py)."""
    from kaizen_board.store.sqlite.text_fill import TextIndexesBeside

    indexed = [(target, copy) for target, copy in copies if target in text_indexes]
    sources = {re.search(r"\bFROM (\w+)", copy).group(1) for _, copy in indexed}
    if len(sources) != 1:
        return None
    creates = dict(
        store.database.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN "
            f"({', '.join('?' for _ in indexed)})",
            [target for target, _ in indexed],
        ).fetchall()
    )
    return TextIndexesBeside(
        sources.pop(),
        [(target, creates[target], copy) for target, copy in indexed],
        TEXT_INDEX_PENDING,
    )


def _copy_of(trigger: str) -> tuple[str, str] | None:
    """The table a trigger copies each new row into, and what it does as one statement
    for every row of its table; None for any other trigger."""
    found = _COPYING.fullmatch(trigger.strip())
    if found is None:
        return None
    _, table, insert, target, values = found.groups()
    rows = re.sub(r"\bNEW\.", f"{table}.", values)
    return target, f"{insert} SELECT {rows} FROM {table} ORDER BY {table}.rowid"


def _copy_rows(store: Store, copy: str, text_index: str | None) -> None:
    """Run a copying trigger's statement for every row. Into an FTS5 table, with room for
    TEXT_INDEX_PENDING bytes of terms before they are written out (FTS5 keeps 1 MB), so
    that it merges less of what it wrote (with 64 MB, a third less time at a million
    cards; 16 MB keeps an import's memory flat from 100,000 cards on). Set back after, as
    if it had never been set."""
    database = store.database
    if text_index is None:
        database.execute_sql(copy)
        return
    setting = f"INSERT INTO {text_index} ({text_index}, rank) VALUES ('hashsize', ?)"
    database.execute_sql(setting, (TEXT_INDEX_PENDING,))
    database.execute_sql(copy)
    database.execute_sql(setting, (FTS5_PENDING,))
    database.execute_sql(f"DELETE FROM {text_index}_config WHERE k = 'hashsize'")


def _count_stages(store: Store) -> None:
    """What the stage counts' trigger would have kept, from the cards there are (all of
    them new)."""
    store.database.execute_sql(
        "INSERT INTO stage_count (board_id, stage, live) SELECT board_id, stage, COUNT(*) "
        "FROM card WHERE archived_at IS NULL GROUP BY board_id, stage "
        "ON CONFLICT (board_id, stage) DO UPDATE SET live = stage_count.live + excluded.live"
    )
