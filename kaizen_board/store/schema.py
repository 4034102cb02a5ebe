"""The stored schema version, and bringing a database up to it by migrations."""

from __future__ import annotations

from collections.abc import Callable

from kaizen_board.errors import DatabaseProblem
from kaizen_board.store import tallies, team_triggers
from kaizen_board.store.backups import take_backup
from kaizen_board.store.models import (
    MODELS,
    SCHEMA_VERSION_KEY,
    BoardMember,
    ImportRecord,
    Picture,
    SchemaInfo,
    name_key,
)
from kaizen_board.store.store import Store
from kaizen_board.translation import translate

# Version 1 is the first released schema. A change to the models adds a migration
# from version N to N+1 (playhouse.migrate inside the transaction it is given) and
# raises this number; a new database is made at once at the current version.
SCHEMA_VERSION = 8

# Where a member is named: these columns are moved to the member kept when two merge.
_MEMBER_REFERENCES = (
    ("card", "owner_id"),
    ("card", "submitted_by_id"),
    ("event", "member_id"),
    ("event", "credit_id"),
    ("standard_revision", "member_id"),
)


def _fold_names(store: Store) -> None:
    """v1 -> v2: members and boards are found by their folded name (`name_key`), kept
    unique by an index. Version 1 compared names with SQL's LOWER, which folds ASCII only,
    so it may hold "émile" beside "Émile": such members become one (the first, whose
    name stays), and such boards are told apart by a number after the later ones' names.
    """
    database = store.database
    for table in ("member", "board"):
        database.execute_sql(f"ALTER TABLE {table} ADD COLUMN key VARCHAR(255) NOT NULL DEFAULT ''")
    kept: dict[str, int] = {}
    members = database.execute_sql("SELECT id, name FROM member ORDER BY id").fetchall()
    for member_id, name in members:
        key = name_key(name)
        if key not in kept:
            kept[key] = member_id
            database.execute_sql("UPDATE member SET key = ? WHERE id = ?", (key, member_id))
            continue
        for table, column in _MEMBER_REFERENCES:
            database.execute_sql(
                f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (kept[key], member_id)
            )
        database.execute_sql("DELETE FROM member WHERE id = ?", (member_id,))
    boards = database.execute_sql("SELECT id, name FROM board ORDER BY id").fetchall()
    everyone = {name_key(name) for _, name in boards}
    taken: set[str] = set()
    for board_id, name in boards:
        renamed, number = name, 1
        # A number the board's own name needs, which no other board's name has.
        while name_key(renamed) in taken or (renamed != name and name_key(renamed) in everyone):
            number += 1
            renamed = f"{name} ({number})"
        taken.add(name_key(renamed))
        database.execute_sql(
            "UPDATE board SET name = ?, key = ? WHERE id = ?",
            (renamed, name_key(renamed), board_id),
        )
    for table in ("member", "board"):
        database.execute_sql(f"CREATE UNIQUE INDEX {table}_key ON {table} (key)")


def _index_card_text(store: Store) -> None:
    """v2 -> v3: the text index search reads (the engine's: SQLite FTS5 trigrams, or
    PostgreSQL's pg_trgm), made and filled with every card's texts."""
    for statement in store.engine.text_index_statements():
        store.database.execute_sql(statement)


def _record_signed_in(store: Store) -> None:
    """v3 -> v4: a team server records the member signed in as the one who made a change,
    and keeps its history as it was made (the engine's triggers). Nothing on SQLite, whose
    one desktop has no sign-in to go by (an engine without `signed_in_statements`)."""
    for statement in store.engine.signed_in_statements():
        store.database.execute_sql(statement)


def _keep_tallies(store: Store) -> None:
    """v4 -> v5: running totals of the events, kept by triggers, that the charts read
    instead of every event (store/tallies.py); filled from the events there are."""
    for statement in store.engine.tally_statements() + tallies.fill_statements():
        store.database.execute_sql(statement)


def _index_short_words(store: Store) -> None:
    """v5 -> v6: the index that finds words of one or two letters (SQLite: every letter and
    pair of letters of a card's folded text in FTS5; PostgreSQL: the same as an array in a
    GIN index), made and filled with every card's texts."""
    for statement in store.engine.short_word_index_statements():
        store.database.execute_sql(statement)


def _remember_origins(store: Store) -> None:
    """v6 -> v7: where an imported card came from (card.origin, indexed by board), and a
    record of each import (to undo it from the command line; its mapping of lists)."""
    if "origin" not in {column.name for column in store.database.get_columns("card")}:
        store.database.execute_sql("ALTER TABLE card ADD COLUMN origin TEXT")
    store.database.execute_sql(
        "CREATE INDEX IF NOT EXISTS card_board_id_origin ON card (board_id, origin) "
        "WHERE origin IS NOT NULL"
    )
    store.database.create_tables([ImportRecord])


