"""The command line: scripting the board from a shell, and its errors (exit status 2)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kaizen_board import __version__
from kaizen_board.app import main
from kaizen_board.store.schema import SCHEMA_VERSION
from tests.helpers import dump

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys, db: Path, *args: str) -> list[list[str]]:
    code, out, _ = run(capsys, "list", "--db", str(db), *args)
    assert code == 0
    return [line.split("\t") for line in out.splitlines()]


def test_add_prints_the_id_and_list_shows_one_card_a_line(capsys, db_path):
    code, out, _ = run(capsys, "add", "Shadow board", "--db", str(db_path), "--owner", "Aiko")
    assert code == 0
    first = out.strip()
    code, out, _ = run(capsys, "--db", str(db_path), "add", "Two-bin kanban", "--stage", "improve")
    second = out.strip()
    assert listed(capsys, db_path) == [
        [first, "standard", "0", "1", "Aiko", "Shadow board"],
        [second, "improve", "0", "1", "", "Two-bin kanban"],
    ]
    assert listed(capsys, db_path, "--stage", "Improve") == [
        [second, "improve", "0", "1", "", "Two-bin kanban"]
    ]


def test_names_beyond_ascii_work_again_in_any_letter_case(capsys, db_path):
    db = str(db_path)
    run(capsys, "add", "Start", "--db", db)
    for _ in range(2):
        code, _, err = run(capsys, "add", "Label drums", "--db", db, "--owner", "Émile")
        assert (code, err) == (0, "")
        code, _, err = run(capsys, "add", "Oil spill kit", "--db", db, "--board", "Ölraum")
        assert (code, err) == (0, "")
    assert [row[5] for row in listed(capsys, db_path, "--board", "ÖLRAUM")] == ["Oil spill kit"] * 2
    assert {row[4] for row in listed(capsys, db_path)} == {"", "Émile"}


def test_move_puts_the_card_where_asked(capsys, db_path):
    ids = [run(capsys, "add", title, "--db", str(db_path))[1].strip() for title in "ABC"]
    assert run(capsys, "move", ids[2], "meet", "--db", str(db_path))[0] == 0
    assert run(capsys, "move", ids[0], "meet", "--index", "0", "--db", str(db_path))[0] == 0
    assert [row[0] for row in listed(capsys, db_path, "--stage", "meet")] == [ids[0], ids[2]]


def test_boards_are_chosen_by_name(capsys, db_path):
    run(capsys, "add", "Office idea", "--db", str(db_path))  # makes the first board, "Kaizen"
    run(capsys, "add", "Line idea", "--db", str(db_path), "--board", "Line 3")
    assert [row[5] for row in listed(capsys, db_path, "--board", "line 3")] == ["Line idea"]
    assert [row[5] for row in listed(capsys, db_path)] == ["Office idea"]
    code, _, err = run(capsys, "list", "--db", str(db_path), "--board", "Nowhere")
    assert code == 2
    assert "no board named 'Nowhere'" in err
    assert "'Line 3'" in err


def test_demo_fills_every_stage_with_history(capsys, db_path):
    code, out, _ = run(capsys, "demo", "--cards", "40", "--weeks", "8", "--db", str(db_path))
    assert code == 0
    assert "Added 40 cards with 8 weeks of history" in out
    rows = listed(capsys, db_path)
    assert {row[1] for row in rows} == {"standard", "meet", "improve", "restandardize"}
    assert any(int(row[3]) > 1 for row in rows), "some cards are on a later lap"
    connection = sqlite3.connect(db_path)
    kinds = dict(connection.execute("SELECT kind, COUNT(*) FROM event GROUP BY kind"))
    members = connection.execute("SELECT COUNT(*) FROM member").fetchone()[0]
    span = connection.execute("SELECT MAX(at) - MIN(at) FROM event").fetchone()[0]
    connection.close()
    assert kinds["created"] == 40
    assert kinds["improved"] > 5
    assert kinds["archived"] > 0
    assert members >= 5
    assert span > 6 * 7 * 86_400 * 1_000_000, "history spans weeks"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "   "], "the title is empty"),
        (["add", "x" * 201], "at most 200 fit"),
        (["add", "Fine", "--stage", "done"], "unknown stage 'done'"),
        (["move", "{card}", "done"], "unknown stage 'done'"),
        (["move", "{card}", "improve", "--index", "5"], "position 5 is out of range"),
        (["move", "999", "improve"], "there is no card #999"),
        (["move", "{other}", "improve"], "is on board 'Other', not on 'Kaizen'"),
    ],
)
def test_bad_input_exits_2_with_a_message_and_changes_nothing(capsys, db_path, args, message):
    card = run(capsys, "add", "Existing", "--db", str(db_path))[1].strip()
    other = run(capsys, "add", "Elsewhere", "--db", str(db_path), "--board", "Other")[1].strip()
    before = dump(db_path)
    filled = [arg.format(card=card, other=other) for arg in args]
    code, out, err = run(capsys, *filled, "--db", str(db_path))
    assert code == 2
    assert out == ""
    assert err.startswith("kaizen-board: error: ")
    assert message in err
    assert dump(db_path) == before


def test_a_newer_database_is_refused_by_name_and_left_untouched(capsys, db_path):
    run(capsys, "add", "Keep me", "--db", str(db_path))
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE schema_info SET value = ?", (str(SCHEMA_VERSION + 5),))
    connection.commit()
    connection.close()
    before = db_path.read_bytes()
    code, _, err = run(capsys, "list", "--db", str(db_path))
    assert code == 2
    assert f"{db_path} was written by a newer version of Kaizen Board" in err
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda folder: folder, "is a folder, not a database file"),
        (lambda folder: Path("/sys/kaizen-board-test/board.sqlite"), "cannot create the folder"),
        (lambda folder: _text_file(folder), "is not a Kaizen Board database"),
    ],
)
def test_a_bad_database_location_exits_2(capsys, tmp_path, setup, message):
    location = setup(tmp_path)
    code, _, err = run(capsys, "add", "An idea", "--db", str(location))
    assert code == 2
    assert str(location) in err
    assert message in err


def _text_file(folder: Path) -> Path:
    path = folder / "board.txt"
    path.write_text("not a database")
    return path


def test_the_environment_variable_chooses_the_database(capsys, tmp_path, monkeypatch):
    chosen = tmp_path / "env.sqlite"
    monkeypatch.setenv("KAIZEN_BOARD_DB", str(chosen))
    card = run(capsys, "add", "From env")[1].strip()
    assert listed(capsys, chosen)[0][0] == card


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "kaizen_board"],
        [sys.executable, str(ROOT / "main.py")],
        [str(Path(sys.executable).parent / "kaizen-board")],
    ],
    ids=["python -m", "main.py", "script"],
)
def test_every_way_of_starting_is_the_same_program(command, tmp_path):
    env = {**os.environ, "KAIZEN_BOARD_DB": str(tmp_path / "b.sqlite")}
    version = subprocess.run([*command, "--version"], capture_output=True, text=True, env=env)
    assert version.stdout.strip() == f"kaizen-board {__version__}"
    helped = subprocess.run([*command, "--help"], capture_output=True, text=True, env=env)
    assert all(name in helped.stdout for name in ("demo", "add", "move", "list", "--db"))
    added = subprocess.run([*command, "add", "Hi"], capture_output=True, text=True, env=env)
    assert added.returncode == 0
    assert added.stdout.strip().isdigit()


@pytest.mark.slow
def test_listing_into_a_pipe_that_closes_early_stops_quietly(tmp_path):
    env = {**os.environ, "KAIZEN_BOARD_DB": str(tmp_path / "b.sqlite")}
    script = Path(sys.executable).parent / "kaizen-board"
    subprocess.run(
        [script, "demo", "--cards", "1500", "--weeks", "1", "--db", env["KAIZEN_BOARD_DB"]],
        check=True,
        env=env,
        capture_output=True,
    )
    piped = subprocess.run(
        f"'{script}' list | head -n 1", shell=True, capture_output=True, text=True, env=env
    )
    assert len(piped.stdout.splitlines()) == 1
    assert "Traceback" not in piped.stderr


def test_report_writes_the_weekly_review(capsys, db_path, tmp_path):
    run(capsys, "demo", "--cards", "30", "--weeks", "4", "--db", str(db_path))
    target = tmp_path / "review.pdf"
    code, out, _ = run(
        capsys,
        "report",
        "--week",
        "2026-W48",
        "-o",
        str(target),
        "--db",
        str(db_path),
        "--paper",
        "letter",
    )
    assert code == 0
    assert out.strip() == str(target)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Weekly kaizen review 2026-W48" in text
    png = tmp_path / "review.png"
    assert run(capsys, "report", "-o", str(png), "--db", str(db_path))[0] == 0
    assert png.read_bytes().startswith(b"\x89PNG")


def test_report_draws_its_charts_without_loading_qt(db_path, tmp_path):
    """A command that draws no window has installed no translator: its words are as
    written, and it does not load QtCore for them (45-80 ms of the review's second)."""
    assert main(["demo", "--cards", "40", "--weeks", "4", "--db", str(db_path)]) == 0
    target = tmp_path / "review.pdf"
    script = (
        "import sys; from kaizen_board.app import main; code = main(sys.argv[1:]); "
        "print('PySide6.QtCore' in sys.modules); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "report", "--db", str(db_path), "-o", str(target)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "False"
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "improvements" in text  # the chart's legend, from charts.figure_text


def test_report_defaults_to_this_weeks_file(capsys, db_path, tmp_path, monkeypatch):
    from datetime import datetime

    from kaizen_board.reports.timeline import IsoWeek

    monkeypatch.chdir(tmp_path)
    run(capsys, "add", "An idea", "--db", str(db_path))
    assert run(capsys, "report", "--db", str(db_path))[0] == 0
    this_week = IsoWeek.of(datetime.now().date())
    assert (tmp_path / f"kaizen-review-{this_week}.pdf").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--week", "2026-W99"], "'2026-W99' is not an ISO week"),
        (["-o", "review.txt"], "can be saved as .pdf or .png"),
        (["-o", "/sys/review.pdf"], "cannot write /sys/review.pdf"),
    ],
)
def test_report_refuses_bad_input_with_status_2(capsys, db_path, args, message):
    run(capsys, "add", "An idea", "--db", str(db_path))
    code, _, err = run(capsys, "report", "--db", str(db_path), *args)
    assert code == 2
    assert message in err


