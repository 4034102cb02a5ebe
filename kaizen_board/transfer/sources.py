"""Any file a team brings, read as one table: a header and its rows.

CSV and TSV (the delimiter found by itself; UTF-8 with or without a byte-order mark,
UTF-16, or an 8-bit encoding the user names), Excel workbooks (Microsoft Planner), the
JSON of Trello, Wekan and Focalboard, and the zip archives of Notion and Focalboard.
A table's header may sit below a few lines of other text (Planner, TickTick): the first
row naming a title column is the header. Which tool wrote it is told by its header
(`tool`), so that cards remember where they came from and a mapping chosen for a
source is offered again.

A JSON board becomes a table too, its columns named by our own fields (title, stage,
...), its stage the name of the card's list; and its cards' moves, where it keeps them,
the table's `history`.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kaizen_board.errors import FileProblem, InvalidInput
from kaizen_board.transfer.aliases import field_of, folded
from kaizen_board.translation import QT_TRANSLATE_NOOP, translate

HEADER_SEARCH = 20  # rows looked through for the header
COLUMNS_MAX = 10_000  # a header wider than this is not a list of cards
SNIFF_CHARACTERS = 64 * 1024
DELIMITERS = (",", ";", "\t")
JSON_MAX = 200 * 1024 * 1024  # bytes of a JSON board read whole
ZIP_MEMBER_MAX = 500 * 1024 * 1024  # bytes of one file inside an archive
XLSX_ROWS_MAX = 2_000_000
# What the first bytes say about the encoding (before any the user names).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

TRANSITIONS = "kanboard-transitions"
# Tools told apart by columns only they write (folded names, all present).
_FINGERPRINTS = (
    ("jira", {"issue key", "summary"}),
    ("jira", {"issue id", "summary"}),
    ("trello", {"card id", "card name"}),
    ("planner", {"task id", "bucket name"}),
    ("asana", {"task id", "section column"}),
    # Kanboard in any of its languages: a swimlane and a position (Wekan has no position).
    ("kanboard", {"swimlane", "position"}),
    ("kanboard", {"carril", "posicion"}),
    ("kanboard", {"スイムレーン", "位置"}),
    ("github", {"title", "url", "repository"}),
    ("github", {"title", "assignees", "status", "repository"}),
    ("wekan", {"swimlane", "requested by"}),
    ("wekan", {"swimlane", "angefordert von"}),
    ("wekan", {"couloir", "demandé par"}),
    ("wekan", {"スイムレーン", "依頼者"}),
    ("jira", {"zusammenfassung", "vorgangsschlüssel"}),
    ("jira", {"résumé", "clé de ticket"}),
    ("jira", {"resumen", "clave de incidencia"}),
    ("jira", {"要約", "課題キー"}),
    ("focalboard", {"title", "created by", "last updated by"}),
    ("kaizen-board", {"id", "board", "title", "stage", "position"}),
    # Kanboard's export of its tasks' moves between columns (its "transitions").
    (TRANSITIONS, {"source column", "destination column"}),
    (TRANSITIONS, {"quellspalte", "zielspalte"}),
    (TRANSITIONS, {"colonne d'origine", "colonne de destination"}),
    (TRANSITIONS, {"columna de origen", "columna destino"}),
    (TRANSITIONS, {"移動元のカラム", "移動先のカラム"}),
)


class SourceProblem(InvalidInput):
    """What is wrong with the file, naming its line (the importer names the file)."""


class Undecodable(SourceProblem):
    """Bytes that are not text in the file's encoding: another encoding may read it."""


class UnsupportedFile(SourceProblem):
    """Not a file of cards this program reads."""


@dataclass
class Move:
    """A card's move in the source's own history: from one list to another, at a time."""

    source_id: str
    from_value: str
    to_value: str
    at: datetime


