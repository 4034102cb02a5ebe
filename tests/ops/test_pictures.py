"""Before and after photos of a card: real PNG and JPEG kept, large ones scaled down, and
every hostile or broken picture refused with nothing stored."""

from __future__ import annotations

import pytest

from kaizen_board import ops
from kaizen_board.errors import InvalidInput
from kaizen_board.pictures import MAX_FILE_BYTES, MAX_SIDE, THUMB_SIDE, read_picture_file
from tests.pictures import encoded, jpeg_bytes, png_bomb, png_bytes, with_exif


def _size(data: bytes) -> tuple[int, int]:
    from PySide6.QtGui import QImage

    image = QImage.fromData(data)
    assert not image.isNull()
    return image.width(), image.height()


def _stored(store) -> tuple[int, int]:
    from kaizen_board.store.models import Event, Picture

    with store.read():
        return Picture.select().count(), Event.select().count()


@pytest.fixture
def card(store, board) -> int:
    return ops.add_card(store, board.id, "Glove bins").card_id


@pytest.mark.parametrize(("make", "kind"), [(png_bytes, "png"), (jpeg_bytes, "jpeg")])
def test_a_photo_is_kept_byte_for_byte_with_its_thumbnail(store, card, make, kind):
    data = make(640, 480)
    change = ops.attach_picture(store, card, data, kind="before", name="line.x")
    [info] = ops.card_pictures(store, card)
    assert (info.kind, info.format, info.width, info.height) == ("before", kind, 640, 480)
    assert (info.original_bytes, info.scaled, info.name) == (len(data), False, "line.x")
    assert ops.picture_bytes(store, info.id) == data
    assert _size(ops.picture_bytes(store, info.id, thumbnail=True)) == (THUMB_SIDE, 144)
    assert [line.kind for line in ops.card_history(store, card)][-1] == "pictured"
    ops.undo(store, change)
    assert ops.card_pictures(store, card) == []
    ops.redo(store, change)
    assert ops.picture_bytes(store, info.id) == data


def test_a_large_picture_is_scaled_down_and_marked_so(store, card):
    ops.attach_picture(store, card, png_bytes(MAX_SIDE * 2, 1000, alpha=True), kind="after")
    [info] = ops.card_pictures(store, card)
    assert (info.width, info.height, info.scaled, info.format) == (MAX_SIDE, 500, True, "png")
    assert _size(ops.picture_bytes(store, info.id)) == (MAX_SIDE, 500)


def test_marking_and_removing_a_picture_are_undone(store, card):
    ops.attach_picture(store, card, png_bytes(), kind="plain")
    [info] = ops.card_pictures(store, card)
    marked = ops.mark_picture(store, info.id, "After")
    assert [p.kind for p in ops.card_pictures(store, card)] == ["after"]
    removed = ops.remove_picture(store, info.id)
    assert ops.card_pictures(store, card) == []
    ops.undo(store, removed)
    ops.undo(store, marked)
    assert [p.kind for p in ops.card_pictures(store, card)] == ["plain"]
    with pytest.raises(InvalidInput, match="not 'during'"):
        ops.mark_picture(store, info.id, "during")


def test_a_deleted_card_gets_its_pictures_back_with_undo(store, card):
    data = jpeg_bytes()
    ops.attach_picture(store, card, data)
    deleted = ops.delete_card(store, card)
    assert _stored(store)[0] == 0
    ops.undo(store, deleted)
    [info] = ops.card_pictures(store, card)
    assert ops.picture_bytes(store, info.id) == data


def _truncated_jpeg() -> bytes:
    data = jpeg_bytes(400, 300)
    return data[: len(data) // 2]


def _truncated_png() -> bytes:
    data = png_bytes(400, 300)
    return data[: len(data) - 40]


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"name,stage\nGloves,standard\n", "not a picture"),
        (b"", "empty"),
        (_truncated_jpeg(), "damaged or cut short"),
        (_truncated_png(), "damaged or cut short"),
        (png_bomb(), "claims to be 100000 x 100000 pixels"),
        (b"<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'/>", "SVG"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "damaged or cut short"),
    ],
    ids=["text", "empty", "truncated-jpeg", "truncated-png", "bomb", "svg", "header-only"],
)
def test_a_hostile_or_broken_picture_is_refused_with_nothing_stored(store, card, data, said):
    before = _stored(store)
    with pytest.raises(InvalidInput, match=said) as refused:
        ops.attach_picture(store, card, data, name="evil.png")
    assert "evil.png" in str(refused.value) or "empty" in str(refused.value)
    assert _stored(store) == before


def test_an_over_size_file_is_refused_unread(tmp_path):
    big = tmp_path / "huge.jpg"
    with big.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InvalidInput, match=r"huge.jpg is 25.0 MB; a picture may be up to 25 MB"):
        read_picture_file(big)
    with pytest.raises(InvalidInput, match="no such file"):
        read_picture_file(tmp_path / "gone.png")


@pytest.mark.parametrize("image_format", ["TIFF", "GIF", "WEBP", "BMP"])
def test_other_formats_are_taken_and_stored_as_jpeg(store, card, image_format):
    ops.attach_picture(store, card, encoded(300, 200, image_format), name=f"x.{image_format}")
    [info] = ops.card_pictures(store, card)
    assert (info.format, info.width, info.height, info.scaled) == ("jpeg", 300, 200, False)
    assert _size(ops.picture_bytes(store, info.id)) == (300, 200)


def test_a_photo_is_stored_upright_and_without_where_it_was_taken(store, card):
    photo = with_exif(jpeg_bytes(400, 300), orientation=6)
    ops.attach_picture(store, card, photo, kind="before")
    [info] = ops.card_pictures(store, card)
    stored = ops.picture_bytes(store, info.id)
    assert (info.width, info.height, info.scaled) == (300, 400, False)  # turned, not scaled
    assert _size(stored) == (300, 400)
    assert b"Exif" not in stored
    assert b"GPS 35.0833N" not in stored
    ops.attach_picture(store, card, with_exif(jpeg_bytes(400, 300)))  # upright, with EXIF
    assert b"GPS" not in ops.picture_bytes(store, ops.card_pictures(store, card)[1].id)


def test_a_cut_jpeg_is_refused_even_with_the_decoders_warnings_switched_off(store, card):
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("qt.gui.imageio*=false")
    try:
        with pytest.raises(InvalidInput, match="damaged or cut short"):
            ops.attach_picture(store, card, _truncated_jpeg())
    finally:
        QLoggingCategory.setFilterRules("")
    assert ops.card_pictures(store, card) == []


def test_a_pipe_is_refused_not_waited_on(tmp_path):
    import os

    pipe = tmp_path / "photo.jpg"
    os.mkfifo(pipe)
    with pytest.raises(InvalidInput, match="is not a picture file"):
        read_picture_file(pipe)
    with pytest.raises(InvalidInput, match="is a folder"):
        read_picture_file(tmp_path)
