"""Validation rules from the law, each with a stable code, severity and basis.

A rule never blocks keying: the volunteer saves what is on the paper, and
the finding travels with the line. Severity says what the registrar would do:
``ERROR`` means the line (or the whole section) would not count; ``WARNING``
means it might not, and someone should look. Where the law is unclear the
rules take the stricter reading, so the campaign never overestimates its
count; their wording (``recalldesk.wording.rules``) says so.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from recalldesk.core.normalize import is_po_box
from recalldesk.core.records import Campaign, LineMark, Section, SignatureLine
from recalldesk.core.zipdata import CountyStatus, ZipTable, normalize_zip


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule of the law: ``field`` is the keyed field a finding outlines ('' for none)."""

    code: str
    severity: Severity
    basis: str
    field: str = ""
    voids_section: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule broken by one line or section; ``params`` are the details to word."""

    code: str
    field: str = ""
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def rule(self) -> Rule:
        return RULES[self.code]

    @property
    def severity(self) -> Severity:
        return RULES[self.code].severity


_E, _W = Severity.ERROR, Severity.WARNING
_RULE_LIST = [
    # --- signature lines ---
    Rule("MISSING_STREET_NUMBER", _E, "EC 105; 2 CCR 20931", "street_number"),
    Rule("MISSING_STREET", _E, "EC 105; 2 CCR 20931", "street_name"),
    Rule("PO_BOX_ONLY", _E, "EC 105; 2 CCR 20931", "street_name"),
    Rule("MISSING_CITY_AND_ZIP", _E, "EC 105; 2 CCR 20931", "city"),
    Rule("ZIP_OUT_OF_COUNTY", _E, "EC 11045, 11047", "zip_code"),
    Rule("ZIP_STRADDLES_COUNTY", _W, "EC 11045, 11047", "zip_code"),
    Rule("ZIP_MALFORMED", _W, "EC 105", "zip_code"),
    Rule("CITY_NOT_IN_COUNTY", _W, "EC 11045, 11047", "city"),
    Rule("CITY_ZIP_MISMATCH", _W, "2 CCR 20931", "city"),
    Rule("MISSING_NAME", _E, "EC 100, 11041", "last_name"),
    Rule("SIGNATURE_MISSING", _E, "EC 100"),
    Rule("WITHDRAWN", _E, "EC 11303"),
    Rule("ILLEGIBLE", _W, "2 CCR 20931"),
    Rule("LINE_BEYOND_DECLARED", _W, "EC 104", "line_number"),
    Rule("DUPLICATE_LINE_NUMBER", _W, "EC 100 (lines numbered)", "line_number"),
    # Found by the duplicate lookup as the line is saved, not by validate_line.
    Rule("SIGNED_BEFORE", _W, "EC 18612"),
    # --- sections ---
    Rule("DECLARATION_INCOMPLETE", _E, "EC 104", "declaration", voids_section=True),
    Rule("CIRCULATED_BEFORE_APPROVAL", _E, "EC 11042, 11220", "circulated_from",
         voids_section=True),
    Rule("CIRCULATED_AFTER_DEADLINE", _E, "EC 11220, 11222", "circulated_to",
         voids_section=True),
    Rule("CIRCULATION_DATES_REVERSED", _W, "EC 104", "circulated_to"),
    Rule("RECEIVED_AFTER_DEADLINE", _E, "EC 11222", "received_on", voids_section=True),
]  # fmt: skip
RULES: dict[str, Rule] = {rule.code: rule for rule in _RULE_LIST}

LINE_FIELDS = (
    "line_number",
    "first_name",
    "last_name",
    "street_number",
    "street_name",
    "unit",
    "city",
    "zip_code",
)


@dataclass(frozen=True, slots=True)
class LineContext:
    """What a line is checked against besides itself."""

    zips: ZipTable
    declared_lines: int
    other_line_numbers: Collection[int] = ()


def validate_line(line: SignatureLine, ctx: LineContext) -> tuple[Finding, ...]:
    """All findings for one keyed line, in field order (first one to outline first)."""
    if line.mark in (LineMark.BLANK, LineMark.STRUCK):
        # Not a signature at all; only its numbering can be wrong.
        return tuple(_numbering(line, ctx))
    findings = list(_numbering(line, ctx))
    if line.mark is LineMark.WITHDRAWN:
        findings.append(Finding("WITHDRAWN"))
    if line.mark is LineMark.ILLEGIBLE:
        findings.append(Finding("ILLEGIBLE"))
    if not line.first_name.strip() and not line.last_name.strip():
        findings.append(Finding("MISSING_NAME", "last_name"))
    findings += _address(line, ctx.zips)
    if not line.signature_present:
        findings.append(Finding("SIGNATURE_MISSING"))
    return tuple(findings)


def _numbering(line: SignatureLine, ctx: LineContext) -> list[Finding]:
    found = []
    if ctx.declared_lines and line.line_number > ctx.declared_lines:
        found.append(
            Finding("LINE_BEYOND_DECLARED", "line_number", {"declared": ctx.declared_lines})
        )
    if line.line_number in ctx.other_line_numbers:
        found.append(Finding("DUPLICATE_LINE_NUMBER", "line_number"))
    return found


def _address(line: SignatureLine, zips: ZipTable) -> list[Finding]:
    found = []
    street = line.street_name.strip()
    if is_po_box(street) or is_po_box(line.street_number):
        found.append(Finding("PO_BOX_ONLY", "street_name"))
    else:
        if not line.street_number.strip():
            found.append(Finding("MISSING_STREET_NUMBER", "street_number"))
        if not street:
            found.append(Finding("MISSING_STREET", "street_name"))
    raw_zip, city = line.zip_code.strip(), line.city.strip()
    if not raw_zip:
        if not city:
            found.append(Finding("MISSING_CITY_AND_ZIP", "city"))
        elif not zips.zips_for_city(city):
            found.append(Finding("CITY_NOT_IN_COUNTY", "city"))
        return found
    zip5 = normalize_zip(raw_zip)
    if not zip5:
        found.append(Finding("ZIP_MALFORMED", "zip_code"))
        return found
    status = zips.county_status(zip5)
    if status is CountyStatus.OUT:
        found.append(Finding("ZIP_OUT_OF_COUNTY", "zip_code", {"zip": zip5}))
        return found
    if status is CountyStatus.STRADDLES:
        found.append(Finding("ZIP_STRADDLES_COUNTY", "zip_code", {"zip": zip5}))
    info = zips.get(zip5)
    if city and info is not None and not info.accepts_city(city):
        found.append(Finding("CITY_ZIP_MISMATCH", "city", {"zip": zip5, "city": info.city}))
    return found


def validate_section(section: Section, campaign: Campaign) -> tuple[Finding, ...]:
    """Findings that put a whole section at risk or void it."""
    found = []
    missing = [
        part
        for part, present in (
            ("signature", section.declaration_signed),
            ("date_signed", section.declaration_dated),
            ("place_signed", section.declaration_place),
            ("circulated_from", section.circulated_from is not None),
            ("circulated_to", section.circulated_to is not None),
        )
        if not present
    ]
    if missing:
        found.append(Finding("DECLARATION_INCOMPLETE", "declaration", {"missing": missing}))
    start, end = section.circulated_from, section.circulated_to
    if start is not None and start < campaign.approval_date:
        found.append(
            Finding("CIRCULATED_BEFORE_APPROVAL", "circulated_from",
                    {"date": start, "approved": campaign.approval_date})
        )  # fmt: skip
    if end is not None and end > campaign.filing_deadline:
        found.append(
            Finding("CIRCULATED_AFTER_DEADLINE", "circulated_to",
                    {"date": end, "deadline": campaign.filing_deadline})
        )  # fmt: skip
    if start is not None and end is not None and end < start:
        found.append(Finding("CIRCULATION_DATES_REVERSED", "circulated_to"))
    if section.received_on is not None and section.received_on > campaign.filing_deadline:
        found.append(Finding("RECEIVED_AFTER_DEADLINE", "received_on"))
    return tuple(found)


def worst_severity(codes: Collection[str]) -> Severity | None:
    """``ERROR`` if any code is an error, else ``WARNING`` if any, else None."""
    severities = {RULES[c].severity for c in codes if c in RULES}
    if Severity.ERROR in severities:
        return Severity.ERROR
    return Severity.WARNING if severities else None


def is_counted_valid_candidate(codes: Collection[str]) -> bool:
    """True when none of our checks already rules the line out."""
    return worst_severity(codes) is not Severity.ERROR


def outline(codes: Collection[str]) -> dict[str, tuple[Severity, tuple[str, ...]]]:
    """``{field: (worst severity, codes)}`` for the keyed fields a line's findings point at."""
    out: dict[str, tuple[Severity, tuple[str, ...]]] = {}
    for code in codes:
        rule = RULES.get(code)
        if rule is None or not rule.field:
            continue
        severity, found = out.get(rule.field, (Severity.WARNING, ()))
        if rule.severity is Severity.ERROR:
            severity = Severity.ERROR
        out[rule.field] = (severity, (*found, code))
    return out
