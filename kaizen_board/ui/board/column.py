"""One column of the board: its header (title, count, WIP limit) and its list of cards."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QKeyEvent, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kaizen_board.rules import over_wip_limit
from kaizen_board.stages import Stage
from kaizen_board.ui.board.card_delegate import CardDelegate
from kaizen_board.ui.board.stage_model import StageModel
from kaizen_board.ui.icon_set import icon
from kaizen_board.ui.text_input import local_number

# Over the limit, the header turns this translucent amber: readable on light and dark.
OVER_LIMIT_STYLE = "background: rgba(255, 140, 0, 0.35); border-radius: 4px;"
ACTIVE_STYLE = "border-bottom: 3px solid palette(highlight);"
DROP_BAR = 4  # px: the bar showing where dragged cards will land
# Where the dragged cards are drawn, from the pointer: below and to the right of it, so
# that they do not hide the bar at the pointer showing where they will land.
DRAG_IMAGE_OFFSET = QPoint(14, 10)


class DropBarStyle(QProxyStyle):
    """The application's style, except that the place dragged cards will land, between
    two cards, is a bar in the highlight colour across the column, not a hairline."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        between_cards = option.rect.height() == 0  # the style's "line" case
        if element != QStyle.PrimitiveElement.PE_IndicatorItemViewItemDrop or not between_cards:
            super().drawPrimitive(element, option, painter, widget)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.color(QPalette.ColorRole.Highlight))
        line = option.rect
        bar = QRectF(line.left() + 2, line.top() - DROP_BAR / 2, line.width() - 4, DROP_BAR)
        painter.drawRoundedRect(bar, DROP_BAR / 2, DROP_BAR / 2)
        painter.restore()


class CardListView(QListView):
    """A column's list of cards: painted by a delegate, dragged and dropped as a whole.

    Signals:
        neighbour_requested(int): Left (-1) or Right (+1) was pressed: focus the
            column beside this one.
    """

    neighbour_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_text = None  # gives what an empty column shows (ColumnWidget's)
        self._style = DropBarStyle(QApplication.style().name())
        self._style.setParent(self)
        self.setStyle(self._style)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            self._paint_empty_text(self.empty_text())
        dragging = self.state() == QAbstractItemView.State.DraggingState
        below_the_cards = (
            self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.OnViewport
        )
        if dragging and below_the_cards and self.showDropIndicator():
            # Dropped below the last card (or into an empty column) the cards go to the
            # end: Qt shows nothing there, so the bar is drawn under the last card.
            rows = self.model().rowCount()
            top = self.visualRect(self.model().index(rows - 1)).bottom() + 1 if rows else 2
            option = QStyleOption()
            option.initFrom(self)
            option.rect = QRect(0, top, self.viewport().width(), 0)
            painter = QPainter(self.viewport())
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_IndicatorItemViewItemDrop, option, painter, self
            )
            painter.end()

    def _paint_empty_text(self, text: str) -> None:
        """What belongs in an empty column, in the quiet colour of placeholder text."""
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 16, -12, -12)
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            text,
        )
        painter.end()

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        """Drag the selected cards with the picture `drag_image` makes."""
        indexes = sorted(self.selectionModel().selectedRows(), key=QModelIndex.row)
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(indexes))
        pixmap, hot_spot = self.drag_image(indexes)
        drag.setPixmap(pixmap)
        drag.setHotSpot(hot_spot)
        drag.exec(supportedActions, self.defaultDropAction())

    def drag_image(self, indexes: list[QModelIndex]) -> tuple[QPixmap, QPoint]:
        """The picture a drag carries: the first card as shown, with "+N" for the others
        dragged along; and its hot spot, which holds it below and right of the pointer."""
        pixmap = self.viewport().grab(self.visualRect(indexes[0]))
        if len(indexes) > 1:
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            text = f"+{len(indexes) - 1}"
            width = painter.fontMetrics().horizontalAdvance(text) + 12
            height = painter.fontMetrics().height() + 4
            badge = QRectF(pixmap.width() / pixmap.devicePixelRatio() - width - 6, 6, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(badge, height / 2, height / 2)
            painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
        return pixmap, -DRAG_IMAGE_OFFSET

    def setModel(self, model: StageModel) -> None:
        super().setModel(model)
        model.rows_shifted.connect(self._keep_cards_in_place)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # The column holds a window of its cards (StageModel): scrolled to the window's top,
    # the page above is read; Home and End go to the column's first and last card.

    def _on_scrolled(self, value: int) -> None:
        if value == self.verticalScrollBar().minimum() and self.model().can_fetch_above():
            QTimer.singleShot(0, self.model().fetch_above)  # not inside the scroll itself

    def _keep_cards_in_place(self, rows: int) -> None:
        """Rows were put in or let go above the cards shown: scroll by as many rows."""
        self.executeDelayedItemsLayout()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rows * max(self.sizeHintForRow(0), 1))

    def moveCursor(self, action, modifiers):
        model: StageModel = self.model()
        moves = QAbstractItemView.CursorAction
        if action == moves.MoveEnd and not model.complete:
            model.show_end()
            return model.index(model.rowCount() - 1)
        if action == moves.MoveHome and not model.at_top:
            model.show_start()
            return model.index(0)
        upwards = (moves.MoveUp, moves.MovePrevious, moves.MovePageUp)
        current = self.currentIndex()
        if action in upwards and current.isValid() and current.row() < model.page_size:
            model.fetch_above()  # the current card's row moves down with the rows put in
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and event.key() in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            self.neighbour_requested.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())


