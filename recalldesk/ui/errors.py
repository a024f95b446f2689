"""One way to tell the user that something did not work.

Errors from the layers below carry a message code (``MessageError``); they
are worded by :mod:`recalldesk.wording` and shown in a dialog naming the
cause and what to do. Anything else is our bug: it is shown as one, with
where the details were written, and never hidden.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from recalldesk.core.messages import MessageError
from recalldesk.core.redact import redacted_traceback
from recalldesk.wording import say, title

log = logging.getLogger("recalldesk")


def describe(error: BaseException) -> tuple[str, str]:
    """(title, text) for ``error``."""
    if isinstance(error, MessageError):
        return title(error.message), say(error.message)
    return (
        QCoreApplication.translate("Errors", "Something went wrong"),
        QCoreApplication.translate(
            "Errors",
            "RecallDesk hit an error it did not expect ({kind}). Nothing more was saved by "
            "this action; everything saved before it is safe. Please tell the campaign's "
            "technical contact what you were doing.",
        ).format(kind=type(error).__name__),
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A dialog for ``error``; our bugs are also logged with their traceback."""
    if not isinstance(error, MessageError):
        # Where and what kind, never the error's text: it can hold a signer's data.
        log.error("unexpected error:\n%s", redacted_traceback(error))
    heading, text = describe(error)
    QMessageBox.warning(parent, heading, text)
