"""The merge report and the packets still missing, in words (for the CLI and the app)."""

from __future__ import annotations

from recalldesk.core.sync_gaps import Gap
from recalldesk.ops.merge import MERGED, MergeReport, PacketOutcome
from recalldesk.wording import say, say_where, translate


def _run(first: int, last: int) -> str:
    return f"{first:,}" if first == last else f"{first:,}–{last:,}"


def gap_text(gap: Gap) -> str:
    numbers = ", ".join(_run(first, last) for first, last in gap.ranges[:10])
    more = len(gap.ranges) - 10
    text = translate(
        "Merge",
        "office {office}, device {device}: packet(s) {numbers} missing (packet {latest} "
        "arrived). Ask the office for the missing packet(s), or for a full one (File → Sync "
        "everything to folder…, or recalldesk sync --full).",
        None,
        gap.count,
    ).format(
        office=gap.office_code, device=gap.device_id[:8], numbers=numbers, latest=f"{gap.latest:,}"
    )
    if gap.count > 1:
        text += " " + translate("Merge", "(%Ln packet(s) in all)", None, gap.count)
    if more > 0:
        text += " " + translate("Merge", "(and %Ln more run(s))", None, more)
    return text


def _outcome_detail(o: PacketOutcome) -> str:
    if o.status == MERGED:
        t = o.total
        said = translate(
            "Merge", "{rows} rows: {added} added, {updated} updated, {unchanged} unchanged, "
            "{conflicts} conflicts",
        ).format(rows=f"{t.rows:,}", added=f"{t.added:,}", updated=f"{t.updated:,}",
                 unchanged=f"{t.unchanged:,}", conflicts=f"{t.conflicts:,}")  # fmt: skip
        if o.figures_kept_older:
            said += translate(
                "Merge", "; its verification figures are older than a later packet's of the "
                "same computer, so those stand",
            )  # fmt: skip
        return said
    if o.refusal is not None:
        r = o.refusal
        return say_where("", r.problem, r.sheet, r.row, r.column).removeprefix(": ")
    return say(o.message) if o.message is not None else ""


def status_word(status: str) -> str:
    words = {
        "merged": translate("Merge", "merged"),
        "skipped": translate("Merge", "skipped"),
        "refused": translate("Merge", "refused"),
    }
    return words.get(status, status)


def report_lines(report: MergeReport) -> list[str]:
    """The report as plain lines: per packet, totals, per sheet and office, gaps."""
    head = translate(
        "Merge", "Packets: {merged} merged, {skipped} skipped as already merged, {refused} refused"
    ).format(merged=len(report.merged), skipped=len(report.skipped), refused=len(report.refused))
    if report.cancelled:
        head += " " + translate("Merge", "(cancelled)")
    lines = [head]
    for o in report.outcomes:
        lines.append(f"  {status_word(o.status):<8} {o.path.name}: {_outcome_detail(o)}")
    t = report.totals()
    lines.append(
        translate(
            "Merge",
            "Rows: {added} added, {updated} updated, {unchanged} unchanged, {conflicts} conflicts",
        ).format(
            added=f"{t.added:,}",
            updated=f"{t.updated:,}",
            unchanged=f"{t.unchanged:,}",
            conflicts=f"{t.conflicts:,}",
        )
    )
    for title, c in report.by_sheet().items():
        lines.append(
            f"  {title:<12} {c.added:>9,} {translate('Merge', 'added')} {c.updated:>9,} "
            f"{translate('Merge', 'updated')} {c.unchanged:>9,} "
            f"{translate('Merge', 'unchanged')} {c.conflicts:>6,} "
            f"{translate('Merge', 'conflicts')}"
        )
    if report.merged:
        lines.append(translate("Merge", "By office:"))
        for office, c in report.by_office().items():
            n = sum(1 for o in report.merged if o.office_code == office)
            lines.append(
                f"  {office:<8} {translate('Merge', '%Ln packet(s)', None, n):>12} "
                f"{c.added:>9,} {translate('Merge', 'added')} {c.updated:>9,} "
                f"{translate('Merge', 'updated')} {c.unchanged:>9,} "
                f"{translate('Merge', 'unchanged')} {c.conflicts:>6,} "
                f"{translate('Merge', 'conflicts')}"
            )
    if any(c.conflicts for c in report.by_sheet().values()):
        lines.append(
            translate(
                "Merge",
                "Conflicts are kept side by side: settle them in File → Merge conflicts… "
                "(or recalldesk conflicts).",
            )
        )
    if report.voters_matched:
        lines.append(
            translate("Merge", "Matched {n} new or changed lines to the voter file.").format(
                n=f"{report.voters_matched:,}"
            )
        )
    for gap in report.gaps:
        lines.append(translate("Merge", "Gap: {gap}").format(gap=gap_text(gap)))
    return lines
