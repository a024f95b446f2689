"""Validation rules from the law, each with a stable code, message and basis.

A rule never blocks keying: the volunteer saves what is on the paper, and
the finding travels with the line. Severity says what the registrar would do:
``ERROR`` means the line (or the whole section) would not count; ``WARNING``
means it might not, and someone should look. Where the law is unclear the
rules take the stricter reading, so the campaign never overestimates its
count; those messages say so.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass

from recalldesk.core.normalize import is_po_box
from recalldesk.core.records import Campaign, LineMark, Section, SignatureLine
from recalldesk.core.zipdata import CountyStatus, ZipTable, normalize_zip


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    severity: Severity
    message: str
    basis: str
    voids_section: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule broken by one line or section; ``field`` is what to outline."""

    code: str
    field: str = ""
    detail: str = ""

    @property
    def rule(self) -> Rule:
        return RULES[self.code]

    @property
    def severity(self) -> Severity:
        return RULES[self.code].severity

    def text(self) -> str:
        rule = RULES[self.code]
        return f"{rule.message} {self.detail}".strip()


_E, _W = Severity.ERROR, Severity.WARNING
_RULE_LIST = [
    # --- signature lines ---
    Rule("MISSING_STREET_NUMBER", _E, "No street number: a residence address needs one.",
         "EC 105; 2 CCR 20931"),
    Rule("MISSING_STREET", _E, "No street name: a residence address needs one.",
         "EC 105; 2 CCR 20931"),
    Rule("PO_BOX_ONLY", _E, "A P.O. box alone is not a residence address.",
         "EC 105; 2 CCR 20931"),
    Rule("MISSING_CITY_AND_ZIP", _E,
         "Neither city nor ZIP: the registrar cannot place the address.",
         "EC 105; 2 CCR 20931"),
    Rule("ZIP_OUT_OF_COUNTY", _E,
         "ZIP is outside the county: only the county's voters may sign.",
         "EC 11045, 11047"),
    Rule("ZIP_STRADDLES_COUNTY", _W,
         "ZIP crosses the county line: the address may be outside the county.",
         "EC 11045, 11047"),
    Rule("ZIP_MALFORMED", _W, "ZIP is not a 5-digit ZIP code.", "EC 105"),
    Rule("CITY_NOT_IN_COUNTY", _W,
         "No ZIP, and the city is not one of the county's: check the address.",
         "EC 11045, 11047"),
    Rule("CITY_ZIP_MISMATCH", _W, "City does not match the ZIP code.", "2 CCR 20931"),
    Rule("MISSING_NAME", _E,
         "No printed name. Counted as invalid: the registrar may not match the "
         "signer without it (the stricter reading of the law).", "EC 100, 11041"),
    Rule("SIGNATURE_MISSING", _E, "The line has no signature.", "EC 100"),
    Rule("WITHDRAWN", _E, "The signer withdrew in writing: the line is not valid.",
         "EC 11303"),
    Rule("ILLEGIBLE", _W, "Partly illegible: keyed what could be read.", "2 CCR 20931"),
    Rule("LINE_BEYOND_DECLARED", _W,
         "Line number is past the section's declared number of lines.", "EC 104"),
    Rule("DUPLICATE_LINE_NUMBER", _W,
         "This line number is already keyed in this section.", "EC 100 (lines numbered)"),
    # --- sections ---
    Rule("DECLARATION_INCOMPLETE", _E,
         "Circulator's declaration is incomplete: the whole section is at risk.",
         "EC 104", voids_section=True),
    Rule("CIRCULATED_BEFORE_APPROVAL", _E,
         "Circulation began before the petition was approved: the section is void.",
         "EC 11042, 11220", voids_section=True),
    Rule("CIRCULATED_AFTER_DEADLINE", _E,
         "Circulation ran past the filing deadline: the section is void.",
         "EC 11220, 11222", voids_section=True),
    Rule("CIRCULATION_DATES_REVERSED", _W,
         "Circulation end date is before its start date.", "EC 104"),
    Rule("RECEIVED_AFTER_DEADLINE", _E,
         "Received after the filing deadline: a section not filed in time is void.",
         "EC 11222", voids_section=True),
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
            Finding("LINE_BEYOND_DECLARED", "line_number", f"(declared: {ctx.declared_lines})")
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
        found.append(Finding("ZIP_OUT_OF_COUNTY", "zip_code", f"({zip5})"))
        return found
    if status is CountyStatus.STRADDLES:
        found.append(Finding("ZIP_STRADDLES_COUNTY", "zip_code", f"({zip5})"))
    info = zips.get(zip5)
    if city and info is not None and not info.accepts_city(city):
        found.append(Finding("CITY_ZIP_MISMATCH", "city", f"({zip5} is {info.city})"))
    return found


def validate_section(section: Section, campaign: Campaign) -> tuple[Finding, ...]:
    """Findings that put a whole section at risk or void it."""
    found = []
    missing = [
        label
        for label, present in (
            ("signature", section.declaration_signed),
            ("date signed", section.declaration_dated),
            ("place signed", section.declaration_place),
            ("circulation start date", section.circulated_from is not None),
            ("circulation end date", section.circulated_to is not None),
        )
        if not present
    ]
    if missing:
        found.append(
            Finding("DECLARATION_INCOMPLETE", "declaration", f"Missing: {', '.join(missing)}.")
        )
    start, end = section.circulated_from, section.circulated_to
    if start is not None and start < campaign.approval_date:
        found.append(
            Finding("CIRCULATED_BEFORE_APPROVAL", "circulated_from",
                    f"({start:%b %d, %Y}; approved {campaign.approval_date:%b %d, %Y})")
        )  # fmt: skip
    if end is not None and end > campaign.filing_deadline:
        found.append(
            Finding("CIRCULATED_AFTER_DEADLINE", "circulated_to",
                    f"({end:%b %d, %Y}; deadline {campaign.filing_deadline:%b %d, %Y})")
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


# Which keyed field each line rule points at (for outlining a saved line's fields).
FIELD_OF_CODE: dict[str, str] = {
    "MISSING_STREET_NUMBER": "street_number",
    "MISSING_STREET": "street_name",
    "PO_BOX_ONLY": "street_name",
    "MISSING_CITY_AND_ZIP": "city",
    "ZIP_OUT_OF_COUNTY": "zip_code",
    "ZIP_STRADDLES_COUNTY": "zip_code",
    "ZIP_MALFORMED": "zip_code",
    "CITY_NOT_IN_COUNTY": "city",
    "CITY_ZIP_MISMATCH": "city",
    "MISSING_NAME": "last_name",
    "LINE_BEYOND_DECLARED": "line_number",
    "DUPLICATE_LINE_NUMBER": "line_number",
}


def outline(codes: Collection[str]) -> dict[str, tuple[Severity, str]]:
    """``{field: (worst severity, messages)}`` for the fields a line's findings point at."""
    out: dict[str, tuple[Severity, str]] = {}
    for code in codes:
        field = FIELD_OF_CODE.get(code)
        rule = RULES.get(code)
        if field is None or rule is None:
            continue
        severity, text = out.get(field, (Severity.WARNING, ""))
        if rule.severity is Severity.ERROR:
            severity = Severity.ERROR
        out[field] = (severity, f"{text}\n{rule.message}".strip())
    return out
