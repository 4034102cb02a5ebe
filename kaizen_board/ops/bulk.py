"""Adding many cards at once (imports, the demo board; the tests' and the benchmark's
large boards).

Rows are stored in batches (store.bulk_load.insert_rows: on SQLite a few INSERT
statements of many rows, on PostgreSQL COPY): peewee's per-value query building would
cost more than the database's own work, and memory holds one batch, whatever the count.
The stage counts, the text index and the tallies are kept by the engine's triggers, as
for any other insert.
`CardInserter` gives each card its "created" event (and an "archived" one if it comes
archived), written afterwards by one INSERT ... SELECT; a caller that writes whole
histories (the demo) gives ids itself (`first_free_id`) and stores its rows through
`RowBatches`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from peewee import SQL, Value, fn

from kaizen_board.events import EventKind
from kaizen_board.ops.history import encode_detail
from kaizen_board.ops.ranks import RANK_GAP, respace
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.bulk_load import insert_rows
from kaizen_board.store.models import Card, Event
from kaizen_board.times import MINUTE_MICROS

BATCH = 5_000
# Ranks a bulk write gives stay below this, leaving as much room above for the cards
# added one at a time afterwards (each RANK_GAP after the last).
RANK_ROOM = 2**62
TEXT_FIELDS = ("description", "standard", "tags", "impact_category", "impact_note")
ROW_FIELDS = (
    "board",
    "title",
    "stage",
    "rank",
    "owner",
    "submitted_by",
    "created_at",
    "updated_at",
    "entered_stage_at",
    "lap_started_at",
    "lap",
    "improvements",
    "version",
    "archived_at",
    *TEXT_FIELDS,
    "standard_version",  # 1 with a standard written, else 0
)


class RowBatches:
    """Rows of several tables, stored a batch at a time. Use inside `store.write()`.

    `table` gives the list a caller appends rows (tuples of stored values for its
    columns) to; once one list holds a batch (`full`), `flush` stores them, or `take`
    hands them over and `store_taken` stores them (on the transaction's thread, while
    the next batch is gathered on another). The tables are stored in the order they were
    named, so a row may refer to an earlier table's (a standard revision to its card).

    Attributes:
        written: if set, told of each batch as it goes to be stored (a bulk fill's
            store.bulk_load.Fill.written).
    """

    def __init__(self, store: Store, batch: int | None = None) -> None:
        self.store = store
        self.batch = batch or BATCH
        self.written: Any = None
        self.stored = 0  # rows stored so far, of every table
        self._tables: list[tuple[Any, list, list[tuple]]] = []

    def table(self, model: Any, columns: Sequence[Any]) -> list[tuple]:
        rows: list[tuple] = []
        self._tables.append((model, list(columns), rows))
        return rows

    def full(self) -> bool:
        return any(len(rows) >= self.batch for _, _, rows in self._tables)

    def flush(self) -> None:
        self.store_taken(self.take())

    def take(self) -> list[tuple[Any, list, list[tuple]]]:
        """The rows gathered, handed over (to `store_taken`, on another thread maybe) and
        gone from here; `written` is told of them now."""
        taken = []
        for model, columns, rows in self._tables:
            if rows:
                taken.append((model, columns, rows.copy()))
                if self.written is not None:
                    self.written(model, columns, rows)
                rows.clear()
        return taken

    def store_taken(self, taken: list[tuple[Any, list, list[tuple]]]) -> None:
        """Store rows `take` handed over, on the thread of the store's transaction."""
        for model, columns, rows in taken:
            insert_rows(self.store, model, columns, rows)
            self.stored += len(rows)


def first_free_id(store: Store, table: str) -> int:
    """The first id a caller may give the rows it stores in `table` itself: past every id
    the table has ever given, a deleted row's too (its history keeps that id). Call
    `store.engine.ids_given` once they are stored, so that later rows start after them."""
    return store.engine.highest_id_given(store.database, table) + 1