@dataclass
class Table:
    """A file read as a table.

    Attributes:
        tool: which program wrote it ("trello", "jira", ..., "spreadsheet").
        kind: what it is, for messages ("CSV", "TSV", "Excel workbook", "Trello JSON", ...).
        encoding: the text encoding read (None for a workbook or an archive's JSON).
        source_name: the board or project it holds, where the file says (else None).
        skipped_rows: rows above the header that were skipped.
        history: moves from the source's own history, for the cards' events.
        lines: counts characters read (progress) and caps lines and records, for CSV.
    """

    tool: str
    kind: str
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]
    encoding: str | None = None
    source_name: str | None = None
    skipped_rows: int = 0
    history: list[Move] = field(default_factory=list)
    lines: Any = None
    closer: Any = None
    size: int = 1

    def close(self) -> None:
        if self.closer is not None:
            self.closer.close()

    def characters(self) -> int:
        """How far through the file reading is, in its units (for progress)."""
        return self.size if self.lines is None else self.lines.characters

    def describe(self) -> str:
        """What the file is, for people: "Jira CSV, UTF-8"."""
        text = self.kind
        if self.tool not in ("spreadsheet", "kaizen-board"):
            text = translate("Sources", "{tool} {kind}").format(
                tool=tool_name(self.tool), kind=text
            )
        if self.encoding:
            encoding = _ENCODING_NAMES.get(self.encoding, self.encoding)
            text = translate("Sources", "{kind}, {encoding}").format(kind=text, encoding=encoding)
        return text


TOOL_NAMES = {
    "trello": "Trello",
    "jira": "Jira",
    "kanboard": "Kanboard",
    "wekan": "Wekan",
    "asana": "Asana",
    "notion": "Notion",
    "github": "GitHub Projects",
    "focalboard": "Focalboard",
    "planner": "Microsoft Planner",
    "spreadsheet": QT_TRANSLATE_NOOP("Sources", "a spreadsheet"),
    "kaizen-board": "Kaizen Board",
    TRANSITIONS: QT_TRANSLATE_NOOP("Sources", "Kanboard (its tasks' moves)"),
}
_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16"}


def tool_name(tool: str) -> str:
    """The tool that wrote a file, named for people in their language ("Jira",
    "a spreadsheet"); a tool this does not know by its key."""
    return translate("Sources", TOOL_NAMES[tool]) if tool in TOOL_NAMES else tool


_FOLDED_PRINTS = [(tool, {folded(name) for name in names}) for tool, names in _FINGERPRINTS]


def tool_of(header: list[str]) -> str:
    names = {folded(name) for name in header if name.strip()}
    for tool, needed in _FOLDED_PRINTS:
        if needed <= names:
            return tool
    return "spreadsheet"


def header_index(rows: list[list[str]]) -> int | None:
    """Which of the first rows is the header: the first to name a title column (or to be
    Kanboard's transitions)."""
    for index, row in enumerate(rows):
        if any(field_of(cell) == "title" for cell in row if cell.strip()):
            return index
        if tool_of(row) == TRANSITIONS:
            return index
    return None


def no_title_column(found: list[str], where: str) -> UnsupportedFile:
    """`where` is the line ("line 3") or row ("row 1") of the first row, said to people."""
    names = [repr(cell.strip()) for cell in found if cell.strip()]
    shown = ", ".join(names[:12]) + (", …" if len(names) > 12 else "") or translate(
        "Sources", "nothing"
    )
    return UnsupportedFile(
        translate(
            "Sources",
            "{where}: no title column found (the first row has: {found}); expected a column "
            "named Title, Summary, Name, Card Name, Task name or a translation of one "
            "(タイトル, Titel, Titre, Résumé, Título, ...)",
        ).format(where=where, found=shown)
    )


def open_table(path: Path, encoding: str | None = None, lines_factory=None) -> Table:
    """The file at `path` as a table. FileProblem if it cannot be read; UnsupportedFile
    (naming what was found and what was expected) if it holds no cards this reads.

    `lines_factory(file, path)` wraps a text file's lines (the importer's caps on line and
    record length, and its count of characters read)."""
    _require_regular(path)
    try:
        with path.open("rb") as file:
            start = file.read(8)
    except OSError as error:
        raise FileProblem(
            translate("Sources", "cannot read {path}: {reason}").format(
                path=path, reason=error.strerror
            )
        ) from error
    suffix = path.suffix.casefold()
    if start.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, OSError) as error:
            raise UnsupportedFile(
                translate("Sources", "a damaged zip archive ({error})").format(error=error)
            ) from None
        if any(name.endswith("[Content_Types].xml") for name in names) or suffix == ".xlsx":
            return _workbook(path)
        return _archive(path, encoding, lines_factory)
    if suffix in (".xlsx", ".xlsm"):
        raise UnsupportedFile(
            translate("Sources", "not an Excel workbook that can be read (no zip inside)")
        )
    if suffix == ".json" or _looks_like_json(path):
        return _json_board(path, _read_json(path, encoding))
    return _text_table(path, encoding, lines_factory)


