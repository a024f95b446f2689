"""What a purge removed and kept, in words (the CLI's report and the app's)."""

from __future__ import annotations

from typing import Protocol

from recalldesk.wording import translate


class PurgedLike(Protocol):  # ops.purge.Purged
    @property
    def lines(self) -> int: ...
    @property
    def circulators(self) -> int: ...
    @property
    def voters(self) -> int: ...
    @property
    def verdicts(self) -> int: ...
    @property
    def conflicts(self) -> int: ...
    @property
    def audit_entries(self) -> int: ...
    @property
    def backups(self) -> int: ...


def purge_lines(done: PurgedLike) -> list[str]:
    """One line per thing removed, then what was kept."""

    def n(value: int) -> str:
        return f"{value:,}"

    return [
        translate("Purge", "Removed the names and addresses of {n} signature lines.").format(
            n=n(done.lines)
        ),
        translate("Purge", "Removed the addresses of {n} circulators (their names stay).").format(
            n=n(done.circulators)
        ),
        translate("Purge", "Removed {voters} voter(s) of the voter file and {verdicts} "
                  "predicted verdicts.").format(voters=n(done.voters), verdicts=n(done.verdicts)),
        translate("Purge", "Removed {n} unsettled sync conflicts.").format(n=n(done.conflicts)),
        translate("Purge", "Removed what {n} audit entries recorded of lines and "
                  "circulators (who did what, and when, stays).").format(n=n(done.audit_entries)),
        translate("Purge", "Scrubbed {n} backup copies alike.").format(n=n(done.backups)),
        translate("Purge", "Kept: every section and line as counted, so the figures stay; "
                  "decisions, samples, the voter files' provenance, and this purge in the "
                  "audit."),
    ]  # fmt: skip


__all__ = ["purge_lines"]
