"""Start the desktop app: setup on first run, then who is keying, then the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from recalldesk import APP_NAME, __version__, paths
from recalldesk.core.zipdata import load_default_zip_table
from recalldesk.store import people
from recalldesk.store.connection import Database, open_database
from recalldesk.store.errors import StorageError
from recalldesk.store.setup import is_set_up


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if existing is None:
        # Sharp text at 125-150% scaling on Windows: pass fractional factors through.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = existing or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setStyle("Fusion")  # the same look everywhere; follows the system's light/dark scheme
    return app


def start_main_window(db: Database) -> object | None:
    """Run setup or the operator pick, then build the window (None if the user cancelled)."""
    from recalldesk.ui.main_window import MainWindow
    from recalldesk.ui.operator_dialog import OperatorDialog
    from recalldesk.ui.settings import Settings
    from recalldesk.ui.setup_dialog import SetupDialog

    if not is_set_up(db):
        setup = SetupDialog(db)
        if setup.exec() != QDialog.DialogCode.Accepted or setup.identity is None:
            return None
        operator = setup.identity.operator
    else:
        office = [o for o in people.list_offices(db) if o.value.code == db.meta("office_code")]
        picker = OperatorDialog(db, office[0].id)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
            return None
        operator = picker.chosen
    settings = Settings(paths.data_dir() / "settings.ini")
    window = MainWindow(db, load_default_zip_table(), operator, settings)
    window.show()
    window.offer_resume()
    return window


def run_app(argv: list[str] | None = None) -> int:
    app = make_application(argv)
    try:
        db = open_database(paths.database_path())
    except StorageError as error:
        QMessageBox.critical(None, error.title, error.message)
        return 2
    try:
        window = start_main_window(db)
        if window is None:
            return 0
        return int(app.exec())
    finally:
        db.close()
