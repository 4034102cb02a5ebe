"""Lines of text on a printed page, in any script: `textwrap`, where it can, and where a text
has wide characters (Japanese, Chinese, Korean) their width counted twice and a line broken
between two of them, as those scripts break lines (they put no spaces between words).

The widths are in characters of the page's Latin text, as `textwrap` counts them.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata

# Marks that close a phrase: never the first character of a line (Japanese kinsoku).
NO_LINE_START = set(
    "、。，．・：；？！ー）」』】〉》〕］｝…‥ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.:;!?)]}"
)
# A run of characters without a break inside: a word of narrow characters, or one wide
# character (with the closing marks after it), or spaces.
_TOKENS = re.compile(r"\s+|[^\s]")


def is_wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in ("W", "F")


def width(text: str) -> int:
    """How wide `text` is printed, in narrow characters."""
    return sum(2 if is_wide(character) else 1 for character in text)


def _has_wide(text: str) -> bool:
    return not text.isascii() and any(is_wide(character) for character in text)


def wrap(text: str, columns: int) -> list[str]:
    """`text` in lines at most `columns` narrow characters wide (a wide one counts two),
    broken at spaces, and between wide characters; whitespace collapsed, as
    `textwrap.wrap` does."""
    if not _has_wide(text):
        return textwrap.wrap(text, columns)
    lines: list[str] = []
    line = ""
    for token in _tokens(" ".join(text.split())):
        if token == " ":
            if line:
                line += " "
            continue
        hangs = line.strip() and not line.endswith(" ") and token[0] in NO_LINE_START
        if width(line + token) <= columns or hangs:
            line = line + token if line.strip() else token
            continue
        if line.strip():
            lines.append(line.rstrip())
        while width(token) > columns:  # a word wider than a line: cut where it must
            cut = _fitting(token, columns)
            lines.append(token[:cut])
            token = token[cut:]
        line = token
    if line.strip():
        lines.append(line.rstrip())
    return lines


def shorten(text: str, columns: int, placeholder: str = " …") -> str:
    """`text` on one line at most `columns` wide, cut with `placeholder` if it is longer
    (at a space, or between wide characters), as `textwrap.shorten` does."""
    if not _has_wide(text):
        return textwrap.shorten(text, columns, placeholder=placeholder)
    flat = " ".join(text.split())
    if width(flat) <= columns:
        return flat
    room = columns - width(placeholder)
    kept = ""
    for token in _tokens(flat):
        if width(kept + token) > room:
            break
        kept += token
    return kept.rstrip() + placeholder


def join(lines: list[str]) -> str:
    """Lines made one text again: a space between them, but none between wide characters."""
    text = ""
    for line in lines:
        if text and not (is_wide(text[-1]) and line and is_wide(line[0])):
            text += " "
        text += line
    return text


def _tokens(text: str) -> list[str]:
    """Words of narrow characters, single wide characters, and single spaces."""
    tokens: list[str] = []
    for piece in _TOKENS.findall(text):
        if piece.isspace():
            tokens.append(" ")
        elif is_wide(piece) or not tokens or tokens[-1] == " " or is_wide(tokens[-1][-1]):
            tokens.append(piece)
        else:
            tokens[-1] += piece  # the same narrow word goes on
    return tokens


def _fitting(token: str, columns: int) -> int:
    """How many characters of `token` fit in `columns` (at least one)."""
    used = 0
    for index, character in enumerate(token):
        used += width(character)
        if used > columns:
            return max(index, 1)
    return len(token)