def test_export_and_import_round_trip_from_the_command_line(capsys, db_path, tmp_path):
    run(capsys, "demo", "--cards", "25", "--weeks", "3", "--db", str(db_path))
    board_csv, events_csv = tmp_path / "board.csv", tmp_path / "events.csv"
    code, out, _ = run(
        capsys, "export", str(board_csv), "--history", str(events_csv), "--db", str(db_path)
    )
    assert code == 0
    assert "Wrote 25 cards of board 'Kaizen'" in out
    assert events_csv.read_text().startswith("card_id,kind,from_stage,to_stage,at,member,lap")
    fresh = tmp_path / "fresh.sqlite"
    code, out, _ = run(capsys, "import", str(board_csv), "--db", str(fresh), "--dry-run")
    assert out.startswith("Would import 25 cards into 'Kaizen'")
    assert listed(capsys, fresh) == []
    code, out, _ = run(capsys, "import", str(board_csv), "--db", str(fresh))
    assert out.startswith("Imported 25 cards into 'Kaizen'")
    again = tmp_path / "again.csv"
    run(capsys, "export", str(again), "--db", str(fresh))
    assert again.read_bytes() == board_csv.read_bytes()


def test_a_bad_import_exits_2_listing_lines_and_changes_nothing(capsys, db_path, tmp_path):
    run(capsys, "add", "Existing", "--db", str(db_path))
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "id,board,title,stage,position\n1,Kaizen,fine,standard,0\n2,Kaizen,,improve,0\n"
        "3,Kaizen,also,nowhere,0\n"
    )
    before = dump(db_path)
    code, out, err = run(capsys, "import", str(bad), "--db", str(db_path))
    assert code == 2
    assert "nothing was imported" in err
    assert "line 3, title: the title is empty" in err
    assert "line 4, stage: unknown stage 'nowhere'" in err
    assert dump(db_path) == before


