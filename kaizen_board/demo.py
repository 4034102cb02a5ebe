"""A realistic sample board: a team's months of ideas going round the kaizen loop.

Each card's whole life is played out by the loop's rules (rules.py) as the operations
would record it (created, edited, moved, improved, archived), then stored with the
others through the bulk path (ops.bulk): a batch of rows at a time, all in one
transaction, holding a few batches in memory whatever the number of cards. The cards
are played on a thread of their own while the batch before is stored; into a new
database the rows go first and their indexes, counts and text index are made after
(store.bulk_load), with the same result. Every count and chart of the demo is true to
its events.
"""

from __future__ import annotations

import json
import queue
import random
import threading
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from itertools import permutations
from math import log
from typing import Any

from kaizen_board import ops
from kaizen_board.clock import FixedClock
from kaizen_board.events import EventKind
from kaizen_board.ops.bulk import EntryRanks, RowBatches, first_free_id
from kaizen_board.ops.directory import acting_member, member_id
from kaizen_board.ops.fields import Impact
from kaizen_board.rules import stage_after
from kaizen_board.stages import STAGES, Stage
from kaizen_board.store import Store
from kaizen_board.store.bulk_load import journal_for_fill, rows_first
from kaizen_board.store.models import Card, Event, Member, StandardRevision
from kaizen_board.times import SECOND_MICROS, to_micros

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


