"""The board: its columns (a view and a model each), the card delegate, the board widget."""
