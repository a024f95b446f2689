"""Build the app folder from build.spec: ``python scripts/build_app.py [--smoke]``.

Compiles the translations (scripts/translations.py release), runs PyInstaller on
build.spec into ``dist/RecallDesk-VERSION/`` (work files in ``build/``), and with
``--smoke`` tries the built programs (scripts/smoke_build.py). The same on
Windows, macOS and Linux; CI runs it with ``--smoke`` on every run.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from recalldesk import __version__

    translations = runpy.run_path(str(ROOT / "scripts" / "translations.py"))
    translations["release"]()
    import PyInstaller.__main__

    PyInstaller.__main__.run([
        "--noconfirm", "--log-level", "WARN", "--distpath", str(ROOT / "dist"),
        "--workpath", str(ROOT / "build"), str(ROOT / "build.spec"),
    ])  # fmt: skip
    folder = ROOT / "dist" / f"RecallDesk-{__version__}"
    print(f"built {folder}")
    if "--smoke" in argv:
        smoke = runpy.run_path(str(ROOT / "scripts" / "smoke_build.py"))
        return int(smoke["main"](["smoke_build.py", str(folder)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
