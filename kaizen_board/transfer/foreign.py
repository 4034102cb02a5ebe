"""A table from another tool read as cards: which column holds which field, which stage
each list or status goes to, and what is made to fit (with a warning, never a refusal).

A file of this program's own export is read exactly (see importer); any other table is
read through this: its header's names matched through the aliases of each field
(transfer/aliases.py), a field found in several columns joined (tags, owners) or taken
from its first, the values of its list/column/status mapped to stages as the user says
(else guessed only from a stage's own name, else Standard), dates in the tools' own
formats, and a title too long or on several lines made to fit, its whole text kept in the
description.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kaizen_board.errors import InvalidInput
from kaizen_board.ops.fields import TEXT_MAX, TITLE_MAX
from kaizen_board.stages import Stage
from kaizen_board.transfer.aliases import (
    FIELD_ALIASES,
    JOINED,
    NO_WORDS,
    OWN_FIELDS,
    YES_WORDS,
    field_of,
    folded,
    is_done,
    stage_named,
)
from kaizen_board.translation import QT_TRANSLATE_NOOP, translate

ARCHIVED = "archived"  # a list or status whose cards go in archived
# The tools' own ways of writing a date, tried in turn after ISO 8601.
DATE_FORMATS = (
    "%d/%b/%y %I:%M %p",  # Jira: 22/Dec/25 2:38 PM
    "%d/%b/%Y %I:%M %p",
    "%d/%b/%y",
    "%m/%d/%Y %H:%M",  # Kanboard's default: m/d/Y H:i
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%d.%m.%Y %H:%M",  # German
    "%d.%m.%Y",
    "%d/%m/%Y %H:%M",  # French, Spanish
    "%B %d, %Y %I:%M %p",  # Notion: December 2, 2026 3:04 PM
    "%B %d, %Y",
    "%b %d, %Y",
)


# Fields said in other words than their column names (the others are said by those).
FIELD_WORDS = {
    "source_id": QT_TRANSLATE_NOOP("Foreign", "the card's id there"),
    "submitted_by": QT_TRANSLATE_NOOP("Foreign", "submitted by"),
    "created_at": QT_TRANSLATE_NOOP("Foreign", "created"),
    "archived_at": QT_TRANSLATE_NOOP("Foreign", "finished"),
}


def field_words(name: str) -> str:
    """A field as a warning or note says it, in the user's language where it has words."""
    return translate("Foreign", FIELD_WORDS[name]) if name in FIELD_WORDS else name


def is_own_export(header: list[str]) -> bool:
    """Whether a header is this program's own export (read back exactly)."""
    names = [name.strip().casefold() for name in header]
    return {"id", "board", "title", "stage", "position"} <= set(names) and all(
        name in OWN_FIELDS for name in names if name
    )


@dataclass
class Layout:
    """Which columns of a foreign table hold which field.

    Attributes:
        columns: field -> the indexes of the columns holding it, in the file's order.
        status: a second column that could say the stage (Kanboard's Status: open or
            closed), read only for whether a card is finished.
        ignored: the names of the columns read as no field.
        notes: what was made of repeated columns, said in the preview.
    """

    columns: dict[str, list[int]] = field(default_factory=dict)
    status: int | None = None
    ignored: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, header: list[str]) -> Layout:
        layout = cls()
        stage_candidates: list[int] = []
        for index, name in enumerate(header):
            if not name.strip():
                continue  # an empty header cell holds nothing we read
            found = field_of(name)
            if found is None:
                layout.ignored.append(name.strip())
            elif found == "stage":
                stage_candidates.append(index)
            else:
                layout.columns.setdefault(found, []).append(index)
        if stage_candidates:
            ordered = sorted(stage_candidates, key=lambda index: _stage_preference(header[index]))
            layout.columns["stage"] = [ordered[0]]
            if len(ordered) > 1:
                layout.status = ordered[1]
        for name in ("owner", "submitted_by"):
            if name in layout.columns:  # a person's name before a login (Kanboard has both)
                layout.columns[name].sort(key=lambda index: _login_first(header[index]))
        for name, indexes in layout.columns.items():
            if len(indexes) > 1:
                names = ", ".join(repr(header[index].strip()) for index in indexes)
                if name in JOINED:
                    note = translate("Foreign", "{field}: the columns {columns} are joined")
                else:
                    note = translate(
                        "Foreign",
                        "{field}: of the columns {columns}, the first with a value is taken",
                    )
                layout.notes.append(note.format(field=field_words(name), columns=names))
        return layout


