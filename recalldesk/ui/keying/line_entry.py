"""The entry bar: one signature line, keyed heads-down without the mouse.

Enter or Tab moves to the next field; on the last field it accepts the line.
Shift+Tab goes back, Esc clears what was typed. City and ZIP carry forward
from the line above; typing a ZIP fills the city (only while the city is one
the volunteer has not typed), and the city completes inline from the county's
ZIP list. A carried value is confirmed by the Enter/Tab that moves on; an inline
completion is only a suggestion until the volunteer takes it with End or Right,
so nothing the volunteer did not confirm is ever saved.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from recalldesk.core.records import LineMark, SignatureLine
from recalldesk.core.zipdata import ZipTable, normalize_zip
from recalldesk.ui.appearance import color
from recalldesk.ui.keying.inline import InlineCompletion
from recalldesk.wording import QT_TRANSLATE_NOOP

# (attribute, label, accessible name, stretch) in keying order: the paper's order,
# except the ZIP comes before the city so typing it can fill the city.
FIELDS = (
    ("first_name", QT_TRANSLATE_NOOP("LineEntry", "Fi&rst name"),
     QT_TRANSLATE_NOOP("LineEntry", "Signer's first name"), 3),
    ("last_name", QT_TRANSLATE_NOOP("LineEntry", "L&ast name"),
     QT_TRANSLATE_NOOP("LineEntry", "Signer's last name"), 3),
    ("street_number", QT_TRANSLATE_NOOP("LineEntry", "N&o."),
     QT_TRANSLATE_NOOP("LineEntry", "Street number"), 1),
    ("street_name", QT_TRANSLATE_NOOP("LineEntry", "&Street"),
     QT_TRANSLATE_NOOP("LineEntry", "Street name"), 4),
    ("unit", QT_TRANSLATE_NOOP("LineEntry", "&Unit"),
     QT_TRANSLATE_NOOP("LineEntry", "Unit or apartment"), 1),
    ("zip_code", QT_TRANSLATE_NOOP("LineEntry", "&ZIP"),
     QT_TRANSLATE_NOOP("LineEntry", "ZIP code"), 1),
    ("city", QT_TRANSLATE_NOOP("LineEntry", "Cit&y"),
     QT_TRANSLATE_NOOP("LineEntry", "City or community"), 3),
)  # fmt: skip
FIELD_NAMES = tuple(f[0] for f in FIELDS)
OUTLINE = "QLineEdit { border: 2px solid %s; }"
REMEMBERED = ("first_name", "last_name", "street_name")
MAX_REMEMBERED = 5000


def _chord(event: QKeyEvent) -> str:
    """``"Ctrl+K"`` for a key event, as QKeySequence spells it."""
    return QKeySequence(event.keyCombination()).toString()


class LineEntry(QWidget):
    """Signals: ``submitted(SignatureLine)`` when the line is accepted;
    ``navigate(int)`` for Ctrl+Up/Down (previous/next line); ``changed()`` on typing;
    ``leave()`` when Esc is pressed on a saved line loaded for editing."""

    submitted = Signal(object)
    navigate = Signal(int)
    changed = Signal()
    leave = Signal()  # Esc on a saved line: back to keying, the saved line untouched

    def __init__(self, zips: ZipTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zips = zips
        self.number = 1
        self.fields: dict[str, QLineEdit] = {}
        # Window shortcuts that must win over a QLineEdit's own bindings (Ctrl+K is
        # "delete to end of line" on some platforms, for instance).
        self.pass_through: set[str] = set()
        self._city_auto = True  # the city holds a carried or ZIP-filled value, not a typed one
        self._pristine = True  # nothing typed since the line was loaded
        self.editing = False  # a saved line is loaded (changes to it are edits)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.line_label = QLabel()
        self.line_label.setAccessibleName(self.tr("Line being keyed"))
        font = self.line_label.font()
        font.setBold(True)
        self.line_label.setFont(font)
        # Wide enough for "Line 9999": the fields never shift as numbers grow.
        self.line_label.setMinimumWidth(
            self.line_label.fontMetrics().horizontalAdvance(
                self.tr("Line {line}").format(line=9999)
            )
            + 8
        )
        grid.addWidget(self.line_label, 1, 0)
        for column, (name, label, accessible, stretch) in enumerate(FIELDS, start=1):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setAccessibleName(self.tr(accessible))
            edit.setAccessibleDescription(
                self.tr("As written on the paper. Tab moves on; Enter saves the line; "
                        "Ctrl+Up and Ctrl+Down go to the saved lines.")
            )  # fmt: skip
            edit.installEventFilter(self)
            edit.textEdited.connect(self._edited)
            caption = QLabel(self.tr(label))
            caption.setBuddy(edit)
            grid.addWidget(caption, 0, column)
            grid.addWidget(edit, 1, column)
            grid.setColumnStretch(column, stretch)
            self.fields[name] = edit
        self.fields["zip_code"].setMaxLength(10)
        self.fields["zip_code"].textEdited.connect(self._zip_edited)
        self.fields["city"].textEdited.connect(self._city_typed)
        # Names and streets keyed this session complete inline, most frequent first:
        # petitions circulate in neighbourhoods, so the same streets and surnames recur.
        self._seen: dict[str, Counter[str]] = {name: Counter() for name in REMEMBERED}
        self._completions = {name: InlineCompletion(self.fields[name]) for name in REMEMBERED}
        self._completions["city"] = InlineCompletion(self.fields["city"], zips.cities())
        self.illegible = QCheckBox(self.tr("&Illegible (Ctrl+I)"))
        self.no_signature = QCheckBox(self.tr("No si&gnature (Ctrl+G)"))
        for box in (self.illegible, self.no_signature):
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never a stop in the Tab chain
            box.toggled.connect(self.changed)
        grid.addWidget(self.illegible, 2, 1, 1, 2)
        grid.addWidget(self.no_signature, 2, 3, 1, 2)
        for a, b in pairwise(FIELD_NAMES):
            QWidget.setTabOrder(self.fields[a], self.fields[b])
        self.load(1, None, carry=None)

    # ----- loading ----------------------------------------------------------------------

    def load(self, number: int, saved: SignatureLine | None, carry: SignatureLine | None) -> None:
        """Show line ``number``: its saved values, or a fresh line with city/ZIP carried."""
        self.number = number
        self.editing = saved is not None
        self.line_label.setText(self.tr("Line {line}").format(line=number))
        for edit in self.fields.values():
            edit.clear()
            edit.setStyleSheet("")
            edit.setToolTip("")
        self.illegible.setChecked(False)
        self.no_signature.setChecked(False)
        if saved is not None and saved.mark not in (LineMark.BLANK, LineMark.STRUCK):
            for name in FIELD_NAMES:
                self.fields[name].setText(getattr(saved, name))
            self.illegible.setChecked(saved.mark is LineMark.ILLEGIBLE)
            self.no_signature.setChecked(not saved.signature_present)
            self._city_auto = False
        elif carry is not None:
            self.fields["zip_code"].setText(carry.zip_code)
            self.fields["city"].setText(carry.city)
            self._city_auto = True
        else:
            self._city_auto = True
        self._pristine = True
        self.fields["first_name"].setFocus()
        self.fields["first_name"].selectAll()

    def remember(self, line: SignatureLine) -> None:
        """Offer this line's names and street as inline completions from now on."""
        for name in REMEMBERED:
            value = getattr(line, name).strip()
            if not value:
                continue
            seen = self._seen[name]
            is_new = value not in seen
            seen[value] += 1
            if is_new and len(seen) > MAX_REMEMBERED:
                rarest = min(seen, key=lambda v: (seen[v], v == value))
                del seen[rarest]
            if is_new or seen[value] in (2, 5, 20, 100):  # re-rank as values become common
                self._completions[name].set_candidates([v for v, _ in seen.most_common()])

    def value(self) -> SignatureLine:
        text = {name: self.fields[name].text().strip() for name in FIELD_NAMES}
        return SignatureLine(
            self.number,
            first_name=text["first_name"],
            last_name=text["last_name"],
            street_number=text["street_number"],
            street_name=text["street_name"],
            unit=text["unit"],
            city=text["city"],
            zip_code=text["zip_code"],
            signature_present=not self.no_signature.isChecked(),
            mark=LineMark.ILLEGIBLE if self.illegible.isChecked() else LineMark.NONE,
        )

    def is_pristine(self) -> bool:
        return self._pristine

    def show_findings(self, fields: dict[str, tuple[str, str]]) -> None:
        """Outline fields: ``{field: (severity, message)}``."""
        for name, edit in self.fields.items():
            severity, message = fields.get(name, ("", ""))
            edit.setStyleSheet(OUTLINE % color(severity) if severity else "")
            edit.setToolTip(message)

    # ----- typing -----------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        self._pristine = False
        self.changed.emit()

    def _city_typed(self, text: str) -> None:
        self._city_auto = not text

    def _zip_edited(self, text: str) -> None:
        """A new ZIP replaces a carried or ZIP-filled city (never one the volunteer typed)."""
        zip5 = normalize_zip(text)
        if not zip5 or not self._city_auto:
            return
        info = self.zips.get(zip5)
        self.fields["city"].setText(info.city if info is not None else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QLineEdit):
            return False
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # Ctrl+Z undoes typing while there is typing; then it undoes saved changes.
            if self._pristine and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or _chord(event) == "Ctrl+Shift+Z"
            ):
                event.ignore()
                return True
            if _chord(event) in self.pass_through:
                event.ignore()
                return True
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, mods = event.key(), event.modifiers()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            self.submit()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab) and not (
            mods & Qt.KeyboardModifier.ShiftModifier
        ):
            self._advance(watched)
            return True
        if key == Qt.Key.Key_Escape:
            if self.editing:
                self.leave.emit()
            else:
                self.load(self.number, None, carry=self._carried())
            return True
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.navigate.emit(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if ctrl and key == Qt.Key.Key_I:
            self.illegible.toggle()
            return True
        if ctrl and key == Qt.Key.Key_G:
            self.no_signature.toggle()
            return True
        return False

    def _carried(self) -> SignatureLine:
        return SignatureLine(
            self.number, city=self.fields["city"].text(), zip_code=self.fields["zip_code"].text()
        )

    def _advance(self, edit: QLineEdit) -> None:
        _drop_unconfirmed_completion(edit)
        index = FIELD_NAMES.index(edit.objectName())
        if index == len(FIELD_NAMES) - 1:
            self.submit()
            return
        following = self.fields[FIELD_NAMES[index + 1]]
        following.setFocus(Qt.FocusReason.TabFocusReason)
        following.selectAll()

    def submit(self) -> None:
        for edit in self.fields.values():
            _drop_unconfirmed_completion(edit)
        self.submitted.emit(self.value())


def _drop_unconfirmed_completion(edit: QLineEdit) -> None:
    """Keep only what was typed when an inline completion is still only suggested.

    A completion shows as selected text after the cursor; the volunteer takes it with
    End or Right (which clears the selection). Enter or Tab alone never saves it, so a
    heads-down keyer who typed "Lee" gets "Lee", not a suggested "Leeds".
    """
    start = edit.selectionStart()
    if start > 0 and start + len(edit.selectedText()) == len(edit.text()):
        edit.setText(edit.text()[:start])
