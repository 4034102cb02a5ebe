"""The kaizen sheet: one card's loop on one page, checked as a reader sees the PDF."""

from __future__ import annotations

import subprocess

import pytest

from kaizen_board import ops
from kaizen_board.errors import InvalidInput
from kaizen_board.reports import photos
from kaizen_board.reports.review import new_page
from kaizen_board.reports.sheet import draw_sheet, kaizen_sheet, save_sheet
from kaizen_board.stages import Stage
from tests.pictures import jpeg_bytes, png_bytes


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


def pdf_images(path) -> list[tuple[int, int]]:
    """(width, height) of each picture on the page, as `pdfimages -list` sees them."""
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]  # below the two header lines
    rows = [line.split() for line in listing]
    return [(int(row[3]), int(row[4])) for row in rows if row[2] == "image"]


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])


def test_the_sheet_shows_the_latest_photos_and_who_confirmed_the_standard(store, board, tmp_path):
    card = ops.add_card(
        store, board.id, "Shadow board", owner="Ben", submitted_by="Aiko", standard="In a drawer"
    ).card_id
    ops.add_to_team(store, board.id, "Chloé")
    ops.confirm_standard(store, card)  # by the member making the change, who joins
    ops.attach_picture(store, card, jpeg_bytes(200, 150), kind="before", name="old.jpg")
    ops.attach_picture(store, card, jpeg_bytes(160, 120), kind="before", name="drawer.jpg")
    ops.attach_picture(store, card, png_bytes(120, 160), kind="after", name="board.png")
    ops.attach_picture(store, card, png_bytes(70, 70), kind="plain", name="other.png")
    written = save_sheet(store, card, tmp_path / "sheet.pdf", paper="a4")
    assert pages(written) == 1
    # The latest before and the latest after, side by side, each with its own pixels.
    assert pdf_images(written) == [(160, 120), (120, 160)]
    text = " ".join(pdf_text(written).split())
    assert "Before and after" in text
    assert "Working to the standard" in text
    assert "Version 1: 1 of 4 members confirmed." in text
    assert "Confirmed: Tester" in text
    assert "Not yet: Aiko, Ben, Chloé" in text
    # A new version of the standard starts the count over.
    ops.edit_card(store, card, standard="On a shadow board")
    again = save_sheet(store, card, tmp_path / "again.pdf", paper="a4")
    text = " ".join(pdf_text(again).split())
    assert "Version 2: 0 of 4 members confirmed." in text
    assert "Confirmed: no one Not yet: Aiko, Ben, Chloé, Tester" in text


def test_a_sheet_with_one_kind_of_photo_marks_the_other_missing(store, board, tmp_path):
    card = ops.add_card(store, board.id, "Glove bins", submitted_by="Aiko").card_id
    ops.attach_picture(store, card, jpeg_bytes(1600, 1200), kind="after", name="after.jpg")
    written = save_sheet(store, card, tmp_path / "sheet.pdf", paper="letter")
    [(width, height)] = pdf_images(written)
    assert 300 < width < 1000  # scaled to its place on the paper, never the whole photo
    assert width / height == pytest.approx(4 / 3, rel=0.02)
    text = " ".join(pdf_text(written).split())
    assert "before: missing" in text
    assert "No standard written yet: nothing to confirm." in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_card_with_everything_at_length_still_fits_one_page(store, board, tmp_path, paper):
    step = "check the torque and note it on the card " * 3
    long = "\n".join(f"Step {n}: {step}" for n in range(30))
    card = ops.add_card(
        store,
        board.id,
        "A very long title for a kaizen card " * 4,
        owner="Ben",
        submitted_by="Aiko",
        standard=long,
    ).card_id
    for number in range(60):
        ops.add_to_team(store, board.id, f"Member number {number:02d}")
    for lap in range(10):
        ops.move_card(store, card, Stage.IMPROVE)
        ops.edit_card(store, card, standard=long + f"\nLap {lap}")
        ops.move_card(store, card, Stage.RESTANDARDIZE)
        ops.move_card(store, card, Stage.STANDARD)
    ops.attach_picture(store, card, jpeg_bytes(400, 300), kind="before", name="b.jpg")
    ops.attach_picture(store, card, jpeg_bytes(300, 400), kind="after", name="a.jpg")
    sheet = kaizen_sheet(store, card)
    figure = new_page(paper)
    draw_sheet(figure, sheet)
    # Nothing runs into the footnote at the foot of the page, nor off its sides.
    footnote, *others = sorted(figure.texts, key=lambda text: text.get_position()[1])
    assert footnote.get_text().startswith("Before: the text")
    assert min(text.get_position()[1] for text in others) > 0.045
    figure.canvas.draw()
    page = figure.bbox
    for text in figure.texts:
        extent = text.get_window_extent()
        assert page.x0 <= extent.x0, text.get_text()
        assert extent.x1 <= page.x1, text.get_text()
    for axes in figure.axes:  # the photos, below the title and above the standards
        assert 0.3 < axes.get_position().y0 < 0.8
    written = save_sheet(store, card, tmp_path / "sheet.pdf", paper=paper)
    assert pages(written) == 1
    text = " ".join(pdf_text(written).split())
    assert "Not yet: Aiko, Ben, Member number 00" in text
    assert "more" in text.split("Not yet:")[1]


def test_a_photo_that_cannot_be_decoded_is_said_on_the_page_not_fatal():
    figure = new_page("a4")
    photos.draw_pair(figure, b"not a picture", None, (0.1, 0.5, 0.8, 0.3))
    assert photos.decoded(b"\x89PNG\r\n\x1a\n cut short", 100, 100) is None
    said = [text.get_text() for axes in figure.axes for text in axes.texts]
    assert said == ["could not be read"]
    captions = [text.get_text() for text in figure.texts]
    assert captions == ["before", "after: missing"]
    assert not any(axes.images for axes in figure.axes)
