"""What a sync did, in words (the CLI prints it; the app shows it in the status bar)."""

from __future__ import annotations

from recalldesk.ops.sync import DigestImported
from recalldesk.wording import translate


def digest_imported(imported: DigestImported) -> str:
    """One sentence on a central digest taken (or skipped as not newer)."""
    if not imported.imported:
        return translate(
            "Sync", "Central digest {sequence} is not newer than digest {latest}, already imported."
        ).format(sequence=imported.sequence, latest=imported.latest)
    return translate(
        "Sync", "Imported central digest {sequence} (%Ln decision(s)).", None, imported.decisions
    ).format(sequence=imported.sequence)
