"""CSV export and import: exact round trips, other tools' lists, Excel, and bad files."""

from __future__ import annotations

import csv
import tempfile
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kaizen_board import ops
from kaizen_board.errors import FileProblem
from kaizen_board.ops.fields import TITLE_MAX
from kaizen_board.stages import STAGES, Stage
from kaizen_board.store import open_store
from kaizen_board.store.models import Event
from kaizen_board.transfer.csv_format import (
    BOARD_COLUMNS,
    guard_formula,
    guard_formula_sql,
    unguard_formula,
)
from kaizen_board.transfer.export import ExportCancelled, export_board, export_history
from kaizen_board.transfer.importer import ImportFailed, import_board
from tests.helpers import add_cards_in_bulk, dump, memory_store

TRICKY = [
    "=SUM(A1:A9)",
    "+1",
    "-2",
    "@cmd",
    "'=x",
    "'",
    "''",
    "'Tis",
    "\tindent",
    "a,b",
    'say "hi"',
    "",
    " ",
]
# Text a card can hold: no control characters but line breaks and tabs.
free_text = st.text(
    st.one_of(st.characters(blacklist_categories=("Cc", "Cs")), st.sampled_from("\n\r\t,\"'")),
    max_size=60,
)
texts = st.one_of(
    free_text, st.sampled_from(TRICKY), st.builds(str.__add__, st.sampled_from(TRICKY), free_text)
)
titles = texts.map(lambda text: " ".join(text.split())[:TITLE_MAX]).filter(bool)


MEMORY = memory_store()  # one in-memory database for the examples that only ask it SQL


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


@pytest.mark.slow
@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cards=st.lists(
        st.tuples(titles, texts, texts, st.sampled_from(STAGES), st.booleans()),
        min_size=1,
        max_size=6,
    )
)
def test_export_import_export_is_byte_identical(cards):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        first = memory_store(member_name="Aiko")
        board = ops.default_board(first)
        for title, description, standard, stage, archived in cards:
            card = ops.add_card(
                first,
                board.id,
                title,
                stage=stage,
                description=description,
                standard=standard,
                owner="Kenji",
                tags="5S, =risk",
            ).card_id
            if archived:
                ops.archive_card(first, card)
        export_board(first, board.id, folder / "a.csv")
        second = memory_store(member_name="Priya")
        summary = import_board(second, folder / "a.csv")
        assert summary.added == len(cards)
        assert summary.kept_ids
        export_board(second, ops.default_board(second).id, folder / "b.csv")
        assert (folder / "b.csv").read_bytes() == (folder / "a.csv").read_bytes()
        for line in ops.list_cards(first, board.id):
            mine, theirs = ops.card_details(first, line.id), ops.card_details(second, line.id)
            for name in ("title", "description", "standard", "stage", "position", "owner"):
                assert theirs[name] == mine[name]
        first.close()
        second.close()


def test_the_export_has_the_documented_columns_and_neutralised_formulas(store, board, tmp_path):
    ops.add_card(store, board.id, '=HYPERLINK("http://evil")', description="+call", tags="@x")
    archived = ops.add_card(store, board.id, "Old").card_id
    ops.archive_card(store, archived)
    export_board(store, board.id, tmp_path / "board.csv")
    raw = (tmp_path / "board.csv").read_bytes()
    assert raw.startswith(b"id,board,title,stage,position")
    assert b"\r\n" in raw
    rows = read_rows(tmp_path / "board.csv")
    assert list(rows[0]) == list(BOARD_COLUMNS)
    assert rows[0]["title"] == '\'=HYPERLINK("http://evil")'
    assert rows[0]["description"] == "'+call"
    assert rows[0]["tags"] == "'@x"
    assert rows[0]["created_at"] == "2026-11-23T09:00:00+00:00"
    assert (rows[0]["position"], rows[0]["archived_at"]) == ("0", "")
    assert (rows[1]["title"], rows[1]["position"]) == ("Old", "")
    assert rows[1]["archived_at"] == "2026-11-23T09:00:00+00:00"


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(texts, st.text()))
def test_the_formula_guard_is_undone_exactly_and_sql_agrees_with_python(text):
    assert unguard_formula(guard_formula(text)) == text
    assert guard_formula(text)[:1] not in set("=+-@\t\r")
    from peewee import Select, Value

    query = Select(columns=[guard_formula_sql(MEMORY, Value(text))]).bind(MEMORY.database)
    assert query.scalar() == guard_formula(text)


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_cell_a_spreadsheet_would_run_is_guarded_in_python_and_in_sql(store, start):
    text = f"{start}HYPERLINK(evil)"
    from peewee import Select, Value

    in_sql = Select(columns=[guard_formula_sql(store, Value(text))])
    assert guard_formula(text) == "'" + text
    assert in_sql.bind(store.database).scalar() == "'" + text


