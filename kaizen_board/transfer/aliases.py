"""What other tools call a card's fields, and the names of the stages in other words.

A file from Trello, Jira, Kanboard, Wekan, Asana, Notion, GitHub Projects, Focalboard,
Planner or a spreadsheet names its columns in its own words, often in the user's
language: one table of aliases per field, compared folded (letter case, accents and
spacing aside), finds them. The stage a list, column or status goes to is guessed only
when its name is a stage's own (in any language here); otherwise the user chooses.
"""

from __future__ import annotations

import unicodedata

from kaizen_board.stages import Stage
from kaizen_board.transfer.csv_format import BOARD_COLUMNS


def folded(name: str) -> str:
    """A name as aliases are compared: NFKC, case-folded, accents and punctuation aside,
    spaces collapsed ("Task name" = "task_name" = "TASK NAME")."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name).casefold())
    kept = "".join(
        " " if char in "_-/.:()[]" else char for char in text if not unicodedata.combining(char)
    )
    return " ".join(kept.split())


# Each field of a card, and what the tools call it: their column names in English,
# Japanese, German, French and Spanish (the languages these tools' own exports come in).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "title": (
        "title", "summary", "name", "card name", "task name", "task", "card", "issue",
        "subject", "item", "idea", "titre", "résumé", "nom", "nom de la tâche", "tâche",
        "titel", "zusammenfassung", "aufgabe", "aufgabenname", "vorgang", "título", "resumen",
        "nombre", "nombre de la tarea", "tarea", "タイトル", "要約", "名前", "タスク名",
        "タスク", "件名", "概要",
    ),
    "description": (
        "description", "card description", "notes", "note", "details", "body", "content",
        "beschreibung", "notizen", "descripción", "notas", "説明", "詳細", "メモ", "本文",
    ),
    # A list, column, bucket or section; a status (Planner's Progress) after them.
    "stage": (
        "stage", "status", "list", "list name", "column", "column name", "bucket",
        "bucket name", "section", "section column", "state", "swimlane status", "statut",
        "liste", "colonne", "état", "spalte", "zustand", "estado", "lista", "columna",
        "ステータス", "リスト", "列", "カラム", "状態", "バケット", "セクション", "progress",
        "fortschritt", "progression", "progreso", "進捗状況", "進行状況",
    ),
    "owner": (
        "owner", "assignee", "assigned to", "assignees", "members", "responsible",
        "responsable", "assigné", "assigné à", "zugewiesen", "zuständig", "bearbeiter",
        "verantwortlich", "asignado", "asignado a", "担当者", "担当", "割り当て先",
        "assignee name", "assignee username", "name des zuständigen",
        "benutzername des zuständigen", "nom de l'assigné", "utilisateur assigné",
        "nombre del asignado", "usuario asignado", "担当者名", "担当者のユーザー名",
        "persona asignada", "eigentümer", "propriétaire", "オーナー", "intervenant",
        "personne assignée",
    ),
    "submitted_by": (
        "submitted by", "submitted_by", "creator", "created by", "reporter", "author",
        "requester", "créateur", "créé par", "rapporteur", "auteur", "ersteller",
        "erstellt von", "autor", "melder", "creador", "creado por", "informador", "作成者",
        "報告者", "起票者", "requested by", "angefordert von", "demandé par", "依頼者",
        "creator name", "name des erstellers", "nom du créateur", "nombre del creador",
    ),
    "tags": (
        "tags", "tag", "labels", "label", "categories", "category", "étiquettes", "étiquette",
        "catégorie", "schlagwörter", "schlagworte", "libellés", "etiketten", "kategorie",
        "etiquetas", "etiqueta", "categoría", "ラベル", "タグ", "カテゴリ", "stichwörter",
        "etiquettes",
    ),
    "created_at": (
        "created at", "created", "creation date", "date created", "created date",
        "date de création", "créé le", "créé", "erstellt", "erstellt am", "erstellungsdatum",
        "creado", "fecha de creación", "creado el", "作成日", "作成日時", "作成", "creada",
        "création", "created time",
    ),
    "archived_at": (
        "archived at", "archived", "closed", "closed at", "completed at", "date completed",
        "resolved", "done at", "archivé", "fermé", "terminé le", "archiviert", "geschlossen",
        "erledigt am", "archivado", "cerrado", "completado", "アーカイブ", "完了日", "解決日",
        "クローズ", "completion date", "abschlussdatum", "date de complétion", "fecha de fin",
        "résolu", "resuelto", "erledigt", "gelöst", "completed date", "completed on",
        "date de fin", "abgeschlossen am",
    ),
    # Where a card came from: its id in the tool it was exported from.
    "source_id": (
        "task id", "aufgaben id", "identifiant de la tâche", "id de tarea", "タスク id",
        "clé de ticket", "clave de incidencia", "vorgangsschlüssel", "id", "issue key",
        "issue id", "key", "card id", "card url", "url", "link", "number", "item id", "clé",
        "clé du ticket", "id de la tâche", "schlüssel", "clave", "キー", "課題キー", "タスクid",
        "カードid",
    ),
}  # fmt: skip

# Our own columns, by their own names (an export of this program).
OWN_FIELDS = frozenset(BOARD_COLUMNS)
# A field that may come in several columns (Jira repeats "Labels"): they are joined;
# of others (Jira's several "Assignee" columns), the first is taken.
JOINED = {"tags"}

_BY_ALIAS = {folded(alias): name for name, aliases in FIELD_ALIASES.items() for alias in aliases}


def field_of(column: str) -> str | None:
    """The card field a column of another tool's file holds, if it is one we know (its
    own "id" is where the card came from: "source_id")."""
    name = column.strip()
    if name in OWN_FIELDS and name != "id":
        return name
    return _BY_ALIAS.get(folded(name))


# The stages in other words: a list, column or status named so goes to that stage.
STAGE_NAMES: dict[Stage, tuple[str, ...]] = {
    Stage.STANDARD: (
        "standard",
        "norm",
        "estándar",
        "estandar",
        "標準",
        "基準",
    ),
    Stage.MEET: (
        "meet",
        "meet the standard",
        "meet standard",
        "follow the standard",
        "respecter le standard",
        "standard einhalten",
        "cumplir el estándar",
        "標準を守る",
        "標準遵守",
        "守る",
    ),
    Stage.IMPROVE: (
        "improve",
        "improvement",
        "améliorer",
        "amélioration",
        "verbessern",
        "verbesserung",
        "mejorar",
        "mejora",
        "改善",
        "カイゼン",
    ),
    Stage.RESTANDARDIZE: (
        "restandardize",
        "re-standardize",
        "re standardize",
        "restandardise",
        "re-standardise",
        "restandardiser",
        "re-standardiser",
        "neu standardisieren",
        "re-estandarizar",
        "reestandarizar",
        "再標準化",
        "標準化",
    ),
}
_STAGE_BY_NAME = {folded(name): stage for stage, names in STAGE_NAMES.items() for name in names}

# Lists and statuses whose cards are finished: they go in archived unless the user says.
DONE_NAMES = (
    "done",
    "closed",
    "complete",
    "completed",
    "finished",
    "resolved",
    "archived",
    "terminé",
    "terminé(e)",
    "fait",
    "fermé",
    "clos",
    "résolu",
    "archivé",
    "erledigt",
    "fertig",
    "geschlossen",
    "abgeschlossen",
    "gelöst",
    "archiviert",
    "hecho",
    "terminado",
    "cerrado",
    "completado",
    "resuelto",
    "finalizado",
    "archivado",
    "完了",
    "終了",
    "クローズ",
    "解決済み",
    "済み",
    "アーカイブ済み",
)
_DONE = {folded(name) for name in DONE_NAMES}
# A finished flag written as a word (Trello's and Wekan's "Archived": true or false).
YES_WORDS = {"true", "yes", "y", "1", "x", "✓", "✔", "oui", "ja", "sí", "si", "はい", "済"}
NO_WORDS = {"false", "no", "n", "0", "non", "nein", "いいえ", "-"}


def is_done(value: str) -> bool:
    """Whether a list, column or status of that name holds finished cards."""
    return folded(value) in _DONE


def stage_named(value: str) -> Stage | None:
    """The stage a list, column or status of that name goes to, if its name says one."""
    return _STAGE_BY_NAME.get(folded(value))
