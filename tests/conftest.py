"""Shared fixtures: a temporary database on a fixed clock, and a board with history."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kaizen_board import ops, paths
from kaizen_board.clock import FixedClock
from kaizen_board.stages import Stage
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


# The core's tests run against both engines: SQLite (a file) and PostgreSQL (a private
# server, see tests/pg_server.py), unless a test is about SQLite's files themselves.
CORE = ("ops", "reports", "transfer")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    core = Path(metafunc.definition.path).parent.name in CORE
    sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
    if core and "store" in metafunc.fixturenames and not sqlite_only:
        metafunc.parametrize("engine_name", ["sqlite", "postgresql"])


@pytest.fixture
def engine_name() -> str:
    return "sqlite"


@pytest.fixture
def location(engine_name: str, db_path: Path):
    """Where the test's database is: a new file, or a new database on the test server."""
    if engine_name == "sqlite":
        yield str(db_path)
        return
    from tests import pg_server

    url = pg_server.fresh_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def store(location: str, clock: FixedClock):
    opened = open_store(location, clock=clock, member_name="Tester")
    yield opened
    opened.close()


@pytest.fixture
def board(store: Store) -> ops.BoardInfo:
    return ops.default_board(store)


def at(clock, *parts) -> None:
    clock.current = datetime(*parts, tzinfo=UTC)


@pytest.fixture
def history(store, board, clock):
    """A board with known history: two weeks of a small team's board (ISO weeks 2026-W47
    and W48), built step by step; the weekly review's tests count it by hand."""
    at(clock, 2026, 11, 17, 9)  # week 47
    first = ops.add_card(
        store, board.id, "Shadow board", owner="Kenji", standard="Wrenches in a drawer"
    ).card_id
    ops.add_card(store, board.id, "Label bins", submitted_by="Priya")
    at(clock, 2026, 11, 18, 9)
    ops.edit_card(store, first, standard="Wrenches on their outline")
    ops.move_card(store, first, Stage.RESTANDARDIZE)  # improvement, lap 1, week 47
    at(clock, 2026, 11, 23, 8)  # week 48
    ops.move_card(store, first, Stage.STANDARD)  # lap 2 begins
    ops.move_card(store, first, Stage.IMPROVE)
    at(clock, 2026, 11, 24, 10)
    ops.edit_card(store, first, standard="Wrenches on outlines, colour per size")
    ops.move_card(store, first, Stage.RESTANDARDIZE)  # improvement, lap 2, week 48
    ops.move_card(store, first, Stage.IMPROVE)
    ops.move_card(store, first, Stage.RESTANDARDIZE)  # same lap: no second improvement
    third = ops.add_card(store, board.id, "Two-bin gloves", submitted_by="Aiko").card_id
    undone = ops.move_card(store, third, Stage.RESTANDARDIZE)
    ops.undo(store, undone)  # un-counted
    fourth = ops.add_card(store, board.id, "Spill kit", owner="Aiko").card_id
    ops.move_card(store, fourth, Stage.RESTANDARDIZE)  # improvement, then archived
    ops.archive_card(store, fourth)
    ops.add_card(store, board.id, "Kit parts", submitted_by="Priya")
    at(clock, 2026, 11, 29, 23, 30)  # Sunday 23:30 UTC: Monday 00:30 in Berlin
    ops.add_card(store, board.id, "Late idea")
    return {"first": first}


@pytest.fixture
def language(qapp):
    """Load a language for the test; English again after it (in the application and
    its locale too)."""
    from PySide6.QtCore import QLocale, Qt

    from kaizen_board import translation

    yield translation.load
    translation.unload()
    QLocale.setDefault(QLocale.system())
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
