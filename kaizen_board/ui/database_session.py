"""`DatabaseSession`: the database a window shows, and keeping up with it.

Opening another database (a file, or a team server with its password asked for), taking
up a database anew after a restore, hearing other windows' and commands' changes
(`LiveUpdates`), a restore made elsewhere (the undo history then belongs to a board that
is gone), and a team server that goes out of reach and comes back.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from kaizen_board import ops
from kaizen_board.errors import KaizenError, PasswordNeeded
from kaizen_board.ops import BoardInfo
from kaizen_board.store import Store, open_store
from kaizen_board.store.restore import generation
from kaizen_board.ui.controller import BoardController
from kaizen_board.ui.live import LiveUpdates
from kaizen_board.ui.plain_text import warn


def last_board_key(location: str) -> str:
    return "lastBoard/" + hashlib.sha1(location.encode()).hexdigest()[:16]


def remembered_board(store: Store, settings: QSettings) -> BoardInfo:
    """The board last used with this database, else its first board."""
    remembered = settings.value(last_board_key(store.location))
    if remembered is not None:
        try:
            return ops.board_of(store, int(remembered))
        except (KaizenError, ValueError):
            pass
    return ops.default_board(store)


class DatabaseSession(QObject):
    """The window's database: which one, and what happens to it meanwhile.

    Signals:
        status(str, int): a passing message for the status bar, and for how long (ms).

    Attributes:
        live: hears other writers' changes, and a team server lost and back.
    """

    status = Signal(str, int)

    def __init__(self, controller: BoardController, settings: QSettings, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.settings = settings
        self.window = window
        self._seen_generation = generation(controller.store)
        self.live = LiveUpdates(controller.store, self)
        self.live.changed.connect(self._on_external_change)
        self.live.lost.connect(self._on_connection_lost)
        self.live.back.connect(self._on_connection_back)
        controller.board_switched.connect(self._on_board_switched)

    @property
    def store(self) -> Store:
        return self.controller.store

    def open_location(self, location: str) -> bool:
        """Switch to another database; on a problem say so and keep the current one. A
        server that wants a password gets one asked for (kept in memory only)."""
        from kaizen_board.ui.dialogs.open_dialog import ask_password

        password = None
        while True:
            try:
                store = open_store(location, member_name=self.store.member_name, password=password)
                board = remembered_board(store, self.settings)
                break
            except PasswordNeeded as needed:
                password = ask_password(self.window, needed.location)
                if password is None:
                    return False
            except KaizenError as error:
                warn(self.window, str(error))
                return False
        old = self.store
        self.adopt_store(store, board)
        old.close()
        return True

    def adopt_store(self, store: Store, board: BoardInfo | None = None) -> None:
        """Show another database, or the same file with other data (a restore): the undo
        history belongs to what was shown before, so it goes."""
        self._seen_generation = generation(store)
        self.live.watch(store)
        self.controller.switch_store(store, board or remembered_board(store, self.settings))

    def stop(self) -> None:
        self.live.stop()

    def _on_board_switched(self, board: BoardInfo) -> None:
        self.settings.setValue(last_board_key(self.store.location), board.id)

    def _on_external_change(self) -> None:
        """Another window or command changed the database (heard by LiveUpdates)."""
        try:
            restored_as = generation(self.store)
        except KaizenError:
            return  # unreachable: LiveUpdates says so
        if restored_as != self._seen_generation:
            self._seen_generation = restored_as
            self.controller.undo_stack.clear()
            warn(
                self.window,
                self.tr(
                    "The board was restored from a backup by another window or command. "
                    "What you could undo belonged to the board before, so the undo "
                    "history was cleared."
                ),
            )
        self.controller.external_change()

    def _on_connection_lost(self, message: str) -> None:
        self.controller.set_read_only(
            self.tr("the team server cannot be reached; trying again every few seconds")
        )
        self.status.emit(message[:1].upper() + message[1:], 0)

    def _on_connection_back(self) -> None:
        self.controller.set_read_only(self.store.read_only)
        self.status.emit(self.tr("Connected again to {0}").format(self.store.location), 8000)
        self.controller.external_change()
