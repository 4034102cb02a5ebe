"""The demo board: cards with months of history, written through the bulk path, that keep
every rule of the loop, on both engines."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

import pytest
from peewee import fn

from kaizen_board import ops
from kaizen_board.demo import MEMBERS, fill_demo
from kaizen_board.events import EventKind
from kaizen_board.ops import bulk
from kaizen_board.ops.directory import acting_member
from kaizen_board.reports import metrics
from kaizen_board.rules import outcome_of_move
from kaizen_board.stages import Stage
from kaizen_board.store.models import Card, Member, StageCount, StandardRevision
from kaizen_board.times import from_micros, to_micros
from tests.helpers import START

BOTH_ENGINES = pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])


def sql(store, statement: str, *params) -> list[tuple]:
    placeholder = "?" if store.engine.name == "sqlite" else "%s"
    return store.database.execute_sql(statement.replace("?", placeholder), params).fetchall()


def check_board(store, board_id: int, *runs: range) -> dict[str, int]:
    """Every rule the board's cards and history must keep, whatever wrote them; the counts
    of the events by kind. Each card's events are replayed through the loop's rules
    (rules.outcome_of_move) and must end where the card is. The cards of each of `runs`
    (ids of one demo; all the board's cards if none is given) are in the order they came
    into their columns."""
    members = dict(sql(store, "SELECT name, id FROM member"))
    cards = {
        row[0]: row
        for row in sql(
            store,
            "SELECT id, stage, lap, improvements, archived_at, version, entered_stage_at, "
            "updated_at, lap_started_at, owner_id, created_at FROM card WHERE board_id = ?",
            board_id,
        )
    }
    events: dict[int, list[tuple]] = {}
    for row in sql(
        store,
        "SELECT card_id, kind, at, member_id, credit_id, from_stage, to_stage, lap, "
        "lead_time, detail FROM event WHERE board_id = ? ORDER BY id",
        board_id,
    ):
        events.setdefault(row[0], []).append(row[1:])
    revisions = dict(sql(store, "SELECT card_id, COUNT(*) FROM standard_revision GROUP BY card_id"))
    kinds: dict[str, int] = {}
    for card_id, (_, stage, lap, improvements, archived_at, version, entered, updated,
                  lap_started, owner, created_at) in cards.items():  # fmt: skip
        history = events[card_id]
        for kind, *_ in history:
            kinds[kind] = kinds.get(kind, 0) + 1
        kind, at, _, credit, from_stage, to_stage, event_lap, _, _ = history[0]
        assert (kind, at, to_stage, event_lap) == ("created", created_at, "standard", 1)
        card = {
            "stage": "standard",
            "lap": 1,
            "improvements": 0,
            "owner": None,
            "lap_started_at": from_micros(at),
        }
        improved_laps: set[int] = set()
        standard_edits = confirmations = 0
        last = at
        for number, event in enumerate(history[1:], start=2):
            kind, at, member, credit, from_stage, to_stage, event_lap, lead, detail = event
            assert at >= last, f"card {card_id}: its history goes back in time"
            last = at
            if kind == "archived":
                assert number == len(history), f"card {card_id}: changed after its archiving"
                assert (from_stage, at, event_lap) == (card["stage"], archived_at, card["lap"])
                continue
            if kind == "confirmed":  # step 2 under way on a card in Meet the standard
                assert (card["stage"], event_lap) == ("meet", card["lap"])
                confirmations += 1
                continue
            if kind == "edited":
                change = json.loads(detail)
                if "owner" in change:
                    card["owner"] = members[change["owner"][1]]
                standard_edits += "standard" in change
                assert event_lap == card["lap"]
                continue
            assert from_stage == card["stage"], f"card {card_id} moved from where it was not"
            outcome = outcome_of_move(
                card,
                Stage(to_stage),
                from_micros(at),
                member,
                improved_in_lap=lambda lap=card["lap"], laps=improved_laps: lap in laps,
            )
            assert kind == outcome.kind, f"card {card_id}: {kind} where the rules say otherwise"
            card.update(outcome.values)
            assert event_lap == card["lap"]
            if kind == EventKind.IMPROVED:
                improved_laps.add(card["lap"])
                assert (credit, lead) == (outcome.event["credit"], outcome.event["lead_time"])
        assert (stage, lap, improvements) == (card["stage"], card["lap"], card["improvements"])
        assert archived_at is None or history[-1][0] == "archived"
        assert owner == card["owner"]
        assert to_micros(card["lap_started_at"]) == lap_started
        assert version == len(history) - confirmations, "each change recorded is one version"
        changes = [event for event in history if event[0] != "confirmed"]  # not the card's
        assert updated == changes[-1][1]
        moves = [event for event in history if event[0] in ("moved", "improved")]
        assert entered == (moves[-1][1] if moves else created_at)
        assert revisions.get(card_id, 0) == standard_edits
    # The columns: their stored counts, and their cards in the order they came in.
    kept = dict(sql(store, "SELECT stage, live FROM stage_count WHERE board_id = ?", board_id))
    for stage in Stage:
        live = [row for row in cards.values() if row[1] == stage.value and row[4] is None]
        assert kept.get(stage.value, 0) == len(live) == ops.column_count(store, board_id, stage)
        column = list(ops.list_cards(store, board_id, stage))
        assert len({card.rank for card in column}) == len(column)
        for run in runs or (range(min(cards), max(cards) + 1),):
            came_in = [cards[card.id][6] for card in column if card.id in run]
            assert came_in == sorted(came_in), f"{stage} is not in the order cards came in"
    # What the charts and the weekly review count is what the cards hold.
    assert metrics.count_between(store, board_id, EventKind.IMPROVED) == sum(
        row[3] for row in cards.values()
    )
    assert metrics.count_between(store, board_id, EventKind.CREATED) == len(events)
    flow = metrics.stage_counts_per_day(store, board_id, tz=UTC)
    assert flow[-1][1] == {stage: ops.column_count(store, board_id, stage) for stage in Stage}
    improved = metrics.cumulative_per_day(store, board_id, EventKind.IMPROVED, tz=UTC)
    assert improved[-1][1] == kinds.get("improved", 0)
    return kinds


@BOTH_ENGINES
def test_a_demo_of_thousands_of_cards_keeps_every_rule_of_the_loop(store, board):
    summary = fill_demo(store, board.id, cards=3000, weeks=12, seed=5)
    kinds = check_board(store, board.id)
    assert summary.cards == kinds["created"] == 3000
    assert summary.moves == kinds["moved"] + kinds["improved"]
    assert summary.improvements == kinds["improved"] > 1000
    assert summary.archived == kinds["archived"] > 100
    assert kinds["edited"] > 1000
    with store.read():
        names = {name for (name,) in Member.select(Member.name).tuples()}
        assert StandardRevision.select().count() > 1000
        laps = Card.select(fn.MAX(Card.lap)).scalar()
        tagged = Card.select().where(Card.tags != "").count()
        owned = Card.select().where(Card.owner.is_null(False)).count()
    assert set(MEMBERS) <= names
    doers = {member for (member,) in sql(store, "SELECT DISTINCT member_id FROM event")}
    if store.signed_in:  # a team server records the member signed in as the one who did it
        assert doers == {acting_member(store, None)}
    else:
        assert len(doers) == len(MEMBERS)
    assert laps >= 3, "some cards went round the loop and started again"
    assert tagged > 1000
    assert owned > 1000
    [(span,)] = sql(store, "SELECT MAX(at) - MIN(at) FROM event")
    assert timedelta(weeks=11) < timedelta(microseconds=span) <= timedelta(weeks=12)
    # The board goes on as any other: the next card's id follows, a move keeps the rules.
    card = ops.add_card(store, board.id, "After the demo").card_id
    assert card == 3001
    ops.move_card(store, card, Stage.RESTANDARDIZE)
    check_board(store, board.id)


@BOTH_ENGINES
def test_the_default_demo_shows_every_column_and_the_whole_loop(store, board):
    summary = fill_demo(store, board.id)
    kinds = check_board(store, board.id)
    assert summary.cards == 60
    assert all(ops.column_count(store, board.id, stage) > 0 for stage in Stage)
    assert 150 < summary.moves < 300
    assert 30 < summary.improvements < 75
    assert 3 < summary.archived < 25
    assert kinds["edited"] > 50
    titles = [card.title for card in ops.list_cards(store, board.id)]
    assert len(set(titles)) > 40, "ideas are told apart by where they are tried"
    # Same seed, same board: the figures a README can quote.
    assert fill_demo(store, ops.create_board(store, "Again").board.id) == summary


@BOTH_ENGINES
def test_a_demo_of_one_card_still_shows_every_column_in_turn(store, board):
    summary = fill_demo(store, board.id, cards=1, weeks=1, seed=1)
    check_board(store, board.id)
    assert summary.archived == 0
    [card] = list(ops.list_cards(store, board.id))
    assert card.stage is Stage.RESTANDARDIZE
    entered = {line.to_stage for line in ops.card_history(store, card.id)}
    assert entered == {stage.value for stage in Stage}


@BOTH_ENGINES
def test_a_demo_into_a_board_in_use_comes_after_its_cards_and_gives_no_id_twice(
    store, board, clock
):
    ours = {stage: ops.add_card(store, board.id, f"Ours in {stage}").card_id for stage in Stage}
    for stage, card in ours.items():
        ops.move_card(store, card, stage)
    other = ops.create_board(store, "Other").board.id
    ops.add_card(store, other, "On another board")
    gone = ops.add_card(store, board.id, "Deleted, its id never given again").card_id
    ops.delete_card(store, gone)  # the highest id given: a demo card must not get it
    before = sql(store, "SELECT * FROM card ORDER BY id")
    clock.current = START + timedelta(days=1)
    fill_demo(store, board.id, cards=500, weeks=4, seed=9)
    fill_demo(store, board.id, cards=500, weeks=2, seed=10)  # and again
    assert sql(store, "SELECT * FROM card WHERE id <= ? ORDER BY id", gone) == before
    for stage, card in ours.items():
        assert next(iter(ops.list_cards(store, board.id, stage))).id == card
    ids = [row[0] for row in sql(store, "SELECT id FROM card WHERE id > ? ORDER BY id", gone)]
    assert ids == list(range(gone + 1, gone + 1001)), "the demo's ids follow every id given"
    assert ops.add_card(store, board.id, "Next").card_id == gone + 1001
    with store.read():
        assert StageCount.select().where(StageCount.board == other).get().live == 1
    check_board(store, board.id, range(gone + 1, gone + 501), range(gone + 501, gone + 1001))


def test_a_demo_is_stored_a_batch_at_a_time_in_one_transaction(store, board, monkeypatch):
    """Memory holds one batch of rows, whatever the number of cards; a failure part of the
    way leaves nothing of the demo behind."""
    monkeypatch.setattr(bulk, "BATCH", 200)
    batches: list[int] = []
    insert_rows = bulk.insert_rows

    def counted(store, model, columns, rows):
        batches.append(len(rows))
        if sum(batches) > 3000:
            raise RuntimeError("the disk is full")
        insert_rows(store, model, columns, rows)

    monkeypatch.setattr(bulk, "insert_rows", counted)
    before = sql(store, "SELECT COUNT(*) FROM card UNION ALL SELECT COUNT(*) FROM event")
    with pytest.raises(RuntimeError, match="the disk is full"):
        fill_demo(store, board.id, cards=1000)
    assert max(batches) < 250  # a batch, and one card's rows at most
    assert len(batches) > 10
    after = sql(store, "SELECT COUNT(*) FROM card UNION ALL SELECT COUNT(*) FROM event")
    assert after == before


SEARCHED = ("shadow", "Kanban", "line 2", "changeover", "bracket", "ERP", "visual", "zzz")


def built_demo(path, clock, *, rows_first: bool, monkeypatch) -> dict[str, list]:
    """A demo in a new database file, built the fast way (rows first, then what is kept
    of them) or row by row; everything stored, and what the text index answers."""
    from contextlib import contextmanager

    from kaizen_board import demo
    from kaizen_board.store import bulk_load, open_store

    @contextmanager
    def row_by_row(store):
        yield None

    with monkeypatch.context() as patched:
        if not rows_first:
            patched.setattr(demo, "rows_first", row_by_row)
        store = open_store(path, clock=clock, member_name="Tester")
        board = ops.default_board(store).id
        with store.write():
            assert bulk_load.is_empty(store)
        fill_demo(store, board, cards=800, weeks=8, seed=3)
    stored = {
        table: sorted(sql(store, f"SELECT * FROM {table}"), key=repr)
        for table in (
            "card",
            "event",
            "standard_revision",
            "member",
            "stage_count",
            "event_tally",
            "credit_tally",
            "lead_tally",
            "sqlite_sequence",
            "card_text_config",
        )
    }
    stored["schema"] = sql(store, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY 2")
    stored["found"] = [
        sql(store, "SELECT rowid FROM card_text WHERE card_text MATCH ? ORDER BY 1", f'"{word}"')
        for word in SEARCHED
    ]
    stored["listed"] = [
        [card.id for card in ops.list_cards(store, board, stage)] for stage in Stage
    ]
    store.close()
    return stored


def test_a_demo_into_a_new_database_built_rows_first_is_the_one_built_row_by_row(
    tmp_path, clock, monkeypatch
):
    fast = built_demo(tmp_path / "fast.sqlite", clock, rows_first=True, monkeypatch=monkeypatch)
    slow = built_demo(tmp_path / "slow.sqlite", clock, rows_first=False, monkeypatch=monkeypatch)
    assert fast.keys() == slow.keys()
    for what in fast:
        assert fast[what] == slow[what], what
    assert len(fast["event"]) > 3000
    assert fast["event_tally"]
    assert all(fast["found"][:-1]), "every word but the last is on some card"
    assert not fast["found"][-1]


def test_a_demo_into_a_database_with_cards_is_written_row_by_row(store, board, monkeypatch):
    from kaizen_board.store import bulk_load

    here = ops.add_card(store, board.id, "Already here").card_id
    with store.write():
        assert not bulk_load.is_empty(store)
    rebuilt = []
    monkeypatch.setattr(bulk_load, "_count_stages", lambda store: rebuilt.append(store))
    fill_demo(store, board.id, cards=50)
    assert rebuilt == []
    check_board(store, board.id, range(here + 1, here + 51))


def test_a_failure_while_playing_the_cards_stops_the_demo_and_leaves_nothing(
    store, board, monkeypatch
):
    """The cards are played on a thread of their own: its error is the demo's, raised on
    the thread of the transaction, which rolls back; the thread is gone after."""
    import threading

    from kaizen_board import demo

    add_card = demo._History.add_card

    def add_card_until(history, number, day):
        if number == 700:
            raise RuntimeError("no more ideas")
        add_card(history, number, day)

    monkeypatch.setattr(bulk, "BATCH", 200)
    monkeypatch.setattr(demo._History, "add_card", add_card_until)
    before = sql(store, "SELECT COUNT(*) FROM card UNION ALL SELECT COUNT(*) FROM event")
    with pytest.raises(RuntimeError, match="no more ideas"):
        fill_demo(store, board.id, cards=1000)
    assert sql(store, "SELECT COUNT(*) FROM card UNION ALL SELECT COUNT(*) FROM event") == before
    assert not [thread for thread in threading.enumerate() if thread.name == "demo history"]
    fill_demo(store, board.id, cards=50)  # and the board takes a demo after
    check_board(store, board.id)


def test_the_demo_shows_step_2_under_way_on_the_cards_in_meet_the_standard(store, board):
    fill_demo(store, board.id, cards=300, weeks=8, seed=11)
    team = ops.current_team(store, board.id)
    assert len(team) >= 5  # everyone the cards name
    counts = [row.confirmed for row in ops.column_page(store, board.id, Stage.MEET, limit=1000)]
    assert counts
    assert all(0 <= count <= len(team) for count in counts)
    assert any(0 < count < len(team) for count in counts)  # some have, some not yet
