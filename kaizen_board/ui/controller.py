"""`BoardController`: the one way the window changes the board, with undo and redo."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kaizen_board import ops
from kaizen_board.errors import DatabaseBusy, KaizenError
from kaizen_board.ops import BoardInfo, Change
from kaizen_board.stages import Stage
from kaizen_board.store import Store

Perform = Callable[[], list[Change]]
WAIT_SECONDS = 15.0  # for another window's or command's write lock, then give up
RETRY_MS = 50


def pause_painting_on(milliseconds: int) -> None:
    """Let the window repaint (and timers run) for a moment, holding back the user's
    input, which is delivered once the change is made or given up."""
    until = time.monotonic() + milliseconds / 1000
    while time.monotonic() < until:
        QCoreApplication.processEvents(
            QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, milliseconds
        )
        QThread.msleep(5)


class OperationCommand(QUndoCommand):
    """One user action on the undo stack: the changes the core recorded for it.

    Undo hands them to the core's inverse, newest first; redo replays them as recorded,
    oldest first (the same cards, the same ids), never running the action again. If the
    core refuses (a card changed elsewhere meanwhile), the error is reported and the
    command drops off the stack rather than leave the stack out of step with the board.
    """

    def __init__(self, controller: BoardController, label: str, changes: list[Change]) -> None:
        super().__init__(label)
        self._controller = controller
        self.changes = changes
        self._done_already = True  # pushed after it was done

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self._replay(ops.redo, self.changes)

    def undo(self) -> None:
        self._replay(ops.undo, list(reversed(self.changes)))

    def _replay(self, step: Callable[[Store, Change], None], changes: list[Change]) -> None:
        store = self._controller.store

        def run() -> list[Change]:
            for change in changes:
                step(store, change)
            return changes

        try:
            self._controller.atomically(run)
        except KaizenError as error:
            self.setObsolete(True)
            self._controller.failed.emit(str(error))
        self._controller.finished([change.card_id for change in self.changes])


class BoardController(QObject):
    """Runs every change the user makes on the board and tells the screens after.

    Signals:
        operation_did_execute(list): a change was made, done, undone or redone; the
            ids of the cards it touched (to keep them selected).
        failed(str): the core refused a change; the message says why.
        waiting(bool): a change waits for another window or command to finish writing
            (True), or no longer does (False).

    Attributes:
        store: the open database.
        board: the board shown.
        undo_stack: the window's undo history.
    """

    operation_did_execute = Signal(list)
    failed = Signal(str)
    waiting = Signal(bool)

    def __init__(self, store: Store, board: BoardInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.board = board
        self.undo_stack = QUndoStack(self)

    def finished(self, card_ids: list[int]) -> None:
        self.operation_did_execute.emit(card_ids)

    def atomically(self, perform: Perform) -> list[Change]:
        """Run `perform` in one transaction: an action on several cards is all or nothing.

        While another window or command holds the write lock, it tries again every
        RETRY_MS, the window repainting and showing that it waits (`waiting`), for at most
        WAIT_SECONDS; then DatabaseBusy says nothing was changed. The window's store waits
        0 s itself, so a try never blocks.
        """
        deadline = time.monotonic() + WAIT_SECONDS
        try:
            while True:
                try:
                    with self.store.write():
                        return perform()
                except DatabaseBusy:
                    if time.monotonic() >= deadline:
                        raise
                    self.waiting.emit(True)
                    pause_painting_on(RETRY_MS)
        finally:
            self.waiting.emit(False)

    def run(self, label: str, perform: Perform) -> list[Change]:
        """Perform an action now; if it changed anything, put it on the undo stack."""
        try:
            changes = self.atomically(perform)
        except KaizenError as error:
            self.failed.emit(str(error))
            return []
        if changes:
            self.undo_stack.push(OperationCommand(self, label, changes))
            self.finished([change.card_id for change in changes])
        return changes

    # The actions -------------------------------------------------------------------

    def add_card(
        self, title: str, stage: Stage = Stage.STANDARD, index: int | None = 0, **fields: Any
    ) -> int | None:
        board = self.board.id
        changes = self.run(
            self.tr("Add card"),
            lambda: [ops.add_card(self.store, board, title, stage=stage, index=index, **fields)],
        )
        return changes[0].card_id if changes else None

    def add_cards(self, titles: list[str], stage: Stage = Stage.STANDARD, index: int = 0) -> int:
        """One card per title, in order from `index`, as one step to undo; how many."""
        board = self.board.id
        changes = self.run(
            self.tr("Add {0} card(s)").format(len(titles)),
            lambda: ops.add_cards(self.store, board, titles, stage=stage, index=index),
        )
        return len(changes)

    def move_cards(
        self,
        card_ids: Sequence[int],
        stage: Stage,
        index: int | None = None,
        versions: dict[int, int] | None = None,
        *,
        after: int | None = None,
        before: int | None = None,
    ) -> list[Change]:
        """Move cards to `stage`: below the card `after`, above `before`, or at `index`."""
        board = self.board.id
        ids = list(card_ids)

        def perform() -> list[Change]:
            return ops.move_cards(
                self.store,
                ids,
                stage,
                index,
                after=after,
                before=before,
                board_id=board,
                expected_versions=versions,
            )

        label = self.tr("Move {0} card(s) to {1}").format(len(ids), self.tr(stage.column_title))
        return self.run(label, perform)

    def move_beside(
        self,
        card_ids: Sequence[int],
        versions: dict[int, int],
        stage: Stage,
        above: int | None,
        below: int | None,
    ) -> None:
        """A drop: land the cards just below `above` (or just above `below`) in `stage`;
        with neither (an empty column), at its end."""
        if above is not None:
            self.move_cards(card_ids, stage, versions=versions, after=above)
        else:
            self.move_cards(card_ids, stage, versions=versions, before=below)

    def archive(self, card_ids: Sequence[int]) -> None:
        board, ids = self.board.id, list(card_ids)
        self.run(
            self.tr("Archive {0} card(s)").format(len(ids)),
            lambda: [ops.archive_card(self.store, card_id, board_id=board) for card_id in ids],
        )

    def restore(self, card_ids: Sequence[int]) -> None:
        board, ids = self.board.id, list(card_ids)
        self.run(
            self.tr("Restore {0} card(s)").format(len(ids)),
            lambda: [ops.restore_card(self.store, card_id, board_id=board) for card_id in ids],
        )

    def edit(self, card_id: int, version: int, fields: dict[str, Any]) -> list[Change]:
        """Save an edit; raises the core's error (InvalidInput, Conflict) to the editor."""
        board = self.board.id

        def perform() -> list[Change]:
            return _listed(
                ops.edit_card(
                    self.store, card_id, board_id=board, expected_version=version, **fields
                )
            )

        changes = self.atomically(perform)
        if changes:
            self.undo_stack.push(OperationCommand(self, self.tr("Edit card"), changes))
            self.finished([card_id])
        return changes


def _listed(change: Change | None) -> list[Change]:
    return [] if change is None else [change]
