"""The kaizen rules hold after every step of any sequence of user actions.

A plain-Python model of the board runs beside the real database; after each step the
stored order, laps, archive and the improvement count must match the model, and the
improvements must be exactly what DESIGN.md's rule gives when replayed from the events.
Step 2 runs beside them: standards written, members confirming, leaving and coming back;
the count each card in Meet the standard shows must be the model's, and the one its
confirmation events give.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from kaizen_board import ops
from kaizen_board.clock import FixedClock
from kaizen_board.errors import InvalidInput
from kaizen_board.ops import EventKind
from kaizen_board.reports import metrics
from kaizen_board.stages import Stage
from kaizen_board.store import open_store, tallies
from kaizen_board.store.models import Card, Event, Member, StageCount

stages = st.sampled_from(list(Stage))
picks = st.integers(min_value=0, max_value=10_000)


def int_or_text(value):
    """A database's number (PostgreSQL sums into Decimal) as an int; text as it is."""
    return value if isinstance(value, str) else int(value)


class BoardModel:
    """What the board should be: order per stage, laps, archive, counted improvements."""

    def __init__(self) -> None:
        self.order: dict[Stage, list[int]] = {stage: [] for stage in Stage}
        self.archived: dict[int, tuple[Stage, int]] = {}  # id -> (stage, place among live)
        self.lap: dict[int, int] = {}
        self.improved_laps: set[tuple[int, int]] = set()
        self.deleted: set[int] = set()
        self.standard: dict[int, str] = {}
        # Who confirmed each card's standard as it is now (its version, its lap).
        self.confirmed: dict[int, set[str]] = {}
        self.team: set[str] = set()
        self.left: set[str] = set()
        self.owner: dict[int, str] = {}

    def live(self) -> list[int]:
        return [card for stage in Stage for card in self.order[stage]]

    def stage_of(self, card: int) -> Stage:
        return next(stage for stage in Stage if card in self.order[stage])

    def move(self, cards: list[int], stage: Stage, index: int | None) -> None:
        """Cards land together, in order, at `index` among the stage's other cards."""
        olds = [self.stage_of(card) for card in cards]
        for card, old in zip(cards, olds, strict=True):
            self.order[old].remove(card)
        column = self.order[stage]
        at = len(column) if index is None else index
        column[at:at] = cards
        for card, old in zip(cards, olds, strict=True):
            if old is Stage.RESTANDARDIZE and stage is Stage.STANDARD:
                self.lap[card] += 1
                self.confirmed[card] = set()  # the next lap starts the count over
            if stage is Stage.RESTANDARDIZE and old is not stage:
                self.improved_laps.add((card, self.lap[card]))


