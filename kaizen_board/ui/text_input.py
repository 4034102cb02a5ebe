"""Text in every script and locale: typing it through an input method, laying it out in
its own direction, and dates and numbers written the way the user's locale writes them."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
RIGHT_TO_LEFT = ("R", "AL")  # unicodedata.bidirectional of Hebrew, Arabic, Syriac, ...
ISOLATES = ("LRI", "RLI", "FSI")  # what opens an isolated run; "PDI" closes it


class CompositionGuard(QObject):
    """Keeps Enter from submitting a field while an input method is composing in it.

    A Japanese (Chinese, Korean, ...) input method shows the text being composed in the
    field ("かいぜん", the preedit) and Enter confirms the conversion ("改善", the commit).
    Some input methods deliver that Enter to the field too: a line edit would emit
    `returnPressed`, and its dialog press the default button, with the word half written
    (the bug Planka #1703 reports). While the last QInputMethodEvent left a preedit
    string, Return and Enter go nowhere; the commit (an event without a preedit) ends the
    composition, and the next Enter submits as always.

    Attributes:
        composing: whether the field shows text being composed now.
    """

    def __init__(self, field: QWidget) -> None:
        super().__init__(field)
        self.composing = False
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.InputMethod:
            self.composing = bool(event.preeditString())
        elif kind in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            self.composing = False  # the input method commits or drops the composition
        elif (
            self.composing
            and kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
        ):
            # A shortcut on Enter is overridden (accepted), then the key press dropped.
            event.accept()
            return True
        return False


def guard_composition(*fields: QWidget) -> None:
    """Enter in these fields confirms an input method's conversion, and only that, while
    one is composing (see CompositionGuard). An editable combo box is guarded as itself:
    it has the focus and hands the events on to its line edit."""
    for field in fields:
        CompositionGuard(field)


# Direction ---------------------------------------------------------------------------


def direction_of(
    text: str, default: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
) -> Qt.LayoutDirection:
    """The direction `text` is written in: that of its first strong character (Unicode's
    rule P2: Hebrew or Arabic right to left, Latin, Japanese and most others left to
    right, characters inside an isolate skipped), else `default` (digits, punctuation,
    nothing at all)."""
    isolated = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ISOLATES:
            isolated += 1
        elif kind == "PDI":
            isolated = max(isolated - 1, 0)
        elif isolated:
            continue
        elif kind in RIGHT_TO_LEFT:
            return Qt.LayoutDirection.RightToLeft
        elif kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return default


def leading_edge(direction: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    """Where a text of `direction` starts: the right edge for right to left (absolute:
    whatever the painter's or widget's own direction)."""
    edge = (
        Qt.AlignmentFlag.AlignRight
        if direction == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    return edge | Qt.AlignmentFlag.AlignAbsolute


def follow_text_direction(field: QPlainTextEdit) -> None:
    """The field lays out and aligns its text in the text's own direction, as a line edit
    does by itself: an Arabic or Hebrew description from the right edge, right to left,
    an English one from the left; empty, the window's direction."""

    def follow() -> None:
        direction = direction_of(field.toPlainText(), field.layoutDirection())
        option = field.document().defaultTextOption()
        if option.textDirection() == direction and option.alignment() == leading_edge(direction):
            return  # as it is: the document is not laid out again for each key
        option.setTextDirection(direction)
        option.setAlignment(leading_edge(direction))
        field.document().setDefaultTextOption(option)

    field.textChanged.connect(follow)
    follow()


# Dates and numbers -------------------------------------------------------------------
# QLocale() is the locale of the language chosen (translation.install_in_application
# makes it the default). The "C" locale (LANG=C, no language asked for) keeps ISO dates:
# Qt's own format for it ("3 12 2026") is nobody's.


def _plain_locale(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def local_date(day: date) -> str:
    """A day as the user's locale writes it in short ("03.12.26" in German, "12/3/26" in
    American English, "2026/12/03" in Japanese); ISO 8601 in the "C" locale."""
    locale = QLocale()
    if _plain_locale(locale):
        return day.isoformat()
    return locale.toString(qdate(day), QLocale.FormatType.ShortFormat)


def local_moment(moment: datetime) -> str:
    """A moment in the computer's time zone, its date and time as the user's locale
    writes them in short ("03.12.26 09:30"); "2026-12-03 09:30" in the "C" locale."""
    local = moment.astimezone()
    locale = QLocale()
    if _plain_locale(locale):
        return f"{local:%Y-%m-%d %H:%M}"
    # Given as UTC only to be written as it is (a local time Qt might move across a
    # daylight-saving change); the short formats show no zone.
    shown = QDateTime(
        qdate(local),
        QTime(local.hour, local.minute),
        QTimeZone(QTimeZone.Initialization.UTC),
    )
    return locale.toString(shown, QLocale.FormatType.ShortFormat)


def local_span(first: date, last: date) -> str:
    """Two days and those between them: "23 Nov – 29 Nov 2026" in the "C" locale (as
    strftime wrote it), else the locale's short dates ("23.11.26 – 29.11.26")."""
    locale = QLocale()
    if _plain_locale(locale):
        return f"{first:%d %b} – {last:%d %b %Y}"
    short = QLocale.FormatType.ShortFormat
    return f"{locale.toString(qdate(first), short)} – {locale.toString(qdate(last), short)}"


def local_number(number: int) -> str:
    """A whole number in the user's locale's digits and grouping ("12,345", "12.345",
    "١٢٬٣٤٥"); as Python writes it in the "C" locale."""
    return QLocale().toString(number)


def qdate(day: date) -> QDate:
    """A Python date as Qt's."""
    return QDate(day.year, day.month, day.day)
