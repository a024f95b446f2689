"""The mapping dialog's preset picker: a saved layout, a guess, or "Save as preset…".

Signal ``chosen(object)``: the ColumnMapping of the preset picked, or None
when the user asks for the guess from the file's headers again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor
from recalldesk.core.voter_file import ColumnMapping
from recalldesk.ops import voter_presets
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.errors import show_error

GUESS, SAVE = "\x00guess", "\x00save"  # the list's two items that are not presets


class PresetsBox(QWidget):
    """Pick, save and delete presets; ``current`` gives the mapping a save would keep."""

    chosen = Signal(object)

    def __init__(
        self,
        ws: Workspace,
        actor: Actor,
        current: Callable[[], ColumnMapping],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.actor, self.current = ws, actor, current
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Preset"))
        self.combo.setMinimumWidth(230)
        self.delete = QPushButton(self.tr("De&lete preset"))
        label = QLabel(self.tr("&Preset:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.delete)
        self.combo.activated.connect(lambda _i: self._picked())
        self.combo.currentIndexChanged.connect(lambda _i: self._enable())
        self.delete.clicked.connect(self.delete_current)
        self.reload()

    def name(self) -> str | None:
        """The preset shown, or None (the guess)."""
        data = self.combo.currentData()
        return None if data in (GUESS, SAVE, None) else str(data)

    def mapping(self) -> ColumnMapping | None:
        name = self.name()
        return voter_presets.load(self.ws, name) if name is not None else None

    def reload(self, select: str | None = None) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Guessed from the file's headers"), GUESS)
        for found in voter_presets.presets(self.ws):
            text = found.name
            if found.built_in:
                text = self.tr("{name} (built in)").format(name=found.name)
            self.combo.addItem(text, found.name)
        self.combo.insertSeparator(self.combo.count())
        self.combo.addItem(self.tr("Save as preset…"), SAVE)
        self.combo.setCurrentIndex(max(0, self.combo.findData(select)) if select else 0)
        self.combo.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        # The built-in preset (just after the guess) is never deleted.
        self.delete.setEnabled(self.name() is not None and self.combo.currentIndex() > 1)

    def _picked(self) -> None:
        if self.combo.currentData() == SAVE:
            self.save_current()
            return
        self.chosen.emit(self.mapping())

    def save_current(self) -> None:
        """Ask a name and save the dialog's mapping under it (asking before replacing)."""
        mapping = self.current()
        self.reload(select=mapping.name or GUESS)  # the list leaves "Save as preset…"
        name, ok = QInputDialog.getText(
            self, self.tr("Save as preset"),
            self.tr("A name for this layout (the county, the extract):"),
        )  # fmt: skip
        name = " ".join(name.split())
        if not ok or not name:
            return
        taken = any(p.name == name for p in voter_presets.presets(self.ws))
        if taken and QMessageBox.question(
            self, self.tr("Replace the preset?"),
            self.tr("A preset named “{name}” is already saved. Replace it?").format(name=name),
        ) != QMessageBox.StandardButton.Yes:  # fmt: skip
            return
        try:
            saved = voter_presets.save_preset(self.ws, self.actor, name, mapping, replace=taken)
        except MessageError as error:
            show_error(self, error)
            return
        self.reload(select=saved.value.name)

    def delete_current(self) -> None:
        name = self.name()
        if name is None:
            return
        if QMessageBox.question(
            self, self.tr("Delete the preset?"),
            self.tr("Delete the preset “{name}”? Files already imported keep their mapping.")
            .format(name=name),
        ) != QMessageBox.StandardButton.Yes:  # fmt: skip
            return
        try:
            voter_presets.delete_preset(self.ws, self.actor, name)
        except MessageError as error:
            show_error(self, error)
            return
        self.reload()
