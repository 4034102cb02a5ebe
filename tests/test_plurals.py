"""Counts read as English does: "1 card", "2 cards", never "card(s)"."""

from __future__ import annotations

import re
from pathlib import Path

from kaizen_board.translation import english_plural, translate

PACKAGE = Path(__file__).parent.parent / "kaizen_board"


def test_a_count_takes_the_noun_a_person_would_write():
    assert translate("Test", "%n card(s)", None, 1) == "1 card"
    assert translate("Test", "%n card(s)", None, 0) == "0 cards"
    assert translate("Test", "%n card(s)", None, 25) == "25 cards"
    assert english_plural("waiting 1 week(s)", 1) == "waiting 1 week"
    assert english_plural("waiting 3 week(s)", 3) == "waiting 3 weeks"


def test_no_message_of_the_program_counts_with_an_s_in_brackets():
    """Every "(s)" left in the sources is a Qt %n form, made English by english_plural."""
    for path in PACKAGE.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if "(s)" in line and path.name != "translation.py":
                assert "%n" in line, f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
                assert re.search(r"%n [^\"]*\(s\)", line), f"{path}:{number}"
