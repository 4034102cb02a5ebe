"""Lines on a printed page in Japanese, Chinese and Korean: wide characters counted twice,
lines broken between them (those scripts put no spaces between words)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kaizen_board.reports import wrapping

JAPANESE = (
    "標準化の改善：検査工程の段取り替え時間を半分にする。部品棚の配置を見直し、工具を手元に置く。"
)


def test_japanese_breaks_between_characters_within_the_width():
    lines = wrapping.wrap(JAPANESE, 30)
    assert len(lines) > 1
    # At most the width, but for a closing mark hung at a line's end.
    assert all(wrapping.width(line.rstrip("、。")) <= 30 for line in lines)
    assert "".join(lines) == JAPANESE  # nothing lost, no spaces put in


def test_a_closing_mark_never_starts_a_line():
    for columns in range(6, 40):
        lines = wrapping.wrap(JAPANESE, columns)
        assert not any(line[0] in wrapping.NO_LINE_START for line in lines[1:]), columns


def test_latin_text_wraps_as_textwrap_does():
    text = "Shadow board for torque wrenches on line 2, with a photo of the old way"
    import textwrap

    assert wrapping.wrap(text, 20) == textwrap.wrap(text, 20)
    assert wrapping.shorten(text, 20) == textwrap.shorten(text, 20, placeholder=" …")


def test_a_long_japanese_title_is_shortened_within_the_width():
    short = wrapping.shorten(JAPANESE, 24, placeholder="…")
    assert short.endswith("…")
    assert wrapping.width(short) <= 24
    assert JAPANESE.startswith(short[:-1])


def test_lines_joined_again_have_no_space_between_wide_characters():
    assert wrapping.join(["標準化の", "改善"]) == "標準化の改善"
    assert wrapping.join(["Shadow", "board"]) == "Shadow board"


@given(st.text(alphabet="標準化改善 abc、。", max_size=80), st.integers(4, 40))
def test_every_character_kept_and_no_line_too_wide_but_for_hanging_marks(text, columns):
    lines = wrapping.wrap(text, columns)
    assert "".join(lines).replace(" ", "") == "".join(text.split())
    hanging = "".join(wrapping.NO_LINE_START)
    for line in lines:
        assert wrapping.width(line.rstrip(hanging)) <= columns
