"""The Spanish translation's upkeep: ``python scripts/translations.py update|check|release``.

* ``update`` runs Qt's lupdate over every source file into
  ``resources/i18n/recalldesk_es.ts``: new strings arrive unfinished, strings gone
  from the sources are dropped.
* ``check`` lists what is wrong with the ``.ts``: a string unfinished or empty, a
  placeholder (``{name}``, ``%n``, a tag) or an ``&`` accelerator that the
  translation lost or added, a trailing ``…`` dropped, plural forms missing.
* ``release`` compiles the ``.ts`` into the ``.qm`` the app loads (lrelease).

tests/wording/test_translations.py runs the same checks, so a string added to the
sources without its Spanish fails the tests.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "recalldesk_es.ts"
QM = TS.with_suffix(".qm")
_MARKS = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}|%L?n|%\d|</?[a-zA-Z][^>]*>|&[a-z]+;")


def sources() -> list[Path]:
    return sorted((ROOT / "recalldesk").rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def update(target: Path = TS) -> str:
    """lupdate the sources into ``target``; returns lupdate's report."""
    done = subprocess.run(
        [_tool("lupdate"), *map(str, sources()), "-locations", "none", "-no-obsolete",
         "-target-language", "es", "-ts", str(target)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout + done.stderr


def release(source: Path = TS, target: Path = QM) -> None:
    subprocess.run([_tool("lrelease"), str(source), "-qm", str(target)],
                   capture_output=True, check=True)  # fmt: skip


def messages(path: Path = TS) -> dict[tuple[str, str], ET.Element]:
    """{(context, source): the <message>} of a .ts file."""
    root = ET.parse(path).getroot()
    return {
        (str(c.findtext("name")), m.findtext("source") or ""): m
        for c in root.findall("context")
        for m in c.findall("message")
    }


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?![a-z]+;)\S", text.replace("&&", "")))


def problems(path: Path = TS) -> list[str]:
    """Every translation that is missing or would break the words it replaces."""
    found = []
    for (context, source), message in messages(path).items():
        where = f"[{context}] {source[:70]!r}"
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            found.append(f"{where}: not translated")
            continue
        if message.get("numerus") == "yes":
            texts = [f.text or "" for f in translation.findall("numerusform")]
            if len(texts) != 2 or not all(t.strip() for t in texts):
                found.append(f"{where}: needs two plural forms")
        else:
            texts = [translation.text or ""]
            if source.strip() and not texts[0].strip():
                found.append(f"{where}: empty")
        for text in texts:
            if sorted(_MARKS.findall(text)) != sorted(_MARKS.findall(source)):
                found.append(f"{where}: placeholders differ in {text[:70]!r}")
            if _accelerators(text) != _accelerators(source):
                found.append(f"{where}: '&' accelerators differ in {text[:70]!r}")
            if source.endswith("…") != text.endswith("…"):
                found.append(f"{where}: the trailing '…' differs in {text[:70]!r}")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        print(update().strip())
    elif command == "release":
        release()
        print(f"wrote {QM.relative_to(ROOT)}")
    elif command == "check":
        found = problems()
        print("\n".join(found) or "every string is translated")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
