"""What can happen to a card: the kinds of event its history is made of."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    CREATED = "created"  # an idea submitted
    EDITED = "edited"
    MOVED = "moved"  # to another stage
    IMPROVED = "improved"  # moved into Re-standardize for the first time in its lap
    REORDERED = "reordered"  # within its stage
    ARCHIVED = "archived"
    RESTORED = "restored"
    DELETED = "deleted"
    CONFIRMED = "confirmed"  # a member works to the current version of its standard
    PICTURED = "pictured"  # a picture added to it or taken off


MOVES = (EventKind.MOVED, EventKind.IMPROVED)  # a card changing stage
