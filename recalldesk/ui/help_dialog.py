"""Help → Keys and guide (F1): the keying keys and a short guide, inside the app.

Volunteers key offline, often on a borrowed laptop: the help they need is on
the screen, in their language, one key away.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from recalldesk.paths import resources_dir
from recalldesk.ui.language import current as current_language
from recalldesk.wording import QT_TRANSLATE_NOOP, translate

KEYS = (
    (
        "Enter / Tab",
        QT_TRANSLATE_NOOP(
            "Help", "Next field; on the last field (City), save the line and go to the next"
        ),
    ),
    (
        "Shift+Tab",
        QT_TRANSLATE_NOOP("Help", "Back one field"),
    ),
    (
        "Ctrl+Enter",
        QT_TRANSLATE_NOOP("Help", "Save the line now (the fields left are kept as shown)"),
    ),
    (
        "Esc",
        QT_TRANSLATE_NOOP(
            "Help", "Clear the line being typed; on a saved line, leave it unchanged"
        ),
    ),
    (
        "End / →",
        QT_TRANSLATE_NOOP(
            "Help", "Take a suggested completion (Enter or Tab alone keep only what you typed)"
        ),
    ),
    (
        "Ctrl+B / Ctrl+K",
        QT_TRANSLATE_NOOP("Help", "Save the line as blank / as struck out"),
    ),
    (
        "Ctrl+I / Ctrl+G",
        QT_TRANSLATE_NOOP("Help", "Mark the line illegible / without a signature"),
    ),
    (
        "Ctrl+↑ / Ctrl+↓",
        QT_TRANSLATE_NOOP("Help", "Previous / next line: a saved line loads for editing"),
    ),
    (
        "Ctrl+Z / Ctrl+Shift+Z",
        QT_TRANSLATE_NOOP(
            "Help", "Undo typing; with nothing typed, undo / redo the last saved change"
        ),
    ),
    (
        "Ctrl+H",
        QT_TRANSLATE_NOOP("Help", "The line's history: who changed what, when"),
    ),
    (
        "Ctrl+F",
        QT_TRANSLATE_NOOP("Help", "Find a section, a signer or an address"),
    ),
    (
        "Ctrl+N",
        QT_TRANSLATE_NOOP("Help", "Log a section as it arrives"),
    ),
    (
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("Help", "Close the section as keyed"),
    ),
    (
        "Ctrl+1 / Ctrl+2 / Ctrl+3",
        QT_TRANSLATE_NOOP("Help", "Dashboard / section list / keying"),
    ),
    (
        "Ctrl+Shift+D / Ctrl+Shift+S / Ctrl+Shift+V",
        QT_TRANSLATE_NOOP(
            "Help", "Central office: possible duplicates / the sample / the voter file"
        ),
    ),
    (
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP(
            "Help",
            "Verification: key a section again, blind; then F7 / F8 take the first or the "
            "second keying (Shift: for the whole line), or type what the paper says",
        ),
    ),
    (
        "Ctrl+L",
        QT_TRANSLATE_NOOP(
            "Help", "Lock the screen: you type your PIN to go on, or the next volunteer signs in"
        ),
    ),
    (
        "F1",
        QT_TRANSLATE_NOOP("Help", "This help"),
    ),
)

GUIDE = (
    QT_TRANSLATE_NOOP(
        "Help",
        "Log each section as it arrives (Ctrl+N): scan or type its serial, the circulator, "
        "the lines declared, the circulation dates and the declaration checks. A problem "
        "with the declaration shows in red at once; the section is saved flagged, never "
        "refused.",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "Key every line as it is on the paper. Problems never stop you: they are outlined "
        "and explained below the grid (✗ red: the registrar would not count the line; "
        "⚠ orange: someone should look).",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "Every line is saved the moment it is accepted. If the power fails, nothing saved "
        "is lost; the next start offers to resume where keying stopped.",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "After fixing an earlier line, keying goes back to the next line still to key. A "
        "saved line is only changed when you load it yourself (Ctrl+↑ or the grid), and the "
        "blue bar says so.",
    ),
    QT_TRANSLATE_NOOP(
        "Help",
        "When the section is done, close it (Ctrl+Shift+K). If fewer or more lines were "
        "keyed than declared, say why: the reason stays with the section.",
    ),
)


# The guide's pictures, after the paragraph they illustrate, with what they show in words.
PICTURES = {
    0: ("intake", QT_TRANSLATE_NOOP("Help", "Logging a section: serial, circulator, lines "
                                    "declared, dates and the declaration's checks")),
    1: ("keying", QT_TRANSLATE_NOOP("Help", "Keying: the saved lines above, with what each "
                                    "one lacks; the line being typed below")),
}  # fmt: skip


def _picture(name: str, words: str, language: str) -> str:
    """A screenshot of the guide in ``language`` (English when it has none)."""
    folder = resources_dir() / "guide"
    path = folder / f"{name}-{language}.png"
    if not path.is_file():
        path = folder / f"{name}-en.png"
    if not path.is_file():
        return ""
    source = html.escape(QUrl.fromLocalFile(str(path)).toString())
    alt = html.escape(translate("Help", words))
    return f"<p><img src='{source}' width='600' alt='{alt}'><br><i>{alt}</i></p>"


def help_html(language: str = "en") -> str:
    rows = "".join(
        f"<tr><td><b>{html.escape(keys)}</b></td>"
        f"<td>{html.escape(translate('Help', text))}</td></tr>"
        for keys, text in KEYS
    )
    guide = "".join(
        f"<p>{html.escape(translate('Help', p))}</p>"
        + (_picture(*PICTURES[i], language) if i in PICTURES else "")
        for i, p in enumerate(GUIDE)
    )
    return (
        f"<h2>{html.escape(translate('Help', 'Keys'))}</h2>"
        f"<table cellpadding='4'>{rows}</table>"
        f"<h2>{html.escape(translate('Help', 'Keying, in short'))}</h2>{guide}"
    )


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("RecallDesk — keys and guide"))
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Keys and guide"))
        self.view.setHtml(help_html(current_language()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.view.setFocus()
