"""Copying boards between databases, either way, with their whole history."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kaizen_board import ops
from kaizen_board.demo import fill_demo
from kaizen_board.errors import InvalidInput
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from kaizen_board.transfer.copy import copy_boards
from kaizen_board.transfer.export import export_board, export_history
from tests import pg_server
from tests.helpers import dump
from tests.pictures import jpeg_bytes


def exported(store, board_id, folder, name) -> tuple[bytes, bytes]:
    export_board(store, board_id, folder / f"{name}.csv")
    export_history(store, board_id, folder / f"{name}-history.csv")
    return (folder / f"{name}.csv").read_bytes(), (folder / f"{name}-history.csv").read_bytes()


def test_a_board_copied_there_and_back_keeps_every_card_event_and_standard(
    store, board, tmp_path, clock
):
    """From the test's database (a file or the server) to a file and back to a new one."""
    fill_demo(store, board.id, cards=40, weeks=4, seed=7)
    gone = ops.add_card(store, board.id, "Deleted, its history kept").card_id
    ops.move_card(store, gone, Stage.IMPROVE)
    ops.delete_card(store, gone)
    ops.set_wip_limit(store, board.id, Stage.IMPROVE, 5)
    leaving = ops.current_team(store, board.id)[0]
    ops.remove_from_team(store, board.id, leaving)
    pictured = next(iter(ops.list_cards(store, board.id, Stage.IMPROVE))).id
    ops.attach_picture(store, pictured, jpeg_bytes(300, 200), kind="before", name="line.jpg")
    team = ops.team_of(store, board.id, with_left=True)
    original = exported(store, board.id, tmp_path, "original")
    laptop = open_store(tmp_path / "laptop.sqlite", clock=clock)
    summary = copy_boards(store, laptop)
    assert summary.boards == [board.name]
    copied = ops.default_board(laptop)
    assert exported(laptop, copied.id, tmp_path, "copy") == original
    assert ops.wip_limits(laptop, copied.id)[Stage.IMPROVE] == 5
    card = next(iter(ops.list_cards(laptop, copied.id, Stage.RESTANDARDIZE)))
    assert ops.standard_revisions(laptop, card.id) == ops.standard_revisions(store, card.id)
    assert ops.team_of(laptop, copied.id, with_left=True) == team  # who left too
    assert leaving not in ops.current_team(laptop, copied.id)
    [picture] = [
        p for c in ops.list_cards(laptop, copied.id) for p in ops.card_pictures(laptop, c.id)
    ]
    assert (picture.kind, picture.name, picture.width) == ("before", "line.jpg", 300)
    assert ops.picture_bytes(laptop, picture.id) == jpeg_bytes(300, 200)
    again = open_store(tmp_path / "again.sqlite", clock=clock)
    copy_boards(laptop, again)
    assert exported(again, ops.default_board(again).id, tmp_path, "again") == original
    laptop.close()
    again.close()


def test_copying_a_board_the_target_has_already_is_refused(store, board, tmp_path, clock):
    ops.add_card(store, board.id, "Once")
    target = open_store(tmp_path / "team.sqlite", clock=clock)
    copy_boards(store, target)
    before = dump(target)
    with pytest.raises(InvalidInput, match="copying it again would make two"):
        copy_boards(store, target)
    assert dump(target) == before
    target.close()


def test_a_copy_into_a_board_in_use_never_gives_an_id_twice(store, board, tmp_path, clock):
    ops.add_card(store, board.id, "From the laptop")
    clock.advance(timedelta(seconds=1))  # another board: made at another moment
    target = open_store(tmp_path / "team.sqlite", clock=clock)
    team_board = ops.create_board(target, "Team").board
    for title in ("a", "b", "c"):
        ops.add_card(target, team_board.id, title)
    copy_boards(store, target)
    ids = [card.id for b in ops.list_boards(target) for card in ops.list_cards(target, b.id)]
    assert len(ids) == len(set(ids)) == 4
    new = ops.add_card(target, team_board.id, "after the copy").card_id
    assert new > max(ids)
    target.close()


@pytest.mark.parametrize("direction", ["to the team server", "from the team server"])
def test_a_board_copied_before_and_renamed_since_is_not_copied_again(direction, tmp_path, clock):
    laptop = open_store(tmp_path / "laptop.sqlite", clock=clock)
    team = open_store(pg_server.fresh_database(), clock=clock)
    source, target = (laptop, team) if direction == "to the team server" else (team, laptop)
    board = ops.default_board(source)
    card = ops.add_card(source, board.id, "Shadow board").card_id
    clock.advance(timedelta(minutes=5))
    ops.move_card(source, card, Stage.MEET)
    copy_boards(source, target)
    [copied] = ops.list_boards(target)
    ops.rename_board(target, copied.id, "Line 3")
    ops.add_card(target, copied.id, "Made after the copy")
    ops.add_card(source, board.id, "Made on the source after the copy")
    before = dump(target)
    with pytest.raises(InvalidInput) as refused:
        copy_boards(source, target)
    assert "has the board 'Kaizen' already, as 'Line 3'" in str(refused.value)
    assert "copying it again would make two" in str(refused.value)
    assert dump(target) == before
    # A board of its own, even one named as the copied one was, is copied.
    clock.advance(timedelta(seconds=1))
    other = ops.create_board(source, "Kaizen 2").board
    ops.add_card(source, other.id, "Two bins")
    assert copy_boards(source, target, ["Kaizen 2"]).boards == ["Kaizen 2"]
    laptop.close()
    team.close()
