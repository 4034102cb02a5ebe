"""Reading cards from CSV: its own export back exactly, or a simple list from elsewhere.

All or nothing: the cards go in one transaction and any error rolls it back. The file
is read once, as a stream, so a large one costs no more memory than a small one;
errors name the line and the field.
"""

from __future__ import annotations

import codecs
import csv
import os
import pickle
import re
import stat
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kaizen_board import ops
from kaizen_board.errors import FileProblem, InvalidInput, KaizenError
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
from kaizen_board.ops.undo import ImportChange
from kaizen_board.stages import Stage
from kaizen_board.store import Store
from kaizen_board.store.bulk_load import rows_first
from kaizen_board.store.models import Card, Event, name_key
from kaizen_board.times import to_micros
from kaizen_board.transfer.csv_format import BOARD_COLUMNS, parse_time, unguard_formula

ERRORS_SHOWN = 20
SPOOL_BATCH = 1_000  # checked cards written to the temporary file at a time
LINE_MAX = 4_000_000  # characters: far more than a card's longest line (20,000 of text)
RECORD_MAX = LINE_MAX  # characters of one record, however many lines it spans
COLUMNS_MAX = 10_000  # a header wider than this is not a list of cards
PREVIEW_ROWS = 50
ENCODING = "utf-8"
# Cards without a position come after those with one, in the order of the file.
UNPLACED = 2**40


class ImportFailed(InvalidInput):
    """The file has errors; nothing was imported.

    Attributes:
        errors: the first errors, each naming its line (and field).
    """

    def __init__(self, path: Path, errors: list[str], more: bool = False) -> None:
        self.errors = errors
        listed = "\n".join(f"  {error}" for error in errors)
        tail = "\n  … and more" if more else ""
        super().__init__(f"{path}: nothing was imported:\n{listed}{tail}")


@dataclass
class ImportSummary:
    """What an import added (or, for a dry run, would add)."""

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

    def describe(self) -> str:
        verb = "Would import" if self.dry_run else "Imported"
        boards = ", ".join(f"{name!r}" for name in self.boards) or "the board"
        stages = ", ".join(
            f"{stage.column_title} {self.stages[stage]}" for stage in Stage if self.stages[stage]
        )
        if self.archived:
            stages += f"{'; ' if stages else ''}{self.archived} archived"
        text = f"{verb} {self.added} card(s) into {boards}" + (f" ({stages})" if stages else "")
        if self.ignored_columns:
            text += f". Ignored unknown column(s): {', '.join(self.ignored_columns)}"
        return text + "."


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
        self.size = max(path.stat().st_size, 1) if progress is not None else 1

    def _tell(self, done: float) -> None:
        if self.progress is None:
            return
        if not self.progress(min(int(done * PROGRESS_STEPS), PROGRESS_STEPS), PROGRESS_STEPS):
            raise ImportCancelled(
                f"the import of {self.path.name} was cancelled: nothing was stored"
            )

    def reading(self, characters: int) -> None:
        self._tell(min(characters / self.size, 1) / 2)

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
) -> ImportSummary:
    """Import the cards of a CSV file (see csv_format) into a board.

    Cards go to `board_name` if given, else to the board named in each row's "board"
    column, else to the first board. A file of this program's own export imported into
    an empty database keeps its card ids, so exporting again gives the same file.
    Raises ImportFailed (nothing stored) listing the errors by line and field.

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
        header, id_problems = _read_and_check(path, spool, summary, told)
        spool.seek(0)
        try:
            with store.write():
                cards = told.storing(_unspooled(spool), summary.added_read)
                _store_cards(store, path, header, id_problems, board_name, cards, summary)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            summary.change = None  # nothing was stored: nothing to undo
    return summary


def _read_and_check(
    path: Path, spool, summary: ImportSummary, told: _Told
) -> tuple[list[str], list[str]]:
    """Read the whole file, check every record, and spool the checked values. Returns
    the header, and what is wrong with the ids (which matter only if they are kept).
    ImportFailed listing the first errors if any."""
    file = _open_regular(path)
    with file:
        lines = _CappedLines(file, path)
        rows = _Rows(csv.reader(lines, strict=True), path, lines)
        header = rows.header()
        summary.ignored_columns = [name for name in header if name not in BOARD_COLUMNS]
        if "title" not in header:
            raise ImportFailed(
                path, [f"line 1: there is no title column (the header has: {', '.join(header)})"]
            )
        errors: list[str] = []
        ids = _IdCheck() if "id" in header else None
        batch: list[tuple[int, dict[str, Any]]] = []
        for line, cells in rows:
            if len(cells) != len(header):
                errors.append(
                    f"line {line}: {len(cells)} field(s), but the header has {len(header)}"
                )
            else:
                try:
                    card = _checked_card(line, dict(zip(header, cells, strict=True)))
                except InvalidInput as error:
                    errors.append(str(error))
                else:
                    if ids is not None:
                        ids.add(line, card["id"])
                    if not errors:
                        batch.append((line, card))
                        summary.added_read += 1
                        if len(batch) >= SPOOL_BATCH:
                            pickle.dump(batch, spool, protocol=pickle.HIGHEST_PROTOCOL)
                            batch = []
                            told.reading(lines.characters)
            if len(errors) > ERRORS_SHOWN:
                raise ImportFailed(path, errors[:ERRORS_SHOWN], more=True)
        errors += rows.errors
        if errors:
            raise ImportFailed(path, errors[:ERRORS_SHOWN], more=len(errors) > ERRORS_SHOWN)
        if batch:
            pickle.dump(batch, spool, protocol=pickle.HIGHEST_PROTOCOL)
    return header, ([] if ids is None else ids.problems)


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
            self.problems.append(f"line {line}, id: empty; every card of an export has one")
        elif self._seen_before(card_id):
            self.problems.append(f"line {line}, id: card {card_id} appears twice in the file")

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


def _open_regular(path: Path):
    """The file opened for reading as UTF-8 text, if it is a regular file: a pipe nobody
    writes to would wait forever, a device such as /dev/zero never ends."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise FileProblem(
                f"{path} is not a regular file (a pipe, a device or a folder): save the "
                "cards as a file and import that"
            )
        return path.open(encoding=f"{ENCODING}-sig", newline="")
    except OSError as error:
        raise FileProblem(f"cannot read {path}: {error.strerror}") from error


