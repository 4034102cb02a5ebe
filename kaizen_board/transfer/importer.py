"""Reading cards in: this program's own CSV export back exactly, or the export of
another tool (Trello, Jira, Kanboard, Wekan, Asana, Notion, GitHub Projects, Focalboard,
Planner) or a list typed in a spreadsheet, through transfer/sources.py (which reads the
file as a table) and transfer/foreign.py (which finds the fields, maps lists to stages and
makes odd values fit, with a warning each).

All or nothing: the cards go in one transaction and any error rolls it back. The file
is read once, as a stream where it can be (CSV), so a large one costs no more memory than
a small one; errors name the line and the field. An imported card remembers where it came
from (card.origin), so that importing the same export again skips, or updates, the cards
already there; each import is recorded (ImportRecord), with the mapping it used, offered
again for the next import from the same source.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import fn

from kaizen_board import ops
from kaizen_board.errors import InvalidInput, KaizenError
from kaizen_board.events import EventKind
from kaizen_board.ops.bulk import CardInserter, rank_after_last
from kaizen_board.ops.directory import acting_member, member_id
from kaizen_board.ops.fields import (
    BOARD_NAME_MAX,
    NOTE_MAX,
    TEXT_MAX,
    TITLE_MAX,
    clean_impact,
    clean_line,
    clean_name,
    clean_tags,
    clean_text,
    clean_title,
)
from kaizen_board.ops.ranks import respace
from kaizen_board.ops.undo import CardChanges, ImportChange
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.bulk_load import journal_for_fill, rows_first
from kaizen_board.store.models import Card, Event, ImportRecord, name_key
from kaizen_board.times import to_micros
from kaizen_board.transfer.aliases import folded
from kaizen_board.transfer.csv_format import BOARD_COLUMNS, parse_time, unguard_formula
from kaizen_board.transfer.foreign import (
    ARCHIVED,
    Layout,
    StageMap,
    Translator,
    is_own_export,
    parse_date,
    parse_target,
)
from kaizen_board.transfer.sources import (
    TRANSITIONS,
    Move,
    SourceProblem,
    Table,
    Undecodable,
    open_table,
    tool_name,
)
from kaizen_board.translation import translate

ERRORS_SHOWN = 20
SPOOL_BATCH = 1_000  # checked cards written to the temporary file at a time
LINE_MAX = 4_000_000  # characters: far more than a card's longest line (20,000 of text)
RECORD_MAX = LINE_MAX  # characters of one record, however many lines it spans
PREVIEW_ROWS = 50
LOOKUP_BATCH = 500  # cards whose origins are looked up at a time
# Cards without a position come after those with one, in the order of the file.
UNPLACED = 2**40


class ImportFailed(InvalidInput):
    """The file has errors; nothing was imported.

    Attributes:
        errors: the first errors, each naming its line (and field).
        undecodable: whether the file has bytes its encoding cannot read (another
            encoding may read it).
    """

    def __init__(
        self, path: Path, errors: list[str], more: bool = False, undecodable: bool = False
    ) -> None:
        self.errors = errors
        self.undecodable = undecodable
        listed = "\n".join(f"  {error}" for error in errors)
        tail = "\n  " + translate("Import", "… and more") if more else ""
        said = translate("Import", "{path}: nothing was imported:").format(path=path)
        super().__init__(f"{said}\n{listed}{tail}")


@dataclass
class StageValue:
    """One list, column or status of the source, and where its cards go."""

    value: str
    cards: int
    target: Stage | str  # a Stage or ARCHIVED


@dataclass
class ImportSummary:
    """What an import added (or, for a dry run, would add), and what it made of the file.

    Attributes:
        tool: which tool wrote the file ("trello", ..., "spreadsheet", "kaizen-board").
        kind: what the file is, for people ("Jira CSV, UTF-8").
        source: the tool and the board or file it came from (its mapping is remembered).
        stage_values: each list/column/status value of the source and where it goes.
        skipped: cards already there from an earlier import, left as they are.
        updated: cards already there that were updated (--update).
        warnings: what was made to fit, each naming its line (the first ones).
        warned: how many warnings there were in all.
        notes: what was made of the file's layout (repeated columns, rows above the header).
    """

    path: Path
    added: int = 0
    boards: Counter = field(default_factory=Counter)
    stages: Counter = field(default_factory=Counter)
    archived: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    kept_ids: bool = False
    dry_run: bool = False
    preview: list[dict[str, Any]] = field(default_factory=list)
    change: ImportChange | None = None  # how to undo it (None for a dry run or no card)
    added_read: int = 0  # cards read and checked, to be stored
    tool: str = "spreadsheet"
    kind: str = "CSV"
    source: str = ""
    stage_values: list[StageValue] = field(default_factory=list)
    skipped: int = 0
    updated: int = 0
    moves: int = 0
    warnings: list[str] = field(default_factory=list)
    warned: int = 0
    notes: list[str] = field(default_factory=list)
    record_id: int | None = None

    def brief(self) -> str:
        """What it added, where, from which tool; what it skipped, updated, moved."""
        # Each count in a name of its own: lupdate reads a %n text's count only so.
        dry, added, archived = self.dry_run, self.added, self.archived
        skipped, updated, moves = self.skipped, self.updated, self.moves
        boards = ", ".join(f"{name!r}" for name in self.boards) or translate("Import", "the board")
        stages = ", ".join(
            f"{stage.title} {self.stages[stage]}" for stage in Stage if self.stages[stage]
        )
        if archived:
            stages += "; " if stages else ""
            stages += translate("Import", "%n archived", None, archived)
        stages = f" ({stages})" if stages else ""
        if self.tool not in ("spreadsheet", "kaizen-board"):
            if dry:
                text = translate(
                    "Import",
                    "Would import %n card(s) into {boards}{stages} from {tool}",
                    None,
                    added,
                )
            else:
                text = translate(
                    "Import", "Imported %n card(s) into {boards}{stages} from {tool}", None, added
                )
        elif dry:
            text = translate("Import", "Would import %n card(s) into {boards}{stages}", None, added)
        else:
            text = translate("Import", "Imported %n card(s) into {boards}{stages}", None, added)
        text = text.format(boards=boards, stages=stages, tool=tool_name(self.tool))
        if skipped and dry:
            text += "; " + translate(
                "Import",
                "%n already there from an earlier import would be skipped (--update updates them)",
                None,
                skipped,
            )
        elif skipped:
            text += "; " + translate(
                "Import",
                "%n already there from an earlier import were skipped (--update updates them)",
                None,
                skipped,
            )
        if updated and dry:
            text += "; " + translate("Import", "%n already there would be updated", None, updated)
        elif updated:
            text += "; " + translate("Import", "%n already there were updated", None, updated)
        if (moves or self.tool == TRANSITIONS) and dry:
            text += "; " + translate(
                "Import", "%n move(s) from the source's history would be added", None, moves
            )
        elif moves or self.tool == TRANSITIONS:
            text += "; " + translate(
                "Import", "%n move(s) from the source's history were added", None, moves
            )
        return text + "."

    def describe(self) -> str:
        """`brief`, with the columns ignored and how many values were made to fit."""
        text = self.brief().removesuffix(".")
        if self.ignored_columns:
            names = list(dict.fromkeys(self.ignored_columns))
            shown = ", ".join(names[:10])
            more = len(names) - 10
            if more > 0:
                shown = translate("Import", "{columns} and %n more", None, more).format(
                    columns=shown
                )
            if len(names) == 1:
                ignored = translate("Import", "Ignored unknown column: {columns}")
            else:
                ignored = translate("Import", "Ignored unknown columns: {columns}")
            text += ". " + ignored.format(columns=shown)
        warned = self.warned
        if warned == 1:
            text += ". " + translate(
                "Import", "%n value was made to fit (see the warnings)", None, 1
            )
        elif warned:
            text += ". " + translate(
                "Import", "%n values were made to fit (see the warnings)", None, warned
            )
        return text + "."

    def mapping(self) -> dict[str, str]:
        """Where each value of the source's lists went: "To Do" -> "standard"."""
        return {
            item.value: item.target if item.target == ARCHIVED else item.target.value
            for item in self.stage_values
        }


