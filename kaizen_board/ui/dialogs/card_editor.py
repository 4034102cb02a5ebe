"""`CardEditor`: every field of a card, its standard (its earlier versions, and who on
the team works to it: step 2, confirmed here), its pictures, its history."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kaizen_board import ops
from kaizen_board.errors import Conflict, InvalidInput, KaizenError
from kaizen_board.ops.fields import TITLE_MAX, Impact, clean_title, tags_for_editing
from kaizen_board.ops.history import detail_in_words, what_happened
from kaizen_board.stages import Stage
from kaizen_board.translation import QT_TRANSLATE_NOOP, english_plural, translate
from kaizen_board.ui.controller import BoardController
from kaizen_board.ui.dialogs.pictures_panel import PicturesPanel
from kaizen_board.ui.plain_text import capitalized, plain_label
from kaizen_board.ui.text_input import (
    follow_text_direction,
    guard_composition,
    local_moment,
    local_number,
)

ERROR_STYLE = "color: palette(highlighted-text); background: rgba(220, 40, 40, 0.75);"


class CardEditor(QDialog):
    """Edit one card. OK saves through the controller (so it can be undone); a value the
    core refuses is shown in place with its reason, and the dialog stays open.

    Attributes:
        card_id: the card edited.
        version: the card's version when it was read, to detect edits made elsewhere.
    """

    def __init__(
        self, controller: BoardController, card_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.card_id = card_id
        self.setWindowTitle(self.tr("Card #{0}").format(card_id))
        self.resize(760, 560)

        self.title = QLineEdit(self)
        self.title.setMaxLength(TITLE_MAX + 50)  # long enough to be told it is too long
        self.title.setAccessibleName(self.tr("Title"))
        self.description = QPlainTextEdit(self)
        self.owner = self._member_box()
        self.submitted_by = self._member_box()
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. 5S, safety"))
        self.impact = QComboBox(self)
        self.impact.addItem(self.tr("(none)"), None)
        for impact in Impact:
            self.impact.addItem(translate("CardEditor", IMPACT_NAMES[impact]), impact.value)
        self.impact_note = QLineEdit(self)
        self.about = plain_label(QLabel(self))
        self.error = plain_label(QLabel(self))
        self.error.setObjectName("editor-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&Submitted by:"), self.submitted_by)
        form.addRow(self.tr("Ta&gs:"), self.tags)
        form.addRow(self.tr("&Impact:"), self.impact)
        form.addRow(self.tr("Impact &note:"), self.impact_note)
        form.addRow("", self.about)
        card_tab = QWidget(self)
        card_tab.setLayout(form)

        self.standard = QPlainTextEdit(self)
        self.standard.setAccessibleName(self.tr("Standard now"))
        self.revisions = QListWidget(self)
        self.revisions.setAccessibleName(self.tr("Earlier versions of the standard"))
        self.revision_text = QPlainTextEdit(self)
        self.revision_text.setReadOnly(True)
        self.revision_text.setPlaceholderText(
            self.tr(
                "Each change of the standard keeps the text it replaced here; "
                "pick one above to compare it with the standard now."
            )
        )
        self.revisions.currentRowChanged.connect(self._show_revision)
        earlier = QWidget(self)
        earlier_layout = QVBoxLayout(earlier)
        earlier_layout.setContentsMargins(0, 0, 0, 0)
        earlier_layout.addWidget(QLabel(self.tr("Earlier versions:"), self))
        earlier_layout.addWidget(self.revisions, 1)
        earlier_layout.addWidget(self.revision_text, 2)
        now = QWidget(self)
        now_layout = QVBoxLayout(now)
        now_layout.setContentsMargins(0, 0, 0, 0)
        now_layout.addWidget(QLabel(self.tr("The standard now (how the work is done):"), self))
        now_layout.addWidget(self.standard)
        self.confirmations = plain_label(QLabel(self))
        self.confirmations.setWordWrap(True)
        self.confirmations.setObjectName("confirmations")
        self.confirm_button = QPushButton(self.tr("I &work to this standard"), self)
        self.confirm_button.setToolTip(
            self.tr(
                "Step 2: confirm you work to this version of the standard (Ctrl+K on the board)"
            )
        )
        self.confirm_button.clicked.connect(self.confirm)
        confirming = QHBoxLayout()
        confirming.addWidget(self.confirmations, 1)
        confirming.addWidget(self.confirm_button)
        now_layout.addLayout(confirming)
        standard_tab = QSplitter(self)
        standard_tab.addWidget(earlier)
        standard_tab.addWidget(now)

        self.history = QTreeWidget(self)
        self.history.setHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Details")]
        )
        self.history.setRootIsDecorated(False)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(card_tab, self.tr("&Card"))
        self.tabs.addTab(standard_tab, self.tr("&Standard"))
        self.pictures = PicturesPanel(controller, card_id, self)
        self.tabs.addTab(self.pictures, self.tr("&Pictures"))
        self.tabs.addTab(self.history, self.tr("&History"))
        self.setAcceptDrops(True)  # pictures dropped anywhere on the editor
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.conflict = ConflictPanel(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.conflict)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._check_title)
        # Enter confirming an input method's conversion does not press OK.
        guard_composition(self.title, self.owner, self.submitted_by, self.tags, self.impact_note)
        # Arabic or Hebrew from the right (line edits do so by themselves).
        for field in (self.description, self.standard, self.revision_text):
            follow_text_direction(field)
        self.load()
        controller.operation_did_execute.connect(self._on_operation)

    def _on_operation(self, executed) -> None:
        """A change here or elsewhere (a confirmation, a picture, an undo): what is done
        at once, not by OK, is read again; the fields being edited are left alone."""
        if executed.everything or self.card_id in executed.card_ids:
            with self.controller.reading():
                self._load_confirmations(ops.card_details(self.controller.store, self.card_id))
                self.pictures.load()
                self._load_history()

    def confirm(self) -> None:
        """Step 2: the member at the keyboard works to this version of the standard."""
        if self.standard.toPlainText() != self._loaded["standard"]:
            self._show_error(
                self.tr("Save the new standard (OK) first: a confirmation is of the one saved.")
            )
            return
        self.controller.confirm([self.card_id], {self.card_id: self.version})

    def _load_confirmations(self, card: dict[str, Any]) -> None:
        if not card["standard"].strip():
            self.confirmations.setText(self.tr("No standard written yet: nothing to confirm."))
            self.confirm_button.setEnabled(False)
            return
        confirmations = ops.confirmations_of(self.controller.store, card)
        self.confirmations.setText(
            self.tr("Version {0}: {1}/{2} on standard. Confirmed by: {3}. Not yet: {4}.").format(
                local_number(confirmations.version),
                local_number(len(confirmations.confirmed)),
                local_number(confirmations.team),
                ", ".join(confirmations.confirmed) or self.tr("no one"),
                ", ".join(confirmations.missing) or self.tr("no one"),
            )
        )
        self.confirm_button.setEnabled(self.controller.read_only is None)

    def dragEnterEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasImage() or any(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.tabs.setCurrentWidget(self.pictures)
        if self.pictures.attach_mime(event.mimeData()):
            event.acceptProposedAction()

    def _member_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(True)
        box.addItem("")
        box.addItems(ops.member_names(self.controller.store))
        return box

    def load(self) -> None:
        """Read the card (again) from the database into the fields."""
        store = self.controller.store
        card = ops.card_details(store, self.card_id)
        self.version = card["version"]
        self._loaded = card
        self.title.setText(card["title"])
        self.description.setPlainText(card["description"])
        self.owner.setCurrentText(card["owner"] or "")
        self.submitted_by.setCurrentText(card["submitted_by"] or "")
        self.tags.setText(tags_for_editing(card["tags"]))
        self.impact.setCurrentIndex(max(self.impact.findData(card["impact_category"]), 0))
        self.impact_note.setText(card["impact_note"])
        self.standard.setPlainText(card["standard"])
        stage: Stage = card["stage"]
        improvements = card["improvements"]
        self.about.setText(
            english_plural(
                self.tr("{0}, lap {1}; %n improvement(s); created {2}", "", improvements),
                improvements,
            ).format(
                stage.title,
                local_number(card["lap"]),
                local_moment(card["created_at"]),
            )
        )
        self.revisions.clear()
        self._revision_texts = []
        for replaced_at, lap, text in ops.standard_revisions(store, self.card_id):
            self.revisions.addItem(
                self.tr("until {0} (lap {1})").format(local_moment(replaced_at), local_number(lap))
            )
            self._revision_texts.append(text)
        self.revision_text.clear()
        self._load_confirmations(card)
        self._load_history()

    def _load_history(self) -> None:
        self.history.clear()
        for line in ops.card_history(self.controller.store, self.card_id):
            item = QTreeWidgetItem(
                [
                    local_moment(line.at),
                    what_happened(line),
                    line.member or "",
                    detail_in_words(line.detail),
                ]
            )
            self.history.addTopLevelItem(item)
        for column in range(3):
            self.history.resizeColumnToContents(column)

    def _show_revision(self, row: int) -> None:
        if 0 <= row < len(self._revision_texts):
            self.revision_text.setPlainText(self._revision_texts[row])

    def _check_title(self, text: str) -> None:
        try:
            clean_title(text)
        except InvalidInput as error:
            self._show_error(capitalized(str(error)))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        else:
            self.error.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def values(self) -> dict[str, Any]:
        """Every editable field as the editor shows it now."""
        return {
            "title": self.title.text(),
            "description": self.description.toPlainText(),
            "standard": self.standard.toPlainText(),
            "owner": self.owner.currentText().strip() or None,
            "submitted_by": self.submitted_by.currentText().strip() or None,
            "tags": self.tags.text(),
            "impact_category": self.impact.currentData(),
            "impact_note": self.impact_note.text(),
        }

    def _set_value(self, name: str, value: Any) -> None:
        widget = getattr(self, name)
        if name in ("description", "standard"):
            widget.setPlainText(value)
        elif name in ("owner", "submitted_by"):
            widget.setCurrentText(value or "")
        elif name == "impact_category":
            self.impact.setCurrentIndex(max(self.impact.findData(value), 0))
        else:
            widget.setText(value)

    def changed_fields(self) -> dict[str, Any]:
        shown = _as_shown(self._loaded)
        return {name: value for name, value in self.values().items() if value != shown[name]}

    def accept(self) -> None:
        fields = self.changed_fields()
        if not fields:
            super().accept()
            return
        try:
            self.controller.edit(self.card_id, self.version, fields)
        except Conflict:
            self._merge_changes_made_elsewhere()
            return
        except KaizenError as error:  # a value refused: say why, keep what was typed
            self._show_error(capitalized(str(error)))
            return
        super().accept()

    def reject(self) -> None:
        """Esc or Cancel: with changes typed and not saved, asks first (save them, throw
        them away, or go on editing)."""
        if not self.changed_fields():
            super().reject()
            return
        answer = ask_to_save(self)
        if answer == QMessageBox.StandardButton.Save:
            self.accept()
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()

    def _merge_changes_made_elsewhere(self) -> None:
        """The card was changed elsewhere while it was edited here. Nothing typed is lost:
        fields changed only there take the stored value, fields changed only here keep
        what was typed, and fields changed in both places keep what was typed, with the
        stored text shown beside it and a button to take that instead. OK then saves."""
        original = _as_shown(self._loaded)
        typed = self.values()
        stored_card = ops.card_details(self.controller.store, self.card_id)
        stored = _as_shown(stored_card)
        clashes = {}
        for name, value in stored.items():
            if value == original[name] or value == typed[name]:
                continue
            if typed[name] == original[name]:
                self._set_value(name, value)  # changed there only: take theirs
            else:
                clashes[name] = value
        self._loaded, self.version = stored_card, stored_card["version"]
        self.conflict.show_clashes(clashes)
        if not clashes:
            self._show_error(
                self.tr(
                    "This card was changed elsewhere while you edited it. Their changes are "
                    "now in the fields, and yours are kept; press OK to save."
                )
            )

    def _take_theirs(self, name: str, value: Any) -> None:
        self._set_value(name, value)


def ask_to_save(editor: QWidget) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel: what to do with the changes typed in a closing editor."""
    return QMessageBox.question(
        editor,
        translate("CardEditor", "Unsaved changes"),
        translate("CardEditor", "You changed this card. Save your changes?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


class ConflictPanel(QWidget):
    """Shows, for each field changed both here and elsewhere, the stored text beside what
    was typed, with a button to take the stored one.

    Attributes:
        editor: the card editor it belongs to.
        clashes: field name to the value stored elsewhere.
    """

    def __init__(self, editor: CardEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.clashes: dict[str, Any] = {}
        self.setObjectName("editor-conflict")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def show_clashes(self, clashes: dict[str, Any]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.clashes = dict(clashes)
        if not clashes:
            self.hide()
            return
        heading = QLabel(
            self.tr(
                "This card was changed elsewhere while you edited it. Your text is kept in "
                "the fields; the version stored now is below. Press OK to save yours, or "
                "take theirs field by field."
            ),
            self,
        )
        heading.setWordWrap(True)
        heading.setStyleSheet(ERROR_STYLE)
        self._layout.addWidget(heading)
        for name, value in clashes.items():
            row = QHBoxLayout()
            theirs = QPlainTextEdit(self)
            theirs.setObjectName(f"theirs-{name}")
            theirs.setReadOnly(True)
            theirs.setPlainText("" if value is None else str(value))
            theirs.setMaximumHeight(70)
            follow_text_direction(theirs)
            label = QLabel(
                self.tr("{0} stored now:").format(
                    translate("ConflictPanel", FIELD_NAMES.get(name, name))
                ),
                self,
            )
            take = QPushButton(self.tr("Use this"), self)
            take.setObjectName(f"take-{name}")
            take.clicked.connect(lambda _=False, n=name, v=value: self._take(n, v))
            row.addWidget(label)
            row.addWidget(theirs, 1)
            row.addWidget(take)
            self._layout.addLayout(row)
        self.show()

    def _take(self, name: str, value: Any) -> None:
        self.editor._take_theirs(name, value)
        self.clashes.pop(name, None)
        button = self.findChild(QPushButton, f"take-{name}")
        if button is not None:
            button.setEnabled(False)
            button.setText(self.tr("Taken"))


FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("ConflictPanel", "Title"),
    "description": QT_TRANSLATE_NOOP("ConflictPanel", "Description"),
    "standard": QT_TRANSLATE_NOOP("ConflictPanel", "Standard"),
    "owner": QT_TRANSLATE_NOOP("ConflictPanel", "Owner"),
    "submitted_by": QT_TRANSLATE_NOOP("ConflictPanel", "Submitted by"),
    "tags": QT_TRANSLATE_NOOP("ConflictPanel", "Tags"),
    "impact_category": QT_TRANSLATE_NOOP("ConflictPanel", "Impact"),
    "impact_note": QT_TRANSLATE_NOOP("ConflictPanel", "Impact note"),
}
# The impact categories as the editor's list names them (the values are data).
IMPACT_NAMES = {
    Impact.MONEY: QT_TRANSLATE_NOOP("CardEditor", "money"),
    Impact.TIME: QT_TRANSLATE_NOOP("CardEditor", "time"),
    Impact.QUALITY: QT_TRANSLATE_NOOP("CardEditor", "quality"),
    Impact.SAFETY: QT_TRANSLATE_NOOP("CardEditor", "safety"),
}


def _as_shown(card: dict[str, Any]) -> dict[str, Any]:
    """A stored card's editable fields as the editor shows them."""
    return {
        "title": card["title"],
        "description": card["description"],
        "standard": card["standard"],
        "owner": card["owner"] or None,
        "submitted_by": card["submitted_by"] or None,
        "tags": tags_for_editing(card["tags"]),
        "impact_category": card["impact_category"],
        "impact_note": card["impact_note"],
    }
