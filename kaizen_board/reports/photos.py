"""Before and after photos on a printed page (the weekly review, the kaizen sheet).

A page prints the latest "before" and the latest "after" picture of each card it shows,
side by side. Which pictures those are is one query for all the page's cards
(ops.pictures.first_pictures); only those are read and decoded, by Pillow (matplotlib's
own image reader), a JPEG at the smallest scale its decoder offers that still fills the
photo's place, then scaled to PRINT_DPI at that size: a 2560-pixel photo in an inch and
a half of paper is decoded as about 300 pixels and embedded as such, never enlarged.
"""

from __future__ import annotations

import io
from typing import NamedTuple

from kaizen_board import ops
from kaizen_board.ops.pictures import first_pictures
from kaizen_board.store import Store
from kaizen_board.translation import translate

PRINT_DPI = 200  # pixels a photo keeps per inch of paper it is printed on
CAPTION_INCHES = 0.15  # under a photo, for its caption
FRAME = "#9a9a9a"
EMPTY = "#f1f1f1"


class PhotoPair(NamedTuple):
    """The ids of a card's latest before and after pictures (None: none of that kind)."""

    before: int | None
    after: int | None


def photo_pairs(store: Store, card_ids: list[int]) -> dict[int, PhotoPair]:
    """The cards of `card_ids` that have a before or an after picture, with their ids."""
    found = first_pictures(store, card_ids)
    pairs = {}
    for card_id in card_ids:
        pair = PhotoPair(found.get((card_id, "before")), found.get((card_id, "after")))
        if pair != (None, None):
            pairs[card_id] = pair
    return pairs


def decoded(data: bytes, width: int, height: int):
    """The picture as an RGB array at most `width` x `height` pixels (its proportions
    kept, never enlarged; transparency on white), or None if it cannot be decoded."""
    import numpy
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (width, height))  # a JPEG decoded at 1/2, 1/4 or 1/8 scale
            image.load()
            if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
                rgba = image.convert("RGBA")
                shown = Image.new("RGB", rgba.size, "white")
                shown.paste(rgba, mask=rgba.getchannel("A"))
            else:
                shown = image.convert("RGB")
            shown.thumbnail((width, height), Image.Resampling.LANCZOS)
            return numpy.asarray(shown)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None  # stored checked (pictures.py); a damaged one is said, not fatal


def pair_bytes(store: Store, pair: PhotoPair) -> tuple[bytes | None, bytes | None]:
    """The stored bytes of a pair's photos (None where it has none)."""
    return tuple(None if picture is None else ops.picture_bytes(store, picture) for picture in pair)


def draw_pair(
    figure,
    before: bytes | None,
    after: bytes | None,
    rect: tuple[float, float, float, float],
    *,
    gap: float = 0.01,
) -> None:
    """The before and after photos side by side in `rect` (left, bottom, width, height
    as fractions of the figure), each captioned; a missing one as an empty frame
    captioned so."""
    left, bottom, width, height = rect
    half = (width - gap) / 2
    draw_photo(figure, before, translate("Photos", "before"), (left, bottom, half, height))
    draw_photo(
        figure, after, translate("Photos", "after"), (left + half + gap, bottom, half, height)
    )


def draw_photo(
    figure, data: bytes | None, kind: str, rect: tuple[float, float, float, float]
) -> None:
    """One photo (its stored bytes) fitted into its place, centred, captioned under it
    with `kind` ("before", "after", as the user reads it)."""
    left, bottom, width, height = rect
    caption = CAPTION_INCHES / figure.get_figheight()
    axes = figure.add_axes((left, bottom + caption, width, height - caption))
    axes.set_xticks([])
    axes.set_yticks([])
    for side in axes.spines.values():
        side.set_color(FRAME)
        side.set_linewidth(0.6)
    pixels = None
    if data is not None:
        inches = (width * figure.get_figwidth(), (height - caption) * figure.get_figheight())
        pixels = decoded(data, *(round(side * PRINT_DPI) for side in inches))
    if pixels is not None:
        # Unsampled: a PDF embeds the pixels as decoded, and its viewer scales them; a
        # PNG page resamples them smoothly (review.save_page).
        axes.imshow(pixels, interpolation="none")
    else:
        axes.set_facecolor(EMPTY)
        if data is not None:
            axes.text(
                0.5,
                0.5,
                translate("Photos", "could not be read"),
                ha="center",
                va="center",
                transform=axes.transAxes,
                fontsize=7,
                style="italic",
                color="#555555",
            )
    figure.text(
        left + width / 2,
        bottom,
        translate("Photos", "{kind}: missing").format(kind=kind) if data is None else kind,
        ha="center",
        va="bottom",
        fontsize=7,
        color="#444444",
        style="normal" if pixels is not None else "italic",
    )