def test_backup_and_restore_from_the_command_line(capsys, db_path, tmp_path):
    run(capsys, "add", "In the backup", "--db", str(db_path))
    copy = tmp_path / "copy.sqlite"
    code, out, _ = run(capsys, "backup", str(copy), "--db", str(db_path))
    assert code == 0
    assert out.strip() == f"Backed up {db_path} to {copy}"
    run(capsys, "add", "After the backup", "--db", str(db_path))
    code, out, _ = run(capsys, "restore", str(copy), "--db", str(db_path))
    assert code == 0
    assert "what it held before is in" in out
    assert [row[5] for row in listed(capsys, db_path)] == ["In the backup"]
    code, _, err = run(capsys, "restore", str(tmp_path / "nothing.sqlite"), "--db", str(db_path))
    assert code == 2
    assert "there is no backup file" in err


def test_backups_lists_each_backup_with_why_it_was_taken(capsys, db_path):
    run(capsys, "add", "Kept", "--db", str(db_path))
    assert run(capsys, "backup", "--db", str(db_path))[0] == 0
    code, out, _ = run(capsys, "backups", "--db", str(db_path))
    assert code == 0
    [line] = out.splitlines()
    when, why, path = line.split("\t")
    assert why == "taken by hand"
    assert Path(path).parent == db_path.parent / "backups"


