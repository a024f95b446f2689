"""An error shown in the app is logged without its text (issue 13: no personal data)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QMessageBox

from recalldesk.ui.errors import show_error


def test_an_unexpected_error_is_logged_without_the_signers_name(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)  # no modal box in a test
    try:
        raise KeyError("Zebulon Quixote")
    except KeyError as error:
        with caplog.at_level(logging.ERROR, logger="recalldesk"):
            show_error(None, error)
    assert "KeyError" in caplog.text and "test_error_logging.py" in caplog.text
    assert "Quixote" not in caplog.text
