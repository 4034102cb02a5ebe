"""Bringing a team's board in from the tools they come from: real export files where one
could be found (tests/data/imports, SOURCES.md says where each came from), and files
written in a tool's documented layout where none could (said so at each test)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kaizen_board import ops
from kaizen_board.stages import Stage
from kaizen_board.store.models import Event
from kaizen_board.transfer.importer import ImportFailed, import_board, undo_import

DATA = Path(__file__).parent.parent / "data" / "imports"


def cards_of(store, board) -> dict[str, dict]:
    details = {}
    for line in list(ops.list_cards(store, board.id)) + list(
        ops.list_cards(store, board.id, archived=True)
    ):
        details[line.title] = ops.card_details(store, line.id)
    return details


def kaizen_board_command(database: Path, *args: str) -> subprocess.CompletedProcess:
    """The command line, as a user runs it, on `database`."""
    return subprocess.run(
        [sys.executable, "-m", "kaizen_board", "--db", str(database), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def local(*args) -> datetime:
    """A time as the file writes it (no zone: the user's local time), in UTC."""
    return datetime(*args).astimezone(UTC)


def test_trello_board_json(store, board):
    path = DATA / "trello" / "wekan-docs-trello-project100.json"
    summary = import_board(store, path, mapping=["In Progress=improve"])
    assert (summary.tool, summary.source) == ("trello", "trello:Project 100")
    assert summary.added == 3
    assert {item.value: item.cards for item in summary.stage_values} == {
        "Todo": 2,
        "In Progress": 1,
    }
    cards = cards_of(store, board)
    assert {title: card["stage"] for title, card in cards.items()} == {
        "Write code": Stage.STANDARD,
        "Review code": Stage.STANDARD,
        "Visualize code": Stage.IMPROVE,
    }
    assert {card["owner"] for card in cards.values()} == {"Test User"}
    # The createCard actions' times are the cards' creation times.
    written = datetime(2020, 12, 5, 20, 23, 10, 484000, tzinfo=UTC)
    assert cards["Write code"]["created_at"] == written
    assert cards["Visualize code"]["created_at"] == written.replace(second=34, microsecond=998000)


def test_jira_csv_with_repeated_columns(store, board):
    path = DATA / "jira" / "planeso-TES-jira-cloud-all-fields-2025.csv"
    summary = import_board(store, path, mapping=["In Progress=improve"])
    assert summary.tool == "jira"
    assert summary.added == 22
    assert summary.stages == {Stage.STANDARD: 9, Stage.IMPROVE: 3}
    assert summary.archived == 10  # Done, and Resolved dated
    cards = cards_of(store, board)
    first = cards["Enable Selinium scripts to also test Pega apps/iframes/etc"]
    assert first["created_at"] == local(2025, 9, 22, 9, 26)
    assert first["submitted_by"] in ("Eric Medlock", "Sai Sontineni")
    owners = [card["owner"] for card in cards.values()]
    assert owners.count("Saicharan Basireddy") == 11
    assert "Comment" in summary.ignored_columns


def test_importing_the_same_export_again_skips_or_updates_never_duplicates(store, board, tmp_path):
    path = tmp_path / "jira.csv"
    path.write_text(
        "Summary,Issue key,Status,Labels,Labels\n"
        "Shadow board,KB-1,To Do,5S,visual\n"
        "Label bins,KB-2,To Do,,\n",
        encoding="utf-8",
    )
    first = import_board(store, path)
    assert first.added == 2
    assert cards_of(store, board)["Shadow board"]["tags"] == "5S,visual"  # joined
    again = import_board(store, path)
    assert (again.added, again.skipped) == (0, 2)
    path.write_text(
        "Summary,Issue key,Status,Labels\n"
        "Shadow board for tools,KB-1,Improve,5S\n"
        "Label bins,KB-2,To Do,\n"
        "Spill kit,KB-3,To Do,\n",
        encoding="utf-8",
    )
    updated = import_board(store, path, update=True)
    assert (updated.added, updated.updated, updated.skipped) == (1, 1, 1)  # one unchanged
    cards = cards_of(store, board)
    assert len(cards) == 3
    assert cards["Shadow board for tools"]["stage"] is Stage.IMPROVE
    # Undo takes back the card added and the update, as one step.
    updated.change.undo(store)
    assert sorted(cards_of(store, board)) == ["Label bins", "Shadow board"]


def test_an_import_is_undone_from_the_command_lines_function_and_the_counts_follow(
    store, board, tmp_path
):
    path = tmp_path / "list.csv"
    path.write_text("Task name;Section/Column\nOne;Improve\nTwo;Standard\n", encoding="utf-8")
    ops.add_card(store, board.id, "Already here")
    with store.read():
        events = Event.select().count()
    summary = import_board(store, path)
    assert summary.added == 2
    assert "took away the 2 cards" in undo_import(store, None)
    assert list(cards_of(store, board)) == ["Already here"]
    with store.read():
        assert Event.select().count() == events
    with pytest.raises(Exception, match="there is no import to undo"):
        undo_import(store, None)


def test_notion_export_zip_of_zips(store, board):
    summary = import_board(store, DATA / "notion" / "obsidian-importer-Notion.Test.Export.zip")
    assert summary.tool == "notion"
    assert summary.added == 269
    titles = set(cards_of(store, board))
    assert "@December 1, 2024" in titles
    assert "@August 6, 2025" in titles


def test_kanboard_tasks_csv_in_german(store, board, tmp_path):
    # No real Kanboard export could be found; this is its German header exactly as
    # app/Export/TaskExport.php and de_DE/translations.php write it (SOURCES.md).
    header = (
        "Aufgaben-ID,Referenz,Projekt,Status,Kategorie,Swimlane,Spalte,Position,Farbe,"
        "Fälligkeitsdatum,Erstellt von,Name des Erstellers,Benutzername des Zuständigen,"
        "Name des Zuständigen,Komplexität,Titel,Erstellungsdatum,Änderungsdatum,"
        "Abschlussdatum,Startdatum,Geschätzte Zeit,Aufgewendete Zeit,Priorität,Schlagworte"
    )
    rows = [
        "1,,Werk 3,Offen,,Standard,Verbessern,1,Gelb,,aiko,Aiko,ben,Ben Ito,0,"
        'Ölwechsel prüfen,07/29/2026 21:32,07/30/2026 08:00,,,0,0,0,"5S, Sicherheit"',
        "2,,Werk 3,Abgeschlossen,,Standard,Backlog,2,Gelb,,aiko,Aiko,,,0,"
        "Werkzeugwand,07/01/2026 09:15,07/02/2026 10:00,07/02/2026 10:00,,0,0,0,",
    ]
    path = tmp_path / "Aufgaben.csv"
    path.write_bytes(("\n".join([header, *rows]) + "\n").encode("cp1252"))
    with pytest.raises(ImportFailed, match="--encoding cp1252"):
        import_board(store, path)
    summary = import_board(store, path, encoding="cp1252")
    assert summary.tool == "kanboard"
    cards = cards_of(store, board)
    oil = cards["Ölwechsel prüfen"]
    assert oil["stage"] is Stage.IMPROVE  # "Verbessern" is a stage's German name
    assert oil["tags"] == "5S,Sicherheit"
    assert oil["created_at"] == local(2026, 7, 29, 21, 32)
    assert cards["Werkzeugwand"]["archived_at"] is not None  # Status: Abgeschlossen


def test_planner_workbook_with_rows_above_the_header(store, board, tmp_path):
    # Planner's export layout (plan name and export date above the header), written
    # with openpyxl: no real Planner workbook could be found.
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Plan name", "Line 3"])
    sheet.append(["Date of export", datetime(2026, 11, 30)])
    sheet.append([])
    sheet.append(["Task ID", "Task Name", "Bucket Name", "Progress", "Assigned To",
                  "Created By", "Created Date", "Labels", "Description"])  # fmt: skip
    sheet.append(["a1", "Kanban for spare parts", "Improve", "In progress", "Kenji Sato",
                  "Aiko", datetime(2026, 10, 1, 8, 30), "Parts", "Two bins"])  # fmt: skip
    sheet.append(["a2", "Daily check sheet", "To do", "Not started", None, "Aiko",
                  datetime(2026, 10, 2, 9, 0), None, None])  # fmt: skip
    path = tmp_path / "Line 3.xlsx"
    book.save(path)
    summary = import_board(store, path)
    assert summary.tool == "planner"
    assert summary.notes == ["the first 3 rows, above the header, were skipped"]
    cards = cards_of(store, board)
    assert cards["Kanban for spare parts"]["stage"] is Stage.IMPROVE
    assert cards["Kanban for spare parts"]["owner"] == "Kenji Sato"
    assert cards["Kanban for spare parts"]["description"] == "Two bins"
    assert cards["Daily check sheet"]["stage"] is Stage.STANDARD
    assert cards["Daily check sheet"]["created_at"] == local(2026, 10, 2, 9, 0)


def test_github_projects_tsv_and_a_japanese_sheet_in_utf16(store, board, tmp_path):
    # GitHub Projects' "Export view data" writes a TSV of the view's columns.
    path = tmp_path / "Project.tsv"
    path.write_text(
        "Title\tURL\tAssignees\tStatus\tRepository\tLabels\n"
        "Faster changeover\thttps://github.com/o/r/issues/1\tmika\tIn Progress\to/r\tbug\n",
        encoding="utf-8",
    )
    summary = import_board(store, path, mapping=["In Progress=meet"])
    assert summary.tool == "github"
    assert cards_of(store, board)["Faster changeover"]["stage"] is Stage.MEET
    japanese = tmp_path / "kaizen.txt"
    japanese.write_text(
        "タイトル\tステータス\t担当者\n段取り替え短縮\t改善\t佐藤\n", encoding="utf-16"
    )
    import_board(store, japanese)
    card = cards_of(store, board)["段取り替え短縮"]
    assert (card["stage"], card["owner"]) == (Stage.IMPROVE, "佐藤")


def test_the_mapping_chosen_for_a_source_is_offered_again(store, board, tmp_path):
    path = tmp_path / "trello.csv"
    path.write_text("Card ID,Card Name,List Name\n1,A,Doing\n", encoding="utf-8")
    import_board(store, path, mapping=["Doing=improve"])
    path = tmp_path / "trello (1).csv"  # the same export, downloaded again
    path.write_text("Card ID,Card Name,List Name\n2,B,Doing\n", encoding="utf-8")
    summary = import_board(store, path)
    assert summary.stage_values[0].target is Stage.IMPROVE
    assert cards_of(store, board)["B"]["stage"] is Stage.IMPROVE


def test_trello_moves_become_the_cards_history(store, board, tmp_path):
    import json

    board_json = {
        "name": "Moves",
        "lists": [{"id": "l1", "name": "Standard"}, {"id": "l2", "name": "Improve"}],
        "cards": [{"id": "5fcbec03c670ab79e1f625b3", "name": "Moved idea", "idList": "l2"}],
        "actions": [
            {
                "type": "updateCard",
                "date": "2021-02-01T10:00:00.000Z",
                "data": {
                    "card": {"id": "5fcbec03c670ab79e1f625b3"},
                    "listBefore": {"name": "Standard"},
                    "listAfter": {"name": "Improve"},
                },
            }
        ],
    }
    path = tmp_path / "moves.json"
    path.write_text(json.dumps(board_json), encoding="utf-8")
    import_board(store, path)
    card = cards_of(store, board)["Moved idea"]
    history = ops.card_history(store, card["id"])
    assert [(event.kind, event.to_stage) for event in history] == [
        ("created", "standard"),
        ("moved", "improve"),
    ] or [event.kind for event in history] == ["created", "moved"]
    assert history[-1].at == datetime(2021, 2, 1, 10, 0, tzinfo=UTC)


TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=12
)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    titles=st.lists(TEXT.filter(lambda text: text.strip()), min_size=1, max_size=6),
    notes=st.lists(TEXT, min_size=6, max_size=6),
)
def test_any_table_reads_the_same_with_any_delimiter_and_encoding(
    clock, tmp_path_factory, titles, notes
):
    from kaizen_board.store import open_store

    expected = None
    for delimiter in (",", ";", "\t"):
        for encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1252"):
            buffer = io.StringIO()
            writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow(["Title", "Notes"])
            for title, note in zip(titles, notes, strict=False):
                writer.writerow([title, note])
            try:
                data = buffer.getvalue().encode(encoding)
            except UnicodeEncodeError:
                continue  # text an 8-bit encoding cannot hold
            path = tmp_path_factory.mktemp("table") / "table.csv"
            path.write_bytes(data)
            store = open_store(str(path.with_suffix(".sqlite")), clock=clock)
            named = encoding if encoding == "cp1252" else None  # the user names that one
            try:
                import_board(store, path, encoding=named)
                with store.read():
                    from kaizen_board.store.models import Card

                    got = sorted(
                        (card.title, card.description)
                        for card in Card.select(Card.title, Card.description)
                    )
            finally:
                store.close()
            if expected is None:
                expected = got
            assert got == expected, (delimiter, encoding)
    assert len(expected) == len(titles)


