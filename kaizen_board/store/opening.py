"""Opening a database from a path or URL: which engine, which file or server."""

from __future__ import annotations

import os

from kaizen_board import paths
from kaizen_board.clock import Clock
from kaizen_board.errors import DatabaseProblem
from kaizen_board.store.engine import Engine
from kaizen_board.store.store import Store
from kaizen_board.translation import translate

DATABASE_ENV = "KAIZEN_BOARD_DB"


def resolve_location(location: str | os.PathLike[str] | None) -> str:
    """The database to open: the one given, else `$KAIZEN_BOARD_DB`, else the default.

    A location given but empty (`--db ""`) is refused rather than taken as the default.
    """
    if location is not None:
        if not str(location).strip():
            raise DatabaseProblem(
                translate(
                    "Database",
                    "the database location is empty: name a file, like --db board.sqlite",
                )
            )
        return str(location)
    from_env = os.environ.get(DATABASE_ENV, "").strip()
    if from_env:
        return from_env
    return str(paths.default_database_path())


def scheme_of(location: str) -> str:
    """ "sqlite" for a file path or sqlite:/// URL, "postgresql" for a team server."""
    scheme = location.split("://", 1)[0].lower() if "://" in location else "sqlite"
    if scheme in ("postgresql", "postgres"):
        return "postgresql"
    if scheme != "sqlite":
        raise DatabaseProblem(
            translate(
                "Database",
                "{location}: a database is a file path, a sqlite:/// URL or a "
                "postgresql://[user@]host[:port]/dbname URL",
            ).format(location=location)
        )
    return scheme


def engine_for(location: str | os.PathLike[str] | None = None) -> Engine:
    """The engine that serves a location (see resolve_location)."""
    if scheme_of(resolve_location(location)) == "postgresql":
        from kaizen_board.store.postgresql.engine import POSTGRESQL

        return POSTGRESQL
    from kaizen_board.store.sqlite.engine import SQLITE

    return SQLITE


def open_store(
    location: str | os.PathLike[str] | None = None,
    *,
    clock: Clock | None = None,
    member_name: str | None = None,
    create: bool = True,
    check: bool = False,
    password: str | None = None,
) -> Store:
    """Open the database at a path or `sqlite:///` URL (see resolve_location), making a
    new one if `create`; with `check`, the engine checks the whole database first.

    Raises `DatabaseProblem` saying what is wrong and where; a damaged file is set aside
    (`DamagedDatabase` says where, and which backup to restore).
    """
    target = resolve_location(location)
    if scheme_of(target) == "postgresql":
        from kaizen_board.store.postgresql.opening import open_postgresql

        return open_postgresql(target, clock=clock, member_name=member_name, password=password)
    from kaizen_board.store.sqlite.files import sqlite_path
    from kaizen_board.store.sqlite.opening import open_sqlite

    return open_sqlite(
        sqlite_path(target), clock=clock, member_name=member_name, create=create, check=check
    )
