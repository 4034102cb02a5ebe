"""A private PostgreSQL server for the test run, from Debian's packages (`postgresql`).

It lives in a temporary folder, listens only on a Unix socket there (no TCP port, no other
user), lets the local `postgres` role in without a password, and is stopped at the end
of the run. The README's test command installs the package; without it, the tests that
need a server fail saying so (they are never skipped).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

PORT = 54329
PASSWORD_USER = "kaizen_pw"  # the one role that must give a password
SUPERUSER = "postgres"


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise RuntimeError(
            "PostgreSQL's server is not installed: the tests of the team server need "
            "Debian's package postgresql (apt-get install postgresql), as the README's "
            "test command installs it"
        )
    return Path(found[-1]).parent


class PostgresServer:
    """Attributes: folder (data and socket), port."""

    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.folder = Path(tempfile.mkdtemp(prefix="kaizen-pg-"))
        self.port = PORT
        self._as_postgres = os.geteuid() == 0  # initdb refuses to run as root

    def _run(self, *command: str) -> None:
        argv = [str(self.bin / command[0]), *command[1:]]
        if self._as_postgres:
            argv = ["runuser", "-u", SUPERUSER, "--", *argv]
        subprocess.run(argv, check=True, capture_output=True, text=True)

    def start(self) -> PostgresServer:
        data = self.folder / "data"
        if self._as_postgres:
            shutil.chown(self.folder, SUPERUSER)
        os.chmod(self.folder, 0o700)
        self._run(
            "initdb",
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            SUPERUSER,
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        # One sign-in needs a password (the tests of asking for one); the rest are trusted.
        (data / "pg_hba.conf").write_text(
            f"local all {PASSWORD_USER} scram-sha-256\nlocal all all trust\n"
        )
        self.resume()
        return self

    def resume(self) -> None:
        """Start the server (again, after `pause`), on the data it had."""
        options = (
            f"-c listen_addresses='' -k {self.folder} -p {self.port} -F "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        data = self.folder / "data"
        self._run(
            "pg_ctl", "-D", str(data), "-o", options, "-l", str(self.folder / "log"), "-w", "start"
        )

    def pause(self) -> None:
        """Shut the server down as an administrator would, keeping its data: every
        connection is cut, and no new one is taken until `resume`."""
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{database}?host={self.folder}&port={self.port}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        """Run SQL as the superuser, outside any transaction (CREATE DATABASE, roles)."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as connection:
            connection.execute(sql)


_SHARED: PostgresServer | None = None
_DATABASE = "kaizen_test"
# The member the core's tests act as: on a team server that is the role signed in.
MEMBER = "Tester"
_ready = False


def shared() -> PostgresServer:
    """The run's one server, started when first needed and stopped when the run ends."""
    global _SHARED
    if _SHARED is None:
        import atexit

        _SHARED = PostgresServer().start()
        atexit.register(_SHARED.stop)
    return _SHARED


def as_role(url: str, role: str) -> str:
    """The same address, signing in as another role."""
    return re.sub(r"^postgresql://[^@/]*@", f"postgresql://{role}@", url)


def fresh_database() -> str:
    """The URL of the test database, emptied (every table truncated, ids from 1 again):
    as new for each test, far quicker than making a database each time."""
    global _ready
    server = shared()
    url = server.url(_DATABASE, user=MEMBER)
    if not _ready:
        server.admin(f'CREATE ROLE "{MEMBER}" LOGIN SUPERUSER')
        server.admin(f"CREATE DATABASE {_DATABASE}")
        from kaizen_board.store import open_store

        open_store(url).close()  # makes the schema
        _ready = True
    from kaizen_board.store.models import MODELS, TALLY_MODELS

    tables = ", ".join(model._meta.table_name for model in MODELS + TALLY_MODELS)
    server.admin(
        f"TRUNCATE {tables} RESTART IDENTITY CASCADE; DELETE FROM change_counter; "
        f"INSERT INTO schema_info (key, value) VALUES ('schema_version', "
        f"(SELECT '{_schema_version()}'))",
        _DATABASE,
    )
    return url


def _schema_version() -> int:
    from kaizen_board.store.schema import SCHEMA_VERSION

    return SCHEMA_VERSION


def drop_database(url: str) -> None:
    """Nothing to drop: the next test empties the database again."""
