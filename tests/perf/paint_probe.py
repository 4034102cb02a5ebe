"""A child process for the benchmark: start, open a window, say "painted" at its first
paint, and exit.

`board DB [rss]` starts Kaizen Board itself: the program's own entry point
(`kaizen_board.app.main`, as the `kaizen-board` command runs it), with its imports in the
order it makes them; the probe only supplies the application object, so that it can watch
the first column's list for its first paint. `floor` opens a bare PySide6 window showing
an empty list, the least any Qt program pays. With `rss`, the peak resident memory is
printed after the window closes.
"""

import sys


def main() -> int:
    if sys.argv[1] == "floor":
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import QListView, QMainWindow

        app = probing_application()
        window = QMainWindow()
        view = QListView(window)
        view.setModel(QStringListModel([]))
        window.setCentralWidget(view)
        window.show()
        return app.exec()

    # The imports `kaizen-board` makes before its window exists, in its order.
    from kaizen_board.app import main as kaizen_board
    from kaizen_board.cli import build_parser  # noqa: F401
    from kaizen_board.ui.app import run_gui  # noqa: F401

    app = probing_application()
    status = kaizen_board(["--db", sys.argv[2]])
    if "rss" in sys.argv[3:]:
        with open("/proc/self/status") as process_status:
            rss = next(line for line in process_status if line.startswith("VmHWM")).strip()
        print(rss, flush=True)
    return status


def probing_application():
    """A QApplication that, as its event loop starts, watches the list in the window for
    its first paint; then it says so and quits."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QListView

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                QApplication.exit(0)
            return False

    class ProbingApplication(QApplication):
        def exec(self) -> int:
            window = next(w for w in self.topLevelWidgets() if w.isVisible())
            view = window.findChild(QListView)
            view.viewport().installEventFilter(self.probe)
            return super().exec()

    app = ProbingApplication(sys.argv[:1])
    app.probe = FirstPaint()
    return app


if __name__ == "__main__":
    sys.exit(main())
