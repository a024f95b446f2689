"""A draw's findings in words: counts, the registrar's projection, thresholds, interval."""

from __future__ import annotations

import html

from recalldesk.core.projection import Outcome
from recalldesk.core.records import Campaign
from recalldesk.ops.sample import MIN_RESULTS, Findings
from recalldesk.wording import translate
from recalldesk.wording.sample import counted_label


def _tr(text: str) -> str:
    return translate("SampleWindow", text)


def findings_html(campaign: Campaign, found: Findings) -> str:
    counted = found.count
    parts = [
        "<h3>" + html.escape(_tr("Sample {id}").format(id=found.draw.id)) + "</h3>",
        "<p>"
        + html.escape(
            _tr("{checked} of {size} drawn lines checked; {pending} to go.").format(
                checked=f"{counted.checked:,}",
                size=f"{counted.size:,}",
                pending=f"{counted.pending:,}",
            )
        )
        + "</p>",
    ]
    if counted.by_result:
        rows = "".join(
            f"<tr><td>{html.escape(counted_label(k))}</td><td align='right'>{n:,}</td></tr>"
            for k, n in sorted(counted.by_result.items(), key=lambda kv: -kv[1])
        )
        parts.append(f"<table cellpadding='2'>{rows}</table>")
    p, t = found.projection, found.thresholds
    if p is None or t is None or found.outcome is None:
        parts.append("<p>" + html.escape(_tr("No results yet: nothing to project.")) + "</p>")
        return "".join(parts)
    if counted.typed < MIN_RESULTS and not counted.complete:
        parts.append(
            "<p><i>"
            + html.escape(
                _tr(
                    "Only {n} results so far: too few to speak for the drive. The dashboard "
                    "uses a sample once {min} are in."
                ).format(n=f"{counted.typed:,}", min=MIN_RESULTS)
            )
            + "</i></p>"
        )
    words = {
        Outcome.QUALIFIES: _tr("qualifies"),
        Outcome.FULL_COUNT: _tr("goes to a full count"),
        Outcome.FAILS: _tr("fails"),
    }[found.outcome]
    low, high = found.interval or (0.0, 1.0)
    parts.append(
        "<p><b>"
        + html.escape(
            _tr("Projected valid: {valid} of {raw} raw — the petition {outcome}.").format(
                valid=f"{p.projected_valid:,}", raw=f"{p.raw:,}", outcome=words
            )
        )
        + "</b></p>"
    )
    parts.append(
        "<p>"
        + html.escape(
            _tr(
                "The registrar's formula (2 CCR 20530–20532) with n = {n}, V = {v}, D = {d}: "
                "p = {p}%, U = {u}, f = {f}, a duplicate in the sample weighs {w}, "
                "E = {e}; projected = U − E."
            ).format(
                n=f"{p.sample:,}",
                v=f"{p.valid_in_sample:,}",
                d=f"{p.duplicates_in_sample:,}",
                p=p.validity_pct,
                u=f"{p.unadjusted:,}",
                f=p.factor,
                w=f"{p.duplicate_weight:,.1f}",
                e=f"{p.duplicate_penalty:,}",
            )
        )
        + "</p>"
    )
    needs = []
    for label, needed in (
        (_tr("to qualify (more than {share})").format(share=f"{campaign.qualify_above:.0%}"),
         t.qualify),
        (_tr("for a full count (from {share})").format(share=f"{campaign.fail_below:.0%}"),
         t.full_count),
    ):  # fmt: skip
        amount = f"{needed:,}" if needed is not None else _tr("out of reach at this raw count")
        needs.append(f"<li>{html.escape(label)}: {html.escape(amount)}</li>")
    parts.append(
        "<p>"
        + html.escape(
            _tr("Valid signatures this sample needs (of {n} checked, with {d} duplicates):").format(
                n=f"{p.sample:,}", d=f"{p.duplicates_in_sample:,}"
            )
        )
        + f"</p><ul>{''.join(needs)}</ul>"
    )
    parts.append(
        "<p>"
        + html.escape(
            _tr(
                "Validity {rate}; 95% interval {low}–{high} (Wilson's score interval). "
                "Until every drawn line is checked, the lines checked so far are the sample."
            ).format(
                rate=f"{p.valid_in_sample / p.sample:.1%}", low=f"{low:.1%}", high=f"{high:.1%}"
            )
        )
        + "</p>"
    )
    return "".join(parts)