def _wrecked_board_with_backup(capsys, db_path: Path) -> Path:
    """A board of 403 cards, backed up, then with pages 2 to 6 of its file overwritten."""
    from kaizen_board import ops
    from kaizen_board.store import open_store
    from tests.store.test_damage import wreck_inside

    for number in range(3):
        run(capsys, "add", f"card {number}", "--db", str(db_path))
    store = open_store(db_path)
    board = ops.default_board(store)
    for number in range(400):
        ops.add_card(store, board.id, f"more {number}", description="x" * 300)
    store.close()
    assert run(capsys, "backup", "--db", str(db_path))[0] == 0
    [backup] = (db_path.parent / "backups").iterdir()
    wreck_inside(db_path)
    return backup


def test_a_change_to_a_damaged_database_is_refused_and_the_backup_named(capsys, db_path):
    backup = _wrecked_board_with_backup(capsys, db_path)
    code, out, err = run(capsys, "add", "Into the damage", "--db", str(db_path))
    assert code == 2
    assert out == ""
    assert "is damaged" in err
    assert f"kaizen-board restore {backup}" in err
    assert len(err.strip().splitlines()) == 1  # one message, not SQLite's report of pages
    assert not db_path.exists()  # set aside, kept
    assert len(list(db_path.parent.glob("board.sqlite.damaged-*"))) == 1


def test_restore_over_a_damaged_database_sets_it_aside_and_restores(capsys, db_path):
    backup = _wrecked_board_with_backup(capsys, db_path)
    code, out, err = run(capsys, "restore", str(backup), "--db", str(db_path))
    assert (code, err) == (0, "")
    assert "was damaged: it was moved aside to" in out
    assert len(listed(capsys, db_path)) == 403


def test_a_read_only_command_on_a_missing_database_makes_nothing(capsys, tmp_path):
    missing = tmp_path / "typo" / "bord.sqlite"
    commands = (["list"], ["export", str(tmp_path / "x.csv")], ["report"], ["move", "1", "meet"])
    for command in commands:
        code, _, err = run(capsys, *command, "--db", str(missing))
        assert code == 2
        assert f"there is no database at {missing}" in err
    assert not missing.parent.exists()
    code, _, err = run(capsys, "add", "First idea", "--db", str(missing))
    assert code == 0
    assert f"made a new database at {missing}" in err


def test_an_empty_db_or_a_pipe_is_refused(capsys, tmp_path):
    code, _, err = run(capsys, "list", "--db", "")
    assert code == 2
    assert "the database location is empty" in err
    pipe = tmp_path / "pipe.sqlite"
    os.mkfifo(pipe)
    code, _, err = run(capsys, "add", "x", "--db", str(pipe))
    assert code == 2
    assert "is not a regular file" in err


def test_demo_goes_into_a_database_of_its_own_and_says_where(capsys, db_path, monkeypatch):
    from kaizen_board import paths

    monkeypatch.setenv("KAIZEN_BOARD_DB", str(db_path))  # the team's real board
    run(capsys, "add", "A real idea", "--db", str(db_path))
    code, out, _ = run(capsys, "demo", "--cards", "12", "--weeks", "2")
    assert code == 0
    demo = paths.demo_database_path()
    assert f"open it with: kaizen-board --db {demo}" in out
    assert [row[5] for row in listed(capsys, db_path)] == ["A real idea"]
    assert len(listed(capsys, demo)) > 0


