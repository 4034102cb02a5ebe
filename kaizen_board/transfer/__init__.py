"""Moving a board in and out of CSV files: export, import, and the format they share."""