class _CappedLines:
    """The file's lines for the CSV reader, refusing one longer than LINE_MAX characters
    before it is read whole (a file with no line breaks would otherwise be read into
    memory at once), and a record longer than RECORD_MAX in all, however many lines its
    quoted fields span (each field within the csv module's limit, a record could
    otherwise hold COLUMNS_MAX of them: more than a thousand million characters).

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
                [f"line {self.number}: longer than {LINE_MAX:,} characters: not a list of cards"],
            )
        self._record_size += len(line)
        self.characters += len(line)
        if self._record_size > RECORD_MAX:
            raise ImportFailed(
                self.path,
                [
                    f"line {self.record_start}: the record starting here is longer than "
                    f"{RECORD_MAX:,} characters (by line {self.number}): not a card"
                ],
            )
        return line


def _store_cards(
    store: Store,
    path: Path,
    header: list[str],
    id_problems: list[str],
    board_name: str | None,
    cards: Iterator[tuple[int, dict[str, Any]]],
    summary: ImportSummary,
) -> None:
    """Store checked cards, with members and boards made on first use, in one transaction."""
    empty = not Card.select().exists() and not Event.select().exists()
    keep_ids = "id" in header and empty
    if keep_ids and id_problems:
        raise ImportFailed(path, id_problems)
    summary.kept_ids = keep_ids
    context = _Context(store, board_name, keep_ids, empty=empty)
    inserter = CardInserter(store, acting_member(store, None), keep_ids=keep_ids)
    # Into a new database, the cards and events go in first and their indexes, counts
    # and text index are made once after (store.bulk_load), the ranks respaced before.
    with rows_first(store):
        board_names = context.board_names
        for line, card in cards:
            values = context.row(line, card)
            inserter.add_values(values)
            _count(summary, board_names[values[1 if keep_ids else 0]], card)
        summary.added = inserter.finish(detail={"imported": path.name})
        for board_id in set(context.boards.values()):
            for stage in Stage:
                respace(board_id, stage)
    if summary.added:
        summary.change = ImportChange(
            f"Import {summary.added} card(s) from {path.name}",
            inserter.cards,
            inserter.events,
            summary.added,
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
            }
        )


class _Rows:
    """The file's records with the line each starts on; bad bytes and CSV become errors."""

    def __init__(self, reader, path: Path, lines: _CappedLines) -> None:
        self.reader = reader
        self.path = path
        self.lines = lines
        self.errors: list[str] = []

    def header(self) -> list[str]:
        try:
            first = next(self.reader, None)
        except (csv.Error, UnicodeDecodeError) as error:
            raise ImportFailed(self.path, [self._describe(error, 1)]) from error
        if not first or not any(cell.strip() for cell in first):
            raise ImportFailed(
                self.path,
                [
                    "line 1: the file is empty: the first line must be "
                    "a header with at least a title column"
                ],
            )
        if len(first) > COLUMNS_MAX:
            raise ImportFailed(
                self.path,
                [f"line 1: the header has {len(first):,} columns; at most {COLUMNS_MAX:,} fit"],
            )
        names = [cell.strip().casefold() for cell in first]
        twice = sorted(name for name, count in Counter(names).items() if count > 1)
        if twice:
            raise ImportFailed(
                self.path, [f"line 1: the column {name!r} appears twice" for name in twice]
            )
        return names

    def __iter__(self):
        start = self.reader.line_num + 1
        while True:
            self.lines.new_record()
            try:
                cells = next(self.reader)
            except StopIteration:
                return
            except (csv.Error, UnicodeDecodeError) as error:
                self.errors.append(self._describe(error, start))
                return  # past a broken record, lines can no longer be told apart
            if cells:  # a blank line is no card
                yield start, cells
            start = self.reader.line_num + 1

    def _describe(self, error: Exception, line: int) -> str:
        if isinstance(error, UnicodeDecodeError):
            line = _first_bad_line(self.path) or line
            return (
                f"line {line}: bytes that are not {ENCODING.upper()} text; save the file "
                f"as {ENCODING.upper()} (CSV UTF-8 in Excel)"
            )
        if "field larger than field limit" in str(error):
            return f"line {line}: a field is longer than {csv.field_size_limit()} characters"
        return f"line {line}: not valid CSV ({error})"


