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
  damaged file, which the decoders report as a warning and fill with grey) is refused.

A picture within MAX_SIDE pixels each way, stored as PNG or JPEG and upright as it is,
is kept byte for byte; a larger one, or one in another format or turned by its EXIF
orientation, is stored upright as JPEG (PNG when it has transparency), its longer side
scaled to MAX_SIDE. Every picture has a THUMB_SIDE thumbnail.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kaizen_board.errors import InvalidInput

MAX_FILE_BYTES = 25 * 1024 * 1024  # a phone's photo is 2-12 MB
MAX_PIXELS = 50_000_000  # 8,660 x 5,773; a 48-megapixel phone camera's largest
ALLOCATION_MB = 256  # the reader's own limit, above what MAX_PIXELS lets through
MAX_SIDE = 2560  # stored pictures are scaled down to this (a screen's width)
THUMB_SIDE = 192
KEPT_FORMATS = ("png", "jpeg")
READ_FORMATS = ("png", "jpeg", "jpg", "gif", "webp", "bmp", "tiff", "tif")
KINDS = ("before", "after", "plain")


@dataclass(frozen=True)
class CheckedPicture:
    """A picture ready to store."""

    data: bytes
    format: str  # "png" or "jpeg"
    width: int
    height: int
    original_bytes: int
    scaled: bool
    thumbnail: bytes


def limits_in_words() -> str:
    """The caps a user can see (the card editor and `attach --help` say them)."""
    return (
        f"pictures up to {MAX_FILE_BYTES // (1024 * 1024)} MB and "
        f"{MAX_PIXELS // 1_000_000} megapixels; larger than {MAX_SIDE} pixels are "
        "scaled down"
    )


def read_picture_file(path: str | Path) -> bytes:
    """A picture file's bytes, or InvalidInput naming it (missing, unreadable, too big)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput(_too_big(path.name, size))
        with path.open("rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a picture") from None
    except OSError as error:
        raise InvalidInput(f"{path} could not be read: {error.strerror or error}") from None


def _too_big(name: str, size: int) -> str:
    return (
        f"{name} is {size / (1024 * 1024):.1f} MB; a picture may be up to "
        f"{MAX_FILE_BYTES // (1024 * 1024)} MB"
    )


def check_picture(data: bytes, name: str = "the picture") -> CheckedPicture:
    """The picture in `data`, checked and ready to store; InvalidInput saying what is
    wrong with it (see the module) and naming it."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, qInstallMessageHandler
    from PySide6.QtGui import QImageIOHandler, QImageReader

    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(_too_big(name, len(data)))
    if not data:
        raise InvalidInput(f"{name} is empty, not a picture")
    QImageReader.setAllocationLimit(ALLOCATION_MB)
    source = QBuffer()
    source.setData(QByteArray(data))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source)
    reader.setAutoTransform(True)
    found = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if not found or not reader.canRead():
        raise InvalidInput(
            f"{name} is not a picture Kaizen Board can read (PNG, JPEG, GIF, WebP, BMP or TIFF)"
        )
    if found not in READ_FORMATS:
        raise InvalidInput(
            f"{name} is a {found.upper()} file; use PNG, JPEG, GIF, WebP, BMP or TIFF"
        )
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_PIXELS:
        raise InvalidInput(
            f"{name} claims to be {size.width()} x {size.height()} pixels, more than the "
            f"{MAX_PIXELS // 1_000_000} megapixels a picture may have; it was not read"
        )
    warnings: list[str] = []
    previous = qInstallMessageHandler(lambda _kind, _context, message: warnings.append(message))
    try:
        image = reader.read()
    finally:
        qInstallMessageHandler(previous)
    if image.isNull():
        raise InvalidInput(f"{name} is damaged or cut short: {reader.errorString()}")
    if warnings:  # libjpeg and others fill what is missing with grey, and say so
        raise InvalidInput(f"{name} is damaged or cut short: {warnings[0]}")
    if image.width() * image.height() > MAX_PIXELS:
        raise InvalidInput(f"{name} is larger than {MAX_PIXELS // 1_000_000} megapixels")
    upright = reader.transformation() == QImageIOHandler.Transformation.TransformationNone
    fits = max(image.width(), image.height()) <= MAX_SIDE
    if found in ("png", "jpeg", "jpg") and upright and fits:
        stored, stored_format, scaled = data, "jpeg" if found == "jpg" else found, False
    else:
        if not fits:
            image = _scaled(image, MAX_SIDE)
        stored_format = "png" if image.hasAlphaChannel() else "jpeg"
        stored, scaled = _encode(image, stored_format), True
    thumbnail = _encode(_scaled(image, THUMB_SIDE), "png")
    return CheckedPicture(
        stored, stored_format, image.width(), image.height(), len(data), scaled, thumbnail
    )


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
        raise InvalidInput(f"the picture could not be stored as {image_format.upper()}")
    target.close()
    return bytes(array.data())