def test_no_output_is_written_over_the_database_its_log_or_a_backup(capsys, db_path, tmp_path):
    db = str(db_path)
    run(capsys, "add", "Precious", "--db", db)
    assert run(capsys, "backup", "--db", db)[0] == 0
    [backup] = (db_path.parent / "backups").iterdir()
    link = tmp_path / "link.csv"
    os.link(db_path, link)
    before = dump(db_path)
    for command in (
        ["export", db],
        ["export", db + "-wal"],
        ["export", str(link)],
        ["export", str(tmp_path / "ok.csv"), "--history", str(backup)],
        ["backup", db],
        ["backup", str(backup)],
    ):
        code, _, err = run(capsys, *command, "--db", db)
        assert code == 2, command
        assert "is the board's own database, log or backup" in err
    assert dump(db_path) == before
    assert [row[5] for row in listed(capsys, db_path)] == ["Precious"]
    assert not (tmp_path / "ok.csv").exists()  # refused before the first file was written


def test_restore_says_it_waits_for_another_writer_and_gives_up_clearly(
    capsys, db_path, monkeypatch
):
    from kaizen_board.store import restore
    from tests.helpers import WriteLockHolder

    run(capsys, "add", "Kept", "--db", str(db_path))
    assert run(capsys, "backup", "--db", str(db_path))[0] == 0
    [backup] = (db_path.parent / "backups").iterdir()
    run(capsys, "add", "Added after", "--db", str(db_path))
    monkeypatch.setattr(restore, "WAIT_SECONDS", 1.0)
    with WriteLockHolder(db_path):
        code, _, err = run(capsys, "restore", str(backup), "--db", str(db_path))
    assert code == 2
    assert "waiting for another window or command to finish writing" in err
    assert "kept it locked for writing for 1 s, so nothing was restored" in err
    assert "Traceback" not in err
    assert [row[5] for row in listed(capsys, db_path)] == ["Added after", "Kept"]  # newest on top


def test_a_change_while_another_process_writes_says_the_database_is_busy(
    capsys, db_path, monkeypatch
):
    from kaizen_board.store.sqlite import engine as opening
    from tests.helpers import WriteLockHolder

    run(capsys, "add", "Kept", "--db", str(db_path))
    monkeypatch.setattr(opening, "BUSY_TIMEOUT_SECONDS", 0.3)
    with WriteLockHolder(db_path):
        code, _, err = run(capsys, "add", "Blocked", "--db", str(db_path))
    assert code == 2
    assert "is busy: another window or command kept it locked for writing" in err
    assert [row[5] for row in listed(capsys, db_path)] == ["Kept"]


def test_arguments_that_are_not_text_are_refused_clearly(capsys, db_path):
    run(capsys, "add", "Kept", "--db", str(db_path))
    before = dump(db_path)
    for argument in ("Lone \udcff byte", "\ud800"):
        code, _, err = run(capsys, "add", argument, "--db", str(db_path))
        assert code == 2
        assert "holds bytes that are not UTF-8 text" in err
    assert dump(db_path) == before


def test_a_link_that_leads_nowhere_is_said_to_be_one(capsys, tmp_path):
    loop = tmp_path / "loop.sqlite"
    loop.symlink_to(loop)
    dangling = tmp_path / "gone.sqlite"
    dangling.symlink_to(tmp_path / "moved-away.sqlite")
    for path in (loop, dangling):
        code, _, err = run(capsys, "add", "x", "--db", str(path))
        assert code == 2
        assert "is a symbolic link that leads nowhere (or round in a loop)" in err


def test_a_backups_path_that_is_a_file_is_refused_clearly(capsys, db_path):
    run(capsys, "add", "Kept", "--db", str(db_path))
    (db_path.parent / "backups").write_text("not a folder")
    code, _, err = run(capsys, "backup", "--db", str(db_path))
    assert code == 2
    assert "cannot make the folder" in err
    assert "Traceback" not in err


