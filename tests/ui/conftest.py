"""Fixtures for the window: its own settings file, a shown main window, no modal boxes."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QSettings

from kaizen_board.ui import mainwindow
from kaizen_board.ui.mainwindow import MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def as_shown(rich: str) -> str:
    """The text a message box shows for the rich text it was given."""
    return html.unescape(rich.removeprefix("<qt>").removesuffix("</qt>").replace("<br>", "\n"))


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """Messages the window would show in a warning box (a modal box would block), as the
    user reads them."""
    shown: list[str] = []
    monkeypatch.setattr(
        mainwindow.QMessageBox,
        "warning",
        lambda _parent, _title, text: shown.append(as_shown(text)),
    )
    return shown


@pytest.fixture(autouse=True)
def unsaved_edits_discarded(monkeypatch) -> list:
    """An editor closed with changes typed (say, as a test ends) asks whether to save
    them; a modal box would block: the answer is Discard, and the editors asked are
    listed. A test sets its own answer."""
    from PySide6.QtWidgets import QMessageBox

    from kaizen_board.ui.dialogs import card_editor

    asked: list = []
    monkeypatch.setattr(
        card_editor,
        "ask_to_save",
        lambda editor: asked.append(editor) or QMessageBox.StandardButton.Discard,
    )
    return asked


@pytest.fixture
def make_window(qtbot, settings, errors):
    def make(store, board) -> MainWindow:
        window = MainWindow(store, board, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture(autouse=True)
def standards_asked(monkeypatch) -> Asked:
    """The standards a move asked for (the nudge and the card's title), each answered
    "Move anyway" (a modal dialog would block); a test sets `answers` to answer
    otherwise: a text to write, or None to cancel."""
    from kaizen_board.ui.dialogs import standard_dialog

    asked = Asked()

    def ask(_parent, card, nudge):
        asked.append((str(nudge), card["title"]))
        return asked.answers.pop(0) if asked.answers else standard_dialog.MOVE_ANYWAY

    monkeypatch.setattr(standard_dialog, "ask", ask)
    return asked


class Asked(list):
    """What was asked, in order; `answers` are given to the next questions."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list = []
