"""Errors a user can cause, each carrying a message that says what and where."""

from __future__ import annotations


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