def test_the_command_line_maps_lists_and_says_what_went_where(tmp_path):
    database = tmp_path / "board.sqlite"
    path = tmp_path / "jira.csv"
    path.write_text("Summary,Status\nA,To Do\nB,Doing\n", encoding="utf-8")

    def run(*args):
        return kaizen_board_command(database, *args)

    done = run("import", str(path), "--map", "Doing=improve")
    assert done.returncode == 0, done.stderr
    assert "Doing" in done.stdout
    assert "-> Improve" in done.stdout
    bad = run("import", str(path), "--map", "Doing=sideways")
    assert bad.returncode == 2
    assert "unknown stage 'sideways'" in bad.stderr
    assert "Traceback" not in bad.stderr
    listed = run("import", "--list")
    assert "jira.csv" in listed.stdout
    undone = run("import", "--undo")
    assert undone.returncode == 0
    assert "took away the 2 cards" in undone.stdout
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    refused = run("import", str(broken))
    assert refused.returncode == 2
    assert "damaged zip" in refused.stderr
    assert zipfile.is_zipfile(broken) is False


def test_kanboard_transitions_become_the_history_of_its_imported_tasks(store, board, tmp_path):
    # Kanboard's two exports, in its English layout (app/Export/TaskExport.php and
    # TransitionExport.php; no real file could be found): its tasks, then their moves.
    tasks = tmp_path / "Tasks.csv"
    tasks.write_text(
        "Task Id,Reference,Project,Status,Category,Swimlane,Column,Position,Color,Due date,"
        "Creator,Creator Name,Assignee Username,Assignee Name,Complexity,Title,Creation date,"
        "Modification date,Completion date,Start date,Time estimated,Time spent,Priority,Tags\n"
        "7,,Line 3,Open,,Default swimlane,Work in progress,1,Yellow,,aiko,Aiko,,,0,"
        "Two-bin parts,07/01/2026 09:00,07/03/2026 10:00,,,0,0,0,\n",
        encoding="utf-8",
    )
    import_board(store, tasks, mapping=["Work in progress=improve"])
    moves = tmp_path / "Transitions.csv"
    moves.write_text(
        "Id,Task Title,Source column,Destination column,Executer,Date,Time spent\n"
        "7,Two-bin parts,Backlog,Ready,Aiko,07/02/2026 08:00,0.5\n"
        "7,Two-bin parts,Ready,Work in progress,Aiko,07/03/2026 10:00,1\n"
        "99,Not imported,Backlog,Ready,Aiko,07/03/2026 10:00,1\n",
        encoding="utf-8",
    )
    summary = import_board(store, moves, mapping=["Ready=meet"])
    assert (summary.tool, summary.added, summary.moves) == ("kanboard-transitions", 0, 2)
    [card] = cards_of(store, board).values()
    history = [(event.kind, event.to_stage) for event in ops.card_history(store, card["id"])]
    assert history == [("created", Stage.IMPROVE), ("moved", Stage.MEET), ("moved", Stage.IMPROVE)]
    summary.change.undo(store)  # the moves go, the card stays
    assert len(ops.card_history(store, card["id"])) == 1


