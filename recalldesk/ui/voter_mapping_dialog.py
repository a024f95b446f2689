"""Say how a county voter file is laid out: which column holds each field, what its
status codes mean, and the day it was received.

The file's encoding and delimiter are detected and its first rows shown; each
field's column is guessed from the header (or taken from a saved preset) and
can be changed; a required field left unmapped, or a status code nobody said
the meaning of, is named in red (and with ⚠) and the dialog cannot be
accepted. The mapping can be saved as a named preset for the next file.
After ``exec()`` returns Accepted, :attr:`mapping`, :attr:`received_on` and
:attr:`path` say what to import.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor
from recalldesk.core.voter_file import FIELDS, REQUIRED_FIELDS, ColumnMapping, VoterStatus
from recalldesk.core.voter_guess import codes_in, guess_columns, guess_status
from recalldesk.ops import voter_presets
from recalldesk.ops.voter_preview import Preview, preview
from recalldesk.ops.workspace import Workspace
from recalldesk.ui.appearance import color
from recalldesk.ui.voter_presets_box import PresetsBox
from recalldesk.wording import QT_TRANSLATE_NOOP, say, translate

CONTEXT = "VoterMappingDialog"
FIELD_LABELS = {
    "voter_id": QT_TRANSLATE_NOOP(CONTEXT, "Voter id"),
    "first_name": QT_TRANSLATE_NOOP(CONTEXT, "First name"),
    "last_name": QT_TRANSLATE_NOOP(CONTEXT, "Last name"),
    "street_number": QT_TRANSLATE_NOOP(CONTEXT, "House number"),
    "street_name": QT_TRANSLATE_NOOP(CONTEXT, "Street name"),
    "zip": QT_TRANSLATE_NOOP(CONTEXT, "ZIP"),
    "middle_name": QT_TRANSLATE_NOOP(CONTEXT, "Middle name"),
    "name_suffix": QT_TRANSLATE_NOOP(CONTEXT, "Suffix (Jr, Sr)"),
    "number_fraction": QT_TRANSLATE_NOOP(CONTEXT, "House fraction (1/2)"),
    "street_pre": QT_TRANSLATE_NOOP(CONTEXT, "Street direction (N)"),
    "street_type": QT_TRANSLATE_NOOP(CONTEXT, "Street type (Ave)"),
    "street_post": QT_TRANSLATE_NOOP(CONTEXT, "Street post-direction"),
    "unit": QT_TRANSLATE_NOOP(CONTEXT, "Unit"),
    "city": QT_TRANSLATE_NOOP(CONTEXT, "City"),
    "status": QT_TRANSLATE_NOOP(CONTEXT, "Registration status"),
    "registered_on": QT_TRANSLATE_NOOP(CONTEXT, "Registration date"),
}
DELIMITERS = (
    ("\t", QT_TRANSLATE_NOOP(CONTEXT, "Tab")),
    (",", QT_TRANSLATE_NOOP(CONTEXT, "Comma")),
    ("|", QT_TRANSLATE_NOOP(CONTEXT, "Pipe (|)")),
)


def field_label(field: str) -> str:
    return translate(CONTEXT, FIELD_LABELS[field])


class VoterMappingDialog(QDialog):
    """Pick a voter file and say how it is laid out (see the module's docstring)."""

    def __init__(
        self, ws: Workspace, actor: Actor, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a voter file: columns"))
        self.ws, self.actor = ws, actor
        self.seen: Preview | None = None
        self.mapping: ColumnMapping | None = None
        self.path: Path | None = None
        self.received_on = date.today()
        self.base_statuses: dict[str, VoterStatus] = {}  # the chosen preset's, beyond the rows
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setAccessibleName(self.tr("Voter file"))
        self.choose = QPushButton(self.tr("C&hoose file…"))
        self.info = QLabel()
        self.info.setAccessibleName(self.tr("The file's encoding, delimiter and size"))
        self.delimiter = QComboBox()
        self.delimiter.setAccessibleName(self.tr("Delimiter"))
        for value, text in DELIMITERS:
            self.delimiter.addItem(translate(CONTEXT, text), value)
        self.presets = PresetsBox(ws, actor, self.current_mapping)
        self.columns: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for n, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setAccessibleName(field_label(field))
            combo.currentIndexChanged.connect(lambda _i, f=field: self._column_changed(f))
            text = self.tr("{field} *:") if field in REQUIRED_FIELDS else self.tr("{field}:")
            label = QLabel(text.format(field=field_label(field)))
            label.setBuddy(combo)
            row, column = n % 8, (n // 8) * 2
            grid.addWidget(label, row, column)
            grid.addWidget(combo, row, column + 1)
            self.columns[field] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        columns_box = QGroupBox(self.tr("Columns (* required)"))
        columns_box.setLayout(grid)
        self.statuses: dict[str, QComboBox] = {}
        self.status_grid = QGridLayout()
        self.status_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.status_box = QGroupBox(self.tr("Status codes in the first rows"))
        self.status_box.setLayout(self.status_grid)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("The file's first rows"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setTabKeyNavigation(False)  # Tab leaves the preview for the date
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("MM/dd/yyyy")
        self.received.setAccessibleName(self.tr("Day the file was received from the registrar"))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {color('error')}; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("What is missing"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Import"))

        top = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.choose)
        top.addWidget(file_label)
        top.addWidget(self.file, 1)
        top.addWidget(self.choose)
        second = QHBoxLayout()
        second.addWidget(self.info, 1)
        delimiter_label = QLabel(self.tr("&Delimiter:"))
        delimiter_label.setBuddy(self.delimiter)
        second.addWidget(delimiter_label)
        second.addWidget(self.delimiter)
        second.addSpacing(12)
        second.addWidget(self.presets)
        middle = QHBoxLayout()
        middle.addWidget(columns_box, 4)
        middle.addWidget(self.status_box, 1)
        bottom = QHBoxLayout()
        received_label = QLabel(self.tr("&Received on:"))
        received_label.setBuddy(self.received)
        bottom.addWidget(received_label)
        bottom.addWidget(self.received)
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addLayout(middle)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.choose.clicked.connect(self.choose_file)
        self.delimiter.currentIndexChanged.connect(lambda _i: self._delimiter_changed())
        self.presets.chosen.connect(self._preset_chosen)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(1100, 720)
        if path is not None:
            self.load_file(path)
        else:
            self.validate()
        self.choose.setFocus()

    # ----- the file ---------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("The county's voter file"), "",
            self.tr("Delimited text (*.txt *.tsv *.csv *.tab *.psv);;All files (*)"),
        )  # fmt: skip
        if name and self.load_file(Path(name)):
            # On to the next step: Enter imports (or Tab back to check the columns);
            # left on "Choose file…", Enter would open the chooser again.
            (self.ok if self.ok.isEnabled() else self.columns[FIELDS[0]]).setFocus()

    def load_file(self, path: Path, *, fitting: bool = True) -> bool:
        """Read the file's first rows and map its columns: by the preset chosen, else (with
        ``fitting``) by a preset whose every column the file has, else guessed."""
        if not self._read(path, None):
            return False
        assert self.seen is not None
        if fitting and self.presets.name() is None:
            fits = self._fitting_preset()
            if fits is not None:
                self.presets.reload(select=fits)
        preset = self.presets.mapping()
        if preset is not None:
            self.apply_mapping(preset)
        else:
            self.set_columns(guess_columns(self.seen.header))
        return True

    def _read(self, path: Path, delimiter: str | None) -> bool:
        """The file's first rows, read with ``delimiter`` (None: detected); or why not."""
        try:
            seen = preview(path, delimiter=delimiter)
        except MessageError as error:
            self.seen = None
            self.file.setText(str(path))
            self.info.setText("")
            self._fill_table()
            self.error.setText(
                self.tr("⚠ {name}: {why}").format(name=Path(path).name, why=say(error.message))
            )
            self.ok.setEnabled(False)
            return False
        self.seen = seen
        self.file.setText(str(seen.path))
        self.delimiter.blockSignals(True)
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(seen.delimiter)))
        self.delimiter.blockSignals(False)
        self.info.setText(
            self.tr("{encoding} · {columns} columns · {size}").format(
                encoding="UTF-8" if seen.encoding == "utf-8" else "Windows-1252",
                columns=len(seen.header), size=file_size(seen.size),
            )
        )  # fmt: skip
        for combo in self.columns.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), "")
            for header in seen.header:
                if header.strip():
                    combo.addItem(header, header)
            combo.blockSignals(False)
        return True

    def _fitting_preset(self) -> str | None:
        """A saved preset (else the built-in one) naming only columns this file has."""
        assert self.seen is not None
        have = {h.strip().casefold() for h in self.seen.header}
        found = voter_presets.presets(self.ws)
        for preset in [*found[1:], found[0]]:
            wanted = {c.strip().casefold() for c in preset.mapping.columns.values() if c}
            if wanted and wanted <= have:
                return preset.name
        return None

    def _delimiter_changed(self) -> None:
        if self.seen is not None:
            kept = self.current_columns()
            if self._read(self.seen.path, self.delimiter.currentData()):
                self.set_columns(kept)

    def _find(self, header: str) -> int:
        """The index of ``header`` in the column combo boxes (case and spaces aside)."""
        wanted = header.strip().casefold()
        combo = self.columns[FIELDS[0]]
        for index in range(1, combo.count()):
            if str(combo.itemData(index)).strip().casefold() == wanted:
                return index
        return 0

    def _fill_table(self) -> None:
        seen = self.seen
        self.table.clear()
        self.table.setRowCount(len(seen.rows) if seen else 0)
        self.table.setColumnCount(len(seen.header) if seen else 0)
        if seen is None:
            return
        used = {column: field for field, column in self.current_columns().items()}
        self.table.setHorizontalHeaderLabels(
            [f"{h}\n→ {field_label(used[h])}" if h in used else h for h in seen.header]
        )
        for r, values in enumerate(seen.rows):
            for c, value in enumerate(values[: len(seen.header)]):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    # ----- the mapping ------------------------------------------------------------------

    def current_columns(self) -> dict[str, str]:
        return {f: str(c.currentData()) for f, c in self.columns.items() if c.currentData()}

    def set_columns(self, columns: dict[str, str]) -> None:
        for field, combo in self.columns.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(self._find(columns[field]) if columns.get(field) else 0)
            combo.blockSignals(False)
        self._fill_statuses()
        self._fill_table()
        self.validate()

    def apply_mapping(self, mapping: ColumnMapping) -> None:
        self.base_statuses = dict(mapping.statuses)
        seen = self.seen
        # Read again with the preset's delimiter (or the detected one, when it names none).
        if seen is not None and not self._read(seen.path, mapping.delimiter or None):
            return
        self.set_columns(mapping.columns)

    def _column_changed(self, field: str) -> None:
        if field == "status":
            self._fill_statuses()
        self._fill_table()
        self.validate()

    def _fill_statuses(self) -> None:
        while self.status_grid.count():
            item = self.status_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.statuses = {}
        seen, column = self.seen, self.columns["status"].currentData()
        if seen is None or not column:
            note = QLabel(self.tr("No status column: every voter is taken as active."))
            note.setWordWrap(True)
            self.status_grid.addWidget(note, 0, 0, 1, 2)
            return
        codes = sorted(codes_in(seen.rows, seen.header.index(column)), key=str.casefold)
        for row, code in enumerate(codes):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What status code {code} means").format(code=code))
            combo.addItem(self.tr("— choose —"), "")
            for status, text in ((VoterStatus.ACTIVE, self.tr("active")),
                                 (VoterStatus.INACTIVE, self.tr("inactive (still registered)")),
                                 (VoterStatus.CANCELED, self.tr("canceled"))):  # fmt: skip
                combo.addItem(text, status.value)
            base = self.base_statuses
            known = base.get(code) or base.get(code.upper()) or guess_status(code)
            combo.setCurrentIndex(max(0, combo.findData(known.value)) if known else 0)
            combo.currentIndexChanged.connect(lambda _i: self.validate())
            label = QLabel(f"“{code}”")
            label.setBuddy(combo)
            self.status_grid.addWidget(label, row, 0)
            self.status_grid.addWidget(combo, row, 1)
            self.statuses[code] = combo
        chain = [self.columns[FIELDS[-1]], *self.statuses.values(), self.table]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def current_mapping(self) -> ColumnMapping:
        statuses = dict(self.base_statuses)
        for code, combo in self.statuses.items():
            if combo.currentData():
                statuses[code] = VoterStatus(combo.currentData())
        delimiter = self.seen.delimiter if self.seen is not None else ""
        mapping = ColumnMapping("", self.current_columns(), statuses, delimiter)
        chosen = self.presets.mapping()
        if chosen is not None and chosen.columns == mapping.columns:
            return replace(mapping, name=chosen.name)
        return mapping

    def problems(self) -> list[str]:
        """What keeps the mapping from being used, in words (empty: it can be)."""
        if self.seen is None:
            return [self.tr("Choose the county's voter file.")] if not self.file.text() else []
        out = []
        missing = [field_label(f) for f in REQUIRED_FIELDS if not self.columns[f].currentData()]
        if missing:
            out.append(self.tr("Choose a column for {fields}.").format(fields=", ".join(missing)))
        unknown = [code for code, combo in self.statuses.items() if not combo.currentData()]
        if unknown:
            out.append(
                self.tr("Say what status code {codes} means.").format(
                    codes=", ".join(f"“{c}”" for c in unknown)
                )
            )
        return out

    def validate(self) -> bool:
        problems = self.problems()
        if self.seen is not None or not self.file.text():
            self.error.setText(" ".join(["⚠", *problems]) if problems else "")
        self.ok.setEnabled(self.seen is not None and not problems)
        return not problems

    def _preset_chosen(self, mapping: ColumnMapping | None) -> None:
        if mapping is not None:
            self.apply_mapping(mapping)
        elif self.seen is not None:
            self.base_statuses = {}
            self.load_file(self.seen.path, fitting=False)  # its own delimiter, and the guess

    # ----- the answer -------------------------------------------------------------------

    def accept(self) -> None:
        if self.seen is None or not self.validate():
            return
        self.mapping = self.current_mapping()
        self.path = self.seen.path
        day = self.received.date()
        self.received_on = date(day.year(), day.month(), day.day())
        super().accept()


def file_size(size: int) -> str:
    if size >= 1 << 20:
        return translate(CONTEXT, "{n} MB").format(n=f"{size / (1 << 20):,.1f}")
    if size >= 1 << 10:
        return translate(CONTEXT, "{n} KB").format(n=f"{size / (1 << 10):,.1f}")
    return translate(CONTEXT, "%Ln byte(s)", None, size)
