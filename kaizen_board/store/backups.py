"""Backups of a database: taken with SQLite's online backup API, verified, kept 7 deep.

A backup is a complete database file in a `backups` folder beside the board's file,
named after it with the time it was taken (and why, for the ones taken before a
migration or a restore). Each one is checked (PRAGMA integrity_check) before it takes
its final name, so a file there is one that was good when written.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kaizen_board.errors import DatabaseProblem
from kaizen_board.files import write_atomically

KEEP = 7
DAILY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S-%f"  # to the microsecond: two backups never share a name


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def _name(database: Path, moment: datetime, reason: str | None) -> str:
    suffix = f"-{reason}" if reason else ""
    return f"{database.stem}-{moment.astimezone(UTC):{_STAMP}}{suffix}.sqlite"


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile(
        rf"{re.escape(database.stem)}-(\d{{8}}-\d{{6}}-\d{{6}})(-[a-z0-9.-]+)?\.sqlite"
    )


def list_backups(database: Path) -> list[Path]:
    """The database's backups, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = _pattern(database)
    found = [
        (match[1], path) for path in folder.iterdir() if (match := pattern.fullmatch(path.name))
    ]
    return [path for _, path in sorted(found, reverse=True)]


def taken_at(backup: Path) -> datetime | None:
    match = re.search(r"-(\d{8}-\d{6}-\d{6})(-[a-z0-9.-]+)?\.sqlite$", backup.name)
    return None if match is None else datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)


def verify(path: Path) -> None:
    """Raise DatabaseProblem unless the file is an intact SQLite database."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseProblem(f"{path} is damaged or not a database ({error})") from error
    if result != [("ok",)]:
        raise DatabaseProblem(f"{path} is damaged: {result[0][0]}")


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of an open database to `target`, verified, atomically.

    The backup API copies a snapshot page by page; writers in other processes may go
    on meanwhile, and the copy is still one moment's consistent state.
    """

    def write(temporary: Path) -> None:
        temporary.unlink()  # sqlite3 makes the file itself
        copy = sqlite3.connect(temporary)
        try:
            source.backup(copy)
            # A plain rollback-journal file: readable on its own, even read-only, with
            # no -wal or -shm files appearing beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        verify(temporary)

    target.parent.mkdir(parents=True, exist_ok=True)
    return write_atomically(target, write)


def take_backup(
    connection: sqlite3.Connection, database: Path, now: datetime, reason: str | None = None
) -> Path:
    """A new verified backup of the database; the oldest beyond KEEP are deleted."""
    target = backup_folder(database) / _name(database, now, reason)
    copy_database(connection, target)
    for old in list_backups(database)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def fingerprint(connection: sqlite3.Connection) -> tuple:
    """What changes whenever the board does: the newest event, members, boards, limits."""
    return tuple(
        connection.execute(sql).fetchone()
        for sql in (
            "SELECT MAX(id), COUNT(*) FROM event",
            "SELECT MAX(id), COUNT(*) FROM member",
            "SELECT group_concat(id || ':' || name, '|') FROM board",
            "SELECT group_concat(board_id || stage || ifnull(wip_limit, ''), '|') "
            "FROM board_column",
        )
    )


def backup_if_due(connection: sqlite3.Connection, database: Path, now: datetime) -> Path | None:
    """The daily backup: taken if the newest is a day old (or there is none) and the board
    changed since it was taken. Returns the new backup, or None."""
    backups = list_backups(database)
    if backups:
        newest = backups[0]
        when = taken_at(newest)
        if when is not None and now - when < DAILY:
            return None
        try:
            previous = sqlite3.connect(f"{newest.resolve().as_uri()}?mode=ro", uri=True)
            try:
                unchanged = fingerprint(previous) == fingerprint(connection)
            finally:
                previous.close()
        except sqlite3.DatabaseError:
            unchanged = False
        if unchanged:
            return None
    return take_backup(connection, database, now)
