"""The headless commands, as a coordinator's script would run them."""

import json
from pathlib import Path

import openpyxl
import pytest

from recalldesk import paths
from recalldesk.cli import main


def test_demo_then_export_then_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "office"
    assert main(["--data-dir", str(folder), "demo", "--lines", "600", "--offices", "3"]) == 0
    assert (folder / paths.DATABASE_NAME).exists()
    out = tmp_path / "book.xlsx"
    assert main(["--data-dir", str(folder), "export", "--out", str(out)]) == 0
    wb = openpyxl.load_workbook(out, read_only=True)
    assert sum(1 for _ in wb["Signatures"].iter_rows()) == 601
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "report", "--json", "--today", "2022-06-01"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["lines_keyed"] == 600 and report["days_left"] == 35
    assert 0 < report["estimated_valid"] < report["raw_signatures"]


def test_demo_refuses_a_database_with_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "office")
    assert main(["--data-dir", folder, "demo", "--lines", "50", "--offices", "1"]) == 0
    assert main(["--data-dir", folder, "demo", "--lines", "50"]) == 2
    assert "set up already, or holds sections" in capsys.readouterr().err


def test_export_without_a_database_explains(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "empty"), "export", "--out", "x.xlsx"]) == 2
    assert "No campaign database" in capsys.readouterr().err


def test_export_refuses_other_extensions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "export", "--out", "x.csv"]) == 2
    assert "*.xlsx" in capsys.readouterr().err


def test_project_reproduces_the_regulations_example(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["project", "--raw", "24034", "--sample", "722", "--valid", "516", "--duplicates", "2"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "71.47%" in out and "15,028" in out and "2,150" in out


def test_project_rejects_impossible_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["project", "--raw", "100", "--sample", "10", "--valid", "11"]) == 2
    assert "between 0 and the sample size" in capsys.readouterr().err


def test_info_checks_integrity(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "office")
    main(["--data-dir", folder, "demo", "--lines", "30", "--offices", "1"])
    capsys.readouterr()
    assert main(["--data-dir", folder, "info", "--check"]) == 0
    out = capsys.readouterr().out
    assert "Integrity     ok" in out and "Lines         30" in out


def test_data_dir_from_environment(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info"]) == 0
    assert str(data_dir) in capsys.readouterr().out


def test_init_sets_up_an_office_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(tmp_path / "pas")
    monkeypatch.setenv("RECALLDESK_CAMPAIGN_KEY", "s3cret-key")
    args = ["--data-dir", folder, "init", "--office", "pas", "--office-name", "Pasadena",
            "--operator", "Ana Reyes", "--campaign-key"]  # fmt: skip
    assert main(args) == 0
    assert "office database for office PAS" in capsys.readouterr().out
    assert main(args) == 2
    assert "already set up" in capsys.readouterr().err
    assert main(["--data-dir", folder, "info"]) == 0
    assert "Office        PAS" in capsys.readouterr().out


def test_init_takes_another_campaign(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "sd")
    assert main(["--data-dir", folder, "init", "--office", "SD1", "--operator", "Kim",
                 "--central", "--campaign-name", "Recall of the Mayor", "--county", "San Diego",
                 "--required", "100000", "--approved", "2025-01-02",
                 "--deadline", "2025-06-01"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--data-dir", folder, "report", "--json", "--today", "2025-05-01"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["campaign"] == "Recall of the Mayor" and report["required"] == 100_000
    assert report["days_left"] == 31


def test_the_command_line_speaks_spanish_when_the_system_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from recalldesk import wording

    monkeypatch.delenv("RECALLDESK_LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    try:
        assert main(["--data-dir", str(tmp_path), "demo", "--lines", "40", "--offices", "1"]) == 0
        out = capsys.readouterr().out
        assert "Se escribieron 40 líneas de demostración" in out, out
        assert main(["--data-dir", str(tmp_path), "sync", "--to", str(tmp_path / "no")]) == 2
        assert "no es una carpeta" in capsys.readouterr().err
        book = tmp_path / "libro.xlsx"
        assert main(["--data-dir", str(tmp_path), "export", "--out", str(book)]) == 0
        wb = openpyxl.load_workbook(book, read_only=True)
        assert next(wb["Sections"].iter_rows(values_only=True))[:2] == (
            "UUID de la sección", "N.º de serie",
        )  # fmt: skip
        labels = [r[0] for r in wb["Summary"].iter_rows(values_only=True)]
        assert "Jurisdicción" in labels and "Firmas limpias" in labels
        assert "Los Angeles County" in [r[1] for r in wb["Summary"].iter_rows(values_only=True)]
    except BaseException:
        wording.set_translator(None)
        raise
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["--data-dir", str(tmp_path), "report"]) == 0
    assert "Lines keyed" in capsys.readouterr().out


def test_the_help_is_in_spanish_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from recalldesk import wording

    monkeypatch.setenv("RECALLDESK_LANGUAGE", "es")
    try:
        with pytest.raises(SystemExit):
            main(["init", "--help"])
    finally:
        wording.set_translator(None)
    out = capsys.readouterr().out
    assert out.startswith("uso: recalldesk init") and "opciones" in out, out[:300]
    assert "--office CODE" in out and "this office's code" not in out
