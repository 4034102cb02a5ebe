"""Opening a database: new, existing, and every kind of file that must be refused untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kaizen_board import ops, paths
from kaizen_board.errors import DatabaseProblem
from kaizen_board.store import open_store
from kaizen_board.store.schema import SCHEMA_VERSION


def _untouched(path: Path):
    """Bytes and modification time of a file, to compare after a refusal."""
    return path.read_bytes(), path.stat().st_mtime_ns


def test_new_database_is_created_with_its_folder_and_durable_settings(tmp_path, clock):
    path = tmp_path / "deep" / "er" / "team.sqlite"
    store = open_store(path, clock=clock)
    try:
        pragma = store.database.execute_sql
        assert pragma("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert pragma("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert pragma("PRAGMA foreign_keys").fetchone()[0] == 1
        version = pragma("SELECT value FROM schema_info WHERE key = 'schema_version'")
        assert int(version.fetchone()[0]) == SCHEMA_VERSION
    finally:
        store.close()
    assert path.is_file()


def test_cards_are_still_there_after_reopening(db_path, clock):
    store = open_store(db_path, clock=clock)
    board = ops.default_board(store)
    card_id = ops.add_card(store, board.id, "Shadow board").card_id
    store.close()
    again = open_store(db_path, clock=clock)
    try:
        assert [card.id for card in ops.list_cards(again, board.id)] == [card_id]
    finally:
        again.close()


def test_default_database_lives_in_the_data_folder(tmp_path, clock):
    store = open_store(None, clock=clock)
    store.close()
    assert store.location == str(paths.data_dir() / paths.DATABASE_FILE_NAME)
    assert Path(store.location).is_file()


def test_environment_variable_chooses_the_database(tmp_path, clock, monkeypatch):
    chosen = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("KAIZEN_BOARD_DB", str(chosen))
    open_store(None, clock=clock).close()
    assert chosen.is_file()


def test_sqlite_url_opens_the_file_it_names(tmp_path, clock):
    path = tmp_path / "by-url.sqlite"
    open_store(f"sqlite:///{path}", clock=clock).close()
    assert path.is_file()


def test_other_database_urls_are_refused_clearly(clock):
    with pytest.raises(DatabaseProblem, match="a database is a file path, a sqlite:/// URL or"):
        open_store("mysql://localhost/kaizen", clock=clock)


def test_a_folder_is_refused(tmp_path, clock):
    with pytest.raises(DatabaseProblem, match=f"{tmp_path} is a folder"):
        open_store(tmp_path, clock=clock)


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        # /sys cannot be written, not even by root, on every Linux machine.
        ("/sys/kaizen-board-test.sqlite", "cannot write in the folder /sys"),
        ("/sys/kaizen-board-test/board.sqlite", "cannot create the folder /sys/kaizen-board-test"),
    ],
)
def test_a_folder_that_cannot_be_written_is_refused(path, problem, clock):
    with pytest.raises(DatabaseProblem, match=problem) as refused:
        open_store(path, clock=clock)
    assert f"for the database {path}" in str(refused.value)
    assert not Path(path).exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path, clock):
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n")
    before = _untouched(path)
    with pytest.raises(DatabaseProblem, match=f"{path} is not a Kaizen Board database"):
        open_store(path, clock=clock)
    assert _untouched(path) == before


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path, clock):
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    before = _untouched(path)
    with pytest.raises(DatabaseProblem, match="not a Kaizen Board one"):
        open_store(path, clock=clock)
    assert _untouched(path) == before


def test_a_damaged_database_is_moved_aside_whole_and_the_newest_backup_offered(
    tmp_path, db_path, clock
):
    from kaizen_board.errors import DamagedDatabase
    from kaizen_board.store.restore import backup_now

    store = open_store(db_path, clock=clock)
    good = backup_now(store)
    store.close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase, match="is damaged") as refused:
        open_store(db_path, clock=clock)
    moved = refused.value.moved_to
    assert not db_path.exists()
    assert moved.read_bytes() == bytes(data)  # kept as it was, never deleted
    assert refused.value.backup == good
    assert f"kaizen-board restore {good}" in str(refused.value)
    assert good.is_file()  # the good backup is untouched


def test_a_database_from_a_newer_version_is_refused_untouched(db_path, clock):
    store = open_store(db_path, clock=clock)
    ops.add_card(store, ops.default_board(store).id, "Kept safe")
    store.close()
    connection = sqlite3.connect(db_path)
    connection.execute(
        "UPDATE schema_info SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION + 1,)
    )
    connection.commit()
    connection.close()
    before = _untouched(db_path)
    with pytest.raises(DatabaseProblem) as refused:
        open_store(db_path, clock=clock)
    message = str(refused.value)
    assert str(db_path) in message
    assert "newer version" in message
    assert f"schema version {SCHEMA_VERSION + 1}" in message
    assert _untouched(db_path) == before
