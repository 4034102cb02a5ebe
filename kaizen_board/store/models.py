"""The peewee models: boards, members, cards, their history and standard revisions.

The models are bound to no database here; a `Store` binds them to its own database
for the length of each read or write, so two stores (two connections) can live in
one process.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime

from peewee import (
    SQL,
    AutoField,
    BigIntegerField,
    BlobField,
    CharField,
    CompositeKey,
    ForeignKeyField,
    IntegerField,
    Model,
    NodeList,
    TextField,
)

from kaizen_board.store.binding import CURRENT
from kaizen_board.times import from_micros, to_micros


def name_key(name: str) -> str:
    """The form a member's or board's name is compared in: Unicode-normalised (NFKC),
    case-folded (not only ASCII: "Ölraum" and "ÖLRAUM" are one name), spaces collapsed.
    """
    return " ".join(unicodedata.normalize("NFKC", str(name)).casefold().split())


class UtcTimestampField(BigIntegerField):
    """An aware UTC datetime stored as microseconds since 1970.

    An integer sorts, compares and groups by day with plain integer arithmetic in
    SQLite and PostgreSQL alike, where date functions differ.
    """

    def db_value(self, value: datetime | int | None) -> int | None:
        if value is None or isinstance(value, int):
            return value
        return to_micros(value)

    def python_value(self, value: int | None) -> datetime | None:
        return None if value is None else from_micros(value)


class NeverReusedIdField(AutoField):
    """An id that is never given out twice, even after the row with the highest one
    is deleted: a deleted card's history (events keep its id) must never become
    another card's. SQLite needs AUTOINCREMENT for that; PostgreSQL sequences do it.
    """

    def ddl(self, ctx):
        node = super().ddl(ctx)
        # The engine's database says what its DDL needs (SQLite: AUTOINCREMENT).
        suffix = getattr(self.model._meta.database.current, "never_reused_id_suffix", "")
        return NodeList((node, SQL(suffix))) if suffix else node


class BytesField(BlobField):
    """A blob given and read as bytes, in SQLite and PostgreSQL alike. peewee's BlobField
    asks the database bound for its binary type, which the models' database (a store's,
    chosen per read or write) cannot say ahead; both drivers take bytes.
    """

    def _db_hook(self, database) -> None:
        self._constructor = bytes


class BaseModel(Model):
    class Meta:
        legacy_table_names = False


SCHEMA_VERSION_KEY = "schema_version"
# Changes each time a backup is restored: a window that sees it change knows that the
# board its undo history belongs to is gone.
GENERATION_KEY = "restored_as"


class SchemaInfo(BaseModel):
    """Facts about the database itself: the schema version (SCHEMA_VERSION_KEY), which
    restore it is at (GENERATION_KEY)."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()


class Board(BaseModel):
    """A board of cards.

    Attributes:
        key: the name folded (see `name_key`): two boards never share one, so names are
            found and kept apart letter case aside, in any alphabet.
    """

    name = CharField(max_length=100, unique=True)
    key = CharField(max_length=255, unique=True)
    created_at = UtcTimestampField()


class BoardColumn(BaseModel):
    """A team's settings for one column of a board: its work-in-progress limit."""

    board = ForeignKeyField(Board, on_delete="CASCADE", index=False)
    stage = CharField(max_length=16)
    wip_limit = IntegerField(null=True)

    class Meta:
        indexes = ((("board", "stage"), True),)


class Member(BaseModel):
    """Someone on the team: submitter, owner, or the one who made a change.

    Attributes:
        key: the name folded (see `name_key`), unique: "Émile" and "ÉMILE" are one member.
    """

    name = CharField(max_length=80, unique=True)
    key = CharField(max_length=255, unique=True)
    created_at = UtcTimestampField()


