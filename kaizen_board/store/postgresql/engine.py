"""PostgreSQL's dialect: the write lock, the triggers, SQL expressions, the statements a
move runs, what its errors mean, and the change counter other windows watch."""

from __future__ import annotations

import threading
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee
from peewee import SQL, Case, Expression, NodeList, Value, fn

from kaizen_board.errors import (
    Conflict,
    DatabaseBusy,
    DatabaseProblem,
    PasswordNeeded,
    ReadOnlyDatabase,
)
from kaizen_board.store import tallies, team_triggers
from kaizen_board.store.engine import Engine
from kaizen_board.store.models import Card
from kaizen_board.store.text import TRIGRAM
from kaizen_board.times import SECOND_MICROS
from kaizen_board.translation import translate

if TYPE_CHECKING:
    from kaizen_board.store.store import Store

# Every write transaction holds this advisory lock from its start to its end: writers
# take turns as on SQLite, so what an operation reads before it writes stays true. Making
# or upgrading the schema is such a write (store/schema.py), so two desktops starting an
# upgraded program at once cannot both migrate: the second waits, then finds it done.
WRITE_LOCK = 0x4B414932  # "KAI2"
LOCK_WAIT_SECONDS = 10
CHANNEL = "kaizen_board"  # what LISTEN/NOTIFY tells other windows on

