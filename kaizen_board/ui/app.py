"""Starting the window: the application object, the database, the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kaizen_board import ops, paths
from kaizen_board.errors import EXIT_USER_ERROR, DamagedDatabase, KaizenError, PasswordNeeded
from kaizen_board.ops import BoardInfo
from kaizen_board.store import Store, open_store
from kaizen_board.ui import crash
from kaizen_board.ui.mainwindow import MainWindow, remembered_board
from kaizen_board.ui.plain_text import as_rich_text

CHECK_AFTER_MS = 500  # once the board is up: the check and backup run in the background
ICON = Path(__file__).with_name("icons") / "kaizen-board.svg"


def run_gui(args: argparse.Namespace) -> int:
    paths.set_app_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Kaizen Board")
    app.setWindowIcon(QIcon(str(ICON)))
    settings = paths.settings()
    crash.install(paths.data_dir())
    opened = open_at_start(app, args.db, args.board, settings)
    if opened is None:
        return EXIT_USER_ERROR
    store, board = opened
    window = MainWindow(store, board, settings)
    window.show()
    QTimer.singleShot(CHECK_AFTER_MS, window.safety.start_daily_backup)
    try:
        return app.exec()
    finally:
        store.close()


def open_at_start(
    app: QApplication, location: str | None, board_name: str | None, settings: QSettings
) -> tuple[Store, BoardInfo] | None:
    """The database and board the window starts on, or None if the user gives up.

    A team server that wants a password gets one asked for (kept in memory only); a
    problem is said, naming the database, with the choice to try again (a server that
    was down), open another database, or quit.
    """
    from kaizen_board.ui.dialogs.open_dialog import ask_location, ask_password

    password = None
    while True:
        store = None
        try:
            store = open_damaged_or_not(app, location, password)
            if store is None:
                return None
            if board_name:
                return store, ops.find_board(store, board_name)
            return store, remembered_board(store, settings)
        except PasswordNeeded as needed:
            password = ask_password(None, needed.location)
            if password is None:
                return None
        except KaizenError as error:
            if store is not None:
                store.close()
            choice = ask_after_failure(app, error)
            if choice == "other":
                location, password = ask_location(None), None
                if location is None:
                    return None
            elif choice != "retry":
                return None


def ask_after_failure(app: QApplication, error: KaizenError) -> str:
    """Say why the board cannot be opened; "retry", "other" (another database) or "quit"."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        app.translate("App", "Kaizen Board"),
        as_rich_text(app.translate("App", "The board cannot be opened:\n\n{0}").format(error)),
    )
    retry = box.addButton(QMessageBox.StandardButton.Retry)
    other = box.addButton(app.translate("App", "Open &another…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return "retry" if clicked is retry else "other" if clicked is other else "quit"


def open_damaged_or_not(
    app: QApplication, location: str | None, password: str | None = None
) -> Store | None:
    """Open the database; if it is damaged (and so moved aside), offer its newest backup.

    None if the user declines; other problems are raised as they are.
    """
    from kaizen_board.store.restore import restore_at

    try:
        return open_store(location, password=password)
    except DamagedDatabase as damaged:
        if damaged.backup is None or damaged.moved_to is None:
            raise
        answer = QMessageBox.question(
            None,
            app.translate("App", "Kaizen Board"),
            as_rich_text(
                app.translate("App", "{0}\n\nRestore the newest backup now?").format(damaged)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        # Into a new file where the damaged one was.
        return restore_at(str(damaged.path), damaged.backup).store
