"""What a write killed half-way leaves behind (its hidden private folder) is removed at
the next write into the same folder, whatever file that writes, and when the database
beside it is next opened; a write going on in another process is never disturbed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kaizen_board import ops
from kaizen_board.store import open_store

# Starts writing a file the way the program writes every file, then is killed (SIGKILL)
# half-way, or, told "wait", holds on half-way until its input closes.
WRITER = """
import os, signal, sys
from pathlib import Path
from kaizen_board.files import write_atomically

def write(temporary):
    temporary.write_text("half of it")
    print(temporary.parent, flush=True)
    if sys.argv[2] == "wait":
        sys.stdin.read()
        temporary.write_text("all of it")
    else:
        os.kill(os.getpid(), signal.SIGKILL)

write_atomically(Path(sys.argv[1]), write)
"""


def start_writing(target: Path, how: str) -> tuple[subprocess.Popen, Path]:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    workspace = Path(writer.stdout.readline().strip())
    assert workspace.is_dir()
    return writer, workspace


def killed_write(target: Path) -> Path:
    writer, workspace = start_writing(target, "kill")
    assert writer.wait(timeout=60) == -9
    assert workspace.exists()  # left behind
    return workspace


def kaizen_board(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kaizen_board", *args], capture_output=True, text=True, timeout=120
    )


def board(path: Path, clock) -> Path:
    store = open_store(path, clock=clock)
    ops.add_card(store, ops.default_board(store).id, "Kept")
    store.close()
    return path


def test_the_next_write_into_the_folder_removes_what_a_killed_one_left(db_path, clock, tmp_path):
    board(db_path, clock)
    exports = tmp_path / "exports"
    exports.mkdir()
    left = killed_write(exports / "monday.csv")
    written = kaizen_board("--db", str(db_path), "export", str(exports / "tuesday.csv"))
    assert written.returncode == 0, written.stderr
    assert not left.exists()
    assert sorted(path.name for path in exports.iterdir()) == ["tuesday.csv"]


def test_a_write_going_on_in_another_process_is_left_alone(db_path, clock, tmp_path):
    board(db_path, clock)
    exports = tmp_path / "exports"
    exports.mkdir()
    writer, busy = start_writing(exports / "monday.csv", "wait")
    try:
        written = kaizen_board("--db", str(db_path), "export", str(exports / "tuesday.csv"))
        assert written.returncode == 0, written.stderr
        assert busy.exists()
    finally:
        writer.stdin.close()
    assert writer.wait(timeout=60) == 0
    assert (exports / "monday.csv").read_text() == "all of it"
    assert sorted(path.name for path in exports.iterdir()) == ["monday.csv", "tuesday.csv"]


def test_opening_the_database_removes_what_killed_writes_left_beside_it(db_path, clock, tmp_path):
    board(db_path, clock)
    left = [killed_write(db_path.parent / "review.pdf"), killed_write(db_path.parent / "b.csv")]
    listed = kaizen_board("--db", str(db_path), "list")
    assert listed.returncode == 0, listed.stderr
    assert not any(folder.exists() for folder in left)


def test_folders_that_only_look_like_ours_are_never_removed(db_path, clock, tmp_path):
    board(db_path, clock)
    not_ours = tmp_path / ".notes.txt.abcdefgh.part"
    not_ours.mkdir()
    (not_ours / "someone else's file").write_text("keep me")
    plain = tmp_path / ".cache.part"
    plain.mkdir()
    killed_write(tmp_path / "notes.txt")
    written = kaizen_board("--db", str(db_path), "export", str(tmp_path / "out.csv"))
    assert written.returncode == 0, written.stderr
    assert (not_ours / "someone else's file").read_text() == "keep me"
    assert plain.is_dir()
    assert [path.name for path in tmp_path.glob(".notes.txt.*.part")] == [not_ours.name]


@pytest.mark.slow  # whole processes
def test_writes_go_on_while_another_process_keeps_cleaning_their_folder(tmp_path):
    import time

    from kaizen_board.files import write_atomically

    # Another program cleaning the folder may find a new private folder in the moment
    # before its write locks it, and remove it: the write makes another and goes on.
    cleaner = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from kaizen_board.files import remove_left_behind\n"
            "print('cleaning', flush=True)\n"
            "end = time.monotonic() + float(sys.argv[2])\n"
            "while time.monotonic() < end:\n"
            "    remove_left_behind(Path(sys.argv[1]))\n",
            str(tmp_path),
            "4",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert cleaner.stdout.readline().strip() == "cleaning"
    target = tmp_path / "board.csv"
    failed = []
    end = time.monotonic() + 3
    written = 0
    while time.monotonic() < end:
        written += 1
        try:
            text = f"{written}"
            write_atomically(target, lambda temporary, text=text: temporary.write_text(text))
        except Exception as error:  # each is counted
            failed.append(error)
    assert cleaner.wait(timeout=60) == 0
    assert failed == []
    assert target.read_text() == f"{written}"
    assert [path.name for path in tmp_path.iterdir()] == ["board.csv"]
