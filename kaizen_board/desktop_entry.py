"""`kaizen-board install-desktop`: the applications menu's entry and the icon, for the
user alone, where the freedesktop.org specifications say (no root, no package)."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from kaizen_board.errors import FileProblem
from kaizen_board.files import write_atomically
from kaizen_board.translation import translate

ICONS = Path(__file__).parent / "ui" / "icons"


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share."""
    folder = os.environ.get("XDG_DATA_HOME", "")
    return Path(folder) if os.path.isabs(folder) else Path.home() / ".local" / "share"


def install_desktop_entry() -> list[Path]:
    """Write the entry (its Exec runs this program with this Python, wherever it is
    installed) and the icon (scalable: every size); the paths written."""
    entry = (ICONS / "kaizen-board.desktop").read_text(encoding="utf-8")
    command = " ".join(shlex.quote(part) for part in (sys.executable, "-m", "kaizen_board"))
    entry = entry.replace("Exec=kaizen-board\n", f"Exec={command}\n")
    targets = {
        data_home() / "applications" / "kaizen-board.desktop": entry.encode(),
        data_home() / "icons" / "hicolor" / "scalable" / "apps" / "kaizen-board.svg": (
            ICONS / "kaizen-board.svg"
        ).read_bytes(),
    }
    for path, content in targets.items():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise FileProblem(
                translate("DesktopEntry", "cannot make the folder {folder}: {reason}").format(
                    folder=path.parent, reason=error.strerror or error
                )
            ) from error
        write_atomically(path, lambda temporary, content=content: temporary.write_bytes(content))
    return list(targets)
