"""Long work a user asked for (a restore, an import, an export) done off the window's
thread, with a progress dialog that can cancel it.

The work runs on a thread of its own (peewee gives it its own connection); the window
keeps painting and answering. Once the work has taken `SHOW_AFTER_MS`, a window-modal
progress dialog shows what it does and how far it is; Cancel asks the work to stop at
its next report. The answer, or the error the work raised, comes back to the caller as
if the work had run in place.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from kaizen_board.errors import KaizenError
from kaizen_board.translation import translate

SHOW_AFTER_MS = 300  # quicker work shows no dialog at all


class Cancelled(KaizenError):
    """The user cancelled the work; whatever it does on cancelling, nothing was changed."""


class Task(QThread):
    """One piece of work on a thread of its own.

    The work is given the task: `task.report(done, total)` says how far it is (and is
    False once the user cancelled), `task.say(text)` what it does now.

    Signals:
        progressed(int, int): done, of total (0 of 0: busy, no measure).
        said(str): what the work does now.
    """

    progressed = Signal(int, int)
    said = Signal(str)

    def __init__(self, work: Callable[[Task], Any], parent=None) -> None:
        super().__init__(parent)
        self.work = work
        self.answer: Any = None
        self.error: BaseException | None = None
        self._cancelled = threading.Event()

    def run(self) -> None:
        try:
            self.answer = self.work(self)
        except BaseException as error:  # handed to the caller on the window's thread
            self.error = error

    def report(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def say(self, text: str) -> None:
        self.said.emit(text)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


def run_in_background(
    parent: QWidget, label: str, work: Callable[[Task], Any], *, cancellable: bool = True
) -> Any:
    """Run `work(task)` off the window's thread and return its answer (or raise its
    error), the window painting meanwhile and a progress dialog shown if it takes long."""
    task = Task(work)
    dialog = QProgressDialog(
        label, translate("Tasks", "Cancel") if cancellable else "", 0, 0, parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(1 << 30)  # shown by the timer below, not by a guess
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(translate("Tasks", "Cancelling…")))
    task.progressed.connect(lambda done, total: _show_progress(dialog, done, total))
    task.said.connect(dialog.setLabelText)
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    timer = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
    timer.timeout.connect(dialog.show)
    task.start()
    timer.start()
    if not task.isFinished():
        loop.exec()
    task.wait()
    timer.stop()
    dialog.close()
    dialog.deleteLater()
    if task.error is not None:
        raise task.error
    return task.answer


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(total)
    dialog.setValue(min(done, total) if total else 0)