_NAME_WORDS = ("name", "nom", "nombre", "名")
_LOGIN_WORDS = ("username", "benutzer", "utilisateur", "usuario", "ユーザー", "login")


def _login_first(column: str) -> int:
    """0 for a column of people's names, 1 for others, 2 for logins and ids."""
    name = folded(column)
    if any(folded(word) in name for word in _LOGIN_WORDS) or name.endswith("id"):
        return 2
    return 0 if any(folded(word) in name for word in _NAME_WORDS) else 1


def _stage_preference(column: str) -> int:
    """Of several columns that could say the stage, the one that is the board's column
    (list, column, bucket) before a status (Kanboard's Status is open or closed)."""
    name = folded(column)
    aliases = [folded(alias) for alias in FIELD_ALIASES["stage"]]
    order = (
        "list", "column", "bucket", "section", "liste", "colonne", "spalte", "lista",
        "columna", "carril", "カラム", "列", "リスト", "バケット", "セクション",
    )  # fmt: skip
    if any(folded(word) in name.split() for word in order):
        return 0
    return 1 + (aliases.index(name) if name in aliases else len(aliases))


Target = Stage | str  # a Stage, or ARCHIVED


def parse_target(text: str) -> Target:
    """ "archived" or a stage's key or title (InvalidInput naming the choices)."""
    if folded(text) == ARCHIVED:
        return ARCHIVED
    return Stage.parse(text)


@dataclass
class StageMap:
    """Where the cards of each list, column or status go: as the user chose, else
    guessed from the value's name (a stage's own name in any language here; a finished
    one, such as Done, archived), else Standard; and where finished cards go.

    Attributes:
        chosen: folded source value -> a Stage or ARCHIVED, as the user said.
        remembered: the same, as the last import from the same source had it.
        closed: where finished cards go: ARCHIVED (in their list's stage) or a Stage.
        seen: source value as written -> how many cards.
        goes_to: source value as written -> where its cards go.
    """

    chosen: dict[str, Target] = field(default_factory=dict)
    remembered: dict[str, Target] = field(default_factory=dict)
    closed: Target = ARCHIVED
    seen: Counter = field(default_factory=Counter)
    goes_to: dict[str, Target] = field(default_factory=dict)

    @classmethod
    def parse(cls, pairs: list[str] | dict[str, str] | None, closed: str | None = None):
        """From "To Do=standard" pairs (the command line) or a dict (the window);
        InvalidInput naming a pair that says no stage."""
        mapping = cls()
        if isinstance(pairs, dict):
            items = list(pairs.items())
        else:
            items = []
            for pair in pairs or ():
                if "=" not in pair:
                    raise InvalidInput(
                        translate(
                            "Foreign",
                            '--map {pair}: write the list and the stage as "To Do=standard"',
                        ).format(pair=repr(pair))
                    )
                items.append(tuple(pair.rsplit("=", 1)))
        for source, target in items:
            try:
                mapping.chosen[folded(source)] = parse_target(str(target))
            except InvalidInput as error:
                raise InvalidInput(
                    translate("Foreign", "{source}={target}: {error}; or archived").format(
                        source=source, target=target, error=error
                    )
                ) from None
        if closed:
            try:
                mapping.closed = parse_target(closed)
            except InvalidInput as error:
                raise InvalidInput(
                    translate("Foreign", "--closed {closed}: {error}; or archived").format(
                        closed=closed, error=error
                    )
                ) from None
        return mapping

    def guess(self, value: str) -> Target:
        if not value.strip():
            return Stage.STANDARD
        return (
            stage_named(value)
            or (ARCHIVED if is_done(value) else _own_stage(value))
            or (Stage.STANDARD)
        )

    def guess_or_chosen(self, value: str) -> Target:
        """Where cards of `value` go, without counting one (the source's history)."""
        value = " ".join(value.split())
        key = folded(value)
        return self.chosen.get(key) or self.remembered.get(key) or self.guess(value)

    def target(self, value: str) -> tuple[Target, bool]:
        """Where cards of `value` go, and whether the user said so this time (an explicit
        "archived" stays archived whatever `closed` says)."""
        value = " ".join(value.split())
        chosen = self.chosen.get(folded(value))
        explicit = chosen is not None
        if chosen is None:
            chosen = self.remembered.get(folded(value)) or self.guess(value)
        self.seen[value] += 1
        shown = chosen
        if chosen == ARCHIVED and not explicit and self.closed != ARCHIVED:
            shown = self.closed
        self.goes_to[value] = shown
        return chosen, explicit

    def unused(self) -> list[str]:
        """The values the user mapped that the file does not have."""
        seen = {folded(value) for value in self.seen}
        return [value for value in self.chosen if value not in seen]


