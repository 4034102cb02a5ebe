"""Errors a user can cause, each carrying a message that says what and where."""

from __future__ import annotations

EXIT_USER_ERROR = 2  # the exit status of a command refused for what the user gave it


class KaizenError(Exception):
    """Base of every error the user can cause; its text is shown as it is.

    The command line prints it and exits with status 2; the GUI shows it in a
    dialog. Nothing stored has changed when one is raised from the core.
    """


class InvalidInput(KaizenError):
    """A value given by the user breaks a rule (empty title, unknown stage, ...)."""


class NotFound(KaizenError):
    """A board, card or member named by the user does not exist."""


class Conflict(KaizenError):
    """The card changed elsewhere since the user last saw it."""


class DatabaseProblem(KaizenError):
    """The database cannot be opened or written: bad file, folder or version."""


class FileProblem(KaizenError):
    """A file the user named cannot be read or written."""


class NoDatabase(DatabaseProblem):
    """There is no database where the user pointed, and none was to be made there.

    Attributes:
        location: where the user pointed.
    """

    def __init__(self, message: str, location: str) -> None:
        super().__init__(message)
        self.location = location


class PasswordNeeded(DatabaseProblem):
    """The team server wants a password (or refused the one given).

    Attributes:
        location: the server, as it may be shown (no password).
    """

    def __init__(self, message: str, location: str) -> None:
        super().__init__(message)
        self.location = location


class ReadOnlyDatabase(DatabaseProblem):
    """The member may read this database but not change it (a viewer of a team board)."""


class DatabaseBusy(DatabaseProblem):
    """Another window or command kept the database locked for writing; nothing changed."""


class DamageFound(DatabaseProblem):
    """The database engine said the open database is damaged, in the middle of some work.

    The store is left open; whoever opened it closes it, then has it set aside.
    """


class DamagedDatabase(DatabaseProblem):
    """The database file is damaged; if no one else had it open, it was moved aside.

    Attributes:
        path: where the damaged database was.
        moved_to: where it is now (kept, never deleted); None if it was left in place
            (another window or command had it open, or its folder cannot be written).
        backup: the newest backup there is, if any.
    """

    def __init__(self, message: str, path, moved_to, backup) -> None:
        super().__init__(message)
        self.path = path
        self.moved_to = moved_to
        self.backup = backup
