"""Which database a model's query goes to: the one of the store in use in this thread.

Every model is bound, once, to `CURRENT`. A store's `read()`, `write()` or `snapshot()`
makes its database the current one for the thread for the length of the block; outside
any such block a query fails (`NoStore`) instead of going to whichever database was
opened last. So two stores in one process, or a store used by a worker thread (which
gets a connection of its own from peewee), never see each other's data.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import peewee


class NoStore(peewee.InterfaceError):
    """A query ran outside every store's read() or write(): a bug, never a user's error."""


class CurrentDatabase:
    """Stands in for a peewee Database, passing everything on to this thread's current
    one (the innermost store block the thread is in)."""

    def __init__(self) -> None:
        self._local = threading.local()

    def _stack(self) -> list[peewee.Database]:
        stack = getattr(self._local, "stack", None)
        if stack is None:
            stack = self._local.stack = []
        return stack

    @property
    def current(self) -> peewee.Database:
        stack = self._stack()
        if not stack:
            raise NoStore(
                "a query ran outside every store's read() or write(); it would have gone "
                "to no database in particular"
            )
        return stack[-1]

    @contextmanager
    def using(self, database: peewee.Database) -> Iterator[None]:
        stack = self._stack()
        stack.append(database)
        try:
            yield
        finally:
            stack.pop()

    def __getattr__(self, name: str):
        return getattr(self.current, name)


CURRENT = CurrentDatabase()
