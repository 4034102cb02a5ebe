"""The fonts the reports and charts draw text with: every script a card may be written in.

matplotlib draws with one font, DejaVu Sans, unless a text's family is a list: then (since
3.6, in the Agg, PDF, PS and SVG backends) each character comes from the first font of the
list that has it, and 3.11 shapes the text with HarfBuzz and orders it with SheenBidi
(libraqm), so Arabic joins and a right-to-left run reads right to left. DejaVu Sans has
Latin, Greek, Cyrillic, Arabic and Hebrew; a text with a character its font lacks gets a
font for each script, from those matplotlib's font cache knows (on Debian: fonts-noto-cjk,
fonts-noto-ui-core, fonts-symbola; not fonts-noto-core, whose Noto Sans fontconfig would
then prefer to DejaVu Sans in every window). A script with no font installed still prints
as boxes, as before.

Only such texts get the list: each family in it costs matplotlib a search of all the
installed fonts for each size and weight on the page, a tenth of a second for a page of
Latin text that needs none of them. Imported when the first figure is made (it imports
matplotlib).
"""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path

from matplotlib import font_manager, ft2font
from matplotlib.figure import Figure
from matplotlib.text import Text

# For each script, the families that draw it, best first; the first one installed is used.
SCRIPT_FONTS = (
    # Pan-CJK: Japanese kana, Chinese (simplified and traditional) and Korean Hangul.
    ("Japanese, Chinese, Korean", ("Noto Sans CJK JP", "Noto Sans CJK SC", "Droid Sans Fallback")),
    ("Thai", ("Noto Sans Thai", "Noto Sans Thai UI", "Loma", "Garuda")),
    # DejaVu Sans draws Arabic upright; this what it lacks: Urdu's letters, italics.
    ("Arabic", ("Noto Sans Arabic", "Noto Sans Arabic UI", "Noto Naskh Arabic")),
    # DejaVu Sans draws Hebrew, its points and italics too: this only where installed.
    ("Hebrew", ("Noto Sans Hebrew",)),
    # Outlines only: matplotlib cannot draw a bitmap font such as Noto Color Emoji.
    ("emoji", ("Noto Emoji", "Symbola")),
)


class ScriptFigure(Figure):
    """A Figure whose texts, as it is drawn, fall back to the script fonts where their own
    font lacks a character (names and titles in any script, not boxes)."""

    def draw(self, renderer) -> None:
        fall_back_where_needed(self)
        super().draw(renderer)


def fall_back_where_needed(figure: Figure) -> None:
    """Give each text of `figure` with a character its font lacks the script fonts after
    its own; an axis the same for all its tick labels (ticks are made anew as it is drawn)."""
    fallbacks = script_fonts()
    if not fallbacks:
        return
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            labels = axis.get_majorticklabels()  # their text as they will be drawn
            if any(_lacks_glyphs(label) for label in labels):
                families = [*labels[0].get_fontproperties().get_family(), *fallbacks]
                axis.set_tick_params(which="both", labelfontfamily=families)
    for text in figure.findobj(Text):
        if _lacks_glyphs(text):
            text.set_fontfamily([*text.get_fontproperties().get_family(), *fallbacks])


def _lacks_glyphs(text: Text) -> bool:
    written = text.get_text()
    if written.isascii():
        return False  # every font here has ASCII
    families = text.get_fontproperties().get_family()
    if any(family in families for family in script_fonts()):
        return False  # has the list already
    # Its first family's font, asked for as drawing it will ask (so drawing finds it in
    # matplotlib's cache, not by a second search).
    first = text.get_fontproperties().copy()
    first.set_family(families[0])
    try:
        drawn_with = font_manager.findfont(first, fallback_to_default=False)
    except ValueError:
        return False  # not installed: matplotlib says so as it draws
    has = _characters_of(str(drawn_with), getattr(drawn_with, "face_index", 0))
    return any(ord(character) not in has for character in written if not character.isspace())


@functools.cache
def _characters_of(path: str, face_index: int) -> frozenset[int]:
    return frozenset(ft2font.FT2Font(path, face_index=face_index).get_charmap())


@functools.cache
def script_fonts() -> tuple[str, ...]:
    """A family for each script that has one installed, from matplotlib's font cache: read
    once per process, scanned again only if fonts were installed after it was written."""
    manager = font_manager.fontManager
    chosen = _chosen(manager)
    if len(chosen) < len(SCRIPT_FONTS) and _fonts_installed_since(_cache_file()):
        _learn_new_fonts(manager)
        chosen = _chosen(manager)
    logging.getLogger("matplotlib.font_manager").addFilter(_drawn_at_another_weight)
    return tuple(chosen)


def _chosen(manager) -> list[str]:
    """Each script's first family that has a font file (the cache may name a removed one)."""
    files: dict[str, list[str]] = {}
    for entry in manager.ttflist:
        files.setdefault(entry.name, []).append(entry.fname)
    chosen = []
    for _, families in SCRIPT_FONTS:
        for family in families:
            if any(os.path.exists(path) for path in files.get(family, ())):
                chosen.append(family)
                break
    return chosen


def _cache_file() -> Path:
    import matplotlib

    version = font_manager.FontManager.__version__
    return Path(matplotlib.get_cachedir(), f"fontlist-v{version}.json")


def _fonts_installed_since(cache: Path) -> bool:
    """Whether a font folder changed after matplotlib wrote its font cache: matplotlib
    reads the cache without looking at the folders again, so it would not know fonts
    installed since (say, the packages the README names). Folders are listed, no font
    is opened."""
    try:
        written = cache.stat().st_mtime
    except OSError:
        return False  # no cache: matplotlib has just looked at every font itself
    for top in font_manager.X11FontDirectories:
        for folder, _, _ in os.walk(top):
            try:
                if os.stat(folder).st_mtime > written:
                    return True
            except OSError:
                continue
    return False


def _learn_new_fonts(manager) -> None:
    """Add the fonts matplotlib's cache lacks, and write the cache for the next process."""
    known = {entry.fname for entry in manager.ttflist}
    for path in font_manager.findSystemFonts():
        if path not in known:
            try:
                manager.addfont(path)
            except Exception:  # as matplotlib skips them: bitmap-only, damaged
                continue
    font_manager.json_dump(manager, _cache_file())


def _drawn_at_another_weight(record: logging.LogRecord) -> bool:
    """Leave out matplotlib's warning that a script font has no bold (Symbola has not):
    its few characters are drawn at regular weight, nothing a reader would miss."""
    if not str(record.msg).startswith("findfont: Failed to find font weight"):
        return True
    # Its arguments: the weight asked for, the name of the font used instead, its weight.
    used = record.args[1] if isinstance(record.args, tuple) and len(record.args) == 3 else None
    return not any(used in families for _, families in SCRIPT_FONTS)
