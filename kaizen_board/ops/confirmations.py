"""Step 2 of the loop: each member of the team confirms "I work to this standard".

A confirmation is an event (kind "confirmed": its time, the member who recorded it, the
member it is for as its credit) of one version of the card's standard in one lap. It
counts while that member is on the board's team, the card is in that lap and its
standard at that version: a new version, or the next lap, starts the count over, and the
earlier confirmations stay in the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from kaizen_board.errors import Conflict, InvalidInput
from kaizen_board.events import EventKind
from kaizen_board.ops.directory import acting_member, find_member
from kaizen_board.ops.history import record_event
from kaizen_board.ops.rows import leave_if_joined_by, load_card, team_row, write_team_row
from kaizen_board.ops.team import current_team, has_left, join_if_new
from kaizen_board.ops.undo import Change
from kaizen_board.store import Store
from kaizen_board.store.models import Board, Card, Event, Member, name_key
from kaizen_board.translation import translate


class Confirmations(NamedTuple):
    """Who on the team has confirmed the card's standard as it is now, and who not yet
    (both sorted by name); `version` 0 while no standard is written."""

    version: int
    confirmed: list[str]
    missing: list[str]

    @property
    def team(self) -> int:
        """How many members the team has now."""
        return len(self.confirmed) + len(self.missing)


def _of_standard_now(card: dict[str, Any]):
    """The confirmation events of the card's standard as it is now (this version, this
    lap), whoever they are for."""
    return (
        (Event.card_id == card["id"])
        & (Event.kind == EventKind.CONFIRMED.value)
        & (Event.lap == card["lap"])
        & (Event.standard_version == card["standard_version"])
    )


def confirmations_of(store: Store, card: dict[str, Any]) -> Confirmations:
    """The card's confirmations now (`card` its row, as load_card reads it)."""
    with store.read():
        names = (
            Event.select(Member.name)
            .join(Member, on=(Event.credit == Member.id))
            .where(_of_standard_now(card))
            .tuples()
        )
        who = {name for (name,) in names}
        team = current_team(store, card["board"])
    return Confirmations(
        card["standard_version"],
        [name for name in team if name in who],
        [name for name in team if name not in who],
    )


@dataclass(frozen=True)
class ConfirmChange(Change):
    """A confirmation recorded: its event, and the team row if the member joined by it."""

    label: str
    event: dict[str, Any]
    joined: tuple | None = None

    @property
    def card_ids(self) -> tuple[int, ...]:
        return (self.event["card_id"],)

    def undo(self, store: Store) -> None:
        with store.write():
            gone = Event.delete().where(Event.id == self.event["id"]).execute()
            if gone != 1:
                raise Conflict(
                    translate(
                        "Confirmations", "the confirmation is gone already, so nothing was undone"
                    )
                )
            if self.joined is not None:
                leave_if_joined_by(self.event["board"], [self.event["credit"]], self.joined[0])

    def redo(self, store: Store) -> None:
        with store.write():
            board, member = self.event["board"], self.event["credit"]
            if self.joined is not None and team_row(board, member) is None:
                write_team_row(board, member, self.joined)
            version = Card.select(Card.standard_version, Card.lap).where(
                Card.id == self.event["card_id"]
            )
            if version.tuples().first() != (self.event["standard_version"], self.event["lap"]):
                raise Conflict(
                    translate(
                        "Confirmations",
                        "the standard of card #{card} was changed since, so the confirmation of "
                        "the one before was not made again",
                    ).format(card=self.event["card_id"])
                )
            Event.insert(self.event).execute()


def confirm_standard(
    store: Store,
    card_id: int,
    *,
    member: str | None = None,
    board_id: int | None = None,
    by: str | None = None,
    expected_version: int | None = None,
) -> ConfirmChange | None:
    """Record that a member works to the card's standard as it is now (as they saw it:
    `expected_version`, the card's, refuses a card changed since). None if they had
    confirmed it already.

    By default the one making the change confirms (on a team server always the member
    signed in), joining the board's team if they never were on it. A `member` named
    confirms for themselves only where nobody signs in, and must be on the team (a typo
    makes nobody new); one who left is refused (add them to the team again first).
    """
    with store.write():
        card = load_card(store, card_id, board_id=board_id, expected_version=expected_version)
        if card["archived_at"] is not None:
            raise InvalidInput(
                translate(
                    "Confirmations", "card #{card} is archived; restore it to confirm its standard"
                ).format(card=card_id)
            )
        if not card["standard"].strip():
            raise InvalidInput(
                translate(
                    "Confirmations",
                    "card #{card} has no standard written yet, so there is nothing to confirm; "
                    "write it first (step 1)",
                ).format(card=card_id)
            )
        actor = acting_member(store, by)
        board = Board.get_by_id(card["board"]).name
        if member is None:
            confirming = actor
        elif store.signed_in:
            if name_key(member) != name_key(store.member_name):
                raise InvalidInput(
                    translate(
                        "Confirmations",
                        "on a team server each member confirms for themselves: you are signed in "
                        "as {you}, and {member} confirms signed in as {member}",
                    ).format(you=store.member_name, member=member)
                )
            confirming = actor
        else:
            found = find_member(store, member)
            if found is None or team_row(card["board"], found) is None:
                raise InvalidInput(
                    translate(
                        "Confirmations",
                        "{member} is not on the team of the board {board}; add them with "
                        "'kaizen-board members add NAME' (or Board > Team…) first",
                    ).format(member=repr(member), board=repr(board))
                )
            confirming = found
        name = Member.get_by_id(confirming).name
        if has_left(card["board"], confirming):
            raise InvalidInput(
                translate(
                    "Confirmations",
                    "{member} left the team of the board {board}; add them to it again to confirm",
                ).format(member=name, board=repr(board))
            )
        if Event.select().where(_of_standard_now(card) & (Event.credit == confirming)).exists():
            return None
        joined = join_if_new(store, card["board"], confirming)
        event = record_event(
            store,
            card,
            EventKind.CONFIRMED,
            store.now(),
            actor,
            credit=confirming,
            standard_version=card["standard_version"],
            detail={"text": f"standard version {card['standard_version']}, by {name}"},
        )
    label = translate("Confirmations", "{member} confirms the standard of '{title}'").format(
        member=name, title=card["title"]
    )
    return ConfirmChange(label, event, joined)
