"""Storage: the models, the schema, and opening a database as a `Store`."""

from kaizen_board.store.opening import open_store
from kaizen_board.store.store import Store

__all__ = ["Store", "open_store"]