def test_an_imported_files_name_with_quotes_is_kept_in_the_history(store, board, tmp_path):
    path = tmp_path / 'the "best" ideas.csv'
    path.write_text("title\nShadow board\n", encoding="utf-8")
    import_board(store, path)
    [card] = ops.list_cards(store, board.id)
    [created] = ops.card_history(store, card.id)
    assert created.detail == {"imported": 'the "best" ideas.csv'}


def test_an_unreadable_detail_written_by_an_earlier_version_is_shown_as_it_is(store, board):
    card_id = ops.add_card(store, board.id, "Old import").card_id
    with store.write():
        Event.update(detail='{"imported": "a "b".csv"}').where(Event.card_id == card_id).execute()
    [created] = ops.card_history(store, card_id)
    assert created.detail == {"text": '{"imported": "a "b".csv"}'}


def test_excel_gets_a_byte_order_mark_and_import_reads_it(store, board, tmp_path, clock):
    ops.add_card(store, board.id, "Größe prüfen, 改善")
    export_board(store, board.id, tmp_path / "excel.csv", excel=True)
    assert (tmp_path / "excel.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    other = open_store(tmp_path / "other.sqlite", clock=clock)
    import_board(other, tmp_path / "excel.csv")
    assert [card.title for card in ops.list_cards(other, 1)] == ["Größe prüfen, 改善"]
    other.close()


def test_history_lists_every_event(store, board, tmp_path):
    card = ops.add_card(store, board.id, "Kit parts", submitted_by="Aiko").card_id
    ops.move_card(store, card, Stage.RESTANDARDIZE)
    assert export_history(store, board.id, tmp_path / "events.csv") == 2
    rows = read_rows(tmp_path / "events.csv")
    assert [(r["kind"], r["from_stage"], r["to_stage"], r["member"]) for r in rows] == [
        ("created", "", "standard", "Tester"),
        ("improved", "standard", "restandardize", "Tester"),
    ]
    assert rows[0]["at"] == "2026-11-23T09:00:00+00:00"


def test_a_simple_list_from_elsewhere_is_imported(store, board, tmp_path):
    ops.add_card(store, board.id, "Already here")
    path = tmp_path / "ideas.csv"
    path.write_text(
        "Title,Stage,Owner,Tags,Colour,Description\n"
        'Shadow board,IMPROVE,Aiko,"5S, visual",red,on line 2\n'
        "Two-bin gloves,meet the standard,,,blue,\n"
        'Spill kit,,,,,"two\nlines"\n',
        encoding="utf-8",
    )
    summary = import_board(store, path)
    assert summary.added == 3
    assert summary.ignored_columns == ["Colour"]
    assert not summary.kept_ids
    assert "Ignored unknown column: Colour" in summary.describe()
    lines = {line.title: line for line in ops.list_cards(store, board.id)}
    assert (lines["Shadow board"].stage, lines["Shadow board"].owner) == (Stage.IMPROVE, "Aiko")
    assert lines["Two-bin gloves"].stage is Stage.MEET
    assert lines["Spill kit"].stage is Stage.STANDARD
    assert [line.title for line in ops.list_cards(store, board.id, Stage.STANDARD)] == [
        "Already here",
        "Spill kit",
    ]
    assert ops.card_details(store, lines["Spill kit"].id)["description"] == "two\nlines"
    assert ops.card_details(store, lines["Shadow board"].id)["tags"] == "5S,visual"
    history = ops.card_history(store, lines["Spill kit"].id)
    assert [event.kind for event in history] == ["created"]


def test_an_import_into_a_board_in_use_appends_in_the_files_order(store, board, tmp_path, clock):
    for title in ("A", "B", "C"):
        ops.add_card(store, board.id, title)
    export_board(store, board.id, tmp_path / "board.csv")
    import_board(store, tmp_path / "board.csv", board_name="Copy")
    copy = ops.find_board(store, "Copy")
    assert [line.title for line in ops.list_cards(store, copy.id)] == ["A", "B", "C"]
    import_board(store, tmp_path / "board.csv")  # into "Kaizen", named in the file
    assert [line.title for line in ops.list_cards(store, board.id)] == ["A", "B", "C"] * 2
    assert len({line.id for line in ops.list_cards(store, board.id)}) == 6


def test_a_dry_run_says_what_would_be_added_and_adds_nothing(store, board, db_path, tmp_path):
    path = tmp_path / "ideas.csv"
    path.write_text("title,stage\nOne,improve\nTwo,\n", encoding="utf-8")
    before = dump(store)
    summary = import_board(store, path, dry_run=True)
    assert summary.describe() == ("Would import 2 cards into 'Kaizen' (Standard 1, Improve 1).")
    assert [row["title"] for row in summary.preview] == ["One", "Two"]
    assert dump(store) == before


BAD_FILES = [
    (b"", "line 1: the file is empty"),
    (b"colour,size\nred,3\n", "line 1: no title column found (the first row has: 'colour'"),
    (b'title\nok\n"two\nlines"\ncaf\xe9\n', "line 5: bytes that are not UTF-8"),
    (b'title\n"' + b"y" * 200_000 + b'"\n', "line 2: a field is longer than"),
    (b'title\n"unclosed\n', "line 2: not valid CSV"),
]
# This program's own export (id, board, title, stage, position) is read back exactly:
# a value that is not what it wrote is an error, not a guess.
OWN_HEADER = b"id,board,title,stage,position,lap,created_at\n1,Kaizen,ok,standard,0,1,\n"
BAD_OWN_FILES = [
    (b"id,board,title,stage,position,Title\n", "line 1: the column 'title' appears twice"),
    (OWN_HEADER + b"2,Kaizen,bad,sideways,1,1,\n", "line 3, stage: unknown stage 'sideways'"),
    (OWN_HEADER + b'2,Kaizen,"",standard,1,1,\n', "line 3, title: the title is empty"),
    (
        OWN_HEADER + b"2,Kaizen,ok,standard,1,1,yesterday\n",
        "line 3, created_at: 'yesterday' is not a date and time like 2026-11-23T09:00:00+00:00",
    ),
    (OWN_HEADER + b"2,Kaizen,ok,standard,1,1,,extra\n", "line 3: 8 fields, but the header has 7"),
    (
        OWN_HEADER + b"2,Kaizen," + b"x" * 201 + b",standard,1,1,\n",
        "line 3, title: the title is 201 characters long",
    ),
    (
        OWN_HEADER + b"2,Kaizen,bin\x00ary,standard,1,1,\n",
        "line 3, title: the title contains a control character (0x00)",
    ),
    (OWN_HEADER + b"2,Kaizen,ok,standard,1,first,\n", "line 3, lap: 'first' is not a whole"),
]


@pytest.mark.parametrize(("content", "message"), BAD_FILES + BAD_OWN_FILES)
def test_a_bad_file_is_refused_whole_naming_the_line(
    store, board, db_path, tmp_path, content, message
):
    ops.add_card(store, board.id, "Already here")
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = dump(store)
    with pytest.raises(ImportFailed, match="nothing was imported") as refused:
        import_board(store, path)
    assert any(message in error for error in refused.value.errors), refused.value.errors
    assert dump(store) == before


ODD_VALUES = [
    (b"title,stage\nok,standard\nodd,sideways\n", "sideways", None),
    (b"title,lap\nok,first\n", "ok", "line 2, lap: 'first' is not a whole number of at least 1"),
    (
        b"title,created_at\nok,yesterday\n",
        "ok",
        "line 2, created: 'yesterday' is no date this importer knows; left out",
    ),
    (b"title\nok\nbin\x00ary\n", "bin ary", "line 3, title: the title contains a control"),
    (b"title\n" + b"x" * 201 + b"\n", "x" * 200, "line 2, title: 201 characters"),
    (b"title\nok\n,\n", "ok", None),
]


@pytest.mark.parametrize(("content", "title", "warning"), ODD_VALUES)
def test_another_tools_odd_value_is_made_to_fit_with_a_warning_not_refused(
    store, board, tmp_path, content, title, warning
):
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    summary = import_board(store, path)
    titles = [line.title for line in ops.list_cards(store, board.id)]
    assert title in titles or title == "sideways"
    if warning is None:
        assert summary.warnings == []
    else:
        assert any(warning in text for text in summary.warnings), summary.warnings


def test_a_missing_file_is_named(store):
    with pytest.raises(FileProblem, match="cannot read /nowhere/board.csv"):
        import_board(store, "/nowhere/board.csv")


def test_a_cancelled_export_leaves_the_old_file(store, board, tmp_path):
    add_cards_in_bulk(store, board.id, ({"title": f"card {n}"} for n in range(5_000)))
    target = tmp_path / "board.csv"
    target.write_text("the old export")
    with pytest.raises(ExportCancelled):
        export_board(store, board.id, target, progress=lambda done, total: done < 2_000)
    assert target.read_text() == "the old export"
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".part")] == []


