"""Crafting hostile sync files the way an attacker would, and merging them safely.

``edit_members`` rewrites a workbook's zip members byte for byte (no
openpyxl in between, so the rest of the file is exactly what RecallDesk
wrote); ``reseal`` stands for an attacker who holds a signing key, so the
checks behind the signature are reached. ``run_cli`` runs ``recalldesk`` in a
child process under a memory limit and a timeout, so a file that would abort
or hang the process fails the test instead of taking pytest with it.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.sync_world import KEY, plain, reseal

MemberEdit = Callable[[dict[str, bytes]], None]


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(plain(path)) as book:
        return {info.filename: book.read(info) for info in book.infolist()}


def write_members(target: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return target


def edit_members(source: Path, target: Path, edit: MemberEdit, *, key: str | None = KEY) -> Path:
    """Copy ``source`` to ``target`` with ``edit`` applied to its members; reseal with ``key``."""
    parts = members(source)
    edit(parts)
    write_members(target, parts)
    if key is not None:
        reseal(target, key)
    return target


def replace_text(parts: dict[str, bytes], member: str, old: bytes, new: bytes) -> None:
    data = parts[member]
    assert old in data, (member, old)
    parts[member] = data.replace(old, new, 1)


def sheet_member(parts: dict[str, bytes], title: str) -> str:
    """The worksheet member of the sheet called ``title`` (as our writer lays them out)."""
    workbook = parts["xl/workbook.xml"].decode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    import re

    rid = re.search(rf'<sheet name="{re.escape(title)}"[^>]*r:id="(rId\d+)"', workbook)
    assert rid is not None, title
    target = re.search(rf'Target="([^"]+)" Id="{rid.group(1)}"', rels)
    assert target is not None
    return target.group(1).lstrip("/")


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def run_cli(data_dir: Path, *args: str, memory_mb: int = 3000, timeout: float = 120) -> Run:
    """``recalldesk --data-dir DATA_DIR ARGS`` in a child limited to ``memory_mb`` of address space."""

    def limit() -> None:
        size = memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "recalldesk", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=timeout, preexec_fn=limit, env=env,
    )  # fmt: skip
    return Run(done.returncode, done.stdout, done.stderr)
