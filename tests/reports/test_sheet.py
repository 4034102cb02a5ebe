"""The kaizen sheet: one card's loop on one page, checked as a reader sees the PDF."""

from __future__ import annotations

import subprocess

import pytest

from kaizen_board import ops
from kaizen_board.errors import InvalidInput
from kaizen_board.reports.sheet import save_sheet
from kaizen_board.stages import Stage


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_sheet_holds_the_card_its_standards_before_and_after_and_its_moves(
    store, board, clock, tmp_path
):
    card = ops.add_card(
        store, board.id, "Two-bin kanban for gloves", owner="Ben", standard="One big bin"
    ).card_id
    ops.move_card(store, card, Stage.MEET)
    ops.move_card(store, card, Stage.IMPROVE)
    ops.edit_card(store, card, standard="Two bins.\nWhen one is empty, send its card.")
    ops.move_card(store, card, Stage.RESTANDARDIZE)
    written = save_sheet(store, card, tmp_path / "sheet.pdf", paper="a4")
    text = pdf_text(written)
    assert "Two-bin kanban for gloves" in text
    assert "Owner: Ben" in text
    assert "Standard before" in text
    assert "One big bin" in text
    assert "When one is empty, send its card." in text
    assert "Meet the standard → Improve" in text
    assert text.count("\f") <= 1  # one page


def test_a_sheet_of_no_card_or_to_another_kind_of_file_is_refused(store, board, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Exception, match="there is no card #99"):
        save_sheet(store, 99, folder / "sheet.pdf")
    card = ops.add_card(store, board.id, "Idea").card_id
    with pytest.raises(InvalidInput, match="as .pdf or .png"):
        save_sheet(store, card, folder / "sheet.docx")
    assert list(folder.iterdir()) == []
