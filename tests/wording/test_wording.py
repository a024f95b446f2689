"""Every message the lower layers can raise has words, and the words fill in cleanly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recalldesk.core.messages import Message
from recalldesk.core.rules import RULES
from recalldesk.ops.undo import StepKind
from recalldesk.store import errors
from recalldesk.wording import english_plural, say, set_translator, title, translate
from recalldesk.wording.say import finding_text, has_words, rule_meaning, rule_title, say_where

ROOT = Path(__file__).resolve().parents[2] / "recalldesk"
# msg("code", …), refuse("code", …), Message("code", …) and MessageError(msg("code" …
CODE = re.compile(r"""\b(?:msg|refuse|Message)\(\s*["']([a-z_]+\.[A-Za-z_.]+)["']""")


def codes_in_source() -> set[str]:
    found: set[str] = set()
    for path in ROOT.rglob("*.py"):
        if "wording" in path.parts:
            continue
        found.update(CODE.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_code_raised_below_the_ui_has_words() -> None:
    codes = codes_in_source()
    assert len(codes) > 80  # the scan found the codes (it would pass vacuously otherwise)
    storage = {
        kind.kind for kind in vars(errors).values()
        if isinstance(kind, type) and issubclass(kind, errors.StorageError)
    }  # fmt: skip
    steps = {f"{prefix}.{kind}" for prefix in ("step", "undo", "redo") for kind in StepKind}
    cells = {
        f"cell.{kind}"
        for kind in ("uuid", "uuid_or_empty", "text_required", "int", "int_positive", "bool",
                     "date_or_empty", "stamp", "enum")
    }  # fmt: skip
    missing = sorted(c for c in codes | storage | steps | cells if not has_words(c))
    assert missing == []


def test_every_rule_has_a_title_and_a_sentence() -> None:
    for code in RULES:
        assert rule_title(code) != code, code
        assert rule_meaning(code).endswith("."), code
        assert "{" not in rule_meaning(code), code


def test_findings_carry_their_details() -> None:
    assert finding_text("CITY_ZIP_MISMATCH", {"zip": "91104", "city": "Pasadena"}) == (
        "The city does not match the ZIP code. (91104 is Pasadena)"
    )
    text = finding_text("DECLARATION_INCOMPLETE", {"missing": ["date_signed", "circulated_to"]})
    assert text.endswith("Missing: date signed, circulation end date.")


def test_a_message_fills_in_its_parameters_and_never_fails() -> None:
    assert say(Message("intake.duplicate_serial", {"serial": "PAS-1", "office": "PAS"})) == (
        "Section PAS-1 is already logged (office PAS). Open it from the section list instead "
        "of logging it again."
    )
    assert "{office}" in say(Message("intake.duplicate_serial", {"serial": "PAS-1"}))
    assert say(Message("no.such_code", {"a": 1})).startswith("no.such_code")
    assert title(Message("storage.disk_full", {})) == "The disk is full"
    assert say_where("f.xlsx", Message("file.formula", {"cell": "D3"}), "Lines", 3, "city") == (
        "f.xlsx: sheet Lines, row 3, column city: cell D3 holds a formula; packets and digests "
        "hold values only"
    )


def test_plurals_in_english_and_through_a_translator() -> None:
    assert english_plural("%Ln line(s) keyed today", 1) == "1 line keyed today"
    assert english_plural("%Ln line(s) keyed today", 1200) == "1,200 lines keyed today"
    seen: list[tuple[str, str, int]] = []

    def spanish(context: str, text: str, _d: str | None, n: int) -> str:
        seen.append((context, text, n))
        return "%Ln línea(s) hoy"

    set_translator(spanish)
    try:
        assert translate("MainWindow", "%Ln line(s) keyed today", None, 2) == "2 líneas hoy"
        assert translate("MainWindow", "%Ln line(s) keyed today", None, 1) == "1 línea hoy"
    finally:
        set_translator(None)
    # Looked up as a plain message (Qt matches a number only to a .ts plural): the plural
    # is settled from the translation's "(s)".
    assert seen[0] == ("MainWindow", "%Ln line(s) keyed today", -1)


@pytest.mark.parametrize("kind", ["disk_full", "locked", "read_only", "corrupt", "newer_schema"])
def test_storage_errors_say_what_to_do(kind: str) -> None:
    text = say(Message(f"storage.{kind}", {"path": "/x/recalldesk.sqlite3", "detail": "d",
                                            "version": 9, "latest": 2}))  # fmt: skip
    assert "{" not in text and len(text) > 40