@dataclass
class ImportOptions:
    """The choices of an import (see import_board): the file's encoding, where each list
    goes, where finished cards go, and whether cards already there are updated."""

    encoding: str | None = None
    mapping: dict[str, str] | None = None
    closed: str | None = None
    update: bool = False

    def kwargs(self) -> dict[str, Any]:
        return {
            "encoding": self.encoding,
            "mapping": self.mapping,
            "closed": self.closed,
            "update": self.update,
        }


class FieldProblem(InvalidInput):
    """One field of a record is wrong (`field`), said with its line; `reason` says what
    is wrong without the line and field."""

    def __init__(self, message: str, field_name: str, reason: str = "") -> None:
        super().__init__(message)
        self.field = field_name
        self.reason = reason or message


class _DryRun(Exception):
    """Raised to roll back a dry run's transaction."""


Progress = Callable[[int, int], bool]
PROGRESS_STEPS = 1000  # of the whole import: reading the first half, storing the second


class ImportCancelled(KaizenError):
    """The user cancelled an import; nothing was stored."""


class _Told:
    """Tells `progress` how far an import is, and raises ImportCancelled once it answers
    False: reading by the characters read of the file's size, storing by the cards."""

    def __init__(self, progress: Progress | None, path: Path) -> None:
        self.progress = progress
        self.path = path

    def _tell(self, done: float) -> None:
        if self.progress is None:
            return
        if not self.progress(min(int(done * PROGRESS_STEPS), PROGRESS_STEPS), PROGRESS_STEPS):
            raise ImportCancelled(
                translate(
                    "Import", "the import of {file} was cancelled: nothing was stored"
                ).format(file=self.path.name)
            )

    def reading(self, done: int, size: int) -> None:
        """`done` of the file's `size` read (characters of a text, rows of a table)."""
        self._tell(min(done / max(size, 1), 1) / 2)

    def storing(self, cards: Iterator, total: int) -> Iterator:
        for number, card in enumerate(cards, start=1):
            if number % SPOOL_BATCH == 0:
                self._tell(0.5 + number / max(total, 1) / 2)
            yield card


def import_board(
    store: Store,
    path: str | os.PathLike[str],
    *,
    board_name: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    encoding: str | None = None,
    mapping: list[str] | dict[str, str] | None = None,
    closed: str | None = None,
    update: bool = False,
) -> ImportSummary:
    """Import the cards of a file (its own CSV export, or another tool's: see sources)
    into a board.

    Cards go to `board_name` if given, else to the board named in each row's "board"
    column, else to the first board. A file of this program's own export imported into
    an empty database keeps its card ids, so exporting again gives the same file.
    Raises ImportFailed (nothing stored) listing the errors by line and field.

    `encoding` names the file's text encoding where it has no byte-order mark (UTF-8 if
    not given). `mapping` says where the cards of a list, column or status go ("To
    Do=standard" pairs, or a dict; "archived" for archived); values it does not name go
    where the last import from the same source sent them, else where their name says,
    else to Standard. `closed` says where finished cards go: archived (the default) or a
    stage. Cards already there from an earlier import of the same source are skipped,
    or with `update`, updated.

    The file is read and checked first, without holding the database's write lock (a
    slow or huge file never keeps other windows waiting); its cards are kept, checked,
    in an anonymous temporary file, then stored in one transaction.

    `progress(done, total)` is told how far it is (reading the file is the first half,
    storing the cards the second); once it answers False, ImportCancelled is raised and
    nothing is stored.
    """
    path = Path(path)
    summary = ImportSummary(path, dry_run=dry_run)
    told = _Told(progress, path)
    with tempfile.TemporaryFile() as spool:
        reading = _read_and_check(store, path, spool, summary, told, encoding, mapping, closed)
        spool.seek(0)
        try:
            with journal_for_fill(store), store.write():
                cards = told.storing(_unspooled(spool), summary.added_read)
                _store_cards(store, path, reading, board_name, cards, summary, update)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            summary.change = None  # nothing was stored: nothing to undo
    return summary