# A working day: cards are added and moved at whole minutes from 07:00 UTC, for 10 hours.
DAY_STARTS = timedelta(hours=7)
WORKING_MINUTES = 600
MINUTE = 60 * SECOND_MICROS
# On each weekday a card goes on a step with this chance; from Improve, a trial now and
# then does not work out and it goes back to Meet the standard; a card that reached
# Re-standardize is sometimes archived rather than started on its next lap.
ADVANCE = 0.14
TRIAL_FAILS = 0.1
ARCHIVED = 0.3
_LOG_STAYS = log(1 - ADVANCE)
# Tags a card gets: none, one or two of TAGS (as random.sample would pick them).
_TAGS = tuple(tuple(",".join(tags) for tags in permutations(TAGS, count)) for count in range(3))
_IMPACTS = tuple(impact.value for impact in Impact)
_NEXT = tuple(STAGES.index(stage_after(stage)) for stage in STAGES)
STANDARD, MEET, IMPROVE, RESTANDARDIZE = range(4)  # indexes of STAGES
_STAGE_KEYS = tuple(stage.value for stage in STAGES)
_STANDARD_CHANGED = json.dumps({"standard": True})
CARD_COLUMNS = (
    Card.id,
    Card.board,
    Card.title,
    Card.description,
    Card.standard,
    Card.stage,
    Card.rank,
    Card.lap,
    Card.owner,
    Card.submitted_by,
    Card.tags,
    Card.impact_category,
    Card.impact_note,
    Card.improvements,
    Card.created_at,
    Card.updated_at,
    Card.entered_stage_at,
    Card.lap_started_at,
    Card.archived_at,
    Card.version,
    Card.standard_version,
)
EVENT_COLUMNS = (
    Event.board,
    Event.card_id,
    Event.kind,
    Event.at,
    Event.member,
    Event.credit,
    Event.from_stage,
    Event.to_stage,
    Event.lap,
    Event.lead_time,
    Event.detail,
)
CONFIRMATION_COLUMNS = (*EVENT_COLUMNS, Event.standard_version)
CONFIRMS = 0.45  # the chance that a member has confirmed a card's standard in Meet
REVISION_COLUMNS = (
    StandardRevision.card,
    StandardRevision.text,
    StandardRevision.lap,
    StandardRevision.replaced_at,
    StandardRevision.member,
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
    """Add `cards` cards to the board with `weeks` weeks of history ending now.

    Cards are submitted evenly over the weeks, at random times of the working day; on
    each weekday after, a card goes on a step of the loop with the chance ADVANCE (the
    loop's rules decide laps and improvements). Each column ends with some cards, in
    the order they entered it, after the cards the board had.
    """
    if cards < 1 or weeks < 1:
        raise ValueError("a demo needs at least one card and one week")
    rng = random.Random(seed)
    end = store.now()
    days = weeks * 7
    summary = DemoSummary()
    real_clock = store.clock
    try:
        with journal_for_fill(store), store.write():
            # Members are made as the history starts; the moves that fill empty columns
            # are made at its end.
            store.clock = FixedClock(end - timedelta(days=days))
            history = _History(store, board_id, rng, summary, cards=cards, days=days)
            with rows_first(store) as fill:
                history.batches.written = None if fill is None else fill.written
                _played_while_stored(history, days)
                history.finish()
            store.clock = FixedClock(end)
            _fill_empty_stages(store, rng, summary, history)
    finally:
        store.clock = real_clock
    return summary


def _played_while_stored(history: _History, days: int) -> None:
    """Play the cards' lives on a thread of their own while this thread (the one whose
    connection holds the transaction) stores what was played, a batch behind: SQLite lets
    go of Python's lock while it writes a batch, and the next is played meanwhile, on
    the other core. At most two batches wait; an error on either side stops both (and
    the transaction, rolled back, leaves nothing of the demo)."""
    waiting: queue.Queue = queue.Queue(maxsize=2)
    stop = threading.Event()

    def hand(item: Any) -> None:
        while not stop.is_set():
            try:
                waiting.put(item, timeout=0.05)
                return
            except queue.Full:
                pass

    def play() -> None:
        try:
            for batch in history.play(days):
                hand(batch)
            hand(None)
        except BaseException as error:  # raised again on the storing thread
            hand(error)

    player = threading.Thread(target=play, name="demo history", daemon=True)
    player.start()
    try:
        while (batch := waiting.get()) is not None:
            if isinstance(batch, BaseException):
                raise batch
            history.batches.store_taken(batch)
    finally:
        stop.set()
        player.join()


class _History:
    """Plays out the life of each demo card and stores it with its events, in batches.

    Attributes:
        first_id: the id of card number 0; card n has first_id + n.
        live: how many of the demo's cards each stage holds (STAGES' order).
    """

    def __init__(
        self,
        store: Store,
        board_id: int,
        rng: random.Random,
        summary: DemoSummary,
        *,
        cards: int,
        days: int,
    ) -> None:
        self.store = store
        self.board = board_id
        self.rng = rng
        self.summary = summary
        self.cards = cards
        start = store.now()
        self.start = to_micros(start)
        mornings = [start + timedelta(days=day) + DAY_STARTS for day in range(days)]
        self.morning = [to_micros(morning) for morning in mornings]
        self.weekdays = [day for day, morning in enumerate(mornings) if morning.weekday() < 5]
        # Who does what: on a team server every change is the signed-in member's.
        self.actors = [acting_member(store, name) for name in MEMBERS]
        self.owners = [member_id(store, name) for name in MEMBERS]
        # An owner's edit says who it was (as stored) and who it is (as named).
        names = dict(
            Member.select(Member.id, Member.name).where(Member.id.in_(self.owners)).tuples()
        )
        self.owner_changed = {
            (before, after): json.dumps(
                {"owner": [names.get(before), MEMBERS[after]]}, ensure_ascii=False
            )
            for before in (None, *self.owners)
            for after in range(len(MEMBERS))
        }
        self.first_id = first_free_id(store, "card")
        self.ranks = EntryRanks(board_id, self.start, days * 24 * 60 + 1, cards)
        self.batches = RowBatches(store)
        self.card_rows = self.batches.table(Card, CARD_COLUMNS)
        self.events = self.batches.table(Event, EVENT_COLUMNS)
        self.revisions = self.batches.table(StandardRevision, REVISION_COLUMNS)
        self.confirmations = self.batches.table(Event, CONFIRMATION_COLUMNS)
        self.end = self.morning[-1] + WORKING_MINUTES * MINUTE
        self.live = [0, 0, 0, 0]

    def add_card(self, number: int, day: int) -> None:
        """Card `number`, submitted on `day`: its life to the end of the history, stored.

        Each step is what the operations would record (ops.edit_card, ops.move_card,
        ops.archive_card under the rules of rules.py); tests/test_demo.py replays every
        card's events through those rules.
        """
        random, event, key = self.rng.random, self.events.append, _STAGE_KEYS
        actors, owners, morning, weekdays = self.actors, self.owners, self.morning, self.weekdays
        board, card = self.board, self.first_id + number
        idea, today, improved_text = IDEAS[int(random() * len(IDEAS))]
        title = idea if number < len(IDEAS) else f"{idea} ({AREAS[int(random() * len(AREAS))]})"
        submitter = actors[int(random() * len(MEMBERS))]
        tag_choices = _TAGS[int(random() * len(_TAGS))]
        tags = tag_choices[int(random() * len(tag_choices))]
        impact = _IMPACTS[int(random() * len(_IMPACTS))]
        created = morning[day] + int(random() * WORKING_MINUTES) * MINUTE
        event((board, card, "created", created, submitter, submitter, None, key[0], 1, None, None))
        stage, lap, owner, standard, improvements, improved_lap = STANDARD, 1, None, today, 0, 0
        entered = lap_started = updated = created
        version, archived_at, moves, standard_version = 1, None, 0, 1
        # Each weekday from the day it came, a card goes on a step with the chance ADVANCE:
        # the weekdays between two steps are drawn at once (geometric), not day by day.
        step = bisect_left(weekdays, day) + int(log(1.0 - random()) / _LOG_STAYS)
        while step < len(weekdays):
            at = morning[weekdays[step]] + int(random() * WORKING_MINUTES) * MINUTE
            if at <= updated:  # a step on the day the card came comes after it
                at = updated + MINUTE
            member = int(random() * len(MEMBERS))
            actor = actors[member]
            target = MEET if stage == IMPROVE and random() < TRIAL_FAILS else _NEXT[stage]
            if stage == RESTANDARDIZE and random() < ARCHIVED:
                event((board, card, "archived", at, actor, None, key[stage], None, lap, None, None))
                archived_at, updated, version = at, at, version + 1
                break
            if target == IMPROVE and owner != owners[member]:
                # Whoever takes the trial on becomes its owner.
                detail = self.owner_changed[owner, member]
                event((board, card, "edited", at, actor, None, None, None, lap, None, detail))
                owner, version = owners[member], version + 1
            if target == RESTANDARDIZE and standard != improved_text:
                self.revisions.append((card, standard, lap, at, actor))
                detail = _STANDARD_CHANGED
                event((board, card, "edited", at, actor, None, None, None, lap, None, detail))
                standard, version = improved_text, version + 1
                standard_version += 1
            if stage == RESTANDARDIZE and target == STANDARD:
                lap, lap_started = lap + 1, at
            if target == RESTANDARDIZE and improved_lap != lap:
                kind, credit, lead = "improved", owner or actor, max(at - lap_started, 0)
                improvements, improved_lap = improvements + 1, lap
            else:
                kind, credit, lead = "moved", None, None
            event((board, card, kind, at, actor, credit, key[stage], key[target], lap, lead, None))
            stage, entered, updated, version, moves = target, at, at, version + 1, moves + 1
            step += 1 + int(log(1.0 - random()) / _LOG_STAYS)
        if stage == MEET and archived_at is None:
            self._confirm(card, lap, standard_version, entered)
        rank = self.ranks.rank(STAGES[stage], entered, number)
        self.card_rows.append(
            (card, board, title, "", standard, key[stage], rank, lap, owner, submitter, tags,
             impact, "", improvements, created, updated, entered, lap_started, archived_at,
             version, standard_version)
        )  # fmt: skip
        self._count(stage, archived_at is not None, moves, improvements)

    def _confirm(self, card: int, lap: int, version: int, since: int) -> None:
        """Step 2 under way on a card in Meet the standard: some members have confirmed
        they work to its standard, each at a moment since it came; others not yet."""
        random, confirmed = self.rng.random, self.confirmations.append
        who = [member for member in range(len(MEMBERS)) if random() < CONFIRMS]
        times = sorted(since + MINUTE + int(random() * max(self.end - since, 0)) for _ in who)
        for member, at in zip(who, times, strict=True):
            name = MEMBERS[member]
            detail = json.dumps({"text": f"standard version {version}, by {name}"})
            confirmed(
                (self.board, card, "confirmed", at, self.actors[member], self.owners[member],
                 None, None, lap, None, detail, version)
            )  # fmt: skip

    def play(self, days: int) -> Iterator[list]:
        """Every card's life in turn (card n submitted on day n * days // cards), the rows
        gathered handed over a batch at a time (RowBatches.take)."""
        batches = self.batches
        for number in range(self.cards):
            self.add_card(number, day=number * days // self.cards)
            if batches.full():
                yield batches.take()
        yield batches.take()

    def _count(self, stage: int, archived: bool, moves: int, improvements: int) -> None:
        summary = self.summary
        summary.cards += 1
        summary.moves += moves
        summary.improvements += improvements
        if archived:
            summary.archived += 1
        else:
            self.live[stage] += 1

    def finish(self) -> None:
        self.batches.flush()
        self.store.engine.ids_given(self.store.database, "card")

    def random_live_card(self) -> int:
        """One of the demo's cards on the board, picked at random."""
        ours = Card.id.between(self.first_id, self.first_id + self.cards - 1)
        live = ours & Card.archived_at.is_null()
        count = Card.select().where(live).count()
        query = Card.select(Card.id).where(live).order_by(Card.id)
        return query.offset(self.rng.randrange(count)).limit(1).scalar()


def _fill_empty_stages(
    store: Store, rng: random.Random, summary: DemoSummary, history: _History
) -> None:
    """Make sure every column has cards, so the demo shows the whole loop: a card moved
    there by the ordinary operation."""
    for index, stage in enumerate(STAGES):
        if history.live[index] == 0 and any(history.live):
            change = ops.move_card(store, history.random_live_card(), stage, by=rng.choice(MEMBERS))
            summary.moves += 1
            summary.improvements += change.event["kind"] == EventKind.IMPROVED
            history.live[STAGES.index(Stage(change.before["stage"]))] -= 1
            history.live[index] += 1
