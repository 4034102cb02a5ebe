"""On a team server the server itself records who made a change: a member connecting with
psql (here psycopg) cannot credit a change to someone else or rewrite the history, while
the program's own changes and undo work as before."""

from __future__ import annotations

import psycopg
import pytest

from kaizen_board import ops
from kaizen_board.errors import InvalidInput
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from kaizen_board.store.postgresql.team import add_person, init_team
from kaizen_board.transfer.copy import copy_boards
from kaizen_board.transfer.export import export_board
from kaizen_board.transfer.importer import import_board
from tests import pg_server


@pytest.fixture
def team_url():
    url = pg_server.fresh_database()
    store = open_store(url)
    init_team(store)
    for person in ("aiko", "kenji"):
        add_person(store, person)
    store.close()
    return url


def _member(connection, name: str) -> int:
    return connection.execute("SELECT id FROM member WHERE name = %s", (name,)).fetchone()[0]


@pytest.fixture
def kenjis_card(team_url, clock):
    """A card kenji made and whose standard he wrote twice (two revisions, his)."""
    kenji = open_store(pg_server.as_role(team_url, "kenji"), clock=clock)
    card = ops.add_card(kenji, ops.default_board(kenji).id, "Shadow board").card_id
    ops.edit_card(kenji, card, standard="Wrenches hang on the board")
    ops.edit_card(kenji, card, standard="Wrenches hang on the board, outlined")
    kenji.close()
    return card


def test_a_member_cannot_credit_a_change_to_another_or_rewrite_history(team_url, kenjis_card):
    url = pg_server.as_role(team_url, "aiko")
    with psycopg.connect(url, autocommit=True) as aiko:
        kenji = _member(aiko, "kenji")
        board, lap = aiko.execute(
            "SELECT board_id, lap FROM card WHERE id = %s", (kenjis_card,)
        ).fetchone()
        forged = aiko.execute(
            "INSERT INTO event (board_id, card_id, kind, at, member_id, lap) "
            "VALUES (%s, %s, 'moved', 1, %s, %s) RETURNING id, member_id",
            (board, kenjis_card, kenji, lap),
        ).fetchone()
        me = _member(aiko, "aiko")  # made by the server, as the program makes a member
        assert forged[1] == me != kenji
        assert aiko.execute("SELECT key FROM member WHERE id = %s", (me,)).fetchone() == ("aiko",)
        revision = aiko.execute(
            "INSERT INTO standard_revision (card_id, text, lap, replaced_at, member_id) "
            "VALUES (%s, 'forged', 1, 2, %s) RETURNING member_id",
            (kenjis_card, kenji),
        ).fetchone()
        assert revision == (me,)
        # A table of the member's own named like the board's is not looked at.
        aiko.execute("CREATE TEMPORARY TABLE member (id integer, name text)")
        aiko.execute("INSERT INTO pg_temp.member VALUES (%s, 'aiko')", (kenji,))
        shadowed = aiko.execute(
            "INSERT INTO event (board_id, card_id, kind, at, member_id, lap) "
            "VALUES (%s, %s, 'moved', 3, %s, %s) RETURNING member_id",
            (board, kenjis_card, kenji, lap),
        ).fetchone()
        assert shadowed == (me,)
        aiko.execute("DROP TABLE pg_temp.member")
        refused = [
            ("UPDATE event SET member_id = %s WHERE id = %s", (kenji, forged[0])),
            ("UPDATE event SET detail = 'rewritten' WHERE member_id = %s", (kenji,)),
            ("DELETE FROM event WHERE member_id = %s", (kenji,)),
            ("UPDATE standard_revision SET member_id = %s", (me,)),
            ("UPDATE member SET name = 'someone' WHERE id = %s", (kenji,)),
            ("DELETE FROM member WHERE id = %s", (kenji,)),
        ]
        for statement, values in refused:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                aiko.execute(statement, values)
        # The events of one's own changes may go (undo takes them back).
        assert aiko.execute("DELETE FROM event WHERE id = %s", (forged[0],)).rowcount == 1
        by_kenji = aiko.execute(
            "SELECT COUNT(*) FROM event WHERE member_id = %s", (kenji,)
        ).fetchone()
        assert by_kenji == (3,)  # made, and his standard written twice: all still his


def test_a_members_own_changes_and_their_undo_work_and_keep_who_made_what(
    team_url, kenjis_card, tmp_path, clock
):
    aiko = open_store(pg_server.as_role(team_url, "aiko"), clock=clock, member_name="kenji")
    board = ops.default_board(aiko).id
    added = ops.add_card(aiko, board, "Two bins")
    moved = ops.move_card(aiko, added.card_id, Stage.MEET)
    edited = ops.edit_card(aiko, added.card_id, standard="Refill at the red line")
    deleted = ops.delete_card(aiko, kenjis_card)  # kenji's card, with his revisions
    ops.undo(aiko, deleted)
    for change in (edited, moved, added):
        ops.undo(aiko, change)
    ops.redo(aiko, added)
    export_board(aiko, board, tmp_path / "board.csv")
    imported = import_board(aiko, tmp_path / "board.csv", board_name="Imported")
    ops.undo(aiko, imported.change)
    ops.redo(aiko, imported.change)
    assert {line.member for line in ops.card_history(aiko, added.card_id)} == {"aiko"}
    # Made, its standard written twice: the delete's event went with its undo, no more.
    assert [line.member for line in ops.card_history(aiko, kenjis_card)] == ["kenji"] * 3
    aiko.close()
    with psycopg.connect(pg_server.as_role(team_url, "aiko")) as connection:
        revisions = connection.execute(
            "SELECT member.name FROM standard_revision JOIN member ON member.id = member_id "
            "WHERE card_id = %s",
            (kenjis_card,),
        ).fetchall()
    assert revisions == [("kenji",), ("kenji",)]  # put back by the undo, still his


def test_a_board_with_others_history_is_copied_in_by_the_servers_owner_only(
    team_url, tmp_path, clock
):
    laptop = open_store(tmp_path / "laptop.sqlite", clock=clock)
    board = ops.default_board(laptop).id
    ops.add_card(laptop, board, "Shadow board", by="Kenji")
    ops.add_card(laptop, board, "Two bins", by="Mei")
    team = open_store(pg_server.as_role(team_url, "aiko"), clock=clock)
    with pytest.raises(InvalidInput, match="copy it in signed in as the server's owner"):
        copy_boards(laptop, team)
    assert ops.list_boards(team) == []
    team.close()
    owner = open_store(team_url, clock=clock)
    copy_boards(laptop, owner)
    [card, other] = ops.list_cards(owner, ops.default_board(owner).id)
    assert [line.member for line in ops.card_history(owner, card.id)] == ["Kenji"]
    assert [line.member for line in ops.card_history(owner, other.id)] == ["Mei"]
    owner.close()
    laptop.close()