def test_trello_csv_archived_flags_and_wekan_csv_in_french(store, board, tmp_path):
    # Trello's CSV (Premium) and Wekan's CSV in French, in the layouts their code
    # writes (no real file could be found): a finished flag as true/false.
    trello = tmp_path / "trello.csv"
    trello.write_text(
        "Card ID,Card Name,Card URL,Card Description,Labels,Members,Due Date,List ID,"
        "List Name,Board ID,Board Name,Archived\n"
        "c1,Tool wall,https://trello.com/c/1,,5S (green),Aiko,,l1,Doing,b1,Line 3,false\n"
        "c2,Old form,https://trello.com/c/2,,,,,l1,Doing,b1,Line 3,true\n",
        encoding="utf-8",
    )
    summary = import_board(store, trello)
    assert summary.tool == "trello"
    assert summary.warnings == []
    cards = cards_of(store, board)
    assert cards["Tool wall"]["archived_at"] is None
    assert cards["Old form"]["archived_at"] is not None
    wekan = tmp_path / "wekan.csv"
    wekan.write_text(
        '"Titre","Description","Liste","Couloir","Propriétaire","Demandé par","Attribué par",'
        '"Participants","Intervenant","Étiquettes","Début","À échéance","Fin",'
        '"Temps supplémentaire (heures)","Temps passé (heures)","Créé le",'
        '"Dernière modification le","Dernière activité","Vote","Archivé"\r\n'
        '"Bac à copeaux","vider chaque soir","Améliorer","Défaut","marie","paul"," "," "," ",'
        '"sécurité-red -green"," "," "," ","false","0","2026-03-02T08:00:00.000Z"," "," ",'
        '" ","false"\r\n',
        encoding="utf-8",
    )
    summary = import_board(store, wekan)
    assert summary.tool == "wekan"
    card = cards_of(store, board)["Bac à copeaux"]
    assert (card["stage"], card["owner"], card["submitted_by"]) == (Stage.IMPROVE, "marie", "paul")
    assert card["tags"] == "sécurité,green"
    assert card["created_at"] == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    assert card["archived_at"] is None


