"""`BoardWidget`: the four columns, quick capture, search, and moving cards by keyboard."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kaizen_board import ops
from kaizen_board.ops import CardFilter
from kaizen_board.ops.fields import TITLE_MAX
from kaizen_board.rules import stage_after, stage_before
from kaizen_board.stages import STAGES, Stage
from kaizen_board.store.models import Card
from kaizen_board.translation import english_plural
from kaizen_board.ui.board.column import CardListView, ColumnWidget
from kaizen_board.ui.board.stage_model import StageModel
from kaizen_board.ui.controller import BoardController, Executed
from kaizen_board.ui.icon_set import icon
from kaizen_board.ui.plain_text import as_rich_text
from kaizen_board.ui.text_input import guard_composition, local_number

SEARCH_DELAY_MS = 250
PASTE_MAX = 100_000  # characters the quick capture takes: a pasted list of ideas
ASK_ABOVE_LINES = 5  # a pasted list longer than this is confirmed before it is added


class BoardWidget(QWidget):
    """The board: columns left to right in loop order, each a view over its model.

    Signals:
        open_requested(int): the user asked to open a card (Enter, double-click).

    Attributes:
        controller: where every change goes.
        models: one StageModel per stage.
        columns: one ColumnWidget per stage.
        capture: the quick-capture field above Standard.
        search: the search box.
        card_actions: the keyboard actions on the selected cards, for the Card menu.
    """

    open_requested = Signal(int)

    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._active = Stage.STANDARD
        self.models = {
            stage: StageModel(controller.store, controller.board.id, stage, parent=self)
            for stage in STAGES
        }
        self.capture = QLineEdit(self)
        self.capture.setObjectName("quick-capture")
        self.capture.setPlaceholderText(self.tr("Add an idea, press Enter  (Ctrl+N)"))
        # Long enough for a pasted list of ideas (one card a line); each line is
        # checked against the title's limit when Enter is pressed.
        self.capture.setMaxLength(PASTE_MAX)
        self.capture.setAccessibleName(self.tr("New card title"))
        self.capture.setClearButtonEnabled(True)
        self.capture.returnPressed.connect(self._on_capture)
        guard_composition(self.capture)  # Enter confirming a conversion adds nothing
        self.capture.textChanged.connect(self._on_capture_changed)
        self.capture_hint = QLabel(self)
        self.capture_hint.setObjectName("capture-hint")
        self.capture_hint.hide()
        capture_box = QWidget(self)
        capture_layout = QVBoxLayout(capture_box)
        capture_layout.setContentsMargins(0, 0, 0, 0)
        capture_layout.setSpacing(2)
        capture_layout.addWidget(self.capture)
        capture_layout.addWidget(self.capture_hint)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search: words, tag:5S, @name  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cards"))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)

        self.splitter = QSplitter(self)
        self.splitter.setChildrenCollapsible(False)
        self.columns: dict[Stage, ColumnWidget] = {}
        for stage, model in self.models.items():
            model.drop_handler = controller.move_beside
            extra = capture_box if stage is Stage.STANDARD else None
            column = ColumnWidget(model, extra, self.splitter)
            column.view.neighbour_requested.connect(self._focus_neighbour)
            column.view.doubleClicked.connect(self._open_index)
            column.view.installEventFilter(self)
            column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            column.wip_limit_requested.connect(self._ask_wip_limit)
            column.wip_limit_removed.connect(lambda stage: controller.set_wip_limit(stage, None))
            column.board_is_empty = self.board_is_empty
            self.splitter.addWidget(column)
            self.columns[stage] = column

        # Every column's first card at the same height: room as tall as the quick
        # capture above the other columns' cards.
        for stage, column in self.columns.items():
            if stage is not Stage.STANDARD:
                column.set_room_above_cards(capture_box)

        search_row = QHBoxLayout()
        search_row.addWidget(QLabel(self.tr("Find:"), self))
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(search_row)
        layout.addWidget(self.splitter, 1)

        self._order_tab_stops()
        self.card_actions = self._make_card_actions()
        controller.operation_did_execute.connect(self._on_operation)
        self.reload()

    def board_is_empty(self) -> bool:
        """No card on the board (archived ones aside): a new board."""
        return all(model.total_all == 0 for model in self.models.values())

    def _order_tab_stops(self) -> None:
        """Tab goes the way the eye reads the board: the search box, then column by column
        its WIP button, (the quick capture,) and its cards."""
        stops: list[QWidget] = [self.search]
        for stage, column in self.columns.items():
            stops.append(column.limit_button)
            if stage is Stage.STANDARD:
                stops.append(self.capture)
            stops.append(column.view)
        for first, second in itertools.pairwise(stops):
            QWidget.setTabOrder(first, second)

    # Reading the board -------------------------------------------------------------

    def set_board(self) -> None:
        """Show the controller's (new) board or database."""
        for model in self.models.values():
            model.set_board(self.controller.store, self.controller.board.id)
        self._load_wip_limits()

    def reload(
        self, select: Iterable[int] | None = None, stages: Iterable[Stage] | None = None
    ) -> None:
        """Read the columns (all, or those of `stages`) again, keeping scroll positions
        and the selection."""
        keep = list(select) if select is not None else self.selected_ids()
        for column in (self.columns[stage] for stage in (stages or STAGES)):
            bar = column.view.verticalScrollBar()
            position = bar.value()
            column.model.reload()
            bar.setValue(position)
        self._load_wip_limits()
        self._select(keep)

    def stop_counting(self) -> None:
        """Stop the columns' background counts, and wait for them (the window closes)."""
        for model in self.models.values():
            model.counting.cancel()
        for model in self.models.values():
            model.counting.wait()

    def _load_wip_limits(self) -> None:
        limits = ops.wip_limits(self.controller.store, self.controller.board.id)
        for stage, column in self.columns.items():
            column.set_wip_limit(limits[stage])

    def selected_ids(self, stage: Stage | None = None) -> list[int]:
        stage = stage or self._active
        column = self.columns[stage]
        return [column.model.card_at(row).id for row in column.view.selected_rows()]

    def active_view(self) -> CardListView:
        return self.columns[self._active].view

    # Selection and focus -------------------------------------------------------------

    def _select(self, card_ids: list[int]) -> None:
        wanted = set(card_ids)
        for stage, column in self.columns.items():
            rows = [row for row in map(column.model.row_of, wanted) if row is not None]
            selection = QItemSelection()
            for row in sorted(rows):
                index = column.model.index(row)
                selection.select(index, index)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            column.view.selectionModel().select(selection, flags)
            if rows:
                first = column.model.index(min(rows))
                column.view.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.NoUpdate
                )
                column.view.scrollTo(first)
                self._active = stage

    def _show_imported(self, first: int, last: int) -> None:
        """The cards an import added, selected where they are, the first scrolled to:
        at the end of their columns (read there if the column shows its top)."""
        with self.controller.store.read():
            stages = set(
                Card.select(Card.stage)
                .where(
                    (Card.board == self.controller.board.id)
                    & Card.id.between(first, last)
                    & Card.archived_at.is_null()
                )
                .distinct()
                .scalars()
            )
        for stage in stages:
            model = self.models[Stage(stage)]
            if not any(first <= row.id <= last for row in model.loaded_rows()):
                model.show_end()
        imported = [
            row.id
            for model in self.models.values()
            for row in model.loaded_rows()
            if first <= row.id <= last
        ]
        self._select(imported)

    def _on_operation(self, executed: Executed) -> None:
        had_focus = isinstance(self.focusWidget(), CardListView)
        with self.controller.reading():
            self._read_again(executed)
        if had_focus:
            self.active_view().setFocus()

    def _read_again(self, executed: Executed) -> None:
        """Show what a change changed: the columns it touched, or everything."""
        if executed.everything:
            shown = {(model.store, model.board_id) for model in self.models.values()}
            if shown != {(self.controller.store, self.controller.board.id)}:
                self.set_board()  # another board or database: from its top
            else:
                self.reload()
            if executed.imported is not None:
                self._show_imported(*executed.imported)
        elif executed.limits:
            self._load_wip_limits()
        elif executed.card_ids:
            # Only the columns the cards left or entered: the others have not changed.
            card_ids = list(executed.card_ids)
            touched = {
                stage
                for stage, model in self.models.items()
                if any(model.row_of(card_id) is not None for card_id in card_ids)
            }
            touched |= ops.stages_of(self.controller.store, card_ids)
            for stage in touched:
                self.models[stage].refresh_cards(card_ids)
            self._load_wip_limits()
            self._select(card_ids)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The column whose cards have the keyboard's focus is the active one: its header
        says so, and the cards selected are its own (one selection at a time)."""
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            for stage, column in self.columns.items():
                if column.view is not watched:
                    continue
                column.set_active(kind == QEvent.Type.FocusIn)
                if kind == QEvent.Type.FocusIn:
                    self._active = stage
                    for other in self.columns.values():
                        if other is not column:
                            other.view.clearSelection()
        return False

    def _focus_neighbour(self, step: int) -> None:
        order = self._active.order + step
        if order not in range(len(STAGES)):
            return
        target = STAGES[order]
        old_row = self.active_view().currentIndex().row()
        view = self.columns[target].view
        model = self.columns[target].model
        view.setFocus()
        if model.rowCount():
            row = min(max(old_row, 0), model.rowCount() - 1)
            view.setCurrentIndex(model.index(row))

    def focus_capture(self) -> None:
        self.capture.setFocus()
        self.capture.selectAll()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Actions -----------------------------------------------------------------------

    def _make_card_actions(self) -> list[QAction]:
        specs = [
            (
                self.tr("&Open card"),
                [Qt.Key.Key_Return, Qt.Key.Key_Enter],
                self.open_current,
                "open-card",
            ),
            (self.tr("Move to &next stage"), [QKeySequence("Ctrl+Right")], self.move_next, "next"),
            (
                self.tr("Move to &previous stage"),
                [QKeySequence("Ctrl+Left")],
                self.move_previous,
                "previous",
            ),
            (self.tr("Move &up"), [QKeySequence("Ctrl+Up")], self.move_up, "up"),
            (self.tr("Move &down"), [QKeySequence("Ctrl+Down")], self.move_down, "down"),
            (
                self.tr("&Archive"),
                [QKeySequence(QKeySequence.StandardKey.Delete)],
                self.archive,
                "archive",
            ),
            # Step 2: "I work to this standard" (K: kakunin, confirmation).
            (
                self.tr("&Confirm I work to its standard"),
                [QKeySequence("Ctrl+K")],
                self.confirm,
                "confirm",
            ),
        ]
        actions = []
        for text, keys, slot, icon_name in specs:
            action = QAction(icon(icon_name), text, self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            # Only while a list of cards has focus: in the quick-capture and search
            # fields these keys edit text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            for column in self.columns.values():
                column.view.addAction(action)
            actions.append(action)
        return actions

    def _versions(self, stage: Stage, card_ids: list[int]) -> dict[int, int]:
        model = self.models[stage]
        rows = (model.row_of(card_id) for card_id in card_ids)
        return {
            model.card_at(row).id: model.card_at(row).version for row in rows if row is not None
        }

    def move_next(self) -> None:
        self._move_to(stage_after(self._active))

    def move_previous(self) -> None:
        stage = stage_before(self._active)
        if stage is not None:
            self._move_to(stage)

    def _move_to(self, stage: Stage) -> None:
        ids = self.selected_ids()
        if ids:
            # To the top of the next column, where it is seen at once, however long.
            self.controller.move_cards(ids, stage, 0, self._versions(self._active, ids))

    def move_up(self) -> None:
        self._reorder(-1)

    def move_down(self) -> None:
        self._reorder(1)

    def _reorder(self, step: int) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        model = self.models[self._active]
        rows = [model.row_of(card_id) for card_id in ids]
        neighbour = (min(rows) - 1) if step < 0 else (max(rows) + 1)
        if neighbour < 0:
            return
        if neighbour >= model.rowCount():
            if not model.canFetchMore():
                return
            model.fetchMore()
        other = model.card_at(neighbour).id
        versions = self._versions(self._active, ids)
        if step < 0:
            self.controller.move_beside(ids, versions, self._active, None, other)
        else:
            self.controller.move_beside(ids, versions, self._active, other, None)

    def archive(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.archive(ids)

    def confirm(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.confirm(ids, self._versions(self._active, ids))

    def open_current(self) -> None:
        index = self.active_view().currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index) -> None:
        self.open_requested.emit(index.model().card_at(index.row()).id)

    def _on_capture(self) -> None:
        titles = ops.titles_from_lines(self.capture.text())
        if not titles:
            return
        if len(titles) == 1:
            card = self.controller.add_card(titles[0])
            added = card is not None
        else:
            if len(titles) > ASK_ABOVE_LINES and not self._confirm_many(len(titles)):
                return
            added = self.controller.add_cards(titles) > 0
            card = None
        if added:
            self.capture.clear()
            self._say_if_hidden(card, len(titles))

    def _say_if_hidden(self, card: int | None, count: int) -> None:
        """A card added while a search hides it is not lost from sight without a word."""
        search = self.models[Stage.STANDARD].search
        if not search:
            return
        if card is not None and self.controller.card_matches(card, search):
            return
        self.controller.said.emit(
            english_plural(
                self.tr(
                    "Added %n card(s) to the top of Standard; the search hides them: "
                    "clear it (Esc in the search box) to see them.",
                    "",
                    count,
                ),
                count,
            )
        )

    def _confirm_many(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Add cards"),
            as_rich_text(
                self.tr("The text has {0} lines. Add {0} cards, one for each line?").format(
                    local_number(count)
                )
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_capture_changed(self, text: str) -> None:
        titles = ops.titles_from_lines(text)
        too_long = next((title for title in titles if len(title) > TITLE_MAX), None)
        if too_long is not None:  # refused on Enter, as the editor refuses it: said now
            self.capture_hint.setText(
                self.tr("A title holds at most {0} characters; this one has {1}").format(
                    local_number(TITLE_MAX), local_number(len(too_long))
                )
            )
        elif len(titles) > 1:
            self.capture_hint.setText(
                self.tr("{0} lines: Enter adds one card for each").format(local_number(len(titles)))
            )
        self.capture_hint.setVisible(too_long is not None or len(titles) > 1)

    def _apply_search(self) -> None:
        search = CardFilter.parse(self.search.text())
        for model in self.models.values():
            model.set_search(search)

    def _ask_wip_limit(self, stage: Stage) -> None:
        current = self.columns[stage].wip_limit or 0
        limit, accepted = QInputDialog.getInt(
            self,
            self.tr("Work-in-progress limit"),
            self.tr("Most cards {0} should hold (0 for no limit):").format(stage.title),
            current,
            0,
            100_000,
        )
        if accepted:
            self.controller.set_wip_limit(stage, limit or None)
