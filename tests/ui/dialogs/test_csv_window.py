"""Export and import from the window: progress, preview, and errors in a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.ui.dialogs import csv_dialogs
from tests.helpers import dump
from tests.ui.helpers import shown


def import_accepted(window, path, monkeypatch) -> None:
    """File > Import… of `path`, its preview accepted as it is."""
    monkeypatch.setattr(csv_dialogs, "ask_import_path", lambda *args: str(path))
    monkeypatch.setattr(
        csv_dialogs.ImportPreview, "exec", lambda dialog: QDialog.DialogCode.Accepted
    )
    window.import_csv()


def test_export_from_the_window_writes_the_board(store, board, make_window, tmp_path, monkeypatch):
    ops.add_card(store, board.id, "Exported idea")
    window = make_window(store, board)
    target = tmp_path / "board.csv"
    monkeypatch.setattr(csv_dialogs, "ask_export_path", lambda *args: (str(target), True))
    window.export_csv()
    assert target.read_bytes().startswith(b"\xef\xbb\xbfid,board,title")
    assert "Exported idea" in target.read_text(encoding="utf-8-sig")
    assert window.statusBar().currentMessage() == f"Exported 1 card to {target}"


def test_an_export_runs_off_the_windows_thread_and_cancel_writes_nothing(
    qtbot, store, board, make_window, tmp_path, monkeypatch
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from kaizen_board.ui import tasks
    from tests.helpers import add_cards_in_bulk

    add_cards_in_bulk(store, board.id, ({"title": f"idea {n}"} for n in range(60_000)))
    window = make_window(store, board)
    target = tmp_path / "board.csv"
    target.write_text("the file from before\n")
    monkeypatch.setattr(csv_dialogs, "ask_export_path", lambda *args: (str(target), False))
    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 0)
    clicked = []

    def cancel_when_shown() -> None:
        shown_now = [
            dialog
            for dialog in QApplication.topLevelWidgets()
            if isinstance(dialog, QProgressDialog) and dialog.isVisible()
        ]
        if not shown_now:
            QTimer.singleShot(5, cancel_when_shown)
            return
        clicked.append(shown_now[0].labelText())
        [button] = shown_now[0].findChildren(QPushButton)
        button.click()

    QTimer.singleShot(0, cancel_when_shown)
    window.export_csv()
    assert clicked == ["Exporting Kaizen…"]
    assert target.read_text() == "the file from before\n"  # left as it was
    assert window.statusBar().currentMessage() == "Export cancelled; nothing was written"
    assert not list(tmp_path.glob(".board.csv.*"))  # no part left behind


def test_import_shows_a_preview_then_adds_the_cards_to_the_board_shown(
    qtbot, store, board, make_window, tmp_path, monkeypatch
):
    path = tmp_path / "ideas.csv"
    path.write_text("title,stage,owner\nShadow board,improve,Aiko\nLabel bins,,\n")
    office = ops.create_board(store, "Office").board
    window = make_window(store, board)
    window.switch_board(office)
    monkeypatch.setattr(csv_dialogs, "ask_import_path", lambda *args: str(path))
    previews = []

    def look_then_accept(dialog):
        previews.append(
            (dialog.summary_label.text(), dialog.table.rowCount(), dialog.table.item(0, 0).text())
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(csv_dialogs.ImportPreview, "exec", look_then_accept)
    window.import_csv()
    assert previews == [
        (
            "Would import 2 cards into 'Office' (Standard 1, Improve 1).\nRead as: CSV, UTF-8",
            2,
            "Shadow board",
        )
    ]
    assert shown(window, Stage.IMPROVE) == ["Shadow board"]
    assert shown(window, Stage.STANDARD) == ["Label bins"]
    assert list(ops.list_cards(store, board.id)) == []


def test_an_import_cancelled_at_the_preview_adds_nothing(
    store, board, db_path, make_window, tmp_path, monkeypatch
):
    path = tmp_path / "ideas.csv"
    path.write_text("title\nNot wanted\n")
    window = make_window(store, board)
    monkeypatch.setattr(csv_dialogs, "ask_import_path", lambda *args: str(path))
    monkeypatch.setattr(
        csv_dialogs.ImportPreview, "exec", lambda dialog: QDialog.DialogCode.Rejected
    )
    before = dump(db_path)
    window.import_csv()
    assert dump(db_path) == before


def test_a_bad_file_shows_its_first_errors_and_changes_nothing(
    store, board, db_path, make_window, tmp_path, monkeypatch, errors
):
    path = tmp_path / "bad.csv"
    path.write_text(
        "id,board,title,stage,position\n1,Kaizen,ok,standard,0\n2,Kaizen,bad,sideways,1\n"
        "3,Kaizen,,meet,0\n"
    )
    window = make_window(store, board)
    monkeypatch.setattr(csv_dialogs, "ask_import_path", lambda *args: str(path))
    before = dump(db_path)
    window.import_csv()
    assert "line 3, stage: unknown stage 'sideways'" in errors[-1]
    assert "line 4, title: the title is empty" in errors[-1]
    assert dump(db_path) == before


def test_markup_in_a_files_column_names_and_cards_is_shown_as_text(
    qtbot, store, board, make_window, tmp_path
):
    from PySide6.QtCore import Qt

    from kaizen_board.transfer.importer import import_board
    from kaizen_board.ui.board.stage_model import StageModel

    image = tmp_path / "secret.png"
    image.write_bytes(b"\x89PNG")
    path = tmp_path / "hostile.csv"
    path.write_text(f"title,<h1>Big</h1>,\"<img src='{image}'>\"\n<b>Bold idea</b>,x,y\n")
    summary = import_board(store, path, dry_run=True)
    preview = csv_dialogs.ImportPreview(summary)
    qtbot.addWidget(preview)
    assert preview.summary_label.textFormat() == Qt.TextFormat.PlainText
    assert "<h1>Big</h1>" in preview.summary_label.text()
    assert preview.table.item(0, 0).text() == "<b>Bold idea</b>"
    ops.add_card(store, board.id, f"<img src='{image}'> and <b>bold</b>")
    model = StageModel(store, board.id, Stage.STANDARD)
    model.reload()
    tooltip = model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip
    assert "&lt;img src='" in tooltip


def test_an_error_message_with_markup_is_shown_as_written(
    qtbot, store, board, make_window, monkeypatch
):
    from kaizen_board.ui import mainwindow

    given = []
    monkeypatch.setattr(
        mainwindow.QMessageBox, "warning", lambda _parent, _title, text: given.append(text)
    )
    window = make_window(store, board)
    window.show_error("no board named '<b>Line 2</b>'")
    assert "<b>" not in given[0]
    assert "&lt;b&gt;Line 2&lt;/b&gt;" in given[0]


def test_an_import_waits_off_the_windows_thread_for_another_writer_to_finish(
    qtbot, store, board, db_path, make_window, tmp_path, monkeypatch, errors
):
    """Another window or command takes the write lock while the preview is read: the
    import waits for it on its own thread (the window painting meanwhile) and is made
    once the lock is free."""
    from PySide6.QtCore import QTimer

    from tests.helpers import WriteLockHolder

    path = tmp_path / "ideas.csv"
    path.write_text("title\nShadow board\nTwo bins\n")
    window = make_window(store, board)
    monkeypatch.setattr(csv_dialogs, "ask_import_path", lambda *args: str(path))
    holders = []

    def accept_as_another_writer_begins(_dialog):
        holders.append(WriteLockHolder(db_path))
        QTimer.singleShot(600, holders[0].release)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(csv_dialogs.ImportPreview, "exec", accept_as_another_writer_begins)
    ticks = []
    timer = QTimer(window, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    window.import_csv()
    holders[0].release()
    assert errors == []
    assert shown(window, Stage.STANDARD) == ["Shadow board", "Two bins"]
    assert len(ticks) >= 10  # the window's timers ran while the import waited
    assert window.controller.undo_stack.undoText() == "Import 2 cards from ideas.csv"


def test_an_import_cancelled_in_its_progress_dialog_stores_nothing(
    qtbot, store, board, db_path, make_window, tmp_path, monkeypatch, errors
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from kaizen_board.ui import tasks

    path = tmp_path / "many.csv"
    path.write_text("title\n" + "".join(f"Idea number {n}\n" for n in range(120_000)))
    ops.add_card(store, board.id, "Already here")
    before = dump(db_path)
    window = make_window(store, board)
    monkeypatch.setattr(csv_dialogs, "ask_import_path", lambda *args: str(path))
    monkeypatch.setattr(
        csv_dialogs.ImportPreview, "exec", lambda dialog: QDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 0)
    cancelled = []

    def cancel_the_import() -> None:
        shown_now = [
            dialog
            for dialog in QApplication.topLevelWidgets()
            if isinstance(dialog, QProgressDialog)
            and dialog.isVisible()
            and dialog.labelText().startswith("Importing")
        ]
        if not shown_now:
            QTimer.singleShot(5, cancel_the_import)
            return
        cancelled.append(shown_now[0].labelText())
        [button] = shown_now[0].findChildren(QPushButton)
        button.click()

    QTimer.singleShot(0, cancel_the_import)
    window.import_csv()
    assert cancelled == ["Importing many.csv…"]
    assert errors == []
    assert "cancelled: nothing was stored" in window.statusBar().currentMessage()
    assert dump(db_path) == before
    assert window.controller.undo_stack.count() == 0


def test_undoing_an_import_runs_off_the_windows_thread_and_waits_there_for_a_writer(
    qtbot, store, board, db_path, make_window, tmp_path, monkeypatch, errors
):
    from PySide6.QtCore import QTimer

    from tests.helpers import WriteLockHolder

    path = tmp_path / "ideas.csv"
    path.write_text("title\nShadow board\nTwo bins\n")
    window = make_window(store, board)
    import_accepted(window, path, monkeypatch)
    assert shown(window, Stage.STANDARD) == ["Shadow board", "Two bins"]
    ticks = []
    timer = QTimer(window, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    with WriteLockHolder(db_path) as holder:
        QTimer.singleShot(600, holder.release)
        timer.start()
        window.controller.undo_stack.undo()
    assert errors == []
    assert shown(window, Stage.STANDARD) == []
    assert len(ticks) >= 10  # the window's timers ran while the undo waited
    window.controller.undo_stack.redo()
    assert shown(window, Stage.STANDARD) == ["Shadow board", "Two bins"]


def test_the_preview_maps_each_list_and_the_counts_follow_a_change(qtbot, store, board, tmp_path):
    from kaizen_board.transfer.importer import import_board

    path = tmp_path / "trello.csv"
    path.write_text(
        "Card Name;List Name;Labels\n"
        "Shadow board;To Do;5S\nLabel bins;To Do;\nTool wall;Doing;\nOld idea;Done;\n",
        encoding="utf-8",
    )
    chosen = []

    def reread(options):
        chosen.append(options)
        return import_board(store, path, dry_run=True, **options.kwargs())

    preview = csv_dialogs.ImportPreview(import_board(store, path, dry_run=True), None, reread)
    qtbot.addWidget(preview)
    rows = {
        preview.mapping.item(row, 0).text(): preview.mapping.cellWidget(row, 2)
        for row in range(preview.mapping.rowCount())
    }
    assert {value: box.currentText() for value, box in rows.items()} == {
        "To Do": "Standard",
        "Doing": "Standard",
        "Done": "Archived",
    }
    assert "(Standard 3; 1 archived)" in preview.summary_label.text()
    rows["Doing"].setCurrentIndex(rows["Doing"].findData("improve"))
    assert chosen[-1].mapping == {"To Do": "standard", "Doing": "improve", "Done": "archived"}
    assert "(Standard 2, Improve 1; 1 archived)" in preview.summary_label.text()
    rows["Done"].setCurrentIndex(rows["Done"].findData("restandardize"))
    assert "(Standard 2, Improve 1, Re-standardize 1)" in preview.summary_label.text()
    assert preview.chosen().mapping["Done"] == "restandardize"
    assert list(ops.list_cards(store, board.id)) == []  # a preview stores nothing


def test_a_file_in_another_encoding_is_read_once_the_user_names_it(
    qtbot, store, board, make_window, tmp_path, monkeypatch
):
    path = tmp_path / "excel.csv"
    path.write_bytes("Titel;Status\nÖlwechsel prüfen;Verbessern\n".encode("cp1252"))
    window = make_window(store, board)
    monkeypatch.setattr(csv_dialogs, "ask_import_path", lambda *args: str(path))
    asked = []
    monkeypatch.setattr(
        csv_dialogs, "ask_encoding", lambda parent, problem: asked.append(problem) or "cp1252"
    )
    monkeypatch.setattr(
        csv_dialogs.ImportPreview, "exec", lambda dialog: QDialog.DialogCode.Accepted
    )
    window.import_csv()
    assert "line 2: bytes that are not UTF-8 text" in asked[0]
    assert "--encoding cp1252" in asked[0]
    [card] = ops.list_cards(store, board.id)
    assert (card.title, card.stage) == ("Ölwechsel prüfen", Stage.IMPROVE)


def test_imported_cards_are_selected_and_scrolled_to_at_the_end_of_long_columns(
    qtbot, store, board, make_window, tmp_path, monkeypatch
):
    from tests.helpers import add_cards_in_bulk

    add_cards_in_bulk(store, board.id, ({"title": f"Card {n}"} for n in range(3000)))
    path = tmp_path / "ideas.csv"
    path.write_text("title,stage\nShadow board,standard\nLabel bins,improve\n")
    window = make_window(store, board)
    import_accepted(window, path, monkeypatch)
    columns = window.board_widget.columns
    assert window.board_widget.selected_ids(Stage.STANDARD) == [3001]  # after 3,000 cards
    assert window.board_widget.selected_ids(Stage.IMPROVE) == [3002]
    view = columns[Stage.STANDARD].view
    rect = view.visualRect(view.model().index(view.model().row_of(3001)))
    assert view.viewport().rect().intersects(rect), "scrolled to"


def test_a_preview_that_cannot_read_again_shows_no_choices_over_its_text(qtbot, store, tmp_path):
    from kaizen_board.transfer.importer import import_board

    path = tmp_path / "ideas.csv"
    path.write_text("title\nShadow board\n", encoding="utf-8")
    preview = csv_dialogs.ImportPreview(import_board(store, path, dry_run=True))
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert not preview.encoding.isVisible()
    assert preview.summary_label.isVisible()
