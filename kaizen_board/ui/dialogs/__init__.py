"""The dialogs: a card, the archive, backups and restore, CSV files, the week to review."""
