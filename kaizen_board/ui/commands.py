"""The undo stack's commands: one kind for each kind of change a user makes.

Each holds the changes the core recorded for one action. Undo hands them to the core's
inverse, newest first; redo replays them as recorded, oldest first (the same cards, the
same ids), never running the action again. A command's label is its change's, and it
says what the screens must read again (`Executed`). If the core refuses (something was
changed elsewhere meanwhile), the command reports it and drops off the stack rather
than leave the stack out of step with the board.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from kaizen_board import ops
from kaizen_board.errors import KaizenError
from kaizen_board.ops import Change

if TYPE_CHECKING:
    from kaizen_board.ui.controller import BoardController


@dataclass(frozen=True)
class Executed:
    """What one broadcast says changed, for each screen to read again what it shows.

    Attributes:
        card_ids: the cards changed (kept selected where they are shown).
        boards: boards were made or renamed.
        limits: a work-in-progress limit changed.
        everything: read it all again (an import, a restore, another writer).
        imported: the ids (first, last) of the cards an import added: selected and
            scrolled to where they are.
    """

    card_ids: tuple[int, ...] = ()
    boards: bool = False
    limits: bool = False
    everything: bool = False
    imported: tuple[int, int] | None = None  # the first and last id of cards just imported


class ChangeCommand(QUndoCommand):
    """An action on the undo stack, already done when pushed.

    Attributes:
        changes: what the core recorded for it, oldest first.
    """

    def __init__(self, controller: BoardController, changes: list[Change], label: str = "") -> None:
        super().__init__(label or self.label_of(changes))
        self._controller = controller
        self.changes = changes
        self._done_already = True

    many = "{0} changes"  # the label for several changes; one change has its own
    told = False  # said in the status bar once done (with how to undo it)

    def label_of(self, changes: list[Change]) -> str:
        return changes[0].label if len(changes) == 1 else self.many.format(len(changes))

    def executed(self) -> Executed:
        """What the screens read again after it is done, undone or redone."""
        return Executed(card_ids=tuple(id_ for c in self.changes for id_ in c.card_ids))

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self._replay(ops.redo, self.changes)

    def undo(self) -> None:
        self._replay(ops.undo, list(reversed(self.changes)))

    def _replay(self, step, changes: list[Change]) -> None:
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
        self._controller.broadcast(self.executed())


class AddCardsCommand(ChangeCommand):
    many = "Add {0} cards"


class MoveCardsCommand(ChangeCommand):
    many = "Move {0} cards"
    told = True


class EditCardCommand(ChangeCommand):
    pass


class ArchiveCardsCommand(ChangeCommand):
    many = "Archive {0} cards"
    told = True


class DeleteCardsCommand(ChangeCommand):
    many = "Delete {0} cards"
    told = True


class RestoreCardsCommand(ChangeCommand):
    many = "Restore {0} cards"


class WipLimitCommand(ChangeCommand):
    def executed(self) -> Executed:
        return Executed(limits=True)


class ConfirmCommand(ChangeCommand):
    many = "{0} confirmations"


class TeamCommand(ChangeCommand):
    """A member added to the board's team or removed: every count "on standard" changes."""

    def executed(self) -> Executed:
        return Executed(everything=True)


class BoardCommand(ChangeCommand):
    """A board made or renamed: the lists of boards change."""

    def executed(self) -> Executed:
        return Executed(boards=True)


class ImportCommand(ChangeCommand):
    """Every card an import added, as one step: the whole board is read again.

    Undoing or redoing a large import takes seconds (hundreds of thousands of rows): it
    runs off the window's thread when the controller has a way to (`background`), waiting
    there for another writer's lock, as the import itself did."""

    def executed(self) -> Executed:
        added = [change.cards for change in self.changes if getattr(change, "count", 0)]
        imported = (min(a for a, _ in added), max(b for _, b in added)) if added else None
        return Executed(everything=True, imported=imported)

    def _replay(self, step, changes: list[Change]) -> None:
        controller = self._controller
        if controller.background is None:
            super()._replay(step, changes)
            return
        store = controller.store

        def run(_task=None) -> None:
            try:
                for change in changes:
                    step(store, change)
            finally:
                store.database.close()  # that thread's connection only

        label = self.text()
        try:
            controller.background(run, label)
        except KaizenError as error:
            self.setObsolete(True)
            controller.failed.emit(str(error))
        controller.broadcast(self.executed())
