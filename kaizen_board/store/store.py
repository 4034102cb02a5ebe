"""`Store`: one open database, through which every core function reads and writes."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee

from kaizen_board.clock import Clock, SystemClock
from kaizen_board.store.binding import CURRENT
from kaizen_board.store.engine import Engine
from kaizen_board.translation import translate


def default_member_name() -> str:
    """Who is at the keyboard: `$KAIZEN_BOARD_MEMBER`, else the login name."""
    name = os.environ.get("KAIZEN_BOARD_MEMBER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "me"


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist
        return False


class Store:
    """An open database with the clock and member its changes are stamped with.

    Attributes:
        database: the peewee database (SQLite or PostgreSQL).
        location: the file or URL it was opened from, for messages.
        clock: where every stored timestamp comes from.
        member_name: the member a change is recorded for when none is named.
        engine: what speaks the database's dialect (see store.engine).
        lock: held while the store is open, so that no other process sets the file
            aside as damaged under it (see store.sqlite.file_lock); None if none is.
    """

    def __init__(
        self,
        database: peewee.Database,
        location: str,
        engine: Engine,
        clock: Clock | None = None,
        member_name: str | None = None,
        lock: Any = None,
    ) -> None:
        self.database = database
        self.engine = engine
        self.location = location
        self.clock = clock or SystemClock()
        self.member_name = member_name or default_member_name()
        self.lock = lock
        # Why this member may only read (a viewer of a team board), or None.
        self.read_only: str | None = None
        # The member is the one the server signed in (a team server), not a chosen name.
        self.signed_in = False
        self.signed_in_member_id: int | None = None  # looked up at the first change
        # What the core may remember of this database for a moment (search plans).
        self.memo: dict[str, Any] = {}

    def now(self) -> datetime:
        return self.clock.now()

    def _bound(self):
        """The models' queries go to this store's database in this thread (see binding)."""
        return CURRENT.using(self.database)

    @contextmanager
    def read(self) -> Iterator[None]:
        """The models' queries in this block go to this store's database."""
        with self._translated_errors(), self._bound():
            yield

    @contextmanager
    def write(self) -> Iterator[None]:
        """One transaction: everything inside commits together or not at all.

        The database's write lock is taken at the start (the engine's `write_transaction`),
        so two writers never interleave a read and a write of the same rows. Nested, it
        is a savepoint inside the outer transaction.
        """
        with self._translated_errors(), self._bound():
            if self.database.in_transaction():
                with self.database.atomic():
                    yield
            else:
                with self.engine.write_transaction(self.database):
                    yield

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: every query inside sees the database at one moment, even
        while other processes write (an export, the weekly review). Takes no write lock."""
        with self._translated_errors(), self._bound():
            if self.database.in_transaction():
                yield
            else:
                with self.engine.read_transaction(self.database):
                    yield

    def refuse_overwriting(self, target: str | os.PathLike[str]) -> None:
        """FileProblem if writing `target` would replace the database itself, its log
        files, its lock or one of its backups; else nothing."""
        from kaizen_board.errors import FileProblem

        database = Path(self.location)
        ours = [Path(f"{database}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")]
        ours.append(database.with_name(f".{database.name}.lock"))
        wanted = Path(target)
        resolved = wanted.resolve()
        backups = (database.parent / "backups").resolve()
        clash = resolved.parent == backups or any(
            resolved == path.resolve() or _same_file(wanted, path) for path in ours
        )
        if clash:
            raise FileProblem(
                translate(
                    "Database",
                    "{target} is the board's own database, log or backup; writing there would "
                    "destroy it. Choose another file; nothing was written",
                ).format(target=target)
            )

    def wait_for_writers(self, seconds: float) -> None:
        """How long a write waits for another connection's lock before DatabaseBusy (this
        thread's connection). The window waits 0 s here, and retries while it repaints."""
        with self._translated_errors():
            self.engine.wait_for_writers(self.database, seconds)

    def data_version(self) -> int:
        """A number that changes when another connection commits to the database.

        Polling it is how a window notices what the command line or a second window
        wrote, without rereading anything else.
        """
        with self._translated_errors():
            return self.engine.data_version(self.database)

    def close(self) -> None:
        if not self.database.is_closed():
            self.database.close()
        if self.lock is not None:
            self.lock.release()

    @contextmanager
    def _translated_errors(self) -> Iterator[None]:
        try:
            yield
        except peewee.IntegrityError:
            raise  # a broken rule of ours, not a problem of the file
        except peewee.DatabaseError as error:
            self.engine.after_error(self.database)
            raise self.engine.translated(self.location, error) from error