@pytest.mark.slow
def test_export_streams_its_memory_does_not_grow_with_the_board(store, board, tmp_path):
    def peak_while_exporting(cards: int) -> int:
        add_cards_in_bulk(
            store, board.id, ({"title": f"idea {n}", "description": "x" * 40} for n in range(cards))
        )
        tracemalloc.start()
        try:
            export_board(store, board.id, tmp_path / "board.csv")
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small = peak_while_exporting(10_000)
    large = peak_while_exporting(90_000)  # the board now holds 100,000 cards
    assert len(read_rows(tmp_path / "board.csv")) == 100_000
    assert large < 2 * small, (small, large)


def test_the_csv_module_reads_what_export_writes_even_with_line_breaks(store, board, tmp_path):
    ops.add_card(store, board.id, "Multi", description="one\r\ntwo\nthree\r", standard='a "b"')
    export_board(store, board.id, tmp_path / "board.csv")
    [row] = read_rows(tmp_path / "board.csv")
    assert (row["description"], row["standard"]) == ("one\r\ntwo\nthree\r", 'a "b"')


def test_an_import_keeps_no_ids_where_a_deleted_cards_history_remains(
    store, board, tmp_path, clock
):
    exported = tmp_path / "board.csv"
    source = open_store(tmp_path / "source.sqlite", clock=clock)
    first = ops.add_card(source, ops.default_board(source).id, "From elsewhere").card_id
    export_board(source, ops.default_board(source).id, exported)
    source.close()
    gone = ops.add_card(store, board.id, "Deleted here").card_id
    ops.delete_card(store, gone)
    assert gone == first  # the file's id is one this database's history already knows
    summary = import_board(store, exported)
    assert not summary.kept_ids
    [card] = ops.list_cards(store, board.id)
    assert card.id != gone
    assert [line.kind for line in ops.card_history(store, card.id)] == ["created"]


