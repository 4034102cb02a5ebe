"""The weekly review: its numbers against hand-built weeks, and the page it prints."""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
from collections import Counter
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import matplotlib.image
import numpy
import pytest

from kaizen_board import ops
from kaizen_board.errors import FileProblem, InvalidInput
from kaizen_board.reports.review import (
    LISTED_AT_MOST,
    WeekCounts,
    draw_review,
    new_page,
    paper_for_locale,
    save_review,
    weekly_review,
)
from kaizen_board.reports.timeline import IsoWeek
from kaizen_board.stages import Stage
from tests.pictures import jpeg_bytes, png_bytes

W48 = IsoWeek(2026, 48)  # Monday 23 to Sunday 29 November 2026
BERLIN = ZoneInfo("Europe/Berlin")


def at(clock, *parts) -> None:
    clock.current = datetime(*parts, tzinfo=UTC)


def test_the_week_is_counted_by_the_rules_against_the_week_before(store, board, history):
    review = weekly_review(store, board.id, W48, UTC)
    assert review.this_week == WeekCounts(ideas=4, improvements=2, moves=6)
    assert review.last_week == WeekCounts(ideas=2, improvements=1, moves=1)
    counts = {m.name: (m.ideas, m.improvements) for m in review.members}
    assert counts["Kenji"] == (0, 1)
    assert counts["Aiko"] == (1, 1)
    assert counts["Priya"] == (1, 0)


def test_the_week_follows_the_local_time_zone(store, board, history):
    review = weekly_review(store, board.id, W48, BERLIN)
    assert review.this_week.ideas == 3  # the late idea is Monday of next week in Berlin
    assert weekly_review(store, board.id, IsoWeek(2026, 49), BERLIN).this_week.ideas == 1


def test_each_improvement_shows_its_standard_before_and_after(store, board, history):
    review = weekly_review(store, board.id, W48, UTC)
    [shadow, spill] = review.improvements
    assert (shadow.title, shadow.credited_to) == ("Shadow board", "Kenji")
    assert shadow.before == "Wrenches on their outline"  # as lap 2 began
    assert shadow.after == "Wrenches on outlines, colour per size"
    assert (spill.title, spill.credited_to) == ("Spill kit", "Aiko")
    last = weekly_review(store, board.id, IsoWeek(2026, 47), UTC)
    [lap_one] = last.improvements
    assert (lap_one.before, lap_one.after) == ("Wrenches in a drawer", "Wrenches on their outline")


def test_a_long_standard_wraps_onto_lines_that_line_up_after_its_label(store, board, clock):
    at(clock, 2026, 11, 23, 9)
    long_before = (
        "Wrenches are kept in the second drawer of the red cabinet; operators walk to the "
        "crib and sign them out on paper, which takes about four minutes per shift"
    )
    card = ops.add_card(store, board.id, "Shadow board", standard=long_before).card_id
    at(clock, 2026, 11, 24, 9)
    ops.move_card(store, card, Stage.IMPROVE)
    ops.edit_card(store, card, standard="Wrenches hang on a shadow board at each station")
    ops.move_card(store, card, Stage.RESTANDARDIZE)
    figure = new_page("a4")
    draw_review(figure, store, board.id, weekly_review(store, board.id, W48, UTC))

    texts = [(text.get_text(), text.get_position()) for text in figure.texts]
    # Each line is its own text item, placed where it starts: no leading spaces, which
    # neither line up in a proportional font nor survive an SVG renderer (the printer's).
    assert not [text for text, _ in texts if text != text.lstrip()]
    first = texts.index(next(entry for entry in texts if entry[0].startswith("Wrenches are")))
    label, wrapped = texts[first - 1], texts[first : first + 3]
    assert label[0] == "before:"
    assert " ".join(text for text, _ in wrapped).endswith("takes about four minutes per …")
    lefts = {position[0] for _, position in wrapped}
    assert len(lefts) == 1  # every wrapped line starts where the first one does
    assert lefts.pop() > label[1][0]  # to the right of the label
    tops = [position[1] for _, position in wrapped]
    assert tops == sorted(tops, reverse=True)
    assert label[1][1] == tops[0]  # the label sits on the first line
    after = next(entry for entry in texts if entry[0].startswith("Wrenches hang"))
    assert after[1][0] == wrapped[0][1][0]


