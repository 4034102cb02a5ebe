"""Starting the window: the application object, the database, the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kaizen_board import ops, paths, translation
from kaizen_board.errors import (
    EXIT_USER_ERROR,
    DamagedDatabase,
    DamageFound,
    KaizenError,
    NoDatabase,
    PasswordNeeded,
)
from kaizen_board.store import open_store
from kaizen_board.store.opening import DATABASE_ENV, engine_for
from kaizen_board.ui import crash
from kaizen_board.ui.database_session import remembered_board
from kaizen_board.ui.mainwindow import MainWindow
from kaizen_board.ui.plain_text import as_rich_text

CHECK_AFTER_MS = 500  # once the board is up: the check and backup run in the background
ICON = Path(__file__).with_name("icons") / "kaizen-board.svg"


def run_gui(args: argparse.Namespace) -> int:
    paths.set_app_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Kaizen Board")
    translation.install_in_application(app)
    app.setWindowIcon(QIcon(str(ICON)))
    settings = paths.settings()
    crash.install(paths.data_dir())
    window = start_window(app, args.db, args.board, settings)
    if window is None:
        return EXIT_USER_ERROR
    window.show()
    QTimer.singleShot(CHECK_AFTER_MS, window.safety.start_daily_backup)
    try:
        return app.exec()
    finally:
        window.store.close()


def start_window(
    app: QApplication, location: str | None, board_name: str | None, settings: QSettings
) -> MainWindow | None:
    """The main window on the database and board to start with, or None if the user
    gives up (its store is the window's: closed when the program ends).

    A team server that wants a password gets one asked for (kept in memory only). A
    database named (`--db`, `$KAIZEN_BOARD_DB`) that is not there is made only if the user
    says so: a mistyped path must not start an empty board unnoticed. Damage found while
    opening or reading the first pages sets the file aside and offers its newest backup.
    Any other problem is said, naming the database, with the choice to try again (a
    server that was down), open another database, or quit.
    """
    from kaizen_board.ui.dialogs.open_dialog import ask_location, ask_password

    password = None
    create = location is None and not os.environ.get(DATABASE_ENV, "").strip()
    while True:
        try:
            store = open_store(location, password=password, create=create)
            try:
                board = ops.find_board(store, board_name) if board_name else None
                return MainWindow(store, board or remembered_board(store, settings), settings)
            except DamageFound as found:
                store.close()
                raise engine_for(store.location).set_aside_damaged(
                    store.location, str(found)
                ) from found
            except BaseException:
                store.close()
                raise
        except PasswordNeeded as needed:
            password = ask_password(None, needed.location)
            if password is None:
                return None
            continue
        except NoDatabase as missing:
            choice = ask_to_create(app, missing)
            if choice == "create":
                create = True
                continue
        except DamagedDatabase as damaged:
            if damaged.backup is not None and damaged.moved_to is not None:
                restored = offer_backup(app, damaged)
                if restored is None:
                    return None
                location, create = restored, False
                continue
            choice = ask_after_failure(app, damaged)
        except KaizenError as error:
            choice = ask_after_failure(app, error)
        if choice == "other":  # a file chosen in the dialog may be a new one
            location, password, create = ask_location(None), None, True
            if location is None:
                return None
        elif choice != "retry":
            return None


def ask_after_failure(app: QApplication, error: KaizenError) -> str:
    """Say why the board cannot be opened; "retry", "other" (another database) or "quit"."""
    return _choose(
        app,
        QMessageBox.Icon.Critical,
        app.translate("App", "The board cannot be opened:\n\n{0}").format(error),
        [("retry", QMessageBox.StandardButton.Retry), ("other", _other(app))],
        default="retry",
    )


def ask_to_create(app: QApplication, missing: NoDatabase) -> str:
    """A database named is not there: "create" a new one, "other" (open another), "quit"."""
    return _choose(
        app,
        QMessageBox.Icon.Question,
        app.translate(
            "App",
            "There is no database at {0}.\n\nMake a new, empty board there, or open another "
            "database?",
        ).format(missing.location),
        [("create", app.translate("App", "&Make a new board")), ("other", _other(app))],
        default="other",
    )


def _other(app: QApplication) -> str:
    return app.translate("App", "Open &another…")


def _choose(app: QApplication, icon, text: str, choices: list, default: str) -> str:
    """A message box with the choices given (a standard button, or the translated text of
    one) and Close; the name of the one clicked, "quit" for Close."""
    box = QMessageBox(icon, app.translate("App", "Kaizen Board"), as_rich_text(text))
    buttons = {}
    for name, button in choices:
        if isinstance(button, str):
            buttons[name] = box.addButton(button, QMessageBox.ButtonRole.ActionRole)
        else:
            buttons[name] = box.addButton(button)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(buttons[default])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((name for name, button in buttons.items() if button is clicked), "quit")


def offer_backup(app: QApplication, damaged: DamagedDatabase) -> str | None:
    """Offer to restore the newest backup of a damaged database set aside, into a new file
    where it was; that file's location, or None if the user declines."""
    from kaizen_board.store.restore import restore_at

    answer = QMessageBox.question(
        None,
        app.translate("App", "Kaizen Board"),
        as_rich_text(app.translate("App", "{0}\n\nRestore the newest backup now?").format(damaged)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    restored = restore_at(str(damaged.path), damaged.backup).store
    location = restored.location
    restored.close()
    return location
