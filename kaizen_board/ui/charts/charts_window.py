"""`ChartsWindow`: the charts of a board, embedded matplotlib, kept up to date.

This module imports matplotlib, which costs about a second: the main window imports it
only when the charts are first opened. A chart is drawn off the window's thread, into a
figure of its own that then takes the place of the one shown: "All time" at a million
cards reads for seconds, and the window goes on meanwhile, saying it is drawing.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kaizen_board import ops
from kaizen_board.reports import charts
from kaizen_board.translation import QT_TRANSLATE_NOOP
from kaizen_board.ui.background import BackgroundRead
from kaizen_board.ui.controller import BoardController
from kaizen_board.ui.folders import remember, start_in

REFRESH_DELAY_MS = 400  # a moment after a card moves, once for a burst of moves
RANGES = (
    (QT_TRANSLATE_NOOP("ChartsWindow", "Last 4 weeks"), 4),
    (QT_TRANSLATE_NOOP("ChartsWindow", "Last quarter"), 13),
    (QT_TRANSLATE_NOOP("ChartsWindow", "Last year"), 52),
    (QT_TRANSLATE_NOOP("ChartsWindow", "All time"), None),
)


IMAGE_FILTERS = "PNG (*.png);;PDF (*.pdf);;SVG (*.svg)"


class ChartPage(QWidget):
    """One chart: a canvas over its own Figure (matplotlib's pan and zoom toolbar left
    out: a chart of totals has nothing to pan; Save image and Copy are the window's).

    Attributes:
        draw: the charts function that fills the figure.
        canvas: the Qt widget showing the figure.
    """

    def __init__(self, draw, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draw = draw
        self.stale = True
        self.canvas = FigureCanvasQTAgg(charts.new_figure())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)

    @property
    def figure(self):
        return self.canvas.figure

    def show_figure(self, figure) -> None:
        """Show `figure` (drawn elsewhere, at this canvas's size) in place of the last."""
        canvas, shown = self.canvas, self.canvas.figure
        figure._original_dpi = shown._original_dpi  # as the canvas set it for the screen
        figure.set_canvas(canvas)
        canvas.figure = figure
        # The canvas's size now (it may have changed while the chart was drawn), as the
        # canvas itself sizes its figure when it is resized.
        ratio = canvas.device_pixel_ratio
        figure.set_size_inches(
            canvas.width() * ratio / figure.dpi, canvas.height() * ratio / figure.dpi, forward=False
        )
        canvas.draw_idle()


class ChartsWindow(QWidget):
    """Cumulative improvement, cumulative flow, contributions, lead time and participation
    of a board.

    Attributes:
        controller: the board's controller; its changes trigger a redraw.
        pages: the chart pages by name.
    """

    def __init__(self, controller: BoardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.resize(900, 620)
        self.board_box = QComboBox(self)
        self.board_box.setAccessibleName(self.tr("Board"))
        self.board_box.activated.connect(lambda _index: self.refresh())
        # By default the charts are of the board the main window shows, and follow it.
        controller.board_switched.connect(self._follow)
        self.range_box = QComboBox(self)
        self.range_box.setAccessibleName(self.tr("Range"))
        for text, weeks in RANGES:
            self.range_box.addItem(self.tr(text), weeks)
        self.range_box.setCurrentIndex(1)
        self.range_box.currentIndexChanged.connect(lambda _index: self.refresh())
        titles = {
            "cumulative": self.tr("Cumulative improvement"),
            "flow": self.tr("Cumulative flow"),
            "members": self.tr("Contributions"),
            "lead time": self.tr("Lead time"),
            "participation": self.tr("Participation"),
        }
        self.tabs = QTabWidget(self)
        self.pages: dict[str, ChartPage] = {}
        for name, draw in charts.CHARTS.items():
            page = ChartPage(draw, self)
            self.pages[name] = page
            self.tabs.addTab(page, titles[name])
        self.tabs.currentChanged.connect(lambda _index: self._draw_current())
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Board:"), self, buddy=self.board_box))
        controls.addWidget(self.board_box)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Range:"), self, buddy=self.range_box))
        controls.addWidget(self.range_box)
        controls.addStretch(1)
        self.busy = QLabel(self.tr("Drawing…"), self)
        self.busy.setVisible(False)
        controls.addWidget(self.busy)
        self.save_button = QPushButton(self.tr("&Save image…"), self)
        self.save_button.clicked.connect(self.save_image)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the chart as a picture"))
        self.copy_button.clicked.connect(self.copy_image)
        controls.addWidget(self.save_button)
        controls.addWidget(self.copy_button)
        # Esc and Ctrl+W close it (and the platform's Close keys; each key once, or Qt
        # takes none of them: an ambiguous shortcut does nothing).
        closing = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Close)]
        closing += [QKeySequence("Ctrl+W"), QKeySequence("Esc")]
        for text in dict.fromkeys(keys.toString() for keys in closing):
            QShortcut(QKeySequence(text), self, self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.tabs, 1)
        self.reading = BackgroundRead(self)
        self.reading.finished.connect(self._drawn)
        self._drawing: ChartPage | None = None
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        controller.operation_did_execute.connect(self._on_operation)
        self.fill_boards()

    def fill_boards(self) -> None:
        chosen = self.board_box.currentData() or self.controller.board.id
        boards = None
        with self.controller.reading():
            boards = ops.list_boards(self.controller.store)
        if boards is None:
            return  # the database cannot be read: the charts stay as they are
        self.board_box.clear()
        for board in boards:
            self.board_box.addItem(board.name, board.id)
        self.board_box.setCurrentIndex(max(self.board_box.findData(chosen), 0))
        self.refresh()

    def _follow(self, board) -> None:
        """The main window shows another board: so do the charts."""
        self.fill_boards()
        index = self.board_box.findData(board.id)
        if index >= 0 and index != self.board_box.currentIndex():
            self.board_box.setCurrentIndex(index)
            self.refresh()

    def _show_title(self) -> None:
        name = self.board_box.currentText()
        self.setWindowTitle(
            self.tr("Charts of {0} — Kaizen Board").format(name)
            if name
            else self.tr("Charts — Kaizen Board")
        )

    def save_image(self) -> str | None:
        """Save the chart shown as a picture (PNG, PDF or SVG); the path, or None."""
        page = self.tabs.currentWidget()
        name = f"{self.board_box.currentText()} {self.tabs.tabText(self.tabs.currentIndex())}"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), start_in(f"{name}.png"), IMAGE_FILTERS
        )
        if not path:
            return None
        suffix = "." + chosen.split("*.")[-1].rstrip(")") if "*." in chosen else ".png"
        if not path.lower().endswith((".png", ".pdf", ".svg")):
            path += suffix
        try:
            page.figure.savefig(path, facecolor=page.figure.get_facecolor())
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Chart not saved"),
                self.tr("Cannot write {0}: {1}").format(path, error.strerror or error),
            )
            return None
        remember(path)
        return path

    def copy_image(self) -> None:
        """The chart shown, as a picture, on the clipboard."""
        QApplication.clipboard().setPixmap(self.tabs.currentWidget().canvas.grab())

    def _on_operation(self, executed) -> None:
        if executed.boards or executed.everything:
            self.fill_boards()
        else:
            self.schedule_refresh()

    def schedule_refresh(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Mark every chart out of date and redraw the one shown."""
        self._show_title()
        for page in self.pages.values():
            page.stale = True
        self._draw_current()

    def span(self) -> charts.ChartRange:
        weeks = self.range_box.currentData()
        return charts.ChartRange.last_weeks(weeks, self.controller.store.now())

    def theme(self) -> charts.Theme:
        palette = self.palette()
        return charts.Theme(
            background=palette.color(QPalette.ColorRole.Window).name(),
            foreground=palette.color(QPalette.ColorRole.WindowText).name(),
        )

    def _draw_current(self) -> None:
        page = self.tabs.currentWidget()
        if not isinstance(page, ChartPage) or not page.stale:
            return
        board_id = self.board_box.currentData()
        if board_id is None:
            return
        store, span, theme, draw = self.controller.store, self.span(), self.theme(), page.draw
        width, height = page.figure.get_size_inches()
        dpi = page.figure.dpi

        def work():
            figure = charts.new_figure(width, height, dpi)
            draw(figure, store, board_id, span, theme=theme)
            return figure

        if self._drawing is not None and self._drawing is not page:
            self._drawing.stale = True  # its drawing is stopped for this one: again later
        page.stale = False
        self._drawing = page
        self.busy.setVisible(True)
        self.reading.start(store, work, "chart")

    def _drawn(self, generation: int, figure) -> None:
        if generation != self.reading.generation or self._drawing is None:
            return
        self._drawing.show_figure(figure)
        self._drawing = None
        self.busy.setVisible(False)

    def closeEvent(self, event) -> None:
        self.reading.cancel()
        self.reading.wait()
        super().closeEvent(event)
