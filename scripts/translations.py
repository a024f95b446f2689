"""The Spanish translation's upkeep: ``python scripts/translations.py update|check|release``.

* ``update`` finds every translatable string in the sources into
  ``resources/i18n/recalldesk_es.ts``: new strings arrive unfinished, strings gone
  from the sources are dropped, translations kept. Strings are found in the
  syntax tree, as Qt's lupdate would, but also where lupdate looks past them
  (a ``translate(context, text, None, n)`` call, a call inside an f-string):
  ``self.tr(text)`` in a class (its context is the class's name),
  ``translate(context, text, …)``, ``QCoreApplication.translate(…)`` and
  ``QT_TRANSLATE_NOOP(context, text)``, the ``help=`` and ``description=`` of
  the command line (context ``CliHelp``), ``_x(text)`` (the campaign workbook's
  headers and labels, context ``Export``); ``self.tr(text, "", n)`` is a plural.
* ``check`` lists what is wrong with the ``.ts``: a string unfinished or empty, a
  placeholder (``{name}``, ``%n``, a tag) or an ``&`` accelerator that the
  translation lost or added, a trailing ``…`` dropped, plural forms missing.
* ``release`` compiles the ``.ts`` into the ``.qm`` the app loads (lrelease).

tests/wording/test_translations.py runs the same checks, so a string added to the
sources without its Spanish fails the tests.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "recalldesk_es.ts"
QM = TS.with_suffix(".qm")
_MARKS = re.compile(
    r"\{[a-z_0-9]*(?::[^}]*)?\}|%L?n|%\d|%\([a-z_]+\)[sd]|%%|</?[a-zA-Z][^>]*>|&[a-z]+;"
)


def sources() -> list[Path]:
    return sorted((ROOT / "recalldesk").rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def _text(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _constants(trees: dict[Path, ast.Module]) -> dict[str, dict[str, str]]:
    """{module name: {NAME: "text"}} of each module's top-level string constants."""
    out: dict[str, dict[str, str]] = {}
    for path, tree in trees.items():
        table = out.setdefault(path.stem, {})
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, text = node.targets[0], _text(node.value)
                if isinstance(target, ast.Name) and text is not None:
                    table[target.id] = text
    return out


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """{function: context} of the module's one-line wrappers ``return translate(CTX, text)``."""
    out = {}
    for node in tree.body:
        if (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1
                and isinstance(node.body[-1], ast.Return)
                and isinstance(node.body[-1].value, ast.Call)):  # fmt: skip
            call = node.body[-1].value
            name = getattr(call.func, "attr", None) or getattr(call.func, "id", "")
            if name == "translate" and len(call.args) == 2 and _text(call.args[0]):
                out[node.name] = str(_text(call.args[0]))
    return out


def extract() -> dict[tuple[str, str], bool]:
    """{(context, source): plural?} of every translatable string, in source order.

    A context may be a literal, or a module's string constant (``CONTEXT``, or
    ``rules.CONTEXT`` of another module); a module's one-line wrapper of
    ``translate`` (``def _tr(text): return translate("Report", text)``) counts too.
    """
    found: dict[tuple[str, str], bool] = {}
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sources()}
    constants = _constants(trees)

    for path, tree in trees.items():
        here, wrappers = constants.get(path.stem, {}), _wrappers(tree)

        def context_of(node: ast.expr, here: dict[str, str] = here) -> str | None:
            if isinstance(node, ast.Name):
                return here.get(node.id)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                return constants.get(node.value.id, {}).get(node.attr)
            return _text(node)

        owner: dict[int, str] = {}
        for node in ast.walk(tree):  # outer classes first: an inner class's name wins
            if isinstance(node, ast.ClassDef):
                for inner in ast.walk(node):
                    owner[id(inner)] = node.name
        command_line = path.name.startswith("cli")
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
        for call in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
            function = call.func
            name = getattr(function, "attr", None) or getattr(function, "id", "")
            args = call.args
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                context, source = context_of(args[0]), _text(args[1])
                plural = False
            elif name in wrappers and len(args) == 1:
                context, source, plural = wrappers[name], _text(args[0]), False
            elif name == "_x" and len(args) == 1:  # the campaign workbook's own words
                context, source, plural = "Export", _text(args[0]), False
            elif name == "tr" and isinstance(function, ast.Attribute) and args:
                context, source = owner.get(id(call)), _text(args[0])
                plural = len(args) >= 3
            else:
                continue
            if context is not None and source is not None:
                found[(context, source)] = found.get((context, source), False) or plural
        for call in sorted(calls, key=lambda n: (n.lineno, n.col_offset)):
            for keyword in call.keywords if command_line else ():
                text = _text(keyword.value) if keyword.arg in ("help", "description") else None
                if text and text != "==SUPPRESS==":
                    found.setdefault(("CliHelp", text), False)
    return found


def update(target: Path = TS) -> str:
    """Write every string of the sources into ``target``, keeping its translations."""
    kept = messages(target) if target.exists() else {}
    root = ET.Element("TS", version="2.1", language="es")
    contexts: dict[str, ET.Element] = {}
    added = 0
    for (context, source), plural in extract().items():
        group = contexts.get(context)
        if group is None:
            group = contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(group, "name").text = context
        old = kept.get((context, source))
        if old is not None and (old.get("numerus") == "yes") == plural:
            group.append(old)
            continue
        message = ET.SubElement(group, "message", {"numerus": "yes"} if plural else {})
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation", type="unfinished")
        if plural:
            for _ in range(2):
                ET.SubElement(translation, "numerusform")
        added += 1
    ET.indent(root, space="    ")
    with open(target, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        ET.ElementTree(root).write(handle, encoding="utf-8", xml_declaration=False)
    total = sum(len(c.findall("message")) for c in root)
    return f"{total} strings, {added} new"


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
