"""Moving cards round the loop, reordering, archiving and restoring them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from kaizen_board.errors import InvalidInput
from kaizen_board.events import EventKind
from kaizen_board.ops.directory import acting_member
from kaizen_board.ops.history import record_event
from kaizen_board.ops.ranks import already_placed, at_index, beside, rank_near, ranks_for
from kaizen_board.ops.rows import load_card, update_card
from kaizen_board.ops.undo import CardChange
from kaizen_board.rules import outcome_of_move
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.translation import translate


def move_card(
    store: Store,
    card_id: int,
    stage: Stage | str,
    index: int | None = None,
    *,
    board_id: int | None = None,
    by: str | None = None,
    expected_version: int | None = None,
) -> CardChange | None:
    """Put a card at `index` of `stage` (at the end if None); None if it is there already.

    From Re-standardize to Standard the card starts its next lap. The first time in a
    lap a card enters Re-standardize, that is an improvement (event kind "improved"),
    credited to the card's owner, or to the member moving it if it has none.
    """
    versions = {} if expected_version is None else {card_id: expected_version}
    changes = move_cards(
        store, [card_id], stage, index, board_id=board_id, by=by, expected_versions=versions
    )
    return changes[0] if changes else None


def move_cards(
    store: Store,
    card_ids: Sequence[int],
    stage: Stage | str,
    index: int | None = None,
    *,
    after: int | None = None,
    before: int | None = None,
    board_id: int | None = None,
    by: str | None = None,
    expected_versions: Mapping[int, int] | None = None,
) -> list[CardChange]:
    """Move cards so they land together, in the order given, at a place of `stage`.

    The place is just below the card `after`, or just above the card `before` (what a
    drop between two cards on screen gives: found in one index lookup), else at
    `index`, counting the stage's cards other than the ones moved (None: the end). All
    the moves commit together; undo their changes in reverse order. Nothing is
    recorded if the cards already sit there in that order.
    """
    stage = Stage.parse(stage)
    card_ids = list(dict.fromkeys(card_ids))
    versions = expected_versions or {}
    with store.write():
        cards = [
            load_card(store, card_id, board_id=board_id, expected_version=versions.get(card_id))
            for card_id in card_ids
        ]
        if not cards:
            return []
        board = cards[0]["board"]
        for card in cards:
            if card["archived_at"] is not None:
                raise InvalidInput(
                    translate(
                        "Moves", "card #{card} is archived: restore it before moving it"
                    ).format(card=card["id"])
                )
            if card["board"] != board:
                raise InvalidInput(
                    translate("Moves", "cards of different boards cannot be moved together")
                )
        if after is not None or before is not None:
            anchor = after if after is not None else before
            place = beside(store, board, stage, anchor, below=after is not None, cards=card_ids)
            index = None
        else:
            place = at_index(board, stage, index, card_ids)
        placed = [(card["stage"], card["rank"]) for card in cards]
        found = place()
        if already_placed(placed, stage, found):
            return []
        ranks = ranks_for(board, stage, place, len(cards), found)
        now = store.now()
        actor = acting_member(store, by)
        return [
            _place(store, card, stage, rank, None if index is None else index + offset, now, actor)
            for offset, (card, rank) in enumerate(zip(cards, ranks, strict=True))
        ]


def _place(
    store: Store,
    card: dict,
    stage: Stage,
    rank: int,
    index: int | None,
    now: datetime,
    actor: int,
) -> CardChange:
    """Write one card's move with its event, as the loop's rules say (rules.py)."""

    def improved() -> bool:
        return store.engine.improved_in_lap(store.database, card["id"], card["lap"])

    outcome = outcome_of_move(card, stage, now, actor, improved_in_lap=improved)
    after = update_card(store, card, {**outcome.values, "rank": rank})
    recorded = record_event(store, after, outcome.kind, now, actor, position=index, **outcome.event)
    if outcome.kind is EventKind.REORDERED:
        label = translate("Moves", "Reorder '{title}'").format(title=card["title"])
    else:
        label = translate("Moves", "Move '{title}' to {stage}").format(
            title=card["title"], stage=stage.title
        )
    return CardChange(label, card, after, recorded)


def reorder_card(
    store: Store,
    card_id: int,
    index: int,
    *,
    board_id: int | None = None,
    by: str | None = None,
    expected_version: int | None = None,
) -> CardChange | None:
    """Put a card at `index` of its own stage."""
    with store.read():
        stage = load_card(store, card_id, board_id=board_id)["stage"]
    return move_card(
        store,
        card_id,
        stage,
        index,
        board_id=board_id,
        by=by,
        expected_version=expected_version,
    )


def archive_card(
    store: Store,
    card_id: int,
    *,
    board_id: int | None = None,
    by: str | None = None,
    expected_version: int | None = None,
) -> CardChange:
    """Take a card off the board, keeping it (and its place) for a later restore."""
    with store.write():
        card = load_card(store, card_id, board_id=board_id, expected_version=expected_version)
        if card["archived_at"] is not None:
            raise InvalidInput(
                translate("Moves", "card #{card} is archived already").format(card=card_id)
            )
        now = store.now()
        after = update_card(store, card, {"archived_at": now, "updated_at": now})
        event = record_event(
            store,
            after,
            EventKind.ARCHIVED,
            now,
            acting_member(store, by),
            from_stage=card["stage"],
        )
    label = translate("Moves", "Archive '{title}'").format(title=card["title"])
    return CardChange(label, card, after, event)


def restore_card(
    store: Store,
    card_id: int,
    *,
    board_id: int | None = None,
    by: str | None = None,
    expected_version: int | None = None,
) -> CardChange:
    """Bring an archived card back to its stage, where it was among its neighbours."""
    with store.write():
        card = load_card(store, card_id, board_id=board_id, expected_version=expected_version)
        if card["archived_at"] is None:
            raise InvalidInput(
                translate("Moves", "card #{card} is not archived").format(card=card_id)
            )
        now = store.now()
        stage = Stage(card["stage"])
        rank = rank_near(card["board"], stage, card["rank"], card_id)
        after = update_card(store, card, {"archived_at": None, "rank": rank, "updated_at": now})
        event = record_event(
            store, after, EventKind.RESTORED, now, acting_member(store, by), to_stage=stage.value
        )
    label = translate("Moves", "Restore '{title}'").format(title=card["title"])
    return CardChange(label, card, after, event)
