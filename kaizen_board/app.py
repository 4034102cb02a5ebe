"""The program's entry point: the window without a command, else the command line."""

from __future__ import annotations

import os
import sys

from kaizen_board.errors import EXIT_USER_ERROR, KaizenError


def _is_text(argument: str) -> bool:
    """Whether an argument is text: the shell hands over bytes, and ones that are not UTF-8
    arrive as lone surrogates, which no database or file can store."""
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    # The core (peewee, the store) is imported before Qt on purpose: once PySide6 is
    # loaded, it reads the source of every module imported after it (its __feature__
    # import hook), which made the same imports about 25 ms slower (measured).
    from kaizen_board.cli import build_parser

    raw = sys.argv[1:] if argv is None else argv
    bad = next((arg for arg in raw if not _is_text(arg)), None)
    if bad is not None:
        shown = bad.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
        print(
            f"kaizen-board: error: the argument {shown} holds bytes that are not UTF-8 text; "
            "give names and titles as text (a file name that is not UTF-8: rename the file)",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    args = build_parser().parse_args(argv)
    if args.command is None:
        from kaizen_board.ui.app import run_gui

        return run_gui(args)
    try:
        return args.run(args)
    except KaizenError as error:
        print(f"kaizen-board: error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader went away (`kaizen-board list | head`): stop quietly, as cat does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
