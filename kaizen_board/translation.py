"""Words a user reads, in the user's language, through Qt's translation.

Every text a user reads goes through `translate(context, text)` (the core, the command
line, the reports) or a widget's `self.tr(text)` (the window), so that
`pyside6-lupdate` finds it for the catalogues in `kaizen_board/i18n` (see the README's
"Languages"). Texts kept in constants are marked with `QT_TRANSLATE_NOOP(context,
text)` and translated where shown.

The language is `--lang`, else the one chosen in the settings, else the system's
(`$LC_ALL`, `$LC_MESSAGES`, `$LANG`, `$LANGUAGE`). English needs no catalogue: a command
in English does not load QtCore at all (45-80 ms of a weekly review's second).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

CATALOGUES = Path(__file__).with_name("i18n")
CATALOGUE_PREFIX = "kaizen_board_"
ENGLISH = "en"
# The languages with a catalogue of our own, by code, each named in its own words.
LANGUAGES = {"en": "English", "de": "Deutsch", "ja": "日本語"}
SETTINGS_KEY = "language"

_catalogues: list = []  # the loaded QTranslators, ours last (asked first)
loaded_language = ENGLISH  # the language `load` was last given


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` as the loaded catalogue gives it in `context`; with `n` >= 0, a text of
    Qt's plural form ("%n card(s)") for that count ("1 card", "25 cards" in English).

    Without a catalogue loaded (English) the text comes back as written, and QtCore is
    not loaded for it. The catalogues are asked directly (no application object needed,
    so the command line can use them too)."""
    shown = ""
    for catalogue in reversed(_catalogues):
        shown = catalogue.translate(context, text, disambiguation, n)
        if shown:
            break
    else:
        # No catalogue of ours: a translator installed in the application otherwise.
        core = sys.modules.get("PySide6.QtCore")
        if core is not None and core.QCoreApplication.instance() is not None:
            shown = core.QCoreApplication.translate(context, text, disambiguation, n)
    shown = shown or text
    return shown if n < 0 else english_plural(shown.replace("%n", str(n)), n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """`text`, marked for the catalogue in `context`, to be translated where shown."""
    return text


def english_plural(text: str, count: int) -> str:
    """A text of Qt's plural form ("%n week(s)") as Qt gives it back where no catalogue
    has it ("3 week(s)"), made English: "(s)" goes for one and becomes "s" for more. A
    translation has no "(s)" and comes back as it is."""
    return text.replace("(s)", "" if count == 1 else "s")


# Choosing and installing the language ------------------------------------------------


def system_language(environ=os.environ) -> str:
    """The language the system asks for, as a code ("ja", "de", "en", ...): the first
    of `$LC_ALL`, `$LC_MESSAGES`, `$LANG` set, else the first of `$LANGUAGE`."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return language_code(value)
    first = environ.get("LANGUAGE", "").split(":")[0]
    return language_code(first) if first else ENGLISH


def language_code(value: str) -> str:
    """ "ja_JP.UTF-8" -> "ja", "de-AT" -> "de", "C"/"POSIX" -> "en"."""
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].strip().lower()
    return ENGLISH if code in ("", "c", "posix") else code


def chosen_language(asked: str | None = None, saved: str | None = None, environ=os.environ):
    """The language to show: `asked` (`--lang`), else `saved` (the settings' choice,
    "" for the system's), else the system's."""
    for choice in (asked, saved):
        if choice:
            return language_code(choice)
    return system_language(environ)


def saved_language(settings_file: Path) -> str:
    """The language chosen in the window's settings file ("" for the system's), read
    without Qt (the command line does not load it for English)."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file, encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return ""  # an unreadable settings file: the system's language
    return parser.get("General", SETTINGS_KEY, fallback="").strip()


def load(language: str) -> bool:
    """Load the catalogues for `language` (ours and Qt's own, `qtbase_<language>.qm`), in
    place of any loaded before. Returns whether a catalogue of ours was found.

    English loads nothing (and does not load QtCore). Another language loads QtCore."""
    global loaded_language
    unload()
    loaded_language = language
    if language == ENGLISH:
        return False
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _catalogues.append(qt)
    ours = QTranslator()
    found = ours.load(f"{CATALOGUE_PREFIX}{language}", str(CATALOGUES))
    if found:
        _catalogues.append(ours)
    return found


def unload() -> None:
    """Back to English (the texts as written), in the application too."""
    global loaded_language
    loaded_language = ENGLISH
    if not _catalogues:
        return
    from PySide6.QtCore import QCoreApplication

    while _catalogues:
        QCoreApplication.removeTranslator(_catalogues.pop())


def install_in_application(app) -> None:
    """The loaded catalogues installed in the window's application (its widgets' `tr`,
    Qt's own dialogs), dates and numbers written as the loaded language writes them where
    the system's locale speaks another, and the window mirrored for a right-to-left
    language."""
    from PySide6.QtCore import QLocale, Qt

    language = loaded_language
    for catalogue in _catalogues:
        app.installTranslator(catalogue)
    if language != language_code(QLocale.system().name()):
        QLocale.setDefault(QLocale(language))
    if QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def language_name(code: str) -> str:
    """A language named in its own words ("Deutsch"), else its code."""
    return LANGUAGES.get(code, code)
