"""The command line: the board scriptable from a shell, and its argument parser."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from kaizen_board import __version__, ops, paths
from kaizen_board.errors import DamageFound, InvalidInput, KaizenError, ReadOnlyDatabase
from kaizen_board.ops import BoardInfo
from kaizen_board.ops.queries import list_lines
from kaizen_board.pictures import limits_in_words
from kaizen_board.stages import Stage
from kaizen_board.store import Store, open_store
from kaizen_board.store.models import name_key
from kaizen_board.store.opening import engine_for
from kaizen_board.translation import QT_TRANSLATE_NOOP, translate

STAGE_KEYS = ", ".join(stage.value for stage in Stage)
# A picture's kind (its key, as stored) in words, translated where shown.
_PICTURE_KINDS = {
    "before": QT_TRANSLATE_NOOP("Cli", "before"),
    "after": QT_TRANSLATE_NOOP("Cli", "after"),
    "plain": QT_TRANSLATE_NOOP("Cli", "plain"),
}


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    _add_common(common, default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="kaizen-board",
        description=translate(
            "Cli",
            "A kanban board for the kaizen loop: Standard, Meet the standard, "
            "Improve, Re-standardize, and round again. Without a command it opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_common(parser, default=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help=translate(
            "Cli",
            "make a sample board with a realistic history, in a database of its own "
            "(demo.sqlite in your data folder) unless --db names one",
        ),
    )
    demo.add_argument(
        "--cards", type=_positive, default=60, help=translate("Cli", "how many cards (60)")
    )
    demo.add_argument(
        "--weeks", type=_positive, default=12, help=translate("Cli", "weeks of history (12)")
    )
    demo.add_argument("--seed", type=int, default=2026, help=translate("Cli", "random seed (2026)"))
    demo.set_defaults(run=run_demo)

    add = commands.add_parser(
        "add", parents=[common], help=translate("Cli", "add a card; prints its id")
    )
    add.add_argument("title")
    add.add_argument("--stage", default="standard", help=f"{STAGE_KEYS} (standard)")
    add.add_argument("--owner", metavar="NAME", help=translate("Cli", "who owns the card"))
    add.add_argument("--by", metavar="NAME", help=translate("Cli", "who submitted the idea (you)"))
    add.set_defaults(run=run_add)

    move = commands.add_parser(
        "move", parents=[common], help=translate("Cli", "move a card to a stage")
    )
    move.add_argument("card_id", type=int, metavar="CARD_ID")
    move.add_argument("stage", metavar="STAGE", help=STAGE_KEYS)
    move.add_argument(
        "--index",
        type=int,
        metavar="N",
        help=translate("Cli", "position in the stage, 0 for the top (the end)"),
    )
    written = move.add_mutually_exclusive_group()
    written.add_argument(
        "--standard",
        metavar="TEXT",
        help=translate(
            "Cli",
            "write the card's standard with the move (its new one, entering Re-standardize; "
            "its first, leaving Standard without one): one change, one undo",
        ),
    )
    written.add_argument(
        "--standard-file",
        metavar="FILE",
        help=translate("Cli", "the same, the text read from a UTF-8 file"),
    )
    move.set_defaults(run=run_move)

    show = commands.add_parser(
        "show",
        parents=[common],
        help=translate(
            "Cli", "print one card whole: its fields, its standard and earlier ones, its history"
        ),
    )
    show.add_argument("card_id", type=int, metavar="CARD_ID")
    show.set_defaults(run=run_show)

    confirm = commands.add_parser(
        "confirm",
        parents=[common],
        help=translate(
            "Cli",
            "confirm that you (or --by NAME) work to a card's standard as it is now (step 2)",
        ),
    )
    confirm.add_argument("card_id", type=int, metavar="CARD_ID")
    confirm.add_argument(
        "--by",
        metavar="NAME",
        help=translate("Cli", "who confirms (you; on a team server always you)"),
    )
    confirm.set_defaults(run=run_confirm)

    members = commands.add_parser(
        "members",
        parents=[common],
        help=translate(
            "Cli", "list the board's team, whose confirmations count; add or remove members"
        ),
    )
    members.add_argument("action", nargs="?", choices=("list", "add", "remove"), default="list")
    members.add_argument("names", nargs="*", metavar="NAME")
    members.add_argument("--all", action="store_true", help=translate("Cli", "those who left too"))
    members.set_defaults(run=run_members)

    attach = commands.add_parser(
        "attach",
        parents=[common],
        help=translate(
            "Cli", "add a picture to a card: a photo of before or after the improvement"
        ),
        description=translate(
            "Cli", "Add a picture (PNG, JPEG, GIF, WebP, BMP or TIFF) to a card; {limits}."
        ).format(limits=limits_in_words()),
    )
    attach.add_argument("card_id", type=int, metavar="CARD_ID")
    attach.add_argument("file", metavar="FILE")
    kinds = attach.add_mutually_exclusive_group()
    kinds.add_argument("--before", dest="kind", action="store_const", const="before")
    kinds.add_argument("--after", dest="kind", action="store_const", const="after")
    attach.set_defaults(run=run_attach, kind="plain")

    listing = commands.add_parser(
        "list",
        parents=[common],
        help=translate(
            "Cli",
            "list cards, one a line: id, stage, position, lap, owner, title (tab-separated)",
        ),
    )
    listing.add_argument("--stage", help=STAGE_KEYS)
    listing.add_argument(
        "--archived", action="store_true", help=translate("Cli", "list the archived cards")
    )
    listing.add_argument(
        "--search",
        metavar="WORDS",
        type=_search,
        help=translate(
            "Cli",
            "only the cards the window's search box finds for WORDS: words, tag:NAME, "
            "@MEMBER (quote WORDS that hold spaces); each keeps its position in its stage",
        ),
    )
    listing.set_defaults(run=run_list)

    report = commands.add_parser(
        "report",
        parents=[common],
        help=translate("Cli", "write the weekly review page as PDF or PNG"),
    )
    report.add_argument(
        "--week", metavar="YYYY-Www", help=translate("Cli", "ISO week, like 2026-W48 (this week)")
    )
    report.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("Cli", "a .pdf or .png file (kaizen-review-WEEK.pdf)"),
    )
    report.add_argument(
        "--paper", choices=("a4", "letter"), help=translate("Cli", "paper size (by locale)")
    )
    report.set_defaults(run=run_report)

    sheet = commands.add_parser(
        "sheet",
        parents=[common],
        help=translate("Cli", "write a card's kaizen sheet (one page for the wall) as PDF or PNG"),
    )
    sheet.add_argument("card_id", type=int, metavar="CARD_ID")
    sheet.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("Cli", "a .pdf or .png file (kaizen-sheet-CARD.pdf)"),
    )
    sheet.add_argument(
        "--paper", choices=("a4", "letter"), help=translate("Cli", "paper size (by locale)")
    )
    sheet.set_defaults(run=run_sheet)

    export = commands.add_parser(
        "export", parents=[common], help=translate("Cli", "write the board to CSV")
    )
    export.add_argument("file", metavar="FILE")
    export.add_argument(
        "--history", metavar="FILE", help=translate("Cli", "also write every event to FILE")
    )
    export.add_argument(
        "--excel",
        action="store_true",
        help=translate("Cli", "start with a byte-order mark, for Excel"),
    )
    export.set_defaults(run=run_export)

    importing = commands.add_parser(
        "import",
        parents=[common],
        help=translate(
            "Cli",
            "add the cards of a file: its own CSV export, or another tool's (Trello, Jira, "
            "Kanboard, Wekan, Asana, Notion, GitHub Projects, Focalboard, Planner) or any table "
            "with a title column",
        ),
    )
    importing.add_argument("file", metavar="FILE", nargs="?")
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "check the file and say what would be added"),
    )
    importing.add_argument(
        "--map",
        metavar="LIST=STAGE",
        action="append",
        default=[],
        help=translate(
            "Cli",
            'where the cards of a list, column or status go: --map "To Do=standard" '
            '--map "Doing=improve" (a stage, or archived); repeat for each',
        ),
    )
    importing.add_argument(
        "--closed",
        metavar="STAGE",
        help=translate(
            "Cli",
            "where finished (closed, done, archived) cards go: archived (the default) or a stage",
        ),
    )
    importing.add_argument(
        "--encoding",
        metavar="NAME",
        help=translate(
            "Cli",
            "the file's text encoding if it is not UTF-8 or UTF-16 "
            "(cp1252: German or French Excel)",
        ),
    )
    importing.add_argument(
        "--update",
        action="store_true",
        help=translate(
            "Cli",
            "update the cards an earlier import of the same source added "
            "(they are skipped otherwise)",
        ),
    )
    importing.add_argument(
        "--list",
        action="store_true",
        help=translate("Cli", "list the imports made, newest first, with their ids"),
    )
    importing.add_argument(
        "--undo",
        metavar="ID",
        nargs="?",
        const="last",
        help=translate(
            "Cli",
            "take back an import (the newest, or the one with this id from --list): the "
            "cards it added, with their events",
        ),
    )
    importing.set_defaults(run=run_import)

    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=translate("Cli", "write a verified copy of the database"),
    )
    backup.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help=translate("Cli", "where to write it (the backups folder)"),
    )
    backup.set_defaults(run=run_backup)

    copying = commands.add_parser(
        "copy",
        help=translate(
            "Cli",
            "copy boards with their whole history between two databases (a file, a team "
            "server), either way",
        ),
    )
    copying.add_argument("--from", dest="source", metavar="SOURCE", required=True)
    copying.add_argument("--to", dest="target", metavar="TARGET", required=True)
    copying.add_argument(
        "--board",
        dest="boards",
        metavar="NAME",
        action="append",
        help=translate("Cli", "only this board (all)"),
    )
    copying.set_defaults(run=run_copy)

    team = commands.add_parser(
        "team",
        help=translate("Cli", "set up a team server: its schema, members and viewers (PostgreSQL)"),
    )
    team_commands = team.add_subparsers(dest="team_command", metavar="STEP", required=True)
    team_init = team_commands.add_parser(
        "init",
        help=translate("Cli", "make the schema and the roles kaizen_members and kaizen_viewers"),
    )
    team_init.add_argument("url", metavar="URL", help="postgresql://[user@]host[:port]/dbname")
    team_init.set_defaults(run=run_team_init)
    team_add = team_commands.add_parser(
        "add",
        help=translate("Cli", "a sign-in for a person, in the members' group (or the viewers')"),
    )
    team_add.add_argument("url", metavar="URL", help="postgresql://[user@]host[:port]/dbname")
    team_add.add_argument(
        "name", metavar="NAME", help=translate("Cli", "the sign-in name, like aiko")
    )
    team_add.add_argument(
        "--viewer",
        action="store_true",
        help=translate("Cli", "may only read the board (a shop-floor screen)"),
    )
    team_add.set_defaults(run=run_team_add)

    backups = commands.add_parser(
        "backups",
        parents=[common],
        help=translate("Cli", "list the database's backups, newest first"),
    )
    backups.set_defaults(run=run_backups)

    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=translate(
            "Cli", "replace the database with a backup (the current state is backed up first)"
        ),
    )
    restore.add_argument("path", metavar="PATH", help=translate("Cli", "the backup file"))
    restore.set_defaults(run=run_restore)

    desktop = commands.add_parser(
        "install-desktop",
        help=translate(
            "Cli",
            "put Kaizen Board in your desktop's applications menu, with its icon "
            "(for you alone: in $XDG_DATA_HOME, by default ~/.local/share)",
        ),
    )
    desktop.set_defaults(run=run_install_desktop)
    return parser


def _add_common(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help=translate(
            "Cli",
            "database file, sqlite:/// or postgresql:// URL (default: $KAIZEN_BOARD_DB, else "
            "one file in your data folder)",
        ),
    )
    parser.add_argument(
        "--board",
        metavar="NAME",
        default=default,
        help=translate("Cli", "board to use (the first one)"),
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        default=default,
        help=translate(
            "Cli",
            "the language of the window and of what is printed: en, de, ja (by default the "
            "one chosen in the window, else the system's)",
        ),
    )


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a positive whole number").format(text=text)
        )
    return value


def _search(text: str) -> ops.CardFilter:
    search = ops.CardFilter.parse(text)
    if not search:
        raise argparse.ArgumentTypeError(
            translate(
                "Cli",
                "{text} has no words to look for; give some, like: --search 'pump tag:5S @Aiko'",
            ).format(text=repr(text))
        )
    return search


def _with_store(
    command: Callable[[argparse.Namespace, Store], int],
    *,
    writes: bool = False,
    creates: bool | None = None,
    check: bool = False,
    default: Callable[[], Path] | None = None,
) -> Callable[[argparse.Namespace], int]:
    """Run a command with the database the arguments name, closed after.

    A command that `creates` (by default, one that `writes`) may make a new database (and
    says so); one that changes what must be there already (a move) does not. A command
    that `writes` first has SQLite check the whole file, so that nothing is written into
    a damaged one (as does one that asks to `check`: a backup is taken only of a sound
    file). Damage found
    on the way, by SQLite or by a failure it explains, sets the file aside (if no one
    else has it open) and names the backup to restore.
    """

    def run(args: argparse.Namespace) -> int:
        location = str(default()) if default is not None and args.db is None else _location(args)
        new = not Path(location).expanduser().exists() if "://" not in location else False
        # The folders a new database's path makes, taken away again with it on failure.
        made = [] if not new else _missing_folders(Path(location).expanduser())
        store = open_store(
            location, create=writes if creates is None else creates, check=writes or check
        )
        if writes and store.read_only is not None:
            store.close()
            raise ReadOnlyDatabase(
                translate("Cli", "{location}: {reason}; nothing was changed").format(
                    location=store.location, reason=store.read_only
                )
            )
        try:
            code = command(args, store)
        except DamageFound as found:
            store.close()
            raise engine_for(store.location).set_aside_damaged(
                store.location, str(found)
            ) from found
        except (KaizenError, BrokenPipeError):
            if new:  # a command that failed leaves no database it made behind
                store.close()
                _remove_new_database(Path(store.location), made)
            raise
        except Exception:
            store.close()
            _damage_explains(store.location)
            raise
        finally:
            store.close()
        if new:
            print(
                translate("Cli", "kaizen-board: made a new database at {location}").format(
                    location=store.location
                ),
                file=sys.stderr,
            )
        return code

    return run


def _missing_folders(path: Path) -> list[Path]:
    missing = []
    for folder in path.absolute().parents:
        if folder.exists():
            break
        missing.append(folder)
    return missing


def _remove_new_database(path: Path, folders: list[Path]) -> None:
    """The files a new SQLite database is (itself, its journal, its lock), and the empty
    folders made for it, removed."""
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"):
        (path.parent / name).unlink(missing_ok=True)
    (path.parent / f".{path.name}.lock").unlink(missing_ok=True)
    for folder in folders:  # innermost first
        try:
            folder.rmdir()
        except OSError:
            break  # not empty (or not ours to remove): left as it is


def _location(args: argparse.Namespace) -> str:
    from kaizen_board.store.opening import resolve_location

    return resolve_location(args.db)


def _damage_explains(location: str) -> None:
    """After an unexpected failure (called while handling it): if the engine finds the
    database damaged, or says the failure itself means damage its check cannot see (a
    text whose bytes are not UTF-8), raise that instead (a damaged page can hold any
    bytes, like a stage no program wrote)."""
    engine = engine_for(location)
    problem = engine.damage_of(location)
    failure = sys.exc_info()[1]
    if problem is None and failure is not None:
        said = engine.translated(location, failure)
        problem = str(said) if isinstance(said, DamageFound) else None
    if problem is not None:
        raise engine.set_aside_damaged(location, problem)


def _with_board(
    command: Callable[[argparse.Namespace, Store, BoardInfo], int],
    *,
    create: bool = False,
    writes: bool = False,
    creates: bool | None = None,
    default: Callable[[], Path] | None = None,
) -> Callable[[argparse.Namespace], int]:
    """Run a command with the database and board the arguments name."""

    def run(args: argparse.Namespace, store: Store) -> int:
        if args.board is None:
            board = ops.default_board(store)
        elif create:
            board = ops.ensure_board(store, args.board)
        else:
            board = ops.find_board(store, args.board)
        return command(args, store, board)

    return _with_store(run, writes=writes, creates=creates, default=default)


def _demo(args: argparse.Namespace, store: Store, board: BoardInfo) -> int:
    from kaizen_board.demo import fill_demo

    summary = fill_demo(store, board.id, cards=args.cards, weeks=args.weeks, seed=args.seed)
    print(
        translate(
            "Cli",
            "Added {cards} cards with {weeks} weeks of history to board {board} in "
            "{location}: {moves} moves, {improvements} improvements, {archived} archived.",
        ).format(
            cards=summary.cards,
            weeks=args.weeks,
            board=repr(board.name),
            location=store.location,
            moves=summary.moves,
            improvements=summary.improvements,
            archived=summary.archived,
        )
    )
    if args.db is None:
        print(
            translate(
                "Cli",
                "The sample is a database of its own; open it with: kaizen-board --db "
                "{location}   (delete the file to remove it)",
            ).format(location=store.location)
        )
    return 0


def _add(args: argparse.Namespace, store: Store, board: BoardInfo) -> int:
    change = ops.add_card(
        store,
        board.id,
        args.title,
        stage=Stage.parse(args.stage),
        index=0,  # at the top of its column, where the window's quick capture puts one
        owner=args.owner,
        submitted_by=args.by,
        by=args.by,
    )
    print(change.card_id)
    return 0


def _move(args: argparse.Namespace, store: Store, board: BoardInfo) -> int:
    from kaizen_board.ops.standards import Nudge, card_nudge, move_writing, warning_for

    stage = Stage.parse(args.stage)
    standard = args.standard
    if args.standard_file is not None:
        standard = _read_text_file(args.standard_file, "--standard-file")
    nudge, card = card_nudge(store, args.card_id, stage, board_id=board.id)
    written = {} if standard is None else {args.card_id: standard}
    move_writing(store, [args.card_id], stage, args.index, standards=written, board_id=board.id)
    if nudge is Nudge.MEMBERS_MISSING or (nudge is not None and standard is None):
        warning = warning_for(nudge, args.card_id, card["missing"])
        print(
            translate("Cli", "kaizen-board: warning: {warning}").format(warning=warning),
            file=sys.stderr,
        )
    return 0


def _read_text_file(name: str, option: str) -> str:
    try:
        return Path(name).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            translate(
                "Cli", "{option} {name}: byte {byte} is not UTF-8 text; save it as UTF-8"
            ).format(option=option, name=name, byte=error.start)
        ) from None
    except OSError as error:
        raise InvalidInput(
            translate("Cli", "{option} {name}: cannot read it ({reason})").format(
                option=option, name=name, reason=error.strerror
            )
        ) from None


def _show(args: argparse.Namespace, store: Store, board: BoardInfo) -> int:
    from kaizen_board.ops.history import detail_in_words, what_happened

    card = ops.card_details(store, args.card_id)
    revisions = ops.standard_revisions(store, args.card_id)
    history = ops.card_history(store, args.card_id)

    def when(moment) -> str:
        return "" if moment is None else f"{moment.astimezone():%Y-%m-%d %H:%M}"

    stage = Stage(card["stage"]).title
    if card["archived_at"] is not None:
        place = translate("Cli", "archived")
    else:
        place = translate("Cli", "position {position}").format(position=card["position"])
    no_one = translate("Cli", "no one")
    someone = translate("Cli", "someone")
    lines = [
        f"#{card['id']} {card['title']}",
        "  "
        + translate("Cli", "stage: {stage} ({place}), lap {lap}, since {since}").format(
            stage=stage, place=place, lap=card["lap"], since=when(card["entered_stage_at"])
        ),
        "  "
        + translate("Cli", "owner: {owner}; submitted by: {submitter}").format(
            owner=card["owner"] or "—", submitter=card["submitted_by"] or "—"
        ),
        "  "
        + translate("Cli", "created: {created}; improvements: {improvements}").format(
            created=when(card["created_at"]), improvements=card["improvements"]
        ),
    ]
    if card["tags"]:
        tags = card["tags"].replace(",", ", ")
        lines.append("  " + translate("Cli", "tags: {tags}").format(tags=tags))
    if card["impact_category"] or card["impact_note"]:
        lines.append(
            "  "
            + translate("Cli", "impact: {category} {note}")
            .format(category=card["impact_category"] or "", note=card["impact_note"])
            .rstrip()
        )
    if card["description"]:
        lines += ["", translate("Cli", "Description:"), *_indented(card["description"])]
    lines.append("")
    if card["standard"].strip():
        lines += [
            translate("Cli", "Standard, version {version}:").format(
                version=card["standard_version"]
            ),
            *_indented(card["standard"]),
        ]
        confirmations = ops.confirmations_of(store, card)
        lines.append(
            "  "
            + translate(
                "Cli", "confirmed in lap {lap} by: {confirmed}; not yet by: {missing}"
            ).format(
                lap=card["lap"],
                confirmed=", ".join(confirmations.confirmed) or no_one,
                missing=", ".join(confirmations.missing) or no_one,
            )
        )
    else:
        lines.append(translate("Cli", "Standard: none written"))
    if revisions:
        lines.append("  " + translate("Cli", "earlier texts, oldest first:"))
    for replaced, lap, text in revisions:
        lines.append(
            "  "
            + translate("Cli", "lap {lap}, replaced {when}:").format(lap=lap, when=when(replaced))
        )
        lines += _indented(text or translate("Cli", "(none)"), "    ")
    pictures = ops.card_pictures(store, args.card_id)
    if pictures:
        lines += ["", translate("Cli", "Pictures:")]
    for picture in pictures:
        if picture.scaled:
            shown = translate(
                "Cli",
                "#{id} {kind}: {width} x {height} {format}, {size} as given, scaled down, "
                "{added} by {member}",
            )
        else:
            shown = translate(
                "Cli",
                "#{id} {kind}: {width} x {height} {format}, {size} as given, {added} by {member}",
            )
        shown = shown.format(
            id=picture.id,
            kind=_picture_kind(picture.kind),
            width=picture.width,
            height=picture.height,
            format=picture.format.upper(),
            size=_kilobytes(picture.original_bytes),
            added=when(picture.added_at),
            member=picture.member or someone,
        )
        lines.append("  " + shown + (f" ({picture.name})" if picture.name else ""))
    lines += ["", translate("Cli", "History:")]
    for line in history:
        said = what_happened(line)
        detail = detail_in_words(line.detail) if line.detail else ""
        lines.append(
            f"  {when(line.at)}  {said}{f' ({detail})' if detail else ''}"
            f"  — {line.member or someone}"
        )
    print("\n".join(lines))
    return 0


def _kilobytes(size: int) -> str:
    if size < 1024 * 1024:
        return translate("Cli", "{size} kB").format(size=f"{size / 1024:.0f}")
    return translate("Cli", "{size} MB").format(size=f"{size / (1024 * 1024):.1f}")


def _picture_kind(kind: str) -> str:
    """A picture's kind in the user's language (as stored where it has no words)."""
    return translate("Cli", _PICTURE_KINDS[kind]) if kind in _PICTURE_KINDS else kind


def _confirm(args: argparse.Namespace, store: Store, board: BoardInfo) -> int:
    change = ops.confirm_standard(store, args.card_id, member=args.by, board_id=board.id)
    card = ops.card_details(store, args.card_id)
    confirmations = ops.confirmations_of(store, card)
    asked = name_key(args.by or store.member_name)  # as stored, not as typed
    who = next((n for n in confirmations.confirmed if name_key(n) == asked), args.by)
    if change is not None:
        said = translate(
            "Cli",
            "{who} confirmed: #{id} {title}, standard version {version}; "
            "{confirmed}/{team} on standard",
        )
    else:
        said = translate(
            "Cli",
            "{who} had confirmed it already: #{id} {title}, standard version {version}; "
            "{confirmed}/{team} on standard",
        )
    said = said.format(
        who=who,
        id=card["id"],
        title=card["title"],
        version=card["standard_version"],
        confirmed=len(confirmations.confirmed),
        team=confirmations.team,
    )
    if confirmations.missing:
        said += translate("Cli", " (not yet: {names})").format(
            names=", ".join(confirmations.missing)
        )
    print(said)
    return 0


def _members(args: argparse.Namespace, store: Store, board: BoardInfo) -> int:
    if args.action in ("add", "remove"):
        change = ops.add_to_team if args.action == "add" else ops.remove_from_team
        with store.write():  # every name, or none
            for name in args.names:
                change(store, board.id, name)
    elif args.names:
        raise InvalidInput(
            translate("Cli", "'members' lists the team; to change it: members add|remove NAME")
        )
    # One member a line, tab-separated: name, when joined, when left (if so).
    for member in ops.team_of(store, board.id, with_left=args.all):
        joined = translate("Cli", "joined {date}").format(
            date=f"{member.joined_at.astimezone():%Y-%m-%d}"
        )
        left = (
            ""
            if member.left_at is None
            else "\t"
            + translate("Cli", "left {date}").format(date=f"{member.left_at.astimezone():%Y-%m-%d}")
        )
        print(f"{member.name}\t{joined}{left}")
    return 0


def _attach(args: argparse.Namespace, store: Store, board: BoardInfo) -> int:
    from kaizen_board.pictures import read_picture_file

    data = read_picture_file(args.file)
    change = ops.attach_picture(
        store, args.card_id, data, kind=args.kind, name=Path(args.file).name, board_id=board.id
    )
    picture = change.after
    if picture["scaled"]:
        said = translate(
            "Cli", "picture #{id} ({kind}, {width} x {height} (scaled down)) added to card #{card}"
        )
    else:
        said = translate("Cli", "picture #{id} ({kind}, {width} x {height}) added to card #{card}")
    print(
        said.format(
            id=picture["id"],
            kind=_picture_kind(picture["kind"]),
            width=picture["width"],
            height=picture["height"],
            card=args.card_id,
        )
    )
    return 0


def _indented(text: str, prefix: str = "  ") -> list[str]:
    return [prefix + line for line in text.splitlines()] or [prefix]


def _list(args: argparse.Namespace, store: Store, board: BoardInfo) -> int:
    stage = None if args.stage is None else Stage.parse(args.stage)
    lines = list_lines(store, board.id, stage, archived=args.archived, search=args.search)
    write = sys.stdout.write
    # Closed (its read ended) before the store is, however the loop ends: a reader that
    # goes away (`| head`) ends it with BrokenPipeError.
    with closing(lines):
        for position, (card_id, stage_key, lap, owner, title) in lines:
            shown = "archived" if position is None else position
            write(f"{card_id}\t{stage_key}\t{shown}\t{lap}\t{owner or ''}\t{title}\n")
    return 0


def _report(args: argparse.Namespace, store: Store, board: BoardInfo) -> int:
    from kaizen_board.reports.review import save_review
    from kaizen_board.reports.timeline import IsoWeek

    if args.week is None:
        week = IsoWeek.of(store.now().astimezone().date())
    else:
        week = IsoWeek.parse(args.week)
    output = args.output or f"kaizen-review-{week}.pdf"
    written = save_review(store, board.id, week, output, paper=args.paper)
    print(written)
    return 0


def _sheet(args: argparse.Namespace, store: Store, board: BoardInfo) -> int:
    from kaizen_board.reports.sheet import save_sheet

    output = args.output or f"kaizen-sheet-{args.card_id}.pdf"
    written = save_sheet(store, args.card_id, output, paper=args.paper)
    print(
        translate("Cli", "Wrote the kaizen sheet of card #{card} to {path}").format(
            card=args.card_id, path=written
        )
    )
    return 0


def _export(args: argparse.Namespace, store: Store, board: BoardInfo) -> int:
    from kaizen_board.transfer.export import export_board, export_with_history

    if args.history:  # both files checked before either is written, both one moment
        count, events = export_with_history(
            store, board.id, args.file, args.history, excel=args.excel
        )
    else:
        count = export_board(store, board.id, args.file, excel=args.excel)
    print(
        translate("Cli", "Wrote %n card(s) of board {board} to {path}", None, count).format(
            board=repr(board.name), path=args.file
        )
    )
    if args.history:
        print(
            translate("Cli", "Wrote %n event(s) to {path}", None, events).format(path=args.history)
        )
    return 0


def _import(args: argparse.Namespace, store: Store) -> int:
    from kaizen_board.transfer.importer import import_board, list_imports, undo_import

    if (args.list or args.undo is not None) and (args.file or args.dry_run or args.map):
        if args.list:
            said = translate(
                "Cli", "import --list takes no FILE, --dry-run or --map: it lists the imports made"
            )
        else:
            said = translate(
                "Cli",
                "import --undo takes no FILE, --dry-run or --map: it takes back an import "
                "already made",
            )
        raise InvalidInput(said)
    if args.list:
        for line in list_imports(store):
            print(line)
        return 0
    if args.undo is not None:
        print(undo_import(store, None if args.undo == "last" else args.undo))
        return 0
    if not args.file:
        raise InvalidInput(
            translate("Cli", "import: name the FILE to import (or --list, or --undo)")
        )
    summary = import_board(
        store,
        args.file,
        board_name=args.board,
        dry_run=args.dry_run,
        encoding=args.encoding,
        mapping=args.map,
        closed=args.closed,
        update=args.update,
    )
    print(summary.describe())
    if summary.kind:
        print(translate("Cli", "Read as: {kind}").format(kind=summary.kind))
    for note in summary.notes:
        print(translate("Cli", "Note: {note}").format(note=note))
    for item in summary.stage_values:
        archived = item.target == "archived"
        target = translate("Cli", "archived") if archived else item.target.title
        cards = item.cards  # a plain name: lupdate skips a call whose count is an attribute
        if summary.tool == "kanboard-transitions":
            things = translate("Cli", "%n move(s)", None, cards)
        else:
            things = translate("Cli", "%n card(s)", None, cards)
        value = item.value or translate("Cli", "(no list)")
        # The count right-aligned in 7 places, its words after it.
        aligned = " " * max(0, 7 - len(str(cards))) + things
        print(f"  {value!s:30} {aligned} -> {target}")
    for warning in summary.warnings:
        print(translate("Cli", "Warning: {warning}").format(warning=warning))
    if summary.warned > len(summary.warnings):
        more = summary.warned - len(summary.warnings)
        print(translate("Cli", "... and %n more warning(s)", None, more))
    return 0


def _backup(args: argparse.Namespace, store: Store) -> int:
    from kaizen_board.store.restore import backup_now

    written = backup_now(store, args.path)
    print(
        translate("Cli", "Backed up {location} to {path}").format(
            location=store.location, path=written
        )
    )
    return 0


def _backups(args: argparse.Namespace, store: Store) -> int:
    from pathlib import Path

    from kaizen_board.store.backups import backups_of
    from kaizen_board.store.restore import require_file_backups

    require_file_backups(store.location)
    for backup in backups_of(Path(store.location), store.now()):
        print(f"{backup.taken_at.astimezone():%Y-%m-%d %H:%M}\t{backup.describe()}\t{backup.path}")
    return 0


def run_copy(args: argparse.Namespace) -> int:
    from kaizen_board.transfer.copy import copy_boards

    source = open_store(args.source, create=False)
    try:
        target = open_store(args.target)
        try:
            print(copy_boards(source, target, args.boards).describe())
        finally:
            target.close()
    finally:
        source.close()
    return 0


def _team_store(url: str) -> Store:
    from kaizen_board.errors import InvalidInput
    from kaizen_board.store.opening import scheme_of

    if scheme_of(url) != "postgresql":
        raise InvalidInput(
            translate(
                "Cli", "{url}: a team is set up on a PostgreSQL server (postgresql://...)"
            ).format(url=url)
        )
    return open_store(url)


def run_team_init(args: argparse.Namespace) -> int:
    from kaizen_board.store.postgresql.team import init_team

    store = _team_store(args.url)
    try:
        for line in init_team(store):
            print(line)
    finally:
        store.close()
    return 0


def run_team_add(args: argparse.Namespace) -> int:
    from kaizen_board.store.postgresql.team import add_person

    store = _team_store(args.url)
    try:
        print(add_person(store, args.name, viewer=args.viewer))
    finally:
        store.close()
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Restore a backup; a damaged database is set aside instead of backed up first."""
    from kaizen_board.store.restore import WAIT_SECONDS, restore_at

    told = []

    def waiting() -> None:
        if not told:
            told.append(True)
            print(
                translate(
                    "Cli",
                    "kaizen-board: waiting for another window or command to finish writing "
                    "(at most {seconds} s)…",
                ).format(seconds=f"{WAIT_SECONDS:.0f}"),
                file=sys.stderr,
                flush=True,
            )

    done = restore_at(_location(args), args.path, waiting=waiting)
    try:
        if done.set_aside is not None:
            print(
                translate(
                    "Cli",
                    "{location} was damaged: it was moved aside to {aside}, "
                    "and {backup} restored in its place",
                ).format(location=done.store.location, aside=done.set_aside, backup=args.path)
            )
        elif done.before is None:
            print(
                translate("Cli", "Restored {location} from {backup}").format(
                    location=done.store.location, backup=args.path
                )
            )
        else:
            print(
                translate(
                    "Cli", "Restored {location} from {backup}; what it held before is in {before}"
                ).format(location=done.store.location, backup=args.path, before=done.before)
            )
    finally:
        done.store.close()
    return 0


run_demo = _with_board(_demo, create=True, writes=True, default=paths.demo_database_path)
run_add = _with_board(_add, create=True, writes=True)
run_move = _with_board(_move, writes=True, creates=False)  # a new board has no card
run_list = _with_board(_list)
run_show = _with_board(_show)
run_confirm = _with_board(_confirm, writes=True, creates=False)
_list_members = _with_board(_members)  # a viewer may see the team
_change_members = _with_board(_members, writes=True, creates=False)


def run_members(args: argparse.Namespace) -> int:
    return (_list_members if args.action == "list" else _change_members)(args)


run_attach = _with_board(_attach, writes=True, creates=False)
run_sheet = _with_board(_sheet)
run_report = _with_board(_report)
run_export = _with_board(_export)
run_import = _with_store(_import, writes=True)
run_backup = _with_store(_backup, check=True)
run_backups = _with_store(_backups)


def run_install_desktop(args: argparse.Namespace) -> int:
    from kaizen_board.desktop_entry import install_desktop_entry

    for path in install_desktop_entry():
        print(path)
    return 0
