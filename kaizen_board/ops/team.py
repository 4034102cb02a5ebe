"""A board's team: the members whose confirmations of a card's standard count (step 2).

Whoever is named on one of the board's cards as owner or submitter joins it (the
database's triggers, store/team_triggers.py); anyone can be added by name, and removed.
A member removed has left: they stop counting, nobody's history of them changes, and
being named on a card again does not bring them back (adding them does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from kaizen_board.errors import Conflict, InvalidInput
from kaizen_board.ops.directory import board_of, member_id
from kaizen_board.ops.rows import team_row, write_team_row
from kaizen_board.ops.undo import Change
from kaizen_board.store import Store
from kaizen_board.store.models import BoardMember, Member, name_key
from kaizen_board.translation import translate


class TeamMember(NamedTuple):
    name: str
    joined_at: datetime
    left_at: datetime | None  # None while on the team


def team_of(store: Store, board_id: int, *, with_left: bool = False) -> list[TeamMember]:
    """The board's team sorted by name (never by anything a member could be ranked by);
    those who left too with `with_left`."""
    with store.read():
        query = (
            BoardMember.select(Member.name, BoardMember.joined_at, BoardMember.left_at, Member.key)
            .join(Member, on=(BoardMember.member == Member.id))
            .where(BoardMember.board == board_id)
        )
        if not with_left:
            query = query.where(BoardMember.left_at.is_null())
        rows = sorted(query.tuples(), key=lambda row: (row[3], row[0]))
    return [TeamMember(*row[:3]) for row in rows]


def current_team(store: Store, board_id: int) -> list[str]:
    """The names of the board's members now, sorted."""
    return [member.name for member in team_of(store, board_id)]


@dataclass(frozen=True)
class TeamChange(Change):
    """A member added to a board's team or removed from it.

    Attributes:
        before, after: the member's row on the team (joined_at, left_at) before and
            after the change; None where they had none.
    """

    label: str
    board_id: int
    member_id: int
    before: tuple | None
    after: tuple | None

    def undo(self, store: Store) -> None:
        self._put(store, expected=self.after, wanted=self.before)

    def redo(self, store: Store) -> None:
        self._put(store, expected=self.before, wanted=self.after)

    def _put(self, store: Store, expected: tuple | None, wanted: tuple | None) -> None:
        with store.write():
            if team_row(self.board_id, self.member_id) != expected:
                raise Conflict(
                    translate(
                        "Team", "the team was changed elsewhere since, so it was left as it is"
                    )
                )
            write_team_row(self.board_id, self.member_id, wanted)


def add_to_team(store: Store, board_id: int, name: str) -> TeamChange | None:
    """Add the member of that name (made if new) to the board's team, or take back one
    who left; None if they are on it already."""
    with store.write():
        board = board_of(store, board_id)
        member = member_id(store, name)
        before = team_row(board_id, member)
        if before is not None and before[1] is None:
            return None
        after = (store.now(), None)
        write_team_row(board_id, member, after)
        shown = Member.get_by_id(member).name
    label = translate("Team", "Add {member} to the team of {board}").format(
        member=shown, board=board.name
    )
    return TeamChange(label, board_id, member, before, after)


def remove_from_team(store: Store, board_id: int, name: str) -> TeamChange:
    """Take the member of that name off the board's team: they stop counting, their
    history stays, and being named on a card does not bring them back."""
    with store.write():
        board = board_of(store, board_id)
        found = Member.select(Member.id, Member.name).where(Member.key == name_key(name))
        row = found.tuples().first()
        before = None if row is None else team_row(board_id, row[0])
        if before is None or before[1] is not None:
            raise InvalidInput(
                translate("Team", "{member} is not on the team of the board {board}").format(
                    member=repr(name), board=repr(board.name)
                )
            )
        after = (before[0], store.now())
        write_team_row(board_id, row[0], after)
    label = translate("Team", "Remove {member} from the team of {board}").format(
        member=row[1], board=board.name
    )
    return TeamChange(label, board_id, row[0], before, after)


def join_if_new(store: Store, board_id: int, member: int) -> tuple | None:
    """Put a member on the team if they never were (as being named on a card does);
    inside a write. The row written, or None if they were there or left."""
    if team_row(board_id, member) is not None:
        return None
    row = (store.now(), None)
    write_team_row(board_id, member, row)
    return row


def has_left(board_id: int, member: int) -> bool:
    row = team_row(board_id, member)
    return row is not None and row[1] is not None
