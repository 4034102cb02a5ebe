"""Pictures of a card: before and after photos (or plain ones), kept in the database so a
team server shares them. Adding, marking and taking one off are changes like any other:
one transaction with its event ("pictured"), undone and redone exactly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from peewee import JOIN

from kaizen_board.errors import Conflict, InvalidInput, NotFound
from kaizen_board.events import EventKind
from kaizen_board.ops.directory import acting_member
from kaizen_board.ops.history import record_event
from kaizen_board.ops.rows import load_card
from kaizen_board.ops.undo import Change
from kaizen_board.pictures import KINDS, CheckedPicture, check_picture
from kaizen_board.store import Store
from kaizen_board.store.models import Event, Member, Picture
from kaizen_board.translation import QT_TRANSLATE_NOOP, translate

# Everything of a picture but its bytes, for lists.
_INFO = (
    Picture.id,
    Picture.card,
    Picture.kind,
    Picture.added_at,
    Member.name,
    Picture.name,
    Picture.format,
    Picture.width,
    Picture.height,
    Picture.original_bytes,
    Picture.scaled,
)


# The Undo menu's words for a picture added, and for one marked anew, by its kind.
_ADDED = {
    "before": QT_TRANSLATE_NOOP("Pictures", "Add a before picture to '{title}'"),
    "after": QT_TRANSLATE_NOOP("Pictures", "Add an after picture to '{title}'"),
    "plain": QT_TRANSLATE_NOOP("Pictures", "Add a picture to '{title}'"),
}
_MARKED = {
    "before": QT_TRANSLATE_NOOP("Pictures", "Mark a picture of '{title}' before"),
    "after": QT_TRANSLATE_NOOP("Pictures", "Mark a picture of '{title}' after"),
    "plain": QT_TRANSLATE_NOOP("Pictures", "Mark a picture of '{title}' plain"),
}


class PictureInfo(NamedTuple):
    id: int
    card_id: int
    kind: str
    added_at: datetime
    member: str | None
    name: str
    format: str
    width: int
    height: int
    original_bytes: int
    scaled: bool


def _kind(kind: str) -> str:
    kind = str(kind).strip().lower()
    if kind not in KINDS:
        raise InvalidInput(
            translate("Pictures", "a picture is marked {kinds}, not {kind}").format(
                kinds=", ".join(KINDS), kind=repr(kind)
            )
        )
    return kind


def card_pictures(store: Store, card_id: int) -> list[PictureInfo]:
    """The card's pictures, in the order they were added."""
    with store.read():
        query = (
            Picture.select(*_INFO)
            .join(Member, on=(Picture.member == Member.id), join_type=JOIN.LEFT_OUTER)
            .where(Picture.card == card_id)
            .order_by(Picture.id)
        )
        rows = list(query.tuples())
    return [PictureInfo(*row[:-1], bool(row[-1])) for row in rows]


def picture_bytes(store: Store, picture_id: int, *, thumbnail: bool = False) -> bytes:
    """A picture as stored (PNG or JPEG), or its thumbnail (PNG)."""
    field = Picture.thumbnail if thumbnail else Picture.data
    with store.read():
        data = Picture.select(field).where(Picture.id == picture_id).scalar()
    if data is None:
        raise _no_picture(picture_id)
    return bytes(data)


def first_pictures(store: Store, card_ids: list[int]) -> dict[tuple[int, str], int]:
    """(card, kind) -> the id of the card's latest picture of that kind, for the cards
    given (a page of a report prints one before and one after photo of each)."""
    if not card_ids:
        return {}
    with store.read():
        rows = (
            Picture.select(Picture.card, Picture.kind, Picture.id)
            .where(Picture.card.in_(card_ids))
            .order_by(Picture.id)
            .tuples()
        )
        return {(card, kind): picture for card, kind, picture in rows}