def test_a_year_boundary_week(store, board, clock):
    at(clock, 2027, 1, 1, 12)  # a Friday in 2026-W53
    card = ops.add_card(store, board.id, "New year idea").card_id
    ops.move_card(store, card, Stage.RESTANDARDIZE)
    review = weekly_review(store, board.id, IsoWeek(2026, 53), UTC)
    assert (review.this_week.ideas, review.this_week.improvements) == (1, 1)
    assert weekly_review(store, board.id, IsoWeek(2027, 1), UTC).last_week.ideas == 1


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    return int(fields["Pages"]), fields["Page size"].strip()


def test_the_pdf_is_one_page_with_the_weeks_numbers_as_text(store, board, history, tmp_path):
    path = save_review(store, board.id, W48, tmp_path / "review.pdf", tz=UTC, paper="a4")
    pages, size = pdf_pages(path)
    assert pages == 1
    assert size.startswith("595.")  # A4 is 595 x 842 points
    text = " ".join(pdf_text(path).split())
    assert "Weekly kaizen review 2026-W48" in text
    for label in ("Ideas", "Improvements", "Moves"):
        assert label in text
    assert "last week 2 (+2)" in text  # ideas
    assert "last week 1 (+1)" in text  # improvements
    assert "last week 1 (+5)" in text  # moves
    assert "Shadow board" in text
    assert "Spill kit" in text
    assert "before: Wrenches on their outline" in text
    for name in ("Kenji", "Aiko", "Priya"):
        assert name in text


def test_letter_paper_and_the_locale_default(store, board, history, tmp_path):
    path = save_review(store, board.id, W48, tmp_path / "review.pdf", tz=UTC, paper="letter")
    assert pdf_pages(path) == (1, "612 x 792 pts (letter)")
    assert paper_for_locale("US") == "letter"
    assert paper_for_locale("DE") == "a4"


@pytest.mark.parametrize(
    ("environment", "paper"),
    [
        ({"LANG": "en_US.UTF-8"}, "letter"),
        ({"LANG": "de_DE.UTF-8"}, "a4"),
        ({"LANG": "en_US.UTF-8", "LC_PAPER": "en_GB.UTF-8"}, "a4"),  # paper says A4
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "es_MX.UTF-8@euro"}, "letter"),
        ({"LANG": "C"}, "a4"),
        ({}, "a4"),
    ],
)
def test_the_paper_follows_the_locale_the_c_library_takes_it_from(monkeypatch, environment, paper):
    for key in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(key, raising=False)
    for key, value in environment.items():
        monkeypatch.setenv(key, value)
    assert paper_for_locale() == paper


def test_each_face_of_the_page_is_embedded_once(store, board, history, tmp_path):
    """A ligature ("fi" of "first") is a glyph without a letter: matplotlib embedded a
    second subset of the font for it, a tenth of a second and more to write."""
    path = save_review(store, board.id, W48, tmp_path / "review.pdf", tz=UTC, paper="a4")
    faces = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    names = [line.split()[0].split("+")[-1] for line in faces]
    assert len(names) == len(set(names)), names


def test_the_png_is_a_page_with_ink_on_it(store, board, history, tmp_path):
    path = save_review(store, board.id, W48, tmp_path / "review.png", tz=UTC, paper="a4", dpi=100)
    pixels = matplotlib.image.imread(path)
    assert pixels.shape[:2] == (1169, 827)
    grey = pixels[..., :3].mean(axis=2)
    assert (grey < 0.3).mean() > 0.005  # text and lines
    assert (grey > 0.9).mean() > 0.5  # mostly paper


