"""Words a user reads, in the user's language through Qt's translation where it can be."""

from __future__ import annotations

import sys


def translate(context: str, text: str) -> str:
    """`text` as Qt's installed translators give it in `context`.

    Only a program that has loaded QtCore can have installed a translator (the window
    does); a command that draws no window gets the text as written, without loading
    QtCore for it (45-80 ms of a weekly review's second)."""
    core = sys.modules.get("PySide6.QtCore")
    if core is None:
        return text
    return core.QCoreApplication.translate(context, text)


def english_plural(text: str, count: int) -> str:
    """A text of Qt's plural form ("%n week(s)") as Qt gives it back where no catalogue
    has it ("3 week(s)"), made English: "(s)" goes for one and becomes "s" for more. A
    translation has no "(s)" and comes back as it is."""
    return text.replace("(s)", "" if count == 1 else "s")


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """`noun` for one, else `nouns` (by default `noun` + "s"): an English noun counted."""
    return noun if count == 1 else nouns or f"{noun}s"


def counted(count: int, noun: str, nouns: str | None = None) -> str:
    """ "1 card", "25 cards": a count with its noun, in English (the command line's and
    the core's messages; the window's go through Qt's %n forms)."""
    return f"{count} {plural(count, noun, nouns)}"
