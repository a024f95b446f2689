"""The app's own preferences, declared once, behind one QSettings adapter.

Options are declared here with their key, type, default and label (Picard's
``options.py``); nothing else calls ``QSettings``. The file lives in the data
folder (so ``--data-dir`` and tests isolate it too). Personal data never goes
here: signer data lives only in the campaign database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from recalldesk import paths


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    kind: type
    default: Any
    label: str


WINDOW_GEOMETRY = Option("window/geometry", QByteArray, QByteArray(), "Main window geometry")
WINDOW_STATE = Option("window/state", QByteArray, QByteArray(), "Toolbars and docks")
IDLE_CHECKPOINT_MS = Option(
    "storage/idle_checkpoint_ms", int, 2000, "Quiet time before the database is tidied"
)
# The folder each file dialog last used, so it opens there next time.
FOLDER_EXPORT = Option("folders/export", str, "", "Where workbooks were last exported")
FOLDER_SYNC = Option("folders/sync", str, "", "Where packets were last written")
FOLDER_MERGE = Option("folders/merge", str, "", "Where packets were last merged from")
FOLDER_DIGEST = Option("folders/digest", str, "", "Where digests were last written")
OPTIONS = (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    IDLE_CHECKPOINT_MS,
    FOLDER_EXPORT,
    FOLDER_SYNC,
    FOLDER_MERGE,
    FOLDER_DIGEST,
)
SETTINGS_VERSION = 1
OPERATOR_LANGUAGE = "language"  # "en" or "es" (ui.language)
OPERATOR_ZOOM = "zoom"  # percent of the normal text size (ui.zoom)
OPERATOR_THEME = "theme"  # "system", "light", "dark", "contrast" (ui.themes)


def app_settings() -> Settings:
    """The settings file of the data folder in use."""
    return Settings(paths.data_dir() / "settings.ini")


class Settings:
    """Typed access to the declared options."""

    def __init__(self, path: Path) -> None:
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        """Upgrade hooks run here when an option changes meaning (none yet)."""
        if int(str(self._qs.value("settings_version", 0))) < SETTINGS_VERSION:
            self._qs.setValue("settings_version", SETTINGS_VERSION)

    def get(self, option: Option) -> Any:
        if option not in OPTIONS:
            raise KeyError(option.key)
        value = self._qs.value(option.key, option.default)
        if option.kind is int:
            try:
                return int(str(value))
            except ValueError:
                return option.default
        return value if isinstance(value, option.kind) else option.default

    def set(self, option: Option, value: Any) -> None:
        if option not in OPTIONS:
            raise KeyError(option.key)
        self._qs.setValue(option.key, value)

    def sync(self) -> None:
        self._qs.sync()

    def operator_choice(self, operator_id: int | None, name: str) -> str:
        """One operator's own choice on a shared laptop (:data:`OPERATOR_LANGUAGE`, …),
        by their operator id in this database; "" when they made none."""
        if operator_id is None:
            return ""
        return str(self._qs.value(f"operators/{operator_id}/{name}", "") or "")

    def set_operator_choice(self, operator_id: int | None, name: str, value: str) -> None:
        if operator_id is not None:
            self._qs.setValue(f"operators/{operator_id}/{name}", value)
            self._qs.sync()


def start_folder(settings: Settings | None, option: Option) -> str:
    """Where a file dialog of this kind opened last (the home folder the first time)."""
    folder = settings.get(option) if settings is not None else ""
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(settings: Settings | None, option: Option, path: Path) -> None:
    """Open the next file dialog of this kind where ``path`` is (a file's folder)."""
    if settings is not None:
        settings.set(option, str(path if path.is_dir() else path.parent))
