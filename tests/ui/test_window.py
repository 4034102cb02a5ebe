"""The window around the board: boards, settings, other writers, databases, errors."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.ui.database_session import remembered_board
from tests.ui.helpers import shown


def test_boards_are_created_switched_and_the_last_one_opens_next_time(
    qtbot, store, board, make_window, settings, monkeypatch
):
    ops.add_card(store, board.id, "On the first board")
    window = make_window(store, board)
    monkeypatch.setattr(
        "kaizen_board.ui.mainwindow.QInputDialog.getText", lambda *args, **kw: ("Office", True)
    )
    window.new_board()
    assert window.controller.board.name == "Office"
    assert shown(window, Stage.STANDARD) == []
    assert "Office" in window.windowTitle()
    assert [
        window.toolbar.board_box.itemText(n) for n in range(window.toolbar.board_box.count())
    ] == [
        "Kaizen",
        "Office",
    ]
    monkeypatch.setattr(
        "kaizen_board.ui.mainwindow.QInputDialog.getText",
        lambda *args, **kw: ("Office 2", True),
    )
    window.rename_board()
    window.close()
    assert remembered_board(store, settings).name == "Office 2"
    window.switch_board(board)
    assert shown(window, Stage.STANDARD) == ["On the first board"]


def test_window_size_and_column_widths_are_remembered(qtbot, store, board, make_window):
    window = make_window(store, board)
    window.resize(760, 560)  # within the offscreen screen's 800 x 600
    window.board_widget.splitter.setSizes([300, 140, 140, 140])
    sizes = window.board_widget.splitter.sizes()
    window.close()
    again = make_window(store, board)
    assert (again.width(), again.height()) == (760, 560)
    assert again.board_widget.splitter.sizes() == sizes


@pytest.mark.slow  # whole processes
def test_a_change_from_the_command_line_shows_within_two_seconds(
    qtbot, store, board, db_path, make_window
):
    window = make_window(store, board)
    env = {**os.environ, "KAIZEN_BOARD_DB": str(db_path)}
    added = subprocess.run(
        [sys.executable, "-m", "kaizen_board", "add", "From the shell", "--stage", "meet"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    card_id = int(added.stdout)
    qtbot.waitUntil(lambda: shown(window, Stage.MEET) == ["From the shell"], timeout=2000)
    subprocess.run(
        [sys.executable, "-m", "kaizen_board", "move", str(card_id), "improve"],
        env=env,
        check=True,
    )
    qtbot.waitUntil(lambda: shown(window, Stage.IMPROVE) == ["From the shell"], timeout=2000)


def test_opening_another_database_switches_and_a_bad_one_is_refused(
    qtbot, store, board, tmp_path, make_window, errors, clock
):
    window = make_window(store, board)
    other_path = tmp_path / "other.sqlite"
    from kaizen_board.store import open_store

    other = open_store(other_path, clock=clock)
    ops.add_card(other, ops.default_board(other).id, "In the other file")
    other.close()
    told = []
    window.controller.operation_did_execute.connect(told.append)
    assert window.open_location(str(other_path))
    assert shown(window, Stage.STANDARD) == ["In the other file"]
    assert told[-1].everything  # every screen hears of it through the one broadcast
    bad = tmp_path / "notes.txt"
    bad.write_text("not a board")
    assert not window.open_location(str(bad))
    assert "is not a Kaizen Board database" in errors[-1]
    assert window.store.location == str(other_path)  # still working on the good one
    assert shown(window, Stage.STANDARD) == ["In the other file"]


def test_the_window_follows_the_palette(qtbot, store, board, make_window):
    from PySide6.QtGui import QColor, QPalette

    ops.add_card(store, board.id, "Readable in the dark")
    window = make_window(store, board)
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Window, "#2b2b2b"),
    ):
        dark.setColor(role, QColor(colour))
    window.setPalette(dark)
    view = window.board_widget.columns[Stage.STANDARD].view
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(0))
    centre = image.pixelColor(rect.center().x() + rect.width() // 3, rect.center().y())
    assert centre.lightness() < 80  # the card is painted with the dark base, not white


def test_settings_live_where_the_readme_says_and_earlier_ones_are_taken_over(
    qapp, tmp_path, monkeypatch
):
    from kaizen_board import paths

    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    earlier = config / "Unknown Organization" / "kaizen-board.conf"
    earlier.parent.mkdir(parents=True)
    earlier.write_text("[General]\nmember=Aiko\n")
    settings = paths.settings()
    assert settings.fileName() == str(config / "kaizen-board.conf")
    assert settings.value("member") == "Aiko"
    settings.setValue("member", "Kenji")
    settings.sync()
    assert "Kenji" in (config / "kaizen-board.conf").read_text()


def test_two_windows_on_different_files_are_told_apart_by_their_titles(
    qtbot, store, board, make_window, tmp_path
):
    from kaizen_board.store import open_store

    other = open_store(tmp_path / "office.sqlite", member_name="Tester")
    try:
        first = make_window(store, board)
        second = make_window(other, ops.ensure_board(other, "Kaizen"))
        assert first.windowTitle() == "Kaizen — board.sqlite — Kaizen Board"
        assert second.windowTitle() == "Kaizen — office.sqlite — Kaizen Board"
    finally:
        other.close()


def test_a_team_servers_place_is_its_host_and_database_never_a_password():
    from kaizen_board.ui.mainwindow import place_name

    assert place_name("postgresql://aiko:tomato@db.example.org:5432/kaizen") == (
        "db.example.org/kaizen"
    )
    assert place_name("/home/aiko/boards/line 2.sqlite") == "line 2.sqlite"


@pytest.mark.parametrize("answer", [True, False])
def test_a_board_is_deleted_once_asked_after_a_backup_and_another_is_shown(
    qtbot, store, board, make_window, monkeypatch, db_path, answer
):
    from kaizen_board.ui import mainwindow

    ops.add_card(store, board.id, "Shadow board")
    ops.add_card(store, board.id, "Spill kit")
    office = ops.create_board(store, "Office").board
    ops.add_card(store, office.id, "Two-bin kanban")
    window = make_window(store, board)
    asked = []
    monkeypatch.setattr(
        mainwindow,
        "ask_to_delete_board",
        lambda _parent, name, cards, backed_up: asked.append((name, cards, backed_up)) or answer,
    )
    assert window.delete_board() == answer
    assert asked == [("Kaizen", 2, True)]
    if not answer:
        assert [b.name for b in ops.list_boards(store)] == ["Kaizen", "Office"]
        return
    assert [b.name for b in ops.list_boards(store)] == ["Office"]
    assert window.controller.board.name == "Office"
    assert shown(window, Stage.STANDARD) == ["Two-bin kanban"]
    assert "Office" in window.windowTitle()
    backups = list((db_path.parent / "backups").iterdir())
    assert len(backups) == 1
    assert str(backups[0]) in window.statusBar().currentMessage()
    assert not window.controller.undo_stack.canUndo()
    from kaizen_board.store import open_store

    before = open_store(backups[0], member_name="Tester")  # the backup has it all
    try:
        kaizen = ops.find_board(before, "Kaizen")
        assert ops.column_count(before, kaizen.id, Stage.STANDARD) == 2
    finally:
        before.close()


def test_the_only_board_is_not_deleted_and_the_window_says_why(
    qtbot, store, board, make_window, monkeypatch, errors
):
    from kaizen_board.ui import mainwindow

    window = make_window(store, board)
    monkeypatch.setattr(mainwindow, "ask_to_delete_board", lambda *args: True)
    assert not window.delete_board()
    assert any("the only board" in error for error in errors)
    assert [b.name for b in ops.list_boards(store)] == ["Kaizen"]