def _carry_the_loop(store: Store) -> None:
    """v7 -> v8: the kaizen loop's own records. Each board's team (board_member), joined
    by everyone its cards name, and kept so by the engine's triggers; the version of each
    card's standard (the texts it has had: those its revisions kept, and the one it has),
    which confirmations (events, with the version they confirm) belong to; pictures."""
    database = store.database
    for table in ("card", "event"):
        if "standard_version" not in {column.name for column in database.get_columns(table)}:
            default = "NOT NULL DEFAULT 0" if table == "card" else ""
            database.execute_sql(
                f"ALTER TABLE {table} ADD COLUMN standard_version INTEGER {default}"
            )
    database.execute_sql(
        "UPDATE card SET standard_version = (CASE WHEN TRIM(standard) = '' THEN 0 ELSE 1 END) "
        "+ (SELECT COUNT(*) FROM standard_revision AS r WHERE r.card_id = card.id "
        "AND TRIM(r.text) <> '')"
    )
    database.create_tables([Picture])
    if not BoardMember.table_exists():  # with its triggers (made together)
        database.create_tables([BoardMember])
        for statement in store.engine.team_statements():
            database.execute_sql(statement)
    database.execute_sql(team_triggers.FILL)


MIGRATIONS: dict[int, Callable[[Store], None]] = {  # version N -> the step to N + 1
    1: _fold_names,
    2: _index_card_text,
    3: _record_signed_in,
    4: _keep_tallies,
    5: _index_short_words,
    6: _remember_origins,
    7: _carry_the_loop,
}


def stored_version(store: Store) -> int | None:
    """The schema version the database was written with; None if it is empty."""
    with store.read():
        if not SchemaInfo.table_exists():
            return None
        row = SchemaInfo.get_or_none(SchemaInfo.key == SCHEMA_VERSION_KEY)
    if row is None or not row.value.isdigit():
        raise DatabaseProblem(
            translate("Database", "{location}: the schema version is missing or unreadable").format(
                location=store.location
            )
        )
    return int(row.value)


def prepare_schema(store: Store) -> None:
    """Create the tables of a new database; refuse one from a newer program."""
    version = stored_version(store)
    if version is None:
        with store.write():
            # Checked again under the write lock: another process may have won.
            if SchemaInfo.table_exists():
                return
            store.database.create_tables(MODELS)
            for statement in store.engine.schema_statements():
                store.database.execute_sql(statement)
            SchemaInfo.create(key=SCHEMA_VERSION_KEY, value=str(SCHEMA_VERSION))
        return
    check_version_readable(version, store.location)
    if version < SCHEMA_VERSION:
        migrate(store, version)


def migrate(store: Store, version: int) -> None:
    """Upgrade from `version`: a verified backup first (of a database file), then every
    step in one transaction, holding the write lock, so that two programs starting at once
    cannot both upgrade (the second finds it done).

    If a step fails, the transaction rolls back: the database keeps its old version and
    data, and the backup (named with both versions) is there besides.
    """
    backup = None
    if store.engine.keeps_file_backups:
        backup = take_backup(store, reason=f"before-v{version}-to-v{SCHEMA_VERSION}")
    try:
        with store.write():
            row = SchemaInfo.get_or_none(SchemaInfo.key == SCHEMA_VERSION_KEY)
            if row is not None and int(row.value) >= SCHEMA_VERSION:
                return  # another program upgraded it meanwhile
            for step in range(version, SCHEMA_VERSION):
                MIGRATIONS[step](store)
            SchemaInfo.update(value=str(SCHEMA_VERSION)).where(
                SchemaInfo.key == SCHEMA_VERSION_KEY
            ).execute()
    except Exception as error:
        if backup is None:
            message = translate(
                "Database",
                "{location}: upgrading it from schema version {old} to {new} failed ({error}); "
                "it was left at version {old}",
            )
        else:
            message = translate(
                "Database",
                "{location}: upgrading it from schema version {old} to {new} failed ({error}); "
                "it was left at version {old}, and a copy from before is in {backup}",
            )
        raise DatabaseProblem(
            message.format(
                location=store.location,
                old=version,
                new=SCHEMA_VERSION,
                error=error,
                backup=backup,
            )
        ) from error


def check_version_readable(version: int, location: str) -> None:
    if version > SCHEMA_VERSION:
        raise DatabaseProblem(
            translate(
                "Database",
                "{location} was written by a newer version of Kaizen Board "
                "(schema version {version}; this version reads up to {newest}). "
                "Install the newer version to open it; the file was left as it is.",
            ).format(location=location, version=version, newest=SCHEMA_VERSION)
        )
    if version < 1:
        raise DatabaseProblem(
            translate("Database", "{location}: unknown schema version {version}").format(
                location=location, version=version
            )
        )