def test_jira_in_german_and_a_focalboard_archive(store, board, tmp_path):
    import json

    jira = tmp_path / "Jira.csv"
    jira.write_text(
        "Zusammenfassung,Vorgangsschlüssel,Vorgangstyp,Status,Bearbeiter,Autor,Erstellt,"
        "Stichwörter,Stichwörter,Beschreibung\n"
        'Rüstzeit senken,WK-4,Aufgabe,In Arbeit,Jonas,Lea,22/Dez/25 2:38 PM,SMED,Presse,"a\nb"\n',
        encoding="utf-8",
    )
    summary = import_board(store, jira, mapping=["In Arbeit=improve"])
    assert summary.tool == "jira"
    card = cards_of(store, board)["Rüstzeit senken"]
    assert (card["stage"], card["owner"], card["submitted_by"]) == (Stage.IMPROVE, "Jonas", "Lea")
    assert card["tags"] == "SMED,Presse"
    assert card["description"] == "a\nb"
    assert card["created_at"] == local(2025, 12, 22, 14, 38)  # "Dez": German for Dec
    assert summary.warnings == []
    # Focalboard's .boardarchive: a zip holding board.jsonl (board, then its blocks).
    lines = [
        {"type": "board", "data": {"id": "b1", "title": "Werk", "cardProperties": [
            {"id": "p1", "name": "Status", "type": "select", "options": [
                {"id": "o1", "value": "Not started"}, {"id": "o2", "value": "Improve"}]},
            {"id": "p2", "name": "Tags", "type": "multiSelect", "options": [
                {"id": "t1", "value": "5S"}]}]}},
        {"type": "block", "data": {"id": "c1", "type": "card", "title": "Shadow board",
            "createAt": 1767225600000, "fields": {"properties": {"p1": "o2", "p2": ["t1"]}}}},
        {"type": "block", "data": {"id": "x1", "type": "text", "parentId": "c1",
            "title": "Outline every tool"}},
    ]  # fmt: skip
    archive = tmp_path / "Werk.boardarchive"
    with zipfile.ZipFile(archive, "w") as written:
        written.writestr("version.json", '{"version": 2}')
        written.writestr("b1/board.jsonl", "\n".join(json.dumps(line) for line in lines))
    summary = import_board(store, archive)
    assert (summary.tool, summary.source) == ("focalboard", "focalboard:Werk")
    card = cards_of(store, board)["Shadow board"]
    assert (card["stage"], card["tags"]) == (Stage.IMPROVE, "5S")
    assert card["description"] == "Outline every tool"
    assert card["created_at"] == datetime(2026, 1, 1, tzinfo=UTC)


