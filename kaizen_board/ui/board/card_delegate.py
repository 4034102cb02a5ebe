"""`CardDelegate`: paints a card, so a column of any size is one view, not many widgets."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kaizen_board.ops.fields import split_tags
from kaizen_board.ops.rows import NEW_STANDARD, NO_STANDARD
from kaizen_board.translation import translate
from kaizen_board.ui.board.stage_model import CardRowRole
from kaizen_board.ui.text_input import direction_of, leading_edge, local_number

MARGIN = 4
PADDING = 8
RADIUS = 6
TITLE_LINES = 3  # a title wraps to at most this many lines, then ends with "…"
GAP = 6  # between the title and the line of details
WAITING_FROM_DAYS = 7  # "waiting 2 weeks" shows from a week in the same column

# Impact categories get a hue each; drawn translucent over the palette's own colours,
# they read in light and dark themes alike.
IMPACT_HUES = {"money": 120, "time": 210, "quality": 280, "safety": 0}


def impact_colour(category: str) -> QColor:
    """The colour of an impact category: the stripe down a card's leading edge (the left
    one, the right one in a right-to-left window)."""
    return QColor.fromHsv(IMPACT_HUES[category], 160, 200)


def name_hue(name: str) -> int:
    """A hue of its own for a member or a tag, the same in every window and run."""
    return zlib.crc32(name.casefold().encode()) % 360


def initials(name: str) -> str:
    """ "Aiko Tanaka" -> "AT", "Priya" -> "P": the first letters of the first and last
    words (a name of one word, in any script, gives its first letter)."""
    words = name.split()
    if not words:
        return ""
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def waiting_text(days: int) -> str:
    """How long a card has waited in its column, in words a person would use, or "" for
    less than a week (it does not matter yet)."""
    if days < WAITING_FROM_DAYS:
        return ""
    if days < 60:
        weeks = days // 7
        return translate("CardDelegate", "waiting %n week(s)", None, weeks)
    months = days // 30
    return translate("CardDelegate", "waiting %n month(s)", None, months)


class CardDelegate(QStyledItemDelegate):
    """Draws a card: its title (up to three lines), then a quiet line: what the loop asks
    of it, its tags as coloured chips, its lap and how long it has waited, a mark if it
    has pictures, and its owner's initials in a coloured circle.

    A title runs in its own direction: Arabic or Hebrew from the right edge, right to
    left. In a right-to-left window (Arabic or Hebrew chosen) the whole card is mirrored:
    the impact stripe on the right, the line under the title from the right, the owner's
    initials at its left end."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        # One height for every card (the view lays out a column of any size at once):
        # room for three lines of title and the line of details.
        title = QFont(option.font)
        title.setBold(True)
        lines = QFontMetrics(title).height() * TITLE_LINES
        height = 2 * MARGIN + 2 * PADDING + lines + GAP + _footer_height(option.font)
        return QSize(option.rect.width() or 240, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(CardRowRole)
        if row is None:
            return
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = QRectF(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        # Laid out from the leading edge, then mirrored for a right-to-left window.
        sides = Sides(card, option.direction)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(QPalette.ColorRole.Base)
        if selected:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            background = _mix(background, highlight, 0.25)
        border = (
            palette.color(QPalette.ColorRole.Highlight)
            if selected or focused
            else _card_border(palette)
        )
        painter.setPen(QPen(border, 2 if focused else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(card, RADIUS, RADIUS)
        if row.impact_category in IMPACT_HUES:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(impact_colour(row.impact_category))
            stripe = QRectF(card.left(), card.top(), 5, card.height())
            painter.drawRoundedRect(sides.shown(stripe), 2, 2)

        inner = card.toRect().adjusted(PADDING + 2, PADDING - 2, -PADDING, -PADDING + 2)
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title_metrics = QFontMetrics(title_font)
        title_rect = QRect(
            inner.left(), inner.top(), inner.width(), title_metrics.height() * TITLE_LINES
        )
        lines = wrapped_title(row.title, title_metrics, inner.width(), TITLE_LINES)
        painter.drawText(QRectF(sides.shown(title_rect)), lines, title_layout(row.title, sides))

        height = _footer_height(option.font)
        footer = QRect(inner.left(), inner.bottom() - height + 1, inner.width(), height)
        self._paint_footer(painter, footer, sides, row, index, option.font, palette)
        painter.restore()

    def _paint_footer(self, painter, line: QRect, sides: Sides, row, index, font, palette) -> None:
        """The line under the title, from its trailing end: the owner's initials, the
        photo mark; from its leading end: the loop's note, the tags, then lap and
        waiting, cut with "…" where the line ends. (Right and left in a left-to-right
        window; `sides` mirrors them.)"""
        painter.setFont(font)
        metrics = QFontMetrics(font)
        if row.owner:
            size = line.height()
            circle = QRect(line.right() - size + 1, line.top(), size, size)
            _draw_initials(painter, sides.shown(circle), row.owner, font)
            line.setRight(circle.left() - 6)
        if row.pictures:
            mark = QRect(line.right() - PHOTO_MARK + 1, line.top(), PHOTO_MARK, line.height())
            colour = palette.color(QPalette.ColorRole.PlaceholderText)
            _draw_photo_mark(painter, sides.shown(mark), colour)
            line.setRight(mark.left() - 6)
        centred = sides.leading | Qt.AlignmentFlag.AlignVCenter
        note, done = self._loop_note(row)
        if note and line.width() > 0:  # what the loop asks of the card first, in its colour
            painter.setPen(_loop_colour(palette, done))
            shown = metrics.elidedText(note, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(sides.shown(line), centred, shown)
            line.setLeft(line.left() + metrics.horizontalAdvance(shown) + 8)
        details = self._details(row, index)
        room_for_details = metrics.horizontalAdvance(details[:12]) if details else 0
        tags = split_tags(row.tags)
        for number, tag in enumerate(tags):
            left = len(tags) - number  # this tag and those after it
            more = _chip_width(metrics, f"+{local_number(left - 1)}") + 4 if left > 1 else 0
            if _chip_width(metrics, tag) + more + room_for_details > line.width():
                rest = f"+{local_number(left)}"
                if _chip_width(metrics, rest) <= line.width():  # else none at all
                    line.setLeft(_draw_chip(painter, line, sides, rest, None, metrics, palette))
                break
            line.setLeft(_draw_chip(painter, line, sides, tag, name_hue(tag), metrics, palette))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        if details and line.width() > 0:
            shown = metrics.elidedText(details, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(sides.shown(line), centred, shown)

    def _loop_note(self, row) -> tuple[str, bool]:
        """What the loop asks of the card now, and whether it is done: a standard to
        write, or how many of the team work to it ("5/8 on standard")."""
        if row.standard_note == NO_STANDARD:
            return self.tr("no standard"), False
        if row.standard_note == NEW_STANDARD:
            return self.tr("new standard not written"), False
        if row.confirmed is not None and row.team:
            note = self.tr("{0}/{1} on standard").format(
                local_number(row.confirmed), local_number(row.team)
            )
            return note, row.confirmed >= row.team
        return "", False

    def _details(self, row, index) -> str:
        parts = []
        if row.lap > 1:
            parts.append(self.tr("lap {0}").format(local_number(row.lap)))
        now = getattr(index.model(), "now", None)
        if now is not None:
            waiting = waiting_text(max((now - row.entered_stage_at).days, 0))
            if waiting:
                parts.append(waiting)
        return "  ·  ".join(parts)


class Sides:
    """A card's sides for a window's direction: what is laid out from the left (the
    leading edge) is shown from the right in a right-to-left window, mirrored within the
    card.

    Attributes:
        card: the card's rectangle.
        direction: the window's direction.
        mirrored: whether it runs right to left.
        leading: the alignment of a text at the leading edge (absolute: left or right).
    """

    def __init__(self, card: QRectF, direction: Qt.LayoutDirection) -> None:
        self.card = card
        self.direction = direction
        self.mirrored = direction == Qt.LayoutDirection.RightToLeft
        self.leading = leading_edge(direction)

    def shown(self, rect):
        """`rect` (a QRect or QRectF laid out from the left) where it is drawn."""
        if not self.mirrored:
            return rect
        left = 2 * self.card.left() + self.card.width() - rect.left() - rect.width()
        if isinstance(rect, QRect):
            return QRect(round(left), rect.top(), rect.width(), rect.height())
        return QRectF(left, rect.top(), rect.width(), rect.height())


def title_layout(title: str, sides: Sides) -> QTextOption:
    """How a title is laid out: in the direction of its first strong letter (Arabic and
    Hebrew right to left, from the right edge), else in the window's direction."""
    direction = direction_of(title, sides.direction)
    layout = QTextOption(leading_edge(direction) | Qt.AlignmentFlag.AlignTop)
    layout.setTextDirection(direction)
    layout.setWrapMode(QTextOption.WrapMode.NoWrap)  # wrapped_title broke it into lines
    return layout


def wrapped_title(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """`text` broken into at most `lines` lines that fit `width`, between words; the last
    line ends with "…" if the title goes on, and a word too long for a line is cut with
    "…" too, never silently."""
    words = text.split()
    shown: list[str] = []
    while words and len(shown) < lines:
        line = ""
        while words and metrics.horizontalAdvance(f"{line} {words[0]}".strip()) <= width:
            line = f"{line} {words.pop(0)}".strip()
        if not line:  # a word longer than the line: cut, with "…"
            line = metrics.elidedText(words.pop(0), Qt.TextElideMode.ElideRight, width)
        shown.append(line)
    if words:  # more than fits: the last line ends with "…"
        rest = f"{shown[-1]} {' '.join(words)}"
        shown[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        if not shown[-1].endswith("…"):
            shown[-1] = metrics.elidedText(shown[-1] + " …", Qt.TextElideMode.ElideRight, width)
    return "\n".join(shown)


def _footer_height(font: QFont) -> int:
    return QFontMetrics(font).height() + 6


def _card_border(palette: QPalette) -> QColor:
    """A border that shows on light and dark bases alike: the text colour, faint."""
    text = palette.color(QPalette.ColorRole.Text)
    return _mix(palette.color(QPalette.ColorRole.Base), text, 0.28)


def _chip_width(metrics: QFontMetrics, text: str) -> int:
    return metrics.horizontalAdvance(text) + 12


def _draw_chip(
    painter, line: QRect, sides: Sides, text: str, hue: int | None, metrics, palette
) -> int:
    """A tag as a rounded chip at the line's leading end, tinted with the tag's hue (grey
    for None); returns where the next thing may start (laid out from the left)."""
    light = palette.color(QPalette.ColorRole.Base).lightness() > 128
    width = _chip_width(metrics, text)
    height = metrics.height() + 2
    laid_out = QRectF(line.left(), line.center().y() - height / 2 + 0.5, width, height)
    chip = sides.shown(laid_out)
    saturation = 0 if hue is None else 1
    if light:
        fill = QColor.fromHsl(hue or 0, 150 * saturation, 228)
        ink = QColor.fromHsl(hue or 0, 170 * saturation, 62)
    else:
        fill = QColor.fromHsl(hue or 0, 80 * saturation, 70)
        ink = QColor.fromHsl(hue or 0, 150 * saturation, 215)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(chip, height / 2, height / 2)
    painter.setPen(ink)
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
    return int(laid_out.right()) + 4


def _draw_initials(painter: QPainter, circle: QRect, name: str, font: QFont) -> None:
    """The owner's initials, white on a circle of the owner's own colour."""
    small = QFont(font)
    small.setBold(True)
    small.setPointSizeF(max(font.pointSizeF() * 0.8, 6))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor.fromHsl(name_hue(name), 150, 105))
    painter.drawEllipse(QRectF(circle))
    painter.setPen(QColor("white"))
    painter.setFont(small)
    painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.setFont(font)


PHOTO_MARK = 14  # the width of the mark of a card with pictures


def _draw_photo_mark(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """A small camera: the card has before/after pictures."""
    height = min(rect.height() - 4, 10)
    body = QRectF(rect.left(), rect.center().y() - height / 2 + 1, rect.width(), height)
    painter.save()
    painter.setPen(colour)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(body, 2, 2)
    painter.drawRect(QRectF(body.left() + 3, body.top() - 2, 4, 2))
    lens = height * 0.55
    painter.drawEllipse(
        QRectF(body.center().x() - lens / 2, body.center().y() - lens / 2, lens, lens)
    )
    painter.restore()


def _loop_colour(palette: QPalette, done: bool) -> QColor:
    """Amber for a step the card still misses, green for one done; darker on a light
    base, lighter on a dark one, so that both read."""
    light = palette.color(QPalette.ColorRole.Base).lightness() > 128
    if done:
        return QColor.fromHsv(130, 255, 130 if light else 220)
    return QColor.fromHsv(32, 255 if light else 170, 165 if light else 250)


def _mix(base: QColor, other: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (other.redF() - base.redF()) * amount,
        base.greenF() + (other.greenF() - base.greenF()) * amount,
        base.blueF() + (other.blueF() - base.blueF()) * amount,
    )
