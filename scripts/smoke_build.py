"""Smoke-test the built app (PyInstaller's one folder), not the source.

    python scripts/smoke_build.py dist/RecallDesk-VERSION

Runs the folder's own programs, each in a fresh data folder: ``--version``;
``demo --lines 2000`` then ``export`` and ``report``; an office and central set up
with ``init``, a ``sync`` packet merged at central, the digest back; then the
window, started under Xvfb (or the platform's display) until its main window is
shown, in English and in Spanish. Prints the folder's size and its biggest parts
(the README lists them). Exits 1 at the first failure, naming the step.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PASSWORD = "smoke password 1"
KEY = "smoke campaign key, long and random enough"


def _programs(folder: Path) -> tuple[Path, Path]:
    suffix = ".exe" if sys.platform == "win32" else ""
    return folder / f"recalldesk-cli{suffix}", folder / f"RecallDesk{suffix}"


def _run(step: str, args: list[str], env: dict[str, str], expect: str = "") -> str:
    started = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    out = started.stdout + started.stderr
    if started.returncode != 0 or expect not in out:
        print(f"FAILED: {step}: exit {started.returncode}\n{out[-3000:]}", file=sys.stderr)
        raise SystemExit(1)
    print(f"ok: {step}")
    return out


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _biggest(folder: Path, top: int = 8) -> list[tuple[int, str]]:
    inner = folder / "_internal"
    parts = [
        (_size(p) if p.is_dir() else p.stat().st_size, p.name)
        for p in inner.iterdir()
        if not p.is_symlink()  # links into a package's folder: counted there
    ]
    return sorted(parts, reverse=True)[:top]


def _display(env: dict[str, str]) -> subprocess.Popen[bytes] | None:
    """An Xvfb display on Linux without one (CI); None where the platform has its own."""
    if sys.platform != "linux" or env.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        print("FAILED: the window: Xvfb is not installed", file=sys.stderr)
        raise SystemExit(1)
    server = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
    env["DISPLAY"] = ":97"
    return server


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "")
    cli, window = _programs(folder)
    if not cli.is_file() or not window.is_file():
        print(f"FAILED: no built programs in {folder}", file=sys.stderr)
        return 1
    from recalldesk import __version__

    work = Path(tempfile.mkdtemp(prefix="recalldesk-smoke-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RECALLDESK_", "QT_"))}
    env.update(RECALLDESK_NEW_PIN=PASSWORD, RECALLDESK_PIN=PASSWORD, RECALLDESK_CAMPAIGN_KEY=KEY)
    try:
        _run("--version", [str(cli), "--version"], env, __version__)
        demo = ["--data-dir", str(work / "demo")]
        _run("demo --lines 2000", [str(cli), *demo, "demo", "--lines", "2000"], env, "2,000")
        book = work / "campaign.xlsx"
        _run("export", [str(cli), *demo, "export", "--out", str(book)], env)
        if not book.is_file() or book.stat().st_size < 10_000:
            print("FAILED: export: no workbook written", file=sys.stderr)
            return 1
        _run("report", [str(cli), *demo, "report"], env, "566,857")

        office, central, usb = work / "PAS", work / "HQ", work / "usb"
        usb.mkdir()
        _run("init (office)", [str(cli), "--data-dir", str(office), "init", "--office", "PAS",
                               "--operator", "Pat Lead", "--campaign-key"], env)  # fmt: skip
        _run("init (central)", [str(cli), "--data-dir", str(central), "init", "--office", "HQ",
                                "--operator", "Kim Coordinator", "--central",
                                "--campaign-key"], env)  # fmt: skip
        _run("sync", [str(cli), "--data-dir", str(office), "sync", "--to", str(usb)], env,
             "Wrote packet 1")  # fmt: skip
        _run("merge", [str(cli), "--data-dir", str(central), "merge", str(usb)], env,
             "1 merged")  # fmt: skip
        _run("digest", [str(cli), "--data-dir", str(central), "digest", "--to", str(usb)], env)
        _run("sync (imports the digest)",
             [str(cli), "--data-dir", str(office), "sync", "--to", str(usb)], env,
             "Imported central digest 1")  # fmt: skip

        shown = dict(env, RECALLDESK_SMOKE="1", RECALLDESK_OPERATOR="Pat Lead")
        server = _display(shown)
        try:
            for language, menu in (("en", "menu: &File"), ("es", "menu: &Archivo")):
                said = _run(
                    f"the window ({language})", [str(window), "--data-dir", str(office)],
                    dict(shown, RECALLDESK_LANGUAGE=language), "shown: MainWindow",
                )  # fmt: skip
                if menu not in said or __version__ not in said:
                    print(f"FAILED: the window ({language}): no {menu!r} and version in\n{said}",
                          file=sys.stderr)  # fmt: skip
                    return 1
        finally:
            if server is not None:
                server.terminate()
                server.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    total = _size(folder)
    print(f"size: {total / 2**20:,.0f} MiB in {folder.name}")
    for size, name in _biggest(folder):
        print(f"  {size / 2**20:8,.1f} MiB  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
