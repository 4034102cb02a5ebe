"""Creating, editing and deleting cards; each one transaction with its event."""

from __future__ import annotations

from typing import Any

from kaizen_board.errors import InvalidInput
from kaizen_board.events import EventKind
from kaizen_board.ops.directory import acting_member, member_id
from kaizen_board.ops.fields import (
    NOTE_MAX,
    clean_impact,
    clean_name,
    clean_tags,
    clean_text,
    clean_title,
)
from kaizen_board.ops.history import record_event
from kaizen_board.ops.ranks import rank_for
from kaizen_board.ops.rows import load_card, update_card
from kaizen_board.ops.undo import CardChange
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.models import Card, Member, Picture, StandardRevision, name_key
from kaizen_board.translation import translate

EDITABLE = (
    "title",
    "description",
    "standard",
    "owner",
    "submitted_by",
    "tags",
    "impact_category",
    "impact_note",
)
_MEMBER_FIELDS = ("owner", "submitted_by")
_LONG_TEXTS = ("description", "standard", "impact_note")


def _clean(name: str, value: Any) -> Any:
    """The stored form of one editable field, or InvalidInput saying what is wrong."""
    if name == "title":
        return clean_title(value)
    if name in _MEMBER_FIELDS:
        return clean_name(value) if value is not None and str(value).strip() else None
    if name == "tags":
        return clean_tags(value)
    if name == "impact_category":
        return clean_impact(value)
    if name == "impact_note":
        return clean_text(value, "impact note", NOTE_MAX)
    if name in ("description", "standard"):
        return clean_text(value, name)
    raise TypeError(f"{name!r} is not an editable card field; use one of {EDITABLE}")


def clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """The stored form of editable fields (member fields excepted); InvalidInput if bad."""
    for name in _MEMBER_FIELDS:
        if name in fields:
            raise TypeError(f"{name} is set by member name through add_card or edit_card")
    return {name: _clean(name, value) for name, value in fields.items()}


def _member_or_none(store: Store, name: str | None) -> int | None:
    return None if name is None else member_id(store, name)


def add_card(
    store: Store,
    board_id: int,
    title: str,
    *,
    stage: Stage = Stage.STANDARD,
    index: int | None = None,
    by: str | None = None,
    **fields: Any,
) -> CardChange:
    """Create a card (a title alone is enough) at `index` of `stage`, at the end by default.

    Counts as an idea submitted by `submitted_by`, or by the member making it.
    """
    values = {name: _clean(name, value) for name, value in fields.items()}
    values["title"] = clean_title(title)
    stage = Stage(stage)
    with store.write():
        now = store.now()
        actor = acting_member(store, by)
        owner = _member_or_none(store, values.pop("owner", None))
        submitter = _member_or_none(store, values.pop("submitted_by", None)) or actor
        card_id = Card.insert(
            board=board_id,
            stage=stage.value,
            rank=rank_for(board_id, stage, index, None),
            owner=owner,
            submitted_by=submitter,
            created_at=now,
            updated_at=now,
            entered_stage_at=now,
            lap_started_at=now,
            standard_version=int(bool(values.get("standard", "").strip())),
            **values,
        ).execute()
        card = load_card(store, card_id)
        event = record_event(
            store,
            card,
            EventKind.CREATED,
            now,
            actor,
            credit=submitter,
            to_stage=stage.value,
            position=index,
        )
    label = translate("Cards", "Add '{title}'").format(title=card["title"])
    return CardChange(label, None, card, event)


def titles_from_lines(text: str) -> list[str]:
    """The cards a pasted block of text stands for: one per non-empty line, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def add_cards(
    store: Store,
    board_id: int,
    titles: list[str],
    *,
    stage: Stage = Stage.STANDARD,
    index: int | None = None,
    by: str | None = None,
) -> list[CardChange]:
    """Create one card per title, in that order from `index` (the end by default), all
    in one transaction: a bad title refuses them all, naming its line (1 for the first).
    """
    for number, title in enumerate(titles, start=1):
        try:
            clean_title(title)
        except InvalidInput as error:
            raise InvalidInput(
                translate("Cards", "line {line}: {problem}").format(line=number, problem=error)
            ) from error
    with store.write():
        return [
            add_card(
                store,
                board_id,
                title,
                stage=stage,
                index=None if index is None else index + offset,
                by=by,
            )
            for offset, title in enumerate(titles)
        ]


def edit_card(
    store: Store,
    card_id: int,
    *,
    board_id: int | None = None,
    by: str | None = None,
    expected_version: int | None = None,
    **fields: Any,
) -> CardChange | None:
    """Change some of a card's fields; None if nothing differs from what is stored.

    A changed standard keeps its previous text as a revision.
    """
    values = {name: _clean(name, value) for name, value in fields.items()}
    with store.write():
        card = load_card(store, card_id, board_id=board_id, expected_version=expected_version)
        names = _member_names(card)
        changed = {
            name: value
            for name, value in values.items()
            if (_same_member(names[name], value) if name in _MEMBER_FIELDS else card[name] == value)
            is False
        }
        if not changed:
            return None
        now = store.now()
        actor = acting_member(store, by)
        detail = {
            name: True if name in _LONG_TEXTS else [names.get(name, card[name]), value]
            for name, value in changed.items()
        }
        for name in _MEMBER_FIELDS:
            if name in changed:
                changed[name] = _member_or_none(store, changed[name])
        revisions: tuple[dict[str, Any], ...] = ()
        if "standard" in changed:
            revision = {
                "card": card_id,
                "text": card["standard"],
                "lap": card["lap"],
                "replaced_at": now,
                "member": actor,
            }
            revision["id"] = StandardRevision.insert(revision).execute()
            revisions = (revision,)
            # A new version: the team's confirmations of the one before stop counting.
            changed["standard_version"] = card["standard_version"] + 1
        after = update_card(store, card, {**changed, "updated_at": now})
        event = record_event(store, after, EventKind.EDITED, now, actor, detail=detail)
    label = translate("Cards", "Edit '{title}'").format(title=after["title"])
    return CardChange(label, card, after, event, revisions)


def delete_card(
    store: Store,
    card_id: int,
    *,
    board_id: int | None = None,
    by: str | None = None,
    expected_version: int | None = None,
) -> CardChange:
    """Delete a card and its standard revisions; its history of events stays."""
    with store.write():
        card = load_card(store, card_id, board_id=board_id, expected_version=expected_version)
        revisions = tuple(StandardRevision.select().where(StandardRevision.card == card_id).dicts())
        pictures = tuple(Picture.select().where(Picture.card == card_id).dicts())
        Card.delete().where(Card.id == card_id).execute()
        live = card["archived_at"] is None
        event = record_event(
            store,
            card,
            EventKind.DELETED,
            store.now(),
            acting_member(store, by),
            from_stage=card["stage"] if live else None,
            detail={"title": card["title"]},
        )
    label = translate("Cards", "Delete '{title}'").format(title=card["title"])
    return CardChange(label, card, None, event, revisions, pictures)


def _same_member(stored: str | None, wanted: str | None) -> bool:
    # Member names are matched in their folded form, as member_id() looks them up.
    return name_key(stored or "") == name_key(wanted or "")


def _member_names(card: dict[str, Any]) -> dict[str, str | None]:
    ids = [card[name] for name in _MEMBER_FIELDS if card[name] is not None]
    found = dict(Member.select(Member.id, Member.name).where(Member.id.in_(ids)).tuples())
    return {name: found.get(card[name]) for name in _MEMBER_FIELDS}
