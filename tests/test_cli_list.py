"""`kaizen-board list`: every card a line in the board's order, and `--search`."""

from __future__ import annotations

import pytest

from kaizen_board import ops
from kaizen_board.app import main
from kaizen_board.stages import STAGES, Stage
from kaizen_board.store import open_store


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys, db, *args: str) -> list[list[str]]:
    code, out, err = run(capsys, "list", "--db", str(db), *args)
    assert (code, err) == (0, "")
    return [line.split("\t") for line in out.splitlines()]


@pytest.fixture
def board_file(db_path):
    """A board whose order is neither the cards' ids nor their stage keys' (alphabetical:
    improve, meet, restandardize, standard): cards placed at the top of their columns,
    with owners, tags and one archived card."""
    store = open_store(str(db_path), member_name="Tester")
    board = ops.default_board(store)
    titles = ["Shadow board", "Two-bin gloves", "Label bins", "Spill kit", "Pump check"]
    for number, title in enumerate(titles * 2):
        stage = STAGES[-1 - number % 4]
        ops.add_card(
            store,
            board.id,
            f"{title} {number}",
            stage=stage,
            owner="Émile" if number % 3 == 0 else None,
            tags="5S" if number % 2 else "",
            index=0,
        )
    ops.archive_card(store, ops.column_page(store, board.id, Stage.MEET)[0].id)
    store.close()
    return db_path


def test_list_prints_each_column_in_turn_as_the_window_shows_it(capsys, board_file):
    rows = listed(capsys, board_file)
    store = open_store(str(board_file))
    board = ops.default_board(store)
    expected = [
        [str(card.id), stage.value, str(position), "1", card.owner or "", card.title]
        for stage in STAGES
        for position, card in enumerate(ops.column_page(store, board.id, stage))
    ]
    store.close()
    assert rows == expected
    assert [row[1] for row in rows] == sorted(
        (row[1] for row in rows), key=lambda key: Stage(key).order
    )
    assert len(rows) == 9  # the archived card is not among them
    [archived] = listed(capsys, board_file, "--archived")
    assert archived[1:4] == ["meet", "archived", "1"]


@pytest.mark.parametrize(
    "words", ["pump", "tag:5S", "@émile", "board 5", '"spill kit"', "tag:5s pump"]
)
def test_list_search_prints_the_lines_of_the_cards_the_window_finds(capsys, board_file, words):
    everything = {row[0]: row for row in listed(capsys, board_file)}
    found = listed(capsys, board_file, "--search", words)
    store = open_store(str(board_file))
    board = ops.default_board(store)
    search = ops.CardFilter.parse(words)
    expected = [
        str(card.id)
        for stage in STAGES
        for card in ops.column_page(store, board.id, stage, search=search)
    ]
    store.close()
    assert [row[0] for row in found] == expected
    assert found, f"some cards match {words!r}"
    # Each line is the card's line in the whole listing: its position is in its column.
    assert found == [everything[row[0]] for row in found]


def test_list_search_narrows_a_stage_and_the_archive_too(capsys, board_file):
    improve = listed(capsys, board_file, "--stage", "improve")
    tagged = listed(capsys, board_file, "--stage", "improve", "--search", "tag:5S")
    assert tagged == [row for row in improve if row in tagged]
    assert {row[1] for row in tagged} == {"improve"}
    [archived] = listed(capsys, board_file, "--archived")
    title = archived[5]
    assert listed(capsys, board_file, "--archived", "--search", f'"{title}"') == [archived]
    assert listed(capsys, board_file, "--archived", "--search", "nothing like it") == []


@pytest.mark.parametrize("words", ["", "   "])
def test_a_search_with_no_words_exits_2_saying_so_and_lists_nothing(capsys, board_file, words):
    with pytest.raises(SystemExit) as exited:  # argparse's error: usage, then the message
        main(["list", "--db", str(board_file), "--search", words])
    out, err = capsys.readouterr()
    assert (exited.value.code, out) == (2, "")
    assert "argument --search: " in err
    assert "has no words to look for" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--board", "Nowhere"], "no board named 'Nowhere'"),
        (["--stage", "done"], "unknown stage 'done'"),
    ],
)
def test_a_search_of_an_unknown_board_or_stage_exits_2_with_a_message(
    capsys, board_file, args, message
):
    code, out, err = run(capsys, "list", "--db", str(board_file), "--search", "pump", *args)
    assert (code, out) == (2, "")
    assert err.startswith("kaizen-board: error: ")
    assert message in err
