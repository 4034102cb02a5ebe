"""Connecting to a team server: a postgresql:// URL, libpq's own ways to a password, and
the schema made or upgraded under an advisory lock."""

from __future__ import annotations

import re

from kaizen_board.clock import Clock
from kaizen_board.errors import DatabaseProblem, ReadOnlyDatabase
from kaizen_board.store.postgresql.engine import POSTGRESQL, KaizenPostgresqlDatabase
from kaizen_board.store.schema import SCHEMA_VERSION, prepare_schema, stored_version
from kaizen_board.store.store import Store
from kaizen_board.translation import translate


def redact(url: str) -> str:
    """The URL as it may be shown, logged or remembered: any password replaced by ***."""
    url = re.sub(r"(://[^:/@?#]*:)[^@/?#]*@", r"\1***@", url)
    return re.sub(r"(?i)([?&]password=)[^&#]*", r"\1***", url)


def open_postgresql(
    url: str,
    *,
    clock: Clock | None = None,
    member_name: str | None = None,
    password: str | None = None,
) -> Store:
    """Connect to the team server at `url`; its schema is made if the database is empty.

    A password comes from libpq's own means (~/.pgpass, PGPASSWORD, a service file) or
    from `password` (the window asks, and keeps it in memory only); it is never shown.
    """
    try:
        from psycopg.conninfo import conninfo_to_dict
    except ImportError as error:
        raise DatabaseProblem(
            translate(
                "TeamServer",
                "{location}: a team server needs the team extra: pip install 'kaizen-board[team]' "
                "(in a checkout: -c constraints.txt)",
            ).format(location=redact(url))
        ) from error
    location = redact(url)
    try:
        params = conninfo_to_dict(url)
    except Exception as error:  # psycopg.ProgrammingError: a URL it cannot read
        raise DatabaseProblem(
            translate("TeamServer", "{location} is not a PostgreSQL address: {error}").format(
                location=location, error=error
            )
        ) from None
    if password is not None:
        params["password"] = password
    database = KaizenPostgresqlDatabase(params.pop("dbname", None), **params)
    store = Store(database, location, POSTGRESQL, clock=clock, member_name=member_name)
    try:
        with store.read():
            database.connect()
            role, may_read = database.execute_sql(
                "SELECT session_user, to_regclass('card') IS NULL "
                "OR has_table_privilege(to_regclass('card'), 'SELECT')"
            ).fetchone()
        if not may_read:
            raise DatabaseProblem(
                translate(
                    "TeamServer",
                    "{location}: {role} is neither a member nor a viewer of this board: the "
                    "server's administrator adds you with 'kaizen-board team add URL {role}'",
                ).format(location=location, role=role)
            )
        _prepare_schema(store, role)
        with store.read():
            role, may_change = database.execute_sql(
                "SELECT session_user, has_table_privilege('card', 'UPDATE')"
            ).fetchone()
    except BaseException:
        store.close()
        raise
    # Changes are recorded for the role the server signed in, never for a name chosen.
    store.member_name = role
    store.signed_in = True
    if not may_change:
        store.read_only = translate(
            "TeamServer", "you may read this board but not change it (a viewer)"
        )
    return store


def _prepare_schema(store: Store, role: str) -> None:
    """Make the schema of an empty database, or bring it up to this version; a member or
    viewer who may not do either is told who does."""
    version = stored_version(store)
    if version is not None:
        if version < SCHEMA_VERSION:
            _require_owner(store, version)
        prepare_schema(store)
        return
    try:
        prepare_schema(store)
    except ReadOnlyDatabase as refused:
        raise DatabaseProblem(
            translate(
                "TeamServer",
                "{location}: the board is not set up on this server yet, and {role} may "
                "not set it up: the database's owner sets it up with 'kaizen-board team init "
                "URL'; nothing was changed",
            ).format(location=store.location, role=role)
        ) from refused


def _require_owner(store: Store, version: int) -> None:
    """DatabaseProblem unless the role signed in may upgrade the board's schema from
    `version`: its owner (the role owning its tables, or a superuser) may."""
    with store.read():
        owner, may_upgrade = store.database.execute_sql(
            "SELECT pg_get_userbyid(relowner), pg_has_role(session_user, relowner, 'MEMBER') "
            "FROM pg_class WHERE oid = to_regclass('schema_info')"
        ).fetchone()
    if not may_upgrade:
        raise DatabaseProblem(
            translate(
                "TeamServer",
                "{location}: the board on this server is at schema version {version}, and "
                "this version of Kaizen Board needs version {needed}: the server's board "
                "must be upgraded by its owner ({owner}), with 'kaizen-board team init URL' "
                "signed in as {owner}, or by opening it once as {owner}; nothing was changed",
            ).format(location=store.location, version=version, needed=SCHEMA_VERSION, owner=owner)
        )