class CardInserter:
    """Stores clean card rows in batches, then their events. Use inside `store.write()`.

    A row is a dict of stored values (ids for members and board, microseconds for
    times) with the keys of ROW_FIELDS, and "id" too when `keep_ids` is set.
    """

    def __init__(
        self, store: Store, actor_id: int, *, keep_ids: bool = False, origins: bool = False
    ) -> None:
        self.store = store
        self.actor_id = actor_id
        self.fields = ("id", *ROW_FIELDS) if keep_ids else ROW_FIELDS
        if origins:  # each row ends with where the card came from (an import's)
            self.fields = (*self.fields, "origin")
        self.columns = [getattr(Card, name) for name in self.fields]
        # Ids only grow (AUTOINCREMENT) and we hold the write lock: every card above
        # the highest id now is one of ours. With kept ids the database has none yet.
        self.last_id = Card.select(fn.MAX(Card.id)).scalar() or 0
        self.cards: tuple[int, int] = (0, 0)  # the first and last id added, once finished
        self.events: tuple[int, int] = (0, 0)  # and of their events
        self._batches = RowBatches(store)
        self._rows = self._batches.table(Card, self.columns)

    @property
    def count(self) -> int:
        return self._batches.stored + len(self._rows)

    def add(self, row: dict[str, Any]) -> None:
        self.add_values(tuple(row[name] for name in self.fields))

    def add_values(self, values: tuple) -> None:
        """A row given as its values in the order of `fields`."""
        self._rows.append(values)
        if len(self._rows) >= self._batches.batch:
            self._batches.flush()

    def finish(self, detail: dict[str, Any] | None = None) -> int:
        """Store what is left and the events of every card added, with `detail` (say,
        the file they came from); returns the count."""
        self._batches.flush()
        if "id" in self.fields:
            self.store.engine.ids_given(self.store.database, "card")
        detail = encode_detail(detail)
        ours = Card.id > self.last_id
        created = Card.select(
            Card.board,
            Card.id,
            Value(EventKind.CREATED.value),
            Card.created_at,
            Value(self.actor_id),
            Card.submitted_by,
            SQL("NULL"),
            Card.stage,
            Card.lap,
            Value(detail),
        ).where(ours)
        archived = Card.select(
            Card.board,
            Card.id,
            Value(EventKind.ARCHIVED.value),
            Card.archived_at,
            Value(self.actor_id),
            SQL("NULL"),
            Card.stage,
            SQL("NULL"),
            Card.lap,
            Value(detail),
        ).where(ours & Card.archived_at.is_null(False))
        fields = [
            Event.board,
            Event.card_id,
            Event.kind,
            Event.at,
            Event.member,
            Event.credit,
            Event.from_stage,
            Event.to_stage,
            Event.lap,
            Event.detail,
        ]
        events_before = Event.select(fn.MAX(Event.id)).scalar() or 0
        Event.insert_from(created, fields).execute()
        Event.insert_from(archived, fields).execute()
        self.events = (events_before + 1, Event.select(fn.MAX(Event.id)).scalar() or 0)
        self.cards = tuple(
            Card.select(fn.MIN(Card.id), fn.MAX(Card.id)).where(ours).tuples().first() or (0, 0)
        )
        return self.count


def rank_after_last(board_id: int, stage: Stage) -> int:
    last = (
        Card.select(fn.MAX(Card.rank))
        .where((Card.board == board_id) & (Card.stage == stage.value) & Card.archived_at.is_null())
        .scalar()
    )
    return 0 if last is None else last + RANK_GAP


class EntryRanks:
    """Ranks for cards written in bulk, in any order, that put each stage's cards in the
    order they entered it, after the cards the stage holds already (as moving them there
    one at a time would).

    A card's rank comes from the minute it entered its stage (0 to `minutes` counted from
    `start`, microseconds) and its number among the `count` cards written (0 to count - 1):
    no two cards share one, and any two are `gap` apart or more, so a card dropped
    between them needs no respacing.
    """

    def __init__(self, board_id: int, start: int, minutes: int, count: int) -> None:
        self.start = start
        self.count = count
        self.base = {stage: rank_after_last(board_id, stage) for stage in Stage}
        if max(self.base.values()) > RANK_ROOM // 2:
            # Earlier bulk writes took the room above the board's cards: respaced, they
            # are RANK_GAP apart again, and leave room.
            for stage in Stage:
                respace(board_id, stage)
            self.base = {stage: rank_after_last(board_id, stage) for stage in Stage}
        slots = (minutes + 1) * count
        self.gap = min(RANK_GAP, (RANK_ROOM - max(self.base.values())) // slots)
        if self.gap < 1:
            raise ValueError(f"{count} cards over {minutes} minutes do not fit in the ranks")

    def rank(self, stage: Stage, entered: int, number: int) -> int:
        """The rank of the card `number`, which entered `stage` at `entered` (microseconds)."""
        minute = (entered - self.start) // MINUTE_MICROS
        return self.base[stage] + (minute * self.count + number) * self.gap
