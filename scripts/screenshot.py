"""Render the app's main screens offscreen to PNGs (for the README and for review).

Usage: python scripts/screenshot.py DATA_DIR OUT_FOLDER

DATA_DIR holds a demo database (``recalldesk --data-dir DATA_DIR demo``); a
copy is used, so it is never changed. Writes dashboard.png, keying.png,
sections.png, intake.png and help.png into OUT_FOLDER, then, with the copy
as the central office's master (duplicates searched, a sample drawn and four
fifths of it checked with LA 2022's shares, as of June 1, 2022),
duplicates.png, dashboard-central.png and sample.png; then, with the voter
file the demo drive was signed from imported and matched, voters.png and
voter-mapping.png, and the dashboard's Voter file tab (dashboard-voters.png).
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from recalldesk.ops.people import operator_actor

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from recalldesk.app import make_application
from recalldesk.core.records import Role, Section, SignatureLine, StaffRole
from recalldesk.core.sampling import RESULTS
from recalldesk.core.voter_file import DEMO_PRESET
from recalldesk.ops import dedupe_run, demo, people, sample, voter_match, voters
from recalldesk.ops.intake import log_section
from recalldesk.ops.workspace import Workspace
from recalldesk.store import campaign as campaign_store
from recalldesk.ui import appearance, language
from recalldesk.ui import main_window as window_module
from recalldesk.ui.duplicates_window import DuplicatesWindow
from recalldesk.ui.help_dialog import HelpDialog
from recalldesk.ui.intake_dialog import IntakeDialog
from recalldesk.ui.main_window import MainWindow
from recalldesk.ui.sample_window import SampleWindow
from recalldesk.ui.voter_mapping_dialog import VoterMappingDialog
from recalldesk.ui.voters_window import VotersWindow

DEMO_LINES = 20_000  # the drive DATA_DIR holds (recalldesk demo's default): its voter file


def settle(app: QApplication, window: MainWindow) -> None:
    for job in list(window.jobs):
        job.wait()
    for _ in range(50):
        app.processEvents()


def shot(app: QApplication, widget: QWidget, path: Path) -> None:
    for _ in range(20):
        app.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def main() -> int:
    data_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = make_application([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "recalldesk.sqlite3"
        shutil.copy(data_dir / "recalldesk.sqlite3", path)
        ws = Workspace.open(path)
        operator = people.operators(ws)[0]
        window = MainWindow(ws, operator_actor(ws, operator))
        window.resize(1280, 760)
        window.show()
        settle(app, window)
        shot(app, window, out / "dashboard.png")

        actor = people.operator_actor(ws, operator)
        section = Section("PAS-000778", 8, circulated_from=date(2022, 3, 1),
                          circulated_to=date(2022, 3, 9), declaration_signed=True,
                          declaration_dated=True, declaration_place=True,
                          received_on=date(2022, 3, 10))  # fmt: skip
        stored = log_section(ws, actor, section).value
        window.open_section(stored.id)
        keying = window.keying
        for line in (
            SignatureLine(1, "María", "Hernández", "1520", "N Lake Ave", "4", "Pasadena", "91104"),
            SignatureLine(2, "", "", "", "PO Box 12", "", "Santa Ana", "92701"),
            SignatureLine(3, "Tom", "Lee", "88", "Colorado Blvd", "", "Long Beach", "91101"),
            SignatureLine(4, "Grace", "Kim", "412", "E Walnut St", "", "Pasadena", "91101"),
        ):
            keying.accept_line(line)
        keying.go_to(2)  # a saved line, loaded for editing: the blue bar says so
        shot(app, window, out / "keying.png")

        window.show_page(window.section_list)
        shot(app, window, out / "sections.png")

        intake_shot(app, ws, window, "1/20/22", out / "intake.png")

        help_dialog = HelpDialog(window)
        help_dialog.show()
        shot(app, help_dialog, out / "help.png")
        window.close()
        looks(app, ws, stored.id, out)
        central_screens(app, ws, out)
        ws.close()
    return 0


def intake_shot(app: QApplication, ws: Workspace, window: MainWindow, started: str,
                path: Path) -> None:  # fmt: skip
    """Logging a section, half filled in (the start date as typed in the language)."""
    intake = IntakeDialog(ws, window.actor, window)
    intake.serial.setText("PAS-000779")
    intake.circulator.setText("Sam Lee")
    intake.declared.setValue(10)
    intake.started.setText(started)
    intake.show()
    shot(app, intake, path)
    intake.close()


def looks(app: QApplication, ws: Workspace, section_id: int, out: Path) -> None:
    """The keying screen in Spanish (and logging a section), in the dark and high-contrast
    themes, and at 200%. The in-app guide shows the English and Spanish ones
    (resources/guide)."""
    actor = people.operator_actor(ws, people.operators(ws)[0])
    for name, code, theme, zoom in (
        ("keying-es.png", language.SPANISH, appearance.SYSTEM, 100),
        ("keying-dark.png", language.ENGLISH, appearance.DARK, 100),
        ("keying-contrast.png", language.SPANISH, appearance.CONTRAST, 100),
        ("keying-200.png", language.ENGLISH, appearance.SYSTEM, 200),
    ):
        language.use_language(code)
        appearance.use_theme(theme)
        appearance.use_zoom(zoom)
        window = MainWindow(ws, actor)
        window.resize(1280, 760)
        window.show()
        settle(app, window)
        window.open_section(section_id)
        window.keying.go_to(2)
        shot(app, window, out / name)
        if name == "keying-es.png":
            intake_shot(app, ws, window, "20/1/22", out / "intake-es.png")
        window.close()
    language.use_language(language.ENGLISH)
    appearance.use_theme(appearance.SYSTEM)
    appearance.use_zoom(100)


class _June1(date):
    """The screenshots' "today": mid-drive, so the verdict has a deadline ahead of it."""

    @classmethod
    def today(cls) -> _June1:
        return cls(2022, 6, 1)


