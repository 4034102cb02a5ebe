"""`Counting`: how many cards of a column match a search, counted off the window's thread.

A common word can match most of a million cards, and counting them is a walk of the
whole column (seconds); the window shows the first page of them at once and the count
when it comes. A newer count for the same column stops the older one (the database is
told to interrupt it) and only the newest is taken. Counts run one at a time, at a lower
priority than the window's thread, so that the window keeps a core to itself.
"""

from __future__ import annotations

import os
import threading
from contextlib import suppress

from PySide6.QtCore import QObject, Signal

from kaizen_board import ops
from kaizen_board.ops import CardFilter
from kaizen_board.stages import Stage
from kaizen_board.store import Store

# One count at a time, whichever column's: the others wait their turn.
_ONE_AT_A_TIME = threading.Lock()
NICER = 10  # how much lower than the window's thread a count runs (Linux: nice)


def _run_below_the_window() -> None:
    with suppress(AttributeError, OSError):  # where threads have no priority of their own
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICER)


class Counting(QObject):
    """Counts one column's matching cards on a thread with its own connection.

    Signals:
        counted(int, int): a count and the `generation` it was asked in; only one of
            the current generation answers what was asked last.
    """

    counted = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._current: tuple[Store, dict] | None = None

    def start(self, store: Store, board_id: int, stage: Stage, search: CardFilter) -> None:
        """Count the column's cards matching `search`; `counted` gives the number."""
        self.cancel()
        self.generation += 1
        generation, held = self.generation, {}
        self._current = (store, held)
        thread = threading.Thread(
            target=self._count,
            args=(store, board_id, stage, search, generation, held),
            name=f"count {stage.value}",
            daemon=True,
        )
        held["thread"] = thread
        thread.start()

    def cancel(self) -> None:
        """Stop the count under way, if any: its answer will not be taken."""
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
        """Wait for the count under way to end (before its store is closed)."""
        if self._current is not None:
            self._current[1]["thread"].join()

    def _count(
        self,
        store: Store,
        board_id: int,
        stage: Stage,
        search: CardFilter,
        generation: int,
        held: dict,
    ) -> None:
        _run_below_the_window()
        try:
            with _ONE_AT_A_TIME, store.read():
                held["connection"] = store.database.connection()
                if generation != self.generation:
                    return
                count = ops.column_count(store, board_id, stage, search)
        except Exception:  # interrupted (a newer count comes), or the store was closed
            return
        finally:
            with suppress(Exception):
                store.database.close()  # this thread's connection only
        if generation == self.generation:
            self.counted.emit(generation, count)