class ColumnWidget(QWidget):
    """One stage: header with title and card count, an optional WIP limit, the cards.

    Signals:
        wip_limit_requested(Stage): the user asked to set this column's WIP limit.
        wip_limit_removed(Stage): the user asked to remove it.

    Attributes:
        stage: the stage shown.
        model: the column's rows.
        view: the list of cards.
        header: the label with title and count.
    """

    wip_limit_requested = Signal(object)
    wip_limit_removed = Signal(object)

    def __init__(
        self, model: StageModel, extra: QWidget | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.stage: Stage = model.stage
        self.model = model
        self.wip_limit: int | None = None
        self.active = False
        self.header = QLabel(self)
        self.header.setObjectName(f"header-{self.stage.value}")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContentsMargins(6, 3, 6, 3)
        # The column's menu (also on a right click on the header): its limit, set or
        # removed. A menu button of its own, narrow enough for a window 800 px wide.
        self.limit_button = QToolButton(self)
        self.limit_button.setText("⋯")
        self.limit_button.setIcon(icon("menu"))
        self.limit_button.setToolTip(self.tr("Column menu: set or remove a work-in-progress limit"))
        self.limit_button.setAccessibleName(self.tr("Menu of {0}").format(self.stage.title))
        self.limit_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.limit_button.setAutoRaise(True)
        self.limit_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.menu = QMenu(self)
        set_limit = self.menu.addAction(self.tr("Set work-in-progress limit…"))
        set_limit.triggered.connect(lambda: self.wip_limit_requested.emit(self.stage))
        self.remove_limit = self.menu.addAction(self.tr("Remove the limit"))
        self.remove_limit.triggered.connect(lambda: self.wip_limit_removed.emit(self.stage))
        self.limit_button.setMenu(self.menu)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(
            lambda point: self.menu.popup(self.header.mapToGlobal(point))
        )
        self.view = CardListView(self)
        self.view.setObjectName(f"column-{self.stage.value}")
        self.view.setModel(model)
        self.view.setAccessibleName(self.stage.title)
        self.view.empty_text = self.empty_text
        self.board_is_empty = lambda: self.model.total_all == 0  # the board's, given by it

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.header, 1)
        top.addWidget(self.limit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        if extra is not None:
            layout.addWidget(extra)
        self.extra = extra  # what sits above the cards: the quick capture, or room as tall
        self._room_like: QWidget | None = None  # the widget that room keeps the height of
        layout.addWidget(self.view)
        model.modelReset.connect(self.update_header)
        model.total_known.connect(self.update_header)
        self.update_header()

    def empty_text(self) -> str:
        """What an empty column says: that no card matches a search, or what belongs in
        it (and, on a new board, what to do first)."""
        if self.model.search:
            return self.tr("No card of this column matches the search.")
        if self.stage is Stage.STANDARD:
            if self.board_is_empty():
                return self.tr(
                    "A new board. Type your first idea above and press Enter.\n\n"
                    "To look around first, try the sample board: Help > Open the sample board."
                )
            return self.tr(
                "How things are done today. Add an idea above, or bring a card back "
                "from Re-standardize to start its next lap."
            )
        return {
            Stage.MEET: self.tr(
                "The team learns to work to the standard here. Drag a card here from Standard."
            ),
            Stage.IMPROVE: self.tr("A better way on trial. Drag a card here to try it out."),
            Stage.RESTANDARDIZE: self.tr(
                "Improvements that worked, written into the new standard."
            ),
        }[self.stage]

    def set_room_above_cards(self, other: QWidget) -> None:
        """Keep as much room above the cards as `other` takes in its column (the quick
        capture above Standard's), so that the first cards of all columns line up."""
        room = QWidget(self)
        room.setFixedHeight(other.sizeHint().height())
        self.layout().insertWidget(1, room)
        self.extra = room
        self._room_like = other
        other.installEventFilter(self)  # its height changes with the zoom and its hint

    def eventFilter(self, watched, event) -> bool:
        if watched is self._room_like and event.type() == QEvent.Type.Resize:
            self.extra.setFixedHeight(event.size().height())
        return super().eventFilter(watched, event)

    def set_active(self, active: bool) -> None:
        """Show (or no longer) that this column's cards have the keyboard's focus."""
        self.active = active
        self.update_header()

    def set_wip_limit(self, limit: int | None) -> None:
        self.wip_limit = limit
        self.update_header()

    @property
    def over_limit(self) -> bool:
        return over_wip_limit(self.model.total_all, self.wip_limit)

    def update_header(self) -> None:
        """The stage's name and its count: "12", "12 / 15" against a limit of 15, or "3 of
        12" while a search shows 3 of the column's 12 cards."""
        title = html.escape(self.stage.title)
        count = self.model.total
        counted = "…" if count is None else local_number(count)  # being counted
        if self.model.search:
            shown = self.tr("{0} of {1}").format(counted, local_number(self.model.total_all))
        elif self.wip_limit is not None:
            shown = f"{counted} / {local_number(self.wip_limit)}"
        else:
            shown = counted
        self.header.setText(f"<b>{title}</b>&nbsp;&nbsp;{shown}")
        self.remove_limit.setEnabled(self.wip_limit is not None)
        style = OVER_LIMIT_STYLE if self.over_limit else ""
        if self.active:  # the cards have the keyboard's focus: a bar under the name
            style += ACTIVE_STYLE
        self.header.setStyleSheet(style)
        if self.over_limit:
            tip = self.tr("More cards than the work-in-progress limit of {0}").format(
                self.wip_limit
            )
        elif self.wip_limit is not None:
            tip = self.tr("{0} cards; work-in-progress limit {1}").format(
                self.model.total_all, self.wip_limit
            )
        else:
            tip = ""
        self.header.setToolTip(tip)