def _own_stage(value: str) -> Stage | None:
    try:
        return Stage.parse(value)
    except InvalidInput:
        return None


@dataclass
class Translator:
    """Turns a foreign table's rows into records of our fields, and says what it changed
    to make them fit (warnings, each naming its line).

    Attributes:
        tool: the tool that wrote the table; a card remembers it with its id there.
    """

    layout: Layout
    stages: StageMap
    now: datetime
    tool: str
    # Where ids are told apart: the tool, for one whose ids are its own everywhere
    # (Trello's, Jira's keys); a spreadsheet's ids and titles only within its source.
    scope: str = ""
    warnings: list[str] = field(default_factory=list)
    warned: int = 0

    WARNINGS_KEPT = 200

    def __post_init__(self) -> None:
        self.scope = self.scope or self.tool

    def record(self, line: int, cells: list[str]) -> dict[str, str] | None:
        """Our fields from one row (None for a row without a title: skipped, said)."""
        columns = self.layout.columns
        record: dict[str, str] = {}
        for name, indexes in columns.items():
            found = [cells[index].strip() for index in indexes if index < len(cells)]
            found = [value for value in found if value]
            if found:
                record[name] = ", ".join(found) if name in JOINED else found[0]
        if not record.get("title"):
            if any(cell.strip() for cell in cells):
                self.warn(line, translate("Foreign", "no title: the row was skipped"))
            return None
        self._fit_title(line, record)
        self._people_and_tags(record)
        for name in ("created_at", "archived_at"):
            if name in record:
                record[name] = self._date(line, name, record[name])
        if len(record.get("description", "")) > TEXT_MAX:
            cut = len(record["description"]) - TEXT_MAX
            said = translate("Foreign", "description: its last {count} characters were left out")
            self.warn(line, said.format(count=f"{cut:,}"))
            record["description"] = record["description"][:TEXT_MAX]
        self._place(cells, record)
        source_id = record.pop("source_id", "")
        record["origin"] = f"{self.scope}:{source_id}" if source_id else self._title_origin(record)
        return record

    def _people_and_tags(self, record: dict[str, str]) -> None:
        """Several people in one cell ("Aiko; Ben", "aiko, ben"): the first is the owner.
        Tags by semicolons too (Planner), Wekan's "name-colour", Trello's "name (colour)"."""
        separator = _PEOPLE if self.tool in _PEOPLE_BY_COMMA else _PEOPLE_BY_SEMICOLON
        for name in ("owner", "submitted_by"):
            if name in record:
                record[name] = separator.split(record[name], maxsplit=1)[0].strip()
        tags = record.get("tags")
        if not tags:
            return
        if self.tool == "wekan":
            tags = ", ".join(_wekan_label(label) for label in tags.split())
        tags = tags.replace(";", ",")
        if self.tool == "trello":
            tags = _TRELLO_COLOUR.sub("", tags)
        record["tags"] = tags

    def _place(self, cells: list[str], record: dict[str, str]) -> None:
        target, explicit = self.stages.target(record.get("stage", ""))
        status = self.layout.status
        finished = (
            bool(record.get("archived_at"))
            or target == ARCHIVED
            or (status is not None and status < len(cells) and is_done(cells[status]))
        )
        stage = Stage.RESTANDARDIZE if target == ARCHIVED else target
        if target == ARCHIVED and explicit:  # the user said: archived
            record["archived_at"] = record.get("archived_at") or self.now.isoformat()
        elif finished:
            if self.stages.closed == ARCHIVED:
                record["archived_at"] = record.get("archived_at") or self.now.isoformat()
            else:
                stage = self.stages.closed
                record.pop("archived_at", None)
        record["stage"] = stage.value

    def _title_origin(self, record: dict[str, str]) -> str:
        """A table without ids: a card is known by its title (in its source)."""
        digest = hashlib.sha1(folded(record["title"]).encode()).hexdigest()[:20]
        return f"{self.scope}:title:{digest}"

    def _fit_title(self, line: int, record: dict[str, str]) -> None:
        title = record["title"]
        flat = " ".join(title.split())
        if flat != title:
            self.warn(line, translate("Foreign", "title: its line breaks became spaces"))
        if len(flat) > TITLE_MAX:
            head = flat[:TITLE_MAX]
            cut = head.rsplit(" ", 1)[0] if " " in head[TITLE_MAX // 2 :] else head
            said = translate(
                "Foreign",
                "title: {length} characters; its first {kept} are the title and "
                "the whole text starts the description",
            )
            self.warn(line, said.format(length=f"{len(flat):,}", kept=len(cut)))
            description = record.get("description", "")
            record["description"] = flat + ("\n\n" + description if description else "")
            flat = cut
        record["title"] = flat

    def _date(self, line: int, name: str, text: str) -> str:
        word = folded(text)
        if name == "archived_at" and word in YES_WORDS:
            return self.now.isoformat()  # finished, no date said: finished now
        if word in NO_WORDS:
            return ""
        moment = parse_date(text)
        if moment is None:
            said = translate("Foreign", "{field}: {value} is no date this importer knows; left out")
            self.warn(line, said.format(field=field_words(name), value=repr(text)))
            return ""
        return moment.isoformat()

    def warn(self, line: int, text: str) -> None:
        self.warned += 1
        if len(self.warnings) < self.WARNINGS_KEPT:
            if line:
                text = translate("Foreign", "line {line}, {warning}").format(
                    line=line, warning=text
                )
            self.warnings.append(text)


_WEKAN_COLOURS = frozenset((
    "white", "green", "yellow", "orange", "red", "purple", "blue", "sky", "lime", "pink",
    "black", "silver", "peachpuff", "crimson", "plum", "darkgreen", "slateblue", "magenta",
    "gold", "navy", "gray", "saddlebrown", "paleturquoise", "mistyrose", "indigo",
))  # fmt: skip


# Tools that list several people in one cell by commas; elsewhere "Tanaka, Aiko" is one.
_PEOPLE_BY_COMMA = {"github", "trello", "focalboard", "notion"}
_PEOPLE = re.compile(r"\s*;\s*|,\s+")
_PEOPLE_BY_SEMICOLON = re.compile(r"\s*;\s*")
_TRELLO_COLOUR = re.compile(
    r"\s*\((?:green|yellow|orange|red|purple|blue|sky|lime|pink|black|null)\)(?=\s*(?:,|$))"
)


def _wekan_label(label: str) -> str:
    """Wekan writes a label as name-colour ("urgent-red"; a nameless one: "-red")."""
    name, _, colour = label.rpartition("-")
    if colour in _WEKAN_COLOURS:
        return name or colour
    return label


# Month names as Jira and Kanboard write them in German, French and Spanish (strptime
# reads English ones).
_MONTHS = {
    "mär": "Mar", "mrz": "Mar", "mai": "May", "okt": "Oct", "dez": "Dec",
    "janv": "Jan", "févr": "Feb", "fevr": "Feb", "mars": "Mar", "avr": "Apr", "juin": "Jun",
    "juil": "Jul", "août": "Aug", "aout": "Aug", "sept": "Sep", "déc": "Dec",
    "ene": "Jan", "abr": "Apr", "ago": "Aug", "dic": "Dec",
}  # fmt: skip
_MONTH_WORD = re.compile(r"(?<=/)([^\W\d_]+)\.?(?=/)")


def _english_month(text: str) -> str:
    """22/Dez/25 -> 22/Dec/25."""
    return _MONTH_WORD.sub(lambda match: _MONTHS.get(match[1].casefold(), match[1]), text)


def parse_date(text: str) -> datetime | None:
    """A date in ISO 8601 or one of the tools' own formats (local time where it says no
    zone); None if it is none of them."""
    text = _english_month(text.strip())
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        moment = None
        for pattern in DATE_FORMATS:
            try:
                moment = datetime.strptime(text, pattern)
                break
            except ValueError:
                continue
        if moment is None:
            return None
    return moment.astimezone(UTC)
