"""Dates and numbers in the window as the user's locale writes them (QLocale(), which the
language chosen sets); ISO week labels stay as they are, and so do ISO dates in the "C"
locale."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from kaizen_board import ops
from kaizen_board.ops.fields import TITLE_MAX
from kaizen_board.ui.dialogs.card_editor import CardEditor
from kaizen_board.ui.dialogs.team_dialog import TeamDialog
from kaizen_board.ui.dialogs.week_dialog import WeekDialog
from kaizen_board.ui.text_input import local_date, local_number

# The fixed clock's start (tests.helpers.START): Monday 23 November 2026, 09:00 UTC, a
# day that is the same in every time zone from UTC-9 to UTC+14.
CREATED = date(2026, 11, 23)


@pytest.fixture
def locale():
    """Set the default locale for the test; the one before it again afterwards."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def test_the_card_editor_writes_its_dates_as_the_locale_does(
    qtbot, store, board, make_window, locale
):
    card_id = ops.add_card(store, board.id, "Shadow board").card_id
    locale("de_DE")
    window = make_window(store, board)
    editor = CardEditor(window.controller, card_id, window)
    qtbot.addWidget(editor)
    assert "created 23.11.26 " in editor.about.text()
    assert editor.history.topLevelItem(0).text(0).startswith("23.11.26 ")
    assert "2026-11-23" not in editor.about.text()
    locale("ja_JP")
    editor.load()
    assert "created 2026/11/23 " in editor.about.text()


def test_the_c_locale_keeps_iso_dates(qtbot, store, board, make_window, locale):
    card_id = ops.add_card(store, board.id, "Shadow board").card_id
    locale("C")
    window = make_window(store, board)
    editor = CardEditor(window.controller, card_id, window)
    qtbot.addWidget(editor)
    assert "created 2026-11-23 " in editor.about.text()
    assert local_date(CREATED) == "2026-11-23"


def test_the_week_list_keeps_iso_weeks_and_writes_days_as_the_locale_does(qtbot, locale):
    locale("de_DE")
    dialog = WeekDialog(date(2026, 11, 25))
    qtbot.addWidget(dialog)
    assert dialog.weeks.itemText(0) == "This week   (2026-W48   23.11.26 – 29.11.26)"
    locale("en_US")
    dialog = WeekDialog(date(2026, 11, 25))
    qtbot.addWidget(dialog)
    assert dialog.weeks.itemText(1) == "Last week   (2026-W47   11/16/26 – 11/22/26)"


def test_the_team_says_when_a_member_left_as_the_locale_writes_it(
    qtbot, store, board, make_window, locale
):
    ops.add_card(store, board.id, "Shadow board", owner="Aiko")
    locale("de_DE")
    window = make_window(store, board)
    dialog = TeamDialog(window.controller, window)
    qtbot.addWidget(dialog)
    window.controller.remove_member("Aiko")
    assert dialog.members.item(0).text() == "Aiko (left 23.11.26)"


def test_numbers_are_grouped_as_the_locale_groups_them(qtbot, store, board, make_window, locale):
    locale("de_DE")
    assert local_number(12345) == "12.345"
    window = make_window(store, board)
    window.board_widget.capture.setText("x" * 1234)
    assert window.board_widget.capture_hint.text() == (
        f"A title holds at most {TITLE_MAX} characters; this one has 1.234"
    )
    locale("C")
    assert local_number(12345) == "12345"
