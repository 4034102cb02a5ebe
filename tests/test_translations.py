"""The catalogues: every text a user reads has its Japanese and German translation, with
the same placeholders; the program speaks the language asked for, chosen or the system's."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from kaizen_board import translation
from kaizen_board.errors import EXIT_USER_ERROR
from kaizen_board.i18n import catalogue
from kaizen_board.stages import Stage

# A placeholder a translation must keep: {name}, {0}, %n, %1; a mnemonic: &F (not &&, not
# an entity such as &nbsp;).
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")
MNEMONIC = re.compile(r"&(?![&\s]|[a-z]+;|#\d+;)")


def messages(ts: Path) -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    return [
        (context, message.findtext("source") or "", message.find("translation"))
        for context, message in catalogue.messages(ElementTree.parse(ts))
    ]


def forms(translated: ElementTree.Element) -> list[str]:
    numerus = translated.findall("numerusform")
    return [form.text or "" for form in numerus] if numerus else [translated.text or ""]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, Path]:
    """The committed catalogues brought up to date with the sources, in a scratch folder
    (what `python -m kaizen_board.i18n.catalogue` would write)."""
    folder = tmp_path_factory.mktemp("catalogues")
    made = {}
    for language in catalogue.TRANSLATED:
        shutil.copy(catalogue.ts_file(language), catalogue.ts_file(language, folder))
        catalogue.update(language, catalogue.ts_file(language, folder))
        made[language] = catalogue.ts_file(language, folder)
    return made


@pytest.mark.parametrize("language", catalogue.TRANSLATED)
def test_every_text_of_the_sources_has_a_translation(extracted, language):
    missing = [
        f"{context}: {source!r}"
        for context, source, translated in messages(extracted[language])
        if translated.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(form.strip() for form in forms(translated))
    ]
    assert missing == [], f"{len(missing)} texts without a {language} translation"


@pytest.mark.parametrize("language", catalogue.TRANSLATED)
def test_translations_keep_every_placeholder_and_mnemonic(extracted, language):
    wrong = []
    for context, source, translated in messages(extracted[language]):
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms(translated):
            if not form:
                continue  # said by the test above
            kept = sorted(PLACEHOLDER.findall(form))
            # A plural form may leave %n out ("one card" / "ein Karte" never; "eine Karte" may)
            if "%n" in wanted and "%n" not in kept:
                kept = sorted([*kept, "%n"])
            if kept != wanted:
                wrong.append(f"{context}: {source!r} -> {form!r}")
            if MNEMONIC.search(source) and not MNEMONIC.search(form):
                wrong.append(f"{context}: {source!r} -> {form!r} (no &-key)")
    assert wrong == []


@pytest.mark.parametrize("language", catalogue.TRANSLATED)
def test_the_built_catalogue_is_the_one_its_translations_make(tmp_path, language):
    built = tmp_path / "built.qm"
    catalogue.release(catalogue.ts_file(language), built)
    assert built.read_bytes() == catalogue.qm_file(language).read_bytes(), (
        "run python -m kaizen_board.i18n.catalogue"
    )


def test_japanese_and_german_stage_names(language):
    language("ja")
    assert [stage.title for stage in Stage] == ["標準", "標準遵守", "改善", "再標準化"]
    assert Stage.parse("改善") is Stage.IMPROVE  # as a Japanese user types it
    language("de")
    assert Stage.IMPROVE.title == "Verbessern"
    language("en")
    assert Stage.IMPROVE.title == "Improve"


def test_qt_own_words_come_from_its_catalogue(language):
    language("ja")
    assert translation.translate("QPlatformTheme", "Cancel") == "キャンセル"


def test_german_counts_take_their_own_plural_form(language):
    from kaizen_board.ui.board.card_delegate import waiting_text

    language("de")
    assert waiting_text(7) == "wartet seit 1 Woche"
    assert waiting_text(21) == "wartet seit 3 Wochen"
    language("ja")
    assert waiting_text(21) == "3週間滞留"


@pytest.mark.parametrize(
    ("asked", "saved", "environment", "chosen"),
    [
        (None, "", {"LANG": "ja_JP.UTF-8"}, "ja"),
        (None, "", {"LC_ALL": "de_AT.UTF-8", "LANG": "ja_JP.UTF-8"}, "de"),
        (None, "", {"LANG": "C.UTF-8"}, "en"),
        (None, "", {"LANGUAGE": "de:en"}, "de"),
        (None, "de", {"LANG": "ja_JP.UTF-8"}, "de"),
        ("ja", "de", {"LANG": "en_GB.UTF-8"}, "ja"),
        ("de-CH", "", {}, "de"),
    ],
)
def test_the_language_is_asked_else_chosen_else_the_systems(asked, saved, environment, chosen):
    assert translation.chosen_language(asked, saved, environment) == chosen


def test_the_settings_choice_is_read_without_qt(tmp_path):
    settings = tmp_path / "kaizen-board.conf"
    settings.write_text("[General]\nlanguage=ja\nzoom=120\n", encoding="utf-8")
    assert translation.saved_language(settings) == "ja"
    assert translation.saved_language(tmp_path / "none.conf") == ""
    (tmp_path / "bad.conf").write_bytes(b"\xff\xfe[General")
    assert translation.saved_language(tmp_path / "bad.conf") == ""


def run_cli(*arguments: str, home: Path, **environment: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    env.update({"XDG_DATA_HOME": str(home / "data"), **environment})
    return subprocess.run(
        [sys.executable, "-m", "kaizen_board", *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_the_command_line_speaks_the_language_asked_for(tmp_path):
    db = str(tmp_path / "board.sqlite")
    assert run_cli("add", "Shadow board", "--db", db, home=tmp_path).returncode == 0
    english = run_cli("list", "--stage", "nowhere", "--db", db, home=tmp_path)
    japanese = run_cli("--lang", "ja", "list", "--stage", "nowhere", "--db", db, home=tmp_path)
    by_locale = run_cli("list", "--stage", "nowhere", "--db", db, home=tmp_path, LANG="de_DE.UTF-8")
    assert english.returncode == japanese.returncode == by_locale.returncode == EXIT_USER_ERROR
    assert "unknown stage" in english.stderr
    assert "unknown stage" not in japanese.stderr
    assert "'nowhere'" in japanese.stderr
    assert "unknown stage" not in by_locale.stderr
    assert "'nowhere'" in by_locale.stderr
    assert "Traceback" not in japanese.stderr + by_locale.stderr


def test_a_language_without_a_catalogue_is_said_and_english_used(tmp_path):
    done = run_cli("--lang", "xx", "list", "--db", str(tmp_path / "b.sqlite"), home=tmp_path)
    assert "no translation into xx" in done.stderr
    assert "Traceback" not in done.stderr
