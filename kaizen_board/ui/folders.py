"""Where the file dialogs start: in the folder of the last file chosen in any of them,
else in the user's documents folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from kaizen_board import paths

LAST_FOLDER = "last folder"  # the settings' key


def start_in(name: str = "") -> str:
    """Where a dialog starts, with `name` as the file's name (a save dialog's)."""
    folder = Path(str(paths.settings().value(LAST_FOLDER, "") or ""))
    if not str(folder) or str(folder) == "." or not folder.is_dir():
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return str(folder / name) if name else str(folder)


def remember(path: str) -> None:
    """The folder of a file just chosen: where the next dialog starts."""
    if path:
        settings = paths.settings()
        settings.setValue(LAST_FOLDER, str(Path(path).parent))
        settings.sync()
