"""The command line signs in as the app does (issue 13): no PIN, no work; roles hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from recalldesk.cli import main
from tests.conftest import ANA_PASSWORD


def run(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


@pytest.fixture
def office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    folder = tmp_path / "office"
    monkeypatch.setenv("RECALLDESK_CAMPAIGN_KEY", "the campaign key 2022")
    key = ("--campaign-key",)  # read from the environment, never written on the line
    assert run(folder, "init", "--office", "PAS", "--operator", "Ana Reyes", *key) == 0
    (folder / "out").mkdir()  # the USB stick
    capsys.readouterr()
    return folder


def test_init_needs_a_real_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECALLDESK_NEW_PIN", "short")
    assert run(tmp_path / "x", "init", "--office", "PAS", "--operator", "Ana") == 2
    assert "at least 10 characters" in capsys.readouterr().err
    monkeypatch.delenv("RECALLDESK_NEW_PIN")
    assert run(tmp_path / "x", "init", "--office", "PAS", "--operator", "Ana") == 2
    assert "RECALLDESK_NEW_PIN" in capsys.readouterr().err  # no terminal: says how


def test_a_campaign_key_on_the_command_line_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("init", "--office", "PAS", "--operator", "Ana", "--campaign-key", "s3cret-key-22")
    assert run(tmp_path / "x", *args) == 2
    err = capsys.readouterr().err
    assert "never written on the command line" in err and "s3cret" not in err
    assert not (tmp_path / "x" / "recalldesk.sqlite3").exists()


def test_a_wrong_or_missing_pin_does_nothing(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECALLDESK_PIN", "not the password")
    assert run(office, "sync", "--to", str(office / "out")) == 2
    assert "is not Ana Reyes's" in capsys.readouterr().err
    monkeypatch.delenv("RECALLDESK_PIN")
    assert run(office, "sync", "--to", str(office / "out")) == 2
    assert "RECALLDESK_PIN" in capsys.readouterr().err
    assert not list((office / "out").iterdir())


def test_a_volunteer_is_held_to_their_role(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECALLDESK_NEW_PIN", "4821")
    assert run(office, "operators", "add", "Tom Nguyen", "--operator", "Ana Reyes") == 0
    assert "Added Tom Nguyen as volunteer" in capsys.readouterr().out
    monkeypatch.setenv("RECALLDESK_OPERATOR", "Tom Nguyen")
    monkeypatch.setenv("RECALLDESK_PIN", "4821")
    for args in (("sync", "--to", str(office / "out")), ("export", "--out", str(office / "x.xlsx")),
                 ("purge", "--yes"), ("operators", "role", "Tom Nguyen", "lead")):  # fmt: skip
        assert run(office, *args) == 2, args
        assert "needs a lead" in capsys.readouterr().err, args
    assert not list((office / "out").iterdir()) and not (office / "x.xlsx").exists()
    monkeypatch.setenv("RECALLDESK_PIN", ANA_PASSWORD)
    monkeypatch.setenv("RECALLDESK_NEW_PIN", "tom's lead password")  # a lead needs a password
    assert run(office, "operators", "role", "Tom Nguyen", "lead", "--operator", "Ana Reyes") == 0
    assert "signs in with a password, not a PIN" in capsys.readouterr().out
    monkeypatch.setenv("RECALLDESK_PIN", "tom's lead password")
    assert run(office, "sync", "--to", str(office / "out")) == 0  # a lead now


def test_who_acts_must_be_said_when_several_may(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECALLDESK_NEW_PIN", "4821")
    assert run(office, "operators", "add", "Tom Nguyen") == 0  # Ana: the only one who may
    capsys.readouterr()
    assert run(office, "sync", "--to", str(office / "out")) == 2
    err = capsys.readouterr().err
    assert "--operator" in err and "Ana Reyes, Tom Nguyen" in err
    assert run(office, "operators") == 0
    listed = capsys.readouterr().out
    assert "Ana Reyes" in listed and "lead" in listed and "volunteer" in listed


def test_a_demo_names_its_lead(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "demo"
    assert run(folder, "demo", "--lines", "60", "--offices", "1") == 0
    assert "Sign in as" in capsys.readouterr().out
    assert run(folder, "export", "--out", str(tmp_path / "d.xlsx")) == 0
    nobody = tmp_path / "nobody"
    assert run(nobody, "demo", "--lines", "60", "--offices", "1", "--no-lead") == 0
    capsys.readouterr()
    assert run(nobody, "export", "--out", str(tmp_path / "n.xlsx")) == 2
    assert "operators first" in capsys.readouterr().err
    assert run(nobody, "operators", "first", "Pat Doe") == 0
    assert run(nobody, "export", "--out", str(tmp_path / "n.xlsx")) == 0
