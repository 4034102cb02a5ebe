"""Writing the files a user asks for so that a crash never leaves half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from kaizen_board.errors import FileProblem


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(target: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Have `write` fill a temporary file beside `target`, then rename it into place.

    A crash or a full disk mid-write leaves any earlier file at `target` as it was.
    An OSError becomes a FileProblem naming the file.
    """
    target = Path(target)
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise FileProblem(f"cannot write {target}: {error.strerror}") from error
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        os.chmod(temporary, _new_file_mode())
        os.replace(temporary, target)
    except OSError as error:
        raise FileProblem(f"cannot write {target}: {error.strerror}") from error
    finally:
        temporary.unlink(missing_ok=True)
    return target
