"""A child process for the benchmark: start, open a window, say "painted" at its first
paint, and exit. `board DB` opens Kaizen Board's window on a database; `floor` opens a
bare PySide6 window showing an empty list, the least any Qt program pays."""

import sys


def main() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                QApplication.exit(0)
            return False

    app = QApplication(sys.argv[:1])
    probe = FirstPaint()
    if sys.argv[1] == "floor":
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import QListView, QMainWindow

        window = QMainWindow()
        view = QListView(window)
        view.setModel(QStringListModel([]))
        window.setCentralWidget(view)
    else:
        from PySide6.QtCore import QSettings

        from kaizen_board import ops
        from kaizen_board.store import open_store
        from kaizen_board.ui.mainwindow import MainWindow

        store = open_store(sys.argv[2])
        settings = QSettings(sys.argv[3], QSettings.Format.IniFormat)
        window = MainWindow(store, ops.default_board(store), settings)
        view = window.board_widget.columns[next(iter(window.board_widget.columns))].view
    view.viewport().installEventFilter(probe)
    window.show()
    app.exec()
    if sys.argv[1] != "floor" and len(sys.argv) > 4:
        with open("/proc/self/status") as status:
            rss = next(line for line in status if line.startswith("VmHWM")).strip()
        print(rss, flush=True)


if __name__ == "__main__":
    main()
