"""Charts in the window, kept up to date; the weekly review printed and saved."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime

import matplotlib.image
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from kaizen_board import ops
from kaizen_board.reports.timeline import IsoWeek
from kaizen_board.stages import Stage
from kaizen_board.ui.dialogs import week_dialog
from kaizen_board.ui.printing import review_printing
from tests.ui.helpers import select


def cumulative_totals(charts_window) -> list[list[float]]:
    """The running totals drawn; none until the chart is (off the window's thread)."""
    axes = charts_window.pages["cumulative"].figure.axes
    return [list(line.get_ydata()) for line in axes[0].get_lines()] if axes else []


def test_the_charts_show_the_board_and_follow_its_moves(qtbot, store, board, make_window):
    for title in ("A", "B"):
        ops.add_card(store, board.id, title, stage=Stage.IMPROVE)
    window = make_window(store, board)
    window.show_charts()
    charts_window = window.charts
    qtbot.addWidget(charts_window)
    assert [charts_window.tabs.tabText(n) for n in range(4)] == [
        "Cumulative improvement",
        "Cumulative flow",
        "Contributions",
        "Lead time",
    ]
    # Drawn off the window's thread, "Drawing…" meanwhile.
    assert charts_window.busy.isVisibleTo(charts_window)
    qtbot.waitUntil(lambda: cumulative_totals(charts_window) == [[2, 2]])  # two ideas
    assert not charts_window.busy.isVisibleTo(charts_window)
    page = charts_window.pages["cumulative"]  # the chart drawn fills the canvas shown
    ratio = page.canvas.device_pixel_ratio
    assert round(page.figure.bbox.width) == page.canvas.width() * ratio
    assert round(page.figure.bbox.height) == page.canvas.height() * ratio
    window.activateWindow()  # back to the board, beside the charts
    qtbot.waitUntil(window.isActiveWindow)
    select(window, Stage.IMPROVE, "A")
    qtbot.keyClick(
        window.board_widget.active_view(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: cumulative_totals(charts_window) == [[2, 2], [1, 1]], timeout=2000)
    charts_window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(charts_window.pages["flow"].figure.axes))
    flow = charts_window.pages["flow"].figure.axes[0]
    assert [t.get_text() for t in flow.get_legend().get_texts()][0] == "Standard"


def test_the_range_and_board_selectors_redraw(qtbot, store, board, make_window, clock):
    clock.current = datetime(2026, 6, 1, 9, tzinfo=UTC)
    ops.add_card(store, board.id, "Long ago")
    clock.current = datetime(2026, 11, 24, 9, tzinfo=UTC)
    ops.add_card(store, board.id, "This week")
    office = ops.create_board(store, "Office").board
    window = make_window(store, board)
    window.show_charts()
    charts_window = window.charts
    qtbot.addWidget(charts_window)
    charts_window.range_box.setCurrentIndex(3)  # all time
    qtbot.waitUntil(lambda: bool(cumulative_totals(charts_window)))
    qtbot.waitUntil(lambda: not charts_window.busy.isVisibleTo(charts_window))
    all_time = cumulative_totals(charts_window)[0]
    assert all_time[-1] == 2
    charts_window.range_box.setCurrentIndex(0)  # last 4 weeks: still counts what came before
    # One day with ideas in range, then today (all time has three points: two days, today).
    qtbot.waitUntil(lambda: len(cumulative_totals(charts_window)[0]) == 2)
    assert cumulative_totals(charts_window)[0][-1] == 2
    charts_window.board_box.setCurrentIndex(charts_window.board_box.findData(office.id))
    charts_window.board_box.activated.emit(charts_window.board_box.currentIndex())
    qtbot.waitUntil(lambda: bool(charts_window.pages["cumulative"].figure.axes[0].texts))
    note = charts_window.pages["cumulative"].figure.axes[0].texts[0].get_text()
    assert note.startswith("Nothing here yet")


def test_the_weekly_review_prints_one_page(qtbot, store, board, make_window, tmp_path):
    card = ops.add_card(store, board.id, "Printed improvement").card_id
    ops.move_card(store, card, Stage.RESTANDARDIZE)
    printer = review_printing.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    window = make_window(store, board)
    page = review_printing.made_off_the_windows_thread(
        window,
        store,
        lambda store, paper: review_printing.review_svg(store, board.id, IsoWeek(2026, 48), paper),
        review_printing.paper_of(printer),
        "Making the weekly review",
    )
    review_printing.paint_page(printer, page)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", str(target), str(tmp_path / "page")], check=True
    )
    pixels = matplotlib.image.imread(tmp_path / "page-1.png")[..., :3].mean(axis=2)
    assert (pixels < 0.3).mean() > 0.005  # ink: the title, numbers and chart are drawn


def test_save_as_pdf_from_the_window(qtbot, store, board, make_window, tmp_path, monkeypatch):
    window = make_window(store, board)
    target = tmp_path / "saved"
    monkeypatch.setattr(week_dialog, "ask_week", lambda *args: IsoWeek(2026, 48))
    monkeypatch.setattr(review_printing, "ask_save_path", lambda *args: str(target) + ".pdf")
    window.save_review(".pdf")
    text = subprocess.run(
        ["pdftotext", f"{target}.pdf", "-"], capture_output=True, text=True
    ).stdout
    assert "Weekly kaizen review 2026-W48" in text


