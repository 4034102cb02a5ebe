"""A bulk fill into a new database: its text indexes made by a helper process as the rows
come (store/sqlite/text_fill.py), and its pages written once, with a rollback journal
instead of the write-ahead log while it runs (store/bulk_load.py `journal_for_fill`)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from kaizen_board import ops
from kaizen_board.demo import fill_demo
from kaizen_board.ops import bulk
from kaizen_board.ops.search import CardFilter
from kaizen_board.stages import Stage
from kaizen_board.store import bulk_load, open_store
from kaizen_board.store.sqlite import text_fill
from kaizen_board.store.text import fold, short_word_term

# Words of three letters or more (the trigram index) and shorter ones (the letters index),
# each on some demo cards and none on all.
WORDS = ("shadow", "two-bin", "changeover", "5s", "2", "ka", "zzz")


def indexed(store, word: str) -> set[int]:
    """The cards a text index gives for `word`, asked directly."""
    folded = fold(word)
    if len(folded) >= 3:
        query, term = "SELECT rowid FROM card_text WHERE card_text MATCH ?", folded
    else:
        query = "SELECT rowid FROM card_text_letters WHERE card_text_letters MATCH ?"
        term = short_word_term(folded)
    with store.read():
        rows = store.database.execute_sql(query, ('"' + term.replace('"', '""') + '"',))
        return {rowid for (rowid,) in rows.fetchall()}


def holding(store, word: str) -> set[int]:
    """The cards whose texts hold `word`, read from the cards themselves."""
    with store.read():
        rows = store.database.execute_sql(
            "SELECT id FROM card WHERE instr(kaizen_fold(title, description, standard, tags), ?)",
            (fold(word),),
        )
        return {card for (card,) in rows.fetchall()}


def check_text_indexes(store) -> None:
    for word in WORDS:
        assert indexed(store, word) == holding(store, word), word
    with store.write():
        for table in ("card_text", "card_text_letters"):
            store.database.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")


@pytest.fixture
def copies(monkeypatch) -> list[bool]:
    """What each TextIndexesBeside.copy_into answered (True: the helper's indexes used)."""
    answers: list[bool] = []
    copy_into = text_fill.TextIndexesBeside.copy_into

    def told(self, database):
        answers.append(copy_into(self, database))
        return answers[-1]

    monkeypatch.setattr(text_fill.TextIndexesBeside, "copy_into", told)
    return answers


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """The temporary folder the helper's scratch databases go in."""
    import tempfile

    folder = tmp_path / "temporary"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_a_demo_into_a_new_database_has_its_text_indexes_made_beside_and_whole(
    store, board, copies, scratch
):
    # A search first: this connection's FTS5 tables have read their (empty) index, and
    # must not keep that view once the helper's index is put in.
    assert indexed(store, "shadow") == set()
    assert indexed(store, "ka") == set()
    summary = fill_demo(store, board.id, cards=1500, weeks=6, seed=4)
    assert copies == [True]
    assert not list(scratch.iterdir()), "the scratch database is removed"
    assert all(holding(store, word) for word in WORDS[:-1])
    check_text_indexes(store)
    shadow = CardFilter.parse("shadow")
    found = list(ops.list_cards(store, board.id, Stage.STANDARD, search=shadow))
    assert found
    assert len(found) < summary.cards
    # The triggers keep the index from here, in the same connection.
    card = found[0].id
    ops.edit_card(store, card, title="Kamishibai board for the 5S round")
    assert card not in indexed(store, "shadow")
    assert card in indexed(store, "kamishibai")
    assert card in indexed(store, "5s")
    check_text_indexes(store)


def test_if_the_helper_fails_the_fill_makes_its_text_indexes_itself(
    store, board, copies, scratch, monkeypatch
):
    monkeypatch.setattr(
        text_fill.TextIndexesBeside,
        "command",
        (sys.executable, "-c", "import sys; sys.exit('no room for the scratch database')"),
    )
    fill_demo(store, board.id, cards=800, weeks=4, seed=2)
    assert copies == [False]
    assert not list(scratch.iterdir())
    check_text_indexes(store)


def test_an_interrupted_fill_stops_its_helper_and_leaves_no_scratch_database(
    store, board, scratch, monkeypatch
):
    helpers = []
    start = text_fill.TextIndexesBeside._start

    def started(self):
        start(self)
        helpers.append(self._helper)

    monkeypatch.setattr(text_fill.TextIndexesBeside, "_start", started)
    monkeypatch.setattr(bulk, "BATCH", 200)
    insert_rows = bulk.insert_rows
    stored = []

    def failing(store, model, columns, rows):
        stored.append(len(rows))
        if len(stored) > 20:
            raise RuntimeError("the disk is full")
        insert_rows(store, model, columns, rows)

    monkeypatch.setattr(bulk, "insert_rows", failing)
    with pytest.raises(RuntimeError, match="the disk is full"):
        fill_demo(store, board.id, cards=2000)
    assert len(helpers) == 1
    assert helpers[0].poll() is not None, "the helper is gone"
    assert not list(scratch.iterdir())
    assert holding(store, "shadow") == set()
    monkeypatch.setattr(bulk, "insert_rows", insert_rows)
    fill_demo(store, board.id, cards=300)  # and the board takes a demo after
    check_text_indexes(store)


def journal_mode(path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("PRAGMA journal_mode").fetchone()[0]


def modes_while_filling(store, monkeypatch) -> list[str]:
    """The journal mode of the store's connection each time a batch is stored."""
    modes: list[str] = []
    insert_rows = bulk.insert_rows

    def noted(store, model, columns, rows):
        modes.append(store.database.execute_sql("PRAGMA journal_mode").fetchone()[0])
        insert_rows(store, model, columns, rows)

    monkeypatch.setattr(bulk, "insert_rows", noted)
    return modes


def test_a_fill_into_a_new_database_journals_meanwhile_and_keeps_its_log_after(
    store, board, db_path, monkeypatch
):
    modes = modes_while_filling(store, monkeypatch)
    fill_demo(store, board.id, cards=300)
    assert set(modes) == {"delete"}
    assert journal_mode(db_path) == "wal"
    modes.clear()
    fill_demo(store, board.id, cards=300)  # a board with cards: the log throughout
    assert set(modes) == {"wal"}


def test_a_fill_into_a_new_database_open_elsewhere_keeps_the_log(
    store, board, db_path, monkeypatch
):
    """Another window has the file open: the fill does not wait for it, nor take its
    log away; it writes through the log as any change does."""
    modes = modes_while_filling(store, monkeypatch)
    window = sqlite3.connect(db_path)
    try:
        assert window.execute("SELECT COUNT(*) FROM card").fetchone() == (0,)
        started = time.monotonic()
        fill_demo(store, board.id, cards=300)
        assert time.monotonic() - started < 5, "no wait for the other connection's lock"
        assert set(modes) == {"wal"}
        assert window.execute("SELECT COUNT(*) FROM card").fetchone() == (300,)
    finally:
        window.close()
    check_text_indexes(store)


def test_an_import_into_a_new_database_keeps_its_log_after(store, db_path, tmp_path):
    from kaizen_board.transfer.importer import import_board

    path = tmp_path / "cards.csv"
    path.write_text("title,stage\nShadow board,Standard\nTwo-bin kanban,Improve\n")
    summary = import_board(store, path)
    assert summary.added == 2
    assert journal_mode(db_path) == "wal"


def test_a_demo_killed_while_it_fills_a_new_database_leaves_it_as_it_was(tmp_path):
    """The journal rolls the fill back when the database is next opened, and the log is
    back: nothing half-written, nothing lost of what was there."""
    path = tmp_path / "killed.sqlite"
    store = open_store(path, member_name="Tester")
    board = ops.ensure_board(store, "Kaizen")
    store.close()
    command = [sys.executable, "-m", "kaizen_board", "demo", "--cards", "200000"]
    demo = subprocess.Popen([*command, "--db", str(path)], stderr=subprocess.DEVNULL)
    try:
        journal = tmp_path / "killed.sqlite-journal"
        deadline = time.monotonic() + 60
        while not journal.exists() and demo.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert journal.exists(), "the fill keeps a journal meanwhile"
        time.sleep(1.0)  # well into the rows
        os.kill(demo.pid, signal.SIGKILL)
    finally:
        demo.wait()
    store = open_store(path, member_name="Tester")
    try:
        with store.read():
            database = store.database
            assert database.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
            assert database.execute_sql("SELECT COUNT(*) FROM card").fetchone() == (0,)
            assert database.execute_sql("SELECT COUNT(*) FROM event").fetchone() == (0,)
            assert database.execute_sql("PRAGMA journal_mode").fetchone() == ("wal",)
        with store.write():
            assert bulk_load.is_empty(store)
        fill_demo(store, board.id, cards=200)
        check_text_indexes(store)
    finally:
        store.close()