def test_an_empty_board_still_makes_a_one_page_review(store, board, tmp_path):
    path = save_review(store, board.id, W48, tmp_path / "empty.pdf", tz=UTC, paper="a4")
    assert pdf_pages(path)[0] == 1
    assert "None this week." in pdf_text(path)


@pytest.mark.sqlite_only
def test_a_bad_file_name_or_folder_is_refused_and_an_old_file_survives(
    store, board, history, tmp_path
):
    with pytest.raises(InvalidInput, match=r"\.pdf or \.png, not '\.docx'"):
        save_review(store, board.id, W48, tmp_path / "review.docx")
    with pytest.raises(FileProblem, match="cannot write /sys/review.pdf"):
        save_review(store, board.id, W48, "/sys/review.pdf")
    old = tmp_path / "old.pdf"
    old.write_bytes(b"%PDF-1.4 the old review")
    with pytest.raises(InvalidInput, match="unknown paper"):
        save_review(store, board.id, W48, old, paper="a3")
    assert old.read_bytes() == b"%PDF-1.4 the old review"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".board.sqlite.lock",
        "board.sqlite",
        "board.sqlite-shm",
        "board.sqlite-wal",
        "old.pdf",
    ]


assert shutil.which("pdftotext"), "poppler-utils is needed: the README's test command installs it"


def test_dollar_signs_print_as_written_never_as_mathematics(store, board, clock, tmp_path):
    at(clock, 2026, 11, 24, 9)
    board_name = ops.rename_board(store, board.id, "Line $2 budget").board.name
    card_id = ops.add_card(
        store,
        board.id,
        "Cut scrap from $400 to $100 a week",
        owner="$\\x$ Smith",
        standard="Scrap costs $400; see $\\alpha$",
    ).card_id
    at(clock, 2026, 11, 24, 10)
    ops.edit_card(store, card_id, standard="Scrap costs $100")
    ops.move_card(store, card_id, Stage.RESTANDARDIZE)
    path = save_review(store, board.id, W48, tmp_path / "review.pdf", tz=UTC, paper="a4")
    text = " ".join(pdf_text(path).split())
    assert board_name in text
    assert "Cut scrap from $400 to $100 a week" in text
    assert "$\\x$ Smith" in text
    assert "before: Scrap costs $400; see $\\alpha$" in text
    assert "after: Scrap costs $100" in text


def test_a_busy_week_lists_ten_improvements_and_counts_the_rest(store, board, clock, tmp_path):
    at(clock, 2026, 11, 24, 9)
    for number in range(13):
        card = ops.add_card(store, board.id, f"Improvement {number}", stage=Stage.IMPROVE).card_id
        ops.move_card(store, card, Stage.RESTANDARDIZE)
    review = weekly_review(store, board.id, W48, UTC)
    assert review.this_week.improvements == 13
    assert [line.title for line in review.improvements] == [f"Improvement {n}" for n in range(10)]
    path = save_review(store, board.id, W48, tmp_path / "review.pdf", tz=UTC, paper="a4")
    assert "… and 3 more" in " ".join(pdf_text(path).split())


def _busy_week(store, board, clock, improvements: int) -> None:
    """`improvements` cards improved on Tuesday of W48, each with a standard rewritten on
    the way, so that each has a before and an after to look up."""
    for number in range(improvements):
        at(clock, 2026, 11, 24, 9, number)
        card = ops.add_card(
            store, board.id, f"Improvement {number}", standard=f"Old way {number}"
        ).card_id
        at(clock, 2026, 11, 24, 9, number, 30)
        ops.move_card(store, card, Stage.IMPROVE)
        ops.edit_card(store, card, standard=f"New way {number}")
        ops.move_card(store, card, Stage.RESTANDARDIZE)


