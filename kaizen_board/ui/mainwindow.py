"""The main window: menus, boards, the member at the keyboard, and the board itself."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from kaizen_board import __version__, ops, paths, translation
from kaizen_board.errors import KaizenError, NotFound
from kaizen_board.ops import BoardInfo
from kaizen_board.stages import STAGES
from kaizen_board.store import Store
from kaizen_board.translation import translate
from kaizen_board.ui.board.board_widget import BoardWidget
from kaizen_board.ui.board.legend import ImpactLegend
from kaizen_board.ui.controller import BoardController, Executed
from kaizen_board.ui.data_safety import DataSafety
from kaizen_board.ui.database_session import DatabaseSession, last_board_key, remembered_board
from kaizen_board.ui.icon_set import icon
from kaizen_board.ui.plain_text import plain_label, warn
from kaizen_board.ui.tasks import run_in_background
from kaizen_board.ui.toolbar import BoardToolbar

HELP_READ = "help read"  # the settings' key: the help was opened once
# The board's zoom, in percent of the system's font size.
ZOOM_DEFAULT, ZOOM_STEP, ZOOM_LEAST, ZOOM_MOST = 100, 10, 60, 300


def ask_restart(window: QWidget) -> bool:
    """Whether to start again now in the language chosen (else: at the next start)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("MainWindow", "Language"),
        translate("MainWindow", "Kaizen Board speaks the language chosen when it starts again."),
        parent=window,
    )
    restart = box.addButton(
        translate("MainWindow", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("MainWindow", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restart


def restart_program() -> None:
    """Start the program again as it was started (its window closed already)."""
    import sys

    from PySide6.QtCore import QProcess

    QProcess.startDetached(sys.executable, [*sys.orig_argv[1:]])


def place_name(location: str) -> str:
    """A short name for where a board is kept: "board.sqlite", or "host/database" on a
    team server (its address as the store gives it: never a password)."""
    if "://" in location:
        address = urlsplit(location)
        return f"{address.hostname or 'localhost'}{address.path}"
    return Path(location).name


class MainWindow(QMainWindow):
    """The window people run their kaizen loop in.

    Attributes:
        controller: every change goes through it (and onto its undo stack).
        board_widget: the columns.
        settings: where window layout, the member and the last board are remembered.
    """

    def __init__(
        self,
        store: Store,
        board: BoardInfo,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or paths.settings()
        member = str(self.settings.value("member", "") or "").strip()
        if member and not store.signed_in:  # a team server signs its member in
            store.member_name = member
        store.wait_for_writers(0)  # the controller retries while the window repaints
        self.controller = BoardController(store, board, self)
        self.controller.background = lambda work, label: run_in_background(self, label, work)
        self.controller.standard_prompt = self.ask_standard
        self.controller.waiting.connect(self.show_waiting)
        self.board_widget = BoardWidget(self.controller, self)
        # A refused change (say, the card changed elsewhere): every screen shows the
        # board as it is stored now, then the window says why.
        self.controller.failed.connect(lambda _message: self.controller.external_change())
        self.controller.failed.connect(self.show_error)
        self.controller.board_switched.connect(lambda _board: self._show_board_name())
        self.read_only_label = plain_label(QLabel(self))
        self.read_only_label.setObjectName("read-only")
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.controller.read_only_changed.connect(self._show_read_only)
        self.controller.read_failed.connect(self._on_read_failed)
        self.controller.said.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.controller.operation_did_execute.connect(self._on_operation)
        self.board_widget.open_requested.connect(self.open_card)
        self.setCentralWidget(self.board_widget)
        self._make_toolbar()
        self._make_menus()
        self._restore_layout()
        self.zoom_percent = ZOOM_DEFAULT
        try:
            self.set_zoom(int(self.settings.value("zoom", ZOOM_DEFAULT)))
        except (TypeError, ValueError):  # a hand-edited setting: the board's own size
            self.set_zoom(ZOOM_DEFAULT)
        self.statusBar().addPermanentWidget(ImpactLegend(self))
        if str(self.settings.value(HELP_READ, "false")).lower() != "true":
            self.statusBar().showMessage(self.first_run_hint())  # until another message
        self._show_board_name()
        self.charts = None  # the charts window, made when first shown
        self.safety = DataSafety(self)
        self._waiting = False
        self.session = DatabaseSession(self.controller, self.settings, self)
        self.session.status.connect(self.statusBar().showMessage)
        self._show_read_only(self.controller.read_only or "")

    @property
    def store(self) -> Store:
        return self.controller.store

    # Building ----------------------------------------------------------------------

    def _make_toolbar(self) -> None:
        self.toolbar = BoardToolbar(self.controller, self.settings, self)
        self.addToolBar(self.toolbar)

    def _make_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        self._action(
            file_menu,
            self.tr("&Open database…"),
            self.open_database,
            QKeySequence.StandardKey.Open,
            "open",
        )
        self._action(
            file_menu, self.tr("&Archived cards…"), self.show_archive, "Ctrl+Shift+A", "archive"
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("Restore from &backup…"),
            lambda: self.safety.restore_from_backup(),
            icon_name="restore",
        )
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Export board to CSV…"), self.export_csv, "Ctrl+E", "export"
        )
        self._action(file_menu, self.tr("&Import…"), self.import_csv, "Ctrl+I", "import")
        file_menu.addSeparator()
        print_review = self._action(
            file_menu,
            self.tr("&Print weekly review…"),
            self.print_review,
            QKeySequence.StandardKey.Print,
            "print",
        )
        self._action(
            file_menu,
            self.tr("Save weekly review as P&DF…"),
            lambda: self.save_review(".pdf"),
            icon_name="pdf",
        )
        self._action(
            file_menu,
            self.tr("Save weekly review as P&NG…"),
            lambda: self.save_review(".png"),
            icon_name="png",
        )
        self._action(
            file_menu,
            self.tr("Print &kaizen sheet of the card…"),
            self.print_sheet,
            "Ctrl+Shift+P",
            "print",
        )
        self._action(
            file_menu, self.tr("Save kaizen &sheet of the card…"), self.save_sheet, icon_name="save"
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")

        edit_menu = menus.addMenu(self.tr("&Edit"))
        stack = self.controller.undo_stack
        undo = stack.createUndoAction(self, self.tr("&Undo"))
        undo.setIcon(icon("undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, self.tr("&Redo"))
        redo.setIcon(icon("redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        new_card = self._action(
            edit_menu, self.tr("&New card"), self.board_widget.focus_capture, "Ctrl+N", "new-card"
        )
        self._action(
            edit_menu,
            self.tr("&Find…"),
            self.board_widget.focus_search,
            QKeySequence.StandardKey.Find,
            "find",
        )

        view_menu = menus.addMenu(self.tr("&View"))
        charts = self._action(
            view_menu, self.tr("&Charts"), self.show_charts, "Ctrl+Shift+C", "charts"
        )
        view_menu.addSeparator()
        zoom_in = self._action(
            view_menu, self.tr("Zoom &in"), lambda: self.zoom(+1), icon_name="zoom-in"
        )
        zoom_in.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self._action(
            view_menu,
            self.tr("Zoom &out"),
            lambda: self.zoom(-1),
            QKeySequence.StandardKey.ZoomOut,
            "zoom-out",
        )
        self._action(view_menu, self.tr("&Actual size"), lambda: self.zoom(0), "Ctrl+0")
        self.full_screen_action = self._action(
            view_menu, self.tr("&Full screen"), self.toggle_full_screen, "F11", "full-screen"
        )
        self.full_screen_action.setCheckable(True)
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self._fill_language_menu()

        self.toolbar.put_actions([new_card, undo, redo, None, charts, print_review])

        card_menu = menus.addMenu(self.tr("&Card"))
        card_menu.addActions(self.board_widget.card_actions)

        self.boards_menu = menus.addMenu(self.tr("&Board"))
        self.boards_menu.aboutToShow.connect(self._fill_boards_menu)
        self._fill_boards_menu()

        help_menu = menus.addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("How the board &works"),
            self.show_help,
            QKeySequence.StandardKey.HelpContents,
            "help",
        )
        self._action(
            help_menu, self.tr("Open the &sample board"), self.open_sample_board, icon_name="sample"
        )
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Kaizen Board"), self.show_about, icon_name="about")

    def _action(self, menu, text: str, slot, shortcut=None, icon_name=None) -> QAction:
        action = QAction(text, self)
        if icon_name is not None:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_boards_menu(self) -> None:
        menu = self.boards_menu
        menu.clear()
        group = QActionGroup(menu)
        for board in ops.list_boards(self.store):
            action = menu.addAction(board.name)
            action.setCheckable(True)
            action.setChecked(board.id == self.controller.board.id)
            action.triggered.connect(lambda _checked=False, b=board: self.switch_board(b))
            group.addAction(action)
        menu.addSeparator()
        self._action(menu, self.tr("&New board…"), self.new_board, icon_name="new-board")
        self._action(menu, self.tr("&Rename board…"), self.rename_board, icon_name="rename")
        self._action(menu, self.tr("&Delete board…"), self.delete_board, icon_name="delete")
        self._action(menu, self.tr("&Team…"), self.show_team, icon_name="team")

    # Boards and databases ----------------------------------------------------------

    def switch_board(self, board: BoardInfo) -> None:
        self.controller.switch_board(board)

    def _on_operation(self, executed: Executed) -> None:
        if not (executed.boards or executed.everything):
            return
        with self.controller.reading():
            try:
                self.controller.board = ops.board_of(self.store, self.controller.board.id)
            except NotFound:  # the board was taken away (an undone new board)
                self.controller.switch_board(remembered_board(self.store, self.settings))
                return
            self._show_board_name()

    def new_board(self) -> None:
        name, accepted = QInputDialog.getText(self, self.tr("New board"), self.tr("Name:"))
        if accepted:
            self.controller.create_board(name)

    def rename_board(self) -> None:
        name, accepted = QInputDialog.getText(
            self, self.tr("Rename board"), self.tr("Name:"), text=self.controller.board.name
        )
        if accepted:
            self.controller.rename_board(name)

    def delete_board(self) -> bool:
        """Board > Delete board…: asked first (naming the board and its cards), then a
        backup, then the board is gone and another shown."""
        board = self.controller.board
        with self.controller.reading():
            cards = sum(ops.column_count(self.store, board.id, stage) for stage in STAGES)
        if not ask_to_delete_board(self, board.name, cards, self.store.engine.keeps_file_backups):
            return False
        backup = self.controller.delete_board()
        if backup is None:
            return False
        where = self.tr(" A backup from just before is in {0}.").format(backup) if backup else ""
        self.statusBar().showMessage(
            self.tr("Deleted the board {0}.").format(board.name) + where, 15000
        )
        return True

    def open_database(self) -> None:
        from kaizen_board.ui.dialogs.open_dialog import ask_location

        location = ask_location(self)
        if location:
            self.open_location(location)

    def open_location(self, location: str) -> bool:
        return self.session.open_location(location)

    # Zoom and full screen, for a meeting-room screen ------------------------------

    def zoom(self, step: int) -> None:
        """Make the board larger (+1) or smaller (-1) by a step, or its own size (0);
        remembered for the next start."""
        percent = ZOOM_DEFAULT if step == 0 else self.zoom_percent + step * ZOOM_STEP
        self.set_zoom(percent)
        self.settings.setValue("zoom", self.zoom_percent)
        self.statusBar().showMessage(self.tr("Zoom {0} %").format(self.zoom_percent), 3000)

    def set_zoom(self, percent: int) -> None:
        self.zoom_percent = max(ZOOM_LEAST, min(ZOOM_MOST, int(percent)))
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * self.zoom_percent / 100)
        self.board_widget.setFont(font)

    def _fill_language_menu(self) -> None:
        """View > Language: the system's, or one with a catalogue, the chosen one checked."""
        saved = str(self.settings.value(translation.SETTINGS_KEY, "") or "")
        group = QActionGroup(self.language_menu)
        system = translation.system_language()
        choices = [("", self.tr("The system's ({0})").format(translation.language_name(system)))]
        choices += list(translation.LANGUAGES.items())
        for code, name in choices:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)

    def choose_language(self, code: str) -> None:
        """Keep the language chosen ("" for the system's) for the next start, which can
        be now: the window is made in a language once."""
        self.settings.setValue(translation.SETTINGS_KEY, code)
        self.settings.sync()
        if translation.chosen_language(None, code) == translation.loaded_language:
            return
        if ask_restart(self) and self.close():
            restart_program()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())

    def show_help(self) -> None:
        """Help > How the board works (F1); once read, the first-run hint is not shown."""
        from kaizen_board.ui.dialogs.help_dialog import HelpDialog

        self.settings.setValue(HELP_READ, True)
        if self.statusBar().currentMessage() == self.first_run_hint():
            self.statusBar().clearMessage()
        dialog = HelpDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def first_run_hint(self) -> str:
        return self.tr("New here? Press F1 for how the board works.")

    def open_sample_board(self) -> bool:
        """Open the sample board (`kaizen-board demo`'s file), made first if it is not
        there: a team's months of ideas to look around in, apart from the real cards."""
        path = paths.demo_database_path()
        if not path.exists():

            def make(_task) -> None:
                from kaizen_board.demo import fill_demo
                from kaizen_board.store import open_store

                store = open_store(path, member_name=self.store.member_name or None)
                try:
                    fill_demo(store, ops.default_board(store).id)
                finally:
                    store.close()

            try:
                run_in_background(
                    self, self.tr("Making the sample board…"), make, cancellable=False
                )
            except KaizenError as error:
                self.show_error(str(error))
                return False
        return self.open_location(str(path))

    def _show_board_name(self) -> None:
        """The board and where it is kept (the file's name, or the team server and its
        database), so that two windows are told apart."""
        self.setWindowTitle(
            self.tr("{0} — {1} — Kaizen Board").format(
                self.controller.board.name, place_name(self.store.location)
            )
        )

    # Cards -------------------------------------------------------------------------

    def open_card(self, card_id: int) -> None:
        from kaizen_board.ui.dialogs.card_editor import CardEditor  # loaded when first used

        try:
            editor = CardEditor(self.controller, card_id, self)
        except KaizenError as error:
            self.show_error(str(error))
            return
        editor.exec()
        editor.deleteLater()

    def show_archive(self) -> None:
        from kaizen_board.ui.dialogs.archive_dialog import ArchiveDialog

        dialog = ArchiveDialog(self.controller, self)
        dialog.exec()
        dialog.deleteLater()

    # Files and the weekly review (each action in the module of its dialogs) --------

    def export_csv(self) -> None:
        from kaizen_board.ui.dialogs import csv_dialogs

        csv_dialogs.export_from_window(self)

    def ask_standard(self, card: dict, nudge):
        """A move would skip a written standard: ask for it (ui/dialogs/standard_dialog)."""
        from kaizen_board.ui.dialogs import standard_dialog

        return standard_dialog.ask(self, card, nudge)

    def import_csv(self) -> None:
        from kaizen_board.ui.dialogs import csv_dialogs

        csv_dialogs.import_into_window(self)

    def print_review(self) -> None:
        from kaizen_board.ui.printing import review_printing

        review_printing.print_review(self)

    def save_review(self, suffix: str) -> None:
        from kaizen_board.ui.printing import review_printing

        review_printing.save_review_as(self, suffix)

    def save_sheet(self) -> None:
        """File > Save kaizen sheet of the card…: the selected card's one page."""
        from kaizen_board.ui.printing import review_printing

        card = self._card_for_sheet()
        if card is not None:
            review_printing.save_sheet_as(self, card)

    def print_sheet(self) -> None:
        """File > Print kaizen sheet of the card…: the page to pin next to the line."""
        from kaizen_board.ui.printing import review_printing

        card = self._card_for_sheet()
        if card is not None:
            review_printing.print_sheet(self, card)

    def _card_for_sheet(self) -> int | None:
        selected = self.board_widget.selected_ids()
        if not selected:
            self.statusBar().showMessage(
                self.tr("Select a card first: its kaizen sheet is made of it"), 5000
            )
            return None
        return selected[0]

    def show_team(self) -> None:
        """Board > Team…: who is on the board's team (whose confirmations count)."""
        from kaizen_board.ui.dialogs.team_dialog import TeamDialog

        dialog = TeamDialog(self.controller, self)
        dialog.exec()
        dialog.deleteLater()

    # Charts ------------------------------------------------------------------------

    def show_charts(self) -> None:
        if self.charts is None:
            from kaizen_board.ui.charts.charts_window import ChartsWindow  # imports matplotlib

            self.charts = ChartsWindow(self.controller)
            self.charts.setWindowIcon(self.windowIcon())
        self.charts.show()
        self.charts.raise_()
        self.charts.activateWindow()

    # Messages and layout -----------------------------------------------------------

    def _show_read_only(self, reason: str) -> None:
        """A read-only board says so where it is always seen, and takes no new ideas."""
        self.read_only_label.setText(self.tr("Read-only: {0}").format(reason) if reason else "")
        self.read_only_label.setVisible(bool(reason))
        self.board_widget.capture.setEnabled(not reason)

    def _on_read_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("The board shows what it last read: {0}").format(message), 15000
        )

    def show_waiting(self, waiting: bool) -> None:
        """While a change waits for another window's or command's write lock: say so."""
        if waiting == self._waiting:
            return
        self._waiting = waiting
        if waiting:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self.statusBar().showMessage(
                self.tr("Waiting for another window or command to finish writing…")
            )
        else:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()

    def show_error(self, message: str) -> None:
        warn(self, message)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Kaizen Board"),
            self.tr(
                "Kaizen Board {0}\n\nStandard, Meet the standard, Improve, "
                "Re-standardize, and round again.\n\nDatabase: {1}"
            ).format(__version__, self.store.location),
        )

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.value("window/columns")
        if splitter is not None:
            self.board_widget.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/columns", self.board_widget.splitter.saveState())
        self.settings.setValue(last_board_key(self.store.location), self.controller.board.id)
        self.session.stop()
        self.safety.wait_for_background_work()
        self.board_widget.stop_counting()
        if self.charts is not None:
            self.charts.close()
        super().closeEvent(event)


def ask_to_delete_board(parent: QWidget, name: str, cards: int, backed_up: bool) -> bool:
    """Whether to delete the board `name` (with `cards` cards on it) for good."""
    text = translate(
        "MainWindow",
        "Delete the board {0} with its %n card(s) and all their history, for good?",
        "",
        cards,
    ).format(name)
    text += " " + (
        translate(
            "MainWindow", "A backup of the database is taken first; undo cannot bring it back."
        )
        if backed_up
        else translate(
            "MainWindow",
            "It goes for the whole team, and undo cannot bring it back: only the team "
            "server's own backups can.",
        )
    )
    answer = QMessageBox.question(
        parent,
        translate("MainWindow", "Delete board"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
