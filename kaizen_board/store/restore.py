"""Taking a backup on request, the daily check and backup, and putting a backup back in
place of the current board."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kaizen_board.clock import Clock
from kaizen_board.errors import DamagedDatabase, DatabaseProblem
from kaizen_board.store.backups import backup_if_due, take_backup
from kaizen_board.store.models import GENERATION_KEY, Board, SchemaInfo
from kaizen_board.store.opening import open_store
from kaizen_board.store.schema import prepare_schema
from kaizen_board.store.sqlite.engine import SQLITE
from kaizen_board.store.store import Store
from kaizen_board.translation import translate

WAIT_SECONDS = 30.0  # for another window's or command's write lock, then give up
Waiting = Callable[[], None]  # called now and then while the restore waits for the lock


def backup_now(store: Store, target: str | os.PathLike[str] | None = None) -> Path:
    """A verified copy of the database: to `target`, else into the backups folder."""
    if target is not None:
        store.refuse_overwriting(target)
        return store.engine.copy_to(store, Path(target))
    if not store.engine.keeps_file_backups:
        raise DatabaseProblem(
            translate(
                "Backups",
                "{location} is a team server: name the file to back it up into, like "
                "kaizen-board backup board-backup.sqlite",
            ).format(location=store.location)
        )
    return take_backup(store, reason="manual")


def require_file_backups(location: str) -> None:
    """DatabaseProblem if the database keeps no backups beside it (a team server: its
    backups are files named when taken, restored with `kaizen-board copy`)."""
    from kaizen_board.store.opening import engine_for

    if not engine_for(location).keeps_file_backups:
        from kaizen_board.store.postgresql.opening import redact

        raise DatabaseProblem(
            translate(
                "Backups",
                "{location} is a team server: it keeps no backups of its own. Take "
                "one with 'kaizen-board backup FILE' and restore it into an empty database "
                "with 'kaizen-board copy --from FILE --to URL'",
            ).format(location=redact(location))
        )


def check_restorable(backup: str | os.PathLike[str]) -> Path:
    """The backup, if it is an intact Kaizen Board database, not from a newer version,
    with at least one board; else DatabaseProblem saying why (nothing is changed)."""
    path = Path(backup)
    if not path.is_file():
        raise DatabaseProblem(
            translate("Backups", "there is no backup file {path}").format(path=path)
        )
    SQLITE.check_backup(path)  # backups are SQLite files
    return path


def restore_backup(
    store: Store, backup: str | os.PathLike[str], *, waiting: Waiting | None = None
) -> Path | None:
    """Replace the board's data with a backup's. Returns the backup of the state before
    (None if the database held no board yet, so there was nothing to keep).

    The backup is checked first (see `check_restorable`); the current state is backed up
    before anything is replaced, and that rotation never removes the backup being
    restored; the copy is one step, so other connections see the old data or the new.
    Ids given out since the backup are never given out again, so a window's undo of its
    own new card cannot reach one made after the restore.

    While another window or command holds the write lock, `waiting` is called now and
    then; after WAIT_SECONDS DatabaseBusy says nothing was restored.
    """
    source_path = check_restorable(backup)
    before = None
    with store.read():
        holds_a_board = Board.table_exists() and Board.select().exists()
    if holds_a_board:
        before = take_backup(store, reason="before-restore", keep=source_path)
    store.engine.restore_from(store, source_path, waiting, WAIT_SECONDS)
    prepare_schema(store)  # a backup from an older version is migrated like any file
    return before


def generation(store: Store) -> str:
    """Which restore the database is at: "" until a backup is first restored into it."""
    with store.read():
        row = SchemaInfo.get_or_none(SchemaInfo.key == GENERATION_KEY)
    return "" if row is None else row.value


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
    require_file_backups(location)
    check_restorable(backup)
    try:
        store = open_store(location, clock=clock, member_name=member_name, check=True)
    except DamagedDatabase as damaged:
        if damaged.moved_to is None:
            raise
        store = open_store(location, clock=clock, member_name=member_name)
        try:
            restore_backup(store, backup, waiting=waiting)
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


@dataclass(frozen=True)
class DailyCheck:
    """What the check and backup a window runs in the background found.

    Attributes:
        backup: the backup taken; None if none was due (or the database is damaged).
        damage: what is wrong with the database, if the engine found it damaged.
    """

    backup: Path | None
    damage: str | None


def check_and_back_up(location: str, now: datetime) -> DailyCheck:
    """Have the engine check the whole database, and if it is sound take the daily
    backup when one is due. Opens a store of its own (for a worker thread), closed after."""
    store = open_store(location, create=False)
    try:
        with store.read():
            problem = store.engine.quick_check(store)
        if problem is not None:
            return DailyCheck(None, problem)
        return DailyCheck(backup_if_due(store, now), None)
    finally:
        store.close()
