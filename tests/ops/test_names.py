"""Members and boards are one whatever the letter case, in every alphabet."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from kaizen_board import ops
from kaizen_board.store import open_store
from kaizen_board.store.models import name_key

V1 = Path(__file__).resolve().parent.parent / "data" / "schema-v1.sqlite"


def members(store) -> list[str]:
    return ops.member_names(store)


def test_a_name_with_capitals_beyond_ascii_is_one_member_however_it_is_written(store, board):
    first = ops.add_card(store, board.id, "Shadow board", owner="Émile").card_id
    second = ops.add_card(store, board.id, "Two bins", owner="émile", submitted_by="ÉMILE").card_id
    assert members(store).count("Émile") == 1
    assert "émile" not in members(store)
    assert ops.card_details(store, first)["owner"] == "Émile"
    assert ops.card_details(store, second)["owner"] == "Émile"
    assert ops.card_details(store, second)["submitted_by"] == "Émile"


def test_giving_an_owner_again_in_other_letters_changes_nothing(store, board):
    card_id = ops.add_card(store, board.id, "Label bins", owner="Ölçer Ağa").card_id
    assert ops.edit_card(store, card_id, owner="ÖLÇER AĞA") is None
    assert ops.edit_card(store, card_id, owner="  ölçer   ağa ") is None


def test_a_board_named_beyond_ascii_is_found_in_any_letter_case(store):
    made = ops.ensure_board(store, "Ölraum")
    assert ops.ensure_board(store, "ÖLRAUM") == made
    assert ops.find_board(store, "ölraum") == made
    renamed = ops.rename_board(store, made.id, "ÖLRAUM").board  # its own name in capitals
    assert ops.find_board(store, "Ölraum") == renamed
    assert name_key("Straße") == name_key("STRASSE")


def test_upgrading_a_first_schema_database_joins_names_that_differ_only_in_case(tmp_path, clock):
    path = tmp_path / "old.sqlite"
    shutil.copy(V1, path)
    # Version 1 compared names with SQL's LOWER (ASCII only), so these could be made.
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("INSERT INTO member (name, created_at) VALUES ('Émile', 0)")
        connection.execute("INSERT INTO member (name, created_at) VALUES ('émile', 1)")
        first, second = (
            row[0]
            for row in connection.execute(
                "SELECT id FROM member WHERE name IN ('Émile', 'émile') ORDER BY id"
            )
        )
        connection.execute("UPDATE card SET owner_id = ? WHERE id IN (1, 2)", (second,))
        connection.execute("UPDATE event SET member_id = ? WHERE card_id = 3", (second,))
        connection.execute("INSERT INTO board (name, created_at) VALUES ('Ölraum', 0)")
        connection.execute("INSERT INTO board (name, created_at) VALUES ('ölraum', 0)")
        connection.execute("INSERT INTO board (name, created_at) VALUES ('ölraum (2)', 0)")
    connection.close()

    store = open_store(path, clock=clock)
    names = members(store)
    assert "Émile" in names
    assert "émile" not in names
    assert ops.card_details(store, 1)["owner"] == "Émile"
    assert ops.card_details(store, 2)["owner"] == "Émile"
    orphaned = store.database.execute_sql(
        "SELECT COUNT(*) FROM event WHERE member_id = ?", (second,)
    ).fetchone()
    assert orphaned == (0,)
    boards = [board.name for board in ops.list_boards(store)]
    assert boards[-3:] == ["Ölraum", "ölraum (3)", "ölraum (2)"]
    assert ops.find_board(store, "ÖLRAUM").name == "Ölraum"
    # And new ones are found by their folded name from now on.
    ops.add_card(store, 1, "After the upgrade", owner="ÉMILE")
    assert members(store).count("Émile") == 1
    assert first != second
    store.close()
