"""Hot-path queries whose SQL peewee generates once per database and then reuses.

Building a query's SQL costs peewee more than SQLite needs to run a one-row lookup;
on a move that is most of the time spent. A cached statement takes its parameters in
the order the query was built with.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from weakref import WeakKeyDictionary

from peewee import Database, Query

_statements: WeakKeyDictionary[Database, dict[str, str]] = WeakKeyDictionary()


def run_cached(database: Database, name: str, build: Callable[[], Query], params: Sequence):
    """Execute the query `build` makes (built with placeholder values) with `params`."""
    known = _statements.setdefault(database, {})
    sql = known.get(name)
    if sql is None:
        sql, sample = build().sql()
        if len(sample) != len(params):
            raise ValueError(f"{name}: built with {len(sample)} parameters, given {len(params)}")
        known[name] = sql
    return database.execute_sql(sql, params)
