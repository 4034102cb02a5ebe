"""Reporting: the numbers a team watches (metrics), days and weeks (timeline), charts and
the weekly review page."""
