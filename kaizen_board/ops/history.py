"""A card's history: each change recorded as an event, with its time and member."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, NamedTuple

from peewee import JOIN

from kaizen_board.events import EventKind
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.models import Event, Member, StandardRevision
from kaizen_board.translation import QT_TRANSLATE_NOOP, translate

Actor = Member.alias("actor")


def record_event(
    store: Store,
    card: dict[str, Any],
    kind: EventKind,
    at: datetime,
    member_id: int,
    **values: Any,
) -> dict[str, Any]:
    """Store one event of `card` (its row as a dict, after the change); the event's row."""
    detail = values.pop("detail", None)
    event = {
        "board": card["board"],
        "card_id": card["id"],
        "kind": kind.value,
        "at": at,
        "member": member_id,
        "lap": card["lap"],
        "detail": encode_detail(detail),
        **values,
    }
    event["id"] = store.engine.insert_row(store.database, Event, event)
    return event


def encode_detail(detail: dict[str, Any] | None) -> str | None:
    """An event's detail as stored: JSON (None for none)."""
    return None if detail is None else json.dumps(detail, ensure_ascii=False)


def decode_detail(stored: str | None) -> dict[str, Any]:
    """An event's stored detail as a dict, never an error: a row that is not a JSON
    object (earlier versions wrote some by hand, broken by a quote in a file name) comes
    back whole as {"text": ...}."""
    if not stored:
        return {}
    try:
        detail = json.loads(stored)
    except ValueError:
        return {"text": stored}
    return detail if isinstance(detail, dict) else {"text": stored}


class HistoryLine(NamedTuple):
    at: datetime
    kind: str
    member: str | None
    from_stage: str | None
    to_stage: str | None
    lap: int
    detail: dict[str, Any]  # what an edit changed, the title of a deleted card, ...


def card_history(store: Store, card_id: int) -> list[HistoryLine]:
    """Every event of a card, oldest first."""
    with store.read():
        query = (
            Event.select(
                Event.at,
                Event.kind,
                Actor.name,
                Event.from_stage,
                Event.to_stage,
                Event.lap,
                Event.detail,
            )
            .join(Actor, JOIN.LEFT_OUTER, on=(Event.member == Actor.id))
            .where(Event.card_id == card_id)
            .order_by(Event.id)
        )
        return [HistoryLine(*row[:-1], decode_detail(row[-1])) for row in query.tuples()]


def standard_revisions(store: Store, card_id: int) -> list[tuple[datetime, int, str]]:
    """The earlier texts of a card's standard, oldest first: (replaced at, lap, text)."""
    with store.read():
        query = (
            StandardRevision.select(
                StandardRevision.replaced_at, StandardRevision.lap, StandardRevision.text
            )
            .where(StandardRevision.card == card_id)
            .order_by(StandardRevision.id)
        )
        return list(query.tuples())


# Each kind of event in words, as a card's history lists it.
_KINDS = {
    EventKind.CREATED: QT_TRANSLATE_NOOP("History", "created"),
    EventKind.EDITED: QT_TRANSLATE_NOOP("History", "edited"),
    EventKind.MOVED: QT_TRANSLATE_NOOP("History", "moved"),
    EventKind.IMPROVED: QT_TRANSLATE_NOOP("History", "improved"),
    EventKind.REORDERED: QT_TRANSLATE_NOOP("History", "reordered"),
    EventKind.ARCHIVED: QT_TRANSLATE_NOOP("History", "archived"),
    EventKind.RESTORED: QT_TRANSLATE_NOOP("History", "restored"),
    EventKind.DELETED: QT_TRANSLATE_NOOP("History", "deleted"),
    EventKind.CONFIRMED: QT_TRANSLATE_NOOP("History", "confirmed"),
    EventKind.PICTURED: QT_TRANSLATE_NOOP("History", "pictured"),
}
# The fields an event's detail names, in words (an edit's, a picture marked anew).
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("History", "title"),
    "description": QT_TRANSLATE_NOOP("History", "description"),
    "standard": QT_TRANSLATE_NOOP("History", "standard"),
    "owner": QT_TRANSLATE_NOOP("History", "owner"),
    "submitted_by": QT_TRANSLATE_NOOP("History", "submitted_by"),
    "tags": QT_TRANSLATE_NOOP("History", "tags"),
    "impact_category": QT_TRANSLATE_NOOP("History", "impact_category"),
    "impact_note": QT_TRANSLATE_NOOP("History", "impact_note"),
    "picture kind": QT_TRANSLATE_NOOP("History", "picture kind"),
}


def what_happened(line: HistoryLine) -> str:
    """An event in words, as a card's history lists it: "moved Standard → Improve"."""
    if line.from_stage and line.to_stage and line.from_stage != line.to_stage:
        stages = {
            "source": Stage(line.from_stage).title,
            "target": Stage(line.to_stage).title,
        }
        if line.kind == EventKind.IMPROVED:
            return translate("History", "improved: moved {source} → {target}").format(**stages)
        return translate("History", "moved {source} → {target}").format(**stages)
    kind = str(line.kind)
    return translate("History", _KINDS[kind]) if kind in _KINDS else kind


def _field(name: str) -> str:
    return translate("History", _FIELDS[name]) if name in _FIELDS else name


def detail_in_words(detail: dict[str, Any]) -> str:
    """What an event's detail says, in words: "title: Old → New; description"."""
    parts = []
    for name, value in detail.items():
        if name == "picture":  # its id, for undo; the text says what happened
            continue
        if isinstance(value, list) and len(value) == 2:
            parts.append(
                translate("History", "{field}: {before} → {after}").format(
                    field=_field(name), before=value[0] or "—", after=value[1] or "—"
                )
            )
        elif name in ("title", "text", "imported"):
            parts.append(str(value))
        else:
            parts.append(_field(name))
    return "; ".join(parts)