@dataclass
class _Reading:
    """What reading the file found, for storing its cards."""

    own: bool
    id_problems: list[str]
    history: list[Move]
    stages: StageMap | None


def _read_and_check(
    store: Store,
    path: Path,
    spool,
    summary: ImportSummary,
    told: _Told,
    encoding: str | None,
    mapping: list[str] | dict[str, str] | None,
    closed: str | None,
) -> _Reading:
    """Read the whole file, check every record, and spool the checked values.
    ImportFailed listing the first errors if any."""
    try:
        stages = StageMap.parse(mapping, closed)
        table = open_table(path, encoding, lines_factory=_CappedLines)
    except SourceProblem as problem:
        raise ImportFailed(
            path, [str(problem)], undecodable=isinstance(problem, Undecodable)
        ) from None
    except InvalidInput as problem:  # a --map or --closed that says no stage
        raise InvalidInput(str(problem)) from None
    try:
        summary.tool, summary.kind = table.tool, table.describe()
        # A browser saves the same export again as "Jira (1).csv": the same source.
        stem = re.sub(r"\s*\(\d+\)$", "", path.stem)
        summary.source = f"{table.tool}:{table.source_name or stem}"
        rows = table.skipped_rows
        if rows == 1:
            summary.notes.append(
                translate("Import", "the first %n row, above the header, was skipped", None, 1)
            )
        elif rows:
            summary.notes.append(
                translate("Import", "the first %n rows, above the header, were skipped", None, rows)
            )
        if is_own_export(table.header):
            return _read_own(path, table, spool, summary, told)
        if table.tool == TRANSITIONS:
            return _read_transitions(store, table, summary, stages)
        return _read_foreign(store, path, table, spool, summary, told, stages)
    finally:
        table.close()


def _read_own(path: Path, table: Table, spool, summary: ImportSummary, told: _Told) -> _Reading:
    """This program's own export, read exactly: every value checked, any error refused."""
    header = [cell.strip().casefold() for cell in table.header]
    twice = sorted(name for name, count in Counter(header).items() if count > 1)
    if twice:
        raise ImportFailed(
            path,
            [
                translate("Import", "line {line}: the column {name} appears twice").format(
                    line=1, name=repr(name)
                )
                for name in twice
            ],
        )
    summary.ignored_columns = [name for name in header if name not in BOARD_COLUMNS]
    ids = _IdCheck()

    def card_of(line: int, cells: list[str]) -> dict[str, Any]:
        if len(cells) != len(header):
            fields = len(cells)
            raise InvalidInput(
                translate(
                    "Import", "line {line}: %n field(s), but the header has {columns}", None, fields
                ).format(line=line, columns=len(header))
            )
        card = _checked_card(line, dict(zip(header, cells, strict=True)))
        ids.add(line, card["id"])
        # An id is this program's in one database only: with its creation time, it is
        # one card's wherever its export is imported.
        card["origin"] = (
            None if card["id"] is None else f"kaizen-board:{card['id']}:{card['created_at']}"
        )
        return card

    _spool_rows(path, table, spool, summary, told, card_of)
    return _Reading(True, ids.problems, [], None)


def _read_foreign(
    store: Store,
    path: Path,
    table: Table,
    spool,
    summary: ImportSummary,
    told: _Told,
    stages: StageMap,
) -> _Reading:
    """Another tool's table: its fields found by name, its lists mapped to stages, and
    what does not fit made to, each with a warning."""
    layout = Layout.of(table.header)
    summary.ignored_columns = layout.ignored
    summary.notes += layout.notes
    stages.remembered = _remembered(store, summary.source)
    # Ids a tool gives out once everywhere (Trello's, Jira's keys, Asana's) tell its
    # cards apart whatever file they come in; a spreadsheet's ids and titles (and
    # Kanboard's task numbers, counted per installation) only within their source.
    scope = summary.source if table.tool in ("spreadsheet", "notion") else table.tool
    translator = Translator(layout, stages, store.now(), table.tool, scope)
    title_column = next((table.header[index] for index in layout.columns.get("title", ())), "title")

    def card_of(line: int, cells: list[str]) -> dict[str, Any] | None:
        record = translator.record(line, cells)
        if record is None:
            return None
        origin = record.pop("origin")
        try:
            card = _fitted_card(line, record, translator)
        except FieldProblem as problem:  # a title of nothing but control characters
            translator.warn(
                line,
                translate("Import", "title: {reason}; the row was skipped").format(
                    reason=problem.reason
                ),
            )
            return None
        card["origin"] = origin
        card["id"] = None
        return card

    _spool_rows(path, table, spool, summary, told, card_of)
    summary.stage_values = [
        StageValue(value, count, stages.goes_to[value]) for value, count in stages.seen.items()
    ]
    for value in stages.unused():
        have = ", ".join(repr(value) for value in list(stages.seen)[:10]) or translate(
            "Import", "none"
        )
        translator.warn(
            0,
            translate(
                "Import", "--map {value}: the file has no list of that name (it has {lists})"
            ).format(value=repr(value), lists=have),
        )
    summary.warnings = translator.warnings
    summary.warned = translator.warned
    if not summary.added_read and translator.warned:
        raise ImportFailed(
            path,
            [
                translate(
                    "Import", "no card: the title column {column} is empty in every row"
                ).format(column=repr(title_column.strip()))
            ]
            + summary.warnings[:ERRORS_SHOWN],
        )
    return _Reading(False, [], table.history, stages)


