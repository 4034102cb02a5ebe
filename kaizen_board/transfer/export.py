"""Writing a board (and its history) to CSV, streaming: memory does not grow with it.

The rows leave the database ready to write (formula guards and times done in SQL,
each column read in index order), so export runs at the speed of the database and
the csv module, not of Python code per row.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from peewee import JOIN, Value, fn

from kaizen_board.errors import FileProblem, KaizenError
from kaizen_board.files import write_atomically
from kaizen_board.ops.queries import stage_order
from kaizen_board.ops.ranks import live_in_stage
from kaizen_board.stages import STAGES
from kaizen_board.store import Store
from kaizen_board.store.models import Board, Card, Event, Member
from kaizen_board.transfer.csv_format import (
    BOARD_COLUMNS,
    BOM,
    HISTORY_COLUMNS,
    guard_formula_sql,
)
from kaizen_board.translation import translate

# Called every PROGRESS_EVERY rows with (rows written, rows in all); False cancels.
Progress = Callable[[int, int], bool]
PROGRESS_EVERY = 2_000


class ExportCancelled(KaizenError):
    """The user cancelled an export; no file was written or replaced."""


def _text(column, store: Store):
    return guard_formula_sql(store, fn.COALESCE(column, ""))


def _card_queries(store: Store, board_id: int):
    """One query per stage for the live cards (in the order of their index), then one
    for the archived cards: in all, every card of the board in board order."""
    owner, submitter = Member.alias("owner"), Member.alias("submitter")
    when = store.engine.format_time
    text = lambda column: _text(column, store)  # noqa: E731

    def select(position):
        return (
            Card.select(
                Card.id,
                text(Board.name),
                text(Card.title),
                Card.stage,
                position,
                Card.lap,
                text(owner.name),
                text(submitter.name),
                text(Card.tags),
                fn.COALESCE(Card.impact_category, ""),
                text(Card.impact_note),
                when(Card.created_at),
                when(Card.entered_stage_at),
                Card.improvements,
                when(Card.archived_at),
                text(Card.description),
                text(Card.standard),
            )
            .join(Board, on=(Card.board == Board.id))
            .join_from(Card, owner, JOIN.LEFT_OUTER, on=(Card.owner == owner.id))
            .join_from(Card, submitter, JOIN.LEFT_OUTER, on=(Card.submitted_by == submitter.id))
        )

    for stage in STAGES:
        live = (
            select(Value(None)).where(live_in_stage(board_id, stage)).order_by(Card.rank, Card.id)
        )
        yield live, True
    archived = (
        select(Value(""))
        .where((Card.board == board_id) & Card.archived_at.is_null(False))
        .order_by(stage_order(), Card.rank, Card.id)
    )
    yield archived, False


def export_board(
    store: Store,
    board_id: int,
    path: str | os.PathLike[str],
    *,
    excel: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write every card of the board, archived ones too, in board order, as they are at one
    moment (a move made meanwhile is in the file entirely or not at all). Returns the count."""
    store.refuse_overwriting(path)
    with store.snapshot():
        total = Card.select().where(Card.board == board_id).count()
        queries = list(_card_queries(store, board_id))
        return _write(store, path, BOARD_COLUMNS, queries, total, excel, progress)


def export_history(
    store: Store,
    board_id: int,
    path: str | os.PathLike[str],
    *,
    excel: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write every event of the board, oldest first, as they are at one moment. Returns the
    count."""
    store.refuse_overwriting(path)
    with store.snapshot():
        total = Event.select().where(Event.board == board_id).count()
        query = (
            Event.select(
                Event.card_id,
                Event.kind,
                fn.COALESCE(Event.from_stage, ""),
                fn.COALESCE(Event.to_stage, ""),
                store.engine.format_time(Event.at),
                _text(Member.name, store),
                Event.lap,
            )
            .join(Member, JOIN.LEFT_OUTER, on=(Event.member == Member.id))
            .where(Event.board == board_id)
            .order_by(Event.id)
        )
        return _write(store, path, HISTORY_COLUMNS, [(query, False)], total, excel, progress)


def export_with_history(
    store: Store,
    board_id: int,
    path: str | os.PathLike[str],
    history: str | os.PathLike[str],
    *,
    excel: bool = False,
) -> tuple[int, int]:
    """Write the board's cards to `path` and its events to `history`, both as they are at
    one moment; returns the counts (cards, events).

    Both outputs are checked before either is written (see `check_outputs`), so a bad
    second one never leaves the first written and then "nothing was written" said.
    """
    check_outputs(store, path, history)
    with store.snapshot():
        cards = export_board(store, board_id, path, excel=excel)
        events = export_history(store, board_id, history, excel=excel)
    return cards, events


def check_outputs(store: Store, *paths: str | os.PathLike[str]) -> None:
    """FileProblem if any of the files an export is about to write would replace the
    database, its log, its lock or a backup, or two of them are one file; nothing is
    written either way."""
    for path in paths:
        store.refuse_overwriting(path)
    for number, path in enumerate(paths):
        for other in paths[number + 1 :]:
            if _one_file(Path(path), Path(other)):
                raise FileProblem(
                    translate(
                        "Export",
                        "{path} and {other} are one file: the second would replace the first. "
                        "Name two files; nothing was written",
                    ).format(path=path, other=other)
                )


def _one_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist yet: compare where they would be
        return first.resolve() == second.resolve()


class _Rows:
    """A query's rows, a page at a time, passed on one by one as the writer takes them;
    a live card's position (column 4, its place among its stage's rows) filled in.

    No row is kept once written, so the garbage collector finds next to nothing to walk:
    holding pages of rows cost an export of 1,000,000 cards 0.25-0.4 s of collections
    (more the more the program has loaded), as much as numbering them.
    """

    def __init__(self, cursor, *, numbered: bool) -> None:
        self.cursor = cursor
        self.numbered = numbered
        self.count = 0

    def page(self, size: int) -> Iterator[Sequence]:
        count = self.count
        if self.numbered:
            for row in islice(self.cursor, size):
                row = list(row)  # the cheapest way to change one field (0.1 µs a row)
                row[4] = count
                count += 1
                yield row
        else:
            for row in islice(self.cursor, size):
                count += 1
                yield row
        self.count = count


def _write(store, path, header, queries, total, excel, progress) -> int:
    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8", newline="") as file:
            if excel:
                file.write(BOM)  # Excel reads UTF-8 only when the file says so
            writer = csv.writer(file, lineterminator="\r\n")
            writer.writerow(header)
            done = 0
            for query, numbered in queries:
                rows = _Rows(store.engine.stream(store.database, query), numbered=numbered)
                while True:
                    before = rows.count
                    writer.writerows(rows.page(PROGRESS_EVERY))
                    if rows.count == before:
                        break
                    done += rows.count - before
                    if progress is not None and not progress(done, total):
                        raise ExportCancelled(
                            translate("Export", "the export was cancelled; no file was written")
                        )

    write_atomically(path, write)
    return total
