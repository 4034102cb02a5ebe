"""Search through the text index: any alphabet, letter case and accents aside, and the
index kept with every change of a card's texts, on both engines."""

from __future__ import annotations

import shlex
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


# Words of one and two letters: each alphabet's word at the start of a title, in its
# middle, at its end, and split by the end of a title and the start of its description,
# which is no match (the word is in neither text).
SHORT_WORDS = {
    "zq": ["Zq at the start", "A zq in the middle", "Ends in zQ", ("Stops at z", "q after it")],
    "ωμ": ["Ώμος πονάει", "Ένα ωμό φρούτο", "Πάνω στον ΩΜ", ("Τέλος ω", "μ μετά")],
    "改善": ["改善の提案", "作業改善をする", "作業ガイドの改善", ("作業の改", "善は説明に")],
    "안내": ["안내판 교체", "새 안내 표지", "한국어 안내", ("문 앞 안", "내부 표시")],
}


def add_short_word_cards(store, board) -> None:
    for cards in SHORT_WORDS.values():
        for card in cards:
            title, description = card if isinstance(card, tuple) else (card, "")
            ops.add_card(store, board.id, title, description=description)


def test_a_word_of_two_letters_is_found_at_the_start_middle_or_end_never_across_texts(store, board):
    add_short_word_cards(store, board)
    for word, cards in SHORT_WORDS.items():
        expected = sorted(card for card in cards if isinstance(card, str))
        assert found(store, board, word) == expected
        assert found(store, board, word.upper()) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Q", ["A zq in the middle", "Ends in zQ", "Stops at z", "Zq at the start"]),
        ("ώ", ["Ένα ωμό φρούτο", "Ώμος πονάει", "Πάνω στον ΩΜ", "Τέλος ω"]),  # accents aside
        (
            "善",
            ["作業ガイドの改善", "作業の改", "作業改善をする", "改善の提案"],
        ),  # in a description
        ("판", ["안내판 교체"]),
        ("板", []),
    ],
)
def test_a_word_of_one_letter_is_found_in_any_of_a_cards_texts(store, board, word, expected):
    add_short_word_cards(store, board)
    assert found(store, board, word) == sorted(expected)


def _held(word: str, cards: list[tuple[str, ...]], submitter: str) -> list[str]:
    """The titles of the cards holding `word` in one of their texts or their submitter's
    name, by Python alone."""
    return sorted(
        texts[0]
        for texts in cards
        if word.casefold() in submitter.casefold() or any(fold(word) in fold(t) for t in texts)
    )


@pytest.mark.parametrize("few", [ops.search.FEW, 1])  # found by the index, or by a walk
def test_every_short_word_finds_what_looking_through_each_text_finds(
    store, board, monkeypatch, few
):
    monkeypatch.setattr("kaizen_board.ops.search.FEW", few)
    cards = [
        ("Café au poste 3", "Straße frei", "", "5S,flow"),
        ("Άνοιγμα βάρδιας", "", "Ёлка у входа", ""),
        ("作業ガイドの改善", "標準作業", "", "改善"),
        ("한국어 안내판", "50% 줄이기", "", ""),
        ("Ends in a", "b starts here", "", "x"),
    ]
    for title, description, standard, tags in cards:
        ops.add_card(store, board.id, title, description=description, standard=standard, tags=tags)
    every = "".join(fold(text) for texts in cards for text in texts)
    words = {*every, *(every[n : n + 2] for n in range(len(every) - 1)), "ab", "ß", "ｓ", "%"}
    for word in sorted(words - {" "}):  # quoted, as a word with a space is typed
        assert found(store, board, shlex.quote(word)) == _held(word, cards, "Tester"), word


def test_the_index_of_short_words_follows_every_change_of_a_cards_texts(store, board):
    card = ops.add_card(store, board.id, "改善の提案").card_id
    assert found(store, board, "改善") == ["改善の提案"]
    change = ops.edit_card(store, card, title="標準作業", description="5S")
    assert found(store, board, "改善") == []
    assert found(store, board, "準") == ["標準作業"]
    assert found(store, board, "5s") == ["標準作業"]
    ops.undo(store, change)
    assert found(store, board, "改善") == ["改善の提案"]
    assert found(store, board, "5s") == []
    deleted = ops.delete_card(store, card)
    assert found(store, board, "改") == []
    ops.undo(store, deleted)
    assert found(store, board, "改") == ["改善の提案"]


def _as_at_version_5(store) -> None:
    """Put the database back as the version before the index of short words made it."""
    if store.engine.name == "sqlite":
        undone = [f"DROP TRIGGER card_text_letters_{name}" for name in ("in", "out", "changed")]
        undone.append("DROP TABLE card_text_letters")
    else:
        undone = ["DROP FUNCTION kaizen_letters CASCADE"]  # its index goes with it
    with store.write():
        for statement in undone:
            store.database.execute_sql(statement)
        store.database.execute_sql(
            "UPDATE schema_info SET value = '5' WHERE key = 'schema_version'"
        )


def test_a_board_of_schema_version_5_gets_its_index_of_short_words_when_upgraded(
    store, board, location, clock
):
    add_short_word_cards(store, board)
    _as_at_version_5(store)
    upgraded = open_store(location, clock=clock)
    try:
        for word, cards in SHORT_WORDS.items():
            expected = sorted(card for card in cards if isinstance(card, str))
            assert found(upgraded, board, word) == expected
        ops.add_card(upgraded, board.id, "Zq once more")
        assert "Zq once more" in found(upgraded, board, "zq")
    finally:
        upgraded.close()
