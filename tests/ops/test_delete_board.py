"""Deleting a board: everything of it goes, nothing of the other boards changes."""

from __future__ import annotations

import pytest

from kaizen_board import ops
from kaizen_board.errors import InvalidInput
from kaizen_board.stages import Stage

BOARD_TABLES = (
    "card",
    "event",
    "stage_count",
    "event_tally",
    "credit_tally",
    "lead_tally",
    "board_column",
    "board_member",
)


def rows_of(store, board_id: int) -> dict[str, list[tuple]]:
    with store.read():
        return {
            table: sorted(
                store.database.execute_sql(
                    f"SELECT * FROM {table} WHERE board_id = {int(board_id)}"
                ).fetchall(),
                key=repr,
            )
            for table in BOARD_TABLES
        }


def test_a_deleted_board_takes_its_cards_history_and_totals_and_leaves_the_others_be(
    store, board, history
):
    office = ops.create_board(store, "Office").board
    kept = ops.add_card(store, office.id, "Two-bin kanban", owner="Aiko").card_id
    ops.move_card(store, kept, Stage.RESTANDARDIZE)
    ops.set_wip_limit(store, office.id, Stage.IMPROVE, 3)
    ops.set_wip_limit(store, board.id, Stage.IMPROVE, 2)
    before = rows_of(store, office.id)
    assert all(rows_of(store, board.id).values())
    members = ops.member_names(store)
    assert ops.delete_board(store, board.id) == "Kaizen"
    assert [b.name for b in ops.list_boards(store)] == ["Office"]
    assert rows_of(store, board.id) == {table: [] for table in BOARD_TABLES}
    assert rows_of(store, office.id) == before
    assert ops.member_names(store) == members, "members stay, with their other boards"
    with store.read():
        pictures = store.database.execute_sql("SELECT COUNT(*) FROM picture").fetchone()[0]
        revisions = store.database.execute_sql("SELECT COUNT(*) FROM standard_revision").fetchone()[
            0
        ]
    assert pictures == 0
    assert revisions == 0  # the deleted board's standards went with its cards
    if store.engine.name == "sqlite":
        with store.read():
            assert store.database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    # The board left works as before.
    moved = ops.add_card(store, office.id, "Spill kit").card_id
    ops.move_card(store, moved, Stage.IMPROVE)
    assert ops.column_count(store, office.id, Stage.IMPROVE) == 1


def test_the_only_board_is_not_deleted(store, board):
    ops.add_card(store, board.id, "Shadow board")
    before = rows_of(store, board.id)
    with pytest.raises(InvalidInput, match="the only board"):
        ops.delete_board(store, board.id)
    assert rows_of(store, board.id) == before