def test_jira_in_french_with_its_own_month_names(store, board, tmp_path):
    # The header of a real Jira Cloud export made in French (cdrezen/ecoeye, Jira.csv,
    # MIT; its rows not copied), with rows written in its formats.
    header = (
        "Résumé,Clé de ticket,ID de ticket,Type de ticket,État,Clé de projet,Nom du projet,"
        "Priorité,Résolution,Personne assignée,Rapporteur,Créateur,Création,Mise à jour,"
        "Résolu,Description,Observateurs,Observateurs,Catégorie d'état"
    )
    path = tmp_path / "Jira (1).csv"
    path.write_text(
        header + "\n"
        "Capteur de débit,EE-12,10748,Tâche,En cours,EE,ecoeye,Medium,,,Corentin,Corentin,"
        "15/juil./25 5:50 PM,05/août/25 2:47 PM,,,a,b,En cours\n"
        "Boîtier étanche,EE-13,10749,Tâche,Terminé(e),EE,ecoeye,Medium,Terminé,,Corentin,"
        "Corentin,14/sept./25 3:34 AM,14/sept./25 3:34 AM,14/sept./25 3:40 AM,,,,Terminé\n",
        encoding="utf-8",
    )
    summary = import_board(store, path, mapping=["En cours=improve"])
    assert summary.tool == "jira"
    assert summary.warnings == []
    cards = cards_of(store, board)
    assert cards["Capteur de débit"]["stage"] is Stage.IMPROVE
    assert cards["Capteur de débit"]["created_at"] == local(2025, 7, 15, 17, 50)
    assert cards["Boîtier étanche"]["archived_at"] == local(2025, 9, 14, 3, 40)