class Card(BaseModel):
    """A process or an idea going round the loop.

    A card's place in its stage is its `rank`: sparse integers, so a move writes one
    row instead of renumbering the column. Its position (0, 1, ...) is the order of
    the ranks among the stage's cards that are not archived. An archived card keeps
    its stage and rank, so restoring it puts it back where it was.
    """

    id = NeverReusedIdField()
    board = ForeignKeyField(Board, on_delete="CASCADE", index=False)
    title = CharField(max_length=200)
    description = TextField(default="")
    standard = TextField(default="")
    stage = CharField(max_length=16)
    rank = BigIntegerField()
    lap = IntegerField(default=1)
    owner = ForeignKeyField(Member, null=True, on_delete="SET NULL", backref="owned_cards")
    submitted_by = ForeignKeyField(
        Member, null=True, on_delete="SET NULL", backref="submitted_cards"
    )
    tags = TextField(default="")
    impact_category = CharField(max_length=16, null=True)
    impact_note = TextField(default="")
    improvements = IntegerField(default=0)
    created_at = UtcTimestampField()
    updated_at = UtcTimestampField()
    entered_stage_at = UtcTimestampField()
    lap_started_at = UtcTimestampField()
    archived_at = UtcTimestampField(null=True)
    version = IntegerField(default=1)
    # Where an imported card came from: its tool and its id there ("trello:5f1c..."),
    # so that importing the same export again finds it (schema v7).
    origin = TextField(null=True)
    # How many texts its standard has had: 0 while none is written, 1 for the first, one
    # more each time it is rewritten. Confirmations (step 2) belong to one (schema v8).
    standard_version = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])


class Event(BaseModel):
    """One change to a card, with its UTC time and the member who made it.

    `card_id` is a plain integer, not a foreign key: the history of a deleted card
    stays, so the counts of ideas and improvements never go back in time.

    Attributes:
        kind: an `EventKind` value.
        credit: who an idea (created) or an improvement (improved) counts for.
        position: the index the card was placed at, when one was asked for.
        lead_time: for an improvement, microseconds from the start of the lap.
        detail: JSON with what an edit or delete changed.
    """

    id = NeverReusedIdField()
    board = ForeignKeyField(Board, on_delete="CASCADE", index=False)
    card_id = IntegerField()
    kind = CharField(max_length=16)
    at = UtcTimestampField()
    member = ForeignKeyField(Member, null=True, on_delete="SET NULL", backref="events", index=False)
    credit = ForeignKeyField(
        Member, null=True, on_delete="SET NULL", backref="credits", index=False
    )
    from_stage = CharField(max_length=16, null=True)
    to_stage = CharField(max_length=16, null=True)
    position = IntegerField(null=True)
    lap = IntegerField()
    lead_time = BigIntegerField(null=True)
    detail = TextField(null=True)
    # For a confirmation: the version of the card's standard confirmed (schema v8).
    standard_version = IntegerField(null=True)


class StandardRevision(BaseModel):
    """The text a card's standard had before one change to it."""

    id = NeverReusedIdField()
    card = ForeignKeyField(Card, on_delete="CASCADE", backref="revisions")
    text = TextField()
    lap = IntegerField()
    replaced_at = UtcTimestampField()
    member = ForeignKeyField(Member, null=True, on_delete="SET NULL")


class BoardMember(BaseModel):
    """Someone on a board's team (schema v8): the members whose confirmations of a
    standard are counted. Named on one of the board's cards as owner or submitter, a
    member joins (the engine's triggers); added or removed in the window or from the
    command line. One who left keeps the row (`left_at` set), so they do not join again
    by being named, and their history stays."""

    board = ForeignKeyField(Board, on_delete="CASCADE", index=False)
    member = ForeignKeyField(Member, on_delete="CASCADE")
    joined_at = UtcTimestampField()
    left_at = UtcTimestampField(null=True)

    class Meta:
        primary_key = CompositeKey("board", "member")


class Picture(BaseModel):
    """A picture of a card (schema v8): a before or after photo, or a plain one, as
    checked and perhaps scaled down on the way in (pictures.py), with its thumbnail.

    Attributes:
        kind: "before", "after" or "plain".
        format: "png" or "jpeg", of `data`.
        original_bytes: the size of the file given.
        scaled: 1 if it was larger than the cap and scaled down; 0 if kept as given.
    """

    id = NeverReusedIdField()
    card = ForeignKeyField(Card, on_delete="CASCADE", backref="pictures")
    kind = CharField(max_length=8)
    added_at = UtcTimestampField()
    member = ForeignKeyField(Member, null=True, on_delete="SET NULL", index=False)
    name = TextField(default="")
    format = CharField(max_length=8)
    width = IntegerField()
    height = IntegerField()
    original_bytes = BigIntegerField()
    scaled = IntegerField(default=0)
    data = BytesField()
    thumbnail = BytesField()


