"""`StageModel`: one column's cards as rows, read from the database a page at a time."""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kaizen_board import ops
from kaizen_board.ops import CardFilter, CardRow
from kaizen_board.ops.fields import split_tags
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.ui.background import BackgroundRead
from kaizen_board.ui.plain_text import as_rich_text

CARD_MIME = "application/x-kaizen-board-cards"
CardRowRole = Qt.ItemDataRole.UserRole + 1

# (card ids with their versions, target stage, the card to land below or None, the
# card to land above or None): what a drop asks the board to do.
DropHandler = Callable[[list[int], dict[int, int], Stage, int | None, int | None], None]

Index = QModelIndex | QPersistentModelIndex


def _order(row: CardRow) -> tuple[int, int]:
    return row.rank, row.id


class StageModel(QAbstractListModel):
    """The live cards of one stage of a board, in order, optionally filtered.

    The rows held are a window of the column, at most `window_rows` long: pages of
    `page_size` are read as the view scrolls, below it (fetchMore) or above it
    (`fetch_above`), by the (rank, id) of the row at the window's edge, and pages far
    from the viewport are let go at the other end. So a column of a million cards opens
    as fast as one of ten, any page costs what the first does, its end is one page away
    (`show_end`), and memory does not grow however far it is scrolled. Drops do not
    change rows here: they go to `drop_handler`, which runs the move through the core;
    the board then refreshes the cards it touched.

    With a search, the matching cards are counted off the window's thread (`counting`):
    `total` is None until the count comes, then `total_known` is emitted.

    Signals:
        total_known(): `total` was counted.
        rows_shifted(int): rows were put in (positive) or let go (negative) above the
            ones shown: the view moves its scroll position by as many rows, so that the
            cards on screen stay where they are.

    Attributes:
        stage: the column's stage.
        total: how many cards match the filter (all of them when there is none); None
            while they are being counted.
        total_all: how many cards the column holds, filter or not.
        now: the moment the rows were read, for "days in this column".
    """

    total_known = Signal()
    rows_shifted = Signal(int)

    def __init__(
        self,
        store: Store,
        board_id: int,
        stage: Stage,
        *,
        page_size: int = 64,
        window_rows: int = 1024,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.board_id = board_id
        self.stage = stage
        self.page_size = page_size
        self.window_rows = max(window_rows, 2 * page_size)
        self.search = CardFilter()
        self.drop_handler: DropHandler | None = None
        self.total: int | None = 0
        self.total_all = 0
        self.counting = BackgroundRead(self)
        self.counting.finished.connect(self._counted)
        self.now: datetime = store.now()
        self._rows: list[CardRow] = []
        self._complete = False  # the window reaches the column's last card
        self._at_top = True  # the window begins with the column's first card
        self._fetching = False

    # Loading ---------------------------------------------------------------------

    def reload(self, *, keep_loaded: bool = True) -> None:
        """Read the column again: the same window of it, as many rows as were loaded (at
        least one page); or, without `keep_loaded`, its first page."""
        wanted = max(len(self._rows), self.page_size) if keep_loaded else self.page_size
        from_row = self._rows[0] if keep_loaded and not self._at_top and self._rows else None
        # Read first: if the database cannot be read, the rows shown stay as they were.
        total_all = ops.column_count(self.store, self.board_id, self.stage)
        rows = ops.column_page(
            self.store,
            self.board_id,
            self.stage,
            # From the window's first card on (a card's id is a whole number).
            after=None if from_row is None else (from_row.rank, from_row.id - 1),
            limit=wanted,
            search=self.search,
        )
        self._take_total(total_all)  # before the rows: screens read both as the reset ends
        self._replace_rows(rows, at_top=from_row is None, complete=len(rows) < wanted)

    def show_end(self) -> None:
        """Hold the column's last page (End: its last card at once, however long)."""
        rows = ops.column_page(
            self.store,
            self.board_id,
            self.stage,
            before=ops.LAST,
            limit=self.page_size,
            search=self.search,
        )
        self._replace_rows(rows, at_top=len(rows) < self.page_size, complete=True)

    def show_start(self) -> None:
        """Hold the column's first page (Home)."""
        rows = ops.column_page(
            self.store, self.board_id, self.stage, limit=self.page_size, search=self.search
        )
        self._replace_rows(rows, at_top=True, complete=len(rows) < self.page_size)

    def _replace_rows(self, rows: list[CardRow], *, at_top: bool, complete: bool) -> None:
        self.beginResetModel()
        self.now = self.store.now()
        self._rows = rows
        self._at_top, self._complete = at_top, complete
        self.endResetModel()

    def _take_total(self, total_all: int) -> None:
        self.total_all = total_all
        if self.search:
            self.total = None
            self._count_in_background()
        else:
            self.counting.cancel()
            self.total = self.total_all

    def refresh_cards(self, card_ids: list[int]) -> None:
        """Show the cards named as they are now, touching only their rows: each is taken
        out where it was shown and put in where it sits now, if that is among the rows
        loaded (below them, the next page brings it). A column scrolled a long way down
        is not read again for a move. If the column's ranks were renumbered meanwhile
        (a place ran out of room), it is read again, as far as it was loaded."""
        changed = set(card_ids)
        # The first and last rows loaded, unless they are among the cards changed: their
        # ranks tell whether the column was renumbered.
        witnesses = [row for row in self._rows[:1] + self._rows[-1:] if row.id not in changed]
        rows, ranks = ops.column_rows_of(
            self.store,
            self.board_id,
            self.stage,
            card_ids,
            self.search,
            ranks_of=[row.id for row in witnesses],
        )
        if any(ranks.get(row.id) != row.rank for row in witnesses):
            first = self._rows[0] if self._rows else None
            if first is not None and first.id in ranks:  # the window starts where it did
                self._rows[0] = first._replace(rank=ranks[first.id])
            self.reload()
            return
        for number in range(len(self._rows) - 1, -1, -1):
            if self._rows[number].id in changed:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self._rows[number]
                self.endRemoveRows()
        for row in rows:
            place = bisect.bisect_left(self._rows, (row.rank, row.id), key=_order)
            if place == len(self._rows) and not self._complete:
                continue  # below the rows loaded: the next page brings it
            if place == 0 and not self._at_top:
                continue  # above them: the page above brings it
            self.beginInsertRows(QModelIndex(), place, place)
            self._rows.insert(place, row)
            self.endInsertRows()
        self.now = self.store.now()
        self._take_total(ops.column_count(self.store, self.board_id, self.stage))
        self.total_known.emit()

    def _count_in_background(self) -> None:
        store, board_id, stage, search = self.store, self.board_id, self.stage, self.search
        self.counting.start(
            store, lambda: ops.column_count(store, board_id, stage, search), f"count {stage}"
        )

    def _counted(self, generation: int, count: int) -> None:
        if generation == self.counting.generation:
            self.total = count
            self.total_known.emit()

    def set_board(self, store: Store, board_id: int) -> None:
        self.store, self.board_id = store, board_id
        self.reload(keep_loaded=False)

    def set_search(self, search: CardFilter) -> None:
        self.search = search
        self.reload(keep_loaded=False)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        # Views (and model testers) may ask again from inside beginInsertRows.
        self._fetching = True
        try:
            self._fetch_page()
        finally:
            self._fetching = False

    def _fetch_page(self) -> None:
        last = self._rows[-1] if self._rows else None
        page = ops.column_page(
            self.store,
            self.board_id,
            self.stage,
            after=None if last is None else (last.rank, last.id),
            limit=self.page_size,
            search=self.search,
        )
        self._complete = len(page) < self.page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        surplus = len(self._rows) - self.window_rows
        if surplus > 0:  # let go of the rows furthest above
            self.beginRemoveRows(QModelIndex(), 0, surplus - 1)
            del self._rows[:surplus]
            self._at_top = False
            self.endRemoveRows()
            self.rows_shifted.emit(-surplus)

    def can_fetch_above(self) -> bool:
        return not self._at_top and not self._fetching and bool(self._rows)

    def fetch_above(self) -> int:
        """Read the page above the window (scrolled up to its first row); how many rows
        came. The rows furthest below are let go if the window grows too long."""
        if not self.can_fetch_above():
            return 0
        self._fetching = True
        try:
            first = self._rows[0]
            page = ops.column_page(
                self.store,
                self.board_id,
                self.stage,
                before=(first.rank, first.id),
                limit=self.page_size,
                search=self.search,
            )
            self._at_top = len(page) < self.page_size
            if page:
                self.beginInsertRows(QModelIndex(), 0, len(page) - 1)
                self._rows[:0] = page
                self.endInsertRows()
                self.rows_shifted.emit(len(page))
            surplus = len(self._rows) - self.window_rows
            if surplus > 0:  # let go of the rows furthest below
                kept = len(self._rows) - surplus
                self.beginRemoveRows(QModelIndex(), kept, len(self._rows) - 1)
                del self._rows[kept:]
                self._complete = False
                self.endRemoveRows()
        finally:
            self._fetching = False
        return len(page)

    @property
    def at_top(self) -> bool:
        """Whether the rows held begin with the column's first card."""
        return self._at_top

    @property
    def complete(self) -> bool:
        """Whether the rows held end with the column's last card."""
        return self._complete

    # Reading ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.title]
            if row.owner:
                lines.append(self.tr("Owner: {0}").format(row.owner))
            if row.tags.strip():
                lines.append(self.tr("Tags: {0}").format(", ".join(split_tags(row.tags))))
            if row.impact_category:
                lines.append(self.tr("Impact: {0}").format(self.tr(row.impact_category)))
            return as_rich_text("\n".join(lines))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.title
        if role == CardRowRole:
            return row
        return None

    def loaded_rows(self) -> list[CardRow]:
        """The rows read so far (the window of the column held)."""
        return list(self._rows)

    def row_of(self, card_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == card_id:
                return number
        return None

    def card_at(self, row: int) -> CardRow:
        return self._rows[row]

    # Drag and drop ---------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Only the gaps between cards (and below the last) take drops.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        cards = [self._rows[row] for row in rows]
        payload = {"cards": [[card.id, card.version] for card in cards]}
        mime = QMimeData()
        mime.setData(CARD_MIME, QByteArray(json.dumps(payload).encode()))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(CARD_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            cards = json.loads(bytes(data.data(CARD_MIME)).decode())["cards"]
            versions = {int(card_id): int(version) for card_id, version in cards}
        except (ValueError, KeyError, TypeError):
            return False
        ids = list(versions)
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        above = next((r.id for r in reversed(self._rows[:row]) if r.id not in versions), None)
        below = None
        if above is None:
            below = next((r.id for r in self._rows[row:] if r.id not in versions), None)
        if self.drop_handler is not None:
            self.drop_handler(ids, versions, self.stage, above, below)
        return True
