"""Backups, restores and migrations: nothing committed is ever lost, every upgrade reversible."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from kaizen_board import ops
from kaizen_board.errors import DatabaseProblem
from kaizen_board.store import open_store, schema
from kaizen_board.store.backups import (
    KEEP,
    backup_if_due,
    backups_of,
    list_backups,
    parse_backup_name,
    take_backup,
)
from kaizen_board.store.restore import backup_now, restore_backup
from kaizen_board.store.sqlite.copies import verify
from tests.helpers import dump

V1 = Path(__file__).resolve().parent.parent / "data" / "schema-v1.sqlite"


def titles(store) -> list[str]:
    return [card.title for card in ops.list_cards(store, ops.default_board(store).id)]


def test_a_backup_is_a_verified_copy_in_the_backups_folder(store, board, db_path):
    ops.add_card(store, board.id, "Kept")
    backup = backup_now(store)
    assert backup.parent == db_path.parent / "backups"
    verify(backup)
    copy = open_store(backup)
    assert titles(copy) == ["Kept"]
    copy.close()


def test_the_daily_backup_is_taken_when_due_and_something_changed(store, board, db_path, clock):
    first = backup_if_due(store, clock.now())
    assert first is not None
    clock.advance(timedelta(hours=5))
    ops.add_card(store, board.id, "Changed")
    assert backup_if_due(store, clock.now()) is None  # not a day yet
    clock.advance(timedelta(days=1))
    second = backup_if_due(store, clock.now())
    assert second is not None
    clock.advance(timedelta(days=2))
    assert backup_if_due(store, clock.now()) is None  # nothing changed
    assert list_backups(db_path, clock.now()) == [second, first]


def test_only_the_last_seven_backups_are_kept(store, board, db_path, clock):
    taken = []
    for day in range(KEEP + 3):
        ops.add_card(store, board.id, f"day {day}")
        clock.advance(timedelta(days=1))
        taken.append(backup_if_due(store, clock.now()))
    assert list_backups(db_path, clock.now()) == list(reversed(taken))[:KEEP]


@pytest.mark.slow
def test_a_backup_taken_while_another_process_writes_is_consistent(store, board, db_path, tmp_path):
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
        from kaizen_board import ops
        from kaizen_board.store import open_store
        store = open_store({str(db_path)!r})
        board = ops.default_board(store)
        for number in range(400):
            card = ops.add_card(store, board.id, f"card {{number}}").card_id
            ops.move_card(store, card, "improve")
        """),
        ]
    )
    backups = []
    while writer.poll() is None:
        backups.append(backup_now(store, tmp_path / f"copy-{len(backups)}.sqlite"))
    assert writer.returncode == 0
    assert len(backups) > 1
    for backup in backups:
        verify(backup)
        connection = sqlite3.connect(backup)
        cards = connection.execute("SELECT COUNT(*) FROM card").fetchone()[0]
        created, moved = (
            connection.execute("SELECT COUNT(*) FROM event WHERE kind = ?", (kind,)).fetchone()[0]
            for kind in ("created", "moved")
        )
        improve = connection.execute(
            "SELECT COUNT(*) FROM card WHERE stage = 'improve'"
        ).fetchone()[0]
        connection.close()
        assert cards == created  # every card with its event, or neither
        assert improve == moved  # every move with its event, or neither


def test_restore_puts_a_backup_back_and_keeps_what_was_there(store, board, db_path):
    ops.add_card(store, board.id, "Before")
    backup = backup_now(store)
    ops.add_card(store, board.id, "After")
    kept = restore_backup(store, backup)
    assert titles(store) == ["Before"]
    saved = open_store(kept)
    assert titles(saved) == ["Before", "After"]
    saved.close()