def _read_transitions(
    store: Store, table: Table, summary: ImportSummary, stages: StageMap
) -> _Reading:
    """Kanboard's export of its tasks' moves (task id, title, from, to, who, when): the
    history of the cards an import of its tasks added, mapped as that import mapped."""
    summary.source = "kanboard:"
    stages.remembered = _remembered(store, None, tool="kanboard")
    moves = []
    for line, cells in table.rows:
        if len(cells) < 6:
            fields = len(cells)
            summary.warnings.append(
                translate("Import", "line {line}: %n field(s); a move has 7", None, fields).format(
                    line=line
                )
            )
            continue
        when = parse_date(cells[5])
        if when is None:
            summary.warnings.append(
                translate("Import", "line {line}: {value} is no date this importer knows").format(
                    line=line, value=repr(cells[5])
                )
            )
            continue
        task = cells[0].strip()
        moves.append(Move(task, cells[2].strip(), cells[3].strip(), when))
    summary.warned = len(summary.warnings)
    summary.warnings = summary.warnings[: Translator.WARNINGS_KEPT]
    seen = Counter(value.strip() for move in moves for value in (move.from_value, move.to_value))
    summary.stage_values = [
        StageValue(value, count, stages.guess_or_chosen(value)) for value, count in seen.items()
    ]
    return _Reading(False, [], moves, stages)


def _spool_rows(path: Path, table: Table, spool, summary: ImportSummary, told: _Told, card_of):
    """Check every row (`card_of`: its card, None to skip it, InvalidInput if wrong) and
    spool the checked cards; ImportFailed listing the first errors."""
    errors: list[str] = []
    undecodable = False
    batch: list[tuple[int, dict[str, Any]]] = []
    try:
        for line, cells in table.rows:
            try:
                card = card_of(line, cells)
            except InvalidInput as error:
                errors.append(str(error))
                if len(errors) > ERRORS_SHOWN:
                    raise ImportFailed(path, errors[:ERRORS_SHOWN], more=True) from None
                continue
            if card is None or errors:
                continue
            batch.append((line, card))
            summary.added_read += 1
            if len(batch) >= SPOOL_BATCH:
                pickle.dump(batch, spool, protocol=pickle.HIGHEST_PROTOCOL)
                batch = []
                told.reading(table.characters(), table.size)
    except SourceProblem as problem:
        errors.append(str(problem))  # past a broken record, lines can no longer be told apart
        undecodable = isinstance(problem, Undecodable)
    if errors:
        raise ImportFailed(
            path, errors[:ERRORS_SHOWN], more=len(errors) > ERRORS_SHOWN, undecodable=undecodable
        )
    if batch:
        pickle.dump(batch, spool, protocol=pickle.HIGHEST_PROTOCOL)


def _remembered(store: Store, source: str | None, tool: str | None = None):
    """The mapping the last import from `source` (or of `tool`) used: folded value ->
    a Stage or ARCHIVED."""
    with store.read():
        row = (
            ImportRecord.select(ImportRecord.mapping)
            .where(
                (ImportRecord.source == source if tool is None else ImportRecord.tool == tool)
                & (ImportRecord.undone == 0)
            )
            .order_by(ImportRecord.id.desc())
            .first()
        )
    if row is None:
        return {}
    try:
        stored = json.loads(row.mapping)
        return {folded(value): parse_target(target) for value, target in stored.items()}
    except (ValueError, AttributeError, InvalidInput):
        return {}  # a record this version cannot read: nothing remembered


class _IdCheck:
    """Card ids of an export, checked as the file is read: each given, none twice.

    The ids seen are bits of a bitmap up to BITMAP_IDS (an export's ids are its board's:
    a million cards take 125 kB, not the 60 MB a set of them would), and a set above.
    """

    BITMAP_IDS = 2**26  # 8 MB at most

    def __init__(self) -> None:
        self.bits = bytearray()
        self.above: set[int] = set()
        self.problems: list[str] = []

    def add(self, line: int, card_id: int | None) -> None:
        if len(self.problems) >= ERRORS_SHOWN:
            return
        if card_id is None:
            self.problems.append(
                translate(
                    "Import", "line {line}, id: empty; every card of an export has one"
                ).format(line=line)
            )
        elif self._seen_before(card_id):
            self.problems.append(
                translate(
                    "Import", "line {line}, id: card {card} appears twice in the file"
                ).format(line=line, card=card_id)
            )

    def _seen_before(self, card_id: int) -> bool:
        if card_id >= self.BITMAP_IDS:
            seen = card_id in self.above
            self.above.add(card_id)
            return seen
        byte, bit = divmod(card_id, 8)
        if byte >= len(self.bits):
            self.bits.extend(bytes(max(byte + 1 - len(self.bits), len(self.bits))))
        seen = self.bits[byte] >> bit & 1
        self.bits[byte] |= 1 << bit
        return bool(seen)


def _unspooled(spool) -> Iterator[tuple[int, dict[str, Any]]]:
    while True:
        try:
            yield from pickle.load(spool)
        except EOFError:
            return


