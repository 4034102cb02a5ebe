"""Running totals of the events, kept by the database as events come and go.

The charts count events by local day over a board's whole history: at a million cards
that is millions of events, seconds of reading. These tables hold the counts instead,
kept exact by the engine's triggers in the statement that writes or removes an event
(an undo, an import, a copy, a delete: all go through them), and filled from the events
by the migration that made them:

- `event_tally`: events by kind, quarter of an hour and (from stage, to stage). Every
  time zone's midnight falls on a quarter of an hour, so a local day is a range of
  whole quarters; a moment that is not on one (an "until now") is counted from the
  events for the few minutes on its side.
- `credit_tally`: ideas and improvements by UTC day and the member they count for.
- `lead_tally`: improvements by UTC day and their lead time in whole days.

A range of time that does not begin or end on a UTC midnight takes the days inside it
from these and the hours at its ends from the events (see reports/tallies.py).
"""

from __future__ import annotations

import re

from kaizen_board.events import EventKind
from kaizen_board.times import DAY_MICROS, MINUTE_MICROS

SLOT_MICROS = 15 * MINUTE_MICROS  # every UTC offset in use is a whole number of these
CREDITED = (EventKind.CREATED.value, EventKind.IMPROVED.value)  # ideas and improvements


def floor_div(expression: str, unit: int) -> str:
    """SQL for floor(expression / unit), the same in SQLite and PostgreSQL (whose integer
    division truncates toward zero, which differs before 1970)."""
    return (
        f"(CASE WHEN {expression} >= 0 THEN {expression} / {unit} "
        f"ELSE -(({unit} - 1 - {expression}) / {unit}) END)"
    )


# What each table holds for the events of a set of rows (`{rows}`): its key columns, how
# they are worked out from an event, and which events it counts.
TALLIES = {
    "event_tally": (
        ("board_id", "kind", "slot", "from_stage", "to_stage"),
        (
            "board_id",
            "kind",
            floor_div("at", SLOT_MICROS),
            "COALESCE(from_stage, '')",
            "COALESCE(to_stage, '')",
        ),
        "TRUE",
    ),
    "credit_tally": (
        ("board_id", "kind", "day", "credit_id"),
        ("board_id", "kind", floor_div("at", DAY_MICROS), "COALESCE(credit_id, 0)"),
        f"kind IN ('{CREDITED[0]}', '{CREDITED[1]}')",
    ),
    "lead_tally": (
        ("board_id", "day", "lead_days"),
        ("board_id", floor_div("at", DAY_MICROS), floor_div("lead_time", DAY_MICROS)),
        f"kind = '{EventKind.IMPROVED.value}' AND lead_time IS NOT NULL",
    ),
}
TYPES = {
    "board_id": "INTEGER",
    "kind": "VARCHAR(16)",
    "slot": "BIGINT",
    "day": "BIGINT",
    "from_stage": "VARCHAR(16)",
    "to_stage": "VARCHAR(16)",
    "credit_id": "INTEGER",
    "lead_days": "BIGINT",
}


def create_table(table: str, *, without_rowid: bool = False, include: bool = False) -> str:
    """CREATE TABLE for one tally: its rows kept in key order (SQLite's WITHOUT ROWID), or
    its key's index holding the count too (PostgreSQL's INCLUDE), so that summing a range
    reads the index alone."""
    keys, _, _ = TALLIES[table]
    columns = ", ".join(f"{key} {TYPES[key]} NOT NULL" for key in keys)
    return (
        f"CREATE TABLE {table} ({columns}, events BIGINT NOT NULL, "
        f"PRIMARY KEY ({', '.join(keys)}){' INCLUDE (events)' if include else ''})"
        f"{' WITHOUT ROWID' if without_rowid else ''}"
    )


# The median lead time is found among one day's improvements, in order of lead time.
LEAD_TIME_INDEX = (
    "CREATE INDEX event_lead_time ON event (board_id, kind, lead_time) WHERE lead_time IS NOT NULL"
)
EVENT_COLUMNS_COUNTED = "board_id, kind, at, from_stage, to_stage, credit_id, lead_time"


