"""Where the program keeps its files, in one place that tests can redirect."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "kaizen-board"
DATABASE_FILE_NAME = "board.sqlite"

_data_dir_override: Path | None = None


def set_data_dir(path: Path | None) -> None:
    """Use `path` instead of the user's data folder (None goes back to it)."""
    global _data_dir_override
    _data_dir_override = None if path is None else Path(path)


def data_dir() -> Path:
    """The user's data folder for this program (not created here).

    On Linux `$XDG_DATA_HOME/kaizen-board`, by default `~/.local/share/kaizen-board`.
    """
    if _data_dir_override is not None:
        return _data_dir_override
    from PySide6.QtCore import QStandardPaths

    set_app_identity()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def set_app_identity() -> None:
    """Name the program for Qt, which derives folders and settings from the name."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationName(APP_NAME)


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE_NAME


def demo_database_path() -> Path:
    """Where `kaizen-board demo` puts its sample board unless told otherwise: a file of its
    own, so that the sample never mixes with a team's real cards."""
    return data_dir() / "demo.sqlite"


def settings_path() -> Path:
    """The window's settings file: `$XDG_CONFIG_HOME/kaizen-board.conf`, by default
    `~/.config/kaizen-board.conf`."""
    folder = os.environ.get("XDG_CONFIG_HOME", "")
    if not os.path.isabs(folder):  # unset or relative: ignored, as the XDG rules say
        folder = os.path.join(os.path.expanduser("~"), ".config")
    return Path(folder) / f"{APP_NAME}.conf"


def settings():
    """The window's settings (layout, the member at the keyboard, the last board).

    Versions before 0.2 let Qt choose the file, which it put in a folder named "Unknown
    Organization"; such a file is taken over once.
    """
    from PySide6.QtCore import QSettings

    path = settings_path()
    earlier = path.parent / "Unknown Organization" / f"{APP_NAME}.conf"
    if not path.exists() and earlier.is_file():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(earlier.read_bytes())
        except OSError:
            pass  # the earlier settings stay where they are; defaults are used
    return QSettings(str(path), QSettings.Format.IniFormat)
