"""`CardDelegate`: paints a card, so a column of any size is one view, not many widgets."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kaizen_board.ops.fields import split_tags
from kaizen_board.ops.rows import NEW_STANDARD, NO_STANDARD
from kaizen_board.ui.board.stage_model import CardRowRole

MARGIN = 4
PADDING = 8
RADIUS = 6

# Impact categories get a hue each; drawn translucent over the palette's own colours,
# they read in light and dark themes alike.
IMPACT_HUES = {"money": 120, "time": 210, "quality": 280, "safety": 0}


class CardDelegate(QStyledItemDelegate):
    """Draws a card: its title, then owner, tags, lap, impact and days in the column."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        metrics = QFontMetrics(option.font)
        height = 2 * MARGIN + 2 * PADDING + metrics.height() * 2 + 6 + metrics.height()
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

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(QPalette.ColorRole.Base)
        if selected:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            background = _mix(background, highlight, 0.25)
        border = palette.color(
            QPalette.ColorRole.Highlight if selected or focused else QPalette.ColorRole.Mid
        )
        painter.setPen(border)
        painter.setBrush(background)
        painter.drawRoundedRect(card, RADIUS, RADIUS)
        if row.impact_category in IMPACT_HUES:
            stripe = QColor.fromHsv(IMPACT_HUES[row.impact_category], 160, 200)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(stripe)
            painter.drawRoundedRect(QRectF(card.left(), card.top(), 5, card.height()), 2, 2)

        inner = card.toRect().adjusted(PADDING + 2, PADDING - 2, -PADDING, -PADDING + 2)
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title_metrics = QFontMetrics(title_font)
        title_rect = QRect(inner.left(), inner.top(), inner.width(), title_metrics.height() * 2)
        title = _elide_two_lines(row.title, title_metrics, inner.width())
        painter.drawText(title_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, title)

        painter.setFont(option.font)
        metrics = QFontMetrics(option.font)
        line = QRect(
            inner.left(), inner.bottom() - metrics.height(), inner.width(), metrics.height()
        )
        if row.pictures:
            mark = QRect(line.right() - PHOTO_MARK + 1, line.top(), PHOTO_MARK, line.height())
            _draw_photo_mark(painter, mark, palette.color(QPalette.ColorRole.PlaceholderText))
            line.setRight(mark.left() - 6)
        centred = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        note, done = self._loop_note(row)
        if note:  # what the loop asks of the card first, in a colour of its own
            painter.setPen(_loop_colour(palette, done))
            shown = metrics.elidedText(note, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(line, centred, shown)
            line.setLeft(line.left() + metrics.horizontalAdvance(shown + "  ·  "))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        if line.width() > 0:
            painter.drawText(
                line,
                centred,
                metrics.elidedText(
                    self._details(row, index), Qt.TextElideMode.ElideRight, line.width()
                ),
            )
        painter.restore()

    def _loop_note(self, row) -> tuple[str, bool]:
        """What the loop asks of the card now, and whether it is done: a standard to
        write, or how many of the team work to it ("5/8 on standard")."""
        if row.standard_note == NO_STANDARD:
            return self.tr("no standard"), False
        if row.standard_note == NEW_STANDARD:
            return self.tr("new standard not written"), False
        if row.confirmed is not None and row.team:
            note = self.tr("{0}/{1} on standard").format(row.confirmed, row.team)
            return note, row.confirmed >= row.team
        return "", False

    def _details(self, row, index) -> str:
        model = index.model()
        parts = []
        if row.owner:
            parts.append(row.owner)
        tags = split_tags(row.tags)
        if tags:
            parts.append(" ".join(f"#{tag}" for tag in tags))
        if row.lap > 1:
            parts.append(self.tr("lap {0}").format(row.lap))
        if row.impact_category:
            parts.append(self.tr(row.impact_category))
        now = getattr(model, "now", None)
        if now is not None:
            days = max((now - row.entered_stage_at).days, 0)
            parts.append(self.tr("new here") if days == 0 else self.tr("{0} d here").format(days))
        return "  ·  ".join(parts)


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


def _elide_two_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """The text as it fits in two wrapped lines, the second elided if need be."""
    words = text.split()
    first = ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first and words:  # one word longer than the line
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    rest = " ".join(words)
    if not rest:
        return first
    return f"{first}\n{metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)}"