def sqlite_statements() -> tuple[str, ...]:
    """The tallies, their row triggers and the lead-time index, in SQLite's dialect."""

    def each(row: str, sign: int) -> str:
        return " ".join(counted_row(table, row, sign) for table in TALLIES)

    return (
        *(create_table(table, without_rowid=True) for table in TALLIES),
        LEAD_TIME_INDEX,
        f"CREATE TRIGGER event_tallied_in AFTER INSERT ON event BEGIN {each('NEW', 1)} END",
        f"CREATE TRIGGER event_tallied_out AFTER DELETE ON event BEGIN {each('OLD', -1)} END",
        f"CREATE TRIGGER event_tallied_changed AFTER UPDATE OF {EVENT_COLUMNS_COUNTED} ON event "
        f"BEGIN {each('OLD', -1)} {each('NEW', 1)} END",
    )


def postgresql_statements() -> tuple[str, ...]:
    """The tallies, their statement triggers (one grouped upsert a statement, however
    many events it writes) and the lead-time index, in PostgreSQL's dialect."""

    def function(name: str, parts: list[tuple[str, int]]) -> str:
        body = "\n".join(
            counted(table, rows, sign) + ";" for rows, sign in parts for table in TALLIES
        )
        return (
            f"CREATE FUNCTION kaizen_tally_{name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"BEGIN\n{body}\nRETURN NULL;\nEND $$"
        )

    return (
        *(create_table(table, include=True) for table in TALLIES),
        LEAD_TIME_INDEX,
        function("in", [("new_rows", 1)]),
        function("out", [("old_rows", -1)]),
        function("changed", [("old_rows", -1), ("new_rows", 1)]),
        "CREATE TRIGGER event_tallied_in AFTER INSERT ON event REFERENCING NEW TABLE AS "
        "new_rows FOR EACH STATEMENT EXECUTE FUNCTION kaizen_tally_in()",
        "CREATE TRIGGER event_tallied_out AFTER DELETE ON event REFERENCING OLD TABLE AS "
        "old_rows FOR EACH STATEMENT EXECUTE FUNCTION kaizen_tally_out()",
        "CREATE TRIGGER event_tallied_changed AFTER UPDATE ON event REFERENCING OLD TABLE AS "
        "old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "
        "kaizen_tally_changed()",
    )


def fill_statements() -> tuple[str, ...]:
    """Count the events there are into the new, empty tallies (the migration)."""
    return tuple(fill(table) for table in TALLIES)


def fill(table: str) -> str:
    """Count every event there is into an empty tally (a migration)."""
    keys, values, where = TALLIES[table]
    return (
        f"INSERT INTO {table} ({', '.join(keys)}, events) "
        f"SELECT {', '.join(values)}, COUNT(*) FROM event WHERE {where} "
        f"GROUP BY {', '.join(str(n) for n in range(1, len(keys) + 1))}"
    )


def counted(table: str, rows: str, sign: int) -> str:
    """An upsert adding (sign 1) or taking away (sign -1) the events of `rows` (a table
    or a transition table) to one tally, grouped: one statement for many events."""
    keys, values, where = TALLIES[table]
    return (
        f"INSERT INTO {table} ({', '.join(keys)}, events) "
        f"SELECT {', '.join(values)}, {sign} * COUNT(*) FROM {rows} WHERE {where} "
        f"GROUP BY {', '.join(str(n) for n in range(1, len(keys) + 1))} "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET events = {table}.events + "
        "excluded.events"
    )


def counted_row(table: str, row: str, sign: int) -> str:
    """The same for one row of a row-level trigger (`NEW` or `OLD`)."""
    keys, values, where = TALLIES[table]
    prefixed = [_of_row(value, row) for value in values]
    return (
        f"INSERT INTO {table} ({', '.join(keys)}, events) "
        f"SELECT {', '.join(prefixed)}, {sign} WHERE {_of_row(where, row)} "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET events = {table}.events + "
        "excluded.events;"
    )


_COLUMNS = ("board_id", "kind", "at", "from_stage", "to_stage", "credit_id", "lead_time")


def _of_row(sql: str, row: str) -> str:
    """`sql` with each event column named as the trigger row's (`NEW.at`)."""
    return re.sub(r"\b(" + "|".join(_COLUMNS) + r")\b", lambda match: f"{row}.{match[1]}", sql)
