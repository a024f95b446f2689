"""The codebase's own rules: lint, format, types, layering. They fail CI like any test."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_ruff_check() -> None:
    result = run("ruff", "check", "recalldesk", "tests", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run("ruff", "format", "--check", "recalldesk", "tests", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict_on_core_and_store() -> None:
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_layering_is_enforced_by_ruff(tmp_path: Path) -> None:
    """A Qt import below the UI must be caught by the banned-import rule, not goodwill."""
    probe = ROOT / "recalldesk" / "core" / "_layering_probe.py"
    probe.write_text("import PySide6\nimport sqlite3\nfrom recalldesk.store import lines\n")
    try:
        result = run("ruff", "check", "--select", "TID251", str(probe))
    finally:
        probe.unlink()
    assert result.returncode != 0
    assert result.stdout.count("TID251") == 3, result.stdout


def test_pyside6_is_pinned_below_612() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    assert '"PySide6-Essentials>=6.11,<6.12"' in text
