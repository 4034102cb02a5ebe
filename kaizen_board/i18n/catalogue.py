"""Keeping the catalogues: `python -m kaizen_board.i18n.catalogue`.

Reads every text marked for translation in the package's sources with the tools
PySide6-Essentials ships (`lupdate`: into `kaizen_board_<language>.ts`, where a
translator writes the translations; texts no longer in the sources are dropped) and
builds the `.qm` files the program loads (`lrelease`). The `.qm` files are kept built in
the package; a test fails when a source text has no translation, when a translation drops
a placeholder, or when a `.qm` is older than its `.ts`.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import PySide6

from kaizen_board.translation import CATALOGUE_PREFIX, CATALOGUES, ENGLISH, LANGUAGES

PACKAGE = Path(__file__).resolve().parent.parent
TOOLS = Path(PySide6.__file__).parent
TRANSLATED = [code for code in LANGUAGES if code != ENGLISH]


def sources() -> list[Path]:
    """The package's Python files, in a stable order."""
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def ts_file(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"{CATALOGUE_PREFIX}{language}.ts"


def qm_file(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"{CATALOGUE_PREFIX}{language}.qm"


# How many plural forms each language has (Qt's rules: Japanese one, German two).
PLURAL_FORMS = {"ja": 1, "de": 2}


def update(language: str, ts: Path) -> None:
    """`ts` made or brought up to date with the sources' texts.

    Every text with "%n" is a plural text. PySide6's lupdate marks one so only where the
    count is a number written in the call, and drops the plural forms of every other on
    its next run: they are kept here across the run, and such texts marked plural."""
    kept = plural_forms(ts) if ts.exists() else {}
    _run(
        TOOLS / "lupdate",
        *map(str, sources()),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        ENGLISH,
        "-target-language",
        language,
        "-ts",
        str(ts),
    )
    _mark_plurals(ts, kept, PLURAL_FORMS.get(language, 2))


def plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The plural forms a catalogue has, by (context, source)."""
    forms = {}
    for context, message in messages(ElementTree.parse(ts)):
        numerus = message.findall("translation/numerusform")
        if numerus and all(form.text for form in numerus):
            forms[context, message.findtext("source")] = [form.text for form in numerus]
    return forms


def messages(tree: ElementTree.ElementTree):
    """(context's name, message element) of every message of a catalogue."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _mark_plurals(ts: Path, kept: dict, count: int) -> None:
    tree = ElementTree.parse(ts)
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        if "%n" not in source:
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        forms = kept.get((context, source)) or [
            form.text for form in translation.findall("numerusform") if form.text
        ]
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        if len(forms) != count:
            forms = [""] * count
            translation.set("type", "unfinished")
        for text in forms:
            ElementTree.SubElement(translation, "numerusform").text = text
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def release(ts: Path, qm: Path) -> None:
    """`qm` built from `ts` (translations marked unfinished are left out)."""
    _run(TOOLS / "lrelease", "-silent", str(ts), "-qm", str(qm))


def _run(tool: Path, *arguments: str) -> None:
    done = subprocess.run([str(tool), *arguments], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{tool.name} failed: {done.stderr or done.stdout}")


def main() -> int:
    for language in TRANSLATED:
        update(language, ts_file(language))
        release(ts_file(language), qm_file(language))
        print(qm_file(language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
