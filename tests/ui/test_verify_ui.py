"""Verification by keyboard (issue 14): blind re-keying, then the queue with F7/F8/typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor, SectionStatus
from recalldesk.ops import verification
from recalldesk.ops.workspace import Workspace
from recalldesk.store import lines, sections
from recalldesk.ui.verify_window import BlindKeyDialog, QueueDialog, VerifyWindow
from tests.ops.test_verification import PAPER, keyed_section
from tests.ops.test_verification import people as people
from tests.ui.keyboard import type_text, use_window


def shown_text(widget: QWidget) -> str:
    """Every text the dialog shows or holds: labels, fields, list rows."""
    parts = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QLabel, QLineEdit)):
            parts.append(child.text())
        elif isinstance(child, QListWidget):
            parts.extend(child.item(i).text() for i in range(child.count()))
    return "\n".join(parts)


def key_line(qtbot: QtBot, dialog: BlindKeyDialog, values: list[str]) -> None:
    """first, last, no., street, unit, ZIP, city: Enter after each, as when keying."""
    entry = dialog.entry
    for name, value in zip(
        ("first_name", "last_name", "street_number", "street_name", "unit", "zip_code", "city"),
        values,
        strict=True,
    ):
        field = entry.fields[name]
        field.selectAll()
        if value:
            type_text(qtbot, field, value)
        elif field.text():
            qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_lead_draws_and_a_volunteer_may_not(
    qtbot: QtBot, ws: Workspace, people: dict[str, Actor]
) -> None:
    keyed_section(ws, people, "PAS-700", typo=False)
    window = VerifyWindow(ws, people["lead"])
    qtbot.addWidget(window)
    window.draw_button.click()
    assert window.table.topLevelItemCount() == 1
    assert window.table.topLevelItem(0).text(0) == "PAS-700"  # type: ignore[union-attr]
    assert window.table.topLevelItem(0).text(2) == "new volunteer"  # type: ignore[union-attr]
    volunteer = VerifyWindow(ws, people["tom"])
    qtbot.addWidget(volunteer)
    assert not volunteer.draw_button.isEnabled() and not volunteer.pick.isEnabled()
    assert volunteer.rekey.isEnabled() and not volunteer.settle.isEnabled()


def test_blind_keying_then_f8_settles_and_verifies(
    qtbot: QtBot, ws: Workspace, people: dict[str, Actor]
) -> None:
    section_id = keyed_section(ws, people, "PAS-800", typo=True)  # Tom keyed "Smiht"
    chosen = verification.assign(ws, people["lead"], "PAS-800").value
    dialog = BlindKeyDialog(verification.BlindSession(ws, people["grace"], chosen.id))
    qtbot.addWidget(dialog)
    dialog.show()
    use_window(dialog)
    seen = shown_text(dialog)
    for first_value in ("Smiht", "Ruiz", "Oak St", "Elm St", "Ng"):
        assert first_value not in seen  # blind: nothing of the first keying
    for line in PAPER:
        values = [line.first_name, line.last_name, line.street_number, line.street_name,
                  line.unit, line.zip_code, line.city]  # fmt: skip
        key_line(qtbot, dialog, values)
    assert sorted(dialog.session.saved()) == [1, 2, 3]
    assert "✓ Line 3" in shown_text(dialog)
    qtbot.keyClick(dialog.entry.fields["first_name"], Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    assert dialog.result() == BlindKeyDialog.DialogCode.Accepted

    queue = QueueDialog(ws, people["lead"], chosen.id)
    qtbot.addWidget(queue)
    queue.show()
    use_window(queue)
    assert "Line 2" in queue.where.text() and "Smiht" in queue.first.text()
    assert "Smith" in queue.second.text()
    qtbot.keyClick(queue.typed, Qt.Key.Key_F8)
    assert queue.result() == QueueDialog.DialogCode.Accepted
    fixed = lines.line_in_section(ws.db, section_id, 2)
    assert fixed is not None and fixed.line.last_name == "Smith"
    stored = sections.get_section(ws.db, section_id)
    assert stored is not None and stored.section.status is SectionStatus.VERIFIED


@pytest.mark.parametrize("key", ["first", "typed"])
def test_f7_or_a_typed_value(
    qtbot: QtBot, ws: Workspace, people: dict[str, Actor], key: str
) -> None:
    section_id = keyed_section(ws, people, "PAS-900", typo=True)
    chosen = verification.assign(ws, people["lead"], "PAS-900").value
    session = verification.BlindSession(ws, people["grace"], chosen.id)
    for line in PAPER:
        session.save(line)
    session.finish()
    queue = QueueDialog(ws, people["lead"], chosen.id)
    qtbot.addWidget(queue)
    queue.show()
    use_window(queue)
    if key == "first":
        qtbot.keyClick(queue.typed, Qt.Key.Key_F7)
        expected, blame = "Smiht", "second"
    else:
        type_text(qtbot, queue.typed, "Smithe")
        qtbot.keyClick(queue.typed, Qt.Key.Key_Return)
        expected, blame = "Smithe", "both"
    fixed = lines.line_in_section(ws.db, section_id, 2)
    assert fixed is not None and fixed.line.last_name == expected
    assert [d.blame for d in verification.queue(ws, chosen.id)] == [blame]


def test_the_statistics_window_shows_each_operator_and_their_days(
    qtbot: QtBot, ws: Workspace, people: dict[str, Actor]
) -> None:
    from recalldesk.ui.statistics_window import StatisticsWindow

    keyed_section(ws, people, "PAS-950", typo=False)
    window = StatisticsWindow(ws)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.job.finished, timeout=10_000):
        pass
    rows = {window.table.topLevelItem(i).text(0): window.table.topLevelItem(i)  # type: ignore[union-attr]
            for i in range(window.table.topLevelItemCount())}  # fmt: skip
    tom = rows["Tom Nguyen"]
    assert tom.text(1) == "PAS" and tom.text(2) == "3" and tom.childCount() == 1
    assert tom.text(7) == "10%"  # the base share: no error rate yet
    assert "1 operator" in window.state.text()


def test_a_lost_verification_says_why(
    qtbot: QtBot, ws: Workspace, people: dict[str, Actor]
) -> None:
    from recalldesk.ops.keying import KeyingSession

    section_id = keyed_section(ws, people, "PAS-960", typo=False)
    chosen = verification.assign(ws, people["lead"], "PAS-960").value
    blind = verification.BlindSession(ws, people["grace"], chosen.id)
    for line in PAPER:
        blind.save(line)
    blind.finish()
    KeyingSession(ws, people["lead"], section_id).save(PAPER[0].__class__(
        1, "Anna", "Ruiz", "12", "Oak St", "", "Pasadena", "91101"))  # fmt: skip
    window = VerifyWindow(ws, people["lead"])
    qtbot.addWidget(window)
    state = window.table.topLevelItem(0).text(3)  # type: ignore[union-attr]
    assert state.startswith("no longer verified: line 1 changed by Ana Reyes")


def test_ctrl_return_compares_once_from_the_list(
    qtbot: QtBot, ws: Workspace, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found in a real window: the Ctrl+Return that compares also pressed the list's default
    button (Key it again), which then said the section was keyed already."""
    from tests.ui.keyboard import drive_modal

    keyed_section(ws, people, "PAS-970", typo=True)
    verification.assign(ws, people["lead"], "PAS-970")
    window = VerifyWindow(ws, people["grace"])
    qtbot.addWidget(window)
    window.show()
    use_window(window)
    shown: list[object] = []
    monkeypatch.setattr("recalldesk.ui.verify_window.show_error",
                        lambda _parent, error: shown.append(error))  # fmt: skip

    def key_all(dialog: QWidget) -> None:
        assert isinstance(dialog, BlindKeyDialog)
        use_window(dialog)  # offscreen: the modal dialog is the active window, as on a screen
        for line in PAPER:
            values = [line.first_name, line.last_name, line.street_number, line.street_name,
                      line.unit, line.zip_code, line.city]  # fmt: skip
            key_line(qtbot, dialog, values)
        qtbot.keyClick(dialog.entry.fields["first_name"], Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)  # fmt: skip

    drive_modal(lambda: qtbot.keyClick(window.table, Qt.Key.Key_Return), key_all)
    qtbot.wait(50)
    assert shown == []
    assert window.table.topLevelItem(0).text(3) == "differences to settle"  # type: ignore[union-attr]


