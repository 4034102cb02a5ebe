"""Choosing the week to review: a list of recent weeks and a calendar, nothing to mistype."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kaizen_board.reports.timeline import IsoWeek
from kaizen_board.ui.dialogs import week_dialog
from kaizen_board.ui.dialogs.week_dialog import WeekDialog

TODAY = date(2026, 11, 25)  # a Wednesday of 2026-W48


def test_this_week_is_offered_first_then_last_week_and_those_before(qtbot):
    dialog = WeekDialog(TODAY)
    qtbot.addWidget(dialog)
    assert dialog.week == IsoWeek(2026, 48)
    assert dialog.weeks.itemText(0).startswith("This week")
    assert "2026-W48" in dialog.weeks.itemText(0)
    assert dialog.weeks.itemText(1).startswith("Last week")
    dialog.weeks.setCurrentIndex(3)
    assert dialog.week == IsoWeek(2026, 45)
    assert dialog.calendar.selectedDate().toPython() == date(2026, 11, 2)


def test_a_day_picked_in_the_calendar_chooses_its_week_even_across_years(qtbot):
    dialog = WeekDialog(TODAY)
    qtbot.addWidget(dialog)
    dialog.calendar.clicked.emit(QDate(2026, 1, 1))  # a Thursday in 2026-W01
    assert dialog.week == IsoWeek(2026, 1)
    dialog.calendar.clicked.emit(QDate(2025, 12, 29))  # the Monday of that week
    assert dialog.week == IsoWeek(2026, 1)
    dialog.calendar.clicked.emit(QDate(2026, 11, 18))  # last week: chosen in the list
    assert dialog.weeks.currentIndex() == 1


def test_the_window_asks_and_returns_the_week_or_none(qtbot, monkeypatch):
    from datetime import UTC, datetime

    now = datetime(2026, 11, 25, 12, tzinfo=UTC)

    def answer(button):
        def press():
            dialog = next(
                widget
                for widget in QApplication.topLevelWidgets()
                if isinstance(widget, WeekDialog) and widget.isVisible()
            )
            dialog.findChild(QDialogButtonBox).button(button).click()

        QTimer.singleShot(0, press)

    answer(QDialogButtonBox.StandardButton.Ok)
    assert week_dialog.ask_week(None, now) == IsoWeek(2026, 48)
    answer(QDialogButtonBox.StandardButton.Cancel)
    assert week_dialog.ask_week(None, now) is None