def test_the_charts_learn_of_an_import_and_of_a_new_board(
    qtbot, store, board, make_window, tmp_path
):
    window = make_window(store, board)
    window.show_charts()
    charts = window.charts
    qtbot.addWidget(charts)
    drawn = []
    for page in charts.pages.values():
        original = page.draw

        def counting(*args, _original=original, **kwargs):
            drawn.append(1)
            return _original(*args, **kwargs)

        page.draw = counting
    path = tmp_path / "ideas.csv"
    path.write_text("title,stage\nShadow board,restandardize\n")
    window.controller.import_file(str(path))
    qtbot.waitUntil(lambda: bool(drawn))  # redrawn at once: an import changes everything
    window.controller.create_board("Office")
    assert charts.board_box.findText("Office") >= 0


def test_the_print_preview_follows_changes_made_while_it_is_open(
    qtbot, store, board, make_window, monkeypatch
):
    window = make_window(store, board)
    made = []
    real = review_printing.review_svg
    monkeypatch.setattr(
        review_printing,
        "review_svg",
        lambda *args: made.append(len(list(ops.list_cards(store, board.id)))) or real(*args),
    )
    dialog = review_printing.print_preview(window, window.controller, IsoWeek(2026, 48))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(made) == 1)
    window.controller.add_card("Added while the preview is open")
    qtbot.waitUntil(lambda: len(made) == 2)
    assert made == [0, 1]  # the page made again, from the board as it is now
    dialog.done(0)
    window.controller.add_card("After the preview closed")
    assert len(made) == 2  # it no longer listens


def test_the_participation_chart_counts_the_team_and_names_who_has_not_yet(
    qtbot, store, board, make_window, clock
):
    clock.current = datetime(2026, 11, 3, 9, tzinfo=UTC)  # 2026-W45
    ops.add_card(store, board.id, "Broom hooks", submitted_by="Ben")
    clock.current = datetime(2026, 11, 23, 9, tzinfo=UTC)  # W48, this week
    ops.add_card(store, board.id, "Floor tape", submitted_by="Zoë")
    ops.add_to_team(store, board.id, "Chloé")
    window = make_window(store, board)
    window.show_charts()
    charts_window = window.charts
    qtbot.addWidget(charts_window)
    charts_window.range_box.setCurrentIndex(0)  # the last 4 weeks: W45 to W48
    titles = [charts_window.tabs.tabText(n) for n in range(charts_window.tabs.count())]
    charts_window.tabs.setCurrentIndex(titles.index("Participation"))
    page = charts_window.pages["participation"]
    qtbot.waitUntil(lambda: len(page.figure.axes) == 2)
    people, _per_member = page.figure.axes
    team, submitted = (list(line.get_ydata()) for line in people.get_lines())
    assert team == [1, 1, 1, 3]  # Ben from his idea; Zoë and Chloé joined this week
    assert submitted == [1, 1, 1, 2]  # Ben's idea counts for four weeks
    summary = page.figure.get_suptitle()
    assert "2 of 3 members submitted an idea in the last 4 weeks" in summary
    assert "Not yet: Chloé" in summary
    # Chloé's first idea redraws it, a moment later.
    window.controller.add_card("Glove bins", submitted_by="Chloé")
    qtbot.waitUntil(lambda: "3 of 3 members" in page.figure.get_suptitle(), timeout=3000)
    assert "Not yet: no one" in page.figure.get_suptitle()


def test_the_charts_window_is_named_after_its_board_follows_the_board_shown_and_closes_on_esc(
    qtbot, store, board, make_window
):
    office = ops.create_board(store, "Office").board
    window = make_window(store, board)
    window.show_charts()
    charts = window.charts
    qtbot.addWidget(charts)
    qtbot.waitExposed(charts)
    assert charts.windowTitle() == "Charts of Kaizen — Kaizen Board"
    from matplotlib.backends.backend_qtagg import NavigationToolbar2QT

    assert not charts.findChildren(NavigationToolbar2QT), "no pan, zoom or subplot tools"
    window.controller.switch_board(office)
    qtbot.waitUntil(lambda: charts.board_box.currentData() == office.id)
    assert charts.windowTitle() == "Charts of Office — Kaizen Board"
    charts.activateWindow()
    qtbot.waitUntil(charts.isActiveWindow)
    qtbot.keyClick(charts, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not charts.isVisible())
    window.show_charts()
    qtbot.waitUntil(charts.isActiveWindow)
    qtbot.keyClick(charts, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not charts.isVisible())


def test_a_chart_is_saved_as_an_image_where_the_last_file_went(
    qtbot, store, board, make_window, tmp_path, monkeypatch
):
    from PySide6.QtCore import QStandardPaths

    from kaizen_board.ui.charts import charts_window as module

    ops.add_card(store, board.id, "Shadow board")
    window = make_window(store, board)
    window.show_charts()
    charts = window.charts
    qtbot.addWidget(charts)
    qtbot.waitUntil(lambda: bool(cumulative_totals(charts)))
    starts = []
    target = tmp_path / "out" / "ideas"
    target.parent.mkdir()

    def dialog(_parent, _title, start, _filters):
        starts.append(start)
        return str(target), "PNG (*.png)"

    monkeypatch.setattr(module.QFileDialog, "getSaveFileName", dialog)
    saved = charts.save_image()
    assert saved == f"{target}.png"
    assert matplotlib.image.imread(saved).shape[0] > 100  # a picture of the chart
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    from pathlib import Path

    first = Path(starts[0])
    assert first.name == "Kaizen Cumulative improvement.png"
    assert first.parent in (Path(documents), Path.home())
    charts.save_image()
    assert Path(starts[1]).parent == target.parent, "the next starts where the last went"
    charts.copy_image()
    from PySide6.QtWidgets import QApplication

    assert not QApplication.clipboard().pixmap().isNull()
