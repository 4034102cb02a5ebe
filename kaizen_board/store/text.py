"""A card's text as search reads it: letter case and accents aside, in any alphabet.

Both the text indexed and the words searched for are folded the same way, so that
"CAFÉ", "Cafe" and "café" find each other. Accents are taken off Latin, Greek and
Cyrillic letters only: the marks that tell kana apart (ガ from カ) or build Hangul are
letters of their own, and stay.
"""

from __future__ import annotations

import unicodedata

# Between a card's texts when they are indexed as one: no word typed contains it, so no
# match runs from a title into a description.
APART = "\x1f"
TRIGRAM = 3  # a word this long or longer is found through the text index
# Around every letter of a card's text in the index of short words (SQLite's): the
# trigrams of "\x1ea\x1eb\x1e" are each letter ("\x1ea\x1e") and each pair of letters
# ("a\x1eb") of "ab", so a word of one or two letters is one term of that index.
GAP = "\x1e"
# Marks are taken off letters below this code point (Latin, Greek, Cyrillic and their
# supplements), and off Latin Extended Additional and Greek Extended.
_MARKED_ALPHABETS_END = 0x0530
_MARKED_EXTENDED = range(0x1E00, 0x2000)


def fold(text: str | None) -> str:
    """`text` case-folded, without the accents of Latin, Greek and Cyrillic letters."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    kept: list[str] = []
    base = "\x00"  # a mark with no letter before it goes
    for char in decomposed:
        if unicodedata.combining(char):
            if ord(base) < _MARKED_ALPHABETS_END or ord(base) in _MARKED_EXTENDED:
                continue
        else:
            base = char
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)).casefold()


def fold_card_text(*texts: str | None) -> str:
    """A card's searched texts, folded and joined as the index holds them."""
    return APART.join(fold(text) for text in texts)


def spaced_card_text(*texts: str | None) -> str:
    """A card's searched texts as the index of short words holds them: folded and joined
    (`fold_card_text`), with GAP around every letter."""
    return GAP + GAP.join(fold_card_text(*texts)) + GAP


# The SQL functions the text indexes' triggers call, by the names they call them
# (store/sqlite/engine.py), each of any number of texts.
SQL_FUNCTIONS = {"kaizen_fold": fold_card_text, "kaizen_spaced": spaced_card_text}


def short_word_term(folded: str) -> str | None:
    """The one term of the index of short words that finds `folded` (a folded word of one
    or two letters), or None for a word that index cannot find: longer, empty, or holding
    GAP itself (no word typed does)."""
    if not 0 < len(folded) < TRIGRAM or GAP in folded:
        return None
    return GAP + folded + GAP if len(folded) == 1 else folded[0] + GAP + folded[1]
