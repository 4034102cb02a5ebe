"""A board's team kept by the database (schema v8): whoever is named on one of its cards
as owner or submitter joins it, in the statement that names them, whatever wrote the card
(the window, an import, a copy, the demo). A member who left keeps their row, so being
named again does not bring them back; only adding them does (ops/team.py).
"""

from __future__ import annotations

# The members a set of card rows (`{rows}`) names, as board_member rows to insert.
_NAMED = (
    "SELECT board_id, member_id, MIN(at), NULL FROM ("
    "SELECT board_id, owner_id AS member_id, updated_at AS at FROM {rows} "
    "WHERE owner_id IS NOT NULL UNION ALL "
    "SELECT board_id, submitted_by_id, updated_at FROM {rows} "
    "WHERE submitted_by_id IS NOT NULL) AS named GROUP BY board_id, member_id"
)
_JOIN = (
    "INSERT INTO board_member (board_id, member_id, joined_at, left_at) "
    + _NAMED
    + " ON CONFLICT (board_id, member_id) DO NOTHING"
)

FILL = _JOIN.format(rows="card")  # the migration: the teams the cards there are name


# In a row trigger, NEW (one card) read as a table of one row.
_ONE = (
    "(SELECT NEW.board_id AS board_id, NEW.owner_id AS owner_id, "
    "NEW.submitted_by_id AS submitted_by_id, NEW.updated_at AS updated_at) AS one"
)


def sqlite_statements() -> tuple[str, ...]:
    join = _JOIN.format(rows=_ONE)
    return (
        f"CREATE TRIGGER card_team_in AFTER INSERT ON card BEGIN {join}; END",
        "CREATE TRIGGER card_team_named AFTER UPDATE OF board_id, owner_id, submitted_by_id "
        f"ON card BEGIN {join}; END",
    )


def postgresql_statements() -> tuple[str, ...]:
    # Cards added: a statement trigger with the new rows as a table (one insert for a whole
    # import). Cards changed: a row trigger, only when a member named changes (a column list
    # and a transition table do not go together), so that a move costs nothing more.
    return (
        "CREATE FUNCTION kaizen_team_joined() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + _JOIN.format(rows="new_rows")
        + "; RETURN NULL; END $$",
        "CREATE FUNCTION kaizen_team_named() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + _JOIN.format(rows=_ONE)
        + "; RETURN NULL; END $$",
        "CREATE TRIGGER card_team_in AFTER INSERT ON card REFERENCING NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION kaizen_team_joined()",
        "CREATE TRIGGER card_team_named AFTER UPDATE OF board_id, owner_id, submitted_by_id "
        "ON card FOR EACH ROW EXECUTE FUNCTION kaizen_team_named()",
        *(
            f"CREATE TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION kaizen_changed()"
            for table in ("board_member", "picture")
        ),
    )