def test_an_imported_archived_card_has_its_archived_event(store, board, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "title,stage,archived_at\nOld idea,improve,2026-11-20T09:00:00+00:00\nLive,,\n",
        encoding="utf-8",
    )
    import_board(store, path)
    [archived] = ops.list_cards(store, board.id, archived=True)
    history = ops.card_history(store, archived.id)
    assert [(line.kind, line.from_stage) for line in history] == [
        ("created", None),
        ("archived", "improve"),
    ]
    assert history[1].at == datetime(2026, 11, 20, 9, tzinfo=UTC)


@pytest.mark.sqlite_only  # rows go in first on SQLite only (store/bulk_load.py)
def test_an_import_into_a_new_database_is_the_one_written_row_by_row(
    store, board, clock, tmp_path, monkeypatch
):
    """Into a new database the cards go in first and their indexes, text index, counts
    and running totals are made after (store.bulk_load); the result is the same as row
    by row, whatever the file holds (a demo's export: owners, laps, archived cards)."""
    from contextlib import contextmanager

    from kaizen_board.demo import fill_demo
    from kaizen_board.transfer import importer

    fill_demo(store, board.id, cards=400, weeks=6, seed=4)
    source = tmp_path / "demo.csv"
    export_board(store, board.id, source)

    @contextmanager
    def row_by_row(store):
        yield None

    def imported(name: str, rows_first: bool) -> dict[str, list]:
        with monkeypatch.context() as patched:
            if not rows_first:
                patched.setattr(importer, "rows_first", row_by_row)
            target = open_store(tmp_path / name, clock=clock, member_name="Tester")
            assert import_board(target, source).kept_ids
        tables = ("card", "event", "member", "board", "stage_count", "event_tally")
        tables += ("credit_tally", "lead_tally", "sqlite_sequence", "card_text_config")
        database = target.database
        result = {
            table: sorted(database.execute_sql(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in tables
        }
        result["schema"] = database.execute_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
        ).fetchall()
        result["found"] = [
            database.execute_sql(
                "SELECT rowid FROM card_text WHERE card_text MATCH ? ORDER BY 1", (f'"{word}"',)
            ).fetchall()
            for word in ("shadow", "changeover", "line 2", "ERP", "nothing like it")
        ]
        result["columns"] = [
            [card.id for card in ops.list_cards(target, 1, stage)] for stage in Stage
        ]
        target.close()
        return result

    fast, slow = imported("fast.sqlite", True), imported("slow.sqlite", False)
    for what in slow:
        assert fast[what] == slow[what], what
    assert len(fast["card"]) == 400
    assert len(fast["event"]) > 400, "each card's created event, and the archived ones'"
    assert all(fast["found"][:-1])


def test_an_import_says_how_far_it_is_and_a_cancel_stores_nothing(store, board, tmp_path):
    from kaizen_board.transfer.importer import ImportCancelled

    path = tmp_path / "ideas.csv"
    path.write_text("title\n" + "".join(f"Idea {n}\n" for n in range(25_000)))
    told = []
    import_board(store, path, progress=lambda done, total: told.append((done, total)) or True)
    assert told == sorted(told)  # only ever forward
    assert told[-1][0] <= told[-1][1]
    assert {total for _, total in told} == {told[0][1]}
    assert told[0][0] < told[0][1] / 2 <= told[-1][0]  # reading, then storing
    before = [card.id for card in ops.list_cards(store, board.id)]
    asked = []
    with pytest.raises(ImportCancelled, match="cancelled: nothing was stored"):
        import_board(store, path, progress=lambda done, total: asked.append(done) and False)
    assert [card.id for card in ops.list_cards(store, board.id)] == before