@dataclass(frozen=True)
class PictureChange(Change):
    """A picture added (`before` None), taken off (`after` None) or marked anew, with the
    event recorded for it."""

    label: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    event: dict[str, Any]

    @property
    def card_ids(self) -> tuple[int, ...]:
        return (self.event["card_id"],)

    def undo(self, store: Store) -> None:
        self._put(store, self.after, self.before, remove_event=True)

    def redo(self, store: Store) -> None:
        self._put(store, self.before, self.after, remove_event=False)

    def _put(self, store: Store, expected, wanted, *, remove_event: bool) -> None:
        row = expected or wanted
        with store.write():
            current = Picture.select(Picture.id, Picture.kind).where(Picture.id == row["id"])
            found = current.tuples().first()
            if found != (None if expected is None else (expected["id"], expected["kind"])):
                raise Conflict(
                    translate(
                        "Pictures",
                        "the card's pictures were changed elsewhere since; left as they are",
                    )
                )
            Picture.delete().where(Picture.id == row["id"]).execute()
            if wanted is not None:
                Picture.insert(wanted).execute()
            if remove_event:
                Event.delete().where(Event.id == self.event["id"]).execute()
            else:
                Event.insert(self.event).execute()


def attach_picture(
    store: Store,
    card_id: int,
    data: bytes | CheckedPicture,
    *,
    kind: str = "plain",
    name: str = "",
    board_id: int | None = None,
    by: str | None = None,
) -> PictureChange:
    """Add a picture (the bytes of a file, a paste or a drop, or a picture checked
    already) to a card, marked `kind`; InvalidInput, nothing stored, if it is not a
    picture that may be kept (pictures.py).
    """
    kind = _kind(kind)
    name = str(name).strip()[:200]
    checked = data
    if not isinstance(checked, CheckedPicture):  # before the write lock is taken
        checked = check_picture(data, name or translate("Pictures", "the picture"))
    with store.write():
        card = load_card(store, card_id, board_id=board_id)
        now = store.now()
        actor = acting_member(store, by)
        row = {
            "card": card_id,
            "kind": kind,
            "added_at": now,
            "member": actor,
            "name": name,
            "format": checked.format,
            "width": checked.width,
            "height": checked.height,
            "original_bytes": checked.original_bytes,
            "scaled": int(checked.scaled),
            "data": checked.data,
            "thumbnail": checked.thumbnail,
        }
        row["id"] = Picture.insert(row).execute()
        event = record_event(
            store,
            card,
            EventKind.PICTURED,
            now,
            actor,
            detail={"text": _said("added", kind, name), "picture": row["id"]},
        )
    label = translate("Pictures", _ADDED[kind]).format(title=card["title"])
    return PictureChange(label, None, row, event)


def _said(done: str, kind: str, name: str) -> str:
    """A picture's change in words, as the card's history shows it."""
    what = "a picture" if kind == "plain" else f"a {kind} picture"
    return f"{done} {what}" + (f": {name}" if name else "")


def _recorded(store: Store, card: dict[str, Any], by: str | None, detail: dict) -> dict:
    """The event of a picture taken off or marked anew."""
    now, actor = store.now(), acting_member(store, by)
    return record_event(store, card, EventKind.PICTURED, now, actor, detail=detail)


def _picture_row(picture_id: int) -> dict[str, Any]:
    row = Picture.select().where(Picture.id == picture_id).dicts().first()
    if row is None:
        raise _no_picture(picture_id)
    return row


def _no_picture(picture_id: int) -> NotFound:
    return NotFound(
        translate("Pictures", "there is no picture #{picture}").format(picture=picture_id)
    )


def remove_picture(store: Store, picture_id: int, *, by: str | None = None) -> PictureChange:
    """Take a picture off its card (undo puts it back)."""
    with store.write():
        row = _picture_row(picture_id)
        card = load_card(store, row["card"])
        Picture.delete().where(Picture.id == picture_id).execute()
        said = _said("removed", row["kind"], row["name"])
        event = _recorded(store, card, by, {"text": said, "picture": picture_id})
    label = translate("Pictures", "Remove a picture of '{title}'").format(title=card["title"])
    return PictureChange(label, row, None, event)


def mark_picture(
    store: Store, picture_id: int, kind: str, *, by: str | None = None
) -> PictureChange | None:
    """Mark a picture before, after or plain; None if it is marked so already."""
    kind = _kind(kind)
    with store.write():
        row = _picture_row(picture_id)
        if row["kind"] == kind:
            return None
        card = load_card(store, row["card"])
        after = {**row, "kind": kind}
        Picture.update(kind=kind).where(Picture.id == picture_id).execute()
        marked = [row["kind"], kind]
        event = _recorded(store, card, by, {"picture kind": marked, "picture": picture_id})
    label = translate("Pictures", _MARKED[kind]).format(title=card["title"])
    return PictureChange(label, row, after, event)
