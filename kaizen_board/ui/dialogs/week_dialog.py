"""`WeekDialog`: choose the week of a weekly review, from a list or a calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kaizen_board.reports.timeline import IsoWeek
from kaizen_board.ui.text_input import local_span, qdate

RECENT_WEEKS = 12


class WeekDialog(QDialog):
    """This week, last week or one of the weeks before in a list; any other week by
    picking one of its days in the calendar. Nothing is typed, so nothing can be
    mistyped: every choice is a real ISO week.

    Attributes:
        week: the week chosen.
        weeks: the list of weeks offered.
        calendar: the calendar, weeks starting on Monday.
    """

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly review"))
        this_week = IsoWeek.of(today)
        self.week = this_week
        self.weeks = QComboBox(self)
        self.weeks.setAccessibleName(self.tr("Week"))
        week = this_week
        for number in range(RECENT_WEEKS):
            self._add_week(week, number)
            week = week.previous()
        self.weeks.currentIndexChanged.connect(self._on_week_chosen)
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setMaximumDate(qdate(this_week.monday + timedelta(days=6)))
        self.calendar.setSelectedDate(qdate(today))
        self.calendar.clicked.connect(self._on_day_picked)
        self.calendar.activated.connect(self._on_day_picked)
        # The days' table inside the calendar is what takes focus: named for screen readers.
        days = self.calendar.findChild(QTableView, "qt_calendar_calendarview")
        if days is not None:
            days.setAccessibleName(self.tr("Day of another week"))
        self._marked: list[QDate] = []
        self._mark_week()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Review this week"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&Week:"), self, buddy=self.weeks))
        layout.addWidget(self.weeks)
        layout.addWidget(QLabel(self.tr("or pick a day of another week:"), self))
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def _add_week(self, week: IsoWeek, number: int | None = None) -> None:
        sunday = week.monday + timedelta(days=6)
        # The ISO week as it is written everywhere ("2026-W48"), its days in the locale's.
        span = f"{week}   {local_span(week.monday, sunday)}"
        if number == 0:
            span = self.tr("This week") + f"   ({span})"
        elif number == 1:
            span = self.tr("Last week") + f"   ({span})"
        self.weeks.addItem(span, str(week))

    def _on_week_chosen(self, index: int) -> None:
        key = self.weeks.itemData(index)
        if key is None:
            return
        self.week = IsoWeek.parse(key)
        if IsoWeek.of(self.calendar.selectedDate().toPython()) != self.week:
            self.calendar.setSelectedDate(qdate(self.week.monday))
        self._mark_week()

    def _mark_week(self) -> None:
        """Shade the chosen week's seven days: the calendar itself selects one day."""
        for day in self._marked:
            self.calendar.setDateTextFormat(day, QTextCharFormat())
        shade = QTextCharFormat()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        highlight.setAlpha(70)
        shade.setBackground(highlight)
        self._marked = [qdate(self.week.monday + timedelta(days=n)) for n in range(7)]
        for day in self._marked:
            self.calendar.setDateTextFormat(day, shade)

    def _on_day_picked(self, day: QDate) -> None:
        week = IsoWeek.of(day.toPython())
        index = self.weeks.findData(str(week))
        if index < 0:
            self._add_week(week)
            index = self.weeks.count() - 1
        self.weeks.setCurrentIndex(index)


def ask_week(parent: QWidget, now: datetime) -> IsoWeek | None:
    """The week to review (this one by default), or None if the user cancels."""
    dialog = WeekDialog(now.astimezone().date(), parent)
    try:
        return dialog.week if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
