"""Messages as data: a code and its parameters, worded only by the UI and the CLI.

Every layer below the UI reports what happened as a :class:`Message`; the
``recalldesk.wording`` package turns it into a sentence in the user's
language. Audit reasons are stored the same way (as JSON), so the history of
a line reads in whatever language the person looking at it uses.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Message:
    """``code`` names what happened (``"undo.accept"``); ``params`` fill in the details."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {"code": self.code, "params": dict(self.params)},
            ensure_ascii=False,
            sort_keys=True,
            default=str,
        )

    @staticmethod
    def from_json(text: str) -> Message | None:
        """The message stored as ``text``; None for '' or for text that is not one.

        Audit reasons written before messages became data are plain English
        sentences: callers show those as they are.
        """
        if not text.startswith("{"):
            return None
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("code"), str):
            return None
        params = data.get("params")
        return Message(data["code"], params if isinstance(params, dict) else {})


def msg(code: str, **params: Any) -> Message:
    """Shorthand: ``msg("intake.no_serial")``."""
    return Message(code, params)


class MessageError(Exception):
    """An exception that carries a :class:`Message` rather than English text.

    ``str()`` gives the code and parameters (for logs and tracebacks, which the
    user never reads); the UI and the CLI word ``message``.
    """

    def __init__(self, message: Message) -> None:
        super().__init__(f"{message.code} {dict(message.params)!r}")
        self.message = message

    @property
    def code(self) -> str:
        return self.message.code