class StageCount(BaseModel):
    """How many live cards a stage of a board holds, kept by the engine's triggers.

    Counting a column of 250,000 cards costs 25 ms, at every opening and after every
    move; reading this row costs nothing, whatever the size of the board.
    """

    board = ForeignKeyField(Board, on_delete="CASCADE", index=False)
    stage = CharField(max_length=16)
    live = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("board", "stage")


class EventTally(BaseModel):
    """Events by kind, quarter of an hour and move, kept by triggers (store/tallies.py)."""

    board = ForeignKeyField(Board, on_delete="CASCADE", index=False)
    kind = CharField(max_length=16)
    slot = BigIntegerField()
    from_stage = CharField(max_length=16)
    to_stage = CharField(max_length=16)
    events = BigIntegerField()

    class Meta:
        primary_key = CompositeKey("board", "kind", "slot", "from_stage", "to_stage")


class CreditTally(BaseModel):
    """Ideas and improvements by UTC day and member credited (store/tallies.py)."""

    board = ForeignKeyField(Board, on_delete="CASCADE", index=False)
    kind = CharField(max_length=16)
    day = BigIntegerField()
    credit_id = IntegerField()  # 0: no one
    events = BigIntegerField()

    class Meta:
        primary_key = CompositeKey("board", "kind", "day", "credit_id")


class LeadTally(BaseModel):
    """Improvements by UTC day and lead time in whole days (store/tallies.py)."""

    board = ForeignKeyField(Board, on_delete="CASCADE", index=False)
    day = BigIntegerField()
    lead_days = BigIntegerField()
    events = BigIntegerField()

    class Meta:
        primary_key = CompositeKey("board", "day", "lead_days")


class ImportRecord(BaseModel):
    """One import (schema v7): what it added, to undo it from the command line, and how
    it mapped its source's lists to stages, offered again at the next import from there.

    Attributes:
        source: the tool and the board or file it came from ("trello:Office moves").
        mapping: JSON, each list, column or status of the source -> a stage or "archived".
        cards, events: the first and last id of the cards and events it added.
        undone: 1 once undone.
    """

    id = NeverReusedIdField()
    at = UtcTimestampField()
    board = ForeignKeyField(Board, null=True, on_delete="SET NULL", index=False)
    file = TextField()
    tool = CharField(max_length=32)
    source = TextField()
    mapping = TextField(default="{}")
    added = IntegerField(default=0)
    updated = IntegerField(default=0)
    first_card = BigIntegerField(default=0)
    last_card = BigIntegerField(default=0)
    first_event = BigIntegerField(default=0)
    last_event = BigIntegerField(default=0)
    undone = IntegerField(default=0)


# The board's real queries: the cards of a stage in order (only live cards are
# ordered), archived cards, the events of a kind over time (charts), the events of
# one card. The foreign keys to boards are covered by these, so they have none.
Card.add_index(Card.index(Card.board, Card.stage, Card.rank, where=Card.archived_at.is_null(True)))
Card.add_index(Card.index(Card.board, Card.archived_at))
Card.add_index(Card.index(Card.board, Card.origin, where=Card.origin.is_null(False)))
ImportRecord.add_index(ImportRecord.index(ImportRecord.source, ImportRecord.id))
Event.add_index(Event.index(Event.board, Event.kind, Event.at))
Event.add_index(Event.index(Event.card_id, Event.kind, Event.lap))

MODELS = (
    SchemaInfo,
    Board,
    BoardColumn,
    Member,
    Card,
    Event,
    StandardRevision,
    StageCount,
    ImportRecord,
    BoardMember,
    Picture,
)
# Made by the engine's own statements (SQLite keeps them WITHOUT ROWID), not create_tables.
TALLY_MODELS = (EventTally, CreditTally, LeadTally)
# Each query goes to the database of the store in use (binding.py).
for _model in MODELS + TALLY_MODELS:
    _model._meta.set_database(CURRENT)
