"""SQLite's dialect: the connection's settings, the triggers, SQL functions and
expressions, the statements a move runs, and what its errors mean."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee
from peewee import SQL, Case, NodeList, Value, fn

from kaizen_board.errors import DamageFound, DatabaseBusy, DatabaseProblem
from kaizen_board.store import tallies, team_triggers
from kaizen_board.store.engine import Engine
from kaizen_board.store.models import Card
from kaizen_board.store.sqlite import copies
from kaizen_board.store.sqlite.copies import Waiting
from kaizen_board.store.sqlite.damage import (
    UNDECODABLE,
    is_busy,
    is_damage,
    is_disk_full,
    is_undecodable,
    quick_check,
    set_aside_damaged,
)
from kaizen_board.store.sqlite.files import inspect_existing, sqlite_path
from kaizen_board.store.text import SQL_FUNCTIONS, TRIGRAM, fold, short_word_term
from kaizen_board.times import SECOND_MICROS
from kaizen_board.translation import translate

if TYPE_CHECKING:
    from kaizen_board.store.store import Store

# WAL lets the window read while the command line writes; FULL syncs the log on
# every commit, so a committed change survives a power cut.
PRAGMAS = {"journal_mode": "wal", "synchronous": "full", "foreign_keys": 1}
BUSY_TIMEOUT_SECONDS = 10

# Every change of a card's board, stage or archive state moves one count, inside the
# same statement, so the counts are right in every transaction.
_COUNT_IN = (
    "INSERT INTO stage_count (board_id, stage, live) SELECT {row}.board_id, {row}.stage, 1 "
    "WHERE {row}.archived_at IS NULL "
    "ON CONFLICT (board_id, stage) DO UPDATE SET live = live + 1;"
)
_COUNT_OUT = (
    "UPDATE stage_count SET live = live - 1 WHERE {row}.archived_at IS NULL "
    "AND board_id = {row}.board_id AND stage = {row}.stage;"
)
TRIGGERS = (
    "CREATE TRIGGER card_counted_in AFTER INSERT ON card BEGIN "
    + _COUNT_IN.format(row="NEW")
    + " END",
    "CREATE TRIGGER card_counted_out AFTER DELETE ON card BEGIN "
    + _COUNT_OUT.format(row="OLD")
    + " END",
    "CREATE TRIGGER card_counted_moved AFTER UPDATE OF board_id, stage, archived_at ON card "
    "BEGIN " + _COUNT_OUT.format(row="OLD") + " " + _COUNT_IN.format(row="NEW") + " END",
)

# The searched texts of every card, folded (store/text.py), in an FTS5 index of their
# trigrams, kept by triggers in the changing statement: a word of three letters or more
# is found by the index. Contentless (the texts are in `card` already), so a card's old
# text is given again to take it out; the fold is the same function both times.
_FOLDED = "kaizen_fold({row}.title, {row}.description, {row}.standard, {row}.tags)"
_TEXT_IN = "INSERT INTO card_text (rowid, text) VALUES (NEW.id, " + _FOLDED.format(row="NEW") + ");"
_TEXT_OUT = (
    "INSERT INTO card_text (card_text, rowid, text) VALUES ('delete', OLD.id, "
    + _FOLDED.format(row="OLD")
    + ");"
)
TEXT_INDEX = (
    "CREATE VIRTUAL TABLE card_text USING fts5(text, content='', tokenize='trigram')",
    f"CREATE TRIGGER card_text_in AFTER INSERT ON card BEGIN {_TEXT_IN} END",
    f"CREATE TRIGGER card_text_out AFTER DELETE ON card BEGIN {_TEXT_OUT} END",
    "CREATE TRIGGER card_text_changed AFTER UPDATE OF title, description, standard, tags "
    f"ON card BEGIN {_TEXT_OUT} {_TEXT_IN} END",
)
FILL_TEXT_INDEX = (
    "INSERT INTO card_text (rowid, text) SELECT id, " + _FOLDED.format(row="card") + " FROM card"
)
TEXT_MATCHES = "SELECT rowid FROM card_text WHERE card_text MATCH ?"
# A word of one or two letters has no trigram: it is found in a second index, of every
# card's folded text with a gap around each letter (store/text.py `spaced_card_text`),
# whose trigrams are the text's letters and pairs of letters, so such a word is one term
# there. Only which cards hold a term is kept (detail='none'), and nothing is folded again
# (case_sensitive): the terms are the folded text's own. Kept by triggers like card_text.
_SPACED = "kaizen_spaced({row}.title, {row}.description, {row}.standard, {row}.tags)"
_LETTERS_IN = (
    "INSERT INTO card_text_letters (rowid, text) VALUES (NEW.id, "
    + _SPACED.format(row="NEW")
    + ");"
)
_LETTERS_OUT = (
    "INSERT INTO card_text_letters (card_text_letters, rowid, text) VALUES ('delete', OLD.id, "
    + _SPACED.format(row="OLD")
    + ");"
)
SHORT_WORD_INDEX = (
    "CREATE VIRTUAL TABLE card_text_letters USING fts5(text, content='', detail='none', "
    "tokenize='trigram case_sensitive 1')",
    f"CREATE TRIGGER card_text_letters_in AFTER INSERT ON card BEGIN {_LETTERS_IN} END",
    f"CREATE TRIGGER card_text_letters_out AFTER DELETE ON card BEGIN {_LETTERS_OUT} END",
    "CREATE TRIGGER card_text_letters_changed AFTER UPDATE OF title, description, standard, "
    f"tags ON card BEGIN {_LETTERS_OUT} {_LETTERS_IN} END",
)
FILL_SHORT_WORD_INDEX = (
    "INSERT INTO card_text_letters (rowid, text) SELECT id, "
    + _SPACED.format(row="card")
    + " FROM card"
)
LETTERS_MATCH = "SELECT rowid FROM card_text_letters WHERE card_text_letters MATCH ?"

# The statements every move runs. Building a query's SQL costs peewee more than SQLite
# needs to run a one-row lookup, so these are written out once, here.
_CARD_COLUMNS = ", ".join(field.column_name for field in Card._meta.sorted_fields)
CARD_ROW = f"SELECT {_CARD_COLUMNS} FROM card WHERE id = ?"
IMPROVED_IN_LAP = "SELECT 1 FROM event WHERE card_id = ? AND kind = 'improved' AND lap = ? LIMIT 1"
MEMBER_BY_KEY = "SELECT id FROM member WHERE key = ?"


def _asked_of_index(folded: str) -> tuple[str, str] | None:
    """The query of the index that finds a folded word, and the phrase it is given: the
    trigrams for a word of three letters or more, the letters and pairs for a shorter one
    (None: neither finds it, as the empty word)."""
    if len(folded) >= TRIGRAM:
        term, matches = folded, TEXT_MATCHES
    else:
        term, matches = short_word_term(folded), LETTERS_MATCH
        if term is None:
            return None
    return matches, '"' + term.replace('"', '""') + '"'


class KaizenSqliteDatabase(peewee.SqliteDatabase):
    """peewee's SQLite database, with what Kaizen Board's models ask of an engine."""

    # After "INTEGER PRIMARY KEY": SQLite then never gives a deleted row's id again.
    never_reused_id_suffix = "AUTOINCREMENT"


def new_database(path: Path) -> KaizenSqliteDatabase:
    database = KaizenSqliteDatabase(
        str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", timeout=BUSY_TIMEOUT_SECONDS
    )
    # Search compares text with letters beyond ASCII case-folded (ops.search).
    database.register_function(_casefold, "casefold", 1, deterministic=True)
    # The text index's triggers fold cards' texts with it (TEXT_INDEX).
    for name, function in SQL_FUNCTIONS.items():
        database.register_function(function, name, -1, deterministic=True)
    return database


def _casefold(text: str | None) -> str | None:
    return None if text is None else str(text).casefold()


class SqliteEngine(Engine):
    """SQLite: one database file on one desktop."""

    name = "sqlite"
    keeps_file_backups = True

    def __init__(self) -> None:
        self._inserts: dict[tuple, str] = {}

    def translated(self, location: str, error: BaseException) -> DatabaseProblem:
        # A failed commit (a full disk, say) makes the rollback after it fail too
        # ("cannot rollback - no transaction is active"): the first error is said.
        chain = [error]
        while chain[-1].__context__ is not None and len(chain) < 8:
            chain.append(chain[-1].__context__)
        folder = Path(location).parent
        error = next(
            (
                cause
                for cause in chain
                if is_damage(cause)
                or is_undecodable(cause)
                or is_busy(cause)
                or is_disk_full(cause, folder)
            ),
            error,
        )
        if is_damage(error):
            return DamageFound(f"{error}")
        if is_undecodable(error):
            return DamageFound(translate("Database", UNDECODABLE))
        if is_busy(error):
            return DatabaseBusy(
                translate(
                    "Database",
                    "{location} is busy: another window or command kept it locked for writing; "
                    "nothing was changed. Try again in a moment",
                ).format(location=location)
            )
        if is_disk_full(error, folder):
            return DatabaseProblem(
                translate(
                    "Database",
                    "the disk holding {location} is full: nothing was changed. Make room and try "
                    "again",
                ).format(location=location)
            )
        return DatabaseProblem(f"{location}: {error}")

    def write_transaction(self, database: peewee.Database):
        return database.atomic()  # BEGIN IMMEDIATE: the lock type of new_database

    def read_transaction(self, database: peewee.Database):
        return database.atomic(lock_type="DEFERRED")  # WAL: a snapshot from the first read

    def data_version(self, database: peewee.Database) -> int:
        return database.execute_sql("PRAGMA data_version").fetchone()[0]

    def wait_for_writers(self, database: peewee.Database, seconds: float) -> None:
        database.execute_sql(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    def schema_statements(self) -> tuple[str, ...]:
        return (
            TRIGGERS
            + TEXT_INDEX
            + SHORT_WORD_INDEX
            + self.tally_statements()
            + self.team_statements()
        )

    def tally_statements(self) -> tuple[str, ...]:
        return tallies.sqlite_statements()

    def team_statements(self) -> tuple[str, ...]:
        return team_triggers.sqlite_statements()

    def text_index_statements(self) -> tuple[str, ...]:
        return (*TEXT_INDEX, FILL_TEXT_INDEX)

    def short_word_index_statements(self) -> tuple[str, ...]:
        """What makes the index of short words and fills it from the cards there are."""
        return (*SHORT_WORD_INDEX, FILL_SHORT_WORD_INDEX)

    def interrupt(self, connection: Any) -> None:
        connection.interrupt()

    def text_contains(
        self, database: peewee.Database, word: str, few: int, *, counting: bool = False
    ) -> tuple[Any, bool]:
        folded = fold(word)
        asked = _asked_of_index(folded)
        if asked is not None:
            matches, phrase = asked
            found = database.execute_sql(
                f"SELECT COUNT(*) FROM ({matches} LIMIT ?)", (phrase, few + 1)
            ).fetchone()[0]
            if found <= few:
                return Card.id.in_(NodeList((SQL("("), SQL(matches, (phrase,)), SQL(")")))), True
        # A common word (or an empty one): each card's texts are tested, walking a column.
        texts = fn.kaizen_fold(Card.title, Card.description, Card.standard, Card.tags)
        return fn.instr(texts, folded) > 0, False

    def casefold(self, expression: Any) -> Any:
        return fn.casefold(expression)  # registered on every connection: new_database

    def guard_formula(self, expression: Any, starts: frozenset[str]) -> Any:
        # One GLOB on the first character per cell; only the rare cell it matches looks
        # further. Measured on 200,000 cards: a fifth of the cost of comparing characters.
        first_char = "[" + "".join(sorted(starts - {"-"})) + "-]*"
        apostrophe_then = [ord(char) for char in sorted(starts)]
        guard = (fn.unicode(expression) != ord("'")) | fn.unicode(fn.substr(expression, 2)).in_(
            apostrophe_then
        )
        guarded = Case(None, [(guard, Value("'").concat(expression))], expression)
        return Case(None, [(fn.glob(first_char, expression), guarded)], expression)

    def format_time(self, expression: Any) -> Any:
        # SQLite's datetime() is quick where a strftime() pattern is not (about 30 times).
        moment = fn.datetime(expression / SECOND_MICROS, "unixepoch")
        return fn.COALESCE(fn.replace(moment, " ", "T").concat("+00:00"), "")

    def insert_rows(
        self, database: peewee.Database, model: Any, columns: list, rows: list[tuple]
    ) -> None:
        # One statement, built once a shape, run for every row by the driver: quicker
        # here than a multi-row INSERT (peewee building the values is the cost).
        key = (model, tuple(column.name for column in columns))
        statement = self._inserts.get(key)
        if statement is None:
            statement, _ = model.insert_many([[None] * len(columns)], fields=columns).sql()
            self._inserts[key] = statement
        database.cursor().executemany(statement, rows)

    def stream(self, database: peewee.Database, query: Any) -> Any:
        return database.execute(query)  # SQLite's cursor reads rows as they are asked for

    def highest_id_given(self, database: peewee.Database, table: str) -> int:
        given = database.execute_sql(
            "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0))",
            (table,),
        ).fetchone()[0]
        return int(given)

    def card_row(self, database: peewee.Database, card_id: int) -> tuple | None:
        return database.execute_sql(CARD_ROW, (card_id,)).fetchone()

    def improved_in_lap(self, database: peewee.Database, card_id: int, lap: int) -> bool:
        return database.execute_sql(IMPROVED_IN_LAP, (card_id, lap)).fetchone() is not None

    def member_by_key(self, database: peewee.Database, key: str) -> int | None:
        found = database.execute_sql(MEMBER_BY_KEY, (key,)).fetchone()
        return None if found is None else found[0]

    def quick_check(self, store: Store) -> str | None:
        return quick_check(store.database.connection())

    def set_aside_damaged(self, location: str, problem: str) -> DatabaseProblem:
        return set_aside_damaged(sqlite_path(location), problem)

    def damage_of(self, location: str) -> str | None:
        import sqlite3

        try:
            with copies.read_only(sqlite_path(location)) as connection:
                return quick_check(connection)
        except sqlite3.Error:
            return None

    def copy_to(self, store: Store, target: Path) -> Path:
        return copies.copy_database(store.database.connection(), target)

    def fingerprint(self, store: Store) -> tuple:
        return copies.fingerprint(store.database.connection())

    def backup_fingerprint(self, backup: Path) -> tuple | None:
        return copies.file_fingerprint(backup)

    def check_backup(self, backup: Path) -> None:
        copies.verify(backup)
        inspect_existing(backup)
        if not copies.has_a_board(backup):
            raise DatabaseProblem(
                translate(
                    "Database",
                    "{backup} holds no board (it is empty), so restoring it would empty yours: "
                    "nothing was changed",
                ).format(backup=backup)
            )

    def restore_from(
        self, store: Store, backup: Path, waiting: Waiting | None, wait_seconds: float
    ) -> None:
        copies.copy_over(backup, store.database.connection(), store.location, waiting, wait_seconds)


SQLITE = SqliteEngine()
