"""`BoardController`: the one way the window changes the board, with undo and redo."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal
from PySide6.QtGui import QKeySequence, QUndoStack

from kaizen_board import ops
from kaizen_board.errors import DatabaseBusy, KaizenError, ReadOnlyDatabase
from kaizen_board.ops import BoardInfo, Change
from kaizen_board.ops.standards import card_nudge, move_writing
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.translation import english_plural
from kaizen_board.ui.commands import (
    AddCardsCommand,
    ArchiveCardsCommand,
    BoardCommand,
    ChangeCommand,
    ConfirmCommand,
    DeleteCardsCommand,
    EditCardCommand,
    Executed,
    ImportCommand,
    MoveCardsCommand,
    RestoreCardsCommand,
    TeamCommand,
    WipLimitCommand,
)

if TYPE_CHECKING:
    from kaizen_board.transfer.importer import ImportOptions, ImportSummary

Perform = Callable[[], list[Change]]
# Runs work off the window's thread and returns its answer: (work, what it does) -> answer.
Background = Callable[[Callable[..., Any], str], Any]
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


class BoardController(QObject):
    """Runs every change the user makes on the board and tells the screens after.

    Signals:
        operation_did_execute(Executed): a change was made, undone or redone, here or
            by another writer; what to read again. Every screen listens to it.
        board_switched(BoardInfo): another board (or database) is shown; the broadcast
            that follows says to read everything again.
        failed(str): the core refused a change; the message says why.
        waiting(bool): a change waits for another window or command to finish writing
            (True), or no longer does (False).
        read_failed(str): a screen could not read the board again (a team server out of
            reach): it keeps showing what it had; the message says why.
        said(str): a note for the status bar on what an action did.

    Attributes:
        store: the open database.
        board: the board shown.
        undo_stack: the window's undo history.
        background: runs long work off the window's thread, if the window gave a way to.
    """

    operation_did_execute = Signal(object)
    read_only_changed = Signal(str)
    board_switched = Signal(object)
    failed = Signal(str)
    waiting = Signal(bool)
    read_failed = Signal(str)
    said = Signal(str)

    def __init__(self, store: Store, board: BoardInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.board = board
        self.undo_stack = QUndoStack(self)
        self.read_only: str | None = store.read_only
        # How the window runs long work off its thread (ui/tasks.py), set by the window:
        # the undo and redo of an import use it.
        self.background: Background | None = None
        # Asked, set by the window, when a move would skip a written standard:
        # (the card's row, the nudge) -> the text to write, MOVE_ANYWAY, or None (cancel).
        self.standard_prompt: Callable[[dict, Any], str | object | None] | None = None

    def set_read_only(self, reason: str | None) -> None:
        """Refuse every change, saying why (a viewer, or a team server out of reach), or
        allow them again (None)."""
        self.read_only = reason
        self.read_only_changed.emit(reason or "")

    def _refused_as_read_only(self) -> bool:
        if self.read_only is None:
            return False
        self.failed.emit(
            self.tr("The board is read-only: {0}. Nothing was changed.").format(self.read_only)
        )
        return True

    def broadcast(self, executed: Executed) -> None:
        """Tell every screen what changed (the one way screens learn of changes)."""
        self.operation_did_execute.emit(executed)

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Around a screen's reading of the board after a broadcast: if it cannot read
        (the team server went away), the rest is skipped and `read_failed` says why,
        instead of an error escaping from a slot. The screen keeps what it showed."""
        try:
            yield
        except KaizenError as error:
            self.read_failed.emit(str(error))

    def external_change(self) -> None:
        """Another window or command wrote to the database: everything is read again."""
        self.broadcast(Executed(everything=True))

    def switch_board(self, board: BoardInfo) -> None:
        """Show another board (of this database or, after switch_store, of another): said
        as `board_switched` (the title, the board remembered) and broadcast as a change of
        everything, which every screen reads again as after any other change."""
        self.board = board
        self.board_switched.emit(board)
        self.broadcast(Executed(everything=True))

    def switch_store(self, store: Store, board: BoardInfo) -> None:
        """Show another database (or the same file with other data, after a restore):
        the undo history belongs to what was shown before, so it goes."""
        store.wait_for_writers(0)  # changes retry while the window repaints: atomically
        self.store = store
        self.set_read_only(store.read_only)
        self.undo_stack.clear()
        self.switch_board(board)

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

    def run(
        self, perform: Perform, command: type[ChangeCommand] = ChangeCommand, label: str = ""
    ) -> list[Change]:
        """Perform an action now; if it changed anything, put it on the undo stack as a
        `command` and broadcast what changed. A refusal is reported (`failed`)."""
        if self._refused_as_read_only():
            return []
        try:
            changes = self.atomically(perform)
        except KaizenError as error:
            self.failed.emit(str(error))
            return []
        if changes:
            done = command(self, changes, label)
            self.undo_stack.push(done)
            self.broadcast(done.executed())
            if done.told:  # a move or an archive, easily missed: said, with its undo
                undo = QKeySequence(QKeySequence.StandardKey.Undo)
                self.said.emit(
                    self.tr("{0}. {1} undoes it.").format(
                        done.text(), undo.toString(QKeySequence.SequenceFormat.NativeText)
                    )
                )
        return changes

    # The actions -------------------------------------------------------------------

    def add_card(
        self, title: str, stage: Stage = Stage.STANDARD, index: int | None = 0, **fields: Any
    ) -> int | None:
        board = self.board.id
        changes = self.run(
            lambda: [ops.add_card(self.store, board, title, stage=stage, index=index, **fields)],
            AddCardsCommand,
        )
        return changes[0].card_id if changes else None

    def card_matches(self, card_id: int, search) -> bool:
        """Whether a search (a CardFilter) shows the card."""
        from kaizen_board.store.models import Card

        with self.reading(), self.store.read():
            condition = search.condition(self.store)
            query = Card.select(Card.id).where(Card.id == card_id)
            return (query.where(condition) if condition is not None else query).exists()
        return True  # not readable now: nothing said

    def add_cards(self, titles: list[str], stage: Stage = Stage.STANDARD, index: int = 0) -> int:
        """One card per title, in order from `index`, as one step to undo; how many."""
        board = self.board.id
        changes = self.run(
            lambda: ops.add_cards(self.store, board, titles, stage=stage, index=index),
            AddCardsCommand,
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
        """Move cards to `stage`: below the card `after`, above `before`, or at `index`.

        A move that would skip a written standard (leaving Standard without one, entering
        Re-standardize without the new one) asks `standard_prompt` first; a text it gives
        is written in the same change as the move (one undo), and a cancel moves nothing.
        """
        board = self.board.id
        ids = list(card_ids)
        written = self._standards_to_write(ids, stage)
        if written is None:
            return []

        def perform() -> list[Change]:
            return move_writing(
                self.store,
                ids,
                stage,
                index,
                standards=written,
                after=after,
                before=before,
                board_id=board,
                expected_versions=versions,
            )

        return self.run(perform, MoveCardsCommand)

    def _standards_to_write(self, ids: list[int], stage: Stage) -> dict[int, str] | None:
        """Card id -> the standard to write with the move, as `standard_prompt` answered
        for each card the move would nudge; None if it was cancelled."""
        if self.standard_prompt is None or self._refused_as_read_only():
            return {}
        written: dict[int, str] = {}
        for card_id in ids:
            try:
                nudge, card = card_nudge(self.store, card_id, stage, board_id=self.board.id)
            except KaizenError as error:
                self.failed.emit(str(error))
                return None
            if nudge is None:
                continue
            answer = self.standard_prompt(card, nudge)
            if answer is None:
                return None
            if isinstance(answer, str):
                written[card_id] = answer
        return written

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
            lambda: [ops.archive_card(self.store, card_id, board_id=board) for card_id in ids],
            ArchiveCardsCommand,
        )

    def restore(self, card_ids: Sequence[int]) -> None:
        board, ids = self.board.id, list(card_ids)
        self.run(
            lambda: [ops.restore_card(self.store, card_id, board_id=board) for card_id in ids],
            RestoreCardsCommand,
        )

    def delete(self, card_ids: Sequence[int]) -> None:
        """Delete cards for good (their history of events stays); one step to undo."""
        board, ids = self.board.id, list(card_ids)
        self.run(
            lambda: [ops.delete_card(self.store, card_id, board_id=board) for card_id in ids],
            DeleteCardsCommand,
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

        if self.read_only is not None:
            raise ReadOnlyDatabase(
                self.tr("The board is read-only: {0}. Nothing was changed.").format(self.read_only)
            )
        changes = self.atomically(perform)
        if changes:
            done = EditCardCommand(self, changes)
            self.undo_stack.push(done)
            self.broadcast(done.executed())
        return changes

    def confirm(self, card_ids: Sequence[int], versions: dict[int, int]) -> list[Change]:
        """The member at the keyboard confirms they work to each card's standard as it is
        shown (step 2: the cards at `versions`; one changed elsewhere since is refused,
        to be looked at again); cards they had confirmed already are left as they are."""
        board, ids = self.board.id, list(card_ids)
        already: list[int] = []

        def perform() -> list[Change]:
            already.clear()  # a retry starts again
            changes = []
            for card in ids:
                change = ops.confirm_standard(
                    self.store, card, board_id=board, expected_version=versions.get(card)
                )
                if change is None:
                    already.append(card)
                else:
                    changes.append(change)
            return changes

        changes = self.run(perform, ConfirmCommand)
        count = len(changes)
        if changes:
            self.said.emit(
                english_plural(
                    self.tr("You confirmed you work to the standard of %n card(s).", "", count),
                    count,
                )
                if count > 1
                else changes[0].label
            )
        elif already:
            self.said.emit(self.tr("You had confirmed this version of the standard already."))
        return changes

    def add_member(self, name: str) -> list[Change]:
        board = self.board.id
        return self.run(lambda: _listed(ops.add_to_team(self.store, board, name)), TeamCommand)

    def remove_member(self, name: str) -> list[Change]:
        board = self.board.id
        return self.run(lambda: [ops.remove_from_team(self.store, board, name)], TeamCommand)

    def attach_picture(self, card_id: int, data: bytes, kind: str, name: str = "") -> bool:
        """Add a picture to a card; False (and said why) if it is refused. A photo takes
        a tenth of a second or more to check and scale: that is done off the window's
        thread where the window gives a way to (`background`), before the write."""
        from kaizen_board.pictures import check_picture

        board = self.board.id
        if self._refused_as_read_only():
            return False

        def check(_task=None):
            return check_picture(data, name or self.tr("the picture"))

        try:
            checked = (
                check()
                if self.background is None
                else self.background(check, self.tr("Reading the picture…"))
            )
        except KaizenError as error:
            self.failed.emit(str(error))
            return False
        changes = self.run(
            lambda: [
                ops.attach_picture(
                    self.store, card_id, checked, kind=kind, name=name, board_id=board
                )
            ]
        )
        return bool(changes)

    def remove_picture(self, picture_id: int) -> None:
        self.run(lambda: [ops.remove_picture(self.store, picture_id)])

    def mark_picture(self, picture_id: int, kind: str) -> None:
        self.run(lambda: _listed(ops.mark_picture(self.store, picture_id, kind)))

    def set_wip_limit(self, stage: Stage, limit: int | None) -> None:
        board = self.board.id
        self.run(
            lambda: _listed(ops.set_wip_limit(self.store, board, stage, limit)), WipLimitCommand
        )

    def create_board(self, name: str) -> BoardInfo | None:
        """A new board, shown at once; None (and said why) if refused."""
        changes = self.run(lambda: [ops.create_board(self.store, name)], BoardCommand)
        if not changes:
            return None
        self.switch_board(changes[0].board)
        return changes[0].board

    def rename_board(self, name: str) -> None:
        board = self.board.id
        changes = self.run(lambda: [ops.rename_board(self.store, board, name)], BoardCommand)
        if changes:
            self.switch_board(changes[0].board)

    def delete_board(self) -> str | None:
        """Delete the board shown for good, after a backup of the database (SQLite's
        file; a team server keeps its own), then show another: the backup's path ("" on
        a team server), or None if refused (said why). Undo does not reach back past it:
        its steps were of the board that is gone."""
        from kaizen_board.store.backups import take_backup

        if self._refused_as_read_only():
            return None
        board = self.board
        try:
            backup = ""
            if self.store.engine.keeps_file_backups:
                backup = str(take_backup(self.store, reason="before-deleting-a-board"))
            self.atomically(lambda: ops.delete_board(self.store, board.id))
        except KaizenError as error:
            self.failed.emit(str(error))
            return None
        self.undo_stack.clear()
        with self.reading():
            self.switch_board(ops.list_boards(self.store)[0])
        self.broadcast(Executed(boards=True, everything=True))
        return backup

    def import_file(
        self,
        path: str,
        in_background: Background | None = None,
        options: ImportOptions | None = None,
    ) -> ImportSummary:
        """Import a file into the board shown, as one step to undo, with the `options`
        chosen in its preview. Raises the core's error (the file's errors, listed) to the
        caller; nothing is stored then.

        `in_background(work, label)` runs the import off the window's thread (a million
        cards take seconds), with a connection of that thread's own; it waits there for
        another writer's lock, if one holds it."""
        from kaizen_board.transfer.importer import ImportOptions, import_board

        if self.read_only is not None:
            raise ReadOnlyDatabase(
                self.tr("The board is read-only: {0}. Nothing was changed.").format(self.read_only)
            )
        store, board = self.store, self.board.name

        def work(task=None) -> ImportSummary:
            try:
                progress = None if task is None else task.report
                return import_board(
                    store,
                    path,
                    board_name=board,
                    progress=progress,
                    **(options or ImportOptions()).kwargs(),
                )
            finally:
                if in_background is not None:
                    store.database.close()  # that thread's connection only

        if in_background is None:
            summary = work()
        else:
            summary = in_background(work, self.tr("Importing {0}…").format(Path(path).name))
        if summary.change is not None:
            done = ImportCommand(self, [summary.change])
            self.undo_stack.push(done)
            self.broadcast(done.executed())
        return summary


def _listed(change: Change | None) -> list[Change]:
    return [] if change is None else [change]
