"""Taking a backup on request, and putting one back in place of the current board."""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kaizen_board.clock import Clock
from kaizen_board.errors import DatabaseProblem
from kaizen_board.files import private_workspace
from kaizen_board.store.backups import copy_database, take_backup, verify
from kaizen_board.store.damage import DamagedDatabase
from kaizen_board.store.opening import _inspect_existing, open_store
from kaizen_board.store.schema import prepare_schema
from kaizen_board.store.store import DatabaseBusy, Store

# Changes each time a backup is restored: a window that sees it change knows that the
# board its undo history belongs to is gone.
GENERATION_KEY = "restored_as"
WAIT_SECONDS = 30.0  # for another window's or command's write lock, then give up
Waiting = Callable[[], None]  # called now and then while the restore waits for the lock


def backup_now(store: Store, target: str | os.PathLike[str] | None = None) -> Path:
    """A verified copy of the database: to `target`, else into the backups folder."""
    connection = store.database.connection()
    if target is not None:
        store.refuse_overwriting(target)
        return copy_database(connection, Path(target))
    return take_backup(connection, Path(store.location), store.now(), reason="manual")


def check_restorable(backup: str | os.PathLike[str]) -> Path:
    """The backup, if it is an intact Kaizen Board database, not from a newer version,
    with at least one board; else DatabaseProblem saying why (nothing is changed)."""
    path = Path(backup)
    if not path.is_file():
        raise DatabaseProblem(f"there is no backup file {path}")
    verify(path)
    _inspect_existing(path)
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        boards = (
            connection.execute("SELECT COUNT(*) FROM board").fetchone()[0]
            if ("board" in tables)
            else 0
        )
    finally:
        connection.close()
    if not boards:
        raise DatabaseProblem(
            f"{path} holds no board (it is empty), so restoring it would empty yours: "
            "nothing was changed"
        )
    return path


def restore_backup(
    store: Store, backup: str | os.PathLike[str], *, waiting: Waiting | None = None
) -> Path | None:
    """Replace the board's data with a backup's. Returns the backup of the state before
    (None if the database held no board yet, so there was nothing to keep).

    The backup is checked first (see `check_restorable`); the current state is backed up
    before anything is replaced, and that rotation never removes the backup being
    restored; the copy goes through SQLite's backup API, so other connections see the
    old data or the new. Ids given out since the backup are never given out again, so a
    window's undo of its own new card cannot reach one made after the restore.

    While another window or command holds the write lock, `waiting` is called now and
    then; after WAIT_SECONDS DatabaseBusy says nothing was restored.
    """
    source_path = check_restorable(backup)
    live = store.database.connection()
    before = None
    if _has_a_board(live):
        before = take_backup(
            live, Path(store.location), store.now(), reason="before-restore", keep=source_path
        )
    _copy_over(source_path, live, store.location, waiting)
    prepare_schema(store)  # a backup from an older version is migrated like any file
    return before


def _copy_over(
    source_path: Path, live: sqlite3.Connection, location: str, waiting: Waiting | None
) -> None:
    """Replace the live database with the backup in one step, through a staging copy in
    which ids continue from the highest ever given out and the generation is new."""
    given_out = _sequences(live)
    database = Path(location)
    with private_workspace(database.parent, f"{database.name}.restore") as staging_path:
        source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=ro", uri=True)
        staging = sqlite3.connect(staging_path)
        try:
            source.backup(staging)
            _match_page_size(staging, live)
            with staging:
                for table, highest in given_out.items():
                    updated = staging.execute(
                        "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?",
                        (highest, table),
                    )
                    if not updated.rowcount:
                        staging.execute(
                            "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)",
                            (table, highest),
                        )
                staging.execute(
                    "INSERT OR REPLACE INTO schema_info (key, value) VALUES (?, ?)",
                    (GENERATION_KEY, uuid.uuid4().hex),
                )
            # Each step of the copy asks for the lock briefly and reports back, so that the
            # wait is said and bounded (the connection's own wait is ten seconds a step).
            (patience,) = live.execute("PRAGMA busy_timeout").fetchone()
            live.execute("PRAGMA busy_timeout = 100")
            try:
                staging.backup(live, progress=_give_up_after(WAIT_SECONDS, location, waiting))
            finally:
                live.execute(f"PRAGMA busy_timeout = {int(patience)}")
        finally:
            source.close()
            staging.close()


def _match_page_size(staging: sqlite3.Connection, live: sqlite3.Connection) -> None:
    """Give the staging copy the live database's page size: in WAL mode SQLite copies
    only between databases of one page size (a backup from elsewhere may differ)."""
    (wanted,) = live.execute("PRAGMA page_size").fetchone()
    (has,) = staging.execute("PRAGMA page_size").fetchone()
    if has != wanted:
        staging.execute(f"PRAGMA page_size = {int(wanted)}")
        staging.execute("VACUUM")


def _has_a_board(connection: sqlite3.Connection) -> bool:
    try:
        return connection.execute("SELECT 1 FROM board LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:  # no tables yet
        return False


def _give_up_after(seconds: float, location: str, waiting: Waiting | None):
    """The backup API's progress callback: it retries while the destination is locked;
    this tells the user and gives up after `seconds` (raising stops the copy unmade)."""
    deadline = time.monotonic() + seconds

    def progress(status: int, remaining: int, total: int) -> None:
        if status not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return
        if waiting is not None:
            waiting()
        if time.monotonic() >= deadline:
            raise DatabaseBusy(
                f"{location} is busy: another window or command kept it locked for writing "
                f"for {seconds:.0f} s, so nothing was restored. Close it (or wait) and try again"
            )

    return progress


def _sequences(connection: sqlite3.Connection) -> dict[str, int]:
    try:
        return dict(connection.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
    except sqlite3.OperationalError:  # a new database has no sequences yet
        return {}


def generation(store: Store) -> str:
    """Which restore the database is at: "" until a backup is first restored into it."""
    with store.read():
        row = store.database.execute_sql(
            "SELECT value FROM schema_info WHERE key = ?", (GENERATION_KEY,)
        ).fetchone()
    return "" if row is None else row[0]


@dataclass
class Restored:
    """What `restore_at` did.

    Attributes:
        store: the database, open, now holding the backup's data.
        before: the backup of what it held before; None if it was damaged or empty.
        set_aside: where the damaged database was moved; None if it was sound.
    """

    store: Store
    before: Path | None
    set_aside: Path | None


def restore_at(
    location: str,
    backup: str | os.PathLike[str],
    *,
    clock: Clock | None = None,
    member_name: str | None = None,
    waiting: Waiting | None = None,
) -> Restored:
    """Restore a backup into the database at `location`, which must not be open here.

    A sound database is backed up first (see `restore_backup`); a damaged one cannot be,
    so it is set aside (kept, never deleted) and the backup goes into a new file in its
    place. Nothing is changed if the backup is bad.
    """
    check_restorable(backup)
    try:
        store = open_store(location, clock=clock, member_name=member_name, check=True)
    except DamagedDatabase as damaged:
        if damaged.moved_to is None:
            raise
        store = open_store(location, clock=clock, member_name=member_name)
        try:
            _copy_over(Path(backup), store.database.connection(), store.location, waiting)
            prepare_schema(store)
        except BaseException:
            store.close()
            raise
        return Restored(store, None, damaged.moved_to)
    try:
        before = restore_backup(store, backup, waiting=waiting)
    except BaseException:
        store.close()
        raise
    return Restored(store, before, None)
