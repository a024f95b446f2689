"""The language of the app: English or Spanish, chosen per operator (issue 15).

The language follows the system's (Spanish when the system is Spanish, else
English) until an operator picks one when signing in; the choice is kept per
operator in the settings file, so on a shared laptop each volunteer who sits
down gets theirs. ``$RECALLDESK_LANGUAGE`` (``en`` or ``es``) overrides both.

Installing a language loads RecallDesk's translation (``resources/i18n``,
compiled from the ``.ts`` source with ``pyside6-lrelease``) and Qt's own
``qtbase`` strings for the standard dialogs, sets the locale numbers and dates
are shown in, and the day/month order dates are typed in (ui.dates).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from recalldesk import paths, wording
from recalldesk.ui import dates

ENGLISH, SPANISH = "en", "es"
LANGUAGES = {ENGLISH: "English", SPANISH: "Español"}  # each in its own words
LANGUAGE_ENV = "RECALLDESK_LANGUAGE"
_LOCALES = {
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    SPANISH: QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates),
}
_installed: list[QTranslator] = []
_current = ENGLISH


def forced() -> str | None:
    """The language ``$RECALLDESK_LANGUAGE`` names, if any."""
    found = os.environ.get(LANGUAGE_ENV, "").strip().lower()[:2]
    return found if found in LANGUAGES else None


def system_language() -> str:
    """Spanish when the system's language is, else English (or the environment's choice)."""
    chosen = forced()
    if chosen is not None:
        return chosen
    return SPANISH if QLocale.system().language() == QLocale.Language.Spanish else ENGLISH


def current() -> str:
    return _current


def _qt_translations() -> list[Path]:
    """Where Qt's own ``qtbase_xx.qm`` files are: Qt's folder, or beside a frozen app's."""
    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.append(Path(frozen) / "PySide6" / "Qt" / "translations")
    return found


def _load(name: str, folders: list[Path]) -> QTranslator | None:
    translator = QTranslator()
    for folder in folders:
        if translator.load(name, str(folder)):
            return translator
    return None


def use_language(code: str) -> str:
    """Install ``code``'s translations (an unknown code means English); returns the code.

    Needs a QCoreApplication. Windows built before the change keep their words:
    the caller rebuilds them (the main window is rebuilt on a change of operator).
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("use_language needs a QCoreApplication")
    code = code if code in LANGUAGES else ENGLISH
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != ENGLISH:
        ours = _load(f"recalldesk_{code}", [paths.resources_dir() / "i18n"])
        if ours is None:
            raise FileNotFoundError(f"no translation recalldesk_{code}.qm in resources/i18n")
        qt = _load(f"qtbase_{code}", _qt_translations())
        for found in (ours, qt):
            if found is not None:
                app.installTranslator(found)
                _installed.append(found)
    QLocale.setDefault(_LOCALES[code])
    dates.set_order(dates.DAY_FIRST if code == SPANISH else dates.MONTH_FIRST)
    wording.set_date_style(code)
    _current = code
    return code


_LONG = {ENGLISH: "MMMM d, yyyy", SPANISH: "d 'de' MMMM 'de' yyyy"}
_BRIEF = {ENGLISH: "MMM d", SPANISH: "d MMM"}


def day_words(value: date, *, brief: bool = False) -> str:
    """A day in words in the language in use: "July 6, 2022", "6 de julio de 2022"; with
    ``brief``, a chart's axis: "Jul 6", "6 jul"."""
    pattern = (_BRIEF if brief else _LONG)[_current]
    return str(_LOCALES[_current].toString(QDate(value.year, value.month, value.day), pattern))


def format_day(value: date) -> str:
    """A day in the language's short format (14/2/2022, 2/14/22)."""
    return str(QLocale().toString(QDate(value.year, value.month, value.day),
                                  QLocale.FormatType.ShortFormat))  # fmt: skip


__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "LANGUAGE_ENV",
    "SPANISH",
    "current",
    "day_words",
    "forced",
    "format_day",
    "system_language",
    "use_language",
]