def _require_regular(path: Path) -> None:
    """A pipe nobody writes to would wait forever, a device such as /dev/zero never ends."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise FileProblem(
            translate("Sources", "cannot read {path}: {reason}").format(
                path=path, reason=error.strerror
            )
        ) from error
    if not stat.S_ISREG(mode):
        raise FileProblem(
            translate(
                "Sources",
                "{path} is not a regular file (a pipe, a device or a folder): save the "
                "cards as a file and import that",
            ).format(path=path)
        )


def _looks_like_json(path: Path) -> bool:
    with path.open("rb") as file:
        head = file.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] == b"{" or head[:2] in (b"[{", b"[\n", b"[ ", b"[\r", b"[]")


# ---- text: CSV and TSV -------------------------------------------------------------


def detect_encoding(head: bytes, chosen: str | None) -> str:
    """The encoding to read: a byte-order mark's, else the user's, else UTF-16 if every
    other byte of the start is zero (Excel's "Unicode text" without a mark), else UTF-8."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if chosen:
        try:
            codec = codecs.lookup(chosen)
            if not getattr(codec, "_is_text_encoding", True):
                raise LookupError(chosen)
            return codec.name
        except LookupError:
            raise SourceProblem(
                translate(
                    "Sources",
                    "unknown encoding {encoding}: use one such as utf-8, utf-16 or cp1252",
                ).format(encoding=repr(chosen))
            ) from None
    sample = head[:200]
    if len(sample) >= 4:
        odd_zero = sample[1::2].count(0) >= len(sample[1::2]) * 0.9
        even_zero = sample[0::2].count(0) >= len(sample[0::2]) * 0.9
        if odd_zero and not even_zero:
            return "utf-16-le"
        if even_zero and not odd_zero:
            return "utf-16-be"
    return "utf-8"


def choose_delimiter(sample: str, suffix: str) -> str:
    """The delimiter that finds a header naming a title column with the most rows as
    wide as it; failing that, the one that splits the first rows into the most columns,
    the same number in each (a tab first for .tsv and .tab files)."""
    lines = sample.splitlines()[: HEADER_SEARCH + 5]
    best, best_score = ("\t" if suffix in (".tsv", ".tab") else ","), (0, 0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = [row for row in csv.reader(lines, delimiter=delimiter) if row]
        except csv.Error:
            continue
        if not rows:
            continue
        index = header_index(rows)
        if index is not None:
            width = len(rows[index])
            alike = sum(len(row) == width for row in rows[index + 1 :])
            score = (1, alike, width)
        else:
            widths = [len(row) for row in rows]
            widest = max(widths)
            score = (0, widths.count(widest), widest) if widest > 1 else (0, 0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _text_table(path: Path, encoding: str | None, lines_factory) -> Table:
    with path.open("rb") as file:
        head = file.read(SNIFF_CHARACTERS)
    name = detect_encoding(head, encoding)
    text = path.open(encoding=name, newline="", errors="strict")
    try:
        sample = text.read(SNIFF_CHARACTERS)
    except UnicodeDecodeError:
        text.close()
        raise undecodable(name, first_bad_line(path, name)) from None
    text.seek(0)
    suffix = path.suffix.casefold()
    delimiter = choose_delimiter(sample, suffix)
    kind = "TSV" if delimiter == "\t" else "CSV"
    table = _table_from_text(path, text, name, delimiter, kind, lines_factory)
    table.size = path.stat().st_size // (2 if name.startswith("utf-16") else 1)
    return table


def _table_from_text(
    path, text, encoding, delimiter, kind, lines_factory, first_is_title=False
) -> Table:
    """The table a text holds: its header the first of its first rows to name a title
    column (`first_is_title`: else the first row, its first column the title). The text
    is closed if it holds none."""
    try:
        lines = lines_factory(text, path) if lines_factory else _Lines(text)
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        first, line_of = _first_rows(reader, lines, path, encoding)
        index = header_index(first)
        if index is None and first_is_title:
            index = 0
            first[0] = ["title", *first[0][1:]]
        if index is None:
            where = translate("Sources", "line {line}").format(line=line_of[0])
            raise no_title_column(first[0], where)
    except BaseException:
        text.close()
        raise

    def rows() -> Iterator[tuple[int, list[str]]]:
        # The rows already read, then the rest as they come (one record in memory).
        start = line_of[index] + 1
        for row, line in zip(first[index + 1 :], line_of[index + 1 :], strict=True):
            yield start, row
            start = line + 1
        yield from _rest(reader, lines, start, path, encoding)

    return Table(
        tool_of(first[index]),
        kind,
        first[index],
        rows(),
        encoding=encoding,
        skipped_rows=index,
        lines=lines,
        closer=text,
    )


def _first_rows(reader, lines, path: Path, encoding: str) -> tuple[list[list[str]], list[int]]:
    """The first HEADER_SEARCH rows with a value, and the line each ends on."""
    first: list[list[str]] = []
    line_of: list[int] = []
    try:
        while len(first) < HEADER_SEARCH:
            lines.new_record()
            row = next(reader, None)
            if row is None:
                break
            if len(row) > COLUMNS_MAX:
                raise SourceProblem(
                    translate(
                        "Sources",
                        "line {line}: the header has {columns} columns; at most {limit} fit",
                    ).format(
                        line=reader.line_num, columns=f"{len(row):,}", limit=f"{COLUMNS_MAX:,}"
                    )
                )
            if any(cell.strip() for cell in row):
                first.append(row)
                line_of.append(reader.line_num)
    except UnicodeDecodeError:
        raise undecodable(encoding, first_bad_line(path, encoding)) from None
    except csv.Error as error:
        raise csv_problem(error, reader.line_num) from None
    if not first:
        raise UnsupportedFile(
            translate(
                "Sources",
                "line 1: the file is empty: the first line must be a header with at "
                "least a title column",
            )
        )
    return first, line_of


def _rest(reader, lines, start: int, path: Path, encoding: str):
    while True:
        lines.new_record()
        try:
            cells = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            raise undecodable(encoding, first_bad_line(path, encoding) or start) from None
        except csv.Error as error:
            raise csv_problem(error, start) from None
        if any(cell.strip() for cell in cells):  # a blank line (or row of empty cells) is no card
            yield start, cells
        start = reader.line_num + 1


def csv_problem(error: csv.Error, line: int) -> SourceProblem:
    if "field larger than field limit" in str(error):
        limit = csv.field_size_limit()
        return SourceProblem(
            translate("Sources", "line {line}: a field is longer than {limit} characters").format(
                line=line, limit=f"{limit:,}"
            )
        )
    return SourceProblem(
        translate("Sources", "line {line}: not valid CSV ({error})").format(line=line, error=error)
    )


class _Lines:
    """A text file's lines, counting the characters read (the importer's own, _CappedLines,
    also caps a record's length from `new_record` on)."""

    def __init__(self, file) -> None:
        self.file = file
        self.characters = 0

    def new_record(self) -> None:
        pass

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.file.readline()
        if not line:
            raise StopIteration
        self.characters += len(line)
        return line


def undecodable(encoding: str, line: int | None, inner: str = "") -> SourceProblem:
    shown = _ENCODING_NAMES.get(encoding, encoding)
    text = translate("Sources", "bytes that are not {encoding} text").format(encoding=shown)
    if encoding.startswith("utf"):
        text = translate(
            "Sources",
            "{problem}; if a spreadsheet saved it in another encoding (German or French Excel "
            "save cp1252), import it again naming that one: --encoding cp1252 on the command "
            "line, or the encoding in the import preview",
        ).format(problem=text)
    if line:
        text = translate("Sources", "line {line}: {problem}").format(line=line, problem=text)
    if inner:
        text = translate("Sources", "{file}, {problem}").format(file=inner, problem=text)
    return Undecodable(text)


def first_bad_line(path: Path, encoding: str) -> int | None:
    if encoding.startswith("utf-16"):
        return None  # lines are not bytes apart there
    decoder = codecs.getincrementaldecoder(encoding)()
    with path.open("rb") as file:
        for number, raw in enumerate(file, start=1):
            try:
                decoder.decode(raw)
            except UnicodeDecodeError:
                return number
    return None


# ---- Excel workbooks ---------------------------------------------------------------


def _workbook(path: Path) -> Table:
    """The first sheet with a title column, of an Excel workbook (Microsoft Planner's
    export has its plan's name and date on the rows above the header)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl says a broken workbook many ways
        raise UnsupportedFile(
            translate("Sources", "not an Excel workbook that can be read ({error})").format(
                error=error
            )
        ) from None
    try:
        first_seen: list[str] = []
        for sheet in book.worksheets:
            rows = sheet.iter_rows(values_only=True)
            top: list[list[str]] = []
            for row in rows:
                top.append([_cell_text(value) for value in row])
                if len(top) >= HEADER_SEARCH:
                    break
            if any(len(row) > COLUMNS_MAX for row in top):
                raise SourceProblem(
                    translate("Sources", "a row of {sheet} has more than {limit} cells").format(
                        sheet=repr(sheet.title), limit=f"{COLUMNS_MAX:,}"
                    )
                )
            if not first_seen and top:
                first_seen = next((row for row in top if any(row)), [])
            index = header_index(top)
            if index is None:
                continue
            header = top[index]
            kind = translate("Sources", "Excel workbook")
            table = Table(tool_of(header), kind, header, _sheet_rows(top, index, rows, book))
            table.closer = book
            table.skipped_rows = index
            table.size = sheet.max_row or 1
            return table
    except SourceProblem:
        book.close()
        raise
    except Exception as error:  # a sheet's XML broken: openpyxl says so many ways
        book.close()
        raise UnsupportedFile(_damaged_workbook(error)) from None
    book.close()
    raise no_title_column(first_seen, translate("Sources", "row {row}").format(row=1))


def _damaged_workbook(error: Exception) -> str:
    return translate("Sources", "a damaged Excel workbook ({kind}: {error})").format(
        kind=type(error).__name__, error=error
    )


def _sheet_rows(top, index, rest, book) -> Iterator[tuple[int, list[str]]]:
    try:
        yield from _sheet_rows_of(top, index, rest)
    except SourceProblem:
        raise
    except Exception as error:  # the rest of a sheet's XML broken
        raise SourceProblem(_damaged_workbook(error)) from None


def _sheet_rows_of(top, index, rest) -> Iterator[tuple[int, list[str]]]:
    number = index + 1
    for row in top[index + 1 :]:
        number += 1
        if any(cell.strip() for cell in row):
            yield number, row
    for values in rest:
        number += 1
        if number > XLSX_ROWS_MAX:
            raise SourceProblem(
                translate("Sources", "row {row}: more than {limit} rows: not a plan").format(
                    row=number, limit=f"{XLSX_ROWS_MAX:,}"
                )
            )
        row = [_cell_text(value) for value in values]
        if any(cell.strip() for cell in row):
            yield number, row


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ---- archives: Notion's export, Focalboard's .boardarchive -------------------------


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """One file of an archive, at most `limit` bytes whatever its header claims;
    UnsupportedFile if the archive is damaged, encrypted or compressed in a way unknown."""
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, zlib.error, EOFError,
            ValueError, OSError) as error:  # fmt: skip
        raise UnsupportedFile(
            translate("Sources", "a damaged zip archive ({file}: {error})").format(
                file=info.filename, error=error
            )
        ) from None
    if len(data) > limit:
        raise UnsupportedFile(_too_large(info.filename, limit))
    return data


def _too_large(name: str, limit: int) -> str:
    return translate("Sources", "{file} is larger than {limit} bytes").format(
        file=name, limit=f"{limit:,}"
    )


def _archive(path: Path, encoding: str | None, lines_factory, file=None, depth=0) -> Table:
    try:
        archive = zipfile.ZipFile(file or path)
    except zipfile.BadZipFile as error:
        raise UnsupportedFile(
            translate("Sources", "a damaged zip archive ({error})").format(error=error)
        ) from None
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        jsonl = [info for info in members if info.filename.endswith(".jsonl")]
        if jsonl:
            return _json_board(path, _focalboard_lines(archive, jsonl[0], path))
        tables = [
            info
            for info in members
            if info.filename.casefold().endswith((".csv", ".tsv"))
            and not info.filename.startswith("__MACOSX")
        ]
        inner_zips = [info for info in members if info.filename.casefold().endswith(".zip")]
        if not tables and inner_zips and depth == 0:
            # Notion's export of a whole workspace is a zip of zips ("...-Part-1.zip").
            if inner_zips[0].file_size > ZIP_MEMBER_MAX:
                raise UnsupportedFile(
                    translate("Sources", "{file} is too large").format(file=inner_zips[0].filename)
                )
            nested = io.BytesIO(_read_member(archive, inner_zips[0], ZIP_MEMBER_MAX))
            return _archive(path, encoding, lines_factory, nested, depth=1)
        if not tables:
            found = ", ".join(info.filename for info in members[:8]) or translate(
                "Sources", "nothing"
            )
            raise UnsupportedFile(
                translate(
                    "Sources",
                    "a zip archive without a table of cards (it holds {found}); "
                    "expected Notion's export (a CSV inside) or Focalboard's .boardarchive",
                ).format(found=found)
            )
        # Notion writes each database twice: the view as shown, and "_all" with every row.
        chosen = next((info for info in tables if "_all." in info.filename), tables[0])
        if chosen.file_size > ZIP_MEMBER_MAX:
            raise UnsupportedFile(_too_large(chosen.filename, ZIP_MEMBER_MAX))
        data = _read_member(archive, chosen, ZIP_MEMBER_MAX)
    inner = Path(chosen.filename)
    name = detect_encoding(data[:SNIFF_CHARACTERS], encoding)
    try:
        text_value = data.decode(name)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise undecodable(name, line, inner.name) from None
    text = io.StringIO(text_value.removeprefix("\ufeff"), newline="")
    delimiter = choose_delimiter(text_value[:SNIFF_CHARACTERS], inner.suffix.casefold())
    # A Notion database's first column is its title, whatever it is called.
    table = _table_from_text(path, text, name, delimiter, "CSV", lines_factory, first_is_title=True)
    table.size = len(text_value)
    if table.tool == "spreadsheet":
        table.tool = "notion"
    table.kind = translate("Sources", "CSV in a zip archive ({file})").format(file=inner.name)
    table.source_name = _notion_name(inner.stem)
    return table


def _notion_name(stem: str) -> str:
    """Notion names a database's file "Name 32-hex-digit-id" (and "_all")."""
    stem = stem.removesuffix("_all")
    head, _, tail = stem.rpartition(" ")
    return head if head and len(tail) == 32 and all(c in "0123456789abcdef" for c in tail) else stem


def _focalboard_lines(archive: zipfile.ZipFile, info, path: Path) -> dict:
    if info.file_size > JSON_MAX:
        raise UnsupportedFile(_too_large(info.filename, JSON_MAX))
    blocks = []
    board = None
    for number, raw in enumerate(_read_member(archive, info, JSON_MAX).splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
        except ValueError as error:
            raise SourceProblem(
                translate("Sources", "{file}, line {line}: not JSON ({error})").format(
                    file=info.filename, line=number, error=error
                )
            ) from None
        kind = item.get("type") if isinstance(item, dict) else None
        data = item.get("data") if isinstance(item, dict) else None
        if kind == "board" and isinstance(data, dict):
            board = data
        elif kind == "block" and isinstance(data, dict):
            blocks.append(data)
    return {"__focalboard__": True, "board": board, "blocks": blocks}


# ---- JSON boards: Trello, Wekan, Focalboard ----------------------------------------

JSON_COLUMNS = [
    "id",
    "title",
    "description",
    "stage",
    "owner",
    "submitted_by",
    "tags",
    "created_at",
    "archived_at",
]


def _read_json(path: Path, encoding: str | None) -> Any:
    if path.stat().st_size > JSON_MAX:
        raise UnsupportedFile(
            translate("Sources", "a JSON file larger than {limit} bytes").format(
                limit=f"{JSON_MAX:,}"
            )
        )
    data = path.read_bytes()
    name = detect_encoding(data[:SNIFF_CHARACTERS], encoding)
    try:
        text = data.decode(name).removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise undecodable(name, data[: error.start].count(b"\n") + 1) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise SourceProblem(
            translate("Sources", "line {line}: not valid JSON ({error})").format(
                line=error.lineno, error=error.msg
            )
        ) from None
    except ValueError as error:  # a number too long to be one, say
        raise SourceProblem(
            translate("Sources", "not valid JSON ({error})").format(error=error)
        ) from None
    except RecursionError:
        raise UnsupportedFile(
            translate("Sources", "JSON nested deeper than any board: not a board")
        ) from None


def _json_board(path: Path, data: Any) -> Table:
    if isinstance(data, dict) and data.get("__focalboard__"):
        return _focalboard(path, data.get("board"), data.get("blocks") or [])
    if isinstance(data, dict) and isinstance(data.get("blocks"), list):
        board = next(
            (b for b in data["blocks"] if isinstance(b, dict) and b.get("type") == "board"), None
        )
        return _focalboard(path, board, data["blocks"])
    if isinstance(data, dict) and isinstance(data.get("cards"), list):
        cards = data["cards"]
        trello = any(isinstance(card, dict) and "idList" in card for card in cards)
        if (trello or not cards) and "swimlanes" not in data:
            return _trello(path, data)
        return _wekan(path, data)
    shown = (
        translate("Sources", "keys {keys}").format(keys=", ".join(list(map(str, data))[:8]))
        if isinstance(data, dict)
        else type(data).__name__
    )
    raise UnsupportedFile(
        translate(
            "Sources",
            "JSON, but not a board this reads (it has {found}); expected Trello's or "
            "Wekan's board export (with lists and cards) or Focalboard's archive",
        ).format(found=shown)
    )


def _dicts(value: Any) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _key(value: Any) -> str | int | None:
    """An id as a dictionary key (a file may hold a list or an object where one belongs)."""
    return value if isinstance(value, str | int) else None


def _list(value: Any) -> list:
    """A list of ids, hashable ones only (a file may hold anything where one is meant)."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, str | int)]


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _json_table(path: Path, tool: str, kind: str, rows: list[list[str]], name: Any) -> Table:
    numbered = iter([(number, row) for number, row in enumerate(rows, start=1)])
    table = Table(tool, kind, list(JSON_COLUMNS), numbered, source_name=_text(name) or None)
    table.size = max(len(rows), 1)
    return table


def _object_id_time(identifier: str) -> str:
    """Trello's ids are MongoDB ObjectIds: their first 8 hex digits are the creation time."""
    try:
        return datetime.fromtimestamp(int(identifier[:8], 16), UTC).isoformat()
    except ValueError:
        return ""


def _trello(path: Path, data: dict) -> Table:
    lists = {_key(item.get("id")): item for item in _dicts(data.get("lists"))}
    members = {
        _key(item.get("id")): _text(item.get("fullName") or item.get("username"))
        for item in _dicts(data.get("members"))
    }
    labels = {
        _key(item.get("id")): _text(item.get("name") or item.get("color"))
        for item in _dicts(data.get("labels"))
    }
    created_by: dict[str, str] = {}
    created_at: dict[str, str] = {}
    moves: list[Move] = []
    for action in _dicts(data.get("actions")):
        detail = action.get("data") if isinstance(action.get("data"), dict) else {}
        card = detail.get("card") if isinstance(detail.get("card"), dict) else {}
        card_id = _text(card.get("id"))
        creator = (
            action.get("memberCreator") if isinstance(action.get("memberCreator"), dict) else {}
        )
        who = _text(creator.get("fullName") or creator.get("username"))
        if action.get("type") in ("createCard", "copyCard", "convertToCardFromCheckItem"):
            created_by[card_id] = who
            created_at[card_id] = _text(action.get("date"))
        elif action.get("type") == "updateCard":
            before, after = detail.get("listBefore"), detail.get("listAfter")
            when = _when(action.get("date"))
            if isinstance(before, dict) and isinstance(after, dict) and when is not None:
                moves.append(
                    Move(card_id, _text(before.get("name")), _text(after.get("name")), when)
                )
    rows = []
    for card in _dicts(data.get("cards")):
        card_id = _text(card.get("id"))
        the_list = lists.get(_key(card.get("idList")), {})
        closed = bool(card.get("closed")) or bool(the_list.get("closed"))
        names = [labels.get(label) or "" for label in _list(card.get("idLabels"))]
        if not any(names):
            names = [
                _text(label.get("name") or label.get("color"))
                for label in _dicts(card.get("labels"))
            ]
        owners = [members.get(member, "") for member in _list(card.get("idMembers"))]
        rows.append(
            [
                card_id,
                _text(card.get("name")),
                _text(card.get("desc")),
                _text(the_list.get("name")),
                ", ".join(owner for owner in owners if owner),
                created_by.get(card_id, ""),
                ", ".join(name for name in names if name),
                created_at.get(card_id) or _object_id_time(card_id),
                (_text(card.get("dateLastActivity")) or "true") if closed else "",
            ]
        )
    kind = translate("Sources", "board JSON")
    table = _json_table(path, "trello", kind, rows, data.get("name"))
    table.history = moves  # in the file's order, newest first
    return table


def _when(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(_text(value).replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return None


def _wekan(path: Path, data: dict) -> Table:
    lists = {_key(item.get("_id")): item for item in _dicts(data.get("lists"))}
    users = {}
    for user in _dicts(data.get("users")) + _dicts(data.get("members")):
        profile = user.get("profile") if isinstance(user.get("profile"), dict) else {}
        name = _text(profile.get("fullname") or user.get("username"))
        if name:
            users[_key(user.get("_id") or user.get("userId"))] = name
    labels = {
        _key(item.get("_id")): _text(item.get("name") or item.get("color"))
        for item in _dicts(data.get("labels"))
    }
    rows = []
    for card in _dicts(data.get("cards")):
        the_list = lists.get(_key(card.get("listId")), {})
        closed = bool(card.get("archived")) or bool(the_list.get("archived"))
        owners = [
            users.get(member, "") for member in _list(card.get("assignees") or card.get("members"))
        ]
        names = [labels.get(label, "") for label in _list(card.get("labelIds"))]
        rows.append(
            [
                _text(card.get("_id")),
                _text(card.get("title")),
                _text(card.get("description")),
                _text(the_list.get("title")),
                ", ".join(owner for owner in owners if owner),
                users.get(_key(card.get("userId")), ""),
                ", ".join(name for name in names if name),
                _text(card.get("createdAt")),
                (
                    _text(
                        card.get("archivedAt")
                        or card.get("modifiedAt")
                        or card.get("dateLastActivity")
                    )
                    or "true"
                )
                if closed
                else "",
            ]
        )
    return _json_table(path, "wekan", translate("Sources", "board JSON"), rows, data.get("title"))


def _milliseconds(value: Any) -> str:
    try:
        return datetime.fromtimestamp(value / 1000, UTC).isoformat()
    except (TypeError, ValueError, OverflowError, OSError):
        return ""


def _focalboard(path: Path, board: Any, blocks: list) -> Table:
    board = board if isinstance(board, dict) else {}
    fields = board.get("fields") if isinstance(board.get("fields"), dict) else {}
    properties = _dicts(board.get("cardProperties") or fields.get("cardProperties"))
    selects = [prop for prop in properties if prop.get("type") == "select"]
    status = next(
        (prop for prop in selects if field_of(_text(prop.get("name"))) == "stage"),
        selects[0] if selects else None,
    )
    options = {}
    if status is not None:
        options = {
            _key(option.get("id")): _text(option.get("value"))
            for option in _dicts(status.get("options"))
        }
    people = [
        prop.get("id") for prop in properties if prop.get("type") in ("person", "multiPerson")
    ]
    tag_props = [prop for prop in properties if prop.get("type") == "multiSelect"]
    tag_names = {
        _key(option.get("id")): _text(option.get("value"))
        for prop in tag_props
        for option in _dicts(prop.get("options"))
    }
    texts: dict[str, list[str]] = {}
    for block in _dicts(blocks):
        if block.get("type") == "text":
            texts.setdefault(_text(block.get("parentId")), []).append(_text(block.get("title")))
    rows = []
    for block in _dicts(blocks):
        if block.get("type") != "card" or block.get("deleteAt"):
            continue
        values = _dict(_dict(block.get("fields")).get("properties"))
        stage = options.get(_key(values.get(_key(status.get("id"))))) if status else ""
        owners = []
        for prop in people:
            value = values.get(_key(prop))
            owners += value if isinstance(value, list) else [value] if value else []
        tags = []
        for prop in tag_props:
            value = values.get(_key(prop.get("id")))
            tags += [
                tag_names.get(_key(item), "")
                for item in (value if isinstance(value, list) else [value] if value else [])
            ]
        created = block.get("createAt")
        rows.append(
            [
                _text(block.get("id")),
                _text(block.get("title")),
                "\n\n".join(texts.get(_text(block.get("id")), [])),
                stage or "",
                ", ".join(_text(owner) for owner in owners if owner),
                _text(block.get("createdBy")),
                ", ".join(tag for tag in tags if tag),
                _milliseconds(created) if isinstance(created, int | float) else "",
                "",
            ]
        )
    kind = translate("Sources", "board archive")
    return _json_table(path, "focalboard", kind, rows, board.get("title"))
