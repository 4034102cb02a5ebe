"""`LiveUpdates`: the window hears of other windows' and commands' changes.

On a team server, at once: a connection LISTENs for the notification every change sends
when it commits, and a QSocketNotifier wakes the window when it arrives. On a database
file, SQLite's data version is polled every second. A team server that cannot be
reached is said, the window goes read-only, and it is tried again every few seconds;
once it is back, everything is read again, so no notification missed meanwhile leaves
the board stale.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from kaizen_board.errors import KaizenError
from kaizen_board.store import Store

POLL_MS = 1000  # a database file: other writers' changes show within two seconds
RETRY_MS = 2000  # a team server that cannot be reached is tried again this often


class LiveUpdates(QObject):
    """Signals:
        changed(): another window or command changed the database.
        lost(str): the team server cannot be reached; what happened.
        back(): it can be reached again (everything should be read again).

    Attributes:
        store: the database watched.
    """

    changed = Signal()
    lost = Signal(str)
    back = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._on_timer)
        self._listener = None
        self._notifier: QSocketNotifier | None = None
        self._lost = False
        self.watch(store)

    def watch(self, store: Store) -> None:
        """Watch another database (or the same, opened again)."""
        self.stop()
        self.store = store
        self._seen = None
        self._lost = False
        try:
            self._listen()
        except KaizenError as error:
            self._lose(str(error))
            return
        if self._listener is None:
            self._seen = store.data_version()
            self._timer.setInterval(POLL_MS)
            self._timer.start()

    def _listen(self) -> None:
        self._listener = self.store.engine.listen(self.store)
        if self._listener is not None:
            self._notifier = QSocketNotifier(
                self._listener.fileno(), QSocketNotifier.Type.Read, self
            )
            self._notifier.activated.connect(self._on_readable)

    def _on_readable(self) -> None:
        try:
            heard = self._listener.changed()
        except KaizenError as error:
            self._lose(str(error))
            return
        if heard:
            self.changed.emit()

    def _on_timer(self) -> None:
        if self._lost:
            self._try_again()
            return
        try:
            version = self.store.data_version()
        except KaizenError:
            return  # the next tick tries again; an action would show the problem
        if version != self._seen:
            self._seen = version
            self.changed.emit()

    def _lose(self, message: str) -> None:
        self._close_listener()
        if not self._lost:
            self._lost = True
            self.lost.emit(message)
        self._timer.setInterval(RETRY_MS)
        self._timer.start()

    def _try_again(self) -> None:
        try:
            self.store.data_version()  # the store's own connection, opened anew
            self._listen()
        except KaizenError:
            self._close_listener()
            return
        self._lost = False
        if self._listener is not None:
            self._timer.stop()
        self.back.emit()

    def _close_listener(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            with contextlib.suppress(Exception):  # a connection already gone
                self._listener.close()
            self._listener = None

    def stop(self) -> None:
        self._timer.stop()
        self._close_listener()
