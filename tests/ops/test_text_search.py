"""Search through the text index: any alphabet, letter case and accents aside, and the
index kept with every change of a card's texts, on both engines."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kaizen_board import ops
from kaizen_board.ops import CardFilter
from kaizen_board.stages import Stage
from kaizen_board.store import open_store
from kaizen_board.store.text import fold

V1 = Path(__file__).resolve().parent.parent / "data" / "schema-v1.sqlite"


def found(store, board, text: str) -> list[str]:
    search = CardFilter.parse(text)
    titles = []
    for stage in Stage:
        rows = ops.column_page(store, board.id, stage, search=search)
        assert ops.column_count(store, board.id, stage, search) == len(rows)
        titles += [row.title for row in rows]
    return sorted(titles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cafe", ["Café au poste 3"]),  # accents aside
        ("CAFÉ", ["Café au poste 3"]),
        ("VIET", ["Việt hóa nhãn"]),  # Vietnamese: marks over marks
        ("ανοιγμα", ["Άνοιγμα βάρδιας"]),  # Greek, accents aside
        ("ЁЛКА", ["Ёлка у входа"]),
        ("ガイド", ["作業ガイドの改善"]),  # kana keep their marks: ガ is not カ
        ("カイト", []),
        ("改善", ["作業ガイドの改善"]),  # two letters: looked through, not the index
        ("ｔｏｙｏｔａ", ["Toyota way board"]),  # full-width letters are letters
        ("한국어", ["한국어 안내판"]),
        ("50%", ["Cut scrap by 50%"]),  # % and _ are letters here, not patterns
        ("5_s", []),
        ('"way board"', ["Toyota way board"]),  # quotes keep words together
        ('say "hi', []),  # an unclosed quote is a word, not an error
    ],
)
def test_a_word_is_found_in_any_alphabet_letter_case_and_accents_aside(
    store, board, text, expected
):
    for title in (
        "Café au poste 3",
        "Việt hóa nhãn",
        "Άνοιγμα βάρδιας",
        "Ёлка у входа",
        "作業ガイドの改善",
        "Toyota way board",
        "한국어 안내판",
        "Cut scrap by 50%",
        "5S audit",
    ):
        ops.add_card(store, board.id, title)
    assert found(store, board, text) == expected


def test_the_index_follows_every_change_of_a_cards_texts(store, board):
    card = ops.add_card(store, board.id, "Shadow board for wrenches").card_id
    ops.move_card(store, card, Stage.IMPROVE)
    assert found(store, board, "wrench") == ["Shadow board for wrenches"]
    change = ops.edit_card(store, card, title="Foam cut-outs", description="for torque tools")
    assert found(store, board, "wrench") == []
    assert found(store, board, "torque") == ["Foam cut-outs"]
    ops.undo(store, change)  # the title and description come back, and so do they here
    assert found(store, board, "wrench") == ["Shadow board for wrenches"]
    assert found(store, board, "torque") == []
    ops.edit_card(store, card, tags="5S,Sécurité")
    assert found(store, board, "securite") == ["Shadow board for wrenches"]
    ops.archive_card(store, card)
    assert found(store, board, "wrench") == []
    ops.restore_card(store, card)
    assert found(store, board, "wrench") == ["Shadow board for wrenches"]
    deleted = ops.delete_card(store, card)
    assert found(store, board, "wrench") == []
    ops.undo(store, deleted)
    assert found(store, board, "securite") == ["Shadow board for wrenches"]


def test_cards_imported_copied_or_deleted_are_found_as_they_are(store, board, tmp_path, clock):
    source = tmp_path / "cards.csv"
    source.write_text("title,description\nKanban für Handschuhe,Zwei Behälter\n", encoding="utf-8")
    from kaizen_board.transfer.importer import import_board

    import_board(store, source, board_name=board.name)
    assert found(store, board, "FÜR HAND") == ["Kanban für Handschuhe"]
    copy = open_store(tmp_path / "copy.sqlite", clock=clock)
    from kaizen_board.transfer.copy import copy_boards

    copy_boards(store, copy)
    assert found(copy, ops.default_board(copy), "behalter") == ["Kanban für Handschuhe"]
    copy.close()


def test_words_in_one_card_must_all_be_there_and_never_across_its_texts(store, board):
    ops.add_card(store, board.id, "Label bins", description="red tape")
    assert found(store, board, "label tape") == ["Label bins"]
    assert found(store, board, "bins red") == ["Label bins"]
    assert found(store, board, "binsred") == []
    assert found(store, board, "label glue") == []


@pytest.mark.sqlite_only
def test_an_older_database_gets_its_index_when_it_is_upgraded(tmp_path, clock):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(V1, path)
    store = open_store(path, clock=clock)
    board = ops.default_board(store)
    every = sum(ops.column_count(store, board.id, stage) for stage in Stage)
    titles = [row.title for stage in Stage for row in ops.column_page(store, board.id, stage)]
    word = max(titles[0].split(), key=len)
    expected = sorted(title for title in titles if fold(word) in fold(title))
    assert every
    assert expected
    assert found(store, board, word.upper()) == expected
    store.close()


def test_fold_takes_off_accents_of_latin_greek_and_cyrillic_only():
    assert fold("Ça MARCHE, Straße") == "ca marche, strasse"
    assert fold("ガ") == "ガ"
    assert fold("ǅ") == "dz"
