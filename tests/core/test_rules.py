from dataclasses import replace
from datetime import date

import pytest

from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022 as LA
from recalldesk.core.records import LineMark, Section, SignatureLine
from recalldesk.core.rules import (
    RULES,
    LineContext,
    Severity,
    is_counted_valid_candidate,
    validate_line,
    validate_section,
    worst_severity,
)
from recalldesk.core.zipdata import ZipTable

GOOD = SignatureLine(
    line_number=3,
    first_name="María",
    last_name="Hernández",
    street_number="1520",
    street_name="N Lake Ave",
    unit="Apt 4",
    city="Pasadena",
    zip_code="91104",
)


def codes(line: SignatureLine, zips: ZipTable, declared: int = 10, others=()) -> list[str]:
    return [f.code for f in validate_line(line, LineContext(zips, declared, set(others)))]


def test_every_rule_has_a_basis() -> None:
    for code, rule in RULES.items():
        assert rule.code == code and rule.basis


def test_a_good_line_has_no_findings(zips: ZipTable) -> None:
    assert codes(GOOD, zips) == []


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"street_number": ""}, "MISSING_STREET_NUMBER", "street_number"),
        ({"street_name": " "}, "MISSING_STREET", "street_name"),
        ({"street_number": "", "street_name": "PO Box 55"}, "PO_BOX_ONLY", "street_name"),
        ({"zip_code": "", "city": ""}, "MISSING_CITY_AND_ZIP", "city"),
        ({"zip_code": "92701", "city": "Santa Ana"}, "ZIP_OUT_OF_COUNTY", "zip_code"),
        ({"zip_code": "91361", "city": "Westlake Village"}, "ZIP_STRADDLES_COUNTY", "zip_code"),
        ({"zip_code": "9110"}, "ZIP_MALFORMED", "zip_code"),
        ({"zip_code": "", "city": "Santa Ana"}, "CITY_NOT_IN_COUNTY", "city"),
        ({"city": "Long Beach"}, "CITY_ZIP_MISMATCH", "city"),
        ({"first_name": "", "last_name": ""}, "MISSING_NAME", "last_name"),
        ({"signature_present": False}, "SIGNATURE_MISSING", ""),
        ({"mark": LineMark.WITHDRAWN}, "WITHDRAWN", ""),
        ({"mark": LineMark.ILLEGIBLE}, "ILLEGIBLE", ""),
        ({"line_number": 11}, "LINE_BEYOND_DECLARED", "line_number"),
    ],
)
def test_each_line_rule(zips: ZipTable, change: dict, code: str, field: str) -> None:
    findings = validate_line(replace(GOOD, **change), LineContext(zips, 10))
    assert [f.code for f in findings] == [code]
    assert findings[0].field == field == RULES[code].field


def test_duplicate_line_number(zips: ZipTable) -> None:
    assert codes(GOOD, zips, others={1, 2, 3}) == ["DUPLICATE_LINE_NUMBER"]


def test_missing_city_is_fine_with_a_zip(zips: ZipTable) -> None:
    assert codes(replace(GOOD, city=""), zips) == []


def test_missing_or_odd_unit_never_matters(zips: ZipTable) -> None:
    assert codes(replace(GOOD, unit=""), zips) == []
    assert codes(replace(GOOD, unit="#99-Z"), zips) == []


def test_zip_plus_four_and_abbreviated_city_accepted(zips: ZipTable) -> None:
    assert codes(replace(GOOD, zip_code="91104-2231", city="PASADENA"), zips) == []


def test_straddling_zip_is_a_warning_not_an_error(zips: ZipTable) -> None:
    line = replace(GOOD, zip_code="90631", city="La Habra Heights")
    findings = validate_line(line, LineContext(zips, 10))
    assert worst_severity([f.code for f in findings]) is Severity.WARNING


def test_blank_and_struck_lines_are_not_checked_as_signatures(zips: ZipTable) -> None:
    blank = SignatureLine(line_number=4, mark=LineMark.BLANK, signature_present=False)
    assert codes(blank, zips) == []
    struck = SignatureLine(line_number=12, mark=LineMark.STRUCK)
    assert codes(struck, zips) == ["LINE_BEYOND_DECLARED"]
    assert not blank.counts_as_signature and GOOD.counts_as_signature


def test_several_problems_in_field_order(zips: ZipTable) -> None:
    line = replace(GOOD, first_name="", last_name="", street_number="", zip_code="93301")
    assert codes(line, zips) == ["MISSING_NAME", "MISSING_STREET_NUMBER", "ZIP_OUT_OF_COUNTY"]


def test_severity_helpers() -> None:
    assert worst_severity([]) is None
    assert worst_severity(["CITY_ZIP_MISMATCH"]) is Severity.WARNING
    assert worst_severity(["CITY_ZIP_MISMATCH", "MISSING_NAME"]) is Severity.ERROR
    assert is_counted_valid_candidate(["ILLEGIBLE"])
    assert not is_counted_valid_candidate(["WITHDRAWN"])


SECTION = Section(
    serial="LA-000123",
    declared_lines=10,
    circulated_from=date(2022, 2, 1),
    circulated_to=date(2022, 2, 20),
    declaration_signed=True,
    declaration_dated=True,
    declaration_place=True,
    received_on=date(2022, 2, 22),
)


def test_complete_section_is_clean() -> None:
    assert validate_section(SECTION, LA) == ()


def test_incomplete_declaration_names_what_is_missing() -> None:
    (finding,) = validate_section(replace(SECTION, declaration_dated=False, circulated_to=None), LA)
    assert finding.code == "DECLARATION_INCOMPLETE"
    assert list(finding.params["missing"]) == ["date_signed", "circulated_to"]
    assert finding.rule.voids_section


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"circulated_from": date(2022, 1, 20)}, "CIRCULATED_BEFORE_APPROVAL"),
        ({"circulated_to": date(2022, 7, 7)}, "CIRCULATED_AFTER_DEADLINE"),
        ({"circulated_to": date(2022, 1, 31)}, "CIRCULATION_DATES_REVERSED"),
        ({"received_on": date(2022, 7, 7)}, "RECEIVED_AFTER_DEADLINE"),
    ],
)
def test_section_date_rules(change: dict, code: str) -> None:
    assert [f.code for f in validate_section(replace(SECTION, **change), LA)] == [code]


def test_dates_on_the_boundaries_are_fine() -> None:
    edge = replace(SECTION, circulated_from=LA.approval_date, circulated_to=LA.filing_deadline,
                   received_on=LA.filing_deadline)  # fmt: skip
    assert validate_section(edge, LA) == ()


def test_every_line_finding_field_matches_its_rule(zips: ZipTable) -> None:
    from recalldesk.core.rules import outline

    bad = replace(GOOD, first_name="", last_name="", street_number="", zip_code="92701")
    for finding in validate_line(bad, LineContext(zips, 2, {3})):
        assert RULES[finding.code].field == finding.field, finding.code
    shown = outline(["ZIP_OUT_OF_COUNTY", "CITY_ZIP_MISMATCH", "MISSING_NAME"])
    assert shown["zip_code"] == (Severity.ERROR, ("ZIP_OUT_OF_COUNTY",))
    assert shown["city"] == (Severity.WARNING, ("CITY_ZIP_MISMATCH",))
