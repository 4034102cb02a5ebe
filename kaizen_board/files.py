"""Writing the files a user asks for so that a crash never leaves half of one, and no
other user can slip a file or a link in on the way.

A file is written inside a private folder (mode 0700, made exclusively) beside its
target, then renamed into place: in a folder other users can write to, nobody can
replace or link the half-written file, and a crash or a full disk leaves any earlier
file at the target as it was. The private folder is locked while in use, so the next
write into that folder removes those left behind by a killed program, never one in
use. Files are readable by their owner only, whatever the umask: a board is shared
through the team server, not through file permissions.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from kaizen_board.errors import FileProblem
from kaizen_board.translation import translate

FILE_MODE = 0o600
FOLDER_MODE = 0o700
PART_SUFFIX = ".part"
# .NAME.XXXXXXXX.part: a private folder for NAME (XXXXXXXX: mkdtemp's random characters).
_WORKSPACE_NAME = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]+" + re.escape(PART_SUFFIX))
_ATTEMPTS = 10


def write_atomically(target: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Have `write` fill a file (a path in a private folder beside `target`), then rename
    it into place; if anything fails, no part of it is left.

    An OSError becomes a FileProblem naming the file; so does any error raised while
    handling a full disk, saying the disk is full.
    """
    target = Path(target)
    try:
        with private_workspace(target.parent, target.name) as temporary:
            write(temporary)
            os.chmod(temporary, FILE_MODE)
            os.replace(temporary, target)
    except Exception as error:
        # A writer may fail in its own way while handling the full disk (matplotlib's PDF
        # writer raises AttributeError or zlib.error from its cleanup): the cause is said.
        full = disk_full_in(error)
        if full is not None:
            raise FileProblem(
                translate(
                    "Files",
                    "the disk holding {path} is full ({reason}): nothing was written. Make room "
                    "and try again",
                ).format(path=target, reason=full.strerror)
            ) from error
        if isinstance(error, OSError):
            raise FileProblem(
                translate("Files", "cannot write {path}: {reason}").format(
                    path=target, reason=error.strerror
                )
            ) from error
        raise
    return target


def disk_full_in(error: BaseException) -> OSError | None:
    """The out-of-space error (no space, or over quota) behind an error, if there is one
    among its causes and the errors it was raised while handling."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        cause = pending.pop()
        if cause is None or id(cause) in seen:
            continue
        seen.add(id(cause))
        if isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, errno.EDQUOT):
            return cause
        pending += [cause.__cause__, cause.__context__]
    return None


def disk_is_full(folder: Path, room: int = 64 * 1024) -> bool:
    """Whether the file system holding `folder` has less than `room` bytes free (for
    this user: the superuser may use blocks kept back from others)."""
    try:
        found = os.statvfs(folder)
    except OSError:
        return False
    blocks = found.f_bfree if os.geteuid() == 0 else found.f_bavail
    return blocks * found.f_frsize < room


@contextmanager
def private_workspace(folder: Path, name: str) -> Iterator[Path]:
    """A path named `name` in a new private folder in `folder`, locked while in use and
    removed after; first, the folders that killed writes left in `folder` are removed
    (whatever file they were writing: the next write there cleans up after them)."""
    remove_left_behind(folder)
    workspace, held = _locked_workspace(folder, name)
    try:
        yield workspace / name
    finally:
        shutil.rmtree(workspace, ignore_errors=True)
        os.close(held)


def _locked_workspace(folder: Path, name: str) -> tuple[Path, int]:
    """A new private folder in `folder` and a descriptor holding its lock.

    Another program cleaning `folder` may take it for left behind in the moment between
    its making and its locking (it is not locked yet): then it is gone once the lock is
    had, and another is made.
    """
    for _ in range(_ATTEMPTS):
        # mkdtemp makes it 0700 at once (a umask can only narrow that): never open to others.
        workspace = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=PART_SUFFIX, dir=folder))
        try:
            held = os.open(workspace, os.O_RDONLY | os.O_CLOEXEC | os.O_DIRECTORY | os.O_NOFOLLOW)
        except FileNotFoundError:
            continue  # removed already
        fcntl.flock(held, fcntl.LOCK_EX)  # in use: not one to remove as left behind
        if os.fstat(held).st_nlink:
            os.fchmod(held, FOLDER_MODE)  # a umask of 0700 would leave it unusable
            return workspace, held
        os.close(held)  # removed before it was locked
    raise OSError(
        errno.EAGAIN,
        translate("Files", "another program keeps removing new folders in {folder}").format(
            folder=folder
        ),
    )


def _left_behind_by(entry: os.DirEntry) -> str | None:
    """The name of the file a private folder was for, if `entry` is one of ours (a folder
    of this user named like one, holding nothing but that file and its journal), else
    None: whatever else is in the folder is never touched."""
    found = _WORKSPACE_NAME.fullmatch(entry.name)
    if found is None:
        return None
    try:
        if not entry.is_dir(follow_symlinks=False):
            return None
        if entry.stat(follow_symlinks=False).st_uid != os.geteuid():
            return None
        inside = os.listdir(entry.path)
    except OSError:
        return None
    name = found["name"]
    return name if all(part.startswith(name) for part in inside) else None


def remove_left_behind(folder: Path, prefix: str = ".") -> None:
    """Remove the private folders (see `private_workspace`) of writes that a killed
    program left in `folder`, those whose names start with `prefix`; the folders of
    writes still going on are locked, and stay."""
    try:
        candidates = [
            entry
            for entry in os.scandir(folder)
            if entry.name.startswith(prefix) and _left_behind_by(entry) is not None
        ]
    except OSError:
        return
    for entry in candidates:
        try:
            held = os.open(entry.path, os.O_RDONLY | os.O_CLOEXEC | os.O_DIRECTORY | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(held)
            continue  # in use by a write going on now
        try:
            if os.path.samestat(os.fstat(held), os.lstat(entry.path)):
                shutil.rmtree(entry.path, ignore_errors=True)
        except OSError:
            pass  # gone or replaced meanwhile: not the folder that was locked
        finally:
            os.close(held)


def private_folder(folder: Path) -> Path:
    """Make `folder` (and its parents) if missing, the new ones readable by the owner only
    from the moment they exist: each is made with mode 0700, which a umask can only
    narrow, then given 0700 exactly (a umask such as 0777 would leave it unusable)."""
    missing = []
    for part in (folder, *folder.parents):
        if part.exists():
            break
        missing.append(part)
    for part in reversed(missing):
        try:
            os.mkdir(part, FOLDER_MODE)
        except FileExistsError:
            continue  # made meanwhile by another program: its mode is not ours to set
        with suppress(OSError):
            os.chmod(part, FOLDER_MODE)
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
    return folder
