"""Backups, restores, damaged files and failures, as the window handles them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from kaizen_board.store.backups import list_backups, take_backup
from kaizen_board.store.restore import backup_now, restore_backup
from kaizen_board.ui import app as gui_app
from kaizen_board.ui import crash, data_safety
from kaizen_board.ui.dialogs import backup_dialogs
from tests.helpers import dump
from tests.store.test_damage import wreck_inside
from tests.ui.helpers import shown


def test_restore_from_backup_asks_then_replaces_and_keeps_the_state_before(
    qtbot, store, board, db_path, make_window, monkeypatch
):
    ops.add_card(store, board.id, "In the backup")
    backup = backup_now(store)
    ops.add_card(store, board.id, "Added later")
    window = make_window(store, board)
    asked = []
    monkeypatch.setattr(
        backup_dialogs.RestoreDialog,
        "exec",
        lambda dialog: (dialog.accept(), dialog.DialogCode.Accepted)[1],
    )
    monkeypatch.setattr(
        backup_dialogs.QMessageBox,
        "question",
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    window.safety.restore_from_backup()
    assert backup.name in asked[0]
    assert shown(window, Stage.STANDARD) == ["In the backup"]
    assert any(path.name.endswith("-before-restore.sqlite") for path in list_backups(db_path))
    assert window.controller.undo_stack.count() == 0


def test_declining_the_restore_changes_nothing(qtbot, store, board, make_window, monkeypatch):
    ops.add_card(store, board.id, "Kept")
    backup_now(store)
    ops.add_card(store, board.id, "Also kept")
    window = make_window(store, board)
    monkeypatch.setattr(
        backup_dialogs.RestoreDialog,
        "exec",
        lambda dialog: (dialog.accept(), dialog.DialogCode.Accepted)[1],
    )
    monkeypatch.setattr(
        backup_dialogs.QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No
    )
    window.safety.restore_from_backup()
    assert shown(window, Stage.STANDARD) == ["Kept", "Also kept"]


def test_the_daily_backup_runs_in_the_background(qtbot, store, board, db_path, make_window):
    ops.add_card(store, board.id, "Backed up")
    window = make_window(store, board)
    window.safety.start_daily_backup()
    with qtbot.waitSignal(window.safety.backup_thread.done, timeout=10_000) as done:
        pass
    assert Path(done.args[0]).is_file()
    assert list_backups(db_path) == [Path(done.args[0])]


@pytest.mark.parametrize("damage", ["header page", "pages inside"])
def test_a_damaged_database_at_start_is_set_aside_and_its_newest_backup_offered(
    qtbot, tmp_path, clock, monkeypatch, settings, damage
):
    path = tmp_path / "board.sqlite"
    store = open_store(path, clock=clock)
    board = ops.default_board(store)
    ops.add_card(store, board.id, "Saved in the backup")
    backup_now(store)
    for number in range(300):  # pages enough that damage inside leaves the header whole
        ops.add_card(store, board.id, f"Later {number}", description="x" * 300)
    store.close()
    if damage == "header page":
        data = bytearray(path.read_bytes())
        data[100:4096] = b"\xff" * 3996
        path.write_bytes(bytes(data))
    else:
        wreck_inside(path)
    wrecked = path.read_bytes()
    questions = []
    monkeypatch.setattr(
        gui_app.QMessageBox,
        "question",
        lambda *args: questions.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    window = gui_app.start_window(QApplication.instance(), str(path), None, settings)
    qtbot.addWidget(window)
    assert "is damaged" in questions[0]
    assert "Restore the newest backup now?" in questions[0]
    assert [card.title for card in ops.list_cards(window.store, 1)] == ["Saved in the backup"]
    [aside] = [p for p in tmp_path.glob("board.sqlite.damaged-*") if p.name[-1].isdigit()]
    assert aside.read_bytes() == wrecked  # kept as it was, never deleted
    window.store.close()


def test_a_mistyped_db_is_not_made_unless_the_user_says_so(qtbot, tmp_path, settings, monkeypatch):
    typo = tmp_path / "typo" / "bord.sqlite"
    said = []

    def answer(choice):
        def ask(_app, missing):
            said.append(str(missing))
            return choice

        return ask

    from PySide6.QtCore import QTimer

    asked = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        asked.append((box.text(), [button.text() for button in box.buttons()]))
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(20, read_and_close)
    assert gui_app.start_window(QApplication.instance(), str(typo), None, settings) is None
    [(text, buttons)] = asked
    assert f"There is no database at {typo}." in text  # said as a window says it
    assert "kaizen-board add" not in text
    assert {"&Make a new board", "Open &another…"} <= set(buttons)
    monkeypatch.setattr(gui_app, "ask_to_create", answer("quit"))
    assert gui_app.start_window(QApplication.instance(), str(typo), None, settings) is None
    assert "there is no database at" in said[0]
    assert str(typo) in said[0]
    assert not typo.parent.exists()  # nothing made: no folder, no file, no backups
    monkeypatch.setattr(gui_app, "ask_to_create", answer("create"))
    window = gui_app.start_window(QApplication.instance(), str(typo), None, settings)
    qtbot.addWidget(window)
    assert typo.is_file()
    window.store.close()


def test_a_failure_is_logged_and_shown_once(qtbot, tmp_path, monkeypatch):
    shown_messages = []
    monkeypatch.setattr(
        crash.QMessageBox, "critical", lambda _parent, _title, text: shown_messages.append(text)
    )
    log = crash.install(tmp_path / "data")
    try:
        for attempt in range(2):
            try:
                raise ValueError(f"broken slot {attempt}")
            except ValueError as error:
                crash.report(type(error), error, error.__traceback__)
    finally:
        crash.uninstall()
    text = log.read_text()
    assert "ValueError: broken slot 0" in text
    assert "ValueError: broken slot 1" in text
    assert len(shown_messages) == 1
    assert str(log) in shown_messages[0]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_log_and_the_board_stays_usable(
    qtbot, store, board, make_window, tmp_path, monkeypatch
):
    monkeypatch.setattr(crash.QMessageBox, "critical", lambda *args: None)
    log = crash.install(tmp_path / "data")
    try:
        window = make_window(store, board)

        def broken():
            raise RuntimeError("a bug in a slot")

        window.board_widget.capture.returnPressed.connect(broken)
        window.board_widget.capture.setText("Still saved")
        window.board_widget.capture.returnPressed.emit()
        qtbot.waitUntil(lambda: "a bug in a slot" in log.read_text())
    finally:
        crash.uninstall()
    assert shown(window, Stage.STANDARD) == ["Still saved"]


def test_the_restore_dialog_names_each_backup_by_why_it_was_taken(
    qtbot, store, board, db_path, clock
):
    take_backup(store, clock.now(), reason="before-v1-to-v2")
    clock.advance(timedelta(minutes=1))
    take_backup(store, clock.now(), reason="before-restore")
    clock.advance(timedelta(minutes=1))
    take_backup(store, clock.now())
    dialog = backup_dialogs.RestoreDialog(db_path)
    qtbot.addWidget(dialog)
    labels = [dialog.backups.item(row).text() for row in range(dialog.backups.count())]
    assert [label.split("   ")[1] for label in labels] == [
        "daily",
        "before a restore",
        "before the upgrade from version 1 to 2",
    ]


def test_damage_inside_the_open_database_is_found_in_the_background_and_recovered(
    qtbot, tmp_path, clock, make_window, monkeypatch, errors
):
    from tests.store.test_damage import board_with_cards, wreck_inside

    path = tmp_path / "board.sqlite"
    board_with_cards(path, clock, count=400)  # backed up before "after the backup" was added
    store = open_store(path, clock=clock)
    board = ops.default_board(store)
    window = make_window(store, board)
    wreck_inside(path)
    questions = []
    monkeypatch.setattr(
        data_safety.QMessageBox,
        "question",
        lambda *args: questions.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    window.safety.start_daily_backup()
    qtbot.waitUntil(lambda: bool(questions), timeout=10_000)
    assert "is damaged" in questions[0]
    assert "restore the newest backup" in questions[0]
    qtbot.waitUntil(lambda: window.store.location == str(path) and path.exists(), timeout=10_000)
    assert len(list(ops.list_cards(window.store, 1))) == 400
    assert len(list(tmp_path.glob("board.sqlite.damaged-*"))) == 1
    assert errors == []
    window.close()


def test_a_restore_elsewhere_clears_the_undo_history_and_ids_are_not_reused(
    qtbot, store, board, db_path, clock, make_window, errors
):
    backup = backup_now(store)
    window = make_window(store, board)
    window.board_widget.capture.setText("Added in the window")
    window.board_widget.capture.returnPressed.emit()
    [mine] = ops.list_cards(store, board.id)
    # The command line restores the older backup, then adds a card of its own.
    other = open_store(db_path, clock=clock, member_name="Kenji")
    restore_backup(other, backup)
    theirs = ops.add_card(other, board.id, "Added by Kenji").card_id
    other.close()
    assert theirs != mine.id
    window.session.live._on_timer()
    assert window.controller.undo_stack.count() == 0
    assert "restored from a backup" in errors[0]
    assert shown(window, Stage.STANDARD) == ["Added by Kenji"]


def test_a_change_waits_for_another_writer_while_the_window_keeps_painting(
    qtbot, store, board, db_path, make_window, monkeypatch
):
    import threading

    from PySide6.QtCore import QTimer

    from tests.helpers import WriteLockHolder

    window = make_window(store, board)
    ticks = []
    timer = QTimer(window, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    states = []
    window.controller.waiting.connect(states.append)
    holder = WriteLockHolder(db_path)
    threading.Timer(0.6, holder.release).start()
    window.board_widget.capture.setText("Saved once the lock is free")
    window.board_widget.capture.returnPressed.emit()
    assert shown(window, Stage.STANDARD) == ["Saved once the lock is free"]
    assert states[0] is True
    assert states[-1] is False
    assert len(ticks) >= 10  # the event loop ran while it waited: no frozen window
    assert QApplication.overrideCursor() is None


def test_a_change_blocked_too_long_by_another_writer_is_given_up_with_a_message(
    qtbot, store, board, db_path, make_window, monkeypatch, errors
):
    from kaizen_board.ui import controller
    from tests.helpers import WriteLockHolder

    monkeypatch.setattr(controller, "WAIT_SECONDS", 0.5)
    window = make_window(store, board)
    before = dump(db_path)
    with WriteLockHolder(db_path):
        window.board_widget.capture.setText("Never saved")
        window.board_widget.capture.returnPressed.emit()
    assert "is busy: another window or command kept it locked" in errors[0]
    assert window.board_widget.capture.text() == "Never saved"  # kept to try again
    assert dump(db_path) == before


def test_a_restore_in_the_window_waits_visibly_for_another_writer_then_gives_up(
    qtbot, store, board, db_path, make_window, monkeypatch, errors
):
    from PySide6.QtCore import QTimer

    from kaizen_board.store import restore
    from tests.helpers import WriteLockHolder

    ops.add_card(store, board.id, "In the backup")
    backup = backup_now(store)
    ops.add_card(store, board.id, "Added later")
    monkeypatch.setattr(restore, "WAIT_SECONDS", 1.0)
    window = make_window(store, board)
    ticks = []
    timer = QTimer(window, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with WriteLockHolder(db_path):
        assert window.safety.restore(backup) is None
    assert "so nothing was restored" in errors[0]
    assert len(ticks) >= 10
    assert shown(window, Stage.STANDARD) == ["In the backup", "Added later"]
    ops.add_card(window.store, board.id, "The window still works")


def test_a_restore_waiting_for_another_writer_can_be_cancelled_and_changes_nothing(
    qtbot, store, board, db_path, make_window, monkeypatch, errors
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from kaizen_board.store import restore
    from tests.helpers import WriteLockHolder

    ops.add_card(store, board.id, "In the backup")
    backup = backup_now(store)
    ops.add_card(store, board.id, "Added later")
    monkeypatch.setattr(restore, "WAIT_SECONDS", 60.0)
    window = make_window(store, board)
    said = []

    def cancel_when_shown() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        shown_now = [d for d in dialogs if d.isVisible() and "Waiting" in d.labelText()]
        if not shown_now:
            QTimer.singleShot(50, cancel_when_shown)
            return
        said.append(shown_now[0].labelText())
        [button] = shown_now[0].findChildren(QPushButton)
        button.click()  # as the user does

    QTimer.singleShot(50, cancel_when_shown)
    with WriteLockHolder(db_path):
        assert window.safety.restore(backup) is None
    assert "another window or command" in said[0]
    assert "cancelled: nothing was changed" in errors[0]
    assert shown(window, Stage.STANDARD) == ["In the backup", "Added later"]
    assert window.controller.read_only is None
    assert window.controller.add_card("The window still works") is not None
