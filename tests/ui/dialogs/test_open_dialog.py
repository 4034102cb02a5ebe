"""File > Open database…: a file, or a team server's address."""

from __future__ import annotations

from kaizen_board.ui.dialogs import open_dialog
from kaizen_board.ui.dialogs.open_dialog import OpenDialog


def test_a_team_servers_address_is_typed_and_a_file_chosen_from_the_disk(
    qtbot, monkeypatch, tmp_path
):
    dialog = OpenDialog()
    qtbot.addWidget(dialog)
    dialog.accept()  # nothing typed: nothing chosen, the dialog stays
    assert dialog.location is None
    dialog.address.setText("  postgresql://aiko@kaizen.example.com/board ")
    dialog.accept()
    assert dialog.location == "postgresql://aiko@kaizen.example.com/board"
    chosen = OpenDialog()
    qtbot.addWidget(chosen)
    monkeypatch.setattr(
        open_dialog.QFileDialog, "getOpenFileName", lambda *args: (str(tmp_path / "b.sqlite"), "")
    )
    chosen._choose_file()
    assert chosen.location == str(tmp_path / "b.sqlite")
