"""Pictures as a card keeps them: checked, perhaps scaled down, with a thumbnail.

A picture comes from a user's file, the clipboard or a drop, so it may be anything: it is
read by Qt's own image reader (QtGui's QImageReader, the one part of QtGui the core uses,
imported when a picture is read; it needs no display) under limits set before a byte is
decoded, never by a decoder of ours:

- a file over MAX_FILE_BYTES is refused unread;
- a picture whose header claims more than MAX_PIXELS (a decompression bomb: enormous
  dimensions in a small file) is refused before decoding, and the reader's allocation
  limit stops any it would not have caught;
- what the reader cannot decode (not a picture, a format not taken, a truncated or
  damaged file) is refused; so is one the decoder had to fill in (libjpeg fills a cut
  JPEG with grey: it warns, and the JPEG's data has no end marker).

A PNG or JPEG within MAX_SIDE pixels each way, upright as stored and carrying no
metadata, is kept byte for byte. Any other is stored as Qt writes it again: upright,
as JPEG (PNG when it has transparency), its longer side scaled to MAX_SIDE if larger,
and without its metadata (a phone's EXIF says where a photo was taken: not something to
share with every desktop of the team). Every picture has a THUMB_SIDE thumbnail.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path

from kaizen_board.errors import InvalidInput
from kaizen_board.translation import translate

MAX_FILE_BYTES = 25 * 1024 * 1024  # a phone's photo is 2-12 MB
MAX_PIXELS = 50_000_000  # 8,660 x 5,773; a 48-megapixel phone camera's largest
ALLOCATION_MB = 256  # the reader's own limit, above what MAX_PIXELS lets through
MAX_SIDE = 2560  # stored pictures are scaled down to this (a screen's width)
THUMB_SIDE = 192
KEPT_FORMATS = ("png", "jpeg")
READ_FORMATS = ("png", "jpeg", "jpg", "gif", "webp", "bmp", "tiff", "tif")
KINDS = ("before", "after", "plain")
_MAX_MB = MAX_FILE_BYTES // (1024 * 1024)  # as messages say them
_MAX_MEGAPIXELS = MAX_PIXELS // 1_000_000


@dataclass(frozen=True)
class CheckedPicture:
    """A picture ready to store."""

    data: bytes
    format: str  # "png" or "jpeg"
    width: int
    height: int
    original_bytes: int
    scaled: bool  # scaled down to MAX_SIDE
    thumbnail: bytes


def limits_in_words() -> str:
    """The caps a user can see (the card editor and `attach --help` say them)."""
    return translate(
        "Pictures",
        "pictures up to {size} MB and {megapixels} megapixels; larger than {side} pixels are "
        "scaled down",
    ).format(size=_MAX_MB, megapixels=_MAX_MEGAPIXELS, side=MAX_SIDE)


def read_picture_file(path: str | Path) -> bytes:
    """A picture file's bytes, or InvalidInput naming it (missing, unreadable, too big)."""
    path = Path(path)
    try:
        found = path.stat()
        if stat.S_ISDIR(found.st_mode):
            raise InvalidInput(
                translate("Pictures", "{path} is a folder, not a picture").format(path=path)
            )
        if not stat.S_ISREG(found.st_mode):  # a pipe or a device would never end
            raise InvalidInput(
                translate("Pictures", "{path} is not a picture file").format(path=path)
            )
        if found.st_size > MAX_FILE_BYTES:
            raise InvalidInput(_too_big(path.name, found.st_size))
        with path.open("rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InvalidInput(
            translate("Pictures", "{path}: no such file").format(path=path)
        ) from None
    except OSError as error:
        raise InvalidInput(
            translate("Pictures", "{path} could not be read: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from None


def _too_big(name: str, size: int) -> str:
    return translate("Pictures", "{name} is {size} MB; a picture may be up to {limit} MB").format(
        name=name, size=f"{size / (1024 * 1024):.1f}", limit=_MAX_MB
    )


def check_picture(data: bytes, name: str | None = None) -> CheckedPicture:
    """The picture in `data`, checked and ready to store; InvalidInput saying what is
    wrong with it (see the module) and naming it ("the picture" if no `name`)."""
    if name is None:
        name = translate("Pictures", "the picture")
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(_too_big(name, len(data)))
    if not data:
        raise InvalidInput(
            translate("Pictures", "{name} is empty, not a picture").format(name=name)
        )
    image, found, upright = _read(data, name)
    if found == "jpeg" and not _jpeg_ends(data):
        raise InvalidInput(
            translate(
                "Pictures", "{name} is damaged or cut short: its JPEG data has no end"
            ).format(name=name)
        )
    fits = max(image.width(), image.height()) <= MAX_SIDE
    if found in KEPT_FORMATS and upright and fits and not _has_metadata(data, found):
        stored, stored_format = data, found
    else:  # re-encoded by Qt, which writes no metadata (no camera, no place)
        if not fits:
            image = _scaled(image, MAX_SIDE)
        stored_format = "png" if image.hasAlphaChannel() else "jpeg"
        stored = _encode(image, stored_format)
    thumbnail = _encode(_scaled(image, THUMB_SIDE), "png")
    return CheckedPicture(
        stored, stored_format, image.width(), image.height(), len(data), not fits, thumbnail
    )


def _read(data: bytes, name: str):
    """(the image, its format, whether it was upright as stored), read by Qt's reader
    under the limits; InvalidInput if it may not be or cannot be read."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, qInstallMessageHandler
    from PySide6.QtGui import QImageIOHandler, QImageReader

    QImageReader.setAllocationLimit(ALLOCATION_MB)
    source = QBuffer()
    source.setData(QByteArray(data))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source)
    try:
        reader.setAutoTransform(True)
        found = bytes(reader.format().data()).decode("ascii", "replace").lower()
        found = "jpeg" if found == "jpg" else found
        if not found or not reader.canRead():
            raise InvalidInput(
                translate(
                    "Pictures",
                    "{name} is not a picture Kaizen Board can read (PNG, JPEG, GIF, WebP, BMP or "
                    "TIFF)",
                ).format(name=name)
            )
        if found not in READ_FORMATS:
            raise InvalidInput(
                translate(
                    "Pictures", "{name} is a {format} file; use PNG, JPEG, GIF, WebP, BMP or TIFF"
                ).format(name=name, format=found.upper())
            )
        size = reader.size()
        if size.isValid() and size.width() * size.height() > MAX_PIXELS:
            raise InvalidInput(
                translate(
                    "Pictures",
                    "{name} claims to be {width} x {height} pixels, more than the {megapixels} "
                    "megapixels a picture may have; it was not read",
                ).format(
                    name=name,
                    width=size.width(),
                    height=size.height(),
                    megapixels=_MAX_MEGAPIXELS,
                )
            )
        # The decoders say what they filled in for a damaged file as a warning of their
        # category (libjpeg's "premature end of data", and the like).
        warnings: list[str] = []

        def heard(_kind, context, message: str) -> None:
            if (context.category or "").startswith("qt.gui.imageio"):
                warnings.append(message)

        previous = qInstallMessageHandler(heard)
        try:
            image = reader.read()
        finally:
            qInstallMessageHandler(previous)
        if image.isNull():
            raise InvalidInput(_damaged(name, reader.errorString()))
        if warnings:
            raise InvalidInput(_damaged(name, warnings[0]))
        if image.width() * image.height() > MAX_PIXELS:
            raise InvalidInput(
                translate("Pictures", "{name} is larger than {megapixels} megapixels").format(
                    name=name, megapixels=_MAX_MEGAPIXELS
                )
            )
        none = QImageIOHandler.Transformation.TransformationNone
        return image, found, reader.transformation() == none
    finally:
        del reader  # before its device: some readers (TIFF) touch it as they close
        source.close()


def _damaged(name: str, reason: str) -> str:
    """The message for a picture the decoder could not read whole, with its `reason` in
    the decoder's own words (Qt's, libjpeg's)."""
    return translate("Pictures", "{name} is damaged or cut short: {reason}").format(
        name=name, reason=reason
    )


def _segments(data: bytes):
    """A JPEG's marker segments before its image data: (marker, where its data begins,
    where it ends), and last the start of scan (0xDA). Markers are read, nothing decoded."""
    at = 2  # after the start of image, FF D8
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker == 0xFF:  # fill bytes
            at += 1
            continue
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        yield marker, at + 4, at + 2 + length
        if marker == 0xDA:
            return
        at += 2 + length


def _jpeg_ends(data: bytes) -> bool:
    """Whether a JPEG's image data reaches its end marker (FF D9). In the data after the
    start of scan FF is followed only by 00 or a restart marker, so FF D9 there is the end;
    a file cut short has none (libjpeg then fills the rest with grey)."""
    scan = next((end for marker, _, end in _segments(data) if marker == 0xDA), None)
    return scan is not None and data.find(b"\xff\xd9", scan) >= 0


def _has_metadata(data: bytes, image_format: str) -> bool:
    """Whether the file carries metadata beside the picture (EXIF, with a camera's
    serial or the place it was taken; XMP; text), which is then not kept."""
    if image_format == "jpeg":
        # APP1 (EXIF, XMP), APP13 (IPTC captions and places), comments; not the colour
        # profile (APP2), which Qt writes again itself.
        return any(marker in (0xE1, 0xED, 0xFE) for marker, _, _ in _segments(data))
    at = 8  # a PNG's chunks, after its signature: length, type, data, CRC
    while at + 8 <= len(data):
        length, kind = int.from_bytes(data[at : at + 4], "big"), data[at + 4 : at + 8]
        if kind in (b"eXIf", b"tEXt", b"iTXt", b"zTXt"):
            return True
        if kind == b"IEND":
            return False
        at += 12 + length
    return False


def _scaled(image, side: int):
    """The image scaled to fit a square of `side` pixels, smoothly, its shape kept."""
    from PySide6.QtCore import Qt

    return image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _encode(image, image_format: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    array = QByteArray()
    target = QBuffer(array)
    target.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(target, image_format.upper(), 90 if image_format == "jpeg" else -1):
        raise InvalidInput(
            translate("Pictures", "the picture could not be stored as {format}").format(
                format=image_format.upper()
            )
        )
    target.close()
    return bytes(array.data())
