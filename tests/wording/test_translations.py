"""The Spanish translation is complete, sound, and what the app loads (issue 15)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _tool()


def test_every_string_of_the_sources_is_in_the_translation() -> None:
    """The strings today's sources mark for translation are exactly those the .ts holds:
    a string added (or changed) without its Spanish fails here (then run
    scripts/translations.py update, translate, release)."""
    in_sources = set(translations.extract())
    in_file = set(translations.messages())
    assert sorted(in_sources - in_file)[:10] == [], "new strings: run translations.py update"
    assert sorted(in_file - in_sources)[:10] == [], "gone strings: run translations.py update"


def test_every_string_is_translated_and_keeps_its_placeholders() -> None:
    assert translations.problems()[:20] == []


def test_the_compiled_translation_is_built_from_the_source(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    translations.release(translations.TS, built)
    assert built.read_bytes() == translations.QM.read_bytes(), "run translations.py release"


def test_the_extractor_finds_what_lupdate_misses() -> None:
    """A plural through translate(context, text, None, n) and a call inside an f-string."""
    found = translations.extract()
    assert ("MainWindow", "%Ln line(s) keyed today") in found
    assert ("Help", "Keying, in short") in found
    assert found[("StatisticsWindow", "%n operator(s).")] is True  # self.tr(text, "", n)
    assert ("VotersWindow", "%Ln line(s) to review") in found  # translate(CONTEXT, …)
    assert ("Report", "Campaign report") in found  # _tr(text): a one-line wrapper


def test_the_checker_catches_a_lost_placeholder_and_an_unfinished_string(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    text = translations.TS.read_text(encoding="utf-8")
    text = text.replace("escríbala como {hint}.</translation>", "escríbala.</translation>", 1)
    text = text.replace("<translation>", '<translation type="unfinished">', 1)
    broken.write_text(text, encoding="utf-8")
    found = translations.problems(broken)
    assert any("placeholders differ" in p for p in found)
    assert any("not translated" in p for p in found)


@pytest.mark.usefixtures("qapp")
def test_the_app_speaks_spanish_and_back() -> None:
    from PySide6.QtCore import QCoreApplication

    from recalldesk.ui import dates, language

    try:
        assert language.use_language("es") == "es"
        said = QCoreApplication.translate("SignInDialog", "&Sign in")
        assert said and said != "&Sign in"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own
        assert dates.order() == dates.DAY_FIRST and dates.date_hint().startswith("d/m/aaaa")
        assert str(dates.parse_date("14/2/22")) == "2022-02-14"
        assert dates.parse_date("2/14/22") is None  # never read the other way round
    finally:
        language.use_language("en")
    assert QCoreApplication.translate("SignInDialog", "&Sign in") == "&Sign in"
    assert str(dates.parse_date("2/14/22")) == "2022-02-14"


def test_dates_inside_sentences_follow_the_language() -> None:
    from datetime import date

    from recalldesk import wording

    try:
        wording.set_date_style("es")
        assert wording.date_words(date(2022, 1, 20)) == "20 ene 2022"
    finally:
        wording.set_date_style("en")
    assert wording.date_words(date(2022, 1, 20)) == "Jan 20, 2022"


def test_a_plural_through_wording_is_translated_with_its_number() -> None:
    """wording.translate(context, text, None, n) finds the message (Qt finds a message by
    its number only when the .ts marks it plural) and settles the plural itself."""
    from PySide6.QtCore import QTranslator

    from recalldesk import wording

    found = QTranslator()
    assert found.load(str(translations.QM))
    wording.set_translator(lambda c, t, d, n: found.translate(c, t, d, n) or t)
    try:
        said = wording.translate("MainWindow", "%Ln line(s) keyed today", None, 4)
        assert said == "4 líneas capturadas hoy"
        assert wording.translate("MainWindow", "%Ln line(s) keyed today", None, 1) == (
            "1 línea capturada hoy"
        )
    finally:
        wording.set_translator(None)


def test_words_the_code_puts_into_sentences_are_translated_too() -> None:
    """A section status or a field name inserted in a Spanish sentence is Spanish; a
    value that is data (a name, a cell) is never translated, even when it reads "on"."""
    from PySide6.QtCore import QTranslator

    from recalldesk import wording
    from recalldesk.core.messages import Message

    found = QTranslator()
    assert found.load(str(translations.QM))
    wording.set_translator(lambda c, t, d, n: found.translate(c, t, d, n) or t)
    try:
        said = wording.say(Message("audit.reopened", {"was": "keyed", "line": 3}))
        assert "capturada" in said and "keyed" not in said, said
        settled = wording.say(
            Message(
                "audit.difference_settled",
                {"line": 2, "field": "last_name", "serial": "PAS-1", "chosen": "second"},
            )
        )
        assert "apellido" in settled and "la segunda captura" in settled, settled
        data = wording.say(Message("row.unknown_reference", {"what": "operator", "value": "on"}))
        assert "“on”" in data
    finally:
        wording.set_translator(None)


_TEXT_SINKS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "addItem", "setHeaderLabels", "QLabel",
    "QPushButton", "QCheckBox", "QGroupBox", "addTab", "addRow", "showMessage", "setTitle",
    "QAction", "addMenu", "information", "warning", "critical", "question", "setLabelText",
}  # fmt: skip
# Said in both languages on purpose: whoever sits down must find it whatever is on screen.
_BILINGUAL = {"Language / Idioma", "&Language / Idioma:"}


def test_no_window_shows_words_that_skip_the_translator() -> None:
    """A literal (or f-string) with words handed straight to a Qt text setter in the UI
    never reaches the translator: every such text goes through tr() or translate()."""
    import ast
    import re

    found = []
    for path in sorted((ROOT / "recalldesk" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", "")
            if name not in _TEXT_SINKS or not node.args:
                continue
            first = node.args[0]
            words = ""
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                words = first.value
            elif isinstance(first, ast.JoinedStr):
                words = "".join(v.value for v in first.values if isinstance(v, ast.Constant))
            if re.search(r"[A-Za-z]{3}", words) and words not in _BILINGUAL:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}({words[:40]!r})")
    assert found == []
