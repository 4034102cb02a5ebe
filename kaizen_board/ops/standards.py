"""The kaizen loop's steps, nudged as a card moves, never enforced.

Step 1: a card leaves Standard with its standard written (the way the work is done now);
step 2: a card goes on from Meet the standard to Improve once every member of the team
has confirmed they work to it ("do not skip this step"); steps 3 and 4: a card enters
Re-standardize with its new standard written (the improvement become the way the work is
done). A move that would skip one is nudged (`nudge_for`): the window asks (for the text,
or whether to go on without the members named), the command line warns; either may move
anyway. A text given with the move is written in the same change (`move_writing`, which the
window's moves and the command line's both go through): one step to undo.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum

from kaizen_board.ops.cards import edit_card
from kaizen_board.ops.confirmations import confirmations_of
from kaizen_board.ops.moves import move_cards
from kaizen_board.ops.rows import load_card
from kaizen_board.ops.undo import Change
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.translation import QT_TRANSLATE_NOOP, translate


class Nudge(StrEnum):
    """What a move would skip."""

    NO_STANDARD = "no standard"  # leaving Standard with none written
    NEW_STANDARD = "new standard"  # entering Re-standardize: write the new one
    MEMBERS_MISSING = "members missing"  # on to Improve before everyone confirmed


def nudge_for(
    current: Stage, standard: str, target: Stage, missing: Sequence[str] = ()
) -> Nudge | None:
    """The nudge a card in `current` with `standard` gets for a move to `target`, while
    the members `missing` have not confirmed its standard."""
    if current == target:
        return None
    if target is Stage.RESTANDARDIZE:
        return Nudge.NEW_STANDARD
    if current is Stage.STANDARD and not standard.strip():
        return Nudge.NO_STANDARD
    if current is Stage.MEET and target is Stage.IMPROVE and missing and standard.strip():
        return Nudge.MEMBERS_MISSING
    return None


def card_nudge(store: Store, card_id: int, target: Stage, *, board_id: int | None = None):
    """(the nudge, the card's row now) for moving the card to `target`; the row has the
    names of the members missing under "missing" when that is the nudge."""
    with store.read():
        card = load_card(store, card_id, board_id=board_id)
    if card["archived_at"] is not None:
        return None, card
    stage = Stage(card["stage"])
    missing = []
    if stage is Stage.MEET and target is Stage.IMPROVE and card["standard"].strip():
        missing = confirmations_of(store, card).missing
    card["missing"] = missing
    return nudge_for(stage, card["standard"], target, missing), card


# The seed's words for step 2 (the method as it is taught).
SKIP_WARNING = QT_TRANSLATE_NOOP("Standards", "Do not skip this step")


def warning_for(nudge: Nudge, card_id: int, missing: Sequence[str] = ()) -> str:
    """The command line's words for a nudge skipped."""
    if nudge is Nudge.MEMBERS_MISSING:
        skip = translate("Standards", SKIP_WARNING)
        return translate(
            "Standards",
            "card #{card} went on to {stage} before everyone works to its standard ({warning}): "
            "not yet confirmed by {names}",
        ).format(
            card=card_id,
            stage=Stage.IMPROVE.title,
            warning=skip[:1].lower() + skip[1:],
            names=", ".join(missing),
        )
    if nudge is Nudge.NO_STANDARD:
        return translate(
            "Standards",
            "card #{card} left {stage} with no standard written (step 1: write down how the "
            "work is done now); write it with --standard TEXT or in the card's editor",
        ).format(card=card_id, stage=Stage.STANDARD.title)
    return translate(
        "Standards",
        "card #{card} entered {stage} without its new standard (the improvement is not the "
        "way of working until it is written); write it with --standard TEXT or in the card's "
        "editor",
    ).format(card=card_id, stage=Stage.RESTANDARDIZE.title)


def move_writing(
    store: Store,
    card_ids: Sequence[int],
    stage: Stage | str,
    index: int | None = None,
    *,
    standards: Mapping[int, str] | None = None,
    after: int | None = None,
    before: int | None = None,
    board_id: int | None = None,
    by: str | None = None,
    expected_versions: Mapping[int, int] | None = None,
) -> list[Change]:
    """`move_cards`, each card's standard in `standards` written first (a new revision,
    the old text kept), all in one transaction: the changes, to undo together."""
    with store.write():
        changes: list[Change] = []
        versions = dict(expected_versions or {})
        for card_id, text in (standards or {}).items():
            edit = edit_card(
                store,
                card_id,
                board_id=board_id,
                by=by,
                expected_version=versions.get(card_id),
                standard=text,
            )
            if edit is not None:
                changes.append(edit)
                versions[card_id] = edit.after_version
        changes += move_cards(
            store,
            card_ids,
            stage,
            index,
            after=after,
            before=before,
            board_id=board_id,
            by=by,
            expected_versions=versions,
        )
    return changes
