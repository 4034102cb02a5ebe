"""Printing the weekly review (print preview, a real printer) and saving it as PDF or PNG."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFileDialog, QWidget

from kaizen_board.errors import KaizenError
from kaizen_board.reports.review import paper_for_locale
from kaizen_board.reports.timeline import IsoWeek
from kaizen_board.store import Store

if TYPE_CHECKING:
    from kaizen_board.ui.mainwindow import MainWindow


def paper_of(printer: QPrinter) -> str:
    size = printer.pageLayout().pageSize().id()
    return "letter" if size == QPageSize.PageSizeId.Letter else "a4"


def paint_review(printer: QPrinter, store: Store, board_id: int, week: IsoWeek) -> None:
    """Draw the review on the printer's page, as vectors (matplotlib's SVG)."""
    import io

    from kaizen_board.reports import review  # draws with matplotlib: imported when first used

    paper = paper_of(printer)
    figure = review.new_page(paper)
    with store.snapshot():  # the page's numbers, chart and lists all from one moment
        review.draw_review(figure, store, board_id, review.weekly_review(store, board_id, week))
    svg = io.BytesIO()
    import matplotlib

    # Text as SVG text, which Qt's SVG renderer draws with the system's fonts (it
    # cannot follow matplotlib's glyph references).
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure.savefig(svg, format="svg")
    renderer = QSvgRenderer(QByteArray(svg.getvalue()))
    painter = QPainter(printer)
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        size = (
            renderer.defaultSize().toSizeF().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
        )
        renderer.render(painter, QRectF(page.topLeft(), size))
    finally:
        painter.end()


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    letter = paper_for_locale() == "letter"
    size = QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    return printer


def print_preview(parent: QWidget, store: Store, board_id: int, week: IsoWeek) -> None:
    printer = new_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Weekly review {0}").format(week))
    dialog.paintRequested.connect(lambda target: paint_review(target, store, board_id, week))
    dialog.exec()
    dialog.deleteLater()


def ask_save_path(parent: QWidget, week: IsoWeek, suffix: str) -> str | None:
    kind = "PDF" if suffix == ".pdf" else "PNG"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Save weekly review as {0}").format(kind),
        f"kaizen-review-{week}{suffix}",
        f"{kind} (*{suffix})",
    )
    if not path:
        return None
    return path if path.lower().endswith(suffix) else path + suffix


def print_review(window: MainWindow) -> None:
    """File > Print weekly review…."""
    from kaizen_board.ui.dialogs.week_dialog import ask_week

    week = ask_week(window, window.store.now())
    if week is not None:
        print_preview(window, window.store, window.controller.board.id, week)


def save_review_as(window: MainWindow, suffix: str) -> None:
    """File > Save weekly review as PDF or PNG…."""
    from kaizen_board.reports.review import save_review
    from kaizen_board.ui.dialogs.week_dialog import ask_week

    week = ask_week(window, window.store.now())
    if week is None:
        return
    path = ask_save_path(window, week, suffix)
    if path is None:
        return
    try:
        save_review(window.store, window.controller.board.id, week, path)
    except KaizenError as error:
        window.show_error(str(error))
        return
    window.statusBar().showMessage(window.tr("Saved {0}").format(path), 5000)
