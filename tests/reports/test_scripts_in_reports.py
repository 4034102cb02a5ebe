"""Titles and names in any script print as text on the review, the sheet and the charts,
never as empty boxes (the fallback fonts of `reports.fonts`)."""

from __future__ import annotations

import io
import logging
import subprocess
import unicodedata
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest

from kaizen_board import ops
from kaizen_board.reports import charts
from kaizen_board.reports.fonts import SCRIPT_FONTS, script_fonts
from kaizen_board.reports.review import save_review
from kaizen_board.reports.sheet import save_sheet
from kaizen_board.reports.timeline import IsoWeek
from kaizen_board.stages import Stage

W48 = IsoWeek(2026, 48)
# Each script's card title and member name.
WRITTEN = {
    "Japanese": ("標準化の改善", "佐藤 花子"),
    "Chinese": ("改进", "王伟"),
    "Korean": ("개선", "김민준"),
    "Thai": ("การปรับปรุง", "สมชาย"),
    "Arabic": ("تحسين", "أحمد"),
    "Hebrew": ("שיפור", "דוד"),
    "emoji": ("🚀 Faster changeover", "Rocket 🚀"),
}
# Fonts are the same whatever the engine, and a page with a CJK font takes a second to
# write: these run on SQLite only.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def improved_in_every_script(store, board, clock) -> dict[str, int]:
    """A card for each script, improved on Tuesday of W48 by a member named in it."""
    clock.current = datetime(2026, 11, 24, 9, tzinfo=UTC)
    cards = {}
    for script, (title, name) in WRITTEN.items():
        card = ops.add_card(
            store, board.id, title, owner=name, submitted_by=name, standard=f"{title} 1"
        ).card_id
        ops.move_card(store, card, Stage.IMPROVE)
        ops.edit_card(store, card, standard=f"{title} 2")
        ops.move_card(store, card, Stage.RESTANDARDIZE)
        cards[script] = card
    return cards


@contextmanager
def no_missing_glyphs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fails if matplotlib drew a character as a box ("Glyph ... missing from font(s)")
    or logged a font it could not find."""
    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.WARNING):
        warnings.simplefilter("always")
        yield
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert not missing, missing
    logged = [r.getMessage() for r in caplog.records if r.name.startswith("matplotlib")]
    assert not logged, logged


def characters(text: str) -> str:
    """Text as pdftotext gives it back, compared letter by letter: presentation forms
    (Arabic's joined letters) as their letters (NFKC), without spaces or the bidi
    controls pdftotext puts around a right-to-left run."""
    normal = unicodedata.normalize("NFKC", text)
    return "".join(c for c in normal if not c.isspace() and unicodedata.category(c) != "Cf")


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def assert_all_there(page: str, *texts: str) -> None:
    found = set(characters(page))
    for text in texts:
        lost = set(characters(text)) - found
        assert not lost, f"{text!r}: {sorted(lost)} not on the page"


def test_a_font_is_installed_for_each_script_dejavu_sans_lacks():
    found = set(script_fonts())
    for script, families in SCRIPT_FONTS:
        if script != "Hebrew":  # DejaVu Sans draws Hebrew in each of its faces
            assert found & set(families), (
                f"no font for {script}: the README's test command installs fonts-noto-cjk "
                "fonts-noto-ui-core fonts-symbola"
            )


def test_the_review_pdf_has_every_title_and_name_as_text(
    store, board, improved_in_every_script, tmp_path, caplog
):
    with no_missing_glyphs(caplog):
        path = save_review(store, board.id, W48, tmp_path / "review.pdf", tz=UTC, paper="a4")
    page = pdf_text(path)
    for title, name in WRITTEN.values():
        assert_all_there(page, title, name, f"{title} 2")
    # Where pdftotext keeps the order (not around right-to-left runs, nor Thai, whose
    # marks it repeats), whole words.
    words = characters(page)
    for script in ("Japanese", "Chinese", "Korean", "emoji"):
        title, name = WRITTEN[script]
        assert characters(title) in words
        assert characters(name) in words


def test_the_review_png_draws_every_character(
    store, board, improved_in_every_script, tmp_path, caplog
):
    with no_missing_glyphs(caplog):
        save_review(store, board.id, W48, tmp_path / "review.png", tz=UTC, paper="a4", dpi=72)


@pytest.mark.parametrize("script", ["Japanese", "Arabic", "Thai", "emoji"])
def test_the_kaizen_sheet_has_the_title_and_names_as_text(
    store, improved_in_every_script, tmp_path, caplog, script
):
    title, name = WRITTEN[script]
    card = improved_in_every_script[script]
    with no_missing_glyphs(caplog):
        path = save_sheet(store, card, tmp_path / "sheet.pdf", paper="a4")
    assert_all_there(pdf_text(path), title, name, f"{title} 1", f"{title} 2")


def test_the_charts_draw_members_names_in_every_script(
    store, board, improved_in_every_script, caplog
):
    figure = charts.new_figure()
    with no_missing_glyphs(caplog):
        charts.draw_members(figure, store, board.id, charts.ChartRange(tz=UTC))
        figure.savefig(io.BytesIO(), format="png")
    labels = {label.get_text() for axes in figure.axes for label in axes.get_yticklabels()}
    labels |= {label.get_text() for axes in figure.axes for label in axes.get_xticklabels()}
    assert {name for _, name in WRITTEN.values()} <= labels


def test_the_review_speaks_japanese_with_the_language_loaded(
    store, board, improved_in_every_script, tmp_path, caplog, language
):
    language("ja")
    with no_missing_glyphs(caplog):
        path = save_review(store, board.id, W48, tmp_path / "review.pdf", tz=UTC, paper="a4")
    page = characters(pdf_text(path))
    for heading in ("貢献したメンバー", "参加状況", "再標準化"):
        assert heading in page
    assert "Whocontributed" not in page
