"""Arabic and Hebrew on the board: a title runs right to left from the card's right edge,
the card editor's fields follow their text's direction, and a right-to-left window
mirrors the cards (the impact stripe on the right, the owner's initials on the left)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.ui.board.card_delegate import MARGIN, PADDING, impact_colour, name_hue
from kaizen_board.ui.dialogs.card_editor import CardEditor
from kaizen_board.ui.text_input import direction_of

LTR = Qt.LayoutDirection.LeftToRight
RTL = Qt.LayoutDirection.RightToLeft
ARABIC = "ترتيب الأدوات"  # "sorting the tools"
HEBREW = "סימון המדפים"  # "labelling the shelves"


@pytest.fixture
def right_to_left(qapp):
    """The application right to left, as when Arabic is the language chosen."""
    qapp.setLayoutDirection(RTL)
    yield
    qapp.setLayoutDirection(LTR)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (ARABIC, RTL),
        (HEBREW, RTL),
        ("Label the bins", LTR),
        ("改善", LTR),
        ("5S: ترتيب", LTR),  # "S" is the first strong letter
        ("2026 — ترتيب", RTL),  # digits and dashes are weak: the Arabic decides
        ("\u2067Label\u2069 ترتيب", RTL),  # a word in an isolate does not count
        ("2026", None),
        ("", None),
    ],
)
def test_a_text_runs_in_the_direction_of_its_first_strong_letter(text, direction):
    assert direction_of(text) == (direction or LTR)
    assert direction_of(text, RTL) == (direction or RTL)


def _card(window, title: str) -> tuple[QImage, QRect]:
    """The card titled `title` as the Standard column paints it, and the card's own
    rectangle (without the margin around it) in that picture."""
    view = window.board_widget.columns[Stage.STANDARD].view
    model = view.model()
    row = next(row for row in range(model.rowCount()) if model.card_at(row).title == title)
    rect = view.visualRect(model.index(row))
    image = view.viewport().grab(rect).toImage()
    return image, QRect(0, 0, rect.width(), rect.height()).adjusted(
        MARGIN, MARGIN, -MARGIN, -MARGIN
    )


def _columns(image: QImage, rows: range, wanted) -> list[int]:
    """The x of every column of `image` with a pixel in `rows` that is `wanted`."""
    return [
        x
        for x in range(image.width())
        if any(wanted(QColor(image.pixel(x, y))) for y in rows if 0 <= y < image.height())
    ]


def _ink(colour: QColor) -> bool:
    return colour.lightness() < 110  # the title's text on the card's light base


def _title_ink(image: QImage, card: QRect) -> tuple[int, int]:
    """Where the ink of the title's first line starts and ends, from the card's left."""
    top = card.top() + PADDING
    ink = _columns(image, range(top, top + 10), _ink)
    assert ink, "the title is drawn"
    return ink[0] - card.left(), ink[-1] - card.left()


def _hue_near(hue: int):
    def near(colour: QColor) -> bool:
        return colour.hslSaturation() > 60 and abs(colour.hslHue() - hue) <= 4

    return near


@pytest.mark.parametrize("title", [ARABIC, HEBREW])
def test_a_right_to_left_title_is_drawn_from_the_cards_right_edge(
    qtbot, store, board, make_window, title
):
    ops.add_card(store, board.id, title)
    ops.add_card(store, board.id, "Label the bins")
    window = make_window(store, board)
    image, card = _card(window, title)
    start, end = _title_ink(image, card)
    assert card.width() - end < PADDING + 6, "it ends at the right edge"
    assert start > card.width() / 3, "and does not reach the left"
    image, card = _card(window, "Label the bins")
    start, end = _title_ink(image, card)
    assert start < PADDING + 6
    assert end < card.width() * 2 / 3


def test_a_right_to_left_window_mirrors_the_cards(qtbot, store, board, make_window, right_to_left):
    for title in (ARABIC, "Label the bins", "2026"):
        ops.add_card(store, board.id, title, owner="Kenji", impact_category="money")
    window = make_window(store, board)
    assert window.layoutDirection() == RTL
    image, card = _card(window, ARABIC)
    middle = range(card.center().y() - 2, card.center().y() + 2)
    stripe = _columns(image, middle, _hue_near(impact_colour("money").hslHue()))
    assert stripe, "the impact stripe is drawn"
    assert min(stripe) > card.right() - 8, "on the right"
    footer = range(card.bottom() - PADDING - 12, card.bottom() - PADDING + 2)
    initials = _columns(image, footer, _hue_near(name_hue("Kenji")))
    assert initials, "the owner's initials are drawn"
    assert max(initials) < card.left() + PADDING + 30, "at the left end of the line"
    start, end = _title_ink(image, card)
    assert card.width() - end < PADDING + 6
    # A title in a left-to-right script still reads from the left; one with no letters
    # at all (a number) takes the window's direction.
    start, end = _title_ink(*_card(window, "Label the bins"))
    assert start < PADDING + 6
    start, end = _title_ink(*_card(window, "2026"))
    assert end > card.width() - PADDING - 6
    assert start > card.width() / 2


def _ink_span(widget: QWidget) -> tuple[int, int]:
    image = widget.grab().toImage()
    ink = _columns(image, range(image.height()), _ink)
    assert ink, "the text is drawn"
    return ink[0], ink[-1]


def test_the_editors_fields_follow_the_direction_of_their_text(qtbot, store, board, make_window):
    card_id = ops.add_card(store, board.id, ARABIC, description=HEBREW).card_id
    window = make_window(store, board)
    editor = CardEditor(window.controller, card_id, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    width = editor.title.width()
    start, _end = _ink_span(editor.title)
    assert start > width / 2, "the Arabic title from the right"
    description = editor.description.viewport()
    start, _end = _ink_span(description)
    assert start > description.width() / 2, "the Hebrew description from the right"
    editor.description.setPlainText("Wrenches on their outlines")
    _start, end = _ink_span(description)
    assert end < description.width() / 2, "an English one from the left"
    editor.description.setPlainText(f"{HEBREW}\nEnglish below")
    start, _end = _ink_span(description)
    assert start > description.width() / 3, "its first strong letter decides"


def test_a_field_without_letters_takes_the_direction_of_a_right_to_left_window(
    qtbot, store, board, make_window, right_to_left
):
    card_id = ops.add_card(store, board.id, "Label the bins").card_id
    window = make_window(store, board)
    editor = CardEditor(window.controller, card_id, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    description = editor.description.viewport()
    editor.description.setPlainText("2026")
    start, _end = _ink_span(description)
    assert start > description.width() / 2
    editor.description.setPlainText("Label the bins first")
    _start, end = _ink_span(description)
    assert end < description.width() / 2
