"""`PicturesPanel`: a card's before and after photos in its editor.

Pictures come from a file ("Add from file…"), the clipboard (Paste, Ctrl+V) or a drop
of picture files or of an image onto the editor; each is added at once, as a change of
its own (undone with Ctrl+Z like any other), marked with the kind chosen. The list shows
the thumbnails, the one picked shown large beside it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kaizen_board import ops
from kaizen_board.errors import KaizenError
from kaizen_board.pictures import KINDS, limits_in_words, read_picture_file
from kaizen_board.ui.controller import BoardController
from kaizen_board.ui.folders import remember, start_in
from kaizen_board.ui.plain_text import plain_label
from kaizen_board.ui.text_input import local_moment

FILE_FILTER = "Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff)"


class PicturesPanel(QWidget):
    """The pictures of one card (see the module)."""

    def __init__(
        self, controller: BoardController, card_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.card_id = card_id
        self.kinds = {
            "before": self.tr("Before"),
            "after": self.tr("After"),
            "plain": self.tr("Picture"),
        }
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(120, 90))
        self.list.setGridSize(QSize(140, 130))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setAccessibleName(self.tr("Pictures of the card"))
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.large = plain_label(QLabel(self))
        self.large.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.large.setMinimumSize(260, 200)
        self.large.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.about = plain_label(QLabel(self))
        self.about.setWordWrap(True)

        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(self.kinds[kind], kind)
        self.kind.setAccessibleName(self.tr("Marked"))
        self.kind.activated.connect(self._mark_current)
        self.add_button = QPushButton(self.tr("&Add from file…"), self)
        self.add_button.clicked.connect(self.add_from_file)
        self.paste_button = QPushButton(self.tr("&Paste"), self)
        self.paste_button.clicked.connect(self.paste)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.remove_current)
        # Ctrl+V on this tab: in the editor's text fields it pastes text, as ever.
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Marked:"), self))
        buttons.addWidget(self.kind)
        buttons.addStretch(1)
        for button in (self.add_button, self.paste_button, self.remove_button):
            buttons.addWidget(button)
        hint = plain_label(
            QLabel(
                self.tr(
                    "Drop pictures here, paste one, or add one from a file; new ones are "
                    "marked as chosen above. {0}."
                ).format(limits_in_words()[:1].upper() + limits_in_words()[1:]),
                self,
            )
        )
        hint.setWordWrap(True)
        shown = QHBoxLayout()
        shown.addWidget(self.list, 1)
        side = QVBoxLayout()
        side.addWidget(self.large, 1)
        side.addWidget(self.about)
        shown.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(shown, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self.load()

    # Reading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read the card's pictures (again), keeping the one picked if it is still there."""
        store = self.controller.store
        current = self.current_id()
        self.pictures = {picture.id: picture for picture in ops.card_pictures(store, self.card_id)}
        self.list.clear()
        for picture in self.pictures.values():
            thumbnail = QPixmap()
            thumbnail.loadFromData(ops.picture_bytes(store, picture.id, thumbnail=True))
            item = QListWidgetItem(thumbnail, self.kinds[picture.kind], self.list)
            item.setData(Qt.ItemDataRole.UserRole, picture.id)
            item.setToolTip(picture.name)
            if picture.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        self._show_current()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _show_current(self) -> None:
        picture_id = self.current_id()
        self.remove_button.setEnabled(picture_id is not None)
        if picture_id is None or picture_id not in self.pictures:
            self.large.setPixmap(QPixmap())
            self.large.setText(self.tr("No pictures yet: a photo of before and of after"))
            self.about.clear()
            return
        picture = self.pictures[picture_id]
        self.kind.setCurrentIndex(max(self.kind.findData(picture.kind), 0))
        image = QPixmap()
        image.loadFromData(ops.picture_bytes(self.controller.store, picture_id))
        self._image = image
        self._fit()
        scaled = self.tr(", scaled down") if picture.scaled else ""
        self.about.setText(
            self.tr("{0}: {1} × {2}{3}; added {4} by {5}").format(
                self.kinds[picture.kind],
                picture.width,
                picture.height,
                scaled,
                local_moment(picture.added_at),
                picture.member or self.tr("someone"),
            )
            + (f" ({picture.name})" if picture.name else "")
        )

    def _fit(self) -> None:
        image = getattr(self, "_image", None)
        if image is not None and not image.isNull():
            self.large.setPixmap(
                image.scaled(
                    self.large.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    # Changing ------------------------------------------------------------------------

    def new_kind(self) -> str:
        return self.kind.currentData()

    def attach(self, data: bytes, name: str = "") -> bool:
        """Add a picture, marked as chosen; False (the window says why) if refused."""
        added = self.controller.attach_picture(self.card_id, data, self.new_kind(), name)
        if added:
            self.load()
            self.list.setCurrentRow(self.list.count() - 1)
        return added

    def add_from_file(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add pictures"), start_in(), self.tr(FILE_FILTER)
        )
        if names:
            remember(names[0])
        self.attach_files(names)

    def attach_files(self, names: list[str]) -> None:
        for name in names:
            try:
                data = read_picture_file(name)
            except KaizenError as error:
                self.controller.failed.emit(str(error))
                continue
            self.attach(data, Path(name).name)

    def paste(self) -> None:
        if not self.attach_mime(QGuiApplication.clipboard().mimeData()):
            self.controller.failed.emit(self.tr("The clipboard holds no picture to paste."))

    def attach_mime(self, mime: QMimeData | None) -> bool:
        """Add the pictures a paste or a drop holds (files, or an image); whether it held
        any."""
        if mime is None:
            return False
        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if files:
            self.attach_files(files)
            return True
        if mime.hasImage():
            image = QImage(mime.imageData())
            if image.isNull():
                return False
            array = QByteArray()
            target = QBuffer(array)
            target.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(target, "PNG")
            self.attach(bytes(array.data()), self.tr("pasted.png"))
            return True
        return False

    def _mark_current(self) -> None:
        picture_id = self.current_id()
        if picture_id is not None and self.pictures[picture_id].kind != self.new_kind():
            self.controller.mark_picture(picture_id, self.new_kind())
            self.load()

    def remove_current(self) -> None:
        picture_id = self.current_id()
        if picture_id is not None:
            self.controller.remove_picture(picture_id)
            self.load()
