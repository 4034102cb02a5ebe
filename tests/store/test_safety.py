"""No committed change is lost and no change is half made: kills, injected errors, and
two writers on one card."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from kaizen_board import ops
from kaizen_board.errors import Conflict
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from tests.helpers import dump


def test_an_error_between_a_cards_update_and_its_event_leaves_neither(
    store, board, db_path, monkeypatch
):
    card = ops.add_card(store, board.id, "Shadow board").card_id
    before = dump(db_path)

    def power_cut(*args, **kwargs):
        raise OSError("power cut")

    monkeypatch.setattr("kaizen_board.ops.moves.record_event", power_cut)
    with pytest.raises(OSError, match="power cut"):
        ops.move_card(store, card, Stage.RESTANDARDIZE)
    monkeypatch.setattr("kaizen_board.ops.cards.record_event", power_cut)
    with pytest.raises(OSError, match="power cut"):
        ops.edit_card(store, card, title="New", standard="A new standard")
    assert dump(db_path) == before


def test_two_connections_changing_one_card_never_lose_an_update(store, board, db_path, clock):
    card = ops.add_card(store, board.id, "Shared").card_id
    seen_here = ops.card_details(store, card)["version"]
    other = open_store(db_path, clock=clock, member_name="Kenji")
    seen_there = ops.card_details(other, card)["version"]
    ops.edit_card(other, card, expected_version=seen_there, title="Kenji's title")
    with pytest.raises(Conflict, match="changed elsewhere"):
        ops.edit_card(store, card, expected_version=seen_here, title="My title")
    with pytest.raises(Conflict):
        ops.move_cards(store, [card], Stage.IMPROVE, expected_versions={card: seen_here})
    fresh = ops.card_details(store, card)  # the refreshed card
    assert (fresh["title"], fresh["stage"]) == ("Kenji's title", Stage.STANDARD)
    ops.edit_card(store, card, expected_version=fresh["version"], title="Both")
    assert ops.card_details(other, card)["title"] == "Both"
    other.close()


def test_both_connections_write_the_same_stage_without_clashing_places(
    store, board, db_path, clock
):
    other = open_store(db_path, clock=clock)
    ids = []
    for number in range(20):
        writer = store if number % 2 else other
        ids.append(ops.add_card(writer, board.id, f"card {number}", index=number // 3).card_id)
    cards = list(ops.list_cards(store, board.id))
    assert sorted(card.id for card in cards) == sorted(ids)
    assert [card.position for card in cards] == list(range(20))
    other.close()


CHILD = textwrap.dedent("""
    import random, sys
    from kaizen_board import ops
    from kaizen_board.store import open_store
    store = open_store(sys.argv[1])
    board = ops.default_board(store)
    cards = [card.id for card in ops.list_cards(store, board.id)]
    rng = random.Random(int(sys.argv[2]))
    stages = ["standard", "meet", "improve", "restandardize"]
    while True:
        card = rng.choice(cards)
        change = ops.move_card(store, card, rng.choice(stages), 0)
        if change is not None:
            print(change.event_id, card, flush=True)
""")


@pytest.mark.slow
def test_a_process_killed_at_any_moment_loses_no_committed_move(store, board, db_path):
    for number in range(30):
        ops.add_card(store, board.id, f"card {number}")
    store.close()
    rng = random.Random(7)
    reported: dict[int, int] = {}  # event id -> card
    for kill in range(12):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db_path), str(kill)],
            stdout=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + rng.uniform(0.3, 1.2)
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if line:
                event, card = map(int, line.split())
                reported[event] = card
        child.kill()  # SIGKILL: no cleanup, no last commit
        for line in child.stdout.read().splitlines():
            event, card = map(int, line.split())
            reported[event] = card
        child.wait()
        connection = sqlite3.connect(db_path)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = dict(connection.execute("SELECT id, card_id FROM event"))
        connection.close()
        assert all(stored.get(event) == card for event, card in reported.items())
    assert len(reported) > 50


@pytest.mark.slow
def test_an_export_taken_while_another_process_moves_cards_is_one_moment(
    store, board, db_path, tmp_path
):
    import csv

    from kaizen_board.transfer.export import export_board
    from tests.helpers import add_cards_in_bulk

    stages = list(Stage)
    add_cards_in_bulk(
        store,
        board.id,
        ({"title": f"card {n}", "stage": stages[n % 4]} for n in range(20_000)),
    )
    mover = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import random, sys
                from kaizen_board import ops
                from kaizen_board.store import open_store
                store = open_store({str(db_path)!r})
                stages = ["standard", "meet", "improve", "restandardize"]
                rng = random.Random(7)
                print("moving", flush=True)
                while True:
                    card = rng.randrange(1, 20_001)
                    ops.move_card(store, card, rng.choice(stages), 0)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert mover.stdout.readline().strip() == "moving"
        for attempt in range(4):
            path = tmp_path / f"export-{attempt}.csv"
            export_board(store, board.id, path)
            with path.open(encoding="utf-8", newline="") as file:
                ids = [row["id"] for row in csv.DictReader(file)]
            assert len(ids) == 20_000
            assert len(set(ids)) == 20_000  # no card twice, none missing
    finally:
        mover.kill()
        mover.wait()


def _kaizen_board(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kaizen_board", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def test_a_link_planted_as_the_lock_file_is_refused_and_never_followed(tmp_path, db_path, clock):
    import os

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp: anyone may make files in it
    victim = tmp_path / "victim"
    (shared / ".b.sqlite.lock").symlink_to(victim)
    added = _kaizen_board("--db", str(shared / "b.sqlite"), "add", "x")
    assert added.returncode == 2, added.stderr
    assert "is a symbolic link" in added.stderr
    assert "Traceback" not in added.stderr
    assert not victim.exists()  # nothing made where the link points
    assert not (shared / "b.sqlite").exists()

    # An existing board: a link (or a pipe) put in place of its lock file is refused too.
    store = open_store(db_path, clock=clock)
    ops.add_card(store, ops.default_board(store).id, "Kept")
    store.close()
    lock = db_path.with_name(f".{db_path.name}.lock")
    lock.unlink()
    lock.symlink_to(victim)
    listed = _kaizen_board("--db", str(db_path), "list")
    assert (listed.returncode, listed.stdout) == (2, ""), listed.stderr
    assert "is a symbolic link" in listed.stderr
    assert not victim.exists()
    lock.unlink()
    os.mkfifo(lock)
    listed = _kaizen_board("--db", str(db_path), "list")
    assert listed.returncode == 2, listed.stderr
    assert "is not a regular file" in listed.stderr
    lock.unlink()
    listed = _kaizen_board("--db", str(db_path), "list")
    assert listed.returncode == 0, listed.stderr
    assert "Kept" in listed.stdout
