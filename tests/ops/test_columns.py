"""Reading columns page by page, searching, limits, boards, and noticing other writers."""

from __future__ import annotations

import pytest

from kaizen_board import ops
from kaizen_board.errors import InvalidInput
from kaizen_board.ops import CardFilter
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from tests.helpers import ids_in


def test_paging_walks_a_column_in_order_without_gaps_or_repeats(store, board):
    ids = [ops.add_card(store, board.id, f"card {n}").card_id for n in range(23)]
    ops.reorder_card(store, ids[-1], 0)
    seen, after = [], None
    while page := ops.column_page(store, board.id, Stage.STANDARD, after=after, limit=5):
        seen += [row.id for row in page]
        after = (page[-1].rank, page[-1].id)
    assert seen == ids_in(store, board.id, Stage.STANDARD)
    assert seen == [ids[-1], *ids[:-1]]


def test_a_row_carries_what_the_card_face_shows(store, board):
    card_id = ops.add_card(
        store, board.id, "Kit parts", owner="Priya", tags="flow,5S", impact_category="time"
    ).card_id
    [row] = ops.column_page(store, board.id, Stage.STANDARD)
    assert (row.id, row.title, row.owner, row.tags, row.lap, row.impact_category) == (
        card_id,
        "Kit parts",
        "Priya",
        "flow,5S",
        1,
        "time",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wrench", ["Shadow board for wrenches"]),
        ("WRENCH board", ["Shadow board for wrenches"]),
        ("tag:5s", ["Shadow board for wrenches", "Label bins"]),
        ("tag:5", []),
        ("@priya", ["Label bins"]),
        ("member:Kenji", ["Shadow board for wrenches"]),
        ("aiko", ["Two-bin kanban"]),  # submitted by Aiko
        ("100%", ["Check 100% of welds"]),
        ('"two-bin kanban"', ["Two-bin kanban"]),
        ("", ["Shadow board for wrenches", "Label bins", "Two-bin kanban", "Check 100% of welds"]),
    ],
)
def test_search_matches_words_tags_and_members(store, board, text, expected):
    ops.add_card(store, board.id, "Shadow board for wrenches", tags="5S,visual", owner="Kenji")
    ops.add_card(store, board.id, "Label bins", tags="5s", owner="Priya")
    ops.add_card(store, board.id, "Two-bin kanban", submitted_by="Aiko")
    ops.add_card(store, board.id, "Check 100% of welds", description="quality gate")
    search = CardFilter.parse(text)
    rows = ops.column_page(store, board.id, Stage.STANDARD, search=search)
    assert [row.title for row in rows] == expected
    assert ops.column_count(store, board.id, Stage.STANDARD, search) == len(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("übergabe", ["Übergabe an die Frühschicht"]),
        ("FRÜHSCHICHT", ["Übergabe an die Frühschicht"]),
        ("çA", ["Ça marche"]),
        ("ÉTIQUETTES", ["Ça marche"]),  # in the standard
        ("tag:qualität", ["Ça marche"]),  # the tag is Qualität
        ("tag:QUALI", []),  # a tag matches whole
        ("@ZOË", ["Übergabe an die Frühschicht"]),
        ("ΣΤΆΣΗ", ["Σταθμός 3"]),  # Greek, in the description
        ("STRAẞE", ["Gänge frei"]),  # capital sharp s, in the tags
        ("übergabe frei", []),  # every word, in one card
        ("freiü", []),  # no match runs from the title into the description
    ],
)
def test_search_ignores_letter_case_beyond_ascii_too(store, board, text, expected):
    ops.add_card(store, board.id, "Übergabe an die Frühschicht", owner="Zoë")
    ops.add_card(store, board.id, "Ça marche", standard="Étiquettes", tags="Qualität,5S")
    ops.add_card(store, board.id, "Σταθμός 3", description="στάση γραμμής")
    ops.add_card(store, board.id, "Gänge frei", description="übrig", tags="straße")
    search = CardFilter.parse(text)
    rows = ops.column_page(store, board.id, Stage.STANDARD, search=search)
    assert [row.title for row in rows] == expected
    assert ops.column_count(store, board.id, Stage.STANDARD, search) == len(expected)


def test_wip_limits_are_kept_per_board_and_column(store, board):
    other = ops.create_board(store, "Office").board
    ops.set_wip_limit(store, board.id, Stage.IMPROVE, 3)
    assert ops.wip_limits(store, board.id)[Stage.IMPROVE] == 3
    assert ops.wip_limits(store, other.id)[Stage.IMPROVE] is None
    ops.set_wip_limit(store, board.id, Stage.IMPROVE, None)
    assert ops.wip_limits(store, board.id)[Stage.IMPROVE] is None
    with pytest.raises(InvalidInput, match="at least 1"):
        ops.set_wip_limit(store, board.id, Stage.IMPROVE, 0)


def test_boards_are_renamed_but_never_to_a_name_in_use(store, board):
    ops.create_board(store, "Office")
    assert ops.rename_board(store, board.id, "Line 1").board.name == "Line 1"
    assert [b.name for b in ops.list_boards(store)] == ["Line 1", "Office"]
    with pytest.raises(InvalidInput, match="already exists"):
        ops.rename_board(store, board.id, "office")


def test_another_connection_writing_is_noticed(store, board, db_path, clock):
    seen = store.data_version()
    ops.add_card(store, board.id, "Mine")
    assert store.data_version() == seen  # our own writes we know of already
    other = open_store(store.location, clock=clock)
    try:
        ops.add_card(other, board.id, "From the command line")
    finally:
        other.close()
    assert store.data_version() != seen
