"""A full disk, for real: a small file system mounted for the test (the CI runs as root).
Whatever fails on the way, the user is told the disk is full, with exit status 2, and
no part of a file is left behind."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from tests.helpers import dump

WEEK = "2026-W48"  # the week of the test clock's START


@pytest.fixture
def small_disk(tmp_path: Path):
    """A file system of 2 MB, mounted for the test (tmpfs: needs root, as the CI runs)."""
    mount = tmp_path / "small"
    mount.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount)], check=True
    )
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def fill(disk: Path, room: int = 0) -> Path:
    """Fill the disk, then give back `room` bytes (whole pages); returns the filler."""
    filler = disk / "filler"
    block = b"\0" * 4096
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        while _wrote(descriptor, block):
            pass
    finally:
        os.close(descriptor)
    size = filler.stat().st_size
    os.truncate(filler, max(size - room, 0))
    return filler


def _wrote(descriptor: int, block: bytes) -> bool:
    """Whether the block was written; False once the disk is full (any other error rises)."""
    try:
        os.write(descriptor, block)
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
        return False
    return True


def kaizen_board(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kaizen_board", *args], capture_output=True, text=True, timeout=180
    )


def board_with_a_week_of_work(path: Path, clock) -> Path:
    store = open_store(path, clock=clock)
    board = ops.default_board(store)
    for number in range(12):
        card = ops.add_card(
            store, board.id, f"Improvement {number}: " + "shorter changeover " * 6, by=f"M{number}"
        ).card_id
        ops.edit_card(store, card, standard=f"Standard {number}: " + "the old way. " * 20)
        for stage in (Stage.MEET, Stage.IMPROVE, Stage.RESTANDARDIZE):
            ops.move_card(store, card, stage)
    store.close()
    return path


@pytest.mark.slow  # whole processes writing a review each
@pytest.mark.parametrize(
    ("name", "room"),
    [("review.pdf", 0), ("review.pdf", 12 * 1024), ("review.pdf", 28 * 1024), ("review.png", 8192)],
)
def test_a_review_on_a_full_disk_says_so_and_leaves_nothing_behind(
    small_disk, db_path, clock, name, room
):
    board_with_a_week_of_work(db_path, clock)
    target = small_disk / name
    earlier = kaizen_board("--db", str(db_path), "report", "--week", WEEK, "-o", str(target))
    assert earlier.returncode == 0, earlier.stderr
    before = target.read_bytes()
    fill(small_disk, room)
    written = kaizen_board("--db", str(db_path), "report", "--week", WEEK, "-o", str(target))
    assert written.returncode == 2, written.stderr
    assert f"the disk holding {target} is full" in written.stderr
    assert "nothing was written" in written.stderr
    assert "Traceback" not in written.stderr
    assert target.read_bytes() == before  # the earlier review, whole
    assert sorted(path.name for path in small_disk.iterdir()) == ["filler", name]


def test_a_database_on_a_disk_full_to_the_last_byte_is_said_to_be_on_a_full_disk(
    small_disk, tmp_path
):
    path = small_disk / "board.sqlite"
    assert kaizen_board("--db", str(path), "add", "Kept").returncode == 0
    before = dump(path)
    filler = fill(small_disk)
    # SQLite cannot make the shared-memory file it reads with: it says "disk I/O error".
    for args in (["add", "More"], ["list"], ["export", str(tmp_path / "out.csv")], ["backup"]):
        refused = kaizen_board("--db", str(path), *args)
        assert refused.returncode == 2, refused.stderr
        assert f"the disk holding {path} is full" in refused.stderr, args
        assert "Traceback" not in refused.stderr
    assert not (tmp_path / "out.csv").exists()
    filler.unlink()
    assert dump(path) == before
    listed = kaizen_board("--db", str(path), "list")
    assert listed.returncode == 0, listed.stderr
    assert [line.split("\t")[-1] for line in listed.stdout.splitlines()] == ["Kept"]