class _CappedLines:
    """The file's lines for the CSV reader, refusing one longer than LINE_MAX characters
    before it is read whole (a file with no line breaks would otherwise be read into
    memory at once), and a record longer than RECORD_MAX in all, however many lines its
    quoted fields span (each field within the csv module's limit, a record could
    otherwise hold sources.COLUMNS_MAX of them: more than a thousand million characters).

    Attributes:
        number: the last line read.
        record_start: the line the record being read starts on.
    """

    def __init__(self, file, path: Path) -> None:
        self.file = file
        self.path = path
        self.number = 0
        self.record_start = 1
        self.characters = 0  # read so far: how far through the file (for progress)
        self._record_size = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def new_record(self) -> None:
        """The next line read starts a record (the reader reads none ahead)."""
        self.record_start = self.number + 1
        self._record_size = 0

    def __next__(self) -> str:
        line = self.file.readline(LINE_MAX + 1)
        if not line:
            raise StopIteration
        self.number += 1
        if len(line) > LINE_MAX:
            raise ImportFailed(
                self.path,
                [
                    translate(
                        "Import", "line {line}: longer than {limit} characters: not a list of cards"
                    ).format(line=self.number, limit=f"{LINE_MAX:,}")
                ],
            )
        self._record_size += len(line)
        self.characters += len(line)
        if self._record_size > RECORD_MAX:
            raise ImportFailed(
                self.path,
                [
                    translate(
                        "Import",
                        "line {line}: the record starting here is longer than "
                        "{limit} characters (by line {last}): not a card",
                    ).format(line=self.record_start, limit=f"{RECORD_MAX:,}", last=self.number)
                ],
            )
        return line


def _store_cards(
    store: Store,
    path: Path,
    reading: _Reading,
    board_name: str | None,
    cards: Iterator[tuple[int, dict[str, Any]]],
    summary: ImportSummary,
    update: bool,
) -> None:
    """Store checked cards, with members and boards made on first use, in one transaction;
    those already there from an earlier import skipped, or updated (`update`)."""
    empty = not Card.select().exists() and not Event.select().exists()
    keep_ids = reading.own and empty
    if keep_ids and reading.id_problems:
        raise ImportFailed(path, reading.id_problems)
    summary.kept_ids = keep_ids
    context = _Context(store, board_name, keep_ids, empty=empty)
    actor = acting_member(store, None)
    inserter = CardInserter(store, actor, keep_ids=keep_ids, origins=True)
    known: dict[str, int] = {}  # origin -> its number among the cards added (from 1)
    there: list[tuple[int, dict[str, Any]]] = []  # cards already there: (id, new values)
    # Into a new database, the cards and events go in first and their indexes, counts
    # and text index are made once after (store.bulk_load), the ranks respaced before.
    with rows_first(store):
        board_names = context.board_names
        for batch in _batches(cards, LOOKUP_BATCH):
            found = {} if empty else _already_there(context, batch, inserter.last_id)
            for line, card in batch:
                board = context.board_of(card)
                existing = found.get((board, card["origin"]))
                if existing is not None:
                    if update:
                        there.append((existing, card))
                    else:
                        summary.skipped += 1
                    continue
                values = context.row(line, card, board)
                inserter.add_values((*values, card["origin"]))
                _count(summary, board_names[board], card)
                if reading.history and card["origin"]:
                    known[card["origin"]] = inserter.count
        summary.added = inserter.finish(detail={"imported": path.name})
        for board_id in set(context.boards.values()):
            for stage in Stage:
                respace(board_id, stage)
    first_card = inserter.cards[0]
    if summary.tool == TRANSITIONS:
        tasks = {f"kanboard:{move.source_id}" for move in reading.history}
        board = context.board_of(None)
        there_now = Card.select(Card.origin, Card.id).where(
            (Card.board == board) & Card.origin.in_(tasks)
        )
        summary.moves = _store_history(
            store, reading, "kanboard", dict(there_now.tuples()), actor, summary, own_cards=False
        )
        if not summary.moves:
            return
    elif reading.history and known:
        tool = summary.tool
        added = {origin: first_card + number - 1 for origin, number in known.items()}
        summary.moves = _store_history(store, reading, tool, added, actor, summary, own_cards=True)
    # The events it added, from the first after those there were (its cards' and the
    # source's moves; the updates' own come after, undone with their changes).
    events = (0, 0)
    if summary.added or summary.moves:
        events = (inserter.events[0], Event.select(fn.MAX(Event.id)).scalar() or 0)
    updates = tuple(_update(store, card_id, card) for card_id, card in there)
    updates = tuple(change for change in updates if change)
    summary.updated = len(updates)
    summary.skipped += len(there) - len(updates)  # already as the file has them
    if not (summary.added or updates or summary.moves):
        return
    summary.record_id = _record(store, path, summary, context, inserter.cards, events, reading)
    count = summary.added
    summary.change = ImportChange(
        translate("Import", "Import %n card(s) from {file}", None, count).format(file=path.name),
        inserter.cards,
        events,
        summary.added,
        updates=updates,
        record_id=summary.record_id,
    )


def list_imports(store: Store) -> list[str]:
    """The imports made, newest first: id, when, how many cards, from where."""
    with store.read():
        rows = list(ImportRecord.select().order_by(ImportRecord.id.desc()).limit(100))
    if not rows:
        return [translate("Import", "No import has been made into this database.")]
    return [_import_line(row) for row in rows]


def _import_line(row: ImportRecord) -> str:
    """One import of list_imports: its id, when, how many cards, from where."""
    # The count right-aligned in 7 places, its words after it.
    count, updated = row.added, row.updated
    added = " " * max(0, 7 - len(str(count)))
    added += translate("Import", "%n card(s) added", None, count)
    if updated:
        added += ", " + translate("Import", "%n updated", None, updated)
    source = translate("Import", "from {file} ({tool})").format(
        file=Path(row.file).name, tool=tool_name(row.tool)
    )
    undone = "  " + translate("Import", "[undone]") if row.undone else ""
    return f"{row.id:>5}  {row.at.astimezone():%Y-%m-%d %H:%M}  {added}  {source}{undone}"


