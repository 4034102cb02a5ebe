"""Adding many cards at once (demo boards, imports, benchmarks): one transaction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from peewee import SQL, Value, fn

from kaizen_board.ops.cards import clean_fields
from kaizen_board.ops.directory import member_id
from kaizen_board.ops.fields import clean_title
from kaizen_board.ops.history import EventKind
from kaizen_board.ops.ranks import RANK_GAP
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.models import Card, Event, to_micros

BATCH = 5_000
TEXT_FIELDS = ("description", "standard", "tags", "impact_category", "impact_note")
COLUMNS = (
    Card.board,
    Card.title,
    Card.stage,
    Card.rank,
    Card.submitted_by,
    Card.created_at,
    Card.updated_at,
    Card.entered_stage_at,
    Card.lap_started_at,
    Card.lap,
    Card.improvements,
    Card.version,
    *(getattr(Card, name) for name in TEXT_FIELDS),
)


def add_cards_in_bulk(
    store: Store, board_id: int, cards: Iterable[dict[str, Any]], *, by: str | None = None
) -> int:
    """Append cards to the end of their stages, each with its "created" event.

    Each card is a dict with a title and optionally a stage and the fields of
    TEXT_FIELDS; all are submitted by `by`. Everything goes in one transaction, so a bad
    card leaves nothing added. Returns how many were added.

    The rows go to the driver's executemany with a statement built once: peewee's
    per-value query building would cost more than the database's own work.
    """
    added = 0
    with store.write():
        now = to_micros(store.now())
        actor = member_id(store, by)
        last_id = Card.select(fn.MAX(Card.id)).scalar() or 0
        next_rank = {stage: _after_last(board_id, stage) for stage in Stage}
        defaults = {name: getattr(Card, name).default for name in TEXT_FIELDS}
        statement, params = Card.insert_many([[None] * len(COLUMNS)], fields=COLUMNS).sql()
        assert len(params) == len(COLUMNS), "every column is given, none defaulted"
        cursor = store.database.cursor()
        for batch in _batches(cards):
            rows = []
            for card in batch:
                fields = dict(card)
                stage = Stage(fields.pop("stage", Stage.STANDARD))
                title = clean_title(fields.pop("title"))
                texts = {**defaults, **clean_fields(fields)}
                rank = next_rank[stage]
                next_rank[stage] += RANK_GAP
                rows.append(
                    (
                        board_id,
                        title,
                        stage.value,
                        rank,
                        actor,
                        now,
                        now,
                        now,
                        now,
                        1,
                        0,
                        1,
                        *(texts[name] for name in TEXT_FIELDS),
                    )
                )
            cursor.executemany(statement, rows)
            added += len(rows)
        # Ids only grow (AUTOINCREMENT) and we hold the write lock: every card above
        # the old highest id is one of ours.
        created = Card.select(
            Card.board,
            Card.id,
            Value(EventKind.CREATED.value),
            Card.created_at,
            Value(actor),
            Value(actor),
            Card.stage,
            SQL("1"),
        ).where((Card.board == board_id) & (Card.id > last_id))
        Event.insert_from(
            created,
            [
                Event.board,
                Event.card_id,
                Event.kind,
                Event.at,
                Event.member,
                Event.credit,
                Event.to_stage,
                Event.lap,
            ],
        ).execute()
    return added


def _after_last(board_id: int, stage: Stage) -> int:
    last = (
        Card.select(fn.MAX(Card.rank))
        .where((Card.board == board_id) & (Card.stage == stage.value) & Card.archived_at.is_null())
        .scalar()
    )
    return 0 if last is None else last + RANK_GAP


def _batches(cards: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(cards)
    while batch := list(islice(iterator, BATCH)):
        yield batch