class BoardRules(RuleBasedStateMachine):
    engine = "sqlite"  # where the board is: a new file, or the test server's database

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="kaizen-rules-"))
        if self.engine == "sqlite":
            self.location = str(self.folder / "board.sqlite")
        else:
            from tests import pg_server

            self.location = pg_server.fresh_database()
        self.clock = FixedClock(datetime(2026, 1, 5, 9, tzinfo=UTC))
        self.store = open_store(self.location, clock=self.clock)
        self.board = ops.default_board(self.store).id
        self.model = BoardModel()
        # The one making changes is on the team from the start (naming them on a card
        # then changes nothing that an undo would have to take back).
        self.me = self.store.member_name
        ops.add_to_team(self.store, self.board, self.me)
        self.model.team.add(self.me)
        self.clock.advance(timedelta(minutes=1))  # added before the first card, not with it
        # The undo stack: a change, or the changes of one group move, and the model before.
        self.done: list[tuple[ops.Change | list[ops.Change], BoardModel]] = []

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _did(self, change: ops.Change | None, before: BoardModel) -> None:
        self.clock.advance(timedelta(hours=3))  # a history over several days
        if change is not None:
            self.done.append((change, before))

    @rule(stage=stages, pick=picks, at_end=st.booleans())
    def create(self, stage, pick, at_end):
        before = copy.deepcopy(self.model)
        column = self.model.order[stage]
        index = None if at_end else pick % (len(column) + 1)
        change = ops.add_card(self.store, self.board, f"card {pick}", stage=stage, index=index)
        column.insert(len(column) if index is None else index, change.card_id)
        self.model.lap[change.card_id] = 1
        self.model.standard[change.card_id] = ""
        self.model.confirmed[change.card_id] = set()
        self._did(change, before)

    @precondition(lambda self: self.model.live())
    @rule(pick=picks, stage=stages, place=picks, at_end=st.booleans())
    def move(self, pick, stage, place, at_end):
        live = self.model.live()
        card = live[pick % len(live)]
        before = copy.deepcopy(self.model)
        others = len(self.model.order[stage]) - (card in self.model.order[stage])
        index = None if at_end else place % (others + 1)
        change = ops.move_card(self.store, card, stage, index)
        self.model.move([card], stage, index)
        self._did(change, before)

    @precondition(lambda self: len(self.model.live()) > 1)
    @rule(
        picks_=st.lists(picks, min_size=1, max_size=4),
        stage=stages,
        place=picks,
        at_end=st.booleans(),
    )
    def move_group(self, picks_, stage, place, at_end):
        live = self.model.live()
        group = list(dict.fromkeys(live[pick % len(live)] for pick in picks_))
        before = copy.deepcopy(self.model)
        others = [card for card in self.model.order[stage] if card not in group]
        index = None if at_end else place % (len(others) + 1)
        changes = ops.move_cards(self.store, group, stage, index)
        self.model.move(group, stage, index)
        # The group undoes as one step: its changes in reverse order.
        self.clock.advance(timedelta(hours=3))  # a history over several days
        if changes:
            self.done.append((changes, before))

    @precondition(lambda self: self.model.live())
    @rule(pick=picks, place=picks)
    def reorder(self, pick, place):
        live = self.model.live()
        card = live[pick % len(live)]
        stage = self.model.stage_of(card)
        before = copy.deepcopy(self.model)
        index = place % len(self.model.order[stage])
        change = ops.reorder_card(self.store, card, index)
        self.model.move([card], stage, index)
        self._did(change, before)

    @precondition(lambda self: self.model.live())
    @rule(pick=picks)
    def archive(self, pick):
        live = self.model.live()
        card = live[pick % len(live)]
        before = copy.deepcopy(self.model)
        stage = self.model.stage_of(card)
        self.model.archived[card] = (stage, self.model.order[stage].index(card))
        self.model.order[stage].remove(card)
        self._did(ops.archive_card(self.store, card), before)

    @precondition(lambda self: self.model.archived)
    @rule(pick=picks)
    def restore(self, pick):
        archived = sorted(self.model.archived)
        card = archived[pick % len(archived)]
        before = copy.deepcopy(self.model)
        ops_change = ops.restore_card(self.store, card)
        # Where it lands depends on its old neighbours; take the stored order as the
        # answer here and check below that nothing else moved.
        stage, _ = self.model.archived.pop(card)
        stored = [c.id for c in ops.list_cards(self.store, self.board, stage)]
        assert [c for c in stored if c != card] == self.model.order[stage]
        self.model.order[stage] = stored
        self._did(ops_change, before)

    @precondition(lambda self: self.model.live())
    @rule(pick=picks)
    def delete(self, pick):
        live = self.model.live()
        card = live[pick % len(live)]
        before = copy.deepcopy(self.model)
        self.model.order[self.model.stage_of(card)].remove(card)
        self.model.deleted.add(card)
        self._did(ops.delete_card(self.store, card), before)

    @precondition(lambda self: self.model.live())
    @rule(pick=picks, text=st.sampled_from(["", "Torque to 12 Nm", "Torque, then mark"]))
    def write_standard(self, pick, text):
        live = self.model.live()
        card = live[pick % len(live)]
        before = copy.deepcopy(self.model)
        change = ops.edit_card(self.store, card, standard=text)
        assert (change is None) == (self.model.standard[card] == text)
        if change is not None:
            self.model.standard[card] = text
            self.model.confirmed[card] = set()  # a new version: the count starts over
        self._did(change, before)

    @precondition(lambda self: self.model.live())
    @rule(pick=picks, who=st.sampled_from(["Aiko", "Ben", "Chloé"]))
    def confirm(self, pick, who):
        live = self.model.live()
        card = live[pick % len(live)]
        if self.engine != "sqlite":
            who = self.me  # a team server's member confirms for themselves only
        before = copy.deepcopy(self.model)
        if not self.model.standard[card].strip() or who in self.model.left:
            with pytest.raises(InvalidInput):
                ops.confirm_standard(self.store, card, by=who)
            return
        change = ops.confirm_standard(self.store, card, by=who)  # who is at the keyboard
        assert (change is None) == (who in self.model.confirmed[card])
        self.model.confirmed[card].add(who)
        self.model.team.add(who)
        self._did(change, before)

    @precondition(lambda self: self.model.live())
    @rule(pick=picks, who=st.sampled_from(["Aiko", "Dana", "Emre"]))
    def name_owner(self, pick, who):
        """Whoever a card names joins the team (unless they left), and an undo of the
        naming takes them off again unless another card names them."""
        live = self.model.live()
        card = live[pick % len(live)]
        before = copy.deepcopy(self.model)
        change = ops.edit_card(self.store, card, owner=who)
        assert (change is None) == (self.model.owner.get(card) == who)
        self.model.owner[card] = who
        if who not in self.model.team and who not in self.model.left:
            self.model.team.add(who)
        self._did(change, before)

    @precondition(lambda self: self.model.team)
    @rule(pick=picks)
    def leave(self, pick):
        team = sorted(self.model.team)
        who = team[pick % len(team)]
        before = copy.deepcopy(self.model)
        change = ops.remove_from_team(self.store, self.board, who)
        self.model.team.remove(who)
        self.model.left.add(who)
        self._did(change, before)

    @precondition(lambda self: self.model.left)
    @rule(pick=picks)
    def come_back(self, pick):
        left = sorted(self.model.left)
        who = left[pick % len(left)]
        before = copy.deepcopy(self.model)
        change = ops.add_to_team(self.store, self.board, who)
        self.model.left.remove(who)
        self.model.team.add(who)
        self._did(change, before)

    @precondition(lambda self: self.done)
    @rule()
    def undo(self):
        done, before = self.done.pop()
        for change in reversed(done if isinstance(done, list) else [done]):
            ops.undo(self.store, change)
        self.model = before

    @rule()
    def reopen(self):
        self.store.close()
        self.store = open_store(self.location, clock=self.clock)

    @invariant()
    def order_matches_the_model(self):
        for stage in Stage:
            cards = list(ops.list_cards(self.store, self.board, stage))
            assert [card.id for card in cards] == self.model.order[stage]
            assert [card.position for card in cards] == list(range(len(cards)))
        ranks = self.store.database.execute_sql(
            "SELECT stage, COUNT(*), COUNT(DISTINCT rank) FROM card "
            "WHERE archived_at IS NULL GROUP BY stage"
        ).fetchall()
        assert all(count == distinct for _, count, distinct in ranks)

    @invariant()
    def each_card_on_standard_shows_the_confirmations_its_events_give(self):
        team = set(ops.current_team(self.store, self.board))
        assert team == self.model.team
        with self.store.read():
            stored = dict(
                Card.select(Card.id, Card.standard_version).where(Card.stage == "meet").tuples()
            )
            confirmed = (
                Event.select(Event.card_id, Member.name, Event.lap, Event.standard_version)
                .join(Member, on=(Event.credit == Member.id))
                .where(Event.kind == EventKind.CONFIRMED.value)
                .tuples()
            )
            events = [
                (card, name)
                for card, name, lap, version in confirmed
                if card in stored and (lap, version) == (self.model.lap[card], stored[card])
            ]
        for row in ops.column_page(self.store, self.board, Stage.MEET, limit=10_000):
            from_events = {name for card, name in events if card == row.id} & team
            assert (row.confirmed, row.team) == (len(from_events), len(team))
            assert from_events == self.model.confirmed[row.id] & self.model.team

    @invariant()
    def stored_column_counts_are_the_true_counts(self):
        with self.store.read():
            kept = dict(
                StageCount.select(StageCount.stage, StageCount.live)
                .where(StageCount.board == self.board)
                .tuples()
            )
        for stage in Stage:
            assert kept.get(stage.value, 0) == len(self.model.order[stage])

    @invariant()
    def the_tallies_are_the_events_counted(self):
        """Every move, undo, delete and reopening keeps the running totals exact."""
        for table in tallies.TALLIES:
            kept = self.store.database.execute_sql(
                f"SELECT * FROM {table} WHERE events <> 0 ORDER BY 1, 2, 3, 4"
            ).fetchall()
            counted = self.store.database.execute_sql(
                tallies.fill(table)
                .split(" SELECT ", 1)[1]
                .join(("SELECT ", " ORDER BY 1, 2, 3, 4"))
            ).fetchall()
            assert [tuple(map(int_or_text, row)) for row in kept] == [
                tuple(map(int_or_text, row)) for row in counted
            ]

    @invariant()
    def the_flow_of_cards_ends_at_the_columns_however_its_range_is_cut(self):
        full = metrics.stage_counts_per_day(self.store, self.board, tz=UTC)
        if not full:
            return
        assert full[-1][1] == {stage: len(self.model.order[stage]) for stage in Stage}
        cut = full[len(full) // 2][0]
        since = datetime.combine(cut, time(), UTC)
        earlier = [counts for day, counts in full if day < cut]
        expected = ([(cut, earlier[-1])] if earlier else []) + [
            point for point in full if point[0] >= cut
        ]
        part = metrics.stage_counts_per_day(self.store, self.board, since=since, tz=UTC)
        assert part == expected

    @invariant()
    def nothing_is_lost(self):
        archived = {card.id for card in ops.list_cards(self.store, self.board, archived=True)}
        assert archived == set(self.model.archived)
        for card in self.model.live():
            assert ops.card_details(self.store, card)["lap"] == self.model.lap[card]

    @invariant()
    def improvements_follow_the_rule(self):
        events = self.store.database.execute_sql(
            "SELECT card_id, kind, from_stage, to_stage, lap FROM event ORDER BY id"
        ).fetchall()
        counted: set[tuple[int, int]] = set()
        for card, kind, from_stage, to_stage, lap in events:
            first_entry = (
                to_stage == Stage.RESTANDARDIZE
                and from_stage not in (None, Stage.RESTANDARDIZE)
                and (card, lap) not in counted
            )
            assert (kind == EventKind.IMPROVED) == first_entry
            if first_entry:
                counted.add((card, lap))
        assert counted == self.model.improved_laps
        per_card = dict(
            self.store.database.execute_sql("SELECT id, improvements FROM card").fetchall()
        )
        for card, improvements in per_card.items():
            assert improvements == sum(1 for counted_card, _ in counted if counted_card == card)


class BoardRulesTwoConnections(BoardRules):
    """The same rules with two connections to one file taking turns, as the window and
    the command line do."""

    def __init__(self) -> None:
        super().__init__()
        self.spare = open_store(self.location, clock=self.clock)

    def teardown(self) -> None:
        self.spare.close()
        super().teardown()

    @rule()
    def switch_connection(self):
        self.store, self.spare = self.spare, self.store


BoardRulesTwoConnections.TestCase.settings = settings(
    max_examples=40, stateful_step_count=30, deadline=None
)
test_board_rules_with_two_connections = pytest.mark.slow(BoardRulesTwoConnections.TestCase)

BoardRules.TestCase.settings = settings(max_examples=60, stateful_step_count=30, deadline=None)
test_board_rules = pytest.mark.slow(BoardRules.TestCase)


class BoardRulesOnPostgresql(BoardRules):
    """The same rules on the team server."""

    engine = "postgresql"


class BoardRulesTwoConnectionsOnPostgresql(BoardRulesTwoConnections):
    """Two connections taking turns on the team server, as two desktops do."""

    engine = "postgresql"


BoardRulesOnPostgresql.TestCase.settings = settings(
    max_examples=20, stateful_step_count=30, deadline=None
)
test_board_rules_on_postgresql = pytest.mark.slow(BoardRulesOnPostgresql.TestCase)
BoardRulesTwoConnectionsOnPostgresql.TestCase.settings = settings(
    max_examples=15, stateful_step_count=30, deadline=None
)
test_board_rules_with_two_connections_on_postgresql = pytest.mark.slow(
    BoardRulesTwoConnectionsOnPostgresql.TestCase
)