def _first_bad_line(path: Path) -> int | None:
    decoder = codecs.getincrementaldecoder(ENCODING)()
    with path.open("rb") as file:
        for number, raw in enumerate(file, start=1):
            try:
                decoder.decode(raw)
            except UnicodeDecodeError:
                return number
    return None


def _checked_card(line: int, record: dict[str, str]) -> dict[str, Any]:
    """One record's values, each checked and in its stored form (no database needed);
    InvalidInput naming the line and field of the first bad one."""
    try:
        return _QUICK.card(record)
    except Exception:  # something to say: the exact check says it
        return _checked_exactly(line, record)


def _checked_exactly(line: int, record: dict[str, str]) -> dict[str, Any]:
    """_checked_card field by field, each error naming its line and field."""
    values = {name: unguard_formula(value) for name, value in record.items()}

    def check(name: str, clean, *args):
        try:
            return clean(values.get(name, ""), *args)
        except (InvalidInput, ValueError) as error:
            raise InvalidInput(f"line {line}, {name}: {error}") from error

    created = check("created_at", _time, None)
    return {
        "title": check("title", clean_title),
        "stage": check("stage", _stage),
        "board": check("board", _optional_line, "board name", BOARD_NAME_MAX),
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
        "impact_note": check("impact_note", clean_text, "impact note", NOTE_MAX),
        "description": check("description", clean_text, "description"),
        "standard": check("standard", clean_text, "standard"),
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

    def row(self, line: int, card: dict[str, Any]) -> tuple:
        """The card's stored values, in the order of CardInserter's fields (ROW_FIELDS,
        after the id if ids are kept)."""
        if self.fixed_board is not None:
            board = self.fixed_board
        elif card["board"]:
            board = self._board(card["board"])
        else:
            board = self._default_board()
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
        raise ValueError(f"{text!r} is not a whole number of at least {minimum}")
    return int(text)


def _time(text: str, default: int | None) -> int | None:
    text = text.strip()
    if not text:
        return default
    try:
        return to_micros(parse_time(text))
    except ValueError:
        raise ValueError(
            f"{text!r} is not a date and time like 2026-11-23T09:00:00+00:00"
        ) from None
