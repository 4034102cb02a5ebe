"""Backups of a database: when one is due, what they are named, how many are kept.

A backup is a complete database file in a `backups` folder beside the board's file,
named after it with the time it was taken (and why, for the ones taken before a
migration or a restore). The engine copies and checks it before it takes its final
name, so a file there is one that was good when written.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kaizen_board.store.store import Store
from kaizen_board.translation import translate

KEEP = 7  # of each kind: daily, manual, before a restore, before an upgrade
DAILY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S-%f"  # to the microsecond: two backups never share a name
_STAMP_PATTERN = r"\d{8}-\d{6}-\d{6}"
_REASON_PATTERN = r"manual|before-restore|before-deleting-a-board|before-v\d+-to-v\d+"


@dataclass(frozen=True)
class Backup:
    """A backup file in the backups folder, as its name tells.

    Attributes:
        path: the file.
        taken_at: when it was taken (UTC), by the clock of that moment.
        reason: None for the daily backup, "manual" for one taken on request,
            "before-restore", or "before-vN-to-vM" for one taken before an upgrade.
    """

    path: Path
    taken_at: datetime
    reason: str | None

    @property
    def kind(self) -> str:
        """What it is rotated with: "daily", "manual", "before-restore",
        "before-deleting-a-board" or "before-upgrade"."""
        if self.reason is None:
            return "daily"
        return "before-upgrade" if self.reason.startswith("before-v") else self.reason

    def describe(self) -> str:
        """Why it was taken, in the user's words: "daily", "before the upgrade from version
        1 to 2"."""
        if self.reason is None:
            return translate("Backups", "daily")
        if self.reason == "before-restore":
            return translate("Backups", "before a restore")
        if self.reason == "before-deleting-a-board":
            return translate("Backups", "before a board was deleted")
        upgrade = re.fullmatch(r"before-v(\d+)-to-v(\d+)", self.reason)
        if upgrade:
            return translate("Backups", "before the upgrade from version {old} to {new}").format(
                old=upgrade[1], new=upgrade[2]
            )
        if self.reason == "manual":
            return translate("Backups", "taken by hand")
        return self.reason  # a reason of a later version, as its name has it


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def _name(database: Path, moment: datetime, reason: str | None) -> str:
    suffix = f"-{reason}" if reason else ""
    return f"{database.stem}-{moment.astimezone(UTC):{_STAMP}}{suffix}.sqlite"


def parse_backup_name(database: Path, path: Path) -> Backup | None:
    """The backup a file's name describes, if it is one of this database's; else None.

    The one reader of backup names: the window's list, the command line and rotation.
    """
    match = re.fullmatch(
        rf"{re.escape(database.stem)}-({_STAMP_PATTERN})(?:-({_REASON_PATTERN}))?\.sqlite",
        path.name,
    )
    if match is None:
        return None
    taken = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
    return Backup(path, taken, match[2])


def backups_of(database: Path, now: datetime | None = None) -> list[Backup]:
    """The database's backups, newest first.

    Names stamped after `now` (the clock was once ahead) are not trusted to be new:
    they come after all others, so they neither look like today's backup nor push the
    backups taken since out of the rotation.
    """
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    now = now or datetime.now(UTC)
    found = [
        backup
        for path in folder.iterdir()
        if (backup := parse_backup_name(database, path)) is not None
    ]
    return sorted(found, key=lambda backup: (backup.taken_at <= now, backup.taken_at), reverse=True)


def list_backups(database: Path, now: datetime | None = None) -> list[Path]:
    """The database's backup files, newest first (see `backups_of`)."""
    return [backup.path for backup in backups_of(database, now)]


def take_backup(
    store: Store,
    now: datetime | None = None,
    reason: str | None = None,
    *,
    keep: Path | None = None,
) -> Path:
    """A new verified backup of the database into its backups folder; of its kind, the
    oldest beyond KEEP are deleted, but never `keep` (a backup about to be restored)."""
    database = Path(store.location)
    now = now or store.now()
    target = backup_folder(database) / _name(database, now, reason)
    store.engine.copy_to(store, target)
    new = parse_backup_name(database, target)
    assert new is not None, "a backup is named as parse_backup_name reads"
    same_kind = [backup for backup in backups_of(database, now) if backup.kind == new.kind]
    for old in same_kind[KEEP:]:
        if not _same_file(old.path, target) and not _same_file(old.path, keep):
            old.path.unlink(missing_ok=True)
    return target


def _same_file(path: Path, other: Path | None) -> bool:
    """Whether two paths lead to one file, however each is written (relative to another
    folder, through a link): the rotation lists a backup by its folder's path, a restore
    names it as the user typed it."""
    if other is None:
        return False
    try:
        return os.path.samefile(path, other)
    except OSError:  # one of them is not there (any more): compare where they lead
        return path.resolve() == Path(other).resolve()


def backup_if_due(store: Store, now: datetime | None = None) -> Path | None:
    """The daily backup: taken if the newest daily one is a day old (or there is none) and
    the board changed since it was taken. Returns the new backup, or None."""
    database = Path(store.location)
    now = now or store.now()
    trusted = [
        backup
        for backup in backups_of(database, now)
        if backup.kind == "daily" and backup.taken_at <= now
    ]
    if trusted:
        if now - trusted[0].taken_at < DAILY:
            return None
        with store.read():
            unchanged = store.engine.backup_fingerprint(trusted[0].path) == (
                store.engine.fingerprint(store)
            )
        if unchanged:
            return None
    return take_backup(store, now)
