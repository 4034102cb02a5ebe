"""The window in the language chosen: its own words, Qt's, and the chosen language's
direction; View > Language keeps the choice for the next start."""

from __future__ import annotations

from kaizen_board import translation
from kaizen_board.stages import Stage


def test_the_window_speaks_japanese_with_qt_own_buttons(
    qtbot, qapp, store, board, settings, language
):
    from PySide6.QtWidgets import QDialogButtonBox

    from kaizen_board.ui.mainwindow import MainWindow

    language("ja")
    translation.install_in_application(qapp)
    window = MainWindow(store, board, settings)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&File" not in menus
    assert any("(&F)" in text for text in menus)
    assert window.board_widget.columns[Stage.IMPROVE].view.accessibleName() == "改善"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"


def test_a_right_to_left_language_mirrors_the_window(qapp, language):
    from PySide6.QtCore import Qt

    language("ar")
    translation.install_in_application(qapp)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_view_language_keeps_the_choice_for_the_next_start(
    store, board, settings, make_window, monkeypatch
):
    from kaizen_board.ui import mainwindow

    asked = []
    monkeypatch.setattr(mainwindow, "ask_restart", lambda window: asked.append(window) or False)
    window = make_window(store, board)
    names = {action.text(): action for action in window.language_menu.actions()}
    assert {"English", "Deutsch", "日本語"} <= set(names)
    names["Deutsch"].trigger()
    assert settings.value(translation.SETTINGS_KEY) == "de"
    assert asked == [window]  # English now: a restart is offered
    assert window.isVisible()  # "Later": the window stays
    system = next(action for action in window.language_menu.actions() if action.data() == "")
    system.trigger()
    assert settings.value(translation.SETTINGS_KEY) == ""


def test_an_error_shown_with_a_capital_keeps_the_rest_as_written():
    from kaizen_board.ui.plain_text import capitalized

    # German nouns and "UTF-8" keep their capitals (str.capitalize lowers them).
    assert capitalized("der Titel ist leer: geben Sie ein Zeichen ein") == (
        "Der Titel ist leer: geben Sie ein Zeichen ein"
    )
    assert capitalized("") == ""
