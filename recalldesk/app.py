"""Start the desktop app: one QApplication, one database, one main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from recalldesk import APP_NAME, __version__, paths
from recalldesk.store.connection import open_database
from recalldesk.store.errors import StorageError


def run_app(argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setStyle("Fusion")  # follows the system's light or dark scheme on every OS
    try:
        db = open_database(paths.database_path())
    except StorageError as error:
        QMessageBox.critical(None, error.title, error.message)
        return 2
    from recalldesk.ui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    try:
        return int(app.exec())
    finally:
        db.close()
