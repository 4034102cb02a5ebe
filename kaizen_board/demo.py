"""A realistic sample board: a team's months of ideas going round the kaizen loop.

The history is made by the ordinary operations on a clock that walks through the
weeks, so every count and chart of the demo is true to its events.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from kaizen_board import ops
from kaizen_board.clock import FixedClock
from kaizen_board.ops.fields import Impact
from kaizen_board.rules import stage_after
from kaizen_board.stages import Stage
from kaizen_board.store import Store

MEMBERS = (
    "Aiko Tanaka",
    "Kenji Sato",
    "Maria López",
    "Tom Becker",
    "Priya Nair",
    "Sam O'Neill",
    "Lena Fischer",
)
TAGS = ("5S", "safety", "flow", "quality", "office", "waste", "changeover", "visual")
AREAS = ("line 1", "line 2", "warehouse", "packing", "maintenance", "office")

# (idea, how it is done today, how it is done after the improvement)
IDEAS = (
    (
        "Shadow board for torque wrenches",
        "Wrenches are kept in a drawer; people search for the right size.",
        "Each wrench hangs on its outline at the station; a gap shows one missing.",
    ),
    (
        "Two-bin kanban for gloves",
        "Gloves are ordered when someone notices the box is empty.",
        "Two bins; when the first is empty its card goes to stores and a full bin comes back.",
    ),
    (
        "Label fastener bins by size",
        "Bins carry part numbers only.",
        "Bins carry size, part number and a drawing of the fastener, readable from a metre.",
    ),
    (
        "Changeover checklist for press 4",
        "Changeover follows the setter's memory: 45 min.",
        "A printed checklist splits internal and external steps: 18 min.",
    ),
    (
        "Forklift pre-shift check sheet",
        "Drivers check the truck when they remember.",
        "A one-page check sheet on the truck, signed at the start of each shift.",
    ),
    (
        "Move the label printer next to packing",
        "Packers walk 40 m to the office printer.",
        "The printer stands at the end of the packing bench.",
    ),
    (
        "New-starter onboarding checklist",
        "Each lead explains things in their own order.",
        "A checklist of 12 items for the first week, signed off by the buddy.",
    ),
    (
        "Colour-code air hoses by pressure",
        "All hoses are black.",
        "6 bar hoses are blue, 8 bar hoses are red; couplings match.",
    ),
    (
        "Poka-yoke jig for bracket orientation",
        "Operators check the bracket by eye.",
        "The jig only accepts the bracket the right way round.",
    ),
    (
        "Weekly 5S audit rota",
        "5S audits happen before customer visits.",
        "Every Friday one team member audits another area with the 5S sheet.",
    ),
    (
        "Pre-kit parts for line 2",
        "Operators pick parts from the racks during assembly.",
        "Stores deliver a kit per order to the line an hour ahead.",
    ),
    (
        "Quick-release clamps on the drill fixture",
        "Four bolts hold the part: 3 min to load.",
        "Two toggle clamps: 20 s to load.",
    ),
    (
        "Invoice approval in one step",
        "Invoices go to three people in turn.",
        "Invoices under 500 EUR are approved by the budget owner alone.",
    ),
    (
        "Template for complaint replies",
        "Each reply is written from scratch.",
        "A template with the 5 answers customers need; replies within a day.",
    ),
    (
        "Ten-minute stand-up at the board",
        "Weekly meeting of an hour.",
        "Daily stand-up at the kaizen board, ten minutes, standing.",
    ),
    (
        "Min/max on spare-part shelf labels",
        "Spares are reordered when a machine is down.",
        "Shelf labels show min and max; reaching min triggers an order.",
    ),
    (
        "Spill kit at the loading bay",
        "The nearest spill kit is in the workshop.",
        "A spill kit hangs by the loading bay door, checked monthly.",
    ),
    (
        "Single data entry for orders",
        "Orders are typed into the ERP and a spreadsheet.",
        "Orders are entered once in the ERP; the spreadsheet reads from it.",
    ),
    (
        "Standard gauge calibration slot",
        "Gauges are calibrated when they fail.",
        "Each gauge has a calibration sticker and a monthly slot.",
    ),
    (
        "Floor markings for pallet places",
        "Pallets stand wherever there is room.",
        "Yellow floor markings for every pallet place, numbered.",
    ),
)


@dataclass
class DemoSummary:
    cards: int = 0
    moves: int = 0
    improvements: int = 0
    archived: int = 0


def fill_demo(
    store: Store, board_id: int, *, cards: int = 60, weeks: int = 12, seed: int = 2026
) -> DemoSummary:
    """Add `cards` cards to the board with `weeks` weeks of history ending now."""
    if cards < 1 or weeks < 1:
        raise ValueError("a demo needs at least one card and one week")
    rng = random.Random(seed)
    end = store.now()
    clock = FixedClock(end - timedelta(weeks=weeks))
    summary = DemoSummary()
    live: dict[int, tuple[Stage, int]] = {}  # card id -> (stage, index in IDEAS)
    real_clock, store.clock = store.clock, clock
    try:
        with store.write():
            days = weeks * 7
            for day in range(days):
                morning = end - timedelta(days=days - day) + timedelta(hours=7)
                due = (day + 1) * cards // days - day * cards // days
                for _ in range(due):
                    clock.current = morning + timedelta(minutes=rng.randrange(600))
                    _add(store, board_id, rng, summary, live)
                if morning.weekday() < 5:
                    for card_id in list(live):
                        if rng.random() < 0.14:
                            clock.current = morning + timedelta(minutes=rng.randrange(600))
                            _advance(store, card_id, rng, summary, live)
            clock.current = end
            _fill_empty_stages(store, rng, summary, live)
    finally:
        store.clock = real_clock
    return summary


def _add(store, board_id, rng, summary, live) -> None:
    number = rng.randrange(len(IDEAS))
    title, today, _ = IDEAS[number]
    if summary.cards >= len(IDEAS):
        title = f"{title} ({rng.choice(AREAS)})"
    change = ops.add_card(
        store,
        board_id,
        title,
        by=rng.choice(MEMBERS),
        standard=today,
        tags=rng.sample(TAGS, rng.randrange(3)),
        impact_category=rng.choice(list(Impact)),
    )
    live[change.card_id] = (Stage.STANDARD, number)
    summary.cards += 1


def _advance(store, card_id, rng, summary, live) -> None:
    stage, number = live[card_id]
    member = rng.choice(MEMBERS)
    # Now and then a trial does not work out and the card goes back a stage.
    target = Stage.MEET if stage is Stage.IMPROVE and rng.random() < 0.1 else stage_after(stage)
    if stage is Stage.RESTANDARDIZE and rng.random() < 0.3:
        ops.archive_card(store, card_id, by=member)
        del live[card_id]
        summary.archived += 1
        return
    if target is Stage.IMPROVE:
        ops.edit_card(store, card_id, owner=member, by=member)
    if target is Stage.RESTANDARDIZE:
        ops.edit_card(store, card_id, standard=IDEAS[number][2], by=member)
    _move(store, card_id, target, member, summary, live)


def _move(store, card_id, target, member, summary, live) -> None:
    change = ops.move_card(store, card_id, target, by=member)
    summary.moves += 1
    summary.improvements += change.kind is ops.EventKind.IMPROVED
    live[card_id] = (target, live[card_id][1])


def _fill_empty_stages(store, rng, summary, live) -> None:
    """Make sure every column has cards, so the demo shows the whole loop."""
    for stage in Stage:
        if live and all(held is not stage for held, _ in live.values()):
            _move(store, rng.choice(list(live)), stage, rng.choice(MEMBERS), summary, live)
