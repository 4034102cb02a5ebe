"""File > Export board to CSV… (with progress, cancellable) and File > Import… (with a
preview of what will be added)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kaizen_board.errors import KaizenError
from kaizen_board.stages import Stage
from kaizen_board.transfer.export import ExportCancelled, export_board
from kaizen_board.transfer.foreign import ARCHIVED
from kaizen_board.transfer.importer import (
    ImportCancelled,
    ImportFailed,
    ImportOptions,
    ImportSummary,
    import_board,
)
from kaizen_board.translation import QT_TRANSLATE_NOOP, english_plural, translate
from kaizen_board.ui.controller import BoardController
from kaizen_board.ui.folders import remember, start_in
from kaizen_board.ui.plain_text import capitalized, plain_label
from kaizen_board.ui.tasks import run_in_background
from kaizen_board.ui.text_input import local_number

if TYPE_CHECKING:
    from kaizen_board.ui.mainwindow import MainWindow

CSV_FILTER = "CSV (*.csv)"
EXCEL_FILTER = "CSV for Excel, with a byte-order mark (*.csv)"


def ask_export_path(parent: QWidget, board_name: str) -> tuple[str, bool] | None:
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("CsvDialogs", "Export board to CSV"),
        start_in(f"{board_name}.csv"),
        f"{CSV_FILTER};;{EXCEL_FILTER}",
    )
    if not path:
        return None
    remember(path)
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

    return run_in_background(
        parent, translate("CsvDialogs", "Exporting {0}…").format(board.name), work
    )


IMPORT_FILTER = "Boards and tables (*.csv *.tsv *.txt *.json *.zip *.xlsx *.boardarchive)"
# Encodings a user may name for a file without a byte-order mark (the first: found by
# itself, UTF-8 or UTF-16), with what saves in them.
ENCODINGS = (
    ("", QT_TRANSLATE_NOOP("ImportPreview", "Found by itself (UTF-8, UTF-16)")),
    (
        "cp1252",
        QT_TRANSLATE_NOOP(
            "ImportPreview", "Windows Western, cp1252 (German, French, Spanish Excel)"
        ),
    ),
    ("iso-8859-1", QT_TRANSLATE_NOOP("ImportPreview", "Latin-1, ISO-8859-1")),
    ("cp932", QT_TRANSLATE_NOOP("ImportPreview", "Japanese, Shift JIS (cp932: Japanese Excel)")),
    ("euc-jp", QT_TRANSLATE_NOOP("ImportPreview", "Japanese, EUC-JP")),
    ("cp1250", QT_TRANSLATE_NOOP("ImportPreview", "Central European, cp1250")),
    ("cp1251", QT_TRANSLATE_NOOP("ImportPreview", "Cyrillic, cp1251")),
    ("mac-roman", QT_TRANSLATE_NOOP("ImportPreview", "Mac Roman")),
)


def ask_import_path(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("CsvDialogs", "Import cards"),
        start_in(),
        f"{IMPORT_FILTER};;{CSV_FILTER};;All files (*)",
    )
    remember(path)
    return path or None


Reread = Callable[[ImportOptions], ImportSummary]


class ImportPreview(QDialog):
    """What an import will add, before anything is stored: where each list of the source
    goes (changeable: the counts follow), where finished cards go, the file's encoding,
    what was made to fit, and the first cards.

    `reread(options)` reads the file again with other choices (a dry run); without one
    the choices are not offered (nothing to read again with)."""

    def __init__(
        self,
        summary: ImportSummary,
        parent: QWidget | None = None,
        reread: Reread | None = None,
        options: ImportOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.reread = reread
        self.options = options or ImportOptions()
        self.setWindowTitle(self.tr("Import {0}").format(summary.path.name))
        self.resize(760, 640)
        self.summary_label = plain_label(QLabel(self))
        self.summary_label.setWordWrap(True)
        self.problem_label = plain_label(QLabel(self))
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: palette(highlighted-text); background: #b3261e;")
        self.problem_label.hide()

        self.encoding = QComboBox(self)
        for code, name in ENCODINGS:
            self.encoding.addItem(self.tr(name), code)
        self.closed = QComboBox(self)
        self.closed.addItem(self.tr("Archived"), ARCHIVED)
        for stage in Stage:
            self.closed.addItem(stage.title, stage.value)
        self.repeated = QComboBox(self)
        self.repeated.addItem(self.tr("Skip them"), False)
        self.repeated.addItem(self.tr("Update them"), True)
        self._select(self.encoding, self.options.encoding or "")
        self._select(self.closed, self.options.closed or ARCHIVED)
        self._select(self.repeated, self.options.update)
        # The choices, offered where the file can be read again with others.
        choices = QWidget(self)
        choices.setVisible(reread is not None)
        form = QFormLayout(choices)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.tr("&Finished cards go:"), self.closed)
        form.addRow(self.tr("Cards already &there from an earlier import:"), self.repeated)

        self.mapping = QTableWidget(0, 3, self)
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("In the file"), self.tr("Cards"), self.tr("Go to")]
        )
        self.mapping.verticalHeader().hide()
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.warnings = QListWidget(self)
        self.warnings.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Stage"), self.tr("Owner"), self.tr("Tags")]
        )
        self.shown = QLabel(self)
        self.shown.setBuddy(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(choices)
        self.mapping_label = QLabel(self.tr("Where the lists of the file go:"), self)
        self.mapping_label.setBuddy(self.mapping)
        layout.addWidget(self.mapping_label)
        layout.addWidget(self.mapping, 2)
        self.warnings_label = QLabel(self.tr("Made to fit:"), self)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings)
        layout.addWidget(self.shown)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.buttons)
        for box in (self.encoding, self.closed, self.repeated):
            box.currentIndexChanged.connect(self._choices_changed)
            box.setEnabled(reread is not None)
        self._show(summary)

    @staticmethod
    def _select(box: QComboBox, data) -> None:
        index = box.findData(data)
        box.setCurrentIndex(max(index, 0))

    def _show(self, summary: ImportSummary) -> None:
        text = summary.describe()
        if summary.kind:
            text += "\n" + self.tr("Read as: {0}").format(summary.kind)
        for note in summary.notes:
            text += "\n" + note[:1].upper() + note[1:]
        self.summary_label.setText(text)
        self.mapping.setRowCount(len(summary.stage_values))
        for row, item in enumerate(summary.stage_values):
            self.mapping.setItem(row, 0, QTableWidgetItem(item.value or self.tr("(no list)")))
            count = QTableWidgetItem(local_number(item.cards))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.mapping.setItem(row, 1, count)
            box = self.mapping.cellWidget(row, 2)
            if not isinstance(box, QComboBox):
                box = QComboBox(self.mapping)
                for stage in Stage:
                    box.addItem(stage.title, stage.value)
                box.addItem(self.tr("Archived"), ARCHIVED)
                box.setEnabled(self.reread is not None)
                box.setAccessibleName(
                    self.tr("Where {0} goes").format(item.value or self.tr("(no list)"))
                )
                box.currentIndexChanged.connect(self._choices_changed)
                self.mapping.setCellWidget(row, 2, box)
            box.blockSignals(True)
            self._select(box, item.target if item.target == ARCHIVED else item.target.value)
            box.blockSignals(False)
            box.setProperty("value", item.value)
        self.mapping.resizeColumnToContents(1)
        self.mapping_label.setVisible(bool(summary.stage_values))
        self.mapping.setVisible(bool(summary.stage_values))
        self.warnings.clear()
        self.warnings.addItems(summary.warnings)
        if summary.warned > len(summary.warnings):
            more = summary.warned - len(summary.warnings)
            self.warnings.addItem(self.tr("… and {0} more").format(more))
        self.warnings_label.setVisible(bool(summary.warnings))
        self.warnings.setVisible(bool(summary.warnings))
        self.table.setRowCount(len(summary.preview))
        for row, card in enumerate(summary.preview):
            stage = card["stage"].title
            if card.get("archived"):
                stage = self.tr("Archived ({0})").format(stage)
            cells = [card["title"], stage, card["owner"], card["tags"].replace(",", ", ")]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        first = len(summary.preview)
        self.shown.setText(english_plural(self.tr("The first %n card(s):", "", first), first))

    def chosen(self) -> ImportOptions:
        """The choices made in the dialog."""
        mapping = {}
        for row in range(self.mapping.rowCount()):
            box = self.mapping.cellWidget(row, 2)
            if isinstance(box, QComboBox):
                mapping[box.property("value")] = box.currentData()
        return ImportOptions(
            encoding=self.encoding.currentData() or None,
            mapping=mapping,
            closed=self.closed.currentData(),
            update=bool(self.repeated.currentData()),
        )

    def _choices_changed(self) -> None:
        if self.reread is None:
            return
        options = self.chosen()
        if options.encoding != self.options.encoding:
            options.mapping = {}  # other text: other lists
        try:
            summary = self.reread(options)
        except KaizenError as error:
            self.problem_label.setText(str(error))
            self.problem_label.show()
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.options = options
        self.problem_label.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self._show(summary)


def preview_import(
    controller: BoardController,
    path: str,
    parent: QWidget | None = None,
    options: ImportOptions | None = None,
) -> ImportSummary:
    """A dry run into the board shown (off the window's thread if a `parent` window is
    given); raises ImportFailed listing the file's errors."""
    store, board = controller.store, controller.board.name
    options = options or ImportOptions()

    def work(task=None) -> ImportSummary:
        try:
            progress = None if task is None else task.report
            return import_board(
                store, path, board_name=board, dry_run=True, progress=progress, **options.kwargs()
            )
        finally:
            if parent is not None:
                store.database.close()  # that thread's connection only

    if parent is None:
        return work()
    label = translate("CsvDialogs", "Reading {0}…").format(Path(path).name)
    return run_in_background(parent, label, work)


