"""Who has a database file open: a lock every Kaizen Board process holds while it does.

Each open store holds a shared lock (flock) on a small hidden file beside the database,
`.NAME.lock`. Setting a damaged file aside needs that lock exclusively, so a file that
another window or command has open is never renamed under it. The lock is on a file of
its own, never on the database: closing any descriptor of the database in a process
would drop the locks SQLite holds on it there.
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import time
from pathlib import Path

from kaizen_board.errors import DatabaseProblem
from kaizen_board.translation import translate

WAIT_SECONDS = 5.0  # for another process that is setting a damaged file aside
_POLL_SECONDS = 0.05


def lock_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.lock")


def _open_lock_file(path: Path, database: Path) -> int:
    """The lock file, opened (made if missing) without following a link: in a folder
    others can write to, a link planted at its name would have this process create or
    open a file wherever the link points. A link, a folder, a pipe or a device there is
    refused, and left as it is."""
    flags = os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY
    try:
        descriptor = os.open(path, flags, 0o600)
    except OSError as error:
        if error.errno == errno.ELOOP or path.is_symlink():
            raise DatabaseProblem(_not_a_lock_file(path, database, "link")) from error
        if error.errno == errno.EISDIR:
            raise DatabaseProblem(_not_a_lock_file(path, database, "folder")) from error
        raise DatabaseProblem(
            translate(
                "Database",
                "cannot write in the folder {folder} for the database {database}: {reason}",
            ).format(folder=database.parent, database=database, reason=error.strerror)
        ) from error
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise DatabaseProblem(_not_a_lock_file(path, database, "other"))
    return descriptor


def _not_a_lock_file(path: Path, database: Path, kind: str) -> str:
    """What is wrong with the lock file's place, whole sentences for the translators:
    `kind` is "link", "folder" or "other" (a pipe, a device...)."""
    if kind == "link":
        text = translate(
            "Database",
            "the lock file {path} of the database {database} is a symbolic link: Kaizen Board "
            "makes it a plain file of its own and never follows a link there (someone may "
            "have planted it). Nothing was changed; remove it if you did not make it, and try "
            "again",
        )
    elif kind == "folder":
        text = translate(
            "Database",
            "the lock file {path} of the database {database} is a folder: Kaizen Board makes "
            "it a plain file of its own and never follows a link there (someone may have "
            "planted it). Nothing was changed; remove it if you did not make it, and try again",
        )
    else:
        text = translate(
            "Database",
            "the lock file {path} of the database {database} is not a regular file: Kaizen "
            "Board makes it a plain file of its own and never follows a link there (someone "
            "may have planted it). Nothing was changed; remove it if you did not make it, and "
            "try again",
        )
    return text.format(path=path, database=database)


class FileLock:
    """A held lock on a database's lock file; `release` (or closing the store) drops it.

    Attributes:
        path: the lock file.
    """

    def __init__(self, path: Path, descriptor: int) -> None:
        self.path = path
        self._descriptor: int | None = descriptor

    @classmethod
    def shared(cls, database: Path, wait: float = WAIT_SECONDS) -> FileLock:
        """Hold the database open alongside others; waits while one sets it aside."""
        lock = cls._take(database, fcntl.LOCK_SH, wait)
        if lock is None:
            raise DatabaseProblem(
                translate(
                    "Database",
                    "{database} is being checked or set aside by another Kaizen Board window "
                    "or command; try again in a moment",
                ).format(database=database)
            )
        return lock

    @classmethod
    def exclusive(cls, database: Path) -> FileLock | None:
        """The lock, if no other store (in any process) has the database open; else None."""
        return cls._take(database, fcntl.LOCK_EX, 0)

    @classmethod
    def _take(cls, database: Path, kind: int, wait: float) -> FileLock | None:
        path = lock_path(database)
        descriptor = _open_lock_file(path, database)
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(descriptor, kind | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(descriptor)
                    return None
                time.sleep(_POLL_SECONDS)
            else:
                return cls(path, descriptor)

    def release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)  # drops the lock
            self._descriptor = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None
