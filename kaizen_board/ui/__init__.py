"""The Qt shell: widgets only; every change goes through kaizen_board.ops."""
