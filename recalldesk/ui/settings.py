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
OPTIONS = (WINDOW_GEOMETRY, WINDOW_STATE, IDLE_CHECKPOINT_MS)
SETTINGS_VERSION = 1


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
