"""Tracebacks without personal data, for logs and the terminal.

An exception's text can hold whatever a value held: a signer's name in a
``KeyError``, an address in a ``ValueError``, a voter's row in a parser's
complaint, a message's parameters. Logs and terminals outlive the drive and
travel with bug reports, so what RecallDesk writes there keeps where the
error happened (files, lines, functions) and what kind it was, never its
text. A message code is kept: codes are ours and hold no data.
"""

from __future__ import annotations

import traceback
from types import TracebackType

from recalldesk.core.messages import MessageError


def describe(error: BaseException) -> str:
    """The error's kind (and message code), never its text."""
    kind = type(error).__name__
    if isinstance(error, MessageError):
        return f"{kind} [{error.message.code}]"
    return kind


def redacted_traceback(error: BaseException, trace: TracebackType | None = None) -> str:
    """Where ``error`` happened, frame by frame, and its kind; causes alike."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    first = True
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if not first:
            lines.append("caused by:")
        frames = traceback.extract_tb(
            trace if first and trace is not None else current.__traceback__
        )
        lines.extend(f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames)
        lines.append(describe(current))
        first = False
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return "\n".join(lines)


__all__ = ["describe", "redacted_traceback"]
