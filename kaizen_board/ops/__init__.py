"""Board operations: every change a user makes goes through here, one transaction each."""

from kaizen_board.events import EventKind
from kaizen_board.ops.cards import add_card, add_cards, delete_card, edit_card, titles_from_lines
from kaizen_board.ops.columns import (
    LAST,
    column_count,
    column_page,
    column_rows_of,
    set_wip_limit,
    wip_limits,
)
from kaizen_board.ops.confirmations import Confirmations, confirm_standard, confirmations_of
from kaizen_board.ops.directory import (
    BoardInfo,
    board_of,
    create_board,
    default_board,
    delete_board,
    ensure_board,
    find_board,
    list_boards,
    member_names,
    rename_board,
)
from kaizen_board.ops.history import card_history, standard_revisions
from kaizen_board.ops.moves import archive_card, move_card, move_cards, reorder_card, restore_card
from kaizen_board.ops.pictures import (
    PictureInfo,
    attach_picture,
    card_pictures,
    mark_picture,
    picture_bytes,
    remove_picture,
)
from kaizen_board.ops.queries import card_details, list_cards, stages_of
from kaizen_board.ops.rows import CardRow
from kaizen_board.ops.search import CardFilter
from kaizen_board.ops.team import TeamMember, add_to_team, current_team, remove_from_team, team_of
from kaizen_board.ops.undo import Change, redo, undo

__all__ = [
    "Confirmations",
    "PictureInfo",
    "TeamMember",
    "add_to_team",
    "attach_picture",
    "card_pictures",
    "confirm_standard",
    "confirmations_of",
    "current_team",
    "mark_picture",
    "picture_bytes",
    "remove_picture",
    "remove_from_team",
    "team_of",
    "LAST",
    "BoardInfo",
    "CardFilter",
    "CardRow",
    "board_of",
    "column_count",
    "column_page",
    "column_rows_of",
    "member_names",
    "rename_board",
    "set_wip_limit",
    "wip_limits",
    "Change",
    "EventKind",
    "add_card",
    "add_cards",
    "titles_from_lines",
    "archive_card",
    "card_details",
    "card_history",
    "create_board",
    "delete_board",
    "default_board",
    "delete_card",
    "edit_card",
    "ensure_board",
    "find_board",
    "list_boards",
    "list_cards",
    "move_card",
    "move_cards",
    "reorder_card",
    "restore_card",
    "stages_of",
    "standard_revisions",
    "redo",
    "undo",
]
