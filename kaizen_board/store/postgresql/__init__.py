"""PostgreSQL, the team server: a board a whole team shares (psycopg 3, the [team] extra)."""