def undo_import(store: Store, wanted: str | None) -> str:
    """Take back an import (the newest not undone, or the one with id `wanted`): the
    cards it added, with their events; refused (Conflict) if any was changed since.
    The cards it updated keep their new values (the window's Undo takes those back)."""
    with store.read():
        query = ImportRecord.select().where(ImportRecord.undone == 0)
        if wanted is not None:
            if not str(wanted).isdigit():
                raise InvalidInput(
                    translate("Import", "--undo {wanted}: give an import's id from --list").format(
                        wanted=repr(wanted)
                    )
                )
            query = ImportRecord.select().where(ImportRecord.id == int(wanted))
        record = query.order_by(ImportRecord.id.desc()).first()
    if record is None:
        raise InvalidInput(
            translate("Import", "there is no import to undo")
            if wanted is None
            else translate("Import", "there is no import {wanted}").format(wanted=wanted)
        )
    if record.undone:
        raise InvalidInput(
            translate("Import", "import {id} was undone already").format(id=record.id)
        )
    added, updated = record.added, record.updated
    if not added and not record.first_event:
        raise InvalidInput(
            translate(
                "Import",
                "import {id} added nothing (it updated %n card(s)): the "
                "command line cannot take updates back; the window's Undo can, in the session "
                "that made them",
                None,
                updated,
            ).format(id=record.id)
        )
    change = ImportChange(
        translate("Import", "Import from {file}").format(file=Path(record.file).name),
        (record.first_card, record.last_card),
        (record.first_event, record.last_event),
        record.added,
        record_id=record.id,
    )
    change.undo(store)
    kept = change.kept.pop("rows", None)
    if kept is not None:
        kept.close()
    text = translate(
        "Import", "Undid import {id}: took away the %n card(s) it added", None, added
    ).format(id=record.id)
    if updated:
        text += "; " + translate(
            "Import", "the %n card(s) it updated keep their new values", None, updated
        )
    return text + "."


