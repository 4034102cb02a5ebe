"""The icons of menus and the toolbar: one consistent set.

The platform's icon theme is used when it has every icon the window shows (a desktop
with a full freedesktop theme, such as Breeze or Adwaita); otherwise every icon comes from
the Feather set shipped in `icons/feather` (MIT licence, beside the files), drawn in the
palette's text colour so that it reads in light and dark themes alike. Never a mix of
the two: a theme that lacks one of them is not used for any.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

DISABLED_OPACITY = 0.4
FEATHER = Path(__file__).with_name("icons") / "feather"

# What the window shows: our name -> (the freedesktop theme's name, Feather's file).
ICONS: dict[str, tuple[str, str]] = {
    "open": ("document-open", "folder"),
    "archive": ("folder-documents", "archive"),
    "restore": ("document-revert", "rotate-ccw"),
    "export": ("document-export", "share"),
    "import": ("document-import", "download"),
    "print": ("document-print", "printer"),
    "pdf": ("application-pdf", "file-text"),
    "png": ("image-x-generic", "image"),
    "save": ("document-save-as", "file"),
    "quit": ("application-exit", "log-out"),
    "undo": ("edit-undo", "corner-up-left"),
    "redo": ("edit-redo", "corner-up-right"),
    "new-card": ("list-add", "plus"),
    "find": ("edit-find", "search"),
    "charts": ("office-chart-bar", "bar-chart-2"),
    "zoom-in": ("zoom-in", "zoom-in"),
    "zoom-out": ("zoom-out", "zoom-out"),
    "full-screen": ("view-fullscreen", "maximize"),
    "open-card": ("document-edit", "edit-2"),
    "next": ("go-next", "arrow-right"),
    "previous": ("go-previous", "arrow-left"),
    "up": ("go-up", "arrow-up"),
    "down": ("go-down", "arrow-down"),
    "confirm": ("dialog-ok-apply", "check-circle"),
    "new-board": ("folder-new", "plus-square"),
    "rename": ("edit-rename", "edit-3"),
    "delete": ("edit-delete", "trash-2"),
    "team": ("system-users", "users"),
    "help": ("help-contents", "help-circle"),
    "sample": ("view-list-details", "layout"),
    "about": ("help-about", "info"),
    "menu": ("application-menu", "more-horizontal"),
}


def icon(name: str) -> QIcon:
    """The icon called `name` (a key of `ICONS`), from the theme or the shipped set."""
    theme_name, feather_name = ICONS[name]
    if theme_is_complete():
        return QIcon.fromTheme(theme_name)
    return QIcon(_TintedSvg(_svg(feather_name)))


@cache
def theme_is_complete() -> bool:
    """Whether the platform's icon theme has every icon of `ICONS` (asked once)."""
    return bool(QIcon.themeName()) and all(QIcon.hasThemeIcon(t) for t, _ in ICONS.values())


@cache
def _svg(feather_name: str) -> bytes:
    return (FEATHER / f"{feather_name}.svg").read_bytes()


class _TintedSvg(QIconEngine):
    """A line drawing (`stroke="currentColor"`) in the application palette's text colour,
    at any size (crisp at every scale factor), greyed when disabled."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self.svg = svg

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State):
        palette = QApplication.palette()
        colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
        if mode == QIcon.Mode.Disabled:
            greyed = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
            if greyed == colour:  # a palette without disabled colours: faded instead
                painter.setOpacity(DISABLED_OPACITY)
            colour = greyed
        renderer = QSvgRenderer(self.svg.replace(b"currentColor", colour.name().encode()))
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float):
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _TintedSvg(self.svg)
