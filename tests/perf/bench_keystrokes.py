"""Count the keystrokes keying needs, typed through the real entry widgets.

The simulated volunteer types exactly what is on the paper: for each field,
if the entry already shows the right value (carried forward, filled from the
ZIP) one Tab confirms it; otherwise they type characters until the field
shows the right value (an inline completion may suggest it early: End takes
the suggestion, which Tab alone never saves), then Tab. Blank and struck
lines are one chord (2 keys); illegible and no-signature flags one chord each.
The spreadsheet baseline types every field in full, Tab between fields, Enter
at the end, and a mark word in a Mark column when the line has one.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def type_char(widget: object, ch: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if ch.isascii():
        QTest.keyClicks(widget, ch)  # type: ignore[arg-type]
    else:  # keyClicks aborts on non-ASCII text
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,  # type: ignore[arg-type]
                           Qt.KeyboardModifier.NoModifier)  # fmt: skip


def count_keystrokes(n_lines: int, seed: int = 2022) -> tuple[int, int, int]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from recalldesk.app import make_application
    from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022, LineMark
    from recalldesk.core.zipdata import load_default_zip_table
    from recalldesk.demo.synth import generate
    from recalldesk.ui.keying.line_entry import FIELD_NAMES, LineEntry

    app = make_application([])
    zips = load_default_zip_table()
    data = generate(n_lines, 8, seed, LA_COUNTY_DA_RECALL_2022, zips)
    entry = LineEntry(zips)
    entry.show()
    entry.activateWindow()
    app.processEvents()
    ours = sheet = count = 0
    previous = None
    section = -1
    for item in data.lines:
        line = item.line
        count += 1
        if item.section_index != section:
            section, previous = item.section_index, None
        values = [getattr(line, name) for name in FIELD_NAMES]
        if line.mark in (LineMark.BLANK, LineMark.STRUCK):
            ours += 2
            sheet += len(str(line.mark)) + len(FIELD_NAMES) + 1  # mark word, Tabs, Enter
            continue
        sheet += sum(len(v) for v in values) + len(FIELD_NAMES)  # Tabs and the Enter
        if line.mark is LineMark.ILLEGIBLE:
            ours += 2
            sheet += len("illegible")
        if not line.signature_present:
            ours += 2
            sheet += len("no signature")
        entry.load(line.line_number, None, previous)
        for name, target in zip(FIELD_NAMES, values, strict=True):
            field = entry.fields[name]
            field.setFocus()
            field.selectAll()
            if field.text() != target:
                if target == "":
                    QTest.keyClick(field, Qt.Key.Key_Delete)
                    ours += 1
                typed = 0
                for ch in target:
                    type_char(field, ch)
                    ours += 1
                    typed += 1
                    if field.text() == target:
                        break
                if field.text() == target and field.hasSelectedText():
                    QTest.keyClick(field, Qt.Key.Key_End)  # take the suggested completion
                    ours += 1
                    if field.text() != target:  # spelt otherwise (case): type the rest instead
                        field.setText(target[:typed])
                        for ch in target[typed:]:
                            type_char(field, ch)
                            ours += 1
            # Tab keeps only what was typed when a completion is merely suggested.
            shown = (
                field.text()[: field.selectionStart()]
                if field.selectionStart() > 0
                else field.text()
            )
            assert shown == target, (name, field.text(), target)
            ours += 1  # Tab (Enter on the last field)
        entry.remember(line)
        previous = line
    return ours, sheet, count


if __name__ == "__main__":
    ours, sheet, lines = count_keystrokes(2000)
    print(
        f"{lines} lines: RecallDesk {ours}, spreadsheet {sheet}, "
        f"{100 * (1 - ours / sheet):.1f}% fewer"
    )
