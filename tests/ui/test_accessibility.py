"""Every control a user can reach has a name a screen reader says, and every action
has an icon from one set that reads in light and dark themes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QIcon, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from kaizen_board import ops
from kaizen_board.ops.standards import Nudge
from kaizen_board.transfer.importer import import_board
from kaizen_board.ui import icon_set
from kaizen_board.ui.charts.charts_window import ChartsWindow
from kaizen_board.ui.dialogs.archive_dialog import ArchiveDialog
from kaizen_board.ui.dialogs.card_editor import CardEditor
from kaizen_board.ui.dialogs.csv_dialogs import ImportPreview
from kaizen_board.ui.dialogs.help_dialog import HelpDialog
from kaizen_board.ui.dialogs.open_dialog import OpenDialog
from kaizen_board.ui.dialogs.standard_dialog import StandardPrompt
from kaizen_board.ui.dialogs.team_dialog import TeamDialog
from kaizen_board.ui.dialogs.week_dialog import WeekDialog


def unnamed_controls(top: QWidget) -> list[str]:
    """The controls of `top` that take focus and that a screen reader could not name:
    no accessible name of their own, no label pointing at them (a buddy, as Qt's
    accessibility on Linux names a control by its label), no text of their own."""
    labelled = {label.buddy() for label in top.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in top.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(top):
            continue
        owner = widget.parentWidget()  # the line edit of an editable box, a spin box
        if (
            widget.focusProxy() is not None
            or widget in labelled
            or (owner is not None and owner.focusProxy() is widget and owner in labelled)
        ):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face else ""
        # A box's name on Linux is its value: only a label names it.
        if name and name != face.text(QAccessible.Text.Value):
            continue
        # A box in a table's cell: read with its row and column, and its own name.
        if widget.accessibleName() and isinstance(owner.parentWidget(), QAbstractItemView):
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} ({name!r})")
    return missing


def test_every_control_of_the_main_window_has_a_name(store, board, make_window):
    window = make_window(store, board)
    assert unnamed_controls(window) == []


def test_every_control_of_the_dialogs_has_a_name(qtbot, store, board, make_window, tmp_path):
    window = make_window(store, board)
    export = tmp_path / "from-trello.csv"
    export.write_text("title,list\nShadow board,Doing\n", encoding="utf-8")
    card_id = ops.add_card(store, board.id, "Shadow board").card_id
    missing = []
    for dialog in (
        CardEditor(window.controller, card_id, window),
        TeamDialog(window.controller, window),
        ArchiveDialog(window.controller, window),
        ChartsWindow(window.controller, window),
        OpenDialog(window),
        WeekDialog(date(2026, 12, 2), window),
        StandardPrompt({"title": "Torque", "standard": ""}, Nudge.NO_STANDARD, window),
        HelpDialog(window),
        ImportPreview(import_board(store, export, dry_run=True), window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        missing += [f"{type(dialog).__name__}: {control}" for control in unnamed_controls(dialog)]
        dialog.close()
    assert missing == []


def test_the_toolbar_buttons_show_icons_and_say_their_name_and_shortcut(store, board, make_window):
    window = make_window(store, board)
    buttons = [action for action in window.toolbar.actions() if action.text()]
    assert [action.text().replace("&", "") for action in buttons][:3] == [
        "New card",
        "Undo",
        "Redo",
    ]
    assert all(not action.icon().isNull() for action in buttons)
    assert "New card (Ctrl+N)" in [action.toolTip() for action in buttons]


def _ink(qapp, name: str, window_text: str) -> list[QColor]:
    """The colours an icon is drawn in, with the palette's text colour `window_text`."""
    palette = QPalette(qapp.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor(window_text))
    qapp.setPalette(palette)
    image = icon_set.icon(name).pixmap(32, 32).toImage()
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]


@pytest.fixture
def palette_kept(qapp):
    kept = QPalette(qapp.palette())
    yield
    qapp.setPalette(kept)


def test_shipped_icons_are_drawn_in_the_text_colour_of_light_and_dark_themes(qapp, palette_kept):
    for name in icon_set.ICONS:
        on_light = _ink(qapp, name, "#101010")
        on_dark = _ink(qapp, name, "#f0f0f0")
        assert on_light, name
        assert on_dark, name
        assert {colour.name() for colour in on_light} == {"#101010"}, name
        assert {colour.name() for colour in on_dark} == {"#f0f0f0"}, name


@pytest.fixture
def icon_theme(tmp_path):
    """A platform icon theme made on disk, with the icons `make(names)` is given."""
    kept = QIcon.themeSearchPaths(), QIcon.themeName()

    def make(names) -> None:
        folder = tmp_path / "icons" / "plant" / "scalable"
        folder.mkdir(parents=True, exist_ok=True)
        (tmp_path / "icons" / "plant" / "index.theme").write_text(
            "[Icon Theme]\nName=plant\nDirectories=scalable\n\n"
            "[scalable]\nSize=48\nMinSize=8\nMaxSize=512\nType=Scalable\n"
        )
        square = (
            '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4">'
            '<rect width="4" height="4"/></svg>'
        )
        for name in names:
            (folder / f"{name}.svg").write_text(square)
        QIcon.setThemeSearchPaths([str(tmp_path / "icons")])
        QIcon.setThemeName("plant")
        icon_set.theme_is_complete.cache_clear()

    yield make
    QIcon.setThemeSearchPaths(kept[0])
    QIcon.setThemeName(kept[1])
    icon_set.theme_is_complete.cache_clear()


def test_a_platform_theme_with_every_icon_is_used_for_all(qapp, icon_theme):
    icon_theme([theme for theme, _feather in icon_set.ICONS.values()])
    assert icon_set.theme_is_complete()
    assert icon_set.icon("undo").name() == "edit-undo"


def test_a_platform_theme_missing_one_icon_is_not_mixed_in(qapp, icon_theme, palette_kept):
    themed = [theme for theme, _feather in icon_set.ICONS.values()]
    icon_theme(themed[1:])
    assert not icon_set.theme_is_complete()
    assert icon_set.icon("undo").name() == ""  # the shipped set's, for every icon
    assert _ink(qapp, "undo", "#101010")


def test_a_disabled_icon_stands_apart_even_where_the_palette_has_no_disabled_colour(
    qapp, palette_kept
):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))  # every group
    qapp.setPalette(palette)
    undo = icon_set.icon("undo")
    enabled = undo.pixmap(32, 32).toImage()
    disabled = undo.pixmap(32, 32, QIcon.Mode.Disabled).toImage()
    most = max((enabled.pixelColor(x, y).alpha(), x, y) for x in range(32) for y in range(32))
    assert most[0] == 255
    assert disabled.pixelColor(most[1], most[2]).alpha() < 128
