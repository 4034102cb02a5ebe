"""`BackgroundRead`: work that reads the database, done off the window's thread.

Counting a common word's matches among a million cards, or an "All time" chart, takes
seconds: the window shows what it has at once and the answer when it comes. Each read
has a thread and a connection of its own (peewee gives every thread its own); a newer
read of the same kind stops the older (the database is told to interrupt it) and only
the newest answer is taken. Reads run one at a time, at a lower priority than the
window's thread, so that the window keeps a core to itself.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, Signal

from kaizen_board.store import Store

# One read at a time, whichever kind: the others wait their turn.
_ONE_AT_A_TIME = threading.Lock()
NICER = 10  # how much lower than the window's thread a read runs (Linux: nice)


def _run_below_the_window() -> None:
    with suppress(AttributeError, OSError):  # where threads have no priority of their own
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICER)


class BackgroundRead(QObject):
    """Runs `work` inside a read of a store, on a thread of its own.

    Signals:
        finished(int, object): the work's answer and the `generation` it was asked in;
            only an answer of the current generation is the one asked for last.
    """

    finished = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._current: tuple[Store, dict] | None = None

    def start(self, store: Store, work: Callable[[], Any], name: str = "read") -> None:
        """Do `work` (which reads `store`) off the window's thread; `finished` answers."""
        self.cancel()
        self.generation += 1
        generation, held = self.generation, {}
        self._current = (store, held)
        thread = threading.Thread(
            target=self._run, args=(store, work, generation, held), name=name, daemon=True
        )
        held["thread"] = thread
        thread.start()

    def cancel(self) -> None:
        """Stop the read under way, if any: its answer will not be taken."""
        self.generation += 1
        if self._current is None:
            return
        store, held = self._current
        self._current = None
        connection = held.get("connection")
        if connection is not None:
            with suppress(Exception):  # it may have ended meanwhile
                store.engine.interrupt(connection)

    def wait(self) -> None:
        """Wait for the read under way to end (before its store is closed)."""
        if self._current is not None:
            self._current[1]["thread"].join()

    def _run(self, store: Store, work: Callable[[], Any], generation: int, held: dict) -> None:
        _run_below_the_window()
        try:
            with _ONE_AT_A_TIME, store.read():
                held["connection"] = store.database.connection()
                if generation != self.generation:
                    return
                answer = work()
        except Exception:  # interrupted (a newer read comes), or the store was closed
            return
        finally:
            with suppress(Exception):
                store.database.close()  # this thread's connection only
        if generation == self.generation:
            self.finished.emit(generation, answer)