def test_a_full_disk_while_writing_a_backup_or_the_review_says_so(capsys, db_path, monkeypatch):
    import errno

    from matplotlib.figure import Figure

    from kaizen_board.store.sqlite import copies as backups

    run(capsys, "add", "Kept", "--db", str(db_path))
    real_connect = backups.sqlite3.connect

    def full_disk(path, *args, **kwargs):
        """The backup's new file has room for one page; other files as they are."""
        connection = real_connect(path, *args, **kwargs)
        if ".part" in str(path):
            connection.execute("PRAGMA max_page_count = 1")
        return connection

    monkeypatch.setattr(backups.sqlite3, "connect", full_disk)
    code, _, err = run(capsys, "backup", "--db", str(db_path))
    assert code == 2
    assert "the disk is full" in err
    monkeypatch.undo()

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Figure, "savefig", no_space)
    code, _, err = run(capsys, "report", "--db", str(db_path), "-o", str(db_path.parent / "r.pdf"))
    assert code == 2
    assert "No space left on device" in err


def test_a_move_that_skips_a_written_standard_warns_and_one_can_be_written_with_it(
    capsys, db_path, tmp_path
):
    from kaizen_board import ops
    from kaizen_board.stages import Stage
    from kaizen_board.store import open_store

    db = str(db_path)
    _, out, _ = run(capsys, "add", "Torque check", "--db", db)
    card = out.strip()
    code, _, err = run(capsys, "move", card, "meet", "--db", db)
    assert code == 0
    assert "warning: card #1 left Standard with no standard written" in err
    code, _, err = run(capsys, "move", card, "improve", "--db", db)
    assert err == ""  # past step 1: nothing to say
    text = tmp_path / "standard.txt"
    text.write_text("Torque to 12 Nm\nMark with paint\n", encoding="utf-8")
    code, _, err = run(
        capsys, "move", card, "restandardize", "--standard-file", str(text), "--db", db
    )
    assert (code, err) == (0, "")
    store = open_store(db)
    try:
        details = ops.card_details(store, int(card))
        assert (details["stage"], details["standard"]) == (
            Stage.RESTANDARDIZE,
            "Torque to 12 Nm\nMark with paint\n",
        )
        kinds = [event.kind for event in ops.card_history(store, int(card))]
        assert kinds[-2:] == ["edited", "improved"]
    finally:
        store.close()
    run(capsys, "move", card, "standard", "--db", db)
    code, _, err = run(capsys, "move", card, "meet", "--db", db)
    assert err == ""  # its next lap starts from the standard written
    code, _, err = run(capsys, "move", card, "restandardize", "--db", db)
    assert "entered Re-standardize without its new standard" in err
    text.write_bytes(b"\xff\xfe bad")
    code, _, err = run(capsys, "move", card, "improve", "--standard-file", str(text), "--db", db)
    assert code == 2
    assert "is not UTF-8 text" in err


def test_show_prints_one_card_whole(capsys, db_path):
    db = str(db_path)
    _, out, _ = run(capsys, "add", "Glove bins", "--owner", "Aiko", "--db", db)
    card = out.strip()
    run(capsys, "move", card, "restandardize", "--standard", "Two bins\nReorder at one", "--db", db)
    code, out, _ = run(capsys, "show", card, "--db", db)
    assert code == 0
    assert out.splitlines()[0] == f"#{card} Glove bins"
    assert "  owner: Aiko; submitted by:" in out
    assert "Standard, version 1:\n  Two bins\n  Reorder at one\n  confirmed in lap 1 by: no" in out
    assert "  earlier texts, oldest first:\n  lap 1, replaced " in out
    assert "improved: moved Standard → Re-standardize" in out
    assert "edited (standard)" in out
    code, _, err = run(capsys, "show", "999", "--db", db)
    assert code == 2
    assert "there is no card #999" in err


def test_sheet_writes_a_cards_kaizen_sheet(capsys, db_path, tmp_path):
    db = str(db_path)
    _, out, _ = run(capsys, "add", "Glove bins", "--db", db)
    card = out.strip()
    target = tmp_path / "out" / "glove.pdf"
    target.parent.mkdir()
    code, out, _ = run(capsys, "sheet", card, "-o", str(target), "--db", db)
    assert code == 0
    assert out.strip() == f"Wrote the kaizen sheet of card #{card} to {target}"
    assert target.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "sheet", "999", "-o", str(tmp_path / "out" / "x.pdf"), "--db", db)
    assert code == 2
    assert "there is no card #999" in err


