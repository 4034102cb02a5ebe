"""Files and conditions a user can hand the program: each a clear message, nothing lost."""

from __future__ import annotations

import errno
import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kaizen_board import ops
from kaizen_board.errors import DamagedDatabase, DatabaseProblem, FileProblem, KaizenError
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from kaizen_board.transfer import export as export_module
from kaizen_board.transfer.export import export_board
from kaizen_board.transfer.importer import import_board
from tests.helpers import dump


def test_a_truncated_database_is_found_and_moved_aside(db_path, clock):
    store = open_store(db_path, clock=clock)
    board = ops.default_board(store)
    for number in range(300):
        ops.add_card(store, board.id, f"card {number}", description="x" * 200)
    store.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedDatabase, match="is damaged") as found:
        open_store(store.location, clock=clock, check=True)
    assert not db_path.exists()
    assert found.value.moved_to.read_bytes() == data[: len(data) // 2]


@pytest.fixture
def read_only(db_path):
    """Make a file read-only, for root too (the immutable flag), and undo it after."""
    made = []

    def make(path: Path) -> None:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "+i", str(path)], check=True)
        else:
            path.chmod(0o444)
        made.append(path)

    yield make
    for path in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.chmod(0o644)


def test_a_read_only_database_is_refused_clearly_and_left_alone(db_path, clock, read_only):
    store = open_store(db_path, clock=clock)
    ops.add_card(store, ops.default_board(store).id, "Kept")
    store.close()
    before = db_path.read_bytes()
    read_only(db_path)
    with pytest.raises(DatabaseProblem, match=f"{db_path} is read-only"):
        open_store(store.location, clock=clock)
    assert db_path.read_bytes() == before


@pytest.mark.sqlite_only
def test_a_full_disk_refuses_the_change_and_loses_nothing(store, board, db_path):
    for number in range(20):
        ops.add_card(store, board.id, f"card {number}", description="y" * 500)
    before = dump(store)
    store.database.execute_sql("VACUUM")  # no free page left inside the file either
    pages = store.database.execute_sql("PRAGMA page_count").fetchone()[0]
    store.database.execute_sql(f"PRAGMA max_page_count = {pages}")  # the disk is full now

    def keep_adding() -> None:
        for number in range(200):
            ops.add_card(store, board.id, f"more {number}", description="z" * 2000)

    with pytest.raises(DatabaseProblem, match=f"the disk holding {db_path} is full: nothing was"):
        keep_adding()
    # What was there is there; the change that did not fit left no half of itself.
    assert all(line in dump(store) for line in before.splitlines())
    check = store.database.execute_sql
    assert check("PRAGMA integrity_check").fetchall() == [("ok",)]
    cards = check("SELECT COUNT(*) FROM card").fetchone()[0]
    assert cards == check("SELECT COUNT(*) FROM event WHERE kind = 'created'").fetchone()[0]
    store.database.execute_sql("PRAGMA max_page_count = 1073741823")  # space again
    ops.move_card(store, 1, Stage.IMPROVE)  # and the program goes on working
    assert ops.card_details(store, 1)["stage"] is Stage.IMPROVE


def test_a_full_disk_while_exporting_leaves_the_earlier_export(store, board, tmp_path, monkeypatch):
    ops.add_card(store, board.id, "Card")
    target = tmp_path / "board.csv"
    target.write_text("the earlier export")

    class FullDisk:
        def __init__(self, file, **kwargs):
            self.file = file

        def writerow(self, row):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        writerows = writerow

    monkeypatch.setattr(export_module.csv, "writer", FullDisk)
    with pytest.raises(FileProblem, match="No space left on device"):
        export_board(store, board.id, target)
    assert target.read_text() == "the earlier export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".board.csv")] == []


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    content=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=300).map(str.encode),
        st.lists(
            st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12), max_size=5),
            max_size=6,
        ).map(
            lambda rows: "\n".join(",".join(row) for row in [["title", "stage"], *rows]).encode()
        ),
    )
)
def test_any_file_is_imported_whole_or_refused_with_a_message(content):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = open_store(folder / "board.sqlite")
        ops.add_card(store, ops.default_board(store).id, "Already here")
        before = dump(folder / "board.sqlite")
        path = folder / "fuzz.csv"
        path.write_bytes(content)
        refused = None
        try:
            summary = import_board(store, path)
        except KaizenError as error:
            refused = error
        if refused is not None:
            assert str(refused)
            assert dump(folder / "board.sqlite") == before
        else:
            live = list(ops.list_cards(store, 1)) + list(ops.list_cards(store, 1, archived=True))
            assert len(live) == 1 + summary.added
        store.close()


