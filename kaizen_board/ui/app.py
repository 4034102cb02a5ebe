"""Starting the window: the application object, the database, the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kaizen_board import ops, paths
from kaizen_board.errors import EXIT_USER_ERROR, DamagedDatabase, KaizenError
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
    try:
        store = open_damaged_or_not(app, args.db)
        if store is None:
            return EXIT_USER_ERROR
        board = (
            ops.find_board(store, args.board) if args.board else remembered_board(store, settings)
        )
    except KaizenError as error:
        QMessageBox.critical(
            None,
            app.translate("App", "Kaizen Board"),
            as_rich_text(app.translate("App", "The board cannot be opened:\n\n{0}").format(error)),
        )
        return EXIT_USER_ERROR
    window = MainWindow(store, board, settings)
    window.show()
    QTimer.singleShot(CHECK_AFTER_MS, window.safety.start_daily_backup)
    try:
        return app.exec()
    finally:
        store.close()


def open_damaged_or_not(app: QApplication, location: str | None) -> Store | None:
    """Open the database; if it is damaged (and so moved aside), offer its newest backup.

    None if the user declines; other problems are raised as they are.
    """
    from kaizen_board.store.restore import restore_at

    try:
        return open_store(location)
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
