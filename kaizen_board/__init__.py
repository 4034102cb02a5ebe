"""Kaizen Board: a desktop kanban board for the kaizen loop."""

__version__ = "0.1.0"