@pytest.mark.slow
def test_a_huge_file_streams_through_the_importer(store, board, tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8") as file:
        file.write("title,stage,description\n")
        for number in range(60_000):
            file.write(f'idea {number},improve,"a, b\nc"\n')
    summary = import_board(store, path)
    assert summary.added == 60_000
    assert ops.column_count(store, board.id, Stage.IMPROVE) == 60_000


def _import_in_a_process(db_path: Path, csv_path: Path) -> subprocess.CompletedProcess:
    """The command line's import, in a process of its own: a hang fails the test (after a
    minute) instead of stopping the test run."""
    import sys

    return subprocess.run(
        [sys.executable, "-m", "kaizen_board", "import", str(csv_path), "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_pipe_or_a_device_given_as_the_file_is_refused_at_once(store, db_path, tmp_path):
    before = dump(store)
    pipe = tmp_path / "cards.csv"
    os.mkfifo(pipe)
    zero = tmp_path / "zero.csv"
    zero.symlink_to("/dev/zero")
    for path in (pipe, zero):
        done = _import_in_a_process(db_path, path)
        assert done.returncode == 2
        assert "is not a regular file" in done.stderr
        assert "Traceback" not in done.stderr
    assert dump(store) == before


def test_a_file_without_line_breaks_or_with_a_huge_header_is_refused(
    store, board, db_path, tmp_path
):
    before = dump(store)
    endless = tmp_path / "one-line.csv"
    endless.write_text("title," + "x" * 5_000_000, encoding="utf-8")
    with pytest.raises(KaizenError, match="line 1: longer than 4,000,000 characters"):
        import_board(store, endless)
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(f"c{n}" for n in range(40_000)) + "\n", encoding="utf-8")
    with pytest.raises(KaizenError, match="the header has 40,000 columns; at most 10,000 fit"):
        import_board(store, wide)
    assert dump(store) == before


@pytest.mark.sqlite_only
def test_a_record_of_many_long_fields_over_many_lines_is_refused_naming_its_line(
    store, board, tmp_path
):
    # Each line and each field within its limit; the record, 40 fields of 120,000
    # characters over 80 lines, is not: 4.8 million characters.
    field = '"' + "x" * 60_000 + "\n" + "x" * 60_000 + '"'
    path = tmp_path / "tall.csv"
    header = ",".join(["title", *(f"note {n}" for n in range(39))])
    path.write_text(
        f"{header}\nNormal card{',' * 39}\n" + ",".join([field] * 40) + "\n",
        encoding="utf-8",
    )
    before = dump(store)
    with pytest.raises(
        KaizenError, match="line 3: the record starting here is longer than 4,000,000 characters"
    ):
        import_board(store, path)
    assert dump(store) == before
    fits = tmp_path / "fits.csv"
    fits.write_text(f"{header}\n" + ",".join([field] * 30) + "," * 10 + "\n", encoding="utf-8")
    summary = import_board(store, fits)  # 3.6 million characters: read, its title made to fit
    assert summary.added == 1
    assert any(warning.startswith("line 2, title") for warning in summary.warnings)


@pytest.mark.sqlite_only
def test_an_export_with_its_history_checks_both_files_before_writing_either(
    store, board, db_path, tmp_path
):
    from kaizen_board.transfer.export import export_with_history

    ops.add_card(store, board.id, "Card")
    before = dump(store)
    cards = tmp_path / "out.csv"
    # `export out.csv --history board.sqlite`: the history would replace the database.
    with pytest.raises(FileProblem, match="nothing was written"):
        export_with_history(store, board.id, cards, db_path)
    with pytest.raises(FileProblem, match="are one file"):
        export_with_history(store, board.id, cards, tmp_path / "." / "out.csv")
    assert not cards.exists()
    assert dump(store) == before
    assert export_with_history(store, board.id, cards, tmp_path / "history.csv") == (1, 1)
    assert "Card" in cards.read_text()
    assert "created" in (tmp_path / "history.csv").read_text()


def test_a_header_of_thousands_of_columns_is_read(store, board, tmp_path):
    path = tmp_path / "wide.csv"
    names = ["title", *(f"field {n}" for n in range(9_000))]
    path.write_text(",".join(names) + "\n" + ",".join(["Wide idea", *["x"] * 9_000]) + "\n")
    summary = import_board(store, path)
    assert summary.added == 1
    assert len(summary.ignored_columns) == 9_000


def test_the_file_is_read_and_checked_before_the_write_lock_is_taken(
    store, board, db_path, clock, tmp_path, monkeypatch
):
    from kaizen_board.transfer import importer

    path = tmp_path / "cards.csv"
    path.write_text("title\nFirst\nSecond\n", encoding="utf-8")
    other = open_store(store.location, clock=clock, member_name="Kenji")
    other.wait_for_writers(0.2)
    written = []
    check = importer._checked_card

    def check_and_let_another_write(line, record):
        if not written:  # while the file is read, another window saves a card
            written.append(ops.add_card(other, board.id, "Saved meanwhile").card_id)
        return check(line, record)

    monkeypatch.setattr(importer, "_checked_card", check_and_let_another_write)
    assert import_board(store, path).added == 2
    other.close()
    assert [card.title for card in ops.list_cards(store, board.id)] == [
        "Saved meanwhile",
        "First",
        "Second",
    ]
