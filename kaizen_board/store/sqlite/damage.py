"""Damaged SQLite files: found only by SQLite's own answer, set aside only when no one
else has them open, never deleted, with the newest backup offered in their place; and
what SQLite's errors mean (damage, a lock held elsewhere, a full disk)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kaizen_board.errors import DamagedDatabase, DatabaseProblem
from kaizen_board.files import disk_is_full
from kaizen_board.store.sqlite.file_lock import FileLock
from kaizen_board.translation import QT_TRANSLATE_NOOP, translate

# SQLite's primary result codes that mean the file itself is bad.
_CORRUPT, _NOT_A_DATABASE = 11, 26
_BUSY, _LOCKED, _FULL, _READ_ONLY, _IO_ERROR = 5, 6, 13, 8, 10


def is_damage(error: BaseException) -> bool:
    """Whether an error from SQLite (or peewee's wrapper of one) says the file is damaged,
    as opposed to locked, read-only or missing."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_CORRUPT, _NOT_A_DATABASE)
    text = str(original)
    return "malformed" in text or "not a database" in text


def is_undecodable(error: BaseException) -> bool:
    """Whether SQLite found a text that is not UTF-8: bytes changed inside a text, which
    its integrity and quick checks do not look at (they check the file's structure)."""
    original = getattr(error, "orig", None) or error
    return isinstance(original, sqlite3.Error) and "Could not decode to UTF-8" in str(original)


UNDECODABLE = QT_TRANSLATE_NOOP(
    "Database",
    "a text in it is not valid UTF-8: its bytes were changed outside Kaizen Board, in a way "
    "SQLite's own check of the file does not see",
)  # translated where shown: translate("Database", UNDECODABLE)


def error_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind an error (or peewee's wrapper of one)."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_busy(error: BaseException) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    return error_code(error) in (_BUSY, _LOCKED) or "database is locked" in str(error)


def is_disk_full(error: BaseException, folder: Path | None = None) -> bool:
    """Whether SQLite failed for want of space. It says so for a write that does not fit;
    when it cannot even make the shared-memory file beside a database it says only "disk
    I/O error", so an I/O error counts as a full disk if `folder`'s disk has no room."""
    if error_code(error) == _FULL or "disk is full" in str(error):
        return True
    io_error = error_code(error) == _IO_ERROR or "disk I/O error" in str(error)
    return io_error and folder is not None and disk_is_full(folder)


def quick_check(connection: sqlite3.Connection) -> str | None:
    """SQLite's quick check of the whole file: None if it is sound, else what is wrong.

    About a second for a million cards: the window runs it off its own thread, the
    command line before a change.
    """
    try:
        rows = connection.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return str(error)
        raise
    if rows == [("ok",)]:
        return None
    # SQLite's report runs over several lines ("*** in database main ***", then a page);
    # one line of it says enough to a user, the file itself being kept.
    lines = [line.strip() for line in str(rows[0][0]).splitlines() if line.strip("* ")]
    return lines[0] if lines else translate("Database", "SQLite's check failed")


def set_aside_damaged(path: Path, problem: str) -> DamagedDatabase:
    """Rename a damaged database (and its log files) aside, if no other window or command
    has it open; the error to raise, saying what was done and what to do next."""
    from kaizen_board.store.backups import list_backups

    backups = list_backups(path)
    newest = backups[0] if backups else None
    if newest:
        advice = translate(
            "Database",
            "The newest backup is {backup}: restore it with `kaizen-board restore {backup}` "
            "or File > Restore from backup.",
        ).format(backup=newest)
    else:
        advice = translate("Database", "There is no backup of it to restore.")
    try:
        lock = FileLock.exclusive(path)
    except DatabaseProblem as no_lock:  # a read-only folder, a link planted as the lock
        return DamagedDatabase(
            translate(
                "Database",
                "{path} is damaged ({problem}). It was left where it is, for its lock could "
                "not be taken ({reason}). {advice}",
            ).format(path=path, problem=problem, reason=no_lock, advice=advice),
            path,
            None,
            newest,
        )
    if lock is None:
        return DamagedDatabase(
            translate(
                "Database",
                "{path} is damaged ({problem}). Another Kaizen Board window or command has it "
                "open, so it was left where it is: close them, then open it again to set it "
                "aside. {advice}",
            ).format(path=path, problem=problem, advice=advice),
            path,
            None,
            newest,
        )
    try:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        moved = path.with_name(f"{path.name}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            part = Path(f"{path}{suffix}")
            if part.exists():
                part.rename(Path(f"{moved}{suffix}"))
    except OSError as error:
        return DamagedDatabase(
            translate(
                "Database",
                "{path} is damaged ({problem}), and it could not be moved aside "
                "({reason}): it was left where it is. {advice}",
            ).format(path=path, problem=problem, reason=error.strerror, advice=advice),
            path,
            None,
            newest,
        )
    finally:
        lock.release()
    return DamagedDatabase(
        translate(
            "Database",
            "{path} is damaged ({problem}). It was moved aside to {moved}, not deleted. {advice}",
        ).format(path=path, problem=problem, moved=moved, advice=advice),
        path,
        moved,
        newest,
    )
