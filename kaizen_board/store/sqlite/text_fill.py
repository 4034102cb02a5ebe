"""A bulk fill's text indexes, made in a process of their own while the rows are stored.

Tokenizing every card's text into the two FTS5 indexes (store/sqlite/engine.py) is most
of what a million cards' fill costs after its rows: 10 s each, on one core, after the
rows, while the other core waits. A fill that gives its cards' ids (the demo) can hand
each batch of cards to a helper process as it goes to be stored: the helper runs the
same statements the text index triggers would (the copying triggers' INSERT ... SELECT,
store/bulk_load.py) into the same FTS5 tables in a scratch database of its own, on the
core the fill leaves idle, with its own Python lock. Once the rows are stored, what it
made is copied into the fill's database: an FTS5 table is wholly the rows of its shadow
tables (as SQLite's own `.dump` restores one), so the table is made anew there (no
connection holds a cached view of the old one) and its shadow tables get the helper's
rows.

Run as `python -m kaizen_board.store.sqlite.text_fill SCRATCH`: it reads pickled
messages on its standard input (`_Order`, then row batches, then None) and exits 0 once
its indexes are committed to SCRATCH.
"""

from __future__ import annotations

import pickle
import queue
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from kaizen_board.store.bulk_load import insert_many

# An FTS5 table's shadow tables: what it holds is all in these.
SHADOWS = ("data", "idx", "docsize", "config", "content")
_COLUMN = r'\b{table}\.("?)(\w+)\1'
# Rows a statement copies into the fill's database: the index's pages are 4 kB each.
ROWS_PER_COPY = 1_000
# Rows the helper gathers before it indexes them: FTS5 writes what it holds at the end of
# each statement, and fewer, larger segments are fewer to merge.
ROWS_PER_FILL = 50_000


@dataclass(frozen=True)
class _Order:
    """What the helper is to make: the rows' table (with these columns) and, for each
    text index, the statement that makes it and the one that fills it from that table."""

    table: str
    columns: tuple[str, ...]
    indexes: tuple[tuple[str, str, str], ...]  # (name, CREATE VIRTUAL TABLE, INSERT ... SELECT)
    pending: int  # bytes of terms FTS5 holds before writing them out


class TextIndexesBeside:
    """Text indexes of `table`'s rows made by a helper process as the rows come.

    Give `take` every batch of the table's rows as they go to be stored, then `copy_into`
    once they are stored. Rows without their ids cannot be indexed ahead (their rowids
    are the database's to give): after such a batch, or if the helper fails, `copy_into`
    returns False and the caller fills the indexes itself.
    """

    # How the helper is started: this module run by this Python.
    command: tuple[str, ...] = (sys.executable, "-m", __name__)

    def __init__(self, table: str, indexes: Sequence[tuple[str, str, str]], pending: int) -> None:
        self.table = table
        self.indexes = tuple(indexes)
        self.pending = pending
        needed = {
            name
            for _, _, fill in self.indexes
            for _, name in re.findall(_COLUMN.format(table=re.escape(table)), fill)
        }
        needed.discard("rowid")
        self.columns = ("id", *sorted(needed - {"id"}))
        self.rows = 0
        self.usable = True
        self.error = ""  # what the helper said, if it failed
        self._folder: Path | None = None
        self._helper: subprocess.Popen | None = None

    def take(self, columns: Sequence[str], rows: Sequence[tuple]) -> None:
        """A batch of the table's rows (tuples of `columns`' stored values)."""
        if not self.usable or not rows:
            return
        if not set(self.columns) <= set(columns):
            self._give_up()
            return
        pick = itemgetter(*(list(columns).index(name) for name in self.columns))
        try:
            if self._helper is None:
                self._start()
            pickle.dump([pick(row) for row in rows], self._stdin, pickle.HIGHEST_PROTOCOL)
            self._stdin.flush()  # the whole batch now: the helper's reading thread takes it
        except OSError:  # the helper is gone (its error is read in copy_into)
            self.usable = False
            return
        self.rows += len(rows)

    def copy_into(self, database: Any) -> bool:
        """Put the indexes the helper made into `database` (inside its write), if it made
        them of every row the table holds; False, and nothing done, if not."""
        try:
            if not self._finished():
                return False
            (rows,) = database.execute_sql(f'SELECT COUNT(*) FROM "{self.table}"').fetchone()
            if rows != self.rows:
                return False
            scratch = sqlite3.connect(self._folder / "text.sqlite")
            try:
                for name, create, _ in self.indexes:
                    # Made anew, so that no FTS5 table of this connection keeps a view
                    # of the empty index it read before (the fill's schema changes
                    # would have it connect again anyway; this does not rest on that).
                    database.execute_sql(f'DROP TABLE "{name}"')
                    database.execute_sql(create)
                    for shadow in _shadows(database, name):
                        database.execute_sql(f'DELETE FROM "{shadow}"')
                        _copy_table(database, scratch, shadow)
            finally:
                scratch.close()
            return True
        finally:
            self.close()

    def close(self) -> None:
        """Stop the helper if it runs, and remove its scratch database."""
        if self._helper is not None:
            if self._helper.poll() is None:
                self._helper.kill()
            self._helper.wait()
            with suppress(OSError):  # what it had not read yet
                self._helper.stdin.close()
            self._helper = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    @property
    def _stdin(self) -> IO[bytes]:
        return self._helper.stdin

    def _start(self) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="kaizen-text-"))
        with open(self._folder / "errors.txt", "wb") as errors:
            self._helper = subprocess.Popen(
                [*self.command, str(self._folder / "text.sqlite")],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=errors,
            )
        order = _Order(self.table, self.columns, self.indexes, self.pending)
        pickle.dump(order, self._stdin, pickle.HIGHEST_PROTOCOL)

    def _give_up(self) -> None:
        self.usable = False
        self.close()

    def _finished(self) -> bool:
        if not self.usable or self._helper is None:
            return False
        try:
            pickle.dump(None, self._stdin)
            self._stdin.close()
        except OSError:
            pass
        if self._helper.wait() != 0:  # the caller fills the indexes itself
            self.error = (self._folder / "errors.txt").read_text(errors="replace")
            return False
        return True


