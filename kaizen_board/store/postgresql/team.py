"""Setting up a team server: the schema, and two group roles the server decides with.

`kaizen_members` may change cards; `kaizen_viewers` may only read (a shop-floor screen).
People sign in as roles of their own, made members of one of the two; the program never
sets or sees a password (the server's administrator does, with psql's \\password).
"""

from __future__ import annotations

import re

from kaizen_board.errors import InvalidInput
from kaizen_board.store.schema import SCHEMA_VERSION
from kaizen_board.store.store import Store
from kaizen_board.translation import translate

MEMBERS, VIEWERS = "kaizen_members", "kaizen_viewers"

_GRANTS = (
    f"GRANT USAGE ON SCHEMA public TO {MEMBERS}, {VIEWERS}",
    f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {MEMBERS}, {VIEWERS}",
    f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {MEMBERS}",
    f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {MEMBERS}",
)
# The same for the tables and sequences made later (by a schema upgrade).
_DEFAULT_GRANTS = (
    f"GRANT SELECT ON TABLES TO {MEMBERS}, {VIEWERS}",
    f"GRANT INSERT, UPDATE, DELETE ON TABLES TO {MEMBERS}",
    f"GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {MEMBERS}",
)


def init_team(store: Store) -> list[str]:
    """Make the two group roles (if missing) and grant them the board's tables, and the
    tables and sequences later upgrades make. The schema is made or upgraded already
    (opening the store as the owner does it). Returns what was done."""
    done = []
    with store.write():
        for role in (MEMBERS, VIEWERS):
            if not _role_exists(store, role):
                store.database.execute_sql(f"CREATE ROLE {role} NOLOGIN")
                done.append(translate("TeamServer", "made the group role {role}").format(role=role))
        for grant in _GRANTS:
            store.database.execute_sql(grant)
        # Objects an upgrade makes belong to whoever runs it: the tables' owner, or this
        # role (a superuser may run it for the owner). Both grant them as the rest.
        makers = store.database.execute_sql(
            "SELECT DISTINCT quote_ident(name) FROM (SELECT current_user::text AS name "
            "UNION SELECT pg_get_userbyid(relowner) FROM pg_class "
            "WHERE oid = to_regclass('schema_info')) AS roles"
        ).fetchall()
        for (maker,) in makers:
            for grant in _DEFAULT_GRANTS:
                store.database.execute_sql(
                    f"ALTER DEFAULT PRIVILEGES FOR ROLE {maker} IN SCHEMA public {grant}"
                )
    done.append(
        translate("TeamServer", "the board's schema is at version {version}").format(
            version=SCHEMA_VERSION
        )
    )
    done.append(
        translate("TeamServer", "{members} may change the board, {viewers} may read it").format(
            members=MEMBERS, viewers=VIEWERS
        )
    )
    return done


def add_person(store: Store, name: str, *, viewer: bool = False) -> str:
    """A login role for a person, in the members' (or viewers') group; no password: the
    administrator gives one with psql's \\password, or the server trusts its own ways."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
        raise InvalidInput(
            translate(
                "TeamServer",
                "{name} cannot be a sign-in name: use lower-case letters, digits and _ "
                "(starting with a letter)",
            ).format(name=repr(name))
        )
    group = VIEWERS if viewer else MEMBERS
    with store.write():
        if _role_exists(store, name):
            store.database.execute_sql(f"GRANT {group} TO {name}")
            return translate("TeamServer", "{name} is now in {group}").format(
                name=name, group=group
            )
        store.database.execute_sql(f"CREATE ROLE {name} LOGIN IN ROLE {group}")
    return translate(
        "TeamServer",
        "made the sign-in {name} in {group}; give it a password with: psql -c '\\password {name}'",
    ).format(name=name, group=group)


def _role_exists(store: Store, role: str) -> bool:
    return (
        store.database.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        is not None
    )
