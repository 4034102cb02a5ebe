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


def asked_language(arguments: list[str]) -> str | None:
    """The language `--lang CODE` (or `--lang=CODE`) asks for, read before the arguments
    are parsed: the parser's own help is written in it."""
    for index, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument.startswith("--lang="):
            return argument.partition("=")[2]
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
    return None


def choose_language(arguments: list[str]) -> None:
    """Load the catalogues of the language asked for, chosen in the settings, or the
    system's; say so on standard error when one asked for has no catalogue."""
    from kaizen_board import paths, translation

    asked = asked_language(arguments)
    language = translation.chosen_language(asked, translation.saved_language(paths.settings_path()))
    if not translation.load(language) and language != translation.ENGLISH and asked:
        known = ", ".join(translation.LANGUAGES)
        print(
            translation.translate(
                "Cli", "kaizen-board: no translation into {language} ({known}); English is used"
            ).format(language=language, known=known),
            file=sys.stderr,
        )


def main(argv: list[str] | None = None) -> int:
    # The core (peewee, the store) is imported before Qt on purpose: once PySide6 is
    # loaded, it reads the source of every module imported after it (its __feature__
    # import hook), which made the same imports about 25 ms slower (measured).
    from kaizen_board.cli import build_parser
    from kaizen_board.translation import translate

    raw = sys.argv[1:] if argv is None else argv
    # The language first, so that the refusal below is in it too (an argument that is not
    # text counts as an empty one: a `--lang` given so is not asked for).
    choose_language([arg if _is_text(arg) else "" for arg in raw])
    bad = next((arg for arg in raw if not _is_text(arg)), None)
    if bad is not None:
        shown = bad.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
        print(
            translate(
                "Cli",
                "kaizen-board: error: the argument {argument} holds bytes that are not UTF-8 "
                "text; give names and titles as text (a file name that is not UTF-8: rename "
                "the file)",
            ).format(argument=shown),
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
        print(translate("Cli", "kaizen-board: error: {error}").format(error=error), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader went away (`kaizen-board list | head`): stop quietly, as cat does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
