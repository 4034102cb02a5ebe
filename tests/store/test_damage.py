"""Damaged files are found by SQLite's answer and set aside only when no one has them open;
healthy files in use are never taken for damaged; restores never lose or reuse anything."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kaizen_board import ops
from kaizen_board.errors import DamagedDatabase, DatabaseProblem
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from kaizen_board.store.backups import list_backups
from kaizen_board.store.restore import backup_now, generation, restore_at, restore_backup
from tests.helpers import dump

PAGE = 4096


def board_with_cards(path: Path, clock, count: int = 400) -> Path:
    store = open_store(path, clock=clock)
    board = ops.default_board(store)
    for number in range(count):
        ops.add_card(store, board.id, f"card {number}", description="x" * 300)
    backup = backup_now(store)
    ops.add_card(store, board.id, "after the backup")
    store.close()
    return backup


def wreck_inside(path: Path) -> bytes:
    """Overwrite pages 2 to 6 of the file, as a failing disk might; the header stays."""
    data = bytearray(path.read_bytes())
    assert len(data) > 6 * PAGE
    data[PAGE : 6 * PAGE] = bytes(range(256)) * (5 * PAGE // 256)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_damage_inside_a_file_is_found_by_the_check_and_set_aside(db_path, clock):
    backup = board_with_cards(db_path, clock)
    wrecked = wreck_inside(db_path)
    with pytest.raises(DamagedDatabase, match="is damaged") as found:
        open_store(db_path, clock=clock, check=True)
    assert not db_path.exists()
    assert found.value.moved_to.read_bytes() == wrecked  # kept as it was
    assert found.value.backup == backup
    assert f"kaizen-board restore {backup}" in str(found.value)


def test_a_damaged_file_another_process_has_open_is_left_where_it_is(db_path, clock):
    board_with_cards(db_path, clock)
    holder = open_store(db_path, clock=clock)  # another window, say
    wrecked = wreck_inside(db_path)
    with pytest.raises(DamagedDatabase, match="has it open, so it was left where it is") as found:
        open_store(db_path, clock=clock, check=True)
    assert found.value.moved_to is None
    assert db_path.read_bytes() == wrecked
    holder.close()
    with pytest.raises(DamagedDatabase, match="moved aside"):
        open_store(db_path, clock=clock, check=True)


def test_restoring_over_a_damaged_file_sets_it_aside_instead_of_backing_it_up(db_path, clock):
    backup = board_with_cards(db_path, clock)
    wreck_inside(db_path)
    done = restore_at(str(db_path), backup, clock=clock)
    try:
        assert done.before is None
        assert done.set_aside is not None
        assert done.set_aside.is_file()
        board = ops.default_board(done.store)
        assert len(list(ops.list_cards(done.store, board.id))) == 400
    finally:
        done.store.close()
    assert [path for path in list_backups(db_path) if "before-restore" in path.name] == []


@pytest.mark.slow  # whole processes
def test_a_healthy_file_checkpointed_by_another_process_is_never_taken_for_damaged(db_path, clock):
    """A writer adds cards with long texts (so its log is checkpointed into the file
    again and again) while this process opens and closes the file in a loop."""
    open_store(db_path, clock=clock).close()
    script = textwrap.dedent(
        f"""
        from kaizen_board import ops
        from kaizen_board.store import open_store
        store = open_store({str(db_path)!r})
        store.database.execute_sql("PRAGMA wal_autocheckpoint = 20")
        board = ops.default_board(store)
        for number in range(600):
            ops.add_card(store, board.id, f"card {{number}}", description="d" * 4000)
            print(number, flush=True)
        """
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=Path.cwd()
    )
    opened = 0
    while writer.poll() is None:
        store = open_store(db_path, clock=clock)
        store.close()
        opened += 1
    acknowledged = writer.stdout.read().split()
    assert writer.returncode == 0
    assert opened > 5
    assert len(acknowledged) == 600
    assert [path.name for path in db_path.parent.iterdir() if "damaged" in path.name] == []
    store = open_store(db_path, clock=clock, check=True)
    assert len(list(ops.list_cards(store, ops.default_board(store).id))) == 600
    store.close()


@pytest.mark.parametrize("kind", ["no bytes", "an empty database", "a database with no board"])
def test_a_backup_without_a_board_is_refused_and_nothing_changes(
    store, board, db_path, tmp_path, kind
):
    ops.add_card(store, board.id, "Still here")
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    if kind != "no bytes":
        connection = sqlite3.connect(empty)
        connection.execute("CREATE TABLE t (x)" if kind == "an empty database" else "VACUUM")
        connection.close()
    if kind == "a database with no board":
        fresh = open_store(empty)
        fresh.close()
    before = dump(db_path)
    with pytest.raises(DatabaseProblem, match="holds no board|not a Kaizen Board one"):
        restore_backup(store, empty)
    assert dump(db_path) == before
    assert list_backups(db_path) == []


def test_after_a_restore_ids_given_out_before_are_never_given_again(store, board, db_path):
    backup = backup_now(store)
    gone = ops.add_card(store, board.id, "Added after the backup").card_id
    assert generation(store) == ""
    restore_backup(store, backup)
    assert generation(store) != ""
    newcomer = ops.add_card(store, board.id, "Added after the restore").card_id
    assert newcomer > gone
    moved = ops.move_card(store, newcomer, Stage.MEET)
    assert moved.event_id > max(
        row[0] for row in store.database.execute_sql("SELECT id FROM event").fetchall()[:-1]
    )


def test_a_damaged_file_in_a_folder_that_cannot_be_written_is_said_to_be_damaged(tmp_path, clock):
    import os

    folder = tmp_path / "readonly"
    folder.mkdir()
    path = folder / "board.sqlite"
    board_with_cards(path, clock)
    data = bytearray(path.read_bytes())
    data[100:PAGE] = b"\xff" * (PAGE - 100)  # the schema page: found at open
    path.write_bytes(bytes(data))
    for extra in folder.iterdir():
        if extra.name.startswith("."):
            extra.unlink()  # no lock file yet: making one needs the folder
    subprocess.run(["chattr", "+i", str(folder)], check=True) if os.geteuid() == 0 else (
        folder.chmod(0o555)
    )
    try:
        with pytest.raises(DatabaseProblem, match="cannot write in the folder|is damaged"):
            open_store(path, clock=clock, check=True)
        assert path.read_bytes() == bytes(data)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)


def test_a_backup_with_another_page_size_is_restored(store, board, db_path, tmp_path):
    ops.add_card(store, board.id, "Now")
    other = tmp_path / "small-pages.sqlite"
    made = open_store(other)
    ops.add_card(made, ops.default_board(made).id, "From the small pages")
    made.close()
    connection = sqlite3.connect(other)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA page_size = 1024")
    connection.execute("VACUUM")
    connection.close()
    restore_backup(store, other)
    assert [card.title for card in ops.list_cards(store, board.id)] == ["From the small pages"]


def test_what_a_killed_restore_left_behind_is_removed_at_the_next_opening(db_path, clock):
    import fcntl
    import os

    open_store(db_path, clock=clock).close()
    left = db_path.parent / f".{db_path.name}.restore.abc123.part"
    left.mkdir()
    (left / f"{db_path.name}.restore").write_bytes(b"half a copy")
    busy = db_path.parent / f".{db_path.name}.restore.def456.part"
    busy.mkdir()
    held = os.open(busy, os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_EX)  # a restore going on in another window right now
    try:
        open_store(db_path, clock=clock).close()
        assert not left.exists()
        assert busy.exists()
    finally:
        os.close(held)


def _kaizen_board(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kaizen_board", *args], capture_output=True, text=True, timeout=120
    )


def _text_made_not_utf8(path: Path, clock) -> Path:
    """A board whose card title has bytes that are not UTF-8, where a bad sector or another
    program might put them: the file's structure is whole, so SQLite's checks pass."""
    store = open_store(path, clock=clock)
    board = ops.default_board(store)
    ops.add_card(store, board.id, "Label the shelves")
    ops.add_card(store, board.id, "Quick changeover MARKER-TEXT here")
    backup = backup_now(store)
    store.close()
    data = bytearray(path.read_bytes())
    assert data.count(b"MARKER-TEXT") == 1  # all in the file: no log left beside it
    where = data.find(b"MARKER-TEXT")
    data[where : where + 3] = b"\xff\xfe\xc3"
    path.write_bytes(bytes(data))
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
    return backup


@pytest.mark.parametrize("command", [["export", "out.csv"], ["list"]])
def test_a_text_damaged_inside_is_said_to_be_damage_and_the_backup_named(
    db_path, clock, tmp_path, command
):
    backup = _text_made_not_utf8(db_path, clock)
    args = [str(tmp_path / arg) if arg.endswith(".csv") else arg for arg in command]
    failed = _kaizen_board("--db", str(db_path), *args)
    assert failed.returncode == 2, failed.stderr
    assert "Traceback" not in failed.stderr
    assert f"{db_path} is damaged" in failed.stderr
    assert "not valid UTF-8" in failed.stderr
    assert f"kaizen-board restore {backup}" in failed.stderr
    assert not (tmp_path / "out.csv").exists()
    # It was set aside, kept whole, like any damaged file; the backup restores the board.
    (aside,) = tmp_path.glob("board.sqlite.damaged-*[0-9]")
    assert b"\xff\xfe\xc3KER-TEXT" in aside.read_bytes()
    restored = _kaizen_board("--db", str(db_path), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    listed = _kaizen_board("--db", str(db_path), "list")
    assert listed.returncode == 0, listed.stderr
    assert "Quick changeover MARKER-TEXT here" in listed.stdout