# The count of a stage's live cards moves once a statement, by the statement's rows
# (transition tables): a multi-row INSERT updates the count once, not once a row.
_NET_CHANGE = """
    INSERT INTO stage_count (board_id, stage, live)
    SELECT board_id, stage, SUM(n) FROM ({rows}) AS changed
    GROUP BY board_id, stage HAVING SUM(n) <> 0
    ON CONFLICT (board_id, stage) DO UPDATE SET live = stage_count.live + EXCLUDED.live;
"""
_LIVE = "SELECT board_id, stage, {sign} AS n FROM {table} WHERE archived_at IS NULL"
_COUNT_FUNCTIONS = tuple(
    f"""
CREATE FUNCTION kaizen_count_{name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
{_NET_CHANGE.format(rows=rows)}
    RETURN NULL;
END $$
"""
    for name, rows in (
        ("in", _LIVE.format(sign=1, table="new_rows")),
        ("out", _LIVE.format(sign=-1, table="old_rows")),
        (
            "moved",
            _LIVE.format(sign=-1, table="old_rows")
            + " UNION ALL "
            + _LIVE.format(sign=1, table="new_rows"),
        ),
    )
)
_COUNT_TRIGGERS = (
    "CREATE TRIGGER card_counted_in AFTER INSERT ON card REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION kaizen_count_in()",
    "CREATE TRIGGER card_counted_out AFTER DELETE ON card REFERENCING OLD TABLE AS old_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION kaizen_count_out()",
    "CREATE TRIGGER card_counted_moved AFTER UPDATE ON card "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION kaizen_count_moved()",
)
# A count of changes for each server process (a connection) moved in the changing
# transaction, and a notification sent when it commits: other windows learn of changes
# without reading the tables. A connection's data version is the others' changes.
_CHANGED_FUNCTION = f"""
CREATE FUNCTION kaizen_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_counter (pid, changes) VALUES (pg_backend_pid(), 1)
    ON CONFLICT (pid) DO UPDATE SET changes = change_counter.changes + 1;
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$
"""
# The searched texts of every card, folded (letter case, and the accents unaccent knows),
# in a trigram index of pg_trgm: a LIKE with a word of three letters or more is found
# through it. Both extensions ship with PostgreSQL and may be made by a database's owner.
_FOLD_FUNCTION = r"""
CREATE FUNCTION kaizen_fold(VARIADIC texts text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT replace(replace(replace(lower(public.unaccent('public.unaccent'::regdictionary,
        array_to_string(texts, E'\x1f', ''))), 'ß', 'ss'), 'ẞ', 'ss'), 'ς', 'σ')
$$
"""
TEXT_INDEX = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public",
    "CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public",
    _FOLD_FUNCTION,
    "CREATE INDEX card_text ON card USING gin "
    "(kaizen_fold(title, description, standard, tags) public.gin_trgm_ops)",
)
# A word of one or two letters has no trigram: a second GIN index holds every card's
# folded text as the array of its letters and pairs of letters, so such a word is one key
# there. Its keys are compared byte by byte (COLLATE "C"), which is quicker to keep. The
# function is PARALLEL RESTRICTED so that reading a few cards through the index is planned
# without parallel workers, whose start (10-20 ms a column here) costs more than the read.
_LETTERS_FUNCTION = r"""
CREATE FUNCTION kaizen_letters(folded text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL RESTRICTED AS $$
    SELECT string_to_array(folded, NULL)
        || string_to_array(regexp_replace(folded, '(..)', E'\\1\x1e', 'g'), E'\x1e')
        || string_to_array(regexp_replace(substr(folded, 2), '(..)', E'\\1\x1e', 'g'), E'\x1e')
$$
"""
_LETTERS = 'kaizen_letters(kaizen_fold(title, description, standard, tags) COLLATE "C")'
SHORT_WORD_INDEX = (
    _LETTERS_FUNCTION,
    f"CREATE INDEX card_text_letters ON card USING gin (({_LETTERS}))",
)
# Who made a change is the member signed in (session_user), recorded by the server itself:
# a member's client, or psql, cannot credit a change to someone else. An event or standard
# revision inserted by anyone but the board's owner is credited to the member named as
# the role signed in (made as the program makes one: ops/directory.py); events stay as
# they were (no UPDATE), and a member deletes only its own (undo takes back its change).
# The owner (the role owning the tables, or a superuser) may record others' changes:
# copying a board's history in, restoring a backup. The functions look names up in the
# board's own schema only (search_path pinned), never in a member's temporary tables.
_BOARD_OWNER_FUNCTION = """
CREATE FUNCTION kaizen_board_owner(board_table regclass) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_catalog.pg_has_role(session_user, relowner, 'MEMBER')
    FROM pg_catalog.pg_class WHERE oid = board_table
$$
"""
_NAME_KEY = (  # ops/directory.py's name_key in SQL: NFKC, case folded, spaces collapsed
    "btrim(regexp_replace(replace(replace(replace(lower(normalize(session_user::text, NFKC)), "
    "'ß', 'ss'), 'ẞ', 'ss'), 'ς', 'σ'), '\\s+', ' ', 'g'))"
)
_SIGNED_IN_MEMBER_FUNCTION = f"""
CREATE FUNCTION kaizen_signed_in_member() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    signed_in integer;
BEGIN
    SELECT id INTO signed_in FROM member WHERE name = session_user::text;
    IF signed_in IS NULL THEN
        INSERT INTO member (name, key, created_at)
        VALUES (session_user::text, {_NAME_KEY},
                (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
        ON CONFLICT DO NOTHING RETURNING id INTO signed_in;
    END IF;
    IF signed_in IS NULL THEN  -- made meanwhile by another connection
        SELECT id INTO signed_in FROM member WHERE name = session_user::text;
    END IF;
    IF signed_in IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'unique_violation', MESSAGE = 'the member '
            || session_user || ' cannot be made: another member''s name differs from it '
            || 'only in letter case or spacing';
    END IF;
    RETURN signed_in;
END $$
"""
_SIGNED_IN_EVENT_FUNCTION = """
CREATE FUNCTION kaizen_signed_in_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.member_id := kaizen_signed_in_member();
    RETURN NEW;
END $$
"""
_SIGNED_IN_REVISION_FUNCTION = """
CREATE FUNCTION kaizen_signed_in_revision() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    signed_in integer := kaizen_signed_in_member();
BEGIN
    IF NEW.member_id IS DISTINCT FROM signed_in THEN
        -- A revision put back as it was (the undo of a card's delete) keeps the member of
        -- the edit that made it: that edit's event, by that member at that moment, stays
        -- in the history, and no revision holds its place; any other revision is the
        -- signed-in member's.
        IF (
            SELECT COUNT(*) FROM event WHERE card_id = NEW.card_id AND kind = 'edited'
            AND member_id = NEW.member_id AND at = NEW.replaced_at
        ) <= (
            SELECT COUNT(*) FROM standard_revision WHERE card_id = NEW.card_id
            AND member_id = NEW.member_id AND replaced_at = NEW.replaced_at
        ) THEN
            NEW.member_id := signed_in;
        END IF;
    END IF;
    RETURN NEW;
END $$
"""
_HISTORY_KEPT_FUNCTION = """
CREATE FUNCTION kaizen_history_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'event' THEN
        IF OLD.member_id = kaizen_signed_in_member() THEN
            RETURN OLD;  -- an undo takes back the member's own change
        END IF;
        RAISE EXCEPTION 'a member deletes only the events of its own changes (by undo)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = 'the '
        || TG_TABLE_NAME || ' table keeps the history as it was made: only the board''s '
        || 'owner changes its rows';
END $$
"""
_SIGNED_IN_FUNCTIONS = (
    "kaizen_signed_in_member()",
    "kaizen_signed_in_event()",
    "kaizen_signed_in_revision()",
    "kaizen_history_kept()",
)
_NOT_OWNER = "FOR EACH ROW WHEN (NOT kaizen_board_owner('{table}'))"
SIGNED_IN = (
    _BOARD_OWNER_FUNCTION,
    _SIGNED_IN_MEMBER_FUNCTION,
    _SIGNED_IN_EVENT_FUNCTION,
    _SIGNED_IN_REVISION_FUNCTION,
    _HISTORY_KEPT_FUNCTION,
    "DO $$ BEGIN "
    + " ".join(
        f"EXECUTE 'ALTER FUNCTION {function} SET search_path = ' "
        "|| quote_ident(current_schema()) || ', pg_temp';"
        for function in _SIGNED_IN_FUNCTIONS
    )
    + " END $$",
    "CREATE TRIGGER event_signed_in BEFORE INSERT ON event "
    + _NOT_OWNER.format(table="event")
    + " EXECUTE FUNCTION kaizen_signed_in_event()",
    "CREATE TRIGGER standard_revision_signed_in BEFORE INSERT ON standard_revision "
    + _NOT_OWNER.format(table="standard_revision")
    + " EXECUTE FUNCTION kaizen_signed_in_revision()",
    "CREATE TRIGGER event_kept BEFORE UPDATE OR DELETE ON event "
    + _NOT_OWNER.format(table="event")
    + " EXECUTE FUNCTION kaizen_history_kept()",
    "CREATE TRIGGER standard_revision_kept BEFORE UPDATE ON standard_revision "
    + _NOT_OWNER.format(table="standard_revision")
    + " EXECUTE FUNCTION kaizen_history_kept()",
    "CREATE TRIGGER member_kept BEFORE UPDATE OR DELETE ON member "
    + _NOT_OWNER.format(table="member")
    + " EXECUTE FUNCTION kaizen_history_kept()",
)
SCHEMA = (
    "CREATE TABLE change_counter (pid INTEGER PRIMARY KEY, changes BIGINT NOT NULL)",
    # A column's order is (rank, id). SQLite's index on rank ends in the rowid, which is
    # the id; PostgreSQL's needs the id named, or every page and drop sorts the column.
    "DROP INDEX card_board_id_stage_rank",
    "CREATE INDEX card_column_order ON card (board_id, stage, rank, id) WHERE archived_at IS NULL",
    *_COUNT_FUNCTIONS,
    *_COUNT_TRIGGERS,
    _CHANGED_FUNCTION,
    *(
        f"CREATE TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION kaizen_changed()"
        for table in ("card", "event", "board", "board_column", "member", "schema_info")
    ),
    *TEXT_INDEX,
    *SHORT_WORD_INDEX,
    *SIGNED_IN,
)