HOSTILE = [
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested deeper than any board"),
    ("types.json", b'{"cards": [1, {"idList": 5, "idLabels": 7, "name": {}}], "lists": 3}', None),
    ("bad.json", b'{"cards": [', "not valid JSON"),
    ("other.json", b'{"hello": "world"}', "not a board this reads"),
    ("empty.zip", b"PK\x05\x06" + b"\0" * 18, None),
    ("broken.xlsx", b"PK\x03\x04 broken", "damaged zip"),
    ("nothing.csv", b"\xff\xfe", "the file is empty"),
    ("wide.csv", b"title" + b",x" * 20_000 + b"\n", "at most 10,000 fit"),
]


@pytest.mark.parametrize(("name", "content", "message"), HOSTILE)
def test_a_hostile_or_broken_file_is_said_plainly_and_nothing_is_stored(
    store, board, tmp_path, name, content, message
):
    path = tmp_path / name
    path.write_bytes(content)
    if name == "empty.zip":
        with zipfile.ZipFile(path, "w") as written:
            written.writestr("readme.txt", "no cards here")
        message = "a zip archive without a table of cards (it holds readme.txt)"
    before = cards_of(store, board)
    if message is None:  # odd types where lists and names belong: read as nothing
        summary = import_board(store, path)
        assert summary.added <= 1
        return
    with pytest.raises(ImportFailed, match="nothing was imported") as refused:
        import_board(store, path)
    assert message in str(refused.value)
    assert cards_of(store, board) == before