def _batches(items: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _already_there(context: _Context, batch: list[tuple[int, dict[str, Any]]], before: int):
    """(board, origin) -> card id, of the batch's cards an earlier import stored (ids up to
    `before`: a row repeated in the same file is not "already there")."""
    origins = {card["origin"] for _, card in batch if card["origin"]}
    if not origins:
        return {}
    boards = {context.board_of(card) for _, card in batch}
    query = Card.select(Card.board, Card.origin, Card.id).where(
        Card.board.in_(boards) & Card.origin.in_(origins) & (Card.id <= before)
    )
    return {(board, origin): card_id for board, origin, card_id in query.tuples()}


def _update(store: Store, card_id: int, card: dict[str, Any]):
    """An earlier import's card brought up to date with the file: its texts, owner and
    tags (an edit), its stage (a move), archived or not; the changes, to undo."""
    changes = []
    fields = {
        name: card[name]
        for name in ("title", "description", "owner", "tags")
        if card[name] not in (None, "") or name == "title"
    }
    changes.append(ops.edit_card(store, card_id, **fields))
    stored = Card.get_by_id(card_id)
    was_archived = stored.archived_at is not None
    moving = card["stage"].value != stored.stage
    # An archived card moves only once restored, and goes back to the archive after.
    if was_archived and (card["archived_at"] is None or moving):
        changes.append(ops.restore_card(store, card_id))
    if moving:
        changes.append(ops.move_card(store, card_id, card["stage"]))
    if card["archived_at"] is not None and (not was_archived or moving):
        changes.append(ops.archive_card(store, card_id))
    changes = [change for change in changes if change is not None]
    if not changes:
        return None
    return changes[0] if len(changes) == 1 else CardChanges(tuple(changes))


def _store_history(
    store: Store,
    reading: _Reading,
    tool: str,
    added: dict[str, int],
    actor: int,
    summary: ImportSummary,
    *,
    own_cards: bool,
) -> int:
    """The source's own moves of the cards (Trello's actions, Kanboard's transitions), as
    their events, so the charts show when the ideas really moved. Of cards this import
    added (`own_cards`), the "created" event says the stage the first move left, and the
    time the card entered its stage is its last move's."""
    stages = reading.stages
    cards = {
        card.id: card
        for card in Card.select(
            Card.id, Card.board, Card.lap, Card.created_at, Card.stage, Card.submitted_by
        ).where(Card.id.in_(list(added.values())))
    }
    moves: dict[int, list[tuple[Move, Stage, Stage]]] = {}
    early = 0
    # Trello and Kanboard list the newest first: of moves in the same minute, the one
    # further down the file came first.
    ordered = sorted(enumerate(reading.history), key=lambda pair: (pair[1].at, -pair[0]))
    for _, move in ordered:
        card = cards.get(added.get(f"{tool}:{move.source_id}"))
        if card is None:
            continue
        before = stages.guess_or_chosen(move.from_value)
        after = stages.guess_or_chosen(move.to_value)
        if ARCHIVED in (before, after) or before == after:
            continue
        if move.at < card.created_at:
            early += 1
            continue
        moves.setdefault(card.id, []).append((move, before, after))
    if early == 1:
        summary.warnings.append(
            translate("Import", "%n move from before their card was created was left out", None, 1)
        )
    elif early:
        summary.warnings.append(
            translate(
                "Import", "%n moves from before their card was created were left out", None, early
            )
        )
    if early:
        summary.warned += 1
    rows = []
    for card_id, card_moves in moves.items():
        card = cards[card_id]
        if own_cards:
            first_from = card_moves[0][1]
            Event.delete().where(
                (Event.card_id == card_id) & (Event.kind == EventKind.CREATED.value)
            ).execute()
            rows.append(
                _event_row(card, EventKind.CREATED, card.created_at, actor, None, first_from)
                | {"credit": card.submitted_by_id}
            )
            last_move, _, last_to = card_moves[-1]
            if last_to.value == card.stage:
                Card.update(entered_stage_at=last_move.at).where(Card.id == card_id).execute()
        for move, before, after in card_moves:
            row = _event_row(card, EventKind.MOVED, move.at, actor, before, after)
            row["detail"] = json.dumps({"imported": f"{move.from_value} → {move.to_value}"})
            rows.append(row)
    for start in range(0, len(rows), 500):
        Event.insert_many(rows[start : start + 500]).execute()
    return sum(len(card_moves) for card_moves in moves.values())


def _event_row(card, kind: EventKind, at, actor: int, before, after) -> dict[str, Any]:
    return {
        "board": card.board_id,
        "card_id": card.id,
        "kind": kind.value,
        "at": to_micros(at) if not isinstance(at, int) else at,
        "member": actor,
        "credit": None,
        "from_stage": None if before is None else before.value,
        "to_stage": after.value,
        "lap": card.lap,
        "detail": None,
    }


def _record(store, path, summary, context, cards, events, reading) -> int:
    """The import's record: to undo it from the command line, and its mapping, offered
    again next time."""
    mapping = summary.mapping() if not reading.own else {}
    board = (
        context.fixed_board or context.default_board or next(iter(context.boards.values()), None)
    )
    return store.engine.insert_row(
        store.database,
        ImportRecord,
        {
            "at": store.now(),
            "board": board,
            "file": str(path),
            "tool": summary.tool,
            "source": summary.source,
            "mapping": json.dumps(mapping, ensure_ascii=False),
            "added": summary.added,
            "updated": summary.updated,
            "first_card": cards[0] if summary.added else 0,
            "last_card": cards[1] if summary.added else 0,
            "first_event": events[0],
            "last_event": events[1],
            "undone": 0,
        },
    )


def _count(summary: ImportSummary, board_name: str, card: dict[str, Any]) -> None:
    summary.boards[board_name] += 1
    if card["archived_at"] is None:
        summary.stages[card["stage"]] += 1
    else:
        summary.archived += 1
    if len(summary.preview) < PREVIEW_ROWS:
        summary.preview.append(
            {
                "title": card["title"],
                "stage": card["stage"],
                "owner": card["owner"] or "",
                "tags": card["tags"],
                "archived": card["archived_at"] is not None,
            }
        )


def _checked_card(line: int, record: dict[str, str]) -> dict[str, Any]:
    """One record's values, each checked and in its stored form (no database needed);
    InvalidInput naming the line and field of the first bad one."""
    try:
        return _QUICK.card(record)
    except Exception:  # something to say: the exact check says it
        return _checked_exactly(line, record)


def _fitted_card(line: int, record: dict[str, str], translator: Translator) -> dict[str, Any]:
    """_checked_card for another tool's record: a field that does not fit is made to
    (control characters taken out of a text) or left out, with a warning, never refused."""
    for _ in range(len(record) + 1):
        try:
            return _checked_card(line, record)
        except FieldProblem as problem:
            name, value = problem.field, record.get(problem.field, "")
            reason = problem.reason
            cleaned = _NOT_IN_TEXT.sub("", value) if name in _TEXTS else ""
            if name == "title":
                cleaned = " ".join(_NOT_IN_LINE.sub(" ", value).split())
                if not cleaned:
                    raise
            if cleaned and cleaned != value:
                said = translate("Import", "{field}: {reason}; taken out")
                translator.warn(line, said.format(field=name, reason=reason))
                record[name] = cleaned
            else:
                said = translate("Import", "{field}: {reason}; left out")
                translator.warn(line, said.format(field=name, reason=reason))
                record.pop(name, None)
    return _checked_card(line, record)


_TEXTS = ("description", "standard", "impact_note")


def _checked_exactly(line: int, record: dict[str, str]) -> dict[str, Any]:
    """_checked_card field by field, each error naming its line and field."""
    values = {name: unguard_formula(value) for name, value in record.items()}

    def check(name: str, clean, *args):
        try:
            return clean(values.get(name, ""), *args)
        except (InvalidInput, ValueError) as error:
            said = translate("Import", "line {line}, {field}: {error}")
            raise FieldProblem(
                said.format(line=line, field=name, error=error), name, str(error)
            ) from error

    created = check("created_at", _time, None)
    return {
        "title": check("title", clean_title),
        "stage": check("stage", _stage),
        "board": check("board", _optional_line, translate("Import", "board name"), BOARD_NAME_MAX),
        "owner": check("owner", _optional_name),
        "submitted_by": check("submitted_by", _optional_name),
        "lap": check("lap", _whole, 1, 1),
        "position": check("position", _whole, 0, None),
        "created_at": created,
        "entered_stage_at": check("entered_stage_at", _time, created),
        "archived_at": check("archived_at", _time, None),
        "improvements": check("improvements", _whole, 0, 0),
        "tags": check("tags", clean_tags),
        "impact_category": check("impact_category", clean_impact),
        "impact_note": check(
            "impact_note", clean_text, translate("Import", "impact note"), NOTE_MAX
        ),
        "description": check("description", clean_text, translate("Import", "description")),
        "standard": check("standard", clean_text, translate("Import", "standard")),
        "id": check("id", _whole, 1, None),
    }


# Characters a one-line value may not hold (control characters, Unicode's Cc, and the
# halves of pairs, Cs), and those a text may not (the same but line breaks and tabs):
# what ops.fields looks for character by character, found by one search.
_NOT_IN_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_REMEMBERED = 4_096  # cleaned values of a column kept at most (then forgotten, and again)


class _QuickCheck:
    """The same values as _checked_exactly, sooner: a column whose values repeat (stage,
    board, members, tags...) is cleaned once per value, a text by one search for what it
    may not hold. Anything it is not sure of raises, and the exact check then says what
    is wrong (or finds nothing wrong: the same values, more slowly)."""

    def __init__(self) -> None:
        self.cleaned: dict[str, dict[str, Any]] = {}

    def repeated(self, name: str, text: str, clean, *args) -> Any:
        cleaned = self.cleaned.setdefault(name, {})
        try:
            return cleaned[text]
        except KeyError:
            pass
        value = clean(text, *args)
        if len(cleaned) >= _REMEMBERED:
            cleaned.clear()  # memory stays flat whatever the file holds
        cleaned[text] = value
        return value

    def card(self, record: dict[str, str]) -> dict[str, Any]:
        get = record.get

        def cell(name: str) -> str:
            value = get(name, "")
            return unguard_formula(value) if value[:1] == "'" else value

        def line(name: str, limit: int) -> str:
            value = cell(name).strip()
            if not value or len(value) > limit or _NOT_IN_LINE.search(value):
                raise ValueError(name)
            return value

        def text(name: str, limit: int = TEXT_MAX) -> str:
            value = cell(name)
            if len(value) > limit or _NOT_IN_TEXT.search(value):
                raise ValueError(name)
            return value

        def time(name: str, default: int | None) -> int | None:
            value = cell(name)
            return _time(value, default) if value else default

        created = time("created_at", None)
        repeated = self.repeated
        return {
            "title": line("title", TITLE_MAX),
            "stage": repeated("stage", cell("stage"), _stage),
            "board": repeated("board", cell("board"), _optional_line, "board name", BOARD_NAME_MAX),
            "owner": repeated("owner", cell("owner"), _optional_name),
            "submitted_by": repeated("owner", cell("submitted_by"), _optional_name),
            "lap": repeated("lap", cell("lap"), _whole, 1, 1),
            "position": _whole(cell("position"), 0, None),
            "created_at": created,
            "entered_stage_at": time("entered_stage_at", created),
            "archived_at": time("archived_at", None),
            "improvements": repeated("improvements", cell("improvements"), _whole, 0, 0),
            "tags": repeated("tags", cell("tags"), clean_tags),
            "impact_category": repeated("impact", cell("impact_category"), clean_impact),
            "impact_note": text("impact_note", NOTE_MAX),
            "description": text("description"),
            "standard": text("standard"),
            "id": _whole(cell("id"), 1, None),
        }


_QUICK = _QuickCheck()


def _stage(text: str) -> Stage:
    return Stage.parse(text) if text.strip() else Stage.STANDARD


class _Context:
    """Turns checked cards into stored rows, with members and boards looked up once."""

    def __init__(self, store: Store, board_name: str | None, keep_ids: bool, *, empty: bool):
        self.store = store
        self.keep_ids = keep_ids
        self.empty = empty  # the database had no cards: every stage's cards are ours
        self.now = to_micros(store.now())
        self.members: dict[str, int] = {}  # by name_key
        self.named: dict[str, int] = {}  # by the name as the file spells it
        self.boards: dict[str, int] = {}
        self.board_names: dict[int, str] = {}
        self.fixed_board = None if board_name is None else self._board(board_name)
        self.default_board: int | None = None
        self.base_rank: dict[tuple[int, Stage], int] = {}

    def _board(self, name: str) -> int:
        key = name_key(name)
        if key not in self.boards:
            board = ops.ensure_board(self.store, name)
            self.boards[key] = board.id
            self.board_names[board.id] = board.name
        return self.boards[key]

    def _default_board(self) -> int:
        """The first board, for rows that name none; looked up once per import."""
        if self.default_board is None:
            self.default_board = self._board(ops.default_board(self.store).name)
        return self.default_board

    def _member(self, name: str | None) -> int | None:
        if name is None:
            return None
        try:
            return self.named[name]
        except KeyError:
            pass
        key = name_key(name)
        if key not in self.members:
            self.members[key] = member_id(self.store, name)
        self.named[name] = self.members[key]
        return self.named[name]

    def board_of(self, card: dict[str, Any] | None) -> int:
        """The board a card goes to (`--board`, else the one it names, else the first);
        with no card, where the file's cards go when they name none."""
        if self.fixed_board is not None:
            return self.fixed_board
        if card is not None and card["board"]:
            return self._board(card["board"])
        return self._default_board()

    def row(self, line: int, card: dict[str, Any], board: int) -> tuple:
        """The card's stored values, in the order of CardInserter's fields (ROW_FIELDS,
        after the id if ids are kept)."""
        stage: Stage = card["stage"]
        now = self.now
        created = now if card["created_at"] is None else card["created_at"]
        entered = created if card["entered_stage_at"] is None else card["entered_stage_at"]
        lap = card["lap"]
        row = (
            board,
            card["title"],
            stage.value,
            self._rank(board, stage, card["position"], line),
            self._member(card["owner"]),
            self._member(card["submitted_by"]),
            created,
            now,
            entered,
            created if lap == 1 else entered,
            lap,
            card["improvements"],
            1,
            card["archived_at"],
            card["description"],
            card["standard"],
            card["tags"],
            card["impact_category"],
            card["impact_note"],
            int(bool(card["standard"].strip())),
        )
        return (card["id"], *row) if self.keep_ids else row

    def _rank(self, board: int, stage: Stage, position: int | None, line: int) -> int:
        """A rank that orders imported cards after the stage's own, by position, then by
        line; the stage is respaced once all are in."""
        key = (board, stage)
        if key not in self.base_rank:
            self.base_rank[key] = 0 if self.empty else rank_after_last(board, stage)
        offset = position if position is not None else UNPLACED + line
        return self.base_rank[key] + offset


def _optional_line(text: str, what: str, limit: int) -> str | None:
    return clean_line(text, what, limit) if text.strip() else None


def _optional_name(text: str) -> str | None:
    return clean_name(text) if text.strip() else None


def _whole(text: str, minimum: int, default: int | None) -> int | None:
    text = text.strip()
    if not text:
        return default
    if not text.isdigit() or int(text) < minimum:
        raise ValueError(
            translate("Import", "{value} is not a whole number of at least {minimum}").format(
                value=repr(text), minimum=minimum
            )
        )
    return int(text)


def _time(text: str, default: int | None) -> int | None:
    text = text.strip()
    if not text:
        return default
    try:
        return to_micros(parse_time(text))
    except ValueError:
        raise ValueError(
            translate(
                "Import", "{value} is not a date and time like 2026-11-23T09:00:00+00:00"
            ).format(value=repr(text))
        ) from None
