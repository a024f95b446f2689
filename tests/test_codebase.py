"""The codebase's own rules: lint, format, types, layering. They fail CI like any test."""

import ast
import re
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
def test_mypy_strict_on_core_store_ops_and_wording() -> None:
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
    config = (ROOT / "pyproject.toml").read_text()
    for layer in ("core", "store", "ops", "wording"):
        assert f'"recalldesk.{layer}.*"' in config, f"mypy is not strict on {layer}/"


# What each layer may not import. The probe is checked as if it were a file of the
# layer (ruff reads the ruff.toml beside it), but it is fed on stdin, never written
# into the source tree.
FORBIDDEN = {
    "core": ["PySide6", "sqlite3", "openpyxl", "recalldesk.store", "recalldesk.exchange",
             "recalldesk.ops", "recalldesk.ui", "recalldesk.cli", "recalldesk.app",
             "recalldesk.wording"],
    "store": ["PySide6", "openpyxl", "recalldesk.exchange", "recalldesk.ops",
              "recalldesk.ui", "recalldesk.cli_sync", "recalldesk.app", "recalldesk.wording"],
    "exchange": ["PySide6", "sqlite3", "recalldesk.ops", "recalldesk.ui", "recalldesk.cli",
                 "recalldesk.app", "recalldesk.wording"],
    "demo": ["PySide6", "sqlite3", "recalldesk.ops", "recalldesk.ui", "recalldesk.cli"],
    "ops": ["PySide6", "sqlite3", "openpyxl", "python_calamine", "recalldesk.ui",
            "recalldesk.cli", "recalldesk.cli_common", "recalldesk.app", "recalldesk.wording"],
    "wording": ["PySide6", "sqlite3", "recalldesk.store", "recalldesk.exchange",
                "recalldesk.ui", "recalldesk.cli"],
    "ui": ["sqlite3", "openpyxl", "python_calamine", "recalldesk.store",
           "recalldesk.exchange", "recalldesk.demo", "recalldesk.cli"],
    "": ["sqlite3", "openpyxl", "recalldesk.store", "recalldesk.exchange", "recalldesk.ui"],
}  # fmt: skip
EVERYWHERE = ["PySide6.QtSql", "shiboken6"]


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layering_is_enforced_by_ruff(layer: str) -> None:
    """A forbidden import in any layer is caught by the banned-import rule, not goodwill."""
    banned = FORBIDDEN[layer] + EVERYWHERE
    probe = "".join(f"import {module}\n" for module in banned)
    name = f"recalldesk/{layer}/_probe.py" if layer else "recalldesk/cli_probe.py"
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--select", "TID251", "--no-cache",
         "--stdin-filename", name, "-"],
        cwd=ROOT, input=probe, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode != 0
    assert result.stdout.count("TID251") == len(banned), result.stdout
    assert not (ROOT / name).exists()


# Attribute names that would reach the database from a widget.
RAW_SQL = {"db", "conn", "query", "scalar", "execute", "executemany", "transaction", "snapshot"}


def test_widgets_cannot_reach_a_raw_sql_method() -> None:
    """The UI holds a Workspace and calls operations; it never touches ``ws.db``."""
    offenders = []
    for path in sorted((ROOT / "recalldesk" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in RAW_SQL:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}")
    assert offenders == []


def test_the_app_and_the_cli_act_only_as_who_signed_in() -> None:
    """``operator_actor`` (an operator's role without their PIN) is for tests and tools;
    the app and the CLI get every actor from ``ops.sign_in`` (issue 13)."""
    people = [ROOT / "recalldesk" / "app.py", *sorted((ROOT / "recalldesk").glob("cli*.py"))]
    offenders = [
        f"{path.relative_to(ROOT)}"
        for path in [*people, *sorted((ROOT / "recalldesk" / "ui").rglob("*.py"))]
        if "operator_actor" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_every_update_of_a_record_table_stamps_a_change_seq() -> None:
    """The figures cache and sync packets find changes by change_seq: an UPDATE of a
    line or section that does not set it would leave both behind."""
    found, offenders = 0, []
    for path in sorted((ROOT / "recalldesk" / "store").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"UPDATE (signature_line|section|\{table\})[\s\"]", text):
            found += 1
            if "change_seq" not in text[match.start() : match.start() + 300]:
                offenders.append(f"{path.relative_to(ROOT)}: {match.group(0)!r}")
    assert found >= 4  # the writes, the merge and the conflicts' UPDATEs are seen
    assert offenders == []
