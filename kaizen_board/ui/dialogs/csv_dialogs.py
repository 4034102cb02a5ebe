"""File > Export board to CSV… (with progress, cancellable) and File > Import… (with a
preview of what will be added)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kaizen_board.errors import KaizenError
from kaizen_board.transfer.export import ExportCancelled, export_board
from kaizen_board.transfer.importer import ImportCancelled, ImportSummary, import_board
from kaizen_board.ui.controller import BoardController
from kaizen_board.ui.plain_text import plain_label
from kaizen_board.ui.tasks import run_in_background

if TYPE_CHECKING:
    from kaizen_board.ui.mainwindow import MainWindow

CSV_FILTER = "CSV (*.csv)"
EXCEL_FILTER = "CSV for Excel, with a byte-order mark (*.csv)"


def ask_export_path(parent: QWidget, board_name: str) -> tuple[str, bool] | None:
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Export board to CSV"),
        f"{board_name}.csv",
        f"{CSV_FILTER};;{EXCEL_FILTER}",
    )
    if not path:
        return None
    return (path if path.lower().endswith(".csv") else path + ".csv"), chosen == EXCEL_FILTER


def export_with_progress(
    parent: QWidget, controller: BoardController, path: str, excel: bool
) -> int | None:
    """Export the board off the window's thread, showing progress; None if the user
    cancelled (no file written). Raises the core's errors (a file that cannot be
    written) to the caller."""
    store, board = controller.store, controller.board

    def work(task) -> int | None:
        try:
            return export_board(store, board.id, path, excel=excel, progress=task.report)
        except ExportCancelled:
            return None
        finally:
            store.database.close()  # this thread's connection only

    return run_in_background(parent, parent.tr("Exporting {0}…").format(board.name), work)


def ask_import_path(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Import cards from CSV"), "", f"{CSV_FILTER};;All files (*)"
    )
    return path or None


class ImportPreview(QDialog):
    """What an import will add, before anything is stored: the counts and the first rows."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {0}").format(summary.path.name))
        self.resize(640, 420)
        self.summary_label = plain_label(QLabel(summary.describe(), self))
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(len(summary.preview), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Stage"), self.tr("Owner"), self.tr("Tags")]
        )
        for row, card in enumerate(summary.preview):
            cells = [
                card["title"],
                self.tr(card["stage"].column_title),
                card["owner"],
                card["tags"].replace(",", ", "),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        shown = QLabel(self.tr("The first {0} card(s):").format(len(summary.preview)), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(shown)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)


def preview_import(
    controller: BoardController, path: str, parent: QWidget | None = None
) -> ImportSummary:
    """A dry run into the board shown (off the window's thread if a `parent` window is
    given); raises ImportFailed listing the file's errors."""
    store, board = controller.store, controller.board.name

    def work(task=None) -> ImportSummary:
        try:
            progress = None if task is None else task.report
            return import_board(store, path, board_name=board, dry_run=True, progress=progress)
        finally:
            if parent is not None:
                store.database.close()  # that thread's connection only

    if parent is None:
        return work()
    label = parent.tr("Reading {0}…").format(Path(path).name)
    return run_in_background(parent, label, work)


def export_from_window(window: MainWindow) -> None:
    """File > Export board to CSV…."""

    chosen = ask_export_path(window, window.controller.board.name)
    if chosen is None:
        return
    path, excel = chosen
    try:
        count = export_with_progress(window, window.controller, path, excel)
    except KaizenError as error:
        window.show_error(str(error))
        return
    message = (
        window.tr("Export cancelled; nothing was written")
        if count is None
        else window.tr("Exported {0} card(s) to {1}").format(count, path)
    )
    window.statusBar().showMessage(message, 8000)


def import_into_window(window: MainWindow) -> None:
    """File > Import…: a preview first, then the import, as one step to undo."""

    path = ask_import_path(window)
    if path is None:
        return
    try:
        summary = preview_import(window.controller, path, window)
    except ImportCancelled as cancelled:
        window.statusBar().showMessage(str(cancelled).capitalize(), 8000)
        return
    except KaizenError as error:
        window.show_error(str(error))
        return
    preview = ImportPreview(summary, window)
    accepted = preview.exec() == QDialog.DialogCode.Accepted
    preview.deleteLater()
    if not accepted:
        return
    try:
        done = window.controller.import_file(
            path, lambda work, label: run_in_background(window, label, work)
        )
    except ImportCancelled as cancelled:
        window.statusBar().showMessage(str(cancelled).capitalize(), 8000)
        return
    except KaizenError as error:
        window.show_error(str(error))
        return
    window.statusBar().showMessage(done.describe(), 8000)