def test_confirm_members_attach_and_show_carry_step_2_and_the_photos(capsys, db_path, tmp_path):
    from tests.pictures import jpeg_bytes

    db = str(db_path)
    run(capsys, "add", "Glove bins", "--owner", "Aiko", "--by", "Ben", "--db", db)
    run(capsys, "move", "1", "meet", "--standard", "One bin per line", "--db", db)
    code, out, _ = run(capsys, "confirm", "1", "--by", "aiko", "--db", db)
    assert (code, out.strip()) == (
        0,
        "Aiko confirmed: #1 Glove bins, standard version 1; 1/2 on standard (not yet: Ben)",
    )
    assert "had confirmed it already" in run(capsys, "confirm", "1", "--by", "Aiko", "--db", db)[1]
    assert run(capsys, "members", "add", "Chloé", "--db", db)[0] == 0
    code, _, err = run(capsys, "move", "1", "improve", "--db", db)
    assert code == 0
    assert "Do not skip this step".lower() in err
    assert "not yet confirmed by Ben, Chloé" in " ".join(err.split())
    assert run(capsys, "members", "remove", "Ben", "--db", db)[0] == 0
    code, out, _ = run(capsys, "members", "--all", "--db", db)
    assert [line.split("\t")[0] for line in out.splitlines()] == ["Aiko", "Ben", "Chloé"]
    assert "left" in out.splitlines()[1]
    assert "left" not in out.splitlines()[0]
    photo = tmp_path / "before.jpg"
    photo.write_bytes(jpeg_bytes(320, 240))
    code, out, _ = run(capsys, "attach", "1", str(photo), "--before", "--db", db)
    assert (code, out.strip()) == (0, "picture #1 (before, 320 x 240) added to card #1")
    code, out, _ = run(capsys, "show", "1", "--db", db)
    assert "Standard, version 1:\n  One bin per line\n" in out
    assert "confirmed in lap 1 by: Aiko; not yet by: Chloé" in out
    assert "#1 before: 320 x 240 JPEG" in out
    assert "(before.jpg)" in out
    assert "confirmed (standard version 1, by Aiko)" in out
    assert "pictured (added a before picture: before.jpg)" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"id,title\n1,x\n", "notes.jpg is not a picture Kaizen Board can read"),
        (None, "no such file"),
    ],
)
def test_attach_refuses_what_is_not_a_picture_with_status_2(
    capsys, db_path, tmp_path, content, message
):
    db = str(db_path)
    run(capsys, "add", "Glove bins", "--db", db)
    picture = tmp_path / "notes.jpg"
    if content is not None:
        picture.write_bytes(content)
    before = dump(db_path)
    code, _, err = run(capsys, "attach", "1", str(picture), "--after", "--db", db)
    assert (code, message in err, "Traceback" in err) == (2, True, False)
    assert dump(db_path) == before
    code, _, err = run(capsys, "confirm", "1", "--db", db)
    assert (code, "no standard written yet" in err) == (2, True)


def test_add_puts_the_new_card_on_top_of_its_column_as_the_window_does(capsys, db_path):
    for title in ("First", "Second"):
        assert run(capsys, "add", title, "--db", str(db_path))[0] == 0
    assert [row[5] for row in listed(capsys, db_path)] == ["Second", "First"]


def test_install_desktop_puts_the_entry_and_the_icon_in_the_users_data_folder(
    capsys, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    code, out, _ = run(capsys, "install-desktop")
    assert code == 0
    entry = tmp_path / "share" / "applications" / "kaizen-board.desktop"
    icon = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "kaizen-board.svg"
    assert out.split() == [str(entry), str(icon)]
    lines = entry.read_text().splitlines()
    assert "Icon=kaizen-board" in lines
    (command,) = (line.removeprefix("Exec=") for line in lines if line.startswith("Exec="))
    assert command.split() == [sys.executable, "-m", "kaizen_board"]
    assert icon.read_bytes().startswith(b"<svg") or b"<svg" in icon.read_bytes()[:200]
    done = subprocess.run([*command.split(), "--version"], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.startswith("kaizen-board")


def test_install_desktop_where_no_folder_can_be_made_says_so_with_status_2(
    capsys, tmp_path, monkeypatch
):
    blocker = tmp_path / "share"
    blocker.write_text("a file, not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    code, _, err = run(capsys, "install-desktop")
    assert code == 2
    assert f"cannot make the folder {blocker / 'applications'}" in err
    assert "Traceback" not in err
