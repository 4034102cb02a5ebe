"""Taking a backup on request, and putting one back in place of the current board."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from kaizen_board.errors import DatabaseProblem
from kaizen_board.store.backups import copy_database, take_backup, verify
from kaizen_board.store.opening import _inspect_existing
from kaizen_board.store.schema import prepare_schema
from kaizen_board.store.store import Store


def backup_now(store: Store, target: str | os.PathLike[str] | None = None) -> Path:
    """A verified copy of the database: to `target`, else into the backups folder."""
    connection = store.database.connection()
    if target is not None:
        return copy_database(connection, Path(target))
    return take_backup(connection, Path(store.location), store.now(), reason="manual")


def restore_backup(store: Store, backup: str | os.PathLike[str]) -> Path:
    """Replace the board's data with a backup's. Returns the backup of the state before.

    The backup is checked first (intact, a Kaizen Board database, not from a newer
    version); the current state is backed up before anything is replaced; the copy goes
    through SQLite's backup API, so other connections see the old data or the new.
    """
    source_path = Path(backup)
    if not source_path.is_file():
        raise DatabaseProblem(f"there is no backup file {source_path}")
    verify(source_path)
    _inspect_existing(source_path)
    before = take_backup(
        store.database.connection(),
        Path(store.location),
        store.now(),
        reason="before-restore",
        keep=source_path,
    )
    source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(store.database.connection())
    finally:
        source.close()
    prepare_schema(store)  # a backup from an older version is migrated like any file
    return before