_CARD_COLUMNS = ", ".join(f'"{field.column_name}"' for field in Card._meta.sorted_fields)
CARD_ROW = f"SELECT {_CARD_COLUMNS} FROM card WHERE id = %s"
IMPROVED_IN_LAP = (
    "SELECT 1 FROM event WHERE card_id = %s AND kind = 'improved' AND lap = %s LIMIT 1"
)
MEMBER_BY_KEY = "SELECT id FROM member WHERE key = %s"

# SQLSTATE classes and codes a user can meet.
_SERIALIZATION, _DEADLOCK, _LOCK_TIMEOUT = "40001", "40P01", "55P03"
_NO_PRIVILEGE, _READ_ONLY_TRANSACTION = "42501", "25006"


def hand_driver_to_peewee() -> None:
    """Give peewee psycopg, which it was imported without (kaizen_board/__init__.py), as
    its own import would have: the module and the names it takes from it."""
    if peewee.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


class KaizenPostgresqlDatabase(peewee.PostgresqlDatabase):
    """peewee's PostgreSQL database through psycopg 3."""

    never_reused_id_suffix = ""  # a sequence never gives an id twice

    def __init__(self, database: str, **params: Any) -> None:
        hand_driver_to_peewee()
        super().__init__(database, prefer_psycopg3=True, **params)
        self._lock_wait = threading.local()  # like each thread's connection, its own

    def lock_wait_ms(self) -> int:
        return getattr(self._lock_wait, "ms", LOCK_WAIT_SECONDS * 1000)

    def set_lock_wait(self, ms: int) -> None:
        """How long this thread's statements wait for a lock; kept across reconnects."""
        self._lock_wait.ms = ms
        if not self.is_closed():
            self.execute_sql(f"SET lock_timeout = '{ms}ms'")

    def _initialize_connection(self, conn: Any) -> None:
        conn.execute(f"SET lock_timeout = '{self.lock_wait_ms()}ms'")

    def begin(self, isolation_level: Any = None, kind: str | None = None) -> None:
        # One round trip each: a write's BEGIN takes the writers' lock with it; a read
        # begins at REPEATABLE READ, so all its statements see one moment.
        if kind == "write":
            statement = f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK})"
        elif kind == "read":
            statement = "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
        else:
            super().begin(isolation_level)
            return
        try:
            with peewee.__exception_wrapper__:
                self.cursor().execute(statement)
        except peewee.DatabaseError:
            # Begun but not entered (no lock within the wait): peewee will not end it.
            if not self.is_closed():
                with suppress(Exception):  # a broken connection: after_error replaces it
                    self._state.conn.rollback()
            raise


