"""What happens when the program itself fails: a log file, one message, and work kept.

Every change is its own transaction, so an exception in the middle of one rolls it
back and leaves everything committed before it as it was; the window stays usable.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from kaizen_board.files import private_folder

LOG_NAME = "kaizen-board.log"
_state: dict = {"shown": False, "log": None, "fault_file": None}


def install(folder: Path) -> Path:
    """Log uncaught exceptions (and hard crashes, via faulthandler) to a file in `folder`."""
    private_folder(folder)
    uninstall()
    log = folder / LOG_NAME
    _state["log"] = log
    _state["shown"] = False
    fault_file = _open_log(log)  # kept open: a crash cannot open files
    _state["fault_file"] = fault_file
    faulthandler.enable(file=fault_file)
    sys.excepthook = report
    return log


def _open_log(log: Path):
    """The log, for appending; made readable by its owner only (it may quote cards)."""
    descriptor = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
    return os.fdopen(descriptor, "a", encoding="utf-8")


def uninstall() -> None:
    """Back to Python's own handling (for tests, and before installing again)."""
    if _state["fault_file"] is not None:
        faulthandler.disable()
        _state["fault_file"].close()
        _state["fault_file"] = None
    sys.excepthook = sys.__excepthook__


def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook: write the traceback to the log; tell the user, once a session."""
    log: Path | None = _state["log"]
    text = "".join(traceback.format_exception(kind, error, trace))
    if log is not None:
        with _open_log(log) as file:
            file.write(f"--- {datetime.now().astimezone():%Y-%m-%d %H:%M:%S %z}\n{text}\n")
    else:
        sys.stderr.write(text)
    if _state["shown"] or QApplication.instance() is None:
        return
    _state["shown"] = True
    QMessageBox.critical(
        None,
        QApplication.translate("Crash", "Kaizen Board"),
        QApplication.translate(
            "Crash",
            "Something went wrong inside Kaizen Board ({0}).\n\nWhat you did before is saved: "
            "each change is stored on its own, and one that fails changes nothing. The "
            "details are in {1}; this message will not show again in this session.",
        ).format(kind.__name__, log),
    )
