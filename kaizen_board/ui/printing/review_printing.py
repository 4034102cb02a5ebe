"""Printing the weekly review and a card's kaizen sheet (print preview, a real printer),
and saving them as PDF or PNG."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFileDialog, QWidget

from kaizen_board.errors import KaizenError
from kaizen_board.reports.review import paper_for_locale
from kaizen_board.reports.timeline import IsoWeek
from kaizen_board.store import Store
from kaizen_board.translation import translate
from kaizen_board.ui.folders import remember, start_in
from kaizen_board.ui.tasks import run_in_background

if TYPE_CHECKING:
    from kaizen_board.ui.controller import BoardController
    from kaizen_board.ui.mainwindow import MainWindow


def paper_of(printer: QPrinter) -> str:
    size = printer.pageLayout().pageSize().id()
    return "letter" if size == QPageSize.PageSizeId.Letter else "a4"


def review_svg(store: Store, board_id: int, week: IsoWeek, paper: str) -> bytes:
    """The review's page as SVG, text as text: the slow part of printing (its numbers and
    chart from the database, drawn by matplotlib), done off the window's thread."""
    from kaizen_board.reports import review  # draws with matplotlib: imported when first used

    def draw(figure) -> None:
        review.draw_review(figure, store, board_id, review.weekly_review(store, board_id, week))

    return page_svg(store, draw, paper)


def sheet_svg(store: Store, card_id: int, paper: str) -> bytes:
    """A card's kaizen sheet as SVG, as `review_svg` makes the review's."""
    from kaizen_board.reports.sheet import draw_sheet, kaizen_sheet

    return page_svg(store, lambda figure: draw_sheet(figure, kaizen_sheet(store, card_id)), paper)


def page_svg(store: Store, draw, paper: str) -> bytes:
    """The page `draw(figure)` draws, on `paper`, as SVG with its text as text."""
    import io

    import matplotlib

    from kaizen_board.reports import review

    figure = review.new_page(paper)
    with store.snapshot():  # the page's numbers, chart and lists all from one moment
        draw(figure)
    svg = io.BytesIO()
    # Text as SVG text, which Qt's SVG renderer draws with the system's fonts (it
    # cannot follow matplotlib's glyph references).
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure.savefig(svg, format="svg")
    return svg.getvalue()


def paint_page(printer: QPrinter, svg: bytes) -> None:
    """Draw the review's page on the printer's page, as vectors."""
    renderer = QSvgRenderer(QByteArray(svg))
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


def made_off_the_windows_thread(
    parent: QWidget, store: Store, make_svg, paper: str, label: str
) -> bytes:
    """`make_svg(store, paper)` on a thread of its own, with progress once it takes long."""

    def work(_task) -> bytes:
        try:
            return make_svg(store, paper)
        finally:
            store.database.close()  # that thread's connection only

    return run_in_background(parent, label, work, cancellable=False)


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    letter = paper_for_locale() == "letter"
    size = QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    return printer


def print_preview(
    parent: QWidget, controller: BoardController, week: IsoWeek
) -> QPrintPreviewDialog:
    """The print preview of the week's review (see `page_preview`)."""
    board_id = controller.board.id
    return page_preview(
        parent,
        controller,
        translate("Printing", "Weekly review {0}").format(week),
        lambda store, paper: review_svg(store, board_id, week, paper),
        translate("Printing", "Making the weekly review {0}…").format(week),
    )


def sheet_preview(
    parent: QWidget, controller: BoardController, card_id: int
) -> QPrintPreviewDialog:
    """The print preview of a card's kaizen sheet (see `page_preview`)."""
    return page_preview(
        parent,
        controller,
        translate("Printing", "Kaizen sheet of card #{0}").format(card_id),
        lambda store, paper: sheet_svg(store, card_id, paper),
        translate("Printing", "Making the kaizen sheet…"),
    )


def page_preview(
    parent: QWidget, controller: BoardController, title: str, make_svg, label: str
) -> QPrintPreviewDialog:
    """The print preview of a page `make_svg(store, paper)` makes, made again when the
    board changes (here or by another writer) while it is open, as every screen follows
    the broadcast."""
    store = controller.store
    printer = new_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer = printer  # a QPrinter is no QObject: kept alive with its dialog
    dialog.setWindowTitle(title)
    pages: dict[str, bytes] = {}  # by paper: the preview asks again as its page changes

    def paint(target: QPrinter) -> None:
        paper = paper_of(target)
        if paper not in pages:
            pages[paper] = made_off_the_windows_thread(parent, store, make_svg, paper, label)
        paint_page(target, pages[paper])

    def changed(_executed) -> None:
        pages.clear()
        dialog.findChild(QPrintPreviewWidget).updatePreview()

    dialog.paintRequested.connect(paint)
    controller.operation_did_execute.connect(changed)
    dialog.finished.connect(lambda _result: controller.operation_did_execute.disconnect(changed))
    return dialog


def ask_save_path(parent: QWidget, week: IsoWeek, suffix: str) -> str | None:
    kind = "PDF" if suffix == ".pdf" else "PNG"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Printing", "Save weekly review as {0}").format(kind),
        start_in(f"kaizen-review-{week}{suffix}"),
        f"{kind} (*{suffix})",
    )
    if not path:
        return None
    remember(path)
    return path if path.lower().endswith(suffix) else path + suffix


def print_review(window: MainWindow) -> None:
    """File > Print weekly review…."""
    from kaizen_board.ui.dialogs.week_dialog import ask_week

    week = ask_week(window, window.store.now())
    if week is not None:
        dialog = print_preview(window, window.controller, week)
        dialog.exec()
        dialog.deleteLater()


def print_sheet(window: MainWindow, card_id: int) -> None:
    """File > Print kaizen sheet…: the card's one page, in a print preview."""
    dialog = sheet_preview(window, window.controller, card_id)
    dialog.exec()
    dialog.deleteLater()


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
    store, board_id = window.store, window.controller.board.id
    label = translate("Printing", "Saving the weekly review {0}…").format(week)
    _save_off_the_windows_thread(
        window, label, path, lambda: save_review(store, board_id, week, path)
    )


def _save_off_the_windows_thread(window: MainWindow, label: str, path: str, save) -> None:
    """Run `save()` on a thread of its own (its own connection, closed after), then say
    where the file went, or what stopped it."""
    store = window.store

    def work(_task) -> None:
        try:
            save()
        finally:
            store.database.close()  # this thread's connection only

    try:
        run_in_background(window, label, work, cancellable=False)
    except KaizenError as error:
        window.show_error(str(error))
        return
    window.statusBar().showMessage(translate("Printing", "Saved {0}").format(path), 5000)


def save_sheet_as(window: MainWindow, card_id: int) -> None:
    """File > Save kaizen sheet of the card…: a PDF (or PNG) of the card's one page."""
    from kaizen_board.reports.sheet import save_sheet

    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("Printing", "Save kaizen sheet"),
        start_in(f"kaizen-sheet-{card_id}.pdf"),
        "PDF (*.pdf);;PNG (*.png)",
    )
    if not path:
        return
    remember(path)
    if not path.lower().endswith((".pdf", ".png")):
        path += ".pdf"
    store = window.store
    label = translate("Printing", "Saving the kaizen sheet…")
    _save_off_the_windows_thread(window, label, path, lambda: save_sheet(store, card_id, path))