def _shadows(database: Any, name: str) -> list[str]:
    wanted = [f"{name}_{shadow}" for shadow in SHADOWS]
    marks = ", ".join("?" for _ in wanted)
    found = database.execute_sql(
        f"SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ({marks})", wanted
    ).fetchall()
    return [table for (table,) in found]


def _copy_table(database: Any, scratch: sqlite3.Connection, table: str) -> None:
    """Every row of `table` in `scratch` into the same table of `database`."""
    source = scratch.execute(f'SELECT * FROM "{table}"')
    names = tuple(column[0] for column in source.description)
    while rows := source.fetchmany(ROWS_PER_COPY):
        insert_many(database.execute_sql, table, names, rows)


def _fill(path: str, stream: IO[bytes]) -> None:
    """The helper: read the order and the row batches, make the indexes, commit."""
    from kaizen_board.store.text import SQL_FUNCTIONS

    order: _Order = pickle.load(stream)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    for name, function in SQL_FUNCTIONS.items():
        connection.create_function(name, -1, function, deterministic=True)
    columns = ", ".join(f'"{name}"' for name in order.columns[1:])
    connection.execute("BEGIN")
    connection.execute(f'CREATE TABLE "{order.table}" ("id" INTEGER PRIMARY KEY, {columns})')
    for name, create, _ in order.indexes:
        connection.execute(create)
        _set_pending(connection, name, order.pending)
    waiting = 0  # rows stored in the scratch table, not yet indexed
    batches = _read_ahead(stream)
    while (rows := batches.get()) is not None:
        if rows is EOFError:
            sys.exit("the fill stopped before its last batch")
        insert_many(connection.execute, order.table, order.columns, rows)
        waiting += len(rows)
        if waiting >= ROWS_PER_FILL:
            _index(connection, order)
            waiting = 0
    _index(connection, order)
    for name, _, _ in order.indexes:
        connection.execute(f"DELETE FROM {name}_config WHERE k = 'hashsize'")
    connection.execute(f'DROP TABLE "{order.table}"')
    connection.execute("COMMIT")
    connection.close()


def _read_ahead(stream: IO[bytes]) -> queue.SimpleQueue:
    """The batches on `stream`, read as they come by a thread of their own: the fill
    that sends them never waits for this process to take them."""
    batches: queue.SimpleQueue = queue.SimpleQueue()

    def read() -> None:
        while True:
            try:
                batch = pickle.load(stream)
            except EOFError:  # the fill stopped: what it sent is not to be committed
                batch = EOFError
            batches.put(batch)
            if batch is None or batch is EOFError:
                return

    threading.Thread(target=read, name="batches", daemon=True).start()
    return batches


def _index(connection: sqlite3.Connection, order: _Order) -> None:
    """Index the rows waiting in the scratch table, and empty it."""
    for _, _, fill in order.indexes:
        connection.execute(fill)
    connection.execute(f'DELETE FROM "{order.table}"')


def _set_pending(connection: sqlite3.Connection, name: str, pending: int) -> None:
    connection.execute(f"INSERT INTO {name} ({name}, rank) VALUES ('hashsize', ?)", (pending,))


if __name__ == "__main__":
    _fill(sys.argv[1], sys.stdin.buffer)