class PostgresqlEngine(Engine):
    """PostgreSQL: one server a whole team shares."""

    name = "postgresql"

    def translated(self, location: str, error: BaseException) -> DatabaseProblem:
        chain = [error]
        while chain[-1].__context__ is not None and len(chain) < 8:
            chain.append(chain[-1].__context__)
        codes = [_sqlstate(cause) for cause in chain]
        if _LOCK_TIMEOUT in codes:
            return DatabaseBusy(
                translate(
                    "TeamServer",
                    "{location} is busy: another member's change kept the board locked; nothing "
                    "was changed. Try again in a moment",
                ).format(location=location)
            )
        if _SERIALIZATION in codes or _DEADLOCK in codes:
            return Conflict(
                translate(
                    "TeamServer",
                    "another member changed the board at the same moment; nothing was changed. "
                    "Try again",
                )
            )
        if _NO_PRIVILEGE in codes or _READ_ONLY_TRANSACTION in codes:
            return ReadOnlyDatabase(
                translate(
                    "TeamServer",
                    "{location}: you may read this board but not change it (a viewer); nothing "
                    "was changed",
                ).format(location=location)
            )
        text = str(error)
        if "no password supplied" in text or "password authentication failed" in text:
            return PasswordNeeded(
                translate(
                    "TeamServer",
                    "{location} wants a password ({reason}): give it when asked, "
                    "or in ~/.pgpass or PGPASSWORD",
                ).format(location=location, reason=_first_line(error)),
                location,
            )
        original = getattr(error, "orig", None) or error
        if isinstance(original, peewee.OperationalError) or "connection" in text.lower():
            return DatabaseProblem(
                translate(
                    "TeamServer",
                    "the team server {location} cannot be reached ({reason}): "
                    "check that it runs, that the address is right and that you may sign in",
                ).format(location=location, reason=_first_line(error))
            )
        return DatabaseProblem(f"{location}: {_first_line(error)}")

    def write_transaction(self, database: peewee.Database):
        return database.atomic(kind="write")

    def read_transaction(self, database: peewee.Database):
        return database.atomic(kind="read")

    def data_version(self, database: peewee.Database) -> int:
        return database.execute_sql(
            "SELECT COALESCE(SUM(changes), 0) FROM change_counter WHERE pid <> pg_backend_pid()"
        ).fetchone()[0]

    def wait_for_writers(self, database: peewee.Database, seconds: float) -> None:
        database.set_lock_wait(max(int(seconds * 1000), 1))

    def schema_statements(self) -> tuple[str, ...]:
        return SCHEMA + self.tally_statements() + self.team_statements()

    def tally_statements(self) -> tuple[str, ...]:
        return tallies.postgresql_statements()

    def team_statements(self) -> tuple[str, ...]:
        return team_triggers.postgresql_statements()

    def text_index_statements(self) -> tuple[str, ...]:
        return TEXT_INDEX  # the index takes in the cards there are as it is made

    def short_word_index_statements(self) -> tuple[str, ...]:
        """What makes the index of short words (it takes in the cards there are)."""
        return SHORT_WORD_INDEX

    def signed_in_statements(self) -> tuple[str, ...]:
        """What makes the server record the member signed in for each change (v4)."""
        return SIGNED_IN

    def interrupt(self, connection: Any) -> None:
        connection.cancel_safe()  # the server stops the statement; psycopg's own way

    def text_contains(
        self, database: peewee.Database, word: str, few: int, *, counting: bool = False
    ) -> tuple[Any, bool]:
        texts = fn.kaizen_fold(Card.title, Card.description, Card.standard, Card.tags)
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = Value("%").concat(fn.kaizen_fold(escaped)).concat("%")
        condition = Expression(texts, "LIKE", pattern)
        folded = database.execute_sql("SELECT kaizen_fold(%s)", (word,)).fetchone()[0]
        if len(folded) >= TRIGRAM:
            # The planner picks the trigram index or a walk of the column by itself; this
            # says whether the column's own order should be left to it (few cards) or kept.
            if _estimated_rows(database, Card.select(Card.id).where(condition)) > few:
                # A common word, by the index's statistics: counting its first FEW cards
                # would test each (0.1-0.4 s at a million): the column is walked instead.
                return condition, False
            found = Card.select(Card.id).where(condition).limit(few + 1).count()
            return condition, found <= few
        if not folded:
            return condition, False
        # pg_trgm finds nothing in a word shorter than a trigram: the index of letters and
        # pairs of letters does (the same expression as card_text_letters, for the planner).
        letters = fn.kaizen_letters(NodeList((texts, SQL('COLLATE "C"'))))
        held = Expression(letters, "@>", SQL('%s::text[] COLLATE "C"', ([folded],)))
        if _estimated_rows(database, Card.select(Card.id).where(held)) > few:
            # A common letter or pair, by the index's statistics: counting its first FEW
            # cards through the index would test each (a lossy bitmap), 0.3 s at a million.
            return condition, False
        if Card.select(Card.id).where(held).limit(few + 1).count() <= few:
            return held, True
        return condition, False

    def casefold(self, expression: Any) -> Any:
        # lower() folds every alphabet in UTF-8; where Python's casefold goes further
        # (sharp s to "ss", final sigma to sigma), so does this.
        folded = fn.lower(expression)
        for letter, fold in (("ß", "ss"), ("ẞ", "ss"), ("ς", "σ")):
            folded = fn.replace(folded, letter, fold)
        return folded

    def guard_formula(self, expression: Any, starts: frozenset[str]) -> Any:
        first, second = fn.substr(expression, 1, 1), fn.substr(expression, 2, 1)
        risky = first.in_(sorted(starts - {"'"}))
        doubled = (first == "'") & second.in_(sorted(starts))
        return Case(None, [(risky | doubled, Value("'").concat(expression))], expression)

    def format_time(self, expression: Any) -> Any:
        moment = fn.to_timestamp(expression / SECOND_MICROS).cast("timestamptz")
        text = fn.to_char(
            peewee.NodeList((moment, peewee.SQL("AT TIME ZONE 'UTC'"))),
            'YYYY-MM-DD"T"HH24:MI:SS"+00:00"',
        )
        return fn.COALESCE(text, "")

    def insert_rows(
        self, database: peewee.Database, model: Any, columns: list, rows: list[tuple]
    ) -> None:
        # COPY: PostgreSQL's own way to take many rows, one statement for them all (so
        # the stage counts move once, too).
        names = ", ".join(f'"{column.column_name}"' for column in columns)
        table = model._meta.table_name
        cursor = database.cursor()
        with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def after_bulk_fill(self, database: peewee.Database, tables: tuple[str, ...]) -> None:
        # The planner's statistics come from autovacuum's ANALYZE, a while after a bulk
        # load; until then the all-time charts of a million fresh cards were planned as
        # for an empty board (2.2 s instead of 0.27 s). As PostgreSQL's manual advises
        # ("Populating a Database": run ANALYZE afterwards), at once, in the same write.
        database.execute_sql("ANALYZE " + ", ".join(f'"{table}"' for table in tables))

    def stream(self, database: peewee.Database, query: Any) -> Any:
        sql, params = query.sql()
        cursor = database.connection().cursor(name=f"kaizen_{id(query)}")
        cursor.itersize = 2_000
        cursor.execute(sql, params)
        return cursor

    def card_row(self, database: peewee.Database, card_id: int) -> tuple | None:
        return database.execute_sql(CARD_ROW, (card_id,)).fetchone()

    def improved_in_lap(self, database: peewee.Database, card_id: int, lap: int) -> bool:
        return database.execute_sql(IMPROVED_IN_LAP, (card_id, lap)).fetchone() is not None

    def member_by_key(self, database: peewee.Database, key: str) -> int | None:
        found = database.execute_sql(MEMBER_BY_KEY, (key,)).fetchone()
        return None if found is None else found[0]

    def highest_id_given(self, database: peewee.Database, table: str) -> int:
        given = database.execute_sql(
            "SELECT GREATEST(COALESCE(pg_sequence_last_value("
            f"pg_get_serial_sequence('{table}', 'id')::regclass), 0), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0))"
        ).fetchone()[0]
        return int(given)

    def ids_given(self, database: peewee.Database, table: str) -> None:
        # Rows stored with ids of their own (an import keeping ids) do not move the
        # sequence: it is moved past them, so no id is given twice.
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"GREATEST((SELECT MAX(id) FROM {table}), 1))"
        )

    def after_error(self, database: peewee.Database) -> None:
        connection = database._state.conn  # peewee keeps no public handle on it
        if connection is not None and (connection.broken or connection.closed):
            database._state.reset()

    def listen(self, store: Store) -> Any:
        from kaizen_board.store.postgresql.listening import ChangeListener

        database = store.database
        return ChangeListener(database.database, dict(database.connect_params), store.location)

    def fingerprint(self, store: Store) -> tuple:
        return (self.data_version(store.database),)

    def quick_check(self, store: Store) -> str | None:
        return None  # the server keeps its files sound; there is nothing to check here

    def damage_of(self, location: str) -> str | None:
        return None  # likewise: a failure on a team server is never a damaged file

    def set_aside_damaged(self, location: str, problem: str) -> DatabaseProblem:
        return DatabaseProblem(
            translate("TeamServer", "{location}: {problem}; nothing was moved or changed").format(
                location=location, problem=problem
            )
        )

    def copy_to(self, store: Store, target: Path) -> Path:
        """A backup of a team server: every board, copied into a new SQLite file (restored
        with `kaizen-board copy --from FILE --to URL`)."""
        from kaizen_board.files import write_atomically
        from kaizen_board.store.opening import open_store
        from kaizen_board.transfer.copy import copy_boards

        def write(temporary: Path) -> None:
            copy = open_store(temporary)
            try:
                copy_boards(store, copy)
            finally:
                copy.close()

        return write_atomically(target, write)


def _estimated_rows(database: peewee.Database, query: Any) -> float:
    """How many rows the planner expects the query to give, from its statistics."""
    sql, params = query.sql()
    plan = database.execute_sql(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()[0]
    return plan[0]["Plan"]["Plan Rows"]


def _sqlstate(error: BaseException) -> str | None:
    original = getattr(error, "orig", None) or error
    return getattr(original, "sqlstate", None)


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


POSTGRESQL = PostgresqlEngine()
