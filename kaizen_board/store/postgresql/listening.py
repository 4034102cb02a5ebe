"""Hearing at once of other desktops' changes: LISTEN on a connection of its own, which a
window watches for readability (its socket) instead of polling the tables."""

from __future__ import annotations

from typing import Any

from kaizen_board.errors import DatabaseProblem
from kaizen_board.store.postgresql.engine import CHANNEL
from kaizen_board.translation import translate


class ChangeListener:
    """A connection listening for the notifications every change sends when it commits.

    Attributes:
        location: the server, as it may be shown (no password).
    """

    def __init__(self, database_name: str, params: dict[str, Any], location: str) -> None:
        import psycopg

        self.location = location
        try:
            self._connection = psycopg.connect(dbname=database_name, autocommit=True, **params)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            raise DatabaseProblem(
                translate(
                    "TeamServer", "the team server {location} cannot be reached ({error})"
                ).format(location=location, error=error)
            ) from error

    def fileno(self) -> int:
        return self._connection.fileno()

    def changed(self) -> bool:
        """Whether notifications arrived since last asked (reads them all, never waits).
        DatabaseProblem if the connection is lost."""
        import psycopg

        pgconn = self._connection.pgconn
        try:
            pgconn.consume_input()
        except psycopg.Error as error:
            raise DatabaseProblem(
                translate("TeamServer", "the connection to {location} was lost ({error})").format(
                    location=self.location, error=error
                )
            ) from error
        heard = False
        while pgconn.notifies() is not None:
            heard = True
        if pgconn.status != 0:  # CONNECTION_BAD
            raise DatabaseProblem(
                translate("TeamServer", "the connection to {location} was lost").format(
                    location=self.location
                )
            )
        return heard

    def close(self) -> None:
        self._connection.close()
