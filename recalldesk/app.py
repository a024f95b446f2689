"""Start the desktop app: setup on first run, then the sign-in, then the main window."""

from __future__ import annotations

import logging
import os
import sys
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from recalldesk import APP_NAME, __version__, paths, wording
from recalldesk.core.messages import MessageError
from recalldesk.core.records import Actor
from recalldesk.core.redact import redacted_traceback
from recalldesk.ops import backups, setup, sign_in
from recalldesk.ops.queries import Snapshot
from recalldesk.ops.workspace import Workspace
from recalldesk.store.errors import FolderInUseError, StorageError

if TYPE_CHECKING:
    from recalldesk.ui.settings import Settings

log = logging.getLogger("recalldesk")


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


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
    wording.set_translator(_qt_translate)
    return app


SMOKE = "RECALLDESK_SMOKE"  # set: show the first window, say which, and quit (a smoke test)


def _smoke_quit() -> None:
    """For RECALLDESK_SMOKE: once a window is up, name it on stdout and quit."""
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    print("shown: " + ", ".join(sorted(type(w).__name__ for w in shown)), flush=True)
    for window in shown:  # the title and first menu say the version and the language
        bar = getattr(window, "menuBar", None)
        menus = bar().actions() if callable(bar) else []
        print(f"title: {window.windowTitle()}; menu: {menus[0].text() if menus else ''}",
              flush=True)  # fmt: skip
    QCoreApplication.exit(0)


def cli_language(code: str) -> bool:
    """The command line in ``code`` (``es``): its messages through RecallDesk's translation,
    read without a QCoreApplication (``report --pdf`` may need to make a QApplication)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(f"recalldesk_{code}", str(paths.resources_dir() / "i18n")):
        return False

    def translated(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return translator.translate(context, text, disambiguation, n) or text

    wording.set_translator(translated)  # (the function keeps the translator alive)
    wording.set_date_style(code)
    return True


def _language_of(settings: Settings, operator_id: int | None, otherwise: str) -> str:
    """$RECALLDESK_LANGUAGE, else the operator's choice at sign-in, else ``otherwise``."""
    from recalldesk.ui import language
    from recalldesk.ui.settings import OPERATOR_LANGUAGE

    chosen = settings.operator_choice(operator_id, OPERATOR_LANGUAGE)
    return language.forced() or chosen or otherwise


def start_language(ws: Workspace) -> str:
    """The language to greet with: that of whoever signed in last here, else the system's."""
    from recalldesk.ui import language
    from recalldesk.ui.settings import app_settings

    last = sign_in.last_signed_in(ws) if setup.is_set_up(ws) else ""
    member = next((m for m in sign_in.roster(ws) if m.operator.value.uuid == last), None)
    return _language_of(app_settings(), member.id if member else None,
                        language.system_language())  # fmt: skip


def _set_up_or_sign_in(ws: Workspace) -> Actor | None:
    """Setup on a new database, else the sign-in; None if the user cancelled."""
    from recalldesk.ui.setup_dialog import SetupDialog
    from recalldesk.ui.sign_in_dialog import ask_sign_in

    if not setup.is_set_up(ws):
        dialog = SetupDialog(ws)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor
    return _smoke_sign_in(ws) or ask_sign_in(ws)


def start_main_window(ws: Workspace, actor: Actor | None = None) -> object | None:
    """Run setup or the sign-in (unless ``actor`` is signed in already: a window rebuilt in
    another language), then build the window (None if the user cancelled)."""
    from recalldesk.ui import language
    from recalldesk.ui.appearance_menu import apply_look
    from recalldesk.ui.main_window import MainWindow
    from recalldesk.ui.settings import app_settings

    actor = actor or _set_up_or_sign_in(ws)
    if actor is None:
        return None
    settings = app_settings()
    wanted = _language_of(settings, actor.operator_id, language.current())
    if wanted != language.current():
        language.use_language(wanted)
    apply_look(settings, actor.operator_id)
    window = MainWindow(ws, actor, settings)
    window.show()
    window.offer_resume()
    return window


def _smoke_sign_in(ws: Workspace) -> Actor | None:
    """A smoke test signs in as the CLI does ($RECALLDESK_OPERATOR, $RECALLDESK_PIN), the
    PIN checked as ever; a person always gets the dialog."""
    name, pin = os.environ.get("RECALLDESK_OPERATOR"), os.environ.get("RECALLDESK_PIN")
    may = [m.name for m in sign_in.roster(ws) if m.role is not None]
    name = name or (may[0] if len(may) == 1 else None)
    if not (os.environ.get(SMOKE) and name and pin):
        return None
    try:
        return sign_in.sign_in_by_name(ws, name, pin).value
    except MessageError:
        return None  # a wrong PIN: the dialog, as for anyone


def open_or_restore() -> Workspace | None:
    """Open the database; when it will not open and backups exist, offer to restore one."""
    from recalldesk.ui.restore_dialog import RestoreDialog

    path = paths.database_path()
    while True:
        try:
            return Workspace.open(path, lock_as="app")
        except StorageError as error:
            found = [b for b in backups.backups_of(path) if b.reason != "replaced-by-restore"]
            if not found or isinstance(error, FolderInUseError):
                raise
            box = QMessageBox(QMessageBox.Icon.Critical, wording.title(error.message),
                              wording.say(error.message))  # fmt: skip
            restore = box.addButton(
                QCoreApplication.translate("App", "&Restore from a backup…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is not restore:
                return None
            dialog = RestoreDialog(found)
            if not dialog.exec() or dialog.chosen is None:
                return None
            backups.restore_closed(path, dialog.chosen, holder="app")


def log_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """``sys.excepthook`` while the app runs: an error no slot caught (PySide prints the
    whole traceback, the error's text with it, by default) is logged without its text,
    which can hold a signer's data (core.redact)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.error("uncaught error:\n%s", redacted_traceback(error, trace))


def run_app(argv: list[str] | None = None) -> int:
    sys.excepthook = log_uncaught
    app = make_application(argv)
    if os.environ.get(SMOKE):
        QTimer.singleShot(1500, _smoke_quit)
    try:
        ws = open_or_restore()
    except MessageError as error:
        QMessageBox.critical(None, wording.title(error.message), wording.say(error.message))
        return 2
    if ws is None:
        return 2
    from recalldesk.ui import language

    language.use_language(start_language(ws))
    try:
        window: object | None = None
        while True:
            window = start_main_window(ws, getattr(window, "next_actor", None))
            if window is None:
                return 0
            code = int(app.exec())
            if not getattr(window, "reopen_after_close", False):
                return code  # a restore closes the window to open the restored database
    finally:
        ws.close()


def write_report_headless(path: Path, snap: Snapshot, today: date) -> None:
    """``recalldesk report --pdf``: the dashboard's one-page report without a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # fonts and painting only
    from recalldesk.ui.report_pdf import write_report_pdf

    app = QApplication.instance() or make_application(["recalldesk"])
    write_report_pdf(path, snap, today)
    del app
