"""Opening a database from a path or URL, refusing bad files before touching them."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import peewee

from kaizen_board import paths
from kaizen_board.clock import Clock
from kaizen_board.errors import DatabaseProblem
from kaizen_board.store.models import SchemaInfo
from kaizen_board.store.schema import SCHEMA_VERSION_KEY, check_version_readable, prepare_schema
from kaizen_board.store.store import Store

DATABASE_ENV = "KAIZEN_BOARD_DB"
SQLITE_HEADER = b"SQLite format 3\x00"
LEFT_AS_IS = "The file was left as it is."

# WAL lets the window read while the command line writes; FULL syncs the log on
# every commit, so a committed change survives a power cut.
SQLITE_PRAGMAS = {"journal_mode": "wal", "synchronous": "full", "foreign_keys": 1}
BUSY_TIMEOUT_SECONDS = 10


def resolve_location(location: str | os.PathLike[str] | None) -> str:
    """The database to open: the one given, else `$KAIZEN_BOARD_DB`, else the default."""
    if location is not None and str(location).strip():
        return str(location)
    from_env = os.environ.get(DATABASE_ENV, "").strip()
    if from_env:
        return from_env
    return str(paths.default_database_path())


def open_store(
    location: str | os.PathLike[str] | None = None,
    *,
    clock: Clock | None = None,
    member_name: str | None = None,
) -> Store:
    """Open (creating if new) the database at a path or `sqlite:///` URL.

    Raises `DatabaseProblem`, naming the file, for a folder that cannot be written,
    a file that is not a Kaizen Board database, or one written by a newer version;
    such a file is not modified.
    """
    target = resolve_location(location)
    path = _sqlite_path(target)
    _check_sqlite_path(path)
    database = peewee.SqliteDatabase(
        str(path),
        pragmas=SQLITE_PRAGMAS,
        lock_type="IMMEDIATE",
        timeout=BUSY_TIMEOUT_SECONDS,
    )
    # Search compares text with letters beyond ASCII case-folded (ops.search).
    database.register_function(_casefold, "casefold", 1, deterministic=True)
    store = Store(database, str(path), clock=clock, member_name=member_name)
    store.bind()
    try:
        with store.read():
            database.connect()
        prepare_schema(store)
    except BaseException:
        store.close()
        raise
    return store


def _casefold(text: str | None) -> str | None:
    return None if text is None else str(text).casefold()


def _sqlite_path(target: str) -> Path:
    if "://" not in target:
        return Path(target).expanduser()
    scheme = target.split("://", 1)[0].lower()
    if scheme != "sqlite":
        raise DatabaseProblem(
            f"{target}: only SQLite databases (a file path or sqlite:/// URL) are "
            "supported in this version"
        )
    from playhouse.db_url import parse

    return Path(parse(target)["database"]).expanduser()


def _check_sqlite_path(path: Path) -> None:
    if path.is_dir():
        raise DatabaseProblem(f"{path} is a folder, not a database file")
    if not path.exists():
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseProblem(
                f"cannot create the folder {folder} for the database {path}: {error.strerror}"
            ) from error
        _check_folder_writable(folder, path)
        return
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseProblem(f"cannot read {path}: {error.strerror}") from error
    if header and header != SQLITE_HEADER:
        raise DatabaseProblem(
            f"{path} is not a Kaizen Board database: it is not an SQLite file. {LEFT_AS_IS}"
        )
    if header:
        _inspect_existing(path)
    if not os.access(path, os.W_OK):
        raise DatabaseProblem(f"{path} is read-only: Kaizen Board needs to write to it")
    _check_folder_writable(path.parent, path)


def _check_folder_writable(folder: Path, path: Path) -> None:
    # SQLite keeps its write-ahead log beside the file, so the folder must take files.
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise DatabaseProblem(
            f"cannot write in the folder {folder} for the database {path}: {error.strerror}"
        ) from error


class DamagedDatabase(DatabaseProblem):
    """The database file is damaged; it was moved aside, and a backup may be restored.

    Attributes:
        moved_to: where the damaged file now is (kept, never deleted).
        backup: the newest backup there is, if any.
    """

    def __init__(self, message: str, moved_to: Path, backup: Path | None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.backup = backup


def set_aside_damaged(path: Path, problem: str) -> DamagedDatabase:
    """Rename a damaged database (and its log files) aside; say what to do next."""
    from kaizen_board.store.backups import list_backups

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    moved = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            part.rename(Path(f"{moved}{suffix}"))
    backups = list_backups(path)
    newest = backups[0] if backups else None
    advice = (
        f" The newest backup is {newest}: restore it with `kaizen-board restore {newest}` "
        "or File > Restore from backup."
        if newest
        else " There is no backup of it to restore."
    )
    return DamagedDatabase(
        f"{path} is damaged ({problem}). It was moved aside to {moved}, not deleted." + advice,
        moved,
        newest,
    )


def _declared_size(path: Path) -> int | None:
    """The size the file's own header says it has, when the header vouches for it."""
    with path.open("rb") as file:
        header = file.read(100)
    if len(header) < 100:
        return 0
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    counter, valid_for = header[24:28], header[92:96]
    return page_size * pages if pages and counter == valid_for else None


def _inspect_existing(path: Path) -> None:
    """Refuse a foreign, damaged or newer database through a read-only connection."""
    declared = _declared_size(path)
    if declared is not None and path.stat().st_size < declared:
        raise set_aside_damaged(
            path, f"it is cut short: {path.stat().st_size} bytes of the {declared} it holds"
        )
    table = SchemaInfo._meta.table_name
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            if not tables:
                return
            if table not in tables:
                raise DatabaseProblem(
                    f"{path} is an SQLite database but not a Kaizen Board one "
                    f"(it has no {table} table). {LEFT_AS_IS}"
                )
            row = connection.execute(
                f"SELECT value FROM {table} WHERE key = ?", (SCHEMA_VERSION_KEY,)
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:  # locked, unreadable: not damage
        raise DatabaseProblem(f"cannot read {path}: {error}") from error
    except sqlite3.DatabaseError as error:
        raise set_aside_damaged(path, str(error)) from error
    if row is None or not str(row[0]).isdigit():
        raise DatabaseProblem(f"{path}: the schema version is missing or unreadable. {LEFT_AS_IS}")
    check_version_readable(int(row[0]), str(path))
