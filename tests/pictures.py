"""Real pictures for tests, made by Qt's own writer (PNG, JPEG), and hostile ones."""

from __future__ import annotations

import struct
import zlib


def _encoded(width: int, height: int, image_format: str, alpha: bool = False) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(
        width, height, QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    )
    image.fill(QColor(30, 120, 200, 128 if alpha else 255))
    for x in range(0, width, 3):  # some detail, so that JPEG has something to keep
        image.setPixelColor(x, x * height // max(width, 1), QColor(250, 200, 20))
    array = QByteArray()
    target = QBuffer(array)
    target.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(target, image_format)
    return bytes(array.data())


def png_bytes(width: int = 64, height: int = 48, *, alpha: bool = False) -> bytes:
    return _encoded(width, height, "PNG", alpha)


def jpeg_bytes(width: int = 64, height: int = 48) -> bytes:
    return _encoded(width, height, "JPEG")


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A PNG whose header claims `width` x `height` pixels (10 gigapixels by default) in a
    few hundred bytes: its rows are a little zlib stream of zeros, cut short."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    rows = zlib.compress(b"\0" * 1_000_000, 9)
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def with_exif(jpeg: bytes, orientation: int = 1, note: bytes = b"GPS 35.0833N 137.1560E") -> bytes:
    """The JPEG with an EXIF segment after its start: an orientation (6: the camera was
    turned, the picture is to be shown turned a quarter clockwise) and, as a phone's
    would, something of where it was taken (an ImageDescription here: any text shows
    whether the segment was kept)."""
    entries = [
        struct.pack(">HHII", 0x0112, 3, 1, orientation << 16),  # Orientation, a SHORT
        struct.pack(">HHII", 0x010E, 2, len(note) + 1, 8 + 2 + 2 * 12 + 4),  # its text
    ]
    ifd = struct.pack(">H", len(entries)) + b"".join(entries) + struct.pack(">I", 0)
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + ifd + note + b"\x00"
    segment = b"Exif\x00\x00" + tiff
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(segment) + 2) + segment + jpeg[2:]


def encoded(width: int, height: int, image_format: str) -> bytes:
    """A picture in TIFF, WebP, BMP (as Qt writes them) or GIF (which Qt only reads:
    Pillow's, a dependency of matplotlib's)."""
    if image_format != "GIF":
        return _encoded(width, height, image_format)
    import io

    from PIL import Image

    made = io.BytesIO()
    Image.new("P", (width, height), 3).save(made, "GIF")
    return made.getvalue()
