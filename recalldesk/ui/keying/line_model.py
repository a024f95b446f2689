"""Table model: the numbered lines of the open section, saved or not yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from recalldesk.core.records import LineMark
from recalldesk.core.rules import RULES, Severity, outline, worst_severity
from recalldesk.ops.queries import StoredLine
from recalldesk.ui.appearance import color
from recalldesk.wording import QT_TRANSLATE_NOOP, translate
from recalldesk.wording.say import finding_text, rule_title

Index = QModelIndex | QPersistentModelIndex

HEADERS = (
    QT_TRANSLATE_NOOP("SectionLinesModel", "Line"),
    QT_TRANSLATE_NOOP("SectionLinesModel", "Status"),
    QT_TRANSLATE_NOOP("SectionLinesModel", "Name"),
    QT_TRANSLATE_NOOP("SectionLinesModel", "Address"),
    QT_TRANSLATE_NOOP("SectionLinesModel", "Unit"),
    QT_TRANSLATE_NOOP("SectionLinesModel", "ZIP"),
    QT_TRANSLATE_NOOP("SectionLinesModel", "City"),
    QT_TRANSLATE_NOOP("SectionLinesModel", "Problems"),
)


# Grid column -> the keyed fields it shows (for tinting cells a finding points at).
_COLUMN_FIELDS = {
    2: ("first_name", "last_name"),
    3: ("street_number", "street_name"),
    4: ("unit",),
    5: ("zip_code",),
    6: ("city",),
    0: ("line_number",),
}
_TINTS = {Severity.ERROR: QColor(198, 40, 40, 60), Severity.WARNING: QColor(239, 108, 0, 60)}


def _status_color(severity: Severity) -> QColor:
    return QColor(color("error" if severity is Severity.ERROR else "warning"))


def status_words() -> dict[str, str]:
    """The grid's status words in the user's language (worded once per model)."""
    # A symbol as well as a colour: the colour hides under a selection, and not everyone
    # tells red from orange.
    return {
        "blank": translate("SectionLinesModel", "Saved · blank"),
        "struck": translate("SectionLinesModel", "Saved · struck"),
        "error": translate("SectionLinesModel", "✗ Saved · invalid"),
        "warning": translate("SectionLinesModel", "⚠ Saved · check"),
        "": translate("SectionLinesModel", "Saved ✓"),
        "void": translate("SectionLinesModel", "⚠ Saved · section at risk"),
        "central": translate("SectionLinesModel", "✗ Saved · duplicate (central)"),
    }


def status_text(
    stored: StoredLine | None, words: dict[str, str] | None = None, *, void: bool = False
) -> str:
    if stored is None:
        return ""
    words = words or status_words()
    mark = stored.line.mark
    if mark in (LineMark.BLANK, LineMark.STRUCK):
        return words[str(mark)]
    severity = worst_severity(stored.line.problems)
    if severity is None and void:
        return words["void"]
    return words[str(severity) if severity else ""]


class SectionLinesModel(QAbstractTableModel):
    """One row per line number 1..N (N = declared count, or more if keyed past it).

    DisplayRole is formatted text; UserRole is the line number (the row's key).
    """

    def __init__(self) -> None:
        super().__init__()
        self._rows = 0
        self._saved: dict[int, StoredLine] = {}
        self._central: dict[int, str] = {}
        self._words = status_words()
        self._void = False

    def set_lines(
        self,
        rows: int,
        saved: list[StoredLine],
        central: dict[int, str] | None = None,
        *,
        void: bool = False,
    ) -> None:
        """``central`` maps line numbers to the central office's decision about them;
        ``void`` says the section is void or at risk (no line on it is "✓")."""
        self.beginResetModel()
        self._rows = rows
        self._void = void
        self._central = dict(central or {})
        self._saved = {}
        for stored in saved:
            self._saved.setdefault(stored.line.line_number, stored)
        self.endResetModel()

    def saved(self, number: int) -> StoredLine | None:
        return self._saved.get(number)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        number = index.row() + 1
        stored = self._saved.get(number)
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return number
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._display(number, stored, column)
            if column == 7 and number in self._central:
                return f"{text}; {self._central[number]}".strip("; ")
            if column == 1 and stored is not None and number in self._central:
                return self._words["central"]
            return text
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and stored is not None:
            if number in self._central:
                return QBrush(_status_color(Severity.ERROR))
            severity = worst_severity(stored.line.problems)
            color = _status_color(severity) if severity else None
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and stored is not None and stored.line.problems:
            shown = outline(stored.line.problems)
            for field in _COLUMN_FIELDS.get(column, ()):
                if field in shown:
                    return QBrush(_TINTS[shown[field][0]])
            return None
        if role == Qt.ItemDataRole.ToolTipRole and stored is not None and stored.line.problems:
            return "\n".join(
                f"{finding_text(c, {})} ({c})" for c in stored.line.problems if c in RULES
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("SectionLinesModel", "Line {line}: {status}").format(
                line=number,
                status=status_text(stored, self._words, void=self._void)
                or translate("SectionLinesModel", "not keyed"),
            )
        return None

    def _display(self, number: int, stored: StoredLine | None, column: int) -> str:
        if column == 0:
            return str(number)
        if stored is None:
            return ""
        line = stored.line
        values = (
            str(number),
            status_text(stored, self._words, void=self._void),
            f"{line.first_name} {line.last_name}".strip(),
            f"{line.street_number} {line.street_name}".strip(),
            line.unit,
            line.zip_code,
            line.city,
            ", ".join(rule_title(code) for code in line.problems),
        )
        return values[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("SectionLinesModel", HEADERS[section])
        return None