def ask_encoding(parent: QWidget, problem: str) -> str | None:
    """The encoding a file that is not UTF-8 was saved in, as the user says."""
    names = [translate("ImportPreview", name) for code, name in ENCODINGS[1:]]
    name, chosen = QInputDialog.getItem(
        parent,
        translate("CsvDialogs", "Which encoding?"),
        translate("CsvDialogs", "{0}\n\nWhich encoding was the file saved in?").format(problem),
        names,
        0,
        False,
    )
    if not chosen:
        return None
    return ENCODINGS[1:][names.index(name)][0]


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
        translate("CsvDialogs", "Export cancelled; nothing was written")
        if count is None
        else translate("CsvDialogs", "Exported %n card(s) to {0}", "", count).format(path)
    )
    window.statusBar().showMessage(message, 8000)


def import_into_window(window: MainWindow) -> None:
    """File > Import…: a preview first (with its choices), then the import, as one step
    to undo."""

    path = ask_import_path(window)
    if path is None:
        return
    options = ImportOptions()
    while True:
        try:
            summary = preview_import(window.controller, path, window, options)
            break
        except ImportCancelled as cancelled:
            window.statusBar().showMessage(capitalized(str(cancelled)), 8000)
            return
        except ImportFailed as error:
            if not error.undecodable or options.encoding:
                window.show_error(str(error))
                return
            encoding = ask_encoding(window, str(error))
            if encoding is None:
                return
            options = ImportOptions(encoding=encoding)
        except KaizenError as error:
            window.show_error(str(error))
            return

    def reread(chosen: ImportOptions) -> ImportSummary:
        return preview_import(window.controller, path, window, chosen)

    preview = ImportPreview(summary, window, reread, options)
    accepted = preview.exec() == QDialog.DialogCode.Accepted
    options = preview.chosen()
    preview.deleteLater()
    if not accepted:
        return
    try:
        done = window.controller.import_file(
            path, lambda work, label: run_in_background(window, label, work), options
        )
    except ImportCancelled as cancelled:
        window.statusBar().showMessage(capitalized(str(cancelled)), 8000)
        return
    except KaizenError as error:
        window.show_error(str(error))
        return
    window.statusBar().showMessage(done.brief(), 8000)
