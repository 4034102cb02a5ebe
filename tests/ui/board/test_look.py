"""How the board looks and reads: cards (titles, chips, initials, waiting), column headers
and empty columns, zoom and full screen, the impact legend, the sample board."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage

from kaizen_board import ops, paths
from kaizen_board.stages import Stage
from kaizen_board.ui.board.card_delegate import (
    TITLE_LINES,
    impact_colour,
    initials,
    waiting_text,
    wrapped_title,
)
from kaizen_board.ui.board.stage_model import CardRowRole

LONG_TITLE = (
    "Colour-code air hoses by pressure so that the fitters on the night shift never "
    "connect a 6-bar tool to the 10-bar line again"
)


@pytest.fixture
def metrics(qapp) -> QFontMetrics:
    font = QFont(qapp.font())
    font.setBold(True)
    return QFontMetrics(font)


def test_a_long_title_wraps_to_three_lines_between_words_and_ends_with_an_ellipsis(metrics):
    width = metrics.horizontalAdvance("Colour-code air hoses by pressure")
    lines = wrapped_title(LONG_TITLE, metrics, width, TITLE_LINES).split("\n")
    assert len(lines) == TITLE_LINES
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert lines[-1].endswith("…")
    words = LONG_TITLE.split()
    shown = " ".join(lines).removesuffix("…").split()
    assert shown[:-1] == words[: len(shown) - 1], "cut between words, never inside one"
    assert words[len(shown) - 1].startswith(shown[-1])


def test_a_short_title_is_shown_whole_and_a_word_too_long_for_a_line_is_cut_with_an_ellipsis(
    metrics,
):
    assert wrapped_title("Spill kit", metrics, 300, TITLE_LINES) == "Spill kit"
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze"
    width = metrics.horizontalAdvance(word) // 3
    lines = wrapped_title(f"{word} ahoy", metrics, width, TITLE_LINES).split("\n")
    assert lines[0].endswith("…")
    assert metrics.horizontalAdvance(lines[0]) <= width


def test_initials_and_waiting_read_as_a_person_says_them():
    assert initials("Aiko Tanaka") == "AT"
    assert initials("Priya") == "P"
    assert initials("maria de la López") == "ML"
    assert initials("田中 愛子") == "田愛"
    assert waiting_text(3) == ""  # it does not matter yet
    assert waiting_text(7) == "waiting 1 week"
    assert waiting_text(25) == "waiting 3 weeks"
    assert waiting_text(75) == "waiting 2 months"


def card_image(window, stage: Stage, title: str) -> QImage:
    view = window.board_widget.columns[stage].view
    model = view.model()
    (index,) = (
        model.index(row) for row in range(model.rowCount()) if model.index(row).data() == title
    )
    return view.viewport().grab(view.visualRect(index)).toImage()


def colours_in(image: QImage) -> set[tuple[int, int, int]]:
    found = set()
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            colour = image.pixelColor(x, y)
            found.add((colour.red(), colour.green(), colour.blue()))
    return found


def close_to(colours, wanted: QColor, tolerance: int = 12) -> bool:
    target = (wanted.red(), wanted.green(), wanted.blue())
    return any(
        all(abs(a - b) <= tolerance for a, b in zip(colour, target, strict=True))
        for colour in colours
    )


def test_a_card_shows_its_owner_as_coloured_initials_and_its_impact_as_its_edge(
    qtbot, store, board, make_window
):
    from kaizen_board.ui.board.card_delegate import name_hue

    ops.add_card(store, board.id, "Shadow board", owner="Aiko Tanaka", impact_category="safety")
    ops.add_card(store, board.id, "Two-bin kanban")
    window = make_window(store, board)
    window.resize(1200, 700)
    owned = colours_in(card_image(window, Stage.STANDARD, "Shadow board"))
    plain = colours_in(card_image(window, Stage.STANDARD, "Two-bin kanban"))
    circle = QColor.fromHsl(name_hue("Aiko Tanaka"), 150, 105)
    assert close_to(owned, circle)
    assert close_to(owned, impact_colour("safety"))
    assert not close_to(plain, circle)
    assert not close_to(plain, impact_colour("safety"))
    model = window.board_widget.models[Stage.STANDARD]
    (tip,) = (
        model.index(row).data(Qt.ItemDataRole.ToolTipRole)
        for row in range(model.rowCount())
        if model.index(row).data() == "Shadow board"
    )
    assert "Owner: Aiko Tanaka" in tip
    assert "Impact: safety" in tip


def test_headers_show_the_limit_as_count_over_limit_and_a_search_as_of(
    qtbot, store, board, make_window
):
    for title in ("One", "Two", "Three"):
        ops.add_card(store, board.id, title)
    ops.set_wip_limit(store, board.id, Stage.STANDARD, 5)
    window = make_window(store, board)
    column = window.board_widget.columns[Stage.STANDARD]
    assert column.header.text().endswith("3 / 5")
    assert "limit 5" in column.header.toolTip()
    window.board_widget.search.setText("two")
    qtbot.waitUntil(lambda: column.header.text().endswith("1 of 3"))
    window.board_widget.search.clear()
    qtbot.waitUntil(lambda: column.header.text().endswith("3 / 5"))
    assert column.remove_limit.isEnabled()
    column.remove_limit.trigger()
    qtbot.waitUntil(lambda: column.header.text().endswith("3"))
    assert ops.wip_limits(store, board.id)[Stage.STANDARD] is None
    assert not column.remove_limit.isEnabled()


def test_every_columns_first_card_is_at_the_same_height(qtbot, store, board, make_window):
    for stage in Stage:
        ops.add_card(store, board.id, f"A card of {stage.value}", stage=stage)
    window = make_window(store, board)
    tops = {
        stage: column.view.mapTo(window, column.view.visualRect(column.model.index(0)).topLeft())
        for stage, column in window.board_widget.columns.items()
    }
    assert len({point.y() for point in tops.values()}) == 1, tops
    capture = window.board_widget.capture.height()
    for _ in range(5):  # zoomed in: the quick capture grows
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.board_widget.capture.height() > capture)
    qtbot.waitUntil(
        lambda: (
            len(
                {
                    column.view.mapTo(
                        window, column.view.visualRect(column.model.index(0)).topLeft()
                    ).y()
                    for column in window.board_widget.columns.values()
                }
            )
            == 1
        )
    )


def test_empty_columns_say_what_belongs_in_them_and_a_new_board_what_to_do_first(
    qtbot, store, board, make_window
):
    window = make_window(store, board)
    columns = window.board_widget.columns
    assert "Type your first idea above" in columns[Stage.STANDARD].empty_text()
    assert "sample board" in columns[Stage.STANDARD].empty_text()
    assert "trial" in columns[Stage.IMPROVE].empty_text()
    ops.add_card(store, board.id, "Spill kit", stage=Stage.IMPROVE)
    window.board_widget.reload()
    qtbot.waitUntil(lambda: columns[Stage.IMPROVE].model.rowCount() == 1)
    assert "Type your first idea" not in columns[Stage.STANDARD].empty_text()
    assert "next lap" in columns[Stage.STANDARD].empty_text()
    window.board_widget.search.setText("nothing like it")
    qtbot.waitUntil(lambda: columns[Stage.IMPROVE].model.rowCount() == 0)
    assert "matches the search" in columns[Stage.IMPROVE].empty_text()
    # And it is painted: the empty column is not blank.
    image = columns[Stage.MEET].view.viewport().grab().toImage()
    base = columns[Stage.MEET].view.palette().color(columns[Stage.MEET].view.backgroundRole())
    assert len(colours_in(image) - {(base.red(), base.green(), base.blue())}) > 3


def test_zoom_enlarges_the_board_is_remembered_and_goes_back(
    qtbot, store, board, make_window, settings
):
    ops.add_card(store, board.id, "Shadow board")
    window = make_window(store, board)
    view = window.board_widget.columns[Stage.STANDARD].view
    size = view.font().pointSizeF()
    height = view.sizeHintForRow(0)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSizeF() == pytest.approx(size * 1.2)
    assert view.sizeHintForRow(0) > height
    assert int(settings.value("zoom")) == 120
    window.close()
    again = make_window(store, board)  # the next start
    view = again.board_widget.columns[Stage.STANDARD].view
    assert view.font().pointSizeF() == pytest.approx(size * 1.2)
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSizeF() == pytest.approx(size)
    assert int(settings.value("zoom")) == 100


def test_f11_shows_the_board_full_screen_and_back(qtbot, store, board, make_window):
    window = make_window(store, board)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.full_screen_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_the_impact_colours_have_a_legend_in_the_status_bar(qtbot, store, board, make_window):
    from kaizen_board.ui.board.legend import ImpactLegend

    window = make_window(store, board)
    legend = window.statusBar().findChild(ImpactLegend)
    assert legend.isVisible()
    for category in ("money", "time", "quality", "safety"):
        assert category in legend.text()
        assert impact_colour(category).name() in legend.text()


def test_the_sample_board_is_made_once_and_opened(qtbot, store, board, make_window):
    window = make_window(store, board)
    assert not paths.demo_database_path().exists()
    assert window.open_sample_board()
    assert paths.demo_database_path().exists()
    assert window.store.location == str(paths.demo_database_path())
    columns = window.board_widget.columns
    qtbot.waitUntil(lambda: all(column.model.total_all for column in columns.values()))
    assert sum(column.model.total_all for column in columns.values()) <= 60
    assert window.open_sample_board()  # there already: opened as it is


def test_a_card_waiting_weeks_says_so_in_words(qtbot, store, board, make_window, clock):
    ops.add_card(store, board.id, "Old idea")
    clock.advance(timedelta(days=23))
    window = make_window(store, board)
    delegate = window.board_widget.columns[Stage.STANDARD].view.itemDelegate()
    model = window.board_widget.models[Stage.STANDARD]
    row = model.index(0).data(CardRowRole)
    assert "waiting 3 weeks" in delegate._details(row, model.index(0))


def test_a_right_click_on_a_card_offers_what_the_keyboard_does(qtbot, store, board, make_window):
    ops.add_card(store, board.id, "Shadow board")
    window = make_window(store, board)
    view = window.board_widget.columns[Stage.STANDARD].view
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    texts = [action.text().replace("&", "") for action in view.actions()]
    assert texts[:2] == ["Open card", "Move to next stage"]
    assert "Archive" in texts
    assert all(action.shortcuts() for action in view.actions()), "each has its keys"


def test_one_selection_at_a_time_and_the_active_column_shows_it(qtbot, store, board, make_window):
    from tests.ui.helpers import select

    ops.add_card(store, board.id, "Shadow board")
    ops.add_card(store, board.id, "Spill kit", stage=Stage.IMPROVE)
    window = make_window(store, board)
    columns = window.board_widget.columns
    select(window, Stage.STANDARD, "Shadow board")
    assert columns[Stage.STANDARD].active
    assert "palette(highlight)" in columns[Stage.STANDARD].header.styleSheet()
    select(window, Stage.IMPROVE, "Spill kit")
    assert window.board_widget.selected_ids(Stage.STANDARD) == []
    assert not columns[Stage.STANDARD].active
    assert "palette(highlight)" not in columns[Stage.STANDARD].header.styleSheet()
    assert columns[Stage.IMPROVE].active


def test_a_move_and_an_archive_are_said_in_the_status_bar_with_their_undo(
    qtbot, store, board, make_window
):
    from tests.ui.helpers import select

    ops.add_card(store, board.id, "Shadow board")
    window = make_window(store, board)
    select(window, Stage.STANDARD, "Shadow board")
    qtbot.keyClick(
        window.board_widget.active_view(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    message = window.statusBar().currentMessage()
    assert "Shadow board" in message
    assert message.endswith("Ctrl+Z undoes it.")
    qtbot.keyClick(window.board_widget.active_view(), Qt.Key.Key_Delete)
    assert "Ctrl+Z undoes it." in window.statusBar().currentMessage()
    assert "rchive" in window.statusBar().currentMessage()


def test_a_first_run_points_to_the_help_which_explains_the_loop_and_the_marks(
    qtbot, store, board, make_window, monkeypatch
):
    from kaizen_board.ui.dialogs import help_dialog

    window = make_window(store, board)
    assert window.statusBar().currentMessage() == "New here? Press F1 for how the board works."
    pages = []
    monkeypatch.setattr(help_dialog.HelpDialog, "exec", lambda dialog: pages.append(dialog))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(pages) == 1
    text = pages[0].page.toPlainText()
    for words in ("Meet the standard", "lap", "improvement", "initials", "Ctrl+K", "F11"):
        assert words in text
    for category in ("money", "time", "quality", "safety"):
        assert category in text
    assert window.statusBar().currentMessage() == ""
    window.close()
    again = make_window(store, board)  # read once: not pointed to again
    assert again.statusBar().currentMessage() == ""


def test_a_card_captured_while_a_search_hides_it_is_not_lost_without_a_word(
    qtbot, store, board, make_window
):
    ops.add_card(store, board.id, "Shadow board")
    window = make_window(store, board)
    widget = window.board_widget
    widget.search.setText("shadow")
    qtbot.waitUntil(lambda: bool(widget.models[Stage.STANDARD].search))
    qtbot.keyClicks(widget.capture, "Shadow board for the drills")  # it matches: shown
    qtbot.keyClick(widget.capture, Qt.Key.Key_Return)
    assert "hides" not in window.statusBar().currentMessage()
    qtbot.keyClicks(widget.capture, "Spill kit")
    qtbot.keyClick(widget.capture, Qt.Key.Key_Return)
    assert "the search hides them" in window.statusBar().currentMessage()
    assert "Added 1 card to the top of Standard" in window.statusBar().currentMessage()


def test_a_title_too_long_is_said_as_it_is_typed(qtbot, store, board, make_window):
    window = make_window(store, board)
    widget = window.board_widget
    widget.capture.setText("x" * 201)
    assert widget.capture_hint.isVisibleTo(window)
    assert "at most 200 characters; this one has 201" in widget.capture_hint.text()
    widget.capture.setText("x" * 200)
    assert not widget.capture_hint.isVisibleTo(window)
