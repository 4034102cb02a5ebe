"""A database location that names no file is refused: a board is never kept where it
would be lost when the program ends."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kaizen_board.errors import DatabaseProblem
from kaizen_board.store import open_store

NO_FILE = ["sqlite:///", "sqlite://", "sqlite:///:memory:", ":memory:"]


@pytest.mark.parametrize("location", NO_FILE)
def test_a_location_naming_no_file_is_refused_and_makes_nothing(location, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseProblem, match="names no database file"):
        open_store(location)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("location", NO_FILE)
def test_adding_a_card_to_an_in_memory_database_exits_2_and_writes_nothing(location, tmp_path):
    added = subprocess.run(
        [sys.executable, "-m", "kaizen_board", "--db", location, "add", "foo"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert added.returncode == 2, added.stderr
    assert added.stdout == ""  # no card id: the card was stored nowhere
    assert "names no database file" in added.stderr
    assert "Traceback" not in added.stderr
    assert list(tmp_path.iterdir()) == []  # no empty file named ':memory:' either