def test_a_bad_backup_is_refused_and_nothing_is_replaced(store, board, db_path, tmp_path):
    ops.add_card(store, board.id, "Still here")
    before = dump(db_path)
    not_a_backup = tmp_path / "notes.sqlite"
    not_a_backup.write_text("hello")
    with pytest.raises(DatabaseProblem, match="damaged or not a database"):
        restore_backup(store, not_a_backup)
    with pytest.raises(DatabaseProblem, match="there is no backup file"):
        restore_backup(store, tmp_path / "missing.sqlite")
    newer = backup_now(store, tmp_path / "newer.sqlite")
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE schema_info SET value = '99'")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseProblem, match="newer version"):
        restore_backup(store, newer)
    assert dump(db_path) == before
    assert list_backups(db_path) == []  # nothing was even backed up


def _v1_copy(tmp_path) -> Path:
    copy = tmp_path / "old.sqlite"
    shutil.copy(V1, copy)
    return copy


def test_a_database_of_the_first_schema_opens_as_it_is(tmp_path, clock):
    store = open_store(_v1_copy(tmp_path), clock=clock)
    assert len(titles(store)) > 0
    assert (
        len(list(ops.list_cards(store, 1))) + len(list(ops.list_cards(store, 1, archived=True)))
        == 20
    )
    store.close()


def test_a_migration_backs_up_first_and_upgrades_in_one_transaction(tmp_path, clock, monkeypatch):
    path = _v1_copy(tmp_path)
    before = sqlite3.connect(path).execute("SELECT COUNT(*), MAX(id) FROM card").fetchone()

    def add_colour(store):
        from playhouse.migrate import SqliteMigrator, migrate

        from kaizen_board.store.models import Card

        migrate(
            SqliteMigrator(store.database).add_column(
                Card._meta.table_name, "colour", Card.title.__class__(default="", max_length=20)
            )
        )

    newest = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", newest + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, newest: add_colour})
    store = open_store(path, clock=clock)
    assert schema.stored_version(store) == newest + 1
    assert store.database.execute_sql("SELECT COUNT(*), MAX(id) FROM card").fetchone() == before
    columns = [row[1] for row in store.database.execute_sql("PRAGMA table_info(card)")]
    assert "colour" in columns
    [backup] = list_backups(path)
    assert backup.name.endswith(f"-before-v1-to-v{newest + 1}.sqlite")
    verify(backup)
    assert sqlite3.connect(backup).execute("SELECT value FROM schema_info").fetchone() == ("1",)
    store.close()


def test_a_migration_that_fails_leaves_the_old_version_and_data(tmp_path, clock, monkeypatch):
    path = _v1_copy(tmp_path)
    before = dump(path)

    def half_done(store):
        store.database.execute_sql("UPDATE card SET title = 'broken'")
        store.database.execute_sql("CREATE TABLE half (x)")
        raise RuntimeError("disk unplugged")

    newest = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", newest + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, newest: half_done})
    with pytest.raises(DatabaseProblem, match="failed .disk unplugged.; it was left at version 1"):
        open_store(path, clock=clock)
    assert dump(path) == before
    [backup] = list_backups(path)
    verify(backup)


def test_backup_names_are_read_by_one_parser_with_their_reason(store, board, db_path, clock):
    daily = backup_if_due(store, clock.now())
    clock.advance(timedelta(minutes=1))
    manual = backup_now(store)
    clock.advance(timedelta(minutes=1))
    before_restore = take_backup(store, clock.now(), reason="before-restore")
    clock.advance(timedelta(minutes=1))
    upgrade = take_backup(store, clock.now(), reason="before-v1-to-v2")
    (db_path.parent / "backups" / "notes.sqlite").write_text("not a backup")
    found = backups_of(db_path, clock.now())
    assert [backup.path for backup in found] == [upgrade, before_restore, manual, daily]
    assert [backup.describe() for backup in found] == [
        "before the upgrade from version 1 to 2",
        "before a restore",
        "taken by hand",
        "daily",
    ]
    assert [backup.kind for backup in found] == [
        "before-upgrade",
        "before-restore",
        "manual",
        "daily",
    ]
    assert found[-1].taken_at == clock.now() - timedelta(minutes=3)
    assert (
        parse_backup_name(db_path, db_path.parent / "other-20261123-090000-000000.sqlite") is None
    )