def test_ctrl_b_keys_a_blank_line_blind(
    qtbot: QtBot, ws: Workspace, people: dict[str, Actor]
) -> None:
    """A line blank on the paper is keyed blank in one step, as when keying: no difference."""
    from recalldesk.core.records import LineMark, Section
    from recalldesk.ops.intake import log_section
    from recalldesk.ops.keying import KeyingSession

    section = log_section(ws, people["lead"], Section("PAS-980", 2)).value
    first = KeyingSession(ws, people["tom"], section.id)
    first.save(PAPER[0])
    first.mark(2, LineMark.BLANK)
    KeyingSession(ws, people["lead"], section.id).close()
    chosen = verification.assign(ws, people["lead"], "PAS-980").value
    dialog = BlindKeyDialog(verification.BlindSession(ws, people["grace"], chosen.id))
    qtbot.addWidget(dialog)
    dialog.show()
    use_window(dialog)
    line = PAPER[0]
    key_line(qtbot, dialog, [line.first_name, line.last_name, line.street_number,
                             line.street_name, line.unit, line.zip_code, line.city])  # fmt: skip
    assert dialog.entry.number == 2
    qtbot.keyClick(dialog.entry.fields["first_name"], Qt.Key.Key_B,
                   Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    assert dialog.session.saved()[2].mark is LineMark.BLANK
    qtbot.keyClick(dialog.entry.fields["first_name"], Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    assert dialog.result_status == "verified"


def test_shift_f8_takes_the_second_keying_for_the_whole_line(
    qtbot: QtBot, ws: Workspace, people: dict[str, Actor]
) -> None:
    """A line the first keying marked blank, the paper shows signed: one decision, not nine."""
    from recalldesk.core.records import LineMark
    from recalldesk.ops.intake import log_section
    from recalldesk.ops.keying import KeyingSession
    from tests.ops.test_verification import whole

    section = log_section(ws, people["lead"], whole("PAS-985", 2)).value
    first = KeyingSession(ws, people["tom"], section.id)
    first.save(PAPER[0])
    first.mark(2, LineMark.BLANK)
    KeyingSession(ws, people["lead"], section.id).close()
    chosen = verification.assign(ws, people["lead"], "PAS-985").value
    blind = verification.BlindSession(ws, people["grace"], chosen.id)
    for line in PAPER[:2]:
        blind.save(line)
    blind.finish()
    assert len(verification.queue(ws, chosen.id)) > 5
    queue = QueueDialog(ws, people["lead"], chosen.id)
    qtbot.addWidget(queue)
    queue.show()
    use_window(queue)
    qtbot.keyClick(queue.typed, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert queue.result() == QueueDialog.DialogCode.Accepted
    fixed = lines.line_in_section(ws.db, section.id, 2)
    assert fixed is not None and fixed.line.mark is LineMark.NONE
    assert (fixed.line.last_name, fixed.line.signature_present) == ("Smith", True)
    stored = sections.get_section(ws.db, section.id)
    assert stored is not None and stored.section.status is SectionStatus.VERIFIED
