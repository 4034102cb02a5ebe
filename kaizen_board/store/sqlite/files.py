"""An SQLite database's file: the path a location names, and the checks made before it is
opened (what kind of file, whether its folder can be written, whose and which version)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from kaizen_board.errors import DamageFound, DatabaseProblem
from kaizen_board.files import private_folder
from kaizen_board.store.models import SCHEMA_VERSION_KEY, SchemaInfo
from kaizen_board.store.schema import check_version_readable
from kaizen_board.store.sqlite.damage import is_damage, is_disk_full
from kaizen_board.translation import translate

SQLITE_HEADER = b"SQLite format 3\x00"


def create_private(path: Path) -> None:
    """Make a new database file readable by its owner only, whatever the umask: SQLite
    gives its log files the mode of the database. A board is shared through the team
    server, not the file's permissions."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600))
    except FileExistsError:
        pass
    except OSError as error:
        raise DatabaseProblem(
            translate("Database", "cannot create the database {path}: {reason}").format(
                path=path, reason=error.strerror
            )
        ) from error


IN_MEMORY = ":memory:"  # SQLite's name for a database that lives only while it is open


def sqlite_path(target: str) -> Path:
    """The file a path or `sqlite:///` URL names.

    One that names no file (`sqlite:///`, `:memory:`) is refused: SQLite would keep the
    board in memory, and every card added there would be gone when the program ends.
    """
    if "://" in target:
        from playhouse.db_url import parse

        name = str(parse(target)["database"] or "")  # "sqlite:///" is read as ":memory:"
    else:
        name = target
    if name.strip() in ("", IN_MEMORY):
        raise DatabaseProblem(
            translate(
                "Database",
                "{target} names no database file: SQLite would keep the board in memory, and "
                "everything added would be lost when the command ends. Name a file, like "
                "--db board.sqlite or sqlite:////home/you/board.sqlite; nothing was made",
            ).format(target=target)
        )
    return Path(name).expanduser()


def check_sqlite_path(path: Path) -> None:
    if path.is_dir():
        raise DatabaseProblem(
            translate("Database", "{path} is a folder, not a database file").format(path=path)
        )
    if path.exists() and not path.is_file():
        raise DatabaseProblem(
            translate(
                "Database",
                "{path} is not a regular file (a pipe, a device or a socket), so it cannot "
                "be a database. The file was left as it is.",
            ).format(path=path)
        )
    if not path.exists():
        folder = path.parent
        try:
            private_folder(folder)
        except OSError as error:
            raise DatabaseProblem(
                translate(
                    "Database",
                    "cannot create the folder {folder} for the database {path}: {reason}",
                ).format(folder=folder, path=path, reason=error.strerror)
            ) from error
        _check_folder_writable(folder, path)
        return
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseProblem(
            translate("Database", "cannot read {path}: {reason}").format(
                path=path, reason=error.strerror
            )
        ) from error
    if header and header != SQLITE_HEADER:
        raise DatabaseProblem(
            translate(
                "Database",
                "{path} is not a Kaizen Board database: it is not an SQLite file. "
                "The file was left as it is.",
            ).format(path=path)
        )
    # SQLite cannot even read a database in WAL mode where it cannot make its files.
    _check_folder_writable(path.parent, path)
    if header:
        inspect_existing(path)
    if not os.access(path, os.W_OK):
        raise DatabaseProblem(
            translate("Database", "{path} is read-only: Kaizen Board needs to write to it").format(
                path=path
            )
        )


def _check_folder_writable(folder: Path, path: Path) -> None:
    # SQLite keeps its write-ahead log beside the file, so the folder must take files.
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise DatabaseProblem(
            translate(
                "Database",
                "cannot write in the folder {folder} for the database {path} "
                "({reason}): the folder is read-only, and SQLite keeps its log and "
                "Kaizen Board its lock beside the database",
            ).format(folder=folder, path=path, reason=error.strerror)
        ) from error


def inspect_existing(path: Path) -> None:
    """Refuse a foreign or newer database through a read-only connection; DamageFound if
    SQLite says it is damaged."""
    table = SchemaInfo._meta.table_name
    _roll_back_interrupted_write(path)
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
                    translate(
                        "Database",
                        "{path} is an SQLite database but not a Kaizen Board one "
                        "(it has no {table} table). The file was left as it is.",
                    ).format(path=path, table=table)
                )
            row = connection.execute(
                f"SELECT value FROM {table} WHERE key = ?", (SCHEMA_VERSION_KEY,)
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            raise DamageFound(str(error)) from error
        if is_disk_full(error, path.parent):
            raise DatabaseProblem(
                translate(
                    "Database",
                    "the disk holding {path} is full: SQLite cannot even make the files it "
                    "reads a database with. Nothing was changed; make room and try again",
                ).format(path=path)
            ) from error
        raise DatabaseProblem(  # locked, ...
            translate("Database", "cannot read {path}: {reason}").format(path=path, reason=error)
        ) from error
    if row is None or not str(row[0]).isdigit():
        raise DatabaseProblem(
            translate(
                "Database",
                "{path}: the schema version is missing or unreadable. The file was left as it is.",
            ).format(path=path)
        )
    check_version_readable(int(row[0]), str(path))


def _roll_back_interrupted_write(path: Path) -> None:
    """A rollback journal left beside the file is a write that was cut off (a bulk fill
    writes with one: store/bulk_load.py `journal_for_fill`). SQLite rolls it back when a
    connection that may write first reads the file; a read-only one cannot, and fails,
    so one that may write reads it first. If another connection is writing (the journal
    is its own, not left over), that one is left to finish."""
    journal = Path(f"{path}-journal")
    if not journal.exists() or journal.stat().st_size == 0 or not os.access(path, os.W_OK):
        return
    try:
        connection = sqlite3.connect(path, timeout=0)
        try:
            connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError:  # busy: being written now
        pass
