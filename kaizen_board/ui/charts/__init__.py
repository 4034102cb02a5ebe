"""The charts window: the charts of a board, kept up to date."""