def test_the_review_reads_the_standards_of_only_the_improvements_it_prints(
    store, board, clock, caplog
):
    _busy_week(store, board, clock, LISTED_AT_MOST + 5)
    caplog.set_level(logging.DEBUG, logger="peewee")  # peewee logs every statement it runs
    review = weekly_review(store, board.id, W48, UTC)
    statements = [str(record.msg[0]) for record in caplog.records if record.name == "peewee"]
    assert review.this_week.improvements == LISTED_AT_MOST + 5
    assert [(line.before, line.after) for line in review.improvements] == [
        (f"Old way {n}", f"New way {n}") for n in range(LISTED_AT_MOST)
    ]
    # A before and an after for each printed; none for the five the page only counts.
    revisions = [sql for sql in statements if "standard_revision" in sql]
    assert len(revisions) <= 2 * LISTED_AT_MOST


def test_a_dash_or_an_ellipsis_on_the_page_does_not_embed_its_font_twice(
    store, board, clock, tmp_path
):
    _busy_week(store, board, clock, LISTED_AT_MOST + 3)  # "… and 3 more", in italics
    path = save_review(store, board.id, W48, tmp_path / "review.pdf", tz=UTC, paper="a4")
    text = " ".join(pdf_text(path).split())
    assert "… and 3 more" in text
    assert "Mon 23 Nov – Sun 29 Nov 2026" in text
    assert "after: New way 9" in text
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    # Rows below the two header lines; each name is a subset's: ABCDEF+DejaVuSans-Oblique.
    faces = Counter(line.split()[0].split("+")[1] for line in listing.stdout.splitlines()[2:])
    italic = [face for face in faces if "Oblique" in face or "Italic" in face]
    assert italic, faces
    assert all(faces[face] == 1 for face in italic), faces


def pdf_images(path) -> list[tuple[int, int]]:
    """The pictures on the page as `pdfimages -list` sees them: (width, height) each, in
    the order drawn."""
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]  # below the two header lines
    rows = [line.split() for line in listing]
    return [(int(row[3]), int(row[4])) for row in rows if row[2] == "image"]


def _improved_with(store, board, clock, title: str, *pictures) -> int:
    """A card improved on Tuesday of W48, its standard rewritten, and pictures attached
    as (bytes, kind)."""
    at(clock, 2026, 11, 24, 9)
    card = ops.add_card(store, board.id, title, standard=f"{title}: old way").card_id
    at(clock, 2026, 11, 24, 10)
    ops.move_card(store, card, Stage.IMPROVE)
    ops.edit_card(store, card, standard=f"{title}: new way")
    ops.move_card(store, card, Stage.RESTANDARDIZE)
    for data, kind in pictures:
        ops.attach_picture(store, card, data, kind=kind, name=f"{kind}.jpg")
    return card


def test_each_improvement_shows_its_latest_before_and_after_photos(store, board, clock, tmp_path):
    _improved_with(
        store,
        board,
        clock,
        "Shadow board",
        (jpeg_bytes(80, 60), "before"),  # replaced by the next before
        (jpeg_bytes(120, 90), "before"),
        (png_bytes(90, 120), "after"),
        (png_bytes(50, 50), "plain"),  # neither before nor after: not on the page
    )
    _improved_with(store, board, clock, "Spill kit", (jpeg_bytes(1600, 1200), "before"))
    _improved_with(store, board, clock, "Floor tape")  # no pictures
    path = save_review(store, board.id, W48, tmp_path / "review.pdf", tz=UTC, paper="a4")
    assert pdf_pages(path)[0] == 1
    shadow_before, shadow_after, spill_before = pdf_images(path)
    # Small photos keep their pixels (never enlarged), side by side, the latest of each.
    assert (shadow_before, shadow_after) == ((120, 90), (90, 120))
    # A large one is scaled down to its place on the paper, its proportions kept.
    width, height = spill_before
    assert 100 < width < 400
    assert width / height == pytest.approx(4 / 3, rel=0.02)
    text = " ".join(pdf_text(path).split())
    assert text.count("after: missing") == 1  # Spill kit has only a before photo
    assert "before: missing" not in text
    assert "before: Floor tape: old way" in text
    assert "after: Floor tape: new way" in text


