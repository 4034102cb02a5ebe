"""Shared fixtures: a temporary database on a fixed clock, and a board with history."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kaizen_board import ops, paths
from kaizen_board.clock import FixedClock
from kaizen_board.store import Store, open_store
from tests.helpers import START

# Widgets are tested offscreen unless told otherwise, so no display is needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the user's real data folder or database."""
    monkeypatch.delenv("KAIZEN_BOARD_DB", raising=False)
    monkeypatch.setenv("KAIZEN_BOARD_MEMBER", "Tester")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    paths.set_data_dir(tmp_path / "data")
    yield
    paths.set_data_dir(None)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "board.sqlite"


@pytest.fixture
def store(db_path: Path, clock: FixedClock):
    opened = open_store(db_path, clock=clock, member_name="Tester")
    yield opened
    opened.close()


@pytest.fixture
def board(store: Store) -> ops.BoardInfo:
    return ops.default_board(store)
