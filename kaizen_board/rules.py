"""The kaizen loop's rules (DESIGN.md), in one place: what a move does to a card's lap
and its count of improvements, which moves the board offers, when a column is too full.

Pure functions of a card's row: the operations in ops/ apply them and store the result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kaizen_board.events import EventKind
from kaizen_board.stages import STAGES, Stage
from kaizen_board.times import to_micros


@dataclass(frozen=True)
class MoveOutcome:
    """What moving a card to a stage means.

    Attributes:
        kind: the event to record: reordered (within its stage), moved, or improved
            (entering Re-standardize for the first time in its lap).
        values: the card's fields that change.
        event: the event's fields beyond the card, kind, time and member.
    """

    kind: EventKind
    values: dict[str, Any]
    event: dict[str, Any] = field(default_factory=dict)


def outcome_of_move(
    card: dict[str, Any],
    stage: Stage,
    now: datetime,
    actor: int,
    *,
    improved_in_lap: Callable[[], bool],
) -> MoveOutcome:
    """The lap and improvement rules for moving `card` (its stored row) to `stage`.

    From Re-standardize back to Standard the card starts its next lap. The first time in
    a lap a card enters Re-standardize, that is an improvement, credited to the card's
    owner (else the member moving it), with its lead time from the start of the lap.
    Reordering within Re-standardize, or entering it again in the same lap, is not.
    `improved_in_lap` says whether the card's lap has its improvement already (asked only
    when the card enters Re-standardize: it is a database lookup).
    """
    old_stage = Stage(card["stage"])
    values: dict[str, Any] = {"stage": stage.value, "updated_at": now}
    event: dict[str, Any] = {"from_stage": old_stage.value, "to_stage": stage.value}
    if stage is old_stage:
        return MoveOutcome(EventKind.REORDERED, values, event)
    values["entered_stage_at"] = now
    if old_stage is Stage.RESTANDARDIZE and stage is Stage.STANDARD:
        values.update(lap=card["lap"] + 1, lap_started_at=now)
    if stage is Stage.RESTANDARDIZE and not improved_in_lap():
        values["improvements"] = card["improvements"] + 1
        event["credit"] = card["owner"] or actor
        event["lead_time"] = lead_time(card["lap_started_at"], now)
        return MoveOutcome(EventKind.IMPROVED, values, event)
    return MoveOutcome(EventKind.MOVED, values, event)


def lead_time(since: datetime, until: datetime) -> int:
    """Microseconds from the start of a lap to its improvement (never negative)."""
    return max(to_micros(until) - to_micros(since), 0)


def stage_after(stage: Stage) -> Stage:
    """Where "move on" takes a card: the next stage; after Re-standardize, the loop
    starts again at Standard."""
    return STAGES[(stage.order + 1) % len(STAGES)]


def stage_before(stage: Stage) -> Stage | None:
    """Where "move back" takes a card: the stage before; none from Standard, since the
    loop runs forward round its end (back from Standard would skip to Re-standardize)."""
    return None if stage is Stage.STANDARD else STAGES[stage.order - 1]


def over_wip_limit(cards: int, limit: int | None) -> bool:
    """Whether a column holds more cards than its work-in-progress limit: a warning the
    board shows, never a block."""
    return limit is not None and cards > limit
