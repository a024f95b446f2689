"""Conventions every screen keeps: accessible names, remembered geometry, resume, history."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QMessageBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Actor, Section, SignatureLine, StaffRole
from recalldesk.ops.intake import log_section
from recalldesk.ops.keying import KeyingSession
from recalldesk.ops.people import operator_actor
from recalldesk.ops.workspace import Workspace
from recalldesk.store import people
from recalldesk.ui.history_dialog import history_html
from recalldesk.ui.intake_dialog import IntakeDialog
from recalldesk.ui.main_window import MainWindow
from recalldesk.ui.settings import Settings
from recalldesk.ui.setup_dialog import SetupDialog
from tests.conftest import ANA_PASSWORD
from tests.ui.keyboard import use_window


def unnamed_inputs(root: QWidget) -> list[str]:
    inputs = [*root.findChildren(QLineEdit), *root.findChildren(QComboBox),
              *root.findChildren(QSpinBox), *root.findChildren(QAbstractButton)]  # fmt: skip
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in inputs
        if not w.accessibleName()
        and not getattr(w, "text", lambda: "")()
        and w.parent() is not None
        and type(w.parent()).__name__ not in ("QSpinBox", "QComboBox")
    ]


def test_every_input_has_an_accessible_name(qtbot: QtBot, ws: Workspace, actor: Actor) -> None:
    office = people.list_offices(ws.db)[0]
    window = MainWindow(ws, operator_actor(ws, people.list_operators(ws.db, office.id)[0]))
    intake = IntakeDialog(ws, actor)
    setup = SetupDialog(ws)
    for widget in (window, intake, setup):
        qtbot.addWidget(widget)
        assert [n for n in unnamed_inputs(widget) if "QLineEdit" in n and "qt_" not in n] == []


def test_window_geometry_is_remembered(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    first = MainWindow(ws, None, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # within the offscreen screen (800 x 600)
    first.close()
    again = MainWindow(ws, None, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_next_start_offers_to_resume_where_keying_stopped(
    qtbot: QtBot, ws: Workspace, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = people.list_offices(ws.db)[0]
    full = Section("PAS-0500", 5, circulated_from=date(2022, 2, 1),
                   circulated_to=date(2022, 2, 2), declaration_signed=True,
                   declaration_dated=True, declaration_place=True)  # fmt: skip
    stored = log_section(ws, actor, full).value
    session = KeyingSession(ws, actor, stored.id)
    for n in (1, 2):
        session.save(SignatureLine(n, "Ana", f"R{n}", "1", "Oak St", "", "", "91101"))
    # ... the app is killed here; the next start:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)  # fmt: skip
    window = MainWindow(ws, operator_actor(ws, people.list_operators(ws.db, office.id)[0]))
    qtbot.addWidget(window)
    assert window.offer_resume()
    assert window.pages.currentWidget() is window.keying
    assert window.keying.entry.number == 3


def test_history_shows_who_when_old_and_new(ws: Workspace, actor: Actor) -> None:
    stored = log_section(ws, actor, Section("PAS-0600", 2)).value
    session = KeyingSession(ws, actor, stored.id)
    saved = session.save(SignatureLine(1, "Ana", "Ruiz", "1", "Oak St", "", "", "91101")).value
    session.save(SignatureLine(1, "Ana", "Ruíz", "1", "Oak St", "", "", "91101"))
    text = history_html(ws, saved.line.uuid)
    assert "Ana Reyes (PAS)" in text and "saved" in text and "changed" in text
    assert "last name: Ruiz → <b>Ruíz</b>" in text
    assert "name_key" not in text and "UTC" not in text  # plain labels, local time


def test_file_dialogs_open_where_they_were_last_used(
    qtbot: QtBot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(ws, None, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    opened: list[str] = []

    def choose(_parent: object, _caption: str, folder: str = "") -> str:
        opened.append(folder)
        return str(stick)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    monkeypatch.setattr(window, "start_sync", lambda folder, **kw: None)
    window.sync_to_folder()
    window.sync_to_folder()
    assert opened == [str(Path.home()), str(stick)]
    again = MainWindow(ws, None, Settings(tmp_path / "settings.ini"))  # the next start too
    qtbot.addWidget(again)
    monkeypatch.setattr(again, "start_sync", lambda folder, **kw: None)
    again.sync_to_folder()
    assert opened[-1] == str(stick)


def test_f1_opens_the_keys_and_guide(qtbot: QtBot, ws: Workspace) -> None:
    from PySide6.QtCore import Qt

    from recalldesk.ui.help_dialog import HelpDialog

    window = MainWindow(ws, None)
    qtbot.addWidget(window)
    window.show()
    use_window(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialogs = [w for w in window.findChildren(HelpDialog) if w.isVisible()]
    assert len(dialogs) == 1
    text = dialogs[0].view.toPlainText()
    assert "Ctrl+Shift+K" in text and "Close the section as keyed" in text
    assert "Every line is saved the moment it is accepted" in text


def test_the_sign_in_and_verification_windows_name_every_input(
    qtbot: QtBot, ws: Workspace, actor: Actor
) -> None:
    """Issue 13's and 14's windows, as a screen reader reads them."""
    from recalldesk.ops import sign_in, verification
    from recalldesk.ui.operators_dialog import AddOperatorDialog, OperatorsDialog, SecretDialog
    from recalldesk.ui.sign_in_dialog import FirstLeadDialog, SignInDialog
    from recalldesk.ui.statistics_window import StatisticsWindow
    from recalldesk.ui.verify_window import BlindKeyDialog, QueueDialog, VerifyWindow
    from tests.ops.test_verification import PAPER, keyed_section

    lead = sign_in.sign_in_by_name(ws, "Ana Reyes", ANA_PASSWORD).value
    crew = {"lead": lead}
    for name, key in (("Tom Nguyen", "tom"), ("Grace Kim", "grace")):
        added = sign_in.add_member(ws, lead, name, StaffRole.VOLUNTEER, "4821").value
        crew[key] = sign_in.sign_in(ws, added.id, "4821").value
    keyed_section(ws, crew, "PAS-990", typo=True)
    chosen = verification.assign(ws, lead, "PAS-990").value
    session = verification.BlindSession(ws, crew["grace"], chosen.id)
    blind = BlindKeyDialog(session)
    for line in PAPER:
        session.save(line)
    session.finish()
    widgets = [
        SignInDialog(ws), SignInDialog(ws, locked=lead), FirstLeadDialog(ws),
        OperatorsDialog(ws, lead), AddOperatorDialog(list(StaffRole)[:2], None),
        SecretDialog("x", None, own=True), VerifyWindow(ws, lead), blind,
        QueueDialog(ws, crew["grace"], chosen.id), StatisticsWindow(ws),
    ]  # fmt: skip
    for widget in widgets:
        qtbot.addWidget(widget)
        assert unnamed_inputs(widget) == [], type(widget).__name__
    statistics = widgets[-1]
    assert isinstance(statistics, StatisticsWindow)
    with qtbot.waitSignal(statistics.job.finished, timeout=10_000):
        pass
