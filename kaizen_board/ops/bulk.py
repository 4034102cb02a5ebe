"""Adding many cards at once (imports; the tests' and the benchmark's large boards).

Rows go to the driver's executemany with a statement built once; peewee's per-value
query building would cost more than the database's own work. Each card gets its
"created" event (and an "archived" one if it comes archived), written afterwards by
one INSERT ... SELECT.
"""

from __future__ import annotations

from typing import Any

from peewee import SQL, Value, fn

from kaizen_board.events import EventKind
from kaizen_board.ops.history import encode_detail
from kaizen_board.ops.ranks import RANK_GAP
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.models import Card, Event

BATCH = 5_000
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
)


class CardInserter:
    """Stores clean card rows in batches, then their events. Use inside `store.write()`.

    A row is a dict of stored values (ids for members and board, microseconds for
    times) with the keys of ROW_FIELDS, and "id" too when `keep_ids` is set.
    """

    def __init__(self, store: Store, actor_id: int, *, keep_ids: bool = False) -> None:
        self.store = store
        self.actor_id = actor_id
        self.fields = ("id", *ROW_FIELDS) if keep_ids else ROW_FIELDS
        self.columns = [getattr(Card, name) for name in self.fields]
        # Ids only grow (AUTOINCREMENT) and we hold the write lock: every card above
        # the highest id now is one of ours. With kept ids the database has none yet.
        self.last_id = Card.select(fn.MAX(Card.id)).scalar() or 0
        self.count = 0
        self.cards: tuple[int, int] = (0, 0)  # the first and last id added, once finished
        self.events: tuple[int, int] = (0, 0)  # and of their events
        self._batch: list[tuple] = []

    def add(self, row: dict[str, Any]) -> None:
        self._batch.append(tuple(row[name] for name in self.fields))
        if len(self._batch) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            self.store.engine.insert_rows(self.store.database, Card, self.columns, self._batch)
            self.count += len(self._batch)
            self._batch = []

    def finish(self, detail: dict[str, Any] | None = None) -> int:
        """Store what is left and the events of every card added, with `detail` (say,
        the file they came from); returns the count."""
        self._flush()
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
