"""The report after every merge run: per packet, per office, in total, and the gaps."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from recalldesk.core.sync_gaps import Gap
from recalldesk.store.sync_apply import EntityCounts

MERGED = "merged"
SKIPPED = "skipped"
REFUSED = "refused"


@dataclass(slots=True)
class PacketOutcome:
    """What happened to one file. ``message`` explains a skip or a refusal."""

    path: Path
    status: str
    message: str = ""
    office_code: str = ""
    device_id: str = ""
    sequence: int = 0
    counts: dict[str, EntityCounts] = field(default_factory=dict)

    @property
    def total(self) -> EntityCounts:
        out = EntityCounts()
        for c in self.counts.values():
            out.add(c)
        return out


@dataclass(slots=True)
class MergeReport:
    outcomes: list[PacketOutcome] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    cancelled: bool = False

    def _with(self, status: str) -> list[PacketOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def merged(self) -> list[PacketOutcome]:
        return self._with(MERGED)

    @property
    def skipped(self) -> list[PacketOutcome]:
        return self._with(SKIPPED)

    @property
    def refused(self) -> list[PacketOutcome]:
        return self._with(REFUSED)

    def totals(self) -> EntityCounts:
        out = EntityCounts()
        for o in self.merged:
            out.add(o.total)
        return out

    def by_sheet(self) -> dict[str, EntityCounts]:
        out: dict[str, EntityCounts] = {}
        for o in self.merged:
            for title, c in o.counts.items():
                out.setdefault(title, EntityCounts()).add(c)
        return out

    def by_office(self) -> dict[str, EntityCounts]:
        out: dict[str, EntityCounts] = {}
        for o in self.merged:
            out.setdefault(o.office_code, EntityCounts()).add(o.total)
        return dict(sorted(out.items()))

    def text(self) -> list[str]:
        """The report as plain lines (the CLI prints them; the UI may show them as is)."""
        lines = [
            f"Packets: {len(self.merged)} merged, {len(self.skipped)} skipped as already "
            f"merged, {len(self.refused)} refused" + (" (cancelled)" if self.cancelled else "")
        ]
        for o in self.outcomes:
            if o.status == MERGED:
                t = o.total
                detail = (
                    f"{t.rows:,} rows: {t.added:,} added, {t.updated:,} updated, "
                    f"{t.unchanged:,} unchanged, {t.conflicts:,} conflicts"
                )
            else:
                detail = o.message.removeprefix(f"{o.path.name}: ")
            lines.append(f"  {o.status:<8} {o.path.name}: {detail}")
        t = self.totals()
        lines.append(
            f"Rows: {t.added:,} added, {t.updated:,} updated, {t.unchanged:,} unchanged, "
            f"{t.conflicts:,} conflicts"
        )
        for title, c in self.by_sheet().items():
            lines.append(
                f"  {title:<12} {c.added:>9,} added {c.updated:>9,} updated "
                f"{c.unchanged:>9,} unchanged {c.conflicts:>6,} conflicts"
            )
        if self.merged:
            lines.append("By office:")
            for office, c in self.by_office().items():
                n = sum(1 for o in self.merged if o.office_code == office)
                lines.append(
                    f"  {office:<8} {n:>3} packets {c.added:>9,} added {c.updated:>9,} updated "
                    f"{c.unchanged:>9,} unchanged {c.conflicts:>6,} conflicts"
                )
        if any(c.conflicts for c in self.by_sheet().values()):
            lines.append("Conflicts are kept side by side: see recalldesk conflicts.")
        for gap in self.gaps:
            lines.append(f"Gap: {gap.describe()}")
        return lines
