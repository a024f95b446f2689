"""Words for people: every message code turned into a sentence, in the user's language.

The layers below return :class:`~recalldesk.core.messages.Message` values
(a code and parameters); the UI and the CLI call :func:`say` to word them.
Templates are marked with ``QT_TRANSLATE_NOOP`` so Qt's ``lupdate`` finds
them; at run time :func:`translate` asks the translator the app installed
(``QCoreApplication.translate``), or keeps the English source when there is
none (the CLI before a translation is loaded, tests). No Qt is imported
here, so the CLI words its messages the same way without a display.

Plurals follow Qt's convention: the source says ``%Ln line(s)`` and is called
with ``n``; a translation supplies its numerus forms, and English is formed
here from the ``(s)``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Translator = Callable[[str, str, str | None, int], str]

_translator: Translator | None = None
_SPANISH_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct",
                   "nov", "dic")  # fmt: skip
_date_style = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it yet."""
    return text


def set_translator(translator: Translator | None) -> None:
    """Install the function that translates (the app passes QCoreApplication.translate)."""
    global _translator
    _translator = translator


def set_date_style(language: str) -> None:
    """Dates in sentences as ``language`` writes them: "Jan 20, 2022", "20 ene 2022"."""
    global _date_style
    _date_style = "es" if language == "es" else "en"


def date_words(value: date) -> str:
    """A date inside a sentence, unambiguous in either language (the month in letters)."""
    if _date_style == "es":
        return f"{value.day} {_SPANISH_MONTHS[value.month - 1]} {value.year}"
    return f"{value:%b} {value.day}, {value.year}"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language; ``n`` >= 0 picks a plural form and fills ``%Ln``."""
    result = text
    if _translator is not None:
        # Looked up as a plain message (Qt finds a message by its number only when the
        # .ts marks it plural): the plural is settled here, for every language alike.
        result = _translator(context, text, disambiguation, -1)
    if n >= 0:
        result = english_plural(result, n)
    return result


def english_plural(text: str, n: int) -> str:
    """Fill ``%Ln``/``%n`` and settle ``(s)``: what Qt leaves for an untranslated source."""
    text = text.replace("%Ln", f"{n:,}").replace("%n", str(n))
    text = text.replace("(s)", "" if n == 1 else "s")
    return text.replace("(es)", "" if n == 1 else "es")


from recalldesk.wording.say import say, say_where, title  # noqa: E402

__all__ = [
    "QT_TRANSLATE_NOOP",
    "date_words",
    "english_plural",
    "say",
    "say_where",
    "set_date_style",
    "set_translator",
    "title",
    "translate",
]