def central_screens(app: QApplication, ws: Workspace, out: Path) -> None:
    """The same copy as the central office's master: duplicates, a sample, the verdict."""
    campaign_store.set_meta(ws.db, "role", str(Role.CENTRAL))
    ws.reload()
    actor = replace(people.operator_actor(ws, people.operators(ws)[0]), role=StaffRole.COORDINATOR)
    dedupe_run.find_duplicates(ws, actor, full=True)
    duplicates = DuplicatesWindow(ws, actor)
    duplicates.show()
    duplicates.list.setCurrentRow(0)
    shot(app, duplicates, out / "duplicates.png")
    duplicates.close()
    drawn = sample.draw(ws, actor, seed=2022).value
    rng = random.Random(1)
    weights = [72.65, 12.4, 4.5, 1.3, 1.0, 0.75, 1.3]  # LA 2022's full count, by category
    rows = sample.rows(ws, drawn.id)
    sample.record_results(ws, actor, drawn.id,
                          [(r.position, rng.choices(RESULTS, weights)[0])
                           for r in rows[: len(rows) * 4 // 5]])  # fmt: skip
    window_module.date = _June1  # type: ignore[misc]
    window = MainWindow(ws, operator_actor(ws, people.operators(ws)[0]))
    window.resize(1280, 800)
    window.show()
    settle(app, window)
    shot(app, window, out / "dashboard-central.png")
    window.close()
    sampling = SampleWindow(ws, actor)
    sampling.show()
    shot(app, sampling, out / "sample.png")
    sampling.close()
    voter_screens(app, ws, out)


def voter_screens(app: QApplication, ws: Workspace, out: Path) -> None:
    """The voter file the demo drive was signed from, imported and matched: the Voter file
    window with its review list, and the mapping dialog over the same file."""
    actor = replace(people.operator_actor(ws, people.operators(ws)[0]), role=StaffRole.COORDINATOR)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "la-county-voters.tsv"
        demo.write_demo_voter_file(ws, path, lines=DEMO_LINES, offices=8, seed=2022)
        voters.import_voters(ws, actor, path, DEMO_PRESET, received_on=date(2022, 3, 1))
        run = voter_match.match_lines(ws, actor).value
        window = VotersWindow(ws, actor)
        window.resize(1200, 720)
        window.show()
        window.say_done(
            window.tr("Matched {n} lines against the voter file in {seconds} s.").format(
                n=f"{run.lines:,}", seconds=f"{run.seconds:.1f}"
            )
        )
        shot(app, window, out / "voters.png")
        mapping = VoterMappingDialog(ws, actor, window, path)
        mapping.show()
        shot(app, mapping, out / "voter-mapping.png")
        mapping.close()
        window.close()
    # The dashboard's Voter file tab: the registrar's table, predicted, by circulator.
    main_window = MainWindow(ws, operator_actor(ws, people.operators(ws)[0]))
    main_window.resize(1280, 800)
    main_window.show()
    settle(app, main_window)
    view = main_window.dashboard.predicted
    assert view is not None
    main_window.dashboard.tabs.setCurrentWidget(view)
    view.kind.setCurrentIndex(1)  # by circulator
    if view.job is not None:
        view.job.wait()
    for _ in range(20):
        app.processEvents()
    shot(app, main_window, out / "dashboard-voters.png")
    main_window.close()


if __name__ == "__main__":
    sys.exit(main())
