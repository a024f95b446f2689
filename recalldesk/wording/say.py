"""Turning messages into sentences: :func:`say`, :func:`title`, :func:`say_where`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from recalldesk.core.messages import Message
from recalldesk.wording import QT_TRANSLATE_NOOP, date_words, messages, rules, translate


class _Params(dict[str, Any]):
    """Format parameters: a missing one shows as ``{name}`` instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _shown(value: Any) -> Any:
    if isinstance(value, Message):  # a reason that is itself a message: said in words
        return say(value)
    if isinstance(value, date):
        return date_words(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return f"{value:,}"
    return value


def _days_ago(stamp: str) -> str:
    """ "today", "yesterday", "3 days ago" for a stored UTC time, in local days."""
    try:
        when = datetime.fromisoformat(stamp).astimezone().date()
    except ValueError:
        return stamp
    days = (date.today() - when).days
    if days <= 0:
        return translate("Say", "today")
    if days == 1:
        return translate("Say", "yesterday")
    return translate("Say", "%Ln day(s) ago", None, days)


ROLE_NAMES = {
    "volunteer": QT_TRANSLATE_NOOP("Roles", "volunteer"),
    "lead": QT_TRANSLATE_NOOP("Roles", "lead"),
    "coordinator": QT_TRANSLATE_NOOP("Roles", "coordinator"),
}


def role_name(role: str) -> str:
    """A staff role (core.records.StaffRole) in words."""
    return translate("Roles", ROLE_NAMES[role]) if role in ROLE_NAMES else role


def _local_time(stamp: str) -> str:
    """A stored UTC time as the local clock shows it (HH:MM)."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%H:%M")
    except ValueError:
        return stamp


# Words the code puts into sentences, by parameter name: said in the user's language.
# Only these parameters, and only these values: a name or a cell's content is never
# translated, even when it happens to read "on".
_ON_OFF = {"on": QT_TRANSLATE_NOOP("Values", "on"), "off": QT_TRANSLATE_NOOP("Values", "off")}
_SIDES = {
    "local": QT_TRANSLATE_NOOP("Values", "local"),
    "incoming": QT_TRANSLATE_NOOP("Values", "incoming"),
}
_SECTION_STATUSES = {
    "received": QT_TRANSLATE_NOOP("Values", "received"),
    "keying": QT_TRANSLATE_NOOP("Values", "keying"),
    "keyed": QT_TRANSLATE_NOOP("Values", "keyed"),
    "verified": QT_TRANSLATE_NOOP("Values", "verified"),
    "exported": QT_TRANSLATE_NOOP("Values", "exported"),
}
_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Values", "open"),
    "confirmed": QT_TRANSLATE_NOOP("Values", "confirmed"),
    "dismissed": QT_TRANSLATE_NOOP("Values", "dismissed"),
    "registered": QT_TRANSLATE_NOOP("Values", "registered at this address"),
    "different_address": QT_TRANSLATE_NOOP("Values", "registered at a different address"),
    "canceled": QT_TRANSLATE_NOOP("Values", "canceled"),
    "not_found": QT_TRANSLATE_NOOP("Values", "not found"),
    "ambiguous": QT_TRANSLATE_NOOP("Values", "two voters fit"),
}
_FIELDS = {
    "first_name": QT_TRANSLATE_NOOP("Values", "first name"),
    "last_name": QT_TRANSLATE_NOOP("Values", "last name"),
    "street_number": QT_TRANSLATE_NOOP("Values", "street number"),
    "street_name": QT_TRANSLATE_NOOP("Values", "street"),
    "unit": QT_TRANSLATE_NOOP("Values", "unit"),
    "city": QT_TRANSLATE_NOOP("Values", "city"),
    "zip_code": QT_TRANSLATE_NOOP("Values", "ZIP"),
    "signature_present": QT_TRANSLATE_NOOP("Values", "signed"),
    "mark": QT_TRANSLATE_NOOP("Values", "mark"),
}
_CHOSEN = {
    "first": QT_TRANSLATE_NOOP("Values", "the first keying"),
    "second": QT_TRANSLATE_NOOP("Values", "the second keying"),
    "typed": QT_TRANSLATE_NOOP("Values", "a value typed from the paper"),
}
_KINDS = {
    "link": QT_TRANSLATE_NOOP("Values", "link"),
    "folder": QT_TRANSLATE_NOOP("Values", "folder"),
    "pipe": QT_TRANSLATE_NOOP("Values", "pipe"),
    "special": QT_TRANSLATE_NOOP("Values", "special file"),
    "packet": QT_TRANSLATE_NOOP("Values", "packet"),
    "digest": QT_TRANSLATE_NOOP("Values", "digest"),
}
VALUE_WORDS: dict[str, dict[str, str]] = {
    "state": _ON_OFF,
    "kept": _SIDES,
    "was": {**_SECTION_STATUSES, **_SIDES},
    "status": _STATUSES,
    "field": _FIELDS,
    "chosen": _CHOSEN,
    "kind": _KINDS,
}


def _worded(key: str, value: Any) -> Any:
    words = VALUE_WORDS.get(key)
    if words is not None and isinstance(value, str) and value in words:
        return translate("Values", words[value])
    return _shown(value)


def _prepare(code: str, params: Mapping[str, Any]) -> _Params:
    prepared = _Params({k: _worded(k, v) for k, v in params.items()})
    if code == "rule.DECLARATION_INCOMPLETE":
        parts = params.get("missing", ())
        prepared["missing"] = ", ".join(
            translate(rules.CONTEXT, rules.DECLARATION_PARTS.get(p, p)) for p in parts
        )
    if code in ("file.manifest_not_text", "file.cell_not_text"):
        kinds = {
            "bool": translate("Messages", "TRUE/FALSE"),
            "number": translate("Messages", "number"),
        }
        prepared["kind"] = kinds.get(str(params.get("kind")), params.get("kind"))
    if code == "rule.SIGNED_BEFORE":
        prepared["when"] = _days_ago(str(params.get("keyed_at", "")))
    if "line" in params and isinstance(params["line"], int):
        prepared["line"] = str(params["line"])  # a line number, not a count: no separator
    for key in ("role", "needed"):
        if params.get(key) in ROLE_NAMES:
            prepared[key] = translate("Roles", ROLE_NAMES[str(params[key])])
    if code == "signin.locked":
        prepared["until"] = _local_time(str(params.get("until", "")))
    for key in ("sequence", "conflict", "seed", "schema", "latest", "version", "pid", "first_row"):
        if isinstance(params.get(key), int):
            prepared[key] = str(params[key])
    return prepared


def _template(code: str) -> tuple[str, str] | None:
    if code.startswith("rule."):
        text = rules.SENTENCES.get(code.removeprefix("rule."))
        return (rules.CONTEXT, text) if text is not None else None
    text = messages.TEMPLATES.get(code)
    return (messages.CONTEXT, text) if text is not None else None


def say(message: Message) -> str:
    """The message as a sentence in the user's language."""
    found = _template(message.code)
    if found is None:  # never fail to report: say what we know
        return f"{message.code} {dict(message.params)}"
    context, text = found
    n = message.params.get("n", -1)
    translated = translate(context, text, None, n if isinstance(n, int) else -1)
    return translated.format_map(_prepare(message.code, message.params))


def has_words(code: str) -> bool:
    """Whether ``code`` has a template (a test checks every code the source raises)."""
    return _template(code) is not None


def title(message: Message) -> str:
    """A short title for a dialog showing ``message``."""
    code = message.code
    text = messages.TITLES.get(code) or messages.TITLES.get(code.split(".", 1)[0])
    if text is None:
        return translate(messages.CONTEXT, messages.TITLES["storage.failed"])
    return translate(messages.CONTEXT, text)


def say_where(
    file: str, problem: Message, sheet: str = "", row: int | None = None, column: str = ""
) -> str:
    """A refusal naming the file, and where known the sheet, row and column."""
    parts = []
    if sheet:
        parts.append(translate("Messages", "sheet {sheet}").format(sheet=sheet))
    if row is not None:
        parts.append(translate("Messages", "row {row}").format(row=row))
    if column:
        parts.append(translate("Messages", "column {column}").format(column=column))
    where = ", ".join(parts)
    text = say(problem)
    return f"{file}: {where}: {text}" if where else f"{file}: {text}"


def rule_title(code: str) -> str:
    """The short plain name of a rule ("P.O. box only"); the code itself if unknown."""
    text = rules.TITLES.get(code)
    return translate(rules.CONTEXT, text) if text is not None else code


def rule_meaning(code: str) -> str:
    """A rule's sentence without details (for lists of codes and their meaning)."""
    return say(Message("rule." + code, {}))


def finding_text(code: str, params: Mapping[str, Any]) -> str:
    """One finding's sentence, with its details when it carries them."""
    sentence = say(Message("rule." + code, {}))
    detail = rules.DETAILS.get(code)
    if detail is None or not params:
        return sentence
    worded = translate(rules.CONTEXT, detail).format_map(_prepare("rule." + code, params))
    return f"{sentence} {worded}"


def severity_word(severity: str) -> str:
    text = rules.SEVERITIES.get(severity)
    return translate(rules.CONTEXT, text) if text is not None else severity
