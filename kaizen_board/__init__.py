"""Kaizen Board: a desktop kanban board for the kaizen loop."""

import sys

__version__ = "0.1.0"


def _import_peewee_without_its_postgresql_driver() -> None:
    """peewee imports psycopg as it is imported, when the team extra installed it: 0.2 s
    that every command and window start would pay for a driver only a team server
    needs. So peewee is imported here finding none, and the team server's engine hands
    it the driver when a server is opened (store.postgresql.engine.hand_driver_to_peewee).
    """
    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # import psycopg fails
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]


_import_peewee_without_its_postgresql_driver()
