"""No personal data in logs or tracebacks (issue 13): where and what kind, never the text."""

from __future__ import annotations

import logging

import pytest

from recalldesk.core.messages import MessageError, msg
from recalldesk.core.redact import redacted_traceback

NAME = "Zebulon Quixote"


def failing() -> None:
    try:
        {"a": 1}[NAME]
    except KeyError as error:
        raise ValueError(f"cannot key {NAME} at 12 Xylophone Ave") from error


def test_a_traceback_keeps_where_and_what_not_the_text() -> None:
    with pytest.raises(ValueError) as caught:
        failing()
    text = redacted_traceback(caught.value)
    assert "failing" in text and "test_redact.py" in text
    assert "ValueError" in text and "KeyError" in text and "caused by" in text
    assert "Quixote" not in text and "Xylophone" not in text


def test_a_message_keeps_its_code_not_its_values() -> None:
    error = MessageError(msg("row.unknown_reference", what="section", value=NAME))
    text = redacted_traceback(error)
    assert "row.unknown_reference" in text and "Quixote" not in text


def test_the_command_line_prints_an_unexpected_error_without_its_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from recalldesk import cli

    def boom(_args: object) -> int:
        failing()
        return 0

    monkeypatch.setattr(cli, "cmd_info", boom)
    code = cli.main(["--data-dir", str(tmp_path), "info"])
    err = capsys.readouterr().err
    assert code == 1
    assert "ValueError" in err and "failing" in err
    assert "Quixote" not in err and "Xylophone" not in err


def test_an_uncaught_error_in_the_app_is_logged_without_its_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from recalldesk.app import log_uncaught

    with pytest.raises(ValueError) as caught:
        failing()
    with caplog.at_level(logging.ERROR, logger="recalldesk"):
        log_uncaught(ValueError, caught.value, caught.value.__traceback__)
    assert "ValueError" in caplog.text and "failing" in caplog.text
    assert "Quixote" not in caplog.text
