"""Kaizen Board's benchmark: every budget of DESIGN.md, measured against its floor.

    python tests/perf/bench.py            # the full run (about five minutes)
    python tests/perf/bench.py --quick    # small boards, seconds: checks the script runs

It builds boards through the core's bulk path (cards with their "created" events, spread
over two years; the million improvements for the chart are written by one SQL statement
while seeding), then measures each figure several times and prints the median, its
budget, the ratio to a floor measured in the same run where there is one, and pass or
fail. Not collected by the test run (the file name does not start with test_); the test
suite runs --quick once so that it cannot rot.
"""

from __future__ import annotations

import argparse
import compileall
import csv
import itertools
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kaizen_board import ops  # noqa: E402
from kaizen_board.clock import FixedClock  # noqa: E402
from kaizen_board.ops.directory import acting_member  # noqa: E402
from kaizen_board.reports import charts  # noqa: E402
from kaizen_board.stages import STAGES  # noqa: E402
from kaizen_board.store import open_store  # noqa: E402
from kaizen_board.transfer.csv_format import BOARD_COLUMNS  # noqa: E402
from kaizen_board.transfer.export import export_board  # noqa: E402
from tests.helpers import add_cards_in_bulk  # noqa: E402

FULL = {
    "small": 1_000,
    "paint": 10_000,
    "large": 1_000_000,
    "runs": 5,
    "starts": 21,
    "moves": 300,
    "clients_seconds": 30,
    "import_small": 100_000,
}
QUICK = {
    "small": 100,
    "paint": 500,
    "large": 5_000,
    "runs": 2,
    "starts": 2,
    "moves": 30,
    "clients_seconds": 2,
    "import_small": 1_000,
}
NOW = datetime(2026, 11, 25, 9, tzinfo=UTC)
NOW_MICROS = int((NOW - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds()) * 1_000_000
TWO_YEARS = timedelta(days=730)


SEEDED_TABLES = ("card", "event", "stage_count", "event_tally", "credit_tally", "lead_tally")


def seed(path, cards: int, *, improvements: bool = False) -> None:
    """A board of `cards` cards over four stages, submitted over the last two years (in a
    database file, or on the team server at a postgresql:// address)."""
    if isinstance(path, Path) and path.exists():
        return
    store = open_store(path, clock=FixedClock(NOW), member_name="Bench")
    board = ops.default_board(store)
    step = TWO_YEARS / max(cards, 1)
    start = NOW - TWO_YEARS
    add_cards_in_bulk(
        store,
        board.id,
        (
            {
                "title": f"Improve step {n} of the line",
                "stage": STAGES[n % 4],
                "tags": "5S,flow" if n % 3 else "",
                "created_at": start + step * n,
                "description": "Operators walk to the crib for tools; a shadow board is tried.",
            }
            for n in range(cards)
        ),
    )
    if improvements:
        # Seeding only: one improvement per card, days after its idea, for the chart.
        store.database.execute_sql(
            "INSERT INTO event (board_id, card_id, kind, at, member_id, credit_id, "
            "from_stage, to_stage, lap, lead_time) SELECT board_id, card_id, 'improved', "
            "at + 86400000000 * (1 + MOD(card_id, 40)), member_id, credit_id, 'improve', "
            "'restandardize', 1, 86400000000 * (1 + MOD(card_id, 40)) FROM event "
            "WHERE kind = 'created'"
        )
    # As an import leaves it (store/bulk_load.py): on a team server, the planner told
    # what the tables now hold, not left to autovacuum's timing.
    with store.write():
        store.engine.after_bulk_fill(store.database, SEEDED_TABLES)
    store.close()


def compile_bytecode() -> None:
    """Start-up is measured as installed: pip compiles a package's bytecode when it installs
    it. A source checkout run with PYTHONDONTWRITEBYTECODE set (as on some CI machines)
    would otherwise compile every module of the program again at each start."""
    import kaizen_board

    compileall.compile_dir(Path(kaizen_board.__file__).parent, quiet=1)


def median_of(runs: int, measure) -> float:
    return statistics.median(measure() for _ in range(runs))


def medians_taken_in_turn(runs: int, floor, measure) -> tuple[float, float]:
    """The medians of a floor and of a figure measured against it, taken alternately, so
    that a shared machine's changing load falls on both alike."""
    floors, figures = [], []
    for _ in range(runs):
        floors.append(floor())
        figures.append(measure())
    return statistics.median(floors), statistics.median(figures)


def first_paint(args: list[str], env: dict | None = None) -> float:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(HERE / "paint_probe.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.wait()
    if line.strip() != "painted":
        raise RuntimeError(f"the probe did not paint: {line!r}")
    return elapsed


def peak_memory(db: Path, *how: str) -> float:
    done = subprocess.run(
        [sys.executable, str(HERE / "paint_probe.py"), "board", str(db), "rss", *how],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        check=True,
    )
    kilobytes = int(done.stdout.split("VmHWM:")[1].split()[0])
    return kilobytes / 1024


def ctkkanban_rows(paint: Path, size: dict) -> list[tuple]:
    """Start-up beside CTkKanBan showing 100 cards, when it is installed (the bench extra)
    and a display is there for Tk (DISPLAY, as under Xvfb): both on that display, taken
    in turn; Kaizen Board with its 10,000 cards is to start at least ten times as fast."""
    try:
        import ctk_kanban  # noqa: F401
    except ImportError:
        print("(CTkKanBan is not installed: pip install -c constraints.txt -e '.[bench]')")
        return []
    if not os.environ.get("DISPLAY"):
        print("(CTkKanBan needs a display for Tk: set DISPLAY, for example under Xvfb)")
        return []
    on_display = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    ours, theirs = medians_taken_in_turn(
        size["runs"],
        lambda: first_paint(["board", str(paint)], on_display),
        lambda: first_paint(["ctkkanban", str(paint), "100"], on_display),
    )
    thousand = first_paint(["ctkkanban", str(paint), "1000"], on_display)  # once: seconds
    return [
        (
            f"start-up on a display: CTkKanBan showing 100 cards (floor: the board's "
            f"{size['paint']:,})",
            theirs,
            "s",
            ">= 10x floor",
            ours,
            theirs / ours >= 10,
        ),
        ("  ... CTkKanBan showing 1,000 cards", thousand, "s", "", ours, True),
    ]


def open_board(app, db: Path, settings_path: Path) -> float:
    from PySide6.QtCore import QSettings

    from kaizen_board.ui.mainwindow import MainWindow

    started = time.perf_counter()
    store = open_store(db)
    window = MainWindow(
        store, ops.default_board(store), QSettings(str(settings_path), QSettings.Format.IniFormat)
    )
    window.show()
    app.processEvents()
    elapsed = time.perf_counter() - started
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()
    return elapsed


def moves(db: Path, count: int, seed: int = 48) -> list[float]:
    """Drops as a user makes them: a card seen in one column onto a place seen in another."""
    store = open_store(db)
    board = ops.default_board(store)
    rng = random.Random(seed)
    pages = {stage: ops.column_page(store, board.id, stage, limit=200) for stage in STAGES}
    times = []
    for _ in range(count):
        source, target = rng.sample(STAGES, 2)
        card, anchor = rng.choice(pages[source]).id, rng.choice(pages[target]).id
        started = time.perf_counter()
        ops.move_cards(store, [card], target, after=anchor, board_id=board.id)
        times.append(time.perf_counter() - started)
        for stage in (source, target):
            pages[stage] = ops.column_page(store, board.id, stage, limit=200)
    store.close()
    return sorted(times)


CHARTS = ("cumulative", "flow", "members", "participation", "lead_time")


def chart(db: Path, name: str = "cumulative") -> float:
    """Seconds to draw one chart over all time (query and drawing), as the charts window
    draws it (off the window's thread, into an Agg canvas)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    store = open_store(db, clock=FixedClock(NOW))
    board = ops.default_board(store)
    figure = charts.new_figure()
    FigureCanvasAgg(figure)
    started = time.perf_counter()
    getattr(charts, f"draw_{name}")(figure, store, board.id, charts.ChartRange(tz=UTC))
    figure.canvas.draw()
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed


def export(db: Path, target: Path) -> float:
    store = open_store(db)
    started = time.perf_counter()
    export_board(store, ops.default_board(store).id, target)
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed


def export_floor(db: Path, target: Path) -> float:
    """Raw sqlite3 and csv.writer over the same rows, in the same (board) order."""
    started = time.perf_counter()
    connection = sqlite3.connect(db)
    with target.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\r\n")
        for stage in STAGES:
            writer.writerows(
                connection.execute(
                    "SELECT c.id, b.name, c.title, c.stage, c.rank, c.lap, o.name, s.name, c.tags, "
                    "c.impact_category, c.impact_note, c.created_at, c.entered_stage_at, "
                    "c.improvements, c.archived_at, c.description, c.standard FROM card c "
                    "JOIN board b ON b.id = c.board_id LEFT JOIN member o ON o.id = c.owner_id "
                    "LEFT JOIN member s ON s.id = c.submitted_by_id WHERE c.board_id = 1 AND "
                    "c.stage = ? AND c.archived_at IS NULL ORDER BY c.rank, c.id",
                    (stage.value,),
                )
            )
    connection.close()
    return time.perf_counter() - started


def sqlite_move_floor(db: Path, count: int, seed: int = 48) -> list[float]:
    """The same UPDATE and INSERT a move writes, through sqlite3 with the program's
    settings (WAL, synchronous=FULL), one commit each, for drops chosen as `moves` chooses
    them: a card of one column's first page put just below a card of another's (its rank
    halfway to the next card's, found by the UPDATE itself), its event with the time,
    stages and member a move records. The pages of the board a move touches are then the
    floor's too: a floor that put every card at the end of a column wrote the same few
    pages again and again, and measured its cache, not a move."""
    rng = random.Random(seed)
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA journal_mode = wal")
    connection.execute("PRAGMA synchronous = full")

    def first_page(stage: str) -> list[int]:
        return [
            card
            for (card,) in connection.execute(
                "SELECT id FROM card WHERE board_id = 1 AND stage = ? AND archived_at IS NULL "
                "ORDER BY rank, id LIMIT 200",
                (stage,),
            )
        ]

    stages = [stage.value for stage in STAGES]
    pages = {stage: first_page(stage) for stage in stages}
    times = []
    for _ in range(count):
        source, target = rng.sample(stages, 2)
        card, anchor = rng.choice(pages[source]), rng.choice(pages[target])
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "UPDATE card SET stage = :target, rank = (SELECT (a.rank + COALESCE((SELECT "
            "MIN(n.rank) FROM card n WHERE n.board_id = 1 AND n.stage = :target AND "
            "n.archived_at IS NULL AND n.rank > a.rank), a.rank + 2048)) / 2 FROM card a "
            "WHERE a.id = :anchor), version = version + 1, updated_at = :now, "
            "entered_stage_at = :now WHERE id = :card",
            {"target": target, "anchor": anchor, "now": NOW_MICROS, "card": card},
        )
        connection.execute(
            "INSERT INTO event (board_id, card_id, kind, at, member_id, from_stage, to_stage, "
            "lap) VALUES (1, ?, 'moved', ?, 1, ?, ?, 1)",
            (card, NOW_MICROS, source, target),
        )
        connection.execute("COMMIT")
        times.append(time.perf_counter() - started)
        for stage in (source, target):
            pages[stage] = first_page(stage)
    connection.close()
    return sorted(times)


# What a user types into the search box of a million-card board: a word on every card, a
# number on one, a word of another alphabet on none, a tag on two cards of three, and a
# word too short for the text index.
SEARCHES = (
    ("a common word", "shadow"),
    ("a rare number", "step 123457"),
    ("another alphabet", "ωμέγα"),
    ("a tag", "tag:5S"),
    ("two letters", "zq"),
)


def search_in_window(app, window, text: str) -> tuple[float, float, float]:
    """Seconds from a search to the four columns' first pages shown, and to their four
    counts known; and the window's longest freeze meanwhile (the largest gap of a 10 ms
    timer). The search box's pause for typing is left out."""
    watch = FreezeWatch(app)
    started = watch.started
    widget = window.board_widget
    widget.search.blockSignals(True)
    widget.search.setText(text)
    widget.search.blockSignals(False)
    widget._apply_search()
    shown = time.perf_counter() - started
    models = widget.models.values()
    deadline = started + 120
    while any(model.total is None for model in models) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    counted = time.perf_counter() - started
    return shown, counted, watch.longest()


def search_rows(app, db: Path, settings_path: Path, size: dict) -> list[tuple]:
    from PySide6.QtCore import QSettings

    from kaizen_board.ui.mainwindow import MainWindow

    store = open_store(db)
    window = MainWindow(
        store, ops.default_board(store), QSettings(str(settings_path), QSettings.Format.IniFormat)
    )
    window.show()
    app.processEvents()
    rows = []
    for what, text in SEARCHES:
        taken = [search_in_window(app, window, text) for _ in range(size["runs"])]
        shown, counted, longest = (statistics.median(each) for each in zip(*taken, strict=True))
        search_in_window(app, window, "")
        rows.append(
            (
                f"search, {what} ({text}): four columns shown",
                shown * 1000,
                "ms",
                "< 100 ms",
                None,
                shown < 0.1,
            )
        )
        rows.append(
            (
                f"  ... counted in {counted:.2f} s; the window's longest freeze",
                longest * 1000,
                "ms",
                "< 100 ms",
                None,
                longest < 0.1,
            )
        )
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()
    return rows


def freeze_of(app, action) -> tuple[float, float]:
    """Seconds an action takes as the user makes it (on the window's thread, the events
    it leaves processed), and the window's longest freeze meanwhile: the largest gap of a
    timer ticking every 10 ms."""
    watch = FreezeWatch(app)
    action()
    app.processEvents()
    elapsed = time.perf_counter() - watch.started
    return elapsed, watch.longest()


class FreezeWatch:
    """The window's longest freeze from now on: the largest gap of a timer ticking every
    10 ms on its thread (`longest` stops it)."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.ticks = [time.perf_counter()]
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()
        app.processEvents()
        self.started = time.perf_counter()
        self.ticks.append(self.started)

    def longest(self) -> float:
        self.app.processEvents()
        self.ticks.append(time.perf_counter())
        self.timer.stop()
        return max(later - earlier for earlier, later in itertools.pairwise(self.ticks))


PAGES_TIMED = 30


def deep_column_rows(app, db: Path, settings_path: Path, size: dict) -> list[tuple]:
    """A user at the far end of long columns: End, a page read there against one at the
    top, a move and another writer's change with every column scrolled to its end."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from kaizen_board.ui.mainwindow import MainWindow

    store = open_store(db)
    window = MainWindow(
        store, ops.default_board(store), QSettings(str(settings_path), QSettings.Format.IniFormat)
    )
    window.show()
    app.processEvents()
    column = window.board_widget.columns[STAGES[1]]
    model, view = column.model, column.view
    cards = model.total_all
    rows = []

    def page_times(read) -> list[float]:
        times = []
        for _ in range(PAGES_TIMED):
            started = time.perf_counter()
            read()
            times.append(time.perf_counter() - started)
        return times

    # Pages read upwards (as a user scrolling back), near the top and at the far end.
    model.show_start()
    for _ in range(model.window_rows // model.page_size + PAGES_TIMED + 2):  # pages above
        model.fetchMore()
    top = statistics.median(page_times(model.fetch_above))
    model.show_start()
    view.setFocus()
    view.setCurrentIndex(model.index(0))
    ended, frozen = freeze_of(app, lambda: QTest.keyClick(view, Qt.Key.Key_End))
    last = ops.column_page(store, model.board_id, model.stage, before=ops.LAST, limit=1)[0]
    if view.currentIndex().data() != last.title:
        raise RuntimeError("End did not reach the column's last card")
    for _ in range(model.window_rows // model.page_size):  # a full window, as near the top
        model.fetch_above()
    deep = statistics.median(page_times(model.fetch_above))
    rows.append(
        (
            f"End in a column of {cards:,} cards, to its last card",
            ended,
            "s",
            "< 1 s",
            None,
            ended < 1,
        )
    )
    rows.append(
        ("  ... the window's longest freeze", frozen * 1000, "ms", "< 100 ms", None, frozen < 0.1)
    )
    rows.append(
        (
            f"a page read {cards:,} cards deep (floor: a page near the top)",
            deep * 1000,
            "ms",
            "1.5x floor",
            top * 1000,
            deep / top <= 1.5,
        )
    )
    for other in window.board_widget.columns.values():
        other.view.setFocus()
        QTest.keyClick(other.view, Qt.Key.Key_End)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End)
    _, frozen = freeze_of(app, window.board_widget.move_next)
    rows.append(
        (
            "one move by keyboard, every column at its end: longest freeze",
            frozen * 1000,
            "ms",
            "< 100 ms",
            None,
            frozen < 0.1,
        )
    )
    other_writer = open_store(db)
    ops.add_card(other_writer, model.board_id, "From another window")
    other_writer.close()
    _, frozen = freeze_of(app, window.controller.external_change)
    rows.append(
        (
            "another writer's change, every column at its end: longest freeze",
            frozen * 1000,
            "ms",
            "< 100 ms",
            None,
            frozen < 0.1,
        )
    )
    window.close()
    window.deleteLater()
    app.processEvents()
    store.close()
    return rows


def demo_process(folder: Path, cards: int) -> tuple[float, float]:
    """`kaizen-board demo --cards N` as a user runs it: a new process writing a new database
    file, timed from its start to its exit. Returns the seconds and the process's peak
    resident memory in MB (from the kernel's account of the finished child)."""
    target = folder / f"demo-{cards}.sqlite"
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    command = [sys.executable, "-m", "kaizen_board", "demo", "--cards", str(cards)]
    return timed_process([*command, "--db", str(target)])


# The child is started by a small Python of its own (forked from it, then exec'd), which
# reports its peak memory: the kernel counts a process's peak from the one it was forked
# from, here the benchmark with a million-card board loaded (every child then "peaked"
# at the benchmark's own 240 MB).
LAUNCHER = """
import os, sys
child = os.fork()
if child == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(child, 0)
os.write(int(sys.argv[1]), str(usage.ru_maxrss).encode())
sys.exit(os.waitstatus_to_exitcode(status))
"""


def timed_process(args: list[str]) -> tuple[float, float]:
    """Seconds from a process's start to its exit, and its peak resident memory in MB."""
    reading, writing = os.pipe()
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-S", "-c", LAUNCHER, str(writing), *args],
            stdout=subprocess.DEVNULL,
            stderr=errors,
            cwd=HERE.parent.parent,
            pass_fds=(writing,),
        )
        os.close(writing)
        status = child.wait()
        elapsed = time.perf_counter() - started
        with os.fdopen(reading) as peak:
            kilobytes = peak.read()
        if status != 0:
            errors.seek(0)
            raise RuntimeError(f"{args} failed: {errors.read().decode()[-500:]}")
    return elapsed, int(kilobytes) / 1024  # Linux gives kilobytes


IMPORT_MEMBERS = ("Aiko Tanaka", "Kenji Sato", "Maria López", "Tom Becker", "Priya Nair")


def write_import_file(path: Path, cards: int) -> Path:
    """A file of `cards` cards in this program's own export format (ids, the four stages
    with their positions, owners, submitters, tags, impacts, laps, three times, texts over
    two lines; one card in ten archived), as a board's export would be."""
    if path.exists():
        return path
    step = TWO_YEARS.total_seconds() / max(cards, 1)
    start = NOW - TWO_YEARS
    positions = [0, 0, 0, 0]
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\r\n")
        writer.writerow(BOARD_COLUMNS)
        for n in range(cards):
            created = start + timedelta(seconds=int(step * n))
            entered = created + timedelta(hours=1 + n % 400)
            stage = n % 4
            archived = n % 10 == 9
            position = ""
            if not archived:
                position, positions[stage] = positions[stage], positions[stage] + 1
            writer.writerow(
                (
                    n + 1,
                    "Kaizen",
                    f"Improve step {n} of the line",
                    STAGES[stage].value,
                    position,
                    1 + n % 3,
                    IMPORT_MEMBERS[n % 5] if n % 2 else "",
                    IMPORT_MEMBERS[n * 3 % 5],
                    ("5S,flow", "safety", "")[n % 3],
                    ("money", "time", "quality", "safety", "")[n % 5],
                    "",
                    created.isoformat(),
                    entered.isoformat(),
                    n % 3,
                    (entered + timedelta(days=2)).isoformat() if archived else "",
                    "Operators walk to the crib for tools;\nA shadow board is tried.",
                    f"Tools are kept in drawer {n % 50}.",
                )
            )
    return path


# The floor of an import: the same rows (each card, its "created" event, and an "archived"
# one for each archived card) written by plain sqlite3 into a new database of our schema
# (on a connection with the program's settings and the SQL functions its triggers call),
# read from the same file by csv.reader, with no checks. Its triggers keep the text
# indexes, the stage counts and the tallies as for the import, so it pays them too. The
# rows go by executemany into temporary tables without triggers, then by one INSERT ...
# SELECT a batch: executemany straight into `card` would run each row as a statement of
# its own, at each of which FTS5 writes its pending terms to disk (three times slower).
IMPORT_FLOOR = """
import csv, sys
from datetime import datetime
from pathlib import Path
from kaizen_board.store.sqlite.engine import new_database

def micros(text):
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return int(moment.timestamp()) * 1_000_000 + moment.microsecond

source, target, now = sys.argv[1], sys.argv[2], int(sys.argv[3])
# The driver's connection with the program's settings and the SQL functions its
# triggers call (the text indexes' folding), made as the program makes it.
connection = new_database(Path(target)).connection()
connection.execute("BEGIN IMMEDIATE")
connection.execute("CREATE TEMP TABLE staged_card AS SELECT * FROM card LIMIT 0")
connection.execute("CREATE TEMP TABLE staged_event AS SELECT * FROM event LIMIT 0")
[(board, actor)] = connection.execute("SELECT MIN(board.id), MIN(member.id) FROM board, member")
members = dict(connection.execute("SELECT name, id FROM member"))

def member(name):
    if not name:
        return None
    if name not in members:
        members[name] = connection.execute(
            "INSERT INTO member (name, key, created_at) VALUES (?, ?, ?)",
            (name, name.casefold(), now),
        ).lastrowid
    return members[name]

cards, events = [], []
detail = '{"imported": "cards.csv"}'

def write():
    connection.executemany(
        "INSERT INTO staged_card (id, board_id, title, stage, rank, owner_id, "
        "submitted_by_id, created_at, updated_at, entered_stage_at, lap_started_at, lap, "
        "improvements, version, archived_at, tags, impact_category, impact_note, "
        "description, standard, standard_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, 1, ?, ?, ?, ?, ?, ?, ?)",
        cards,
    )
    connection.executemany(
        "INSERT INTO staged_event (board_id, card_id, kind, at, member_id, credit_id, "
        "from_stage, to_stage, lap, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        events,
    )
    connection.execute("INSERT INTO card SELECT * FROM staged_card")
    connection.execute("INSERT INTO event SELECT * FROM staged_event")
    connection.execute("DELETE FROM staged_card")
    connection.execute("DELETE FROM staged_event")
    cards.clear()
    events.clear()

with open(source, encoding="utf-8-sig", newline="") as file:
    rows = csv.reader(file)
    next(rows)
    for (card_id, _, title, stage, position, lap, owner, submitter, tags, impact, note,
         created, entered, improvements, archived, description, standard) in rows:
        card_id, lap, submitter = int(card_id), int(lap), member(submitter)
        created, entered, archived = micros(created), micros(entered), micros(archived)
        rank = int(position) if position else 2**40 + card_id
        cards.append((card_id, board, title, stage, rank, member(owner), submitter, created,
                      now, entered, created if lap == 1 else entered, lap, int(improvements),
                      archived, tags, impact or None, note, description, standard,
                      int(bool(standard.strip()))))
        events.append((board, card_id, "created", created, actor, submitter, None, stage, lap,
                       detail))
        if archived is not None:
            events.append((board, card_id, "archived", archived, actor, None, stage, None,
                           lap, detail))
        if len(cards) >= 5000:
            write()
    write()
connection.execute("COMMIT")
connection.close()
"""


def fresh_database(target: Path, template: Path) -> Path:
    """`target` made a copy of `template` (a new database), whatever was there before."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    if template.exists():
        target.write_bytes(template.read_bytes())
    return target


def import_rows(folder: Path, size: dict) -> list[tuple]:
    """`kaizen-board import FILE` into a new database, as a user runs it (a process of its
    own, timed from its start to its exit), against the floor taken in turn; and its peak
    memory importing a file of `import_small` cards and one of `large`."""
    small, large = size["import_small"], size["large"]
    files = {
        cards: write_import_file(folder / f"import-{cards}.csv", cards) for cards in (small, large)
    }
    # A new database of the schema this program makes now, for the floor to write into.
    template = fresh_database(folder / "import-template.sqlite", folder / "nothing")
    store = open_store(template, clock=FixedClock(NOW), member_name="Bench")
    with store.write():
        ops.ensure_board(store, "Kaizen")
        acting_member(store, None)
    store.close()
    target = folder / "import.sqlite"
    command = [sys.executable, "-m", "kaizen_board", "import", "--db", str(target)]
    floor_command = [sys.executable, "-c", IMPORT_FLOOR, str(files[large]), str(target)]
    floor_command.append(str(NOW_MICROS))

    def imported(cards: int) -> tuple[float, float]:
        fresh_database(target, folder / "nothing")
        return timed_process([*command, str(files[cards])])

    floors, figures = [], []
    for _ in range(min(size["runs"], 3)):
        fresh_database(target, template)
        floors.append(timed_process(floor_command)[0])
        figures.append(imported(large))
    floor = statistics.median(floors)
    seconds = statistics.median(taken for taken, _ in figures)
    memory = max(peak for _, peak in figures)
    small_memory = max(imported(small)[1] for _ in range(2))
    return [
        (
            f"CSV import of {large:,} cards (floor: sqlite3 executemany)",
            seconds,
            "s",
            "1.5x floor",
            floor,
            seconds / floor <= 1.5,
        ),
        (
            f"CSV import, peak memory, {large:,} cards (floor: {small:,})",
            memory,
            "MB",
            "< 1.2x floor",
            small_memory,
            memory <= 1.2 * small_memory,
        ),
    ]


def demo_rows(folder: Path, size: dict) -> list[tuple]:
    demo_seconds, demo_memory = demo_process(folder, size["large"])
    return [
        (f"demo --cards {size['large']:,}", demo_seconds, "s", "< 60 s", None, demo_seconds < 60),
        (f"demo --cards {size['large']:,}, peak memory", demo_memory, "MB", "", None, True),
    ]


def team_import_rows(folder: Path, size: dict) -> list[tuple]:
    """The same file imported into a new board on the team server (no floor: reported)."""
    from tests import pg_server

    server = pg_server.shared()
    server.admin("DROP DATABASE IF EXISTS bench_import WITH (FORCE)")
    server.admin("CREATE DATABASE bench_import")
    path = write_import_file(folder / f"import-{size['large']}.csv", size["large"])
    command = [sys.executable, "-m", "kaizen_board", "import", "--db"]
    seconds, memory = timed_process([*command, server.url("bench_import"), str(path)])
    return [
        (f"team server: CSV import of {size['large']:,} cards", seconds, "s", "", None, True),
        ("team server: CSV import, peak memory", memory, "MB", "", None, True),
    ]


# Parts --only runs by themselves (without seeding the boards the others read).
PARTS = {"import": import_rows, "demo": demo_rows, "team-import": team_import_rows}


# The weekly review and `kaizen-board list`, each in a fresh process as a user runs them,
# against floors measured in turn in the same run.
REVIEW_FLOOR = """
import sys
import matplotlib
from matplotlib.figure import Figure
figure = Figure(figsize=(8.27, 11.69), dpi=100)
figure.text(0.06, 0.965, "Weekly kaizen review 2026-W48", fontsize=17, weight="bold")
figure.text(0.06, 0.94, "Kaizen, Mon 23 Nov to Sun 29 Nov 2026", fontsize=10)
figure.text(0.06, 0.92, "None this week.", fontsize=8, style="italic")
with matplotlib.rc_context({"pdf.fonttype": 42, "ps.fonttype": 42}):
    figure.savefig(sys.argv[1], format="pdf")
"""
LIST_FLOOR = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
write = sys.stdout.write
for stage in ("standard", "meet", "improve", "restandardize"):
    rows = connection.execute(
        "SELECT c.id, c.stage, c.lap, o.name, c.title FROM card c "
        "LEFT JOIN member o ON o.id = c.owner_id WHERE c.board_id = 1 AND c.stage = ? "
        "AND c.archived_at IS NULL ORDER BY c.rank, c.id",
        (stage,),
    )
    for position, (card_id, key, lap, owner, title) in enumerate(rows):
        write(f"{card_id}\\t{key}\\t{position}\\t{lap}\\t{owner or ''}\\t{title}\\n")
"""


def in_fresh_process(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, cwd=HERE.parent.parent)
    return time.perf_counter() - started


def first_and_whole(args: list[str]) -> tuple[float, float]:
    """Seconds from the start of a process to its first line, and to its last."""
    started = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.PIPE, cwd=HERE.parent.parent)
    if not child.stdout.readline():
        raise RuntimeError(f"{args} printed nothing")
    first = time.perf_counter() - started
    while child.stdout.read(1 << 16):
        pass
    if child.wait() != 0:
        raise RuntimeError(f"{args} failed")
    return first, time.perf_counter() - started


def review_and_list_rows(small: Path, large: Path, folder: Path, size: dict) -> list[tuple]:
    """The weekly review of a busy week of the large board (about 9,600 improvements at a
    million cards) against writing a one-page PDF in the faces it uses; `list` against
    raw sqlite3 printing the same lines, its first line against the small board's."""
    from kaizen_board.reports.timeline import IsoWeek

    runs = size["runs"]
    week = str(IsoWeek.of((NOW - timedelta(weeks=26)).date()))
    report = [sys.executable, "-m", "kaizen_board", "report", "--db", str(large), "--week"]
    floor, review = medians_taken_in_turn(
        runs,
        lambda: in_fresh_process([sys.executable, "-c", REVIEW_FLOOR, str(folder / "floor.pdf")]),
        lambda: in_fresh_process(
            [*report, week, "--paper", "a4", "-o", str(folder / "review.pdf")]
        ),
    )
    rows = [
        (
            f"weekly review, {size['large']:,} cards, {week}",
            review,
            "s",
            "1.5x floor",
            floor,
            review / floor <= 1.5,
        )
    ]
    listing = [sys.executable, "-m", "kaizen_board", "list", "--db"]
    small_first = statistics.median(first_and_whole([*listing, str(small)])[0] for _ in range(runs))
    floors, figures = [], []
    for _ in range(runs):
        floors.append(first_and_whole([sys.executable, "-c", LIST_FLOOR, str(large)]))
        figures.append(first_and_whole([*listing, str(large)]))
    first = statistics.median(taken for taken, _ in figures)
    whole_floor = statistics.median(whole for _, whole in floors)
    whole = statistics.median(whole for _, whole in figures)
    rows.append(
        (
            f"list, first line, {size['large']:,} cards (floor: {size['small']:,})",
            first,
            "s",
            "< floor + 50 ms",
            small_first,
            first - small_first < 0.05,
        )
    )
    rows.append(
        (
            f"list, every line, {size['large']:,} cards",
            whole,
            "s",
            "1.5x floor",
            whole_floor,
            whole / whole_floor <= 1.5,
        )
    )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small boards, a few seconds")
    parser.add_argument("--keep", metavar="DIR", help="keep (and reuse) the seeded boards here")
    parser.add_argument(
        "--start-up",
        action="store_true",
        help="only the start-up figure, taken apart: what each step adds to the floor",
    )
    parser.add_argument(
        "--only",
        metavar="PARTS",
        help=f"only these parts, comma-separated: {', '.join(PARTS)}",
    )
    args = parser.parse_args()
    size = QUICK if args.quick else FULL
    folder = Path(args.keep or tempfile.mkdtemp(prefix="kaizen-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    # The program's settings, log and backups go to the benchmark's folder, not the user's.
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    if args.only:
        parts = args.only.split(",")
        unknown = [part for part in parts if part not in PARTS]
        if unknown:
            parser.error(f"unknown part(s) {', '.join(unknown)}: choose from {', '.join(PARTS)}")
        print_table([row for part in parts for row in PARTS[part](folder, size)], quick=args.quick)
        return 0
    compile_bytecode()
    settings = folder / "settings.ini"
    small, paint, large = (
        folder / f"board-{size[key]}.sqlite" for key in ("small", "paint", "large")
    )
    started = time.perf_counter()
    seed(small, size["small"])
    seed(paint, size["paint"])
    seed(large, size["large"], improvements=True)
    seeding = time.perf_counter() - started
    print(
        f"Seeded boards of {size['small']:,}, {size['paint']:,} and {size['large']:,} cards "
        f"in {seeding:.1f} s (in {folder})",
        flush=True,
    )
    if args.start_up:
        print_start_up_steps(paint, size)
        return 0

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    # The offscreen platform's notes about window hints are not ours to print.
    qInstallMessageHandler(lambda *_: None)
    app = QApplication.instance() or QApplication([])
    runs = size["runs"]
    rows = []

    floor, board = medians_taken_in_turn(
        size["starts"],
        lambda: first_paint(["least", str(paint)]),
        lambda: first_paint(["board", str(paint)]),
    )
    rows.append(
        (
            f"start to first painted board, {size['paint']:,} cards (floor: the least board)",
            board,
            "s",
            "1.5x floor",
            floor,
            board / floor <= 1.5,
        )
    )

    rows += ctkkanban_rows(paint, size)

    opened_small, opened_large = medians_taken_in_turn(
        runs, lambda: open_board(app, small, settings), lambda: open_board(app, large, settings)
    )
    rows.append((f"open a board of {size['small']:,} cards", opened_small, "s", "", None, True))
    rows.append(
        (
            f"open a board of {size['large']:,} cards",
            opened_large,
            "s",
            "< 1.5 s and 1.5x small",
            opened_small,
            opened_large < 1.5 and opened_large / opened_small <= 1.5,
        )
    )

    # Taken in turn: a third of the floor's drops, a third of the moves, and again.
    floors, times = [], []
    for turn in range(3):
        floors += sqlite_move_floor(large, size["moves"] // 3, turn)
        times += moves(large, size["moves"] // 3, turn)
    times.sort()
    floor = statistics.median(floors) * 1000
    median = statistics.median(times) * 1000
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))] * 1000
    rows.append(
        (
            f"one move, drop to committed, median ({size['large']:,} cards)",
            median,
            "ms",
            "2x floor",
            floor,
            median / floor <= 2,
        )
    )
    rows.append(("one move, 99th percentile", p99, "ms", "", None, True))

    for name in CHARTS:
        drawn = median_of(runs, lambda name=name: chart(large, name))
        rows.append(
            (
                f"{name.replace('_', ' ')} chart, all time, {size['large']:,} cards",
                drawn,
                "s",
                "< 1 s",
                None,
                drawn < 1,
            )
        )

    exported_floor, exported = medians_taken_in_turn(
        runs,
        lambda: export_floor(large, folder / "floor.csv"),
        lambda: export(large, folder / "export.csv"),
    )
    rows.append(
        (
            f"CSV export of {size['large']:,} cards",
            exported,
            "s",
            "1.5x floor",
            exported_floor,
            exported / exported_floor <= 1.5,
        )
    )

    memory = peak_memory(large)
    rows.append(
        (
            f"peak memory, {size['large']:,}-card board open",
            memory,
            "MB",
            "< 500 MB",
            None,
            memory < 500,
        )
    )
    memory = peak_memory(large, "scrolled")
    rows.append(
        (
            "  ... every column scrolled to its end and 300 pages back, and 300 down",
            memory,
            "MB",
            "< 500 MB",
            None,
            memory < 500,
        )
    )

    rows += search_rows(app, large, settings, size)
    rows += deep_column_rows(app, large, settings, size)
    rows += review_and_list_rows(small, large, folder, size)
    rows += import_rows(folder, size)
    rows += demo_rows(folder, size)
    rows += team_server_rows(app, size, settings)
    print_table(rows, quick=args.quick)
    return 0


def team_server_rows(app, size: dict, settings: Path) -> list[tuple]:
    """The same figures on a team server (a private PostgreSQL server started for the run,
    from Debian's postgresql), each with its floor measured in the same run."""
    from tests import pg_server

    server = pg_server.shared()
    small, large = server.url("bench_small"), server.url("bench_large")
    for name in ("bench_small", "bench_large"):
        server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        server.admin(f"CREATE DATABASE {name}")
    started = time.perf_counter()
    seed(small, size["small"])
    seed(large, size["large"], improvements=True)
    print(f"Seeded the team server's boards in {time.perf_counter() - started:.1f} s", flush=True)
    rows = []
    opened_small, opened_large = medians_taken_in_turn(
        size["runs"],
        lambda: open_board(app, small, settings),
        lambda: open_board(app, large, settings),
    )
    rows.append(
        (
            f"team server: open a board of {size['large']:,} cards",
            opened_large,
            "s",
            "< 1.5 s and 1.5x small",
            opened_small,
            opened_large < 1.5 and opened_large / opened_small <= 1.5,
        )
    )
    floors, times = [], []
    for turn in range(3):  # in turn, as on SQLite
        floors += move_floor(large, size["moves"] // 3, turn)
        times += moves(large, size["moves"] // 3, turn)
    times.sort()
    floor = statistics.median(floors)
    median = statistics.median(times)
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    rows.append(
        (
            "team server: one move, median",
            median * 1000,
            "ms",
            "2x floor",
            floor * 1000,
            median / floor <= 2,
        )
    )
    rows.append(("team server: one move, 99th percentile", p99 * 1000, "ms", "", None, True))
    for name in CHARTS:
        drawn = median_of(size["runs"], lambda name=name: chart(large, name))
        rows.append(
            (
                f"team server: {name.replace('_', ' ')} chart, all time",
                drawn,
                "s",
                "< 1 s",
                None,
                drawn < 1,
            )
        )
    rate, problems, latency = clients_and_live(app, large, settings, 8, size["clients_seconds"])
    rows.append(
        (
            f"team server: 8 clients moving cards for {size['clients_seconds']} s",
            rate,
            "moves/s",
            "no errors, rules hold",
            None,
            not problems,
        )
    )
    for problem in problems:
        print(f"  {problem}")
    rows.append(
        (
            "team server: live update, 8 clients writing, median",
            statistics.median(latency) * 1000,
            "ms",
            "< 1000 ms",
            None,
            statistics.median(latency) < 1,
        )
    )
    p99 = latency[min(len(latency) - 1, int(len(latency) * 0.99))]
    rows.append(("team server: live update, 99th percentile", p99 * 1000, "ms", "", None, True))
    return rows


def move_floor(url: str, count: int, seed: int = 48) -> list[float]:
    """The same UPDATE and INSERT a move writes, for drops chosen as `moves` chooses them
    (as sqlite_move_floor), sent by psycopg directly, one commit each."""
    import psycopg

    rng = random.Random(seed)
    with psycopg.connect(url) as connection:

        def first_page(stage: str) -> list[int]:
            rows = connection.execute(
                "SELECT id FROM card WHERE board_id = 1 AND stage = %s AND archived_at IS NULL "
                "ORDER BY rank, id LIMIT 200",
                (stage,),
            ).fetchall()
            connection.commit()
            return [card for (card,) in rows]

        stages = [stage.value for stage in STAGES]
        pages = {stage: first_page(stage) for stage in stages}
        times = []
        for _ in range(count):
            source, target = rng.sample(stages, 2)
            card, anchor = rng.choice(pages[source]), rng.choice(pages[target])
            started = time.perf_counter()
            connection.execute(
                "UPDATE card SET stage = %(target)s::varchar, rank = (SELECT (a.rank + "
                "COALESCE((SELECT MIN(n.rank) FROM card n WHERE n.board_id = 1 AND "
                "n.stage = %(target)s::varchar AND n.archived_at IS NULL AND n.rank > a.rank), "
                "a.rank + 2048)) / 2 FROM card a WHERE a.id = %(anchor)s), "
                "version = version + 1, updated_at = %(now)s, entered_stage_at = %(now)s "
                "WHERE id = %(card)s",
                {"target": target, "anchor": anchor, "now": NOW_MICROS, "card": card},
            )
            connection.execute(
                "INSERT INTO event (board_id, card_id, kind, at, member_id, from_stage, "
                "to_stage, lap) VALUES (1, %s, 'moved', %s, 1, %s, %s, 1)",
                (card, NOW_MICROS, source, target),
            )
            connection.commit()
            times.append(time.perf_counter() - started)
            for stage in (source, target):
                pages[stage] = first_page(stage)
    return sorted(times)


CLIENT = """
import random, sys, time
from kaizen_board import ops
from kaizen_board.errors import KaizenError
from kaizen_board.store import open_store
store = open_store(sys.argv[1], member_name="client")
board = ops.default_board(store).id
rng = random.Random(int(sys.argv[2]))
stages = ["standard", "meet", "improve", "restandardize"]
cards = [card.id for card in ops.list_cards(store, board, limit=2000)]
cards = [card for card in cards if card != int(sys.argv[4])]  # the live probe's own
moved = failed = 0
until = time.monotonic() + float(sys.argv[3])
while time.monotonic() < until:
    try:
        ops.move_card(store, rng.choice(cards), rng.choice(stages), rng.randrange(5))
        moved += 1
    except KaizenError as error:
        failed += 1
        print("refused:", error, file=sys.stderr)
print(moved, failed)
"""


def clients_and_live(
    app, url: str, settings: Path, clients: int, seconds: float
) -> tuple[float, list[str], list[float]]:
    """Clients (processes) moving cards on one board at once; meanwhile, a window shows
    the board and one more connection moves a card of its own to and fro: how long each
    move takes from commit to the window showing it. Gives the clients' moves a second,
    what went wrong (errors, broken rules) if anything, and the latencies."""
    from PySide6.QtCore import QSettings

    from kaizen_board.ui.mainwindow import MainWindow

    store = open_store(url)
    other = open_store(url, member_name="Other desk")
    board = ops.default_board(store)
    probe = ops.add_card(other, board.id, "Live update probe").card_id
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", CLIENT, url, str(number), str(seconds), str(probe)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=HERE.parent.parent,
        )
        for number in range(clients)
    ]
    window = MainWindow(store, board, QSettings(str(settings), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    latencies = []
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        target = STAGES[len(latencies) % 2 + 1]  # meet, improve, meet, ...
        model = window.board_widget.models[target]
        ops.move_card(other, probe, target, 0)
        committed = time.perf_counter()
        while model.row_of(probe) is None and time.perf_counter() - committed < 5:
            app.processEvents()
        latencies.append(time.perf_counter() - committed)
    window.close()
    window.deleteLater()
    app.processEvents()
    other.close()
    moved, problems = 0, []
    for worker in workers:
        out, err = worker.communicate()
        if worker.returncode != 0 or not out.strip():
            problems.append(f"a client failed: {err.strip()[-300:]}")
            continue
        done, failed = map(int, out.split())
        moved += done
        if failed:
            problems.append(f"a client had {failed} move(s) refused")
    for stage in STAGES:
        if ops.column_count(store, board.id, stage) != sum(
            1 for _ in ops.list_cards(store, board.id, stage)
        ):
            problems.append(f"the count of {stage.value} is not its cards")
    store.close()
    return moved / seconds, problems, sorted(latencies)


# What the board's start adds to the bare window, step by step: each step is the bare
# window started after importing more of the program (in the program's own order), and
# the last is the program itself.
START_UP_STEPS = (
    ("bare PySide6 window, empty list (the floor)", ["floor"]),
    ("+ the core imported first: peewee, sqlite3, store, ops", ["floor", "kaizen_board.cli"]),
    (
        "+ the window's modules imported (PySide6 makes their Qt types)",
        ["floor", "kaizen_board.cli", "kaizen_board.ui.app"],
    ),
)


def print_start_up_steps(paint: Path, size: dict) -> None:
    steps = [
        *START_UP_STEPS,
        ("+ open the database, build, show and paint: Kaizen Board", ["board", str(paint)]),
    ]
    least = ("the least a board on this stack does: 40 titles via peewee", ["least", str(paint)])
    times: list[list[float]] = [[] for _ in [*steps, least]]
    for _ in range(size["starts"]):
        for taken, (_name, probe_args) in zip(times, [*steps, least], strict=True):
            taken.append(first_paint(probe_args))
    medians = [statistics.median(taken) for taken in times]
    print(f"start to first paint, {size['paint']:,} cards, medians of {size['starts']} in turn")
    previous = None
    for (name, _args), median in zip(steps, medians[: len(steps)], strict=True):
        added = "" if previous is None else f"{(median - previous) * 1000:+6.0f} ms"
        print(f"{name:66} {median * 1000:6.0f} ms {added:>9}  {median / medians[0]:.2f}x")
        previous = median
    print(f"{least[0]:66} {medians[-1] * 1000:6.0f} ms {'':>9}  {medians[-1] / medians[0]:.2f}x")


def print_table(rows, *, quick: bool) -> None:
    title = f"{'figure':58} {'measured':>12} {'budget':>22} {'floor':>10} {'ratio':>6}  result"
    print(title)
    print("-" * len(title))
    for name, value, unit, budget, floor, passed in rows:
        ratio = f"{value / floor:.2f}" if floor else ""
        floor_text = f"{floor:.3f}" if floor else ""
        measured = f"{value:.3f} {unit}" if unit != "MB" else f"{value:.0f} MB"
        result = "pass" if passed else "FAIL"
        print(f"{name:58} {measured:>12} {budget:>22} {floor_text:>10} {ratio:>6}  {result}")
    if quick:
        print("(--quick: small boards; the budgets are for the full run)")


if __name__ == "__main__":
    sys.exit(main())