def seven_before_restore_backups(store, board, clock) -> list[Path]:
    """A full rotation of before-restore backups, oldest first, each of one more card."""
    taken = []
    for number in range(KEEP):
        ops.add_card(store, board.id, f"state {number}")
        clock.advance(timedelta(minutes=1))
        taken.append(take_backup(store, clock.now(), "before-restore"))
    return taken


def test_restoring_the_oldest_of_seven_backups_keeps_it(store, board, db_path, clock):
    oldest = seven_before_restore_backups(store, board, clock)[0]
    clock.advance(timedelta(minutes=1))
    restore_backup(store, oldest)
    assert titles(store) == ["state 0"]
    assert oldest.exists()
    restore_backup(store, oldest)  # again: it is still there to restore
    assert titles(store) == ["state 0"]


def test_the_oldest_backup_named_from_another_folder_or_through_a_link_is_kept(
    store, board, db_path, clock, tmp_path, monkeypatch
):
    oldest = seven_before_restore_backups(store, board, clock)[0]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = elsewhere / "chosen.sqlite"
    link.symlink_to(oldest)
    clock.advance(timedelta(minutes=1))
    restore_backup(store, link)
    assert oldest.exists()
    assert titles(store) == ["state 0"]
    monkeypatch.chdir(elsewhere)
    clock.advance(timedelta(minutes=1))
    restore_backup(store, Path("..") / oldest.relative_to(tmp_path))
    assert oldest.exists()
    assert titles(store) == ["state 0"]


def test_restore_on_the_command_line_of_a_backup_named_relatively_keeps_it(
    store, board, db_path, clock
):
    oldest = seven_before_restore_backups(store, board, clock)[0]
    store.close()
    relative = oldest.relative_to(db_path.parent)  # backups/board-...-before-restore.sqlite
    restored = subprocess.run(
        [sys.executable, "-m", "kaizen_board", "--db", str(db_path), "restore", str(relative)],
        cwd=db_path.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert restored.returncode == 0, restored.stderr
    assert oldest.exists()
    again = subprocess.run(
        [sys.executable, "-m", "kaizen_board", "--db", str(db_path), "restore", str(relative)],
        cwd=db_path.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert oldest.exists()
    copy = open_store(db_path)
    assert titles(copy) == ["state 0"]
    copy.close()


def test_manual_and_before_restore_backups_leave_the_daily_ones_alone(store, board, db_path, clock):
    daily = []
    for day in range(3):
        ops.add_card(store, board.id, f"day {day}")
        clock.advance(timedelta(days=1))
        daily.append(backup_if_due(store, clock.now()))
    for _ in range(KEEP + 2):
        clock.advance(timedelta(minutes=1))
        backup_now(store)
        take_backup(store, clock.now(), "before-restore")
    kept = list_backups(db_path, clock.now())
    assert all(path in kept for path in daily)
    kinds = [backup.kind for backup in backups_of(db_path, clock.now())]
    assert (kinds.count("manual"), kinds.count("before-restore")) == (KEEP, KEEP)


def test_backups_named_in_the_future_do_not_stop_the_daily_backup(store, board, db_path, clock):
    real_now = clock.now()
    clock.current = real_now.replace(year=real_now.year + 1)  # the clock was once a year ahead
    ahead = []
    for day in range(KEEP):
        ops.add_card(store, board.id, f"ahead {day}")
        clock.advance(timedelta(days=1))
        ahead.append(backup_if_due(store, clock.now()))
    clock.current = real_now  # put right
    ops.add_card(store, board.id, "today")
    today = backup_if_due(store, clock.now())
    assert today is not None
    assert today.exists()
    assert list_backups(db_path, clock.now())[0] == today
    ops.add_card(store, board.id, "tomorrow")
    clock.advance(timedelta(days=1))
    tomorrow = backup_if_due(store, clock.now())
    assert tomorrow is not None
    assert list_backups(db_path, clock.now())[:2] == [tomorrow, today]
    # The ones named in the future go first when the rotation is full.
    assert sum(path.exists() for path in ahead) == KEEP - 2
