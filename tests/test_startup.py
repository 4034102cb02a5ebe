"""Start-up stays fast: matplotlib (about a second to import) waits for the first chart, and
the team server's driver (0.2 s) for the first team server."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_the_window_opens_without_importing_matplotlib_until_charts_are_shown(tmp_path):
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        from kaizen_board import ops
        from kaizen_board.store import open_store
        from kaizen_board.ui.mainwindow import MainWindow
        app = QApplication([])
        store = open_store({str(tmp_path / "b.sqlite")!r})
        settings = QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)
        window = MainWindow(store, ops.default_board(store), settings)
        window.show()
        app.processEvents()
        print("psycopg", "psycopg" in sys.modules)
        print("before", "matplotlib" in sys.modules)
        window.show_charts()
        print("after", "matplotlib" in sys.modules)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["psycopg", "False", "before", "False", "after", "True"]
