"""Conventions every screen keeps: accessible names, remembered geometry, resume, history."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QMessageBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from recalldesk.core.records import Section, SignatureLine
from recalldesk.core.zipdata import ZipTable
from recalldesk.store import people, sections
from recalldesk.store.audit import Actor
from recalldesk.store.campaign import get_campaign
from recalldesk.store.connection import Database
from recalldesk.store.keying import KeyingSession
from recalldesk.ui.history_dialog import history_html
from recalldesk.ui.intake_dialog import IntakeDialog
from recalldesk.ui.main_window import MainWindow
from recalldesk.ui.settings import Settings
from recalldesk.ui.setup_dialog import SetupDialog


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


def test_every_input_has_an_accessible_name(
    qtbot: QtBot, db: Database, actor: Actor, zips: ZipTable
) -> None:
    campaign = get_campaign(db)
    assert campaign is not None
    office = people.list_offices(db)[0]
    window = MainWindow(db, zips, people.list_operators(db, office.id)[0])
    intake = IntakeDialog(db, actor, campaign, office.id)
    setup = SetupDialog(db)
    for widget in (window, intake, setup):
        qtbot.addWidget(widget)
        assert [n for n in unnamed_inputs(widget) if "QLineEdit" in n and "qt_" not in n] == []


def test_window_geometry_is_remembered(
    qtbot: QtBot, db: Database, zips: ZipTable, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    first = MainWindow(db, zips, None, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # within the offscreen screen (800 x 600)
    first.close()
    again = MainWindow(db, zips, None, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_next_start_offers_to_resume_where_keying_stopped(
    qtbot: QtBot, db: Database, actor: Actor, zips: ZipTable, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign = get_campaign(db)
    assert campaign is not None
    office = people.list_offices(db)[0]
    full = Section("PAS-0500", 5, circulated_from=date(2022, 2, 1),
                   circulated_to=date(2022, 2, 2), declaration_signed=True,
                   declaration_dated=True, declaration_place=True)  # fmt: skip
    stored = sections.add_section(db, actor, campaign, full, office.id, None)
    session = KeyingSession(db, zips, actor, stored.id)
    for n in (1, 2):
        session.save(SignatureLine(n, "Ana", f"R{n}", "1", "Oak St", "", "", "91101"))
    # ... the app is killed here; the next start:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)  # fmt: skip
    window = MainWindow(db, zips, people.list_operators(db, office.id)[0])
    qtbot.addWidget(window)
    assert window.offer_resume()
    assert window.pages.currentWidget() is window.keying
    assert window.keying.entry.number == 3


def test_history_shows_who_when_old_and_new(db: Database, actor: Actor, zips: ZipTable) -> None:
    campaign = get_campaign(db)
    assert campaign is not None
    office = people.list_offices(db)[0]
    stored = sections.add_section(db, actor, campaign, Section("PAS-0600", 2), office.id, None)
    session = KeyingSession(db, zips, actor, stored.id)
    saved = session.save(SignatureLine(1, "Ana", "Ruiz", "1", "Oak St", "", "", "91101"))
    session.save(SignatureLine(1, "Ana", "Ruíz", "1", "Oak St", "", "", "91101"))
    text = history_html(db, saved.line.uuid)
    assert "Ana Reyes (PAS)" in text and "insert" in text and "update" in text
    assert "last_name: Ruiz → <b>Ruíz</b>" in text
