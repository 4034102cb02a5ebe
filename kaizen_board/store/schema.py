"""The stored schema version, and bringing a database up to it by migrations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kaizen_board.errors import DatabaseProblem
from kaizen_board.store.backups import take_backup
from kaizen_board.store.models import MODELS, TRIGGERS, SchemaInfo
from kaizen_board.store.store import Store

# Version 1 is the first released schema. A change to the models adds a migration
# from version N to N+1 (playhouse.migrate inside the transaction it is given) and
# raises this number; a new database is made at once at the current version.
SCHEMA_VERSION = 1
SCHEMA_VERSION_KEY = "schema_version"
MIGRATIONS: dict[int, Callable[[Store], None]] = {}  # version N -> the step to N + 1


def stored_version(store: Store) -> int | None:
    """The schema version the database was written with; None if it is empty."""
    with store.read():
        if not SchemaInfo.table_exists():
            return None
        row = SchemaInfo.get_or_none(SchemaInfo.key == SCHEMA_VERSION_KEY)
    if row is None or not row.value.isdigit():
        raise DatabaseProblem(f"{store.location}: the schema version is missing or unreadable")
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
            for trigger in TRIGGERS:
                store.database.execute_sql(trigger)
            SchemaInfo.create(key=SCHEMA_VERSION_KEY, value=str(SCHEMA_VERSION))
        return
    check_version_readable(version, store.location)
    if version < SCHEMA_VERSION:
        migrate(store, version)


def migrate(store: Store, version: int) -> None:
    """Upgrade from `version`: a verified backup first, then every step in one transaction.

    If a step fails, the transaction rolls back: the database keeps its old version and
    data, and the backup (named with both versions) is there besides.
    """
    backup = take_backup(
        store.database.connection(),
        Path(store.location),
        store.now(),
        reason=f"before-v{version}-to-v{SCHEMA_VERSION}",
    )
    try:
        with store.write():
            for step in range(version, SCHEMA_VERSION):
                MIGRATIONS[step](store)
            SchemaInfo.update(value=str(SCHEMA_VERSION)).where(
                SchemaInfo.key == SCHEMA_VERSION_KEY
            ).execute()
    except Exception as error:
        raise DatabaseProblem(
            f"{store.location}: upgrading it from schema version {version} to "
            f"{SCHEMA_VERSION} failed ({error}); it was left at version {version}, and a "
            f"copy from before is in {backup}"
        ) from error


def check_version_readable(version: int, location: str) -> None:
    if version > SCHEMA_VERSION:
        raise DatabaseProblem(
            f"{location} was written by a newer version of Kaizen Board "
            f"(schema version {version}; this version reads up to {SCHEMA_VERSION}). "
            "Install the newer version to open it; the file was left as it is."
        )
    if version < 1:
        raise DatabaseProblem(f"{location}: unknown schema version {version}")