def test_a_failed_import_into_a_new_database_leaves_no_file_behind(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("colour\nred\n", encoding="utf-8")
    database = tmp_path / "new" / "folder" / "new.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "kaizen_board", "import", str(bad), "--db", str(database)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "no title column found" in done.stderr
    assert "made a new database" not in done.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.csv"]


def test_wekan_json_and_asana_csv(store, board, tmp_path):
    import json

    # Wekan's board export (models/exporter.js: lists, cards, labels, users); Asana's CSV
    # header as its export writes it. No real file of either could be found.
    wekan = {
        "_format": "wekan-board-1.0.0",
        "title": "Press line",
        "lists": [{"_id": "L1", "title": "Improve"}, {"_id": "L2", "title": "Done"}],
        "swimlanes": [{"_id": "S1", "title": "Default"}],
        "labels": [{"_id": "G1", "name": "safety", "color": "red"}],
        "users": [{"_id": "U1", "username": "ken", "profile": {"fullname": "Ken Mori"}}],
        "cards": [
            {"_id": "C1", "title": "Guard rail", "listId": "L1", "userId": "U1",
             "labelIds": ["G1"], "members": ["U1"], "createdAt": "2026-02-01T07:00:00.000Z",
             "archived": False, "description": "bolt it"},
            {"_id": "C2", "title": "Old jig", "listId": "L2", "archived": True,
             "createdAt": "2026-01-05T07:00:00.000Z"},
        ],
    }  # fmt: skip
    path = tmp_path / "wekan.json"
    path.write_text(json.dumps(wekan), encoding="utf-8")
    summary = import_board(store, path)
    assert (summary.tool, summary.source) == ("wekan", "wekan:Press line")
    cards = cards_of(store, board)
    rail = cards["Guard rail"]
    assert (rail["stage"], rail["owner"], rail["submitted_by"]) == (
        Stage.IMPROVE,
        "Ken Mori",
        "Ken Mori",
    )
    assert (rail["tags"], rail["description"]) == ("safety", "bolt it")
    assert cards["Old jig"]["archived_at"] is not None
    asana = tmp_path / "Asana.csv"
    asana.write_text(
        "Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,"
        "Assignee Email,Start Date,Due Date,Tags,Notes,Projects,Parent task\n"
        "1201,2026-03-01,,2026-03-02,Poka-yoke on press 2,Meet the standard,Yui,y@x,,,"
        "quality,check the pins,Press,\n"
        "1202,2026-03-01,2026-03-04,2026-03-04,Label racks,Improve,,,,,,,Press,\n",
        encoding="utf-8",
    )
    summary = import_board(store, asana)
    assert summary.tool == "asana"
    cards = cards_of(store, board)
    poka = cards["Poka-yoke on press 2"]
    assert (poka["stage"], poka["owner"], poka["tags"]) == (Stage.MEET, "Yui", "quality")
    assert poka["description"] == "check the pins"
    assert poka["created_at"] == local(2026, 3, 1)
    assert cards["Label racks"]["archived_at"] == local(2026, 3, 4)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_two_sources_with_the_same_ids_do_not_take_each_others_place(
    store, board, tmp_path, monkeypatch
):
    from kaizen_board.ops import bulk
    from kaizen_board.transfer import importer

    # Rows stored, and looked up, one at a time: a repeated row meets the one before.
    monkeypatch.setattr(bulk, "BATCH", 1)
    monkeypatch.setattr(importer, "LOOKUP_BATCH", 1)
    first = write(tmp_path / "line 1.csv", "ID,Title\n1,Alpha\n")
    second = write(tmp_path / "line 2.csv", "ID,Title\n1,Beta\n")
    import_board(store, first)
    assert import_board(store, second).added == 1  # another sheet's id 1: another card
    assert import_board(store, second).skipped == 1  # the same sheet again: skipped
    repeated = write(tmp_path / "repeated.csv", "Title\nDup card\nOther\nDup card\n")
    assert import_board(store, repeated).added == 3  # a row twice in one file: twice


def test_an_update_moves_an_archived_card_and_keeps_it_archived(store, board, tmp_path):
    path = write(tmp_path / "jira.csv", "Summary,Issue key,Status,Resolved\nA,K-1,To Do,true\n")
    import_board(store, path)
    write(path, "Summary,Issue key,Status,Resolved\nA,K-1,Improve,true\n")
    summary = import_board(store, path, update=True)
    assert summary.updated == 1
    [card] = cards_of(store, board).values()
    assert card["stage"] is Stage.IMPROVE
    assert card["archived_at"] is not None


def test_an_explicit_archived_mapping_wins_over_where_finished_cards_go(store, board, tmp_path):
    path = write(tmp_path / "list.csv", "Title,Status\nA,Old\nB,Done\n")
    summary = import_board(store, path, mapping=["Old=archived"], closed="improve", dry_run=True)
    assert summary.mapping() == {"Old": "archived", "Done": "improve"}
    assert (summary.archived, summary.stages[Stage.IMPROVE]) == (1, 1)


def test_odd_rows_are_skipped_with_a_warning_and_an_empty_title_column_is_refused(
    store, board, tmp_path
):
    odd = write(tmp_path / "odd.csv", ";;;\nTitle;Status\n\x07;Doing\nFine;Doing\n")
    summary = import_board(store, odd)
    assert summary.added == 1
    assert any("line 3, title" in warning for warning in summary.warnings)
    empty = write(tmp_path / "empty.csv", "Title,Status\n,Doing\n,Done\n")
    with pytest.raises(ImportFailed, match="the title column 'Title' is empty in every row"):
        import_board(store, empty)
    mistyped = import_board(store, odd, mapping=["Doign=improve"], dry_run=True)
    assert any("--map 'doign': the file has no list" in text for text in mistyped.warnings)


def test_closed_trello_cards_without_a_date_go_in_archived_and_utf32_is_read(
    store, board, tmp_path
):
    import json

    card = {"id": "c", "name": "Closed one", "idList": "l", "closed": True}
    trello = {"name": "B", "lists": [{"id": "l", "name": "Doing"}], "cards": [card]}
    path = write(tmp_path / "closed.json", json.dumps(trello))
    import_board(store, path)
    assert cards_of(store, board)["Closed one"]["archived_at"] is not None
    import_board(store, write(tmp_path / "wide.csv", "Title\nWide one\n", "utf-32"))
    assert "Wide one" in cards_of(store, board)


def test_undo_is_refused_when_later_history_would_be_left_pointing_at_nothing(
    store, board, tmp_path
):
    tasks = write(
        tmp_path / "Tasks.csv",
        "Task Id,Swimlane,Column,Position,Title,Creation date\n"
        "7,Default,Backlog,1,Two-bin parts,07/01/2026 09:00\n",
    )
    import_board(store, tasks)
    moves = write(
        tmp_path / "Transitions.csv",
        "Id,Task Title,Source column,Destination column,Executer,Date,Time spent\n"
        "7,Two-bin parts,Backlog,Improve,Aiko,07/02/2026 08:00,0.5\n",
    )
    assert import_board(store, moves).moves == 1
    with pytest.raises(Exception, match="history added since"):
        undo_import(store, "1")
    assert "Two-bin parts" in cards_of(store, board)
    undo_import(store, None)  # the moves first, then the cards
    undo_import(store, None)
    assert cards_of(store, board) == {}


def test_the_command_line_refuses_undo_with_a_file_and_an_update_only_undo(tmp_path):
    database = tmp_path / "board.sqlite"
    path = write(tmp_path / "jira.csv", "Summary,Issue key,Status\nA,K-1,To Do\n")

    def run(*args):
        return kaizen_board_command(database, *args)

    assert run("import", str(path)).returncode == 0
    mixed = run("import", str(path), "--undo")
    assert mixed.returncode == 2
    assert "takes no FILE" in mixed.stderr
    write(path, "Summary,Issue key,Status\nA2,K-1,Improve\n")
    assert run("import", str(path), "--update").returncode == 0
    refused = run("import", "--undo")
    assert refused.returncode == 2
    assert "cannot take updates back" in refused.stderr
    assert "Traceback" not in refused.stderr


@pytest.mark.parametrize(
    ("tasks", "transitions"),
    [
        ("Tasks-en_US.csv", "Transitions-en_US.csv"),
        ("Aufgaben-de_DE.csv", "Transitions-de_DE.csv"),
        ("Tasks-ja_JP.csv", None),
    ],
)
def test_kanboards_own_exports_in_three_languages(store, board, tasks, transitions):
    # Made by Kanboard itself (see SOURCES.md): five tasks moved between its default
    # columns, one closed in Done; its tasks export, and its transitions export.
    folder = DATA / "kanboard"
    summary = import_board(
        store, folder / tasks, mapping=["Work in progress=improve", "Ready=meet"]
    )
    assert summary.tool == "kanboard"
    assert summary.warnings == []
    assert {item.value: item.cards for item in summary.stage_values} == {
        "Work in progress": 2,
        "Ready": 1,
        "Backlog": 1,
        "Done": 1,
    }
    cards = cards_of(store, board)
    shadow = cards["Shadow board for torque wrenches"]
    assert (shadow["stage"], shadow["owner"], shadow["tags"]) == (
        Stage.IMPROVE,
        "Aiko Tanaka",
        "5S,visual",
    )
    assert shadow["created_at"] == local(2026, 12, 2, 16, 12)
    assert cards["Two-bin kanban for gloves"]["owner"] == "Ben Ito"
    assert cards["Label the spill kits"]["archived_at"] is not None  # closed, in Done
    assert cards["Ölwechsel prüfen: Intervall"]["stage"] is Stage.IMPROVE
    if transitions is None:
        return
    moved = import_board(store, folder / transitions, mapping=["Ready=meet"])
    # Seven transitions; the one into Done (archived) is no move between stages.
    assert (moved.tool, moved.added, moved.moves) == ("kanboard-transitions", 0, 6)
    history = ops.card_history(store, shadow["id"])
    assert [(event.kind, event.to_stage) for event in history] == [
        ("created", Stage.IMPROVE),
        ("moved", Stage.MEET),
        ("moved", Stage.IMPROVE),
    ]


def test_several_people_or_tags_in_one_cell(store, board, tmp_path):
    planner = write(
        tmp_path / "plan.csv",
        "Task ID,Task Name,Bucket Name,Progress,Assigned To,Labels,Completed Date\n"
        "t1,Kanban cards,To do,Not started,Aiko Tanaka;Ben Ito,Urgent;Blocked,\n"
        "t2,Old sheet,To do,Completed,Ben Ito,,11/30/2026\n",
    )
    assert import_board(store, planner).tool == "planner"
    cards = cards_of(store, board)
    assert (cards["Kanban cards"]["owner"], cards["Kanban cards"]["tags"]) == (
        "Aiko Tanaka",
        "Urgent,Blocked",
    )
    assert cards["Old sheet"]["archived_at"] == local(2026, 11, 30)
    jira = write(tmp_path / "jira.csv", 'Summary,Issue key,Assignee\nA,J-1,"Tanaka, Aiko"\n')
    import_board(store, jira)
    assert cards_of(store, board)["A"]["owner"] == "Tanaka, Aiko"  # one person, as Jira says
    trello = write(
        tmp_path / "trello.csv",
        "Card ID,Card Name,Labels,Members,List Name\n"
        'c9,Tool wall,"5S (green), visual (blue)","Aiko Tanaka, Ben Ito",Doing\n',
    )
    import_board(store, trello)
    card = cards_of(store, board)["Tool wall"]
    assert (card["tags"], card["owner"]) == ("5S,visual", "Aiko Tanaka")
