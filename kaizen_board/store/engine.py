"""The seam between the store and one kind of database: what every engine provides.

SQLite (store/sqlite/) keeps a board in one file on one desktop; PostgreSQL
(store/postgresql/) on a server a team shares. Everything that speaks an engine's dialect
of SQL or touches its files is behind this seam; the rest of the program asks the
store's engine and never which engine it is.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import peewee

    from kaizen_board.errors import DatabaseProblem
    from kaizen_board.store.store import Store


class Engine:
    """The operations the store and the core need from a database engine."""

    name = "engine"
    keeps_file_backups = False  # backups beside the database file, taken before upgrades

    # Errors ------------------------------------------------------------------------

    def translated(self, location: str, error: BaseException) -> DatabaseProblem:
        """An engine's error as the user should read it (damaged, busy, disk full...)."""
        raise NotImplementedError

    # The connection ------------------------------------------------------------------

    def write_transaction(self, database: peewee.Database) -> AbstractContextManager:
        """A transaction holding the database's write lock from its start."""
        raise NotImplementedError

    def read_transaction(self, database: peewee.Database) -> AbstractContextManager:
        """A transaction in which every read sees the database at one moment."""
        raise NotImplementedError

    def data_version(self, database: peewee.Database) -> int:
        """A number that changes when another connection commits."""
        raise NotImplementedError

    def wait_for_writers(self, database: peewee.Database, seconds: float) -> None:
        """How long this thread's writes wait for another connection's lock."""
        raise NotImplementedError

    def schema_statements(self) -> tuple[str, ...]:
        """What a new database needs beyond the models' tables and indexes (triggers)."""
        raise NotImplementedError

    def short_word_index_statements(self) -> tuple[str, ...]:
        """What makes the index of every card's letters and pairs of letters, through
        which a word of one or two letters is found (it has no trigram), and fills it
        from the cards there are (a migration runs them)."""
        raise NotImplementedError

    def tally_statements(self) -> tuple[str, ...]:
        """What makes the running totals of events the charts read (store/tallies.py):
        their tables, the triggers that keep them, the lead-time index."""
        raise NotImplementedError

    def team_statements(self) -> tuple[str, ...]:
        """What makes the database keep each board's team: the triggers by which someone
        named on a card joins (store/team_triggers.py)."""
        raise NotImplementedError

    def signed_in_statements(self) -> tuple[str, ...]:
        """What makes the database record the member signed in as the one who made each
        change, whatever the program says; nothing where there is no sign-in."""
        return ()

    # SQL expressions the core builds queries with -----------------------------------

    def text_index_statements(self) -> tuple[str, ...]:
        """What makes the text index of cards' searched texts, and fills it from the cards
        there are (a migration runs them; a new database has them in its schema)."""
        raise NotImplementedError

    def text_contains(
        self, database: peewee.Database, word: str, few: int, *, counting: bool = False
    ) -> tuple[Any, bool]:
        """The condition on Card: `word` is in its title, description, standard or tags,
        letter case and accents aside (store/text.py); and whether the text index finds
        it on at most `few` cards. Then the condition gives their ids from the index, to
        be read by id; else it tests each card it is asked about (walking a column, the
        first page of a common word comes at once). `counting` every match, the index's
        ids are the quicker way whenever the index can find the word."""
        raise NotImplementedError

    def casefold(self, expression: Any) -> Any:
        """SQL for the text case-folded as Python's str.casefold does."""
        raise NotImplementedError

    def guard_formula(self, expression: Any, starts: frozenset[str]) -> Any:
        """SQL for csv_format.guard_formula of the text: an apostrophe before a text that
        starts with one of `starts` (one of which is the apostrophe itself), or with an
        apostrophe followed by one of them."""
        raise NotImplementedError

    def format_time(self, expression: Any) -> Any:
        """SQL for csv_format.format_time of a timestamp (microseconds), "" for NULL."""
        raise NotImplementedError

    # Statements a move runs, prepared once ------------------------------------------

    def card_row(self, database: peewee.Database, card_id: int) -> tuple | None:
        """A card's stored row, its columns in the Card model's field order."""
        raise NotImplementedError

    def improved_in_lap(self, database: peewee.Database, card_id: int, lap: int) -> bool:
        raise NotImplementedError

    def member_by_key(self, database: peewee.Database, key: str) -> int | None:
        raise NotImplementedError

    def prepared(self, database: peewee.Database, shape: tuple, build) -> str:
        """The SQL of a statement of a fixed shape, built by `build(quote, param)` the
        first time and kept: the statements every move runs. Building SQL costs peewee
        more than the database needs to run a one-row statement (100 us against 10)."""
        cache = self.__dict__.setdefault("_prepared", {})
        sql = cache.get(shape)
        if sql is None:
            sql = cache[shape] = build(database.quote[0], database.param)
        return sql

    def update_row(
        self, database: peewee.Database, model: Any, row_id: int, version: int, values: dict
    ) -> int:
        """Write `values` (field name: value) to the row of that id and version; how many
        rows it changed (0: the version moved on meanwhile)."""
        fields = model._meta.fields
        names = tuple(values)

        def build(quote: str, param: str) -> str:
            assigned = ", ".join(
                f"{quote}{fields[name].column_name}{quote} = {param}" for name in names
            )
            return (
                f"UPDATE {quote}{model._meta.table_name}{quote} SET {assigned} "
                f"WHERE {quote}id{quote} = {param} AND {quote}version{quote} = {param}"
            )

        sql = self.prepared(database, ("update", model, names), build)
        params = [fields[name].db_value(values[name]) for name in names] + [row_id, version]
        return database.execute_sql(sql, params).rowcount

    def insert_row(self, database: peewee.Database, model: Any, values: dict) -> int:
        """Store one row (field name: value); its new id."""
        fields = model._meta.fields
        names = tuple(values)
        returning = database.returning_clause

        def build(quote: str, param: str) -> str:
            columns = ", ".join(f"{quote}{fields[name].column_name}{quote}" for name in names)
            sql = (
                f"INSERT INTO {quote}{model._meta.table_name}{quote} ({columns}) "
                f"VALUES ({', '.join([param] * len(names))})"
            )
            return sql + f" RETURNING {quote}id{quote}" if returning else sql

        sql = self.prepared(database, ("insert", model, names), build)
        cursor = database.execute_sql(sql, [fields[name].db_value(values[name]) for name in names])
        return cursor.fetchone()[0] if returning else cursor.lastrowid

    # The whole database ------------------------------------------------------------

    def set_aside_damaged(self, location: str, problem: str) -> DatabaseProblem:
        """Move a damaged database out of the way (kept), if no one else has it open; the
        error to raise, saying what was done and which backup to restore."""
        raise NotImplementedError

    def damage_of(self, location: str) -> str | None:
        """What is wrong with a database that is not open here, if it is damaged."""
        raise NotImplementedError

    def interrupt(self, connection: Any) -> None:
        """Stop the statement a connection is running, from another thread (it fails
        in its own thread). A window's background count is stopped so."""
        raise NotImplementedError

    def after_error(self, database: peewee.Database) -> None:
        """A statement failed: if the connection is gone, forget it, so that the next
        use opens a new one (a server restarted, a network that came back)."""

    def listen(self, store: Store) -> Any:
        """Something with `fileno()`, `changed()` and `close()` that hears at once of other
        connections' commits (a window watches its file descriptor); None where the
        engine has no such thing, and `data_version` is polled instead."""
        return None

    def quick_check(self, store: Store) -> str | None:
        """None if the engine finds the database sound, else what is wrong."""
        raise NotImplementedError

    def copy_to(self, store: Store, target: Path) -> Path:
        """A consistent, verified copy of the database in the file `target`."""
        raise NotImplementedError

    def insert_rows(
        self, database: peewee.Database, model: Any, columns: list, rows: list[tuple]
    ) -> None:
        """Store many rows of `model`, each a tuple of values for `columns`, quickly."""
        raise NotImplementedError

    def after_bulk_fill(self, database: peewee.Database, tables: tuple[str, ...]) -> None:
        """Many rows went into `tables` (inside the write): let the planner know what they
        hold now, where it does not learn that as it goes."""

    def stream(self, database: peewee.Database, query: Any) -> Any:
        """The rows of a query, read from the database as they are iterated (memory does
        not grow with the result). Inside a transaction."""
        raise NotImplementedError

    def highest_id_given(self, database: peewee.Database, table: str) -> int:
        """The highest id the table has ever given (deleted rows' too)."""
        raise NotImplementedError

    def ids_given(self, database: peewee.Database, table: str) -> None:
        """Rows were stored with ids of their own: make sure no later row gets one."""

    def fingerprint(self, store: Store) -> tuple:
        """What changes whenever the board does (to tell whether a backup is due)."""
        raise NotImplementedError

    def backup_fingerprint(self, backup: Path) -> tuple | None:
        """`fingerprint` of a backup file, or None if it cannot be read."""
        raise NotImplementedError

    def check_backup(self, backup: Path) -> None:
        """DatabaseProblem unless the file is an intact database of this program."""
        raise NotImplementedError

    def restore_from(self, store: Store, backup: Path, waiting: Any, wait_seconds: float) -> None:
        """Replace the database's data with the backup's in one step; ids continue from
        the highest ever given out; `waiting` is called while another writer holds the
        lock, for at most `wait_seconds`, then DatabaseBusy."""
        raise NotImplementedError
