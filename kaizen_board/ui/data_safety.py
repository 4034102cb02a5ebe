"""Keeping the window's data safe: the background check and daily backup, restoring a
backup, and recovering from a damaged database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from kaizen_board.errors import KaizenError
from kaizen_board.store import open_store
from kaizen_board.ui.plain_text import as_rich_text

if TYPE_CHECKING:
    from kaizen_board.ui.mainwindow import MainWindow


class DataSafety(QObject):
    """The window's backups and restores.

    Attributes:
        window: the main window whose database it looks after.
        backup_thread: the background check and backup, once started.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.backup_thread = None

    def start_daily_backup(self) -> None:
        """Check the file and take the day's backup in the background (see DailyBackup)."""
        from kaizen_board.ui.dialogs.backup_dialogs import DailyBackup

        if not self.window.store.engine.keeps_file_backups:
            return  # a team server's backups are taken by name (kaizen-board backup FILE)
        self.backup_thread = DailyBackup(self.window.store.location, self.window.store.now(), self)
        self.backup_thread.done.connect(
            lambda path: (
                path
                and self.window.statusBar().showMessage(
                    self.tr("Backed up to {0}").format(path), 8000
                )
            )
        )
        self.backup_thread.failed.connect(
            lambda message: self.window.show_error(
                self.tr(
                    "The daily backup was not taken: {0}. The earlier backups are untouched."
                ).format(message)
            )
        )
        self.backup_thread.damaged.connect(self.recover_damaged)
        self.backup_thread.start()

    def wait_for_background_work(self) -> None:
        if self.backup_thread is not None:
            self.backup_thread.wait()

    def restore_from_backup(self) -> None:
        from kaizen_board.store.restore import require_file_backups
        from kaizen_board.ui.dialogs.backup_dialogs import RestoreDialog, confirm_restore

        try:
            require_file_backups(self.window.store.location)
        except KaizenError as error:
            self.window.show_error(str(error))
            return
        dialog = RestoreDialog(Path(self.window.store.location), self.window)
        accepted = dialog.exec() == RestoreDialog.DialogCode.Accepted
        chosen = dialog.chosen
        dialog.deleteLater()
        if not accepted or chosen is None:
            return
        if not confirm_restore(self.window, chosen, self.window.store.location):
            return
        done = self.restore(chosen)
        if done is None:
            return
        before = done.before if done.set_aside is None else done.set_aside
        self.window.statusBar().showMessage(
            self.tr("Restored {0}; what the board held before is in {1}").format(
                chosen.name, before
            ),
            12000,
        )

    def restore(self, backup: Path):
        """Restore a backup into the database shown, off the window's thread: its own
        store is closed meanwhile (so that a damaged file can be set aside) and the board
        is read-only until it is back. The window keeps painting; waiting for another
        writer's lock is said and can be cancelled. None (and said why) if it failed."""
        from kaizen_board.store.restore import restore_at
        from kaizen_board.ui.tasks import Cancelled, run_in_background

        location, member = self.window.store.location, self.window.store.member_name
        self.wait_for_background_work()
        self.window.controller.set_read_only(self.tr("a backup is being restored"))
        self.window.store.close()

        def work(task):
            def waiting() -> None:
                task.say(self.tr("Waiting for another window or command to finish writing…"))
                if not task.report(0, 0):
                    raise Cancelled(self.tr("The restore was cancelled: nothing was changed"))

            done = restore_at(location, backup, member_name=member, waiting=waiting)
            done.store.close()  # this thread's connection; the window opens its own
            return done

        try:
            done = run_in_background(
                self.window, self.tr("Restoring {0}…").format(Path(backup).name), work
            )
        except KaizenError as error:
            self.window.show_error(str(error))
            self._reopen(location, member)
            return None
        self._reopen(location, member)
        return done

    def _reopen(self, location: str, member: str) -> None:
        try:
            self.window.session.adopt_store(open_store(location, member_name=member))
        except KaizenError as error:
            self.window.show_error(str(error))

    def recover_damaged(self, problem: str) -> None:
        """SQLite found the open database damaged: offer to set it aside (kept, never
        deleted) and restore the newest backup, or start an empty board if there is none."""
        from kaizen_board.store.backups import list_backups
        from kaizen_board.store.opening import engine_for

        location, member = self.window.store.location, self.window.store.member_name
        backups = list_backups(Path(location))
        newest = backups[0] if backups else None
        question = self.tr("{0} is damaged ({1}).").format(location, problem) + "\n\n"
        question += (
            self.tr(
                "Set it aside (it is kept, not deleted) and restore the newest backup, {0}?"
            ).format(newest.name)
            if newest
            else self.tr("Set it aside (it is kept, not deleted) and start an empty board?")
        )
        answer = QMessageBox.question(self.window, self.tr("Kaizen Board"), as_rich_text(question))
        if answer != QMessageBox.StandardButton.Yes:
            self.window.statusBar().showMessage(
                self.tr("The database is damaged: {0}").format(problem)
            )
            return
        self.wait_for_background_work()
        self.window.store.close()
        damaged = engine_for(location).set_aside_damaged(location, problem)
        if damaged.moved_to is None:
            self._reopen(location, member)
            self.window.show_error(str(damaged))
            return
        if newest is not None:
            from kaizen_board.store.restore import restore_at
            from kaizen_board.ui.tasks import run_in_background

            def work(_task) -> None:
                restore_at(location, newest, member_name=member).store.close()

            try:
                run_in_background(self.window, self.tr("Restoring {0}…").format(newest.name), work)
            except KaizenError as error:
                self.window.show_error(str(error))
        self._reopen(location, member)
        self.window.statusBar().showMessage(
            self.tr("The damaged database was moved aside to {0}").format(damaged.moved_to),
            15000,
        )
