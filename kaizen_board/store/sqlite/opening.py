"""Opening an SQLite database file, refusing bad files before touching them."""

from __future__ import annotations

from pathlib import Path

from kaizen_board.clock import Clock
from kaizen_board.errors import DamageFound, DatabaseProblem, NoDatabase
from kaizen_board.files import remove_left_behind
from kaizen_board.store.schema import prepare_schema
from kaizen_board.store.sqlite.damage import quick_check, set_aside_damaged
from kaizen_board.store.sqlite.engine import SQLITE, new_database
from kaizen_board.store.sqlite.file_lock import FileLock
from kaizen_board.store.sqlite.files import check_sqlite_path, create_private
from kaizen_board.store.store import Store
from kaizen_board.translation import translate


def open_sqlite(
    path: Path,
    *,
    clock: Clock | None = None,
    member_name: str | None = None,
    create: bool = True,
    check: bool = False,
) -> Store:
    """Open the database file at `path`, making a new one if `create`.

    Raises `DatabaseProblem`, naming the file, for a folder that cannot be written,
    a file that is not a Kaizen Board database, or one written by a newer version;
    such a file is not modified. A file SQLite finds damaged (when it is read, or by its
    quick check if `check`: about a second a million cards) is set aside if no one else
    has it open, and `DamagedDatabase` says where and which backup to restore.
    """
    if path.is_symlink() and not path.exists():
        raise DatabaseProblem(
            translate(
                "Database",
                "{path} is a symbolic link that leads nowhere (or round in a loop): point it "
                "at the database file, or give the file's own path",
            ).format(path=path)
        )
    if not create and not path.exists():
        raise NoDatabase(
            translate(
                "Database",
                "there is no database at {path}: check the path (a new one is made by "
                "`kaizen-board add`, `import`, `demo` or the window)",
            ).format(path=path),
            str(path),
        )
    lock: FileLock | None = None
    try:
        check_sqlite_path(path)
        lock = FileLock.shared(path)
        create_private(path)
        # What a killed restore, backup or export left behind beside the database and in
        # its backups folder (never what one going on uses: that is locked).
        remove_left_behind(path.parent)
        remove_left_behind(path.parent / "backups")
        return _open_sqlite(path, clock, member_name, check, lock)
    except DamageFound as found:
        if lock is not None:
            lock.release()  # the file can be set aside only if no one holds it
        raise set_aside_damaged(path, str(found)) from found
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_sqlite(
    path: Path, clock: Clock | None, member_name: str | None, check: bool, lock: FileLock
) -> Store:
    """Connect, check and prepare the file; DamageFound if SQLite says it is damaged."""
    database = new_database(path)
    store = Store(database, str(path), SQLITE, clock=clock, member_name=member_name, lock=lock)
    try:
        with store.read():
            database.connect()
        if check:
            problem = quick_check(database.connection())
            if problem is not None:
                raise DamageFound(problem)
        prepare_schema(store)
    except BaseException:
        store.close()
        raise
    return store
