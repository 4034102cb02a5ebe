"""A child process for the benchmark: start, open a window, say "painted" at its first
paint, and exit.

`board DB [rss]` starts Kaizen Board itself: the program's entry point
(`kaizen_board.app.main`, as the `kaizen-board` command runs it), importing what it
imports in its own order. The probe only swaps in its own application class as the
window's module is loaded, so that it can watch the first column's list for its first
paint. `floor` opens a bare PySide6 window showing an empty list, the least any Qt program
pays; `floor MODULE...` imports those modules first, in that order (for the benchmark's
start-up breakdown). `least DB` is the least a board on this stack does: it reads 40
titles through peewee and shows them in a list whose Python model answers with Qt's
roles. With `rss`, the peak resident memory is printed after the window closes; with
`scrolled` too, after every column was scrolled to its end and far back.
"""

import sys
from importlib.abc import MetaPathFinder
from importlib.util import find_spec

GUI_MODULE = "kaizen_board.ui.app"


def main() -> int:
    if sys.argv[1] == "floor":
        for module in sys.argv[2:]:
            __import__(module)
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import QListView, QMainWindow

        app = probing_application_class()(sys.argv[:1])
        window = QMainWindow()
        view = QListView(window)
        view.setModel(QStringListModel([]))
        window.setCentralWidget(view)
        window.show()
        return app.exec()

    if sys.argv[1] == "least":
        return least_board(sys.argv[2])

    if sys.argv[1] == "ctkkanban":
        return ctkkanban_board(sys.argv[2], int(sys.argv[3]))

    sys.meta_path.insert(0, ProbeTheWindow())
    from kaizen_board.app import main as kaizen_board

    status = kaizen_board(["--db", sys.argv[2]])
    if "rss" in sys.argv[3:]:
        with open("/proc/self/status") as process_status:
            rss = next(line for line in process_status if line.startswith("VmHWM")).strip()
        print(rss, flush=True)
    return status


def least_board(path: str) -> int:
    # The team extra installs psycopg here, which peewee imports with itself (0.2 s); a
    # least board on one desktop has none, and the board does not import it either.
    sys.modules["psycopg"] = None
    import peewee

    database = peewee.SqliteDatabase(path)
    titles = [
        title
        for (title,) in database.execute_sql(
            "SELECT title FROM card WHERE archived_at IS NULL ORDER BY stage, rank LIMIT 40"
        )
    ]
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
    from PySide6.QtWidgets import QListView, QMainWindow

    class Titles(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else len(titles)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return titles[index.row()] if role == Qt.ItemDataRole.DisplayRole else None

    app = probing_application_class()(sys.argv[:1])
    window = QMainWindow()
    view = QListView(window)
    model = Titles()
    view.setModel(model)
    window.setCentralWidget(view)
    window.show()
    return app.exec()


def ctkkanban_board(path: str, cards: int) -> int:
    """CTkKanBan (CustomTkinter's kanban widget, the maintained Python one) showing the
    board's first `cards` cards in its four columns, read with sqlite3; "painted" once
    Tk has drawn them (its first idle moment after the window is mapped)."""
    import sqlite3

    import customtkinter
    from ctk_kanban import CTkKanbanBoard

    stages = ("standard", "meet", "improve", "restandardize")
    connection = sqlite3.connect(path)
    rows = [
        row
        for stage in stages  # as many cards in each column
        for row in connection.execute(
            "SELECT id, stage, title FROM card WHERE archived_at IS NULL AND stage = ? "
            "ORDER BY rank LIMIT ?",
            (stage, cards // len(stages)),
        )
    ]
    app = customtkinter.CTk()
    app.geometry("1280x800")
    board = CTkKanbanBoard(
        app,
        columns=[{"id": stage, "title": stage.title()} for stage in stages],
        cards=[{"id": card, "column": stage, "title": title} for card, stage, title in rows],
    )
    board.pack(fill="both", expand=True)

    def drawn() -> bool:
        # Every card made and on screen: the board as a user sees it (its first idle
        # moment comes before its cards are drawn, an empty grey window).
        widgets = list(board._card_widgets.values())
        return len(widgets) == len(rows) and all(widget.winfo_viewable() for widget in widgets[:4])

    def look() -> None:
        if drawn():
            app.after_idle(painted)
        else:
            app.after(2, look)

    def painted() -> None:
        print("painted", flush=True)
        app.destroy()

    app.after(0, look)
    app.mainloop()
    return 0


class ProbeTheWindow(MetaPathFinder):
    """When the program loads its window module, give it the probing application class."""

    def find_spec(self, fullname, path, target=None):
        if fullname != GUI_MODULE:
            return None
        sys.meta_path.remove(self)
        spec = find_spec(fullname)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            module.QApplication = probing_application_class()

        spec.loader.exec_module = exec_module
        return spec


def probing_application_class():
    """A QApplication that, as its event loop starts, watches the list in the window for
    its first paint; then it says so and quits."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QListView

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                if "scrolled" in sys.argv[3:]:
                    scroll_every_column(watched.window())
                QApplication.exit(0)
            return False

    class ProbingApplication(QApplication):
        def exec(self) -> int:
            window = next(w for w in self.topLevelWidgets() if w.isVisible())
            view = window.findChild(QListView)
            self.probe = FirstPaint()
            view.viewport().installEventFilter(self.probe)
            return super().exec()

    return ProbingApplication


def scroll_every_column(window) -> None:
    """As a user who goes to the end of every column and scrolls back a long way, and
    down again from the top: what a window holds then is what memory is measured on."""
    for model in window.board_widget.models.values():
        model.show_end()
        for _ in range(300):
            model.fetch_above()
        model.show_start()
        for _ in range(300):
            model.fetchMore()


if __name__ == "__main__":
    sys.exit(main())
