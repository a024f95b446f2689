"""Render the main window offscreen to a PNG (for the README and for review).

Usage: python scripts/screenshot.py DATA_DIR OUT.png
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from recalldesk import paths
from recalldesk.core.zipdata import load_default_zip_table
from recalldesk.store import people
from recalldesk.store.connection import open_database
from recalldesk.ui.main_window import MainWindow


def main() -> int:
    data_dir, out = sys.argv[1], sys.argv[2]
    paths.set_data_dir(data_dir)
    app = QApplication([])
    app.setStyle("Fusion")
    db = open_database(paths.database_path())
    office = next(o for o in people.list_offices(db) if o.value.code == db.meta("office_code"))
    operators = people.list_operators(db, office.id)
    window = MainWindow(db, load_default_zip_table(), operators[0] if operators else None)
    window.show()
    for job in list(window.jobs):
        job.wait()
    for _ in range(50):
        app.processEvents()
    window.grab().save(out)
    db.close()
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
