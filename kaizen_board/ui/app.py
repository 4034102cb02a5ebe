"""Starting the window: the application object, the database, the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kaizen_board import ops, paths
from kaizen_board.errors import KaizenError
from kaizen_board.store import open_store
from kaizen_board.ui.mainwindow import MainWindow, remembered_board

EXIT_USER_ERROR = 2
ICON = Path(__file__).with_name("icons") / "kaizen-board.svg"


def run_gui(args: argparse.Namespace) -> int:
    paths.set_app_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Kaizen Board")
    app.setWindowIcon(QIcon(str(ICON)))
    settings = QSettings()
    try:
        store = open_store(args.db, member_name=None)
        board = (
            ops.find_board(store, args.board) if args.board else remembered_board(store, settings)
        )
    except KaizenError as error:
        QMessageBox.critical(
            None,
            app.translate("App", "Kaizen Board"),
            app.translate("App", "The board cannot be opened:\n\n{0}").format(error),
        )
        return EXIT_USER_ERROR
    window = MainWindow(store, board, settings)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