def test_a_png_review_shows_the_photos_too(store, board, clock, tmp_path):
    from PIL import Image

    green = io.BytesIO()
    Image.new("RGB", (400, 300), (20, 200, 60)).save(green, "JPEG")  # no colour of the chart's
    _improved_with(store, board, clock, "Shadow board", (green.getvalue(), "after"))
    path = save_review(store, board.id, W48, tmp_path / "review.png", tz=UTC, paper="a4", dpi=100)
    pixels = matplotlib.image.imread(path)[..., :3]
    shown = (abs(pixels - numpy.array([20, 200, 60]) / 255) < 0.08).all(axis=2)
    assert shown.sum() > 60 * 45  # the photo, about 0.9 x 0.6 inches at 100 pixels an inch


def test_photos_are_read_only_for_the_improvements_the_page_prints(
    store, board, clock, tmp_path, caplog
):
    for number in range(LISTED_AT_MOST + 2):
        _improved_with(
            store,
            board,
            clock,
            f"Improvement {number}",
            (jpeg_bytes(64, 48), "before"),
            (jpeg_bytes(48, 64), "after"),
        )
    caplog.set_level(logging.DEBUG, logger="peewee")
    path = save_review(store, board.id, W48, tmp_path / "review.pdf", tz=UTC, paper="a4")
    statements = [str(record.msg[0]) for record in caplog.records if record.name == "peewee"]
    text = " ".join(pdf_text(path).split())
    printed = [n for n in range(LISTED_AT_MOST + 2) if f"Improvement {n} (Tue" in text]
    assert printed == list(range(len(printed)))  # the first ones, in time order
    more = LISTED_AT_MOST + 2 - len(printed)
    assert more >= 2  # photos take room: fewer are listed, and the rest counted
    assert f"… and {more} more" in text
    assert pdf_images(path) == [(64, 48), (48, 64)] * len(printed)
    assert pdf_pages(path)[0] == 1
    # Which pictures: one query for the cards listed; then the bytes of those printed.
    reads = [sql for sql in statements if 'FROM "picture"' in sql]
    assert len(reads) == 1 + 2 * len(printed)


def test_the_review_says_who_of_the_team_submitted_an_idea_and_who_not_yet(
    store, board, clock, tmp_path
):
    at(clock, 2026, 10, 20, 9)  # W43: four weeks before W48's four
    ops.add_card(store, board.id, "Broom hooks", submitted_by="Ben")
    at(clock, 2026, 11, 24, 9)
    ops.add_card(store, board.id, "Floor tape", submitted_by="Zoë")
    ops.add_card(store, board.id, "Kit carts", submitted_by="Aiko")
    ops.add_to_team(store, board.id, "Chloé")
    path = save_review(store, board.id, W48, tmp_path / "review.pdf", tz=UTC, paper="a4")
    assert pdf_pages(path)[0] == 1
    text = " ".join(pdf_text(path).split())
    assert "Participation" in text
    assert "2 of 4 members submitted an idea in the last 4 weeks (4 weeks before: 1 of 1)." in text
    assert "Ideas per member, last 52 weeks: 0.8 (52 weeks before: —)" in text
    assert "Not yet: Ben, Chloé" in text  # by name; Chloé has never had an idea
    # Who contributed this week, by name: Aiko before Zoë.
    assert text.index("Aiko 1 0") < text.index("Zoë 1 0")


def test_a_team_too_long_for_the_page_is_listed_as_far_as_it_fits(store, board, tmp_path):
    for number in range(120):
        ops.add_to_team(store, board.id, f"Member number {number:03d}")
    path = save_review(store, board.id, W48, tmp_path / "review.pdf", tz=UTC, paper="a4")
    assert pdf_pages(path)[0] == 1
    text = " ".join(pdf_text(path).split())
    assert "0 of 120 members submitted an idea" in text
    assert "Not yet: Member number 000, Member number 001" in text
    assert "more" in text.split("Not yet:")[1]
    figure = new_page("a4")
    draw_review(figure, store, board.id, weekly_review(store, board.id, W48, UTC))
    low = [text.get_text() for text in figure.texts if text.get_position()[1] < 0.045]
    assert [text.split(":")[0] for text in low] == ["ideas submitted", "Participation"]
