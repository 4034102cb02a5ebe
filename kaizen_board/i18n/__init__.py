"""The catalogues of translations (`kaizen_board_<language>.ts`, built into `.qm`)."""
