"""What a sync did, in words (the CLI prints it; the app shows it in the status bar)."""

from __future__ import annotations

from recalldesk.ops.sync import DigestImported
from recalldesk.wording import say_where, translate


def digest_imported(imported: DigestImported) -> str:
    """One sentence on a central digest taken (or skipped as not newer), and any passed over."""
    if not imported.imported:
        text = translate(
            "Sync", "Central digest {sequence} is not newer than digest {latest}, already imported."
        ).format(sequence=imported.sequence, latest=imported.latest)
    else:
        text = translate(
            "Sync", "Imported central digest {sequence} (%Ln decision(s)).", None,
            imported.decisions,
        ).format(sequence=imported.sequence)  # fmt: skip
    for _path, refusal in imported.refused:
        where = say_where(refusal.file, refusal.problem, refusal.sheet, refusal.row, refusal.column)
        text += " " + translate("Sync", "Passed over {why}").format(why=where)
    return text
