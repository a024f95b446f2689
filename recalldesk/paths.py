"""Where RecallDesk keeps its files: one module decides, everything asks it.

Signer data is personal, so it lives in the non-roaming local app-data folder
(never synced to a roaming profile). ``RECALLDESK_DATA_DIR`` or ``--data-dir``
override it, so tests and portable installs (a USB stick) never touch the
user's folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from recalldesk import APP_NAME

ENV_DATA_DIR = "RECALLDESK_DATA_DIR"
DATABASE_NAME = "recalldesk.sqlite3"

_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """Use ``path`` as the data folder for this process (``--data-dir``)."""
    global _override
    _override = Path(path).expanduser().resolve() if path is not None else None


def data_dir(create: bool = True) -> Path:
    """The folder holding the campaign database and its backups."""
    if _override is not None:
        path = _override
    elif os.environ.get(ENV_DATA_DIR):
        path = Path(os.environ[ENV_DATA_DIR]).expanduser().resolve()
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, APP_NAME, roaming=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return data_dir() / DATABASE_NAME


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """Shipped read-only data: a frozen build, an installed wheel, or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    package = Path(__file__).resolve().parent
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"RecallDesk resources not found in any of: {candidates}")
