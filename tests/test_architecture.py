"""The core runs without Qt widgets: every module outside kaizen_board.ui imports with
QtWidgets, QtGui and QtPrintSupport made unimportable (napari's import contract)."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

CHECK = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    FORBIDDEN = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport")

    class Forbid:
        def find_spec(self, name, path=None, target=None):
            if name in FORBIDDEN:
                raise ImportError(f"the core imported {name}")

    sys.meta_path.insert(0, Forbid())
    import kaizen_board
    names = [
        info.name
        for info in pkgutil.walk_packages(kaizen_board.__path__, "kaizen_board.")
        if not info.name.startswith(("kaizen_board.ui", "kaizen_board.__main__"))
    ]
    for name in names:
        importlib.import_module(name)
    print(len(names))
    """
)


def test_every_core_module_imports_without_qt_widgets():
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 15


def test_the_check_would_catch_a_widget_import():
    leaky = CHECK.replace(
        "for name in names:", "names.append('kaizen_board.ui.mainwindow')\nfor name in names:"
    )
    done = subprocess.run([sys.executable, "-c", leaky], capture_output=True, text=True)
    assert done.returncode != 0
    assert re.search(r"the core imported PySide6\.Qt(Widgets|Gui)", done.stderr)
