"""Copies of an SQLite database through its backup API: backups taken while others write,
checked; a backup copied back in (restore) in one step."""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kaizen_board.errors import DatabaseBusy, DatabaseProblem, FileProblem
from kaizen_board.files import private_folder, private_workspace, write_atomically
from kaizen_board.store.models import GENERATION_KEY
from kaizen_board.store.sqlite.damage import is_disk_full
from kaizen_board.translation import translate

Waiting = Callable[[], None]  # called now and then while a restore waits for the lock


def verify(path: Path) -> None:
    """Raise DatabaseProblem unless the file is an intact SQLite database."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseProblem(
            translate("Database", "{path} is damaged or not a database ({error})").format(
                path=path, error=error
            )
        ) from error
    if result != [("ok",)]:
        raise DatabaseProblem(
            translate("Database", "{path} is damaged: {problem}").format(
                path=path, problem=result[0][0]
            )
        )


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of an open database to `target`, verified, atomically.

    The backup API copies a snapshot page by page; writers in other processes may go
    on meanwhile, and the copy is still one moment's consistent state.
    """

    def write(temporary: Path) -> None:
        copy = sqlite3.connect(temporary)  # in a private folder: no one else can reach it
        try:
            source.backup(copy)
            # A plain rollback-journal file: readable on its own, even read-only, with
            # no -wal or -shm files appearing beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        verify(temporary)

    try:
        private_folder(target.parent)
    except OSError as error:
        raise FileProblem(
            translate(
                "Database", "cannot make the folder {folder} for the backup: {reason}"
            ).format(folder=target.parent, reason=error.strerror)
        ) from error
    try:
        return write_atomically(target, write)
    except sqlite3.DatabaseError as error:
        if is_disk_full(error):
            raise FileProblem(
                translate("Database", "cannot write {path}: the disk is full").format(path=target)
            ) from error
        raise DatabaseProblem(
            translate("Database", "cannot back up to {path}: {error}").format(
                path=target, error=error
            )
        ) from error


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a database file, closed after."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def file_fingerprint(path: Path) -> tuple | None:
    """`fingerprint` of a database file (a backup), or None if it cannot be read."""
    try:
        with read_only(path) as connection:
            return fingerprint(connection)
    except sqlite3.DatabaseError:
        return None


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


def copy_over(
    source_path: Path,
    live: sqlite3.Connection,
    location: str,
    waiting: Waiting | None,
    wait_seconds: float,
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
                staging.backup(live, progress=_give_up_after(wait_seconds, location, waiting))
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


def has_a_board(path: Path) -> bool:
    """Whether the database file holds at least one board."""
    with read_only(path) as connection:
        try:
            return connection.execute("SELECT 1 FROM board LIMIT 1").fetchone() is not None
        except sqlite3.OperationalError:  # no tables at all
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
                translate(
                    "Database",
                    "{location} is busy: another window or command kept it locked for writing "
                    "for {seconds} s, so nothing was restored. Close it (or wait) and try again",
                ).format(location=location, seconds=f"{seconds:.0f}")
            )

    return progress


def _sequences(connection: sqlite3.Connection) -> dict[str, int]:
    try:
        return dict(connection.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
    except sqlite3.OperationalError:  # a new database has no sequences yet
        return {}
