"""The synthetic drive: reproducible, internally consistent, and shaped like the real one."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import fields
from datetime import date

import pytest

from recalldesk.core.normalize import is_po_box
from recalldesk.core.records import (
    LA_COUNTY_DA_RECALL_2022,
    LineMark,
    SectionStatus,
    SignatureLine,
)
from recalldesk.core.zipdata import CountyStatus, ZipInfo, ZipTable, load_default_zip_table
from recalldesk.demo import names
from recalldesk.demo.synth import DemoDataset, DemoLine, generate

CAMPAIGN = LA_COUNTY_DA_RECALL_2022
SAMPLE_LINES = 20_000
ZIP5 = re.compile(r"[0-9]{5}")


@pytest.fixture(scope="module")
def zips() -> ZipTable:
    return load_default_zip_table()


@pytest.fixture(scope="module")
def drive(zips: ZipTable) -> tuple[DemoDataset, list[DemoLine]]:
    """One 20,000-line drive shared by the tests that only read it."""
    data = generate(SAMPLE_LINES, 12, seed=2022, campaign=CAMPAIGN, zips=zips)
    return data, list(data.lines)


def _share(lines: list[DemoLine], pred: Callable[[DemoLine], bool]) -> float:
    return sum(1 for dl in lines if pred(dl)) / len(lines)


# --- reproducibility and counts -----------------------------------------------------


def test_same_seed_same_data_and_different_seed_different_lines(zips: ZipTable) -> None:
    a = generate(3000, 5, 11, CAMPAIGN, zips)
    b = generate(3000, 5, 11, CAMPAIGN, zips)
    c = generate(3000, 5, 12, CAMPAIGN, zips)
    assert (a.offices, a.circulators, a.sections) == (b.offices, b.circulators, b.sections)
    a_lines = list(a.lines)
    assert a_lines == list(b.lines)
    assert a.sections != c.sections
    assert [dl.line for dl in a_lines[:200]] != [dl.line for dl in list(c.lines)[:200]]


@pytest.mark.parametrize("count", [0, 1, 7, 29, 2500])
def test_line_count_is_exactly_what_the_iterator_yields(zips: ZipTable, count: int) -> None:
    data = generate(count, 3, 5, CAMPAIGN, zips)
    assert data.line_count == count
    assert sum(1 for _ in data.lines) == count


def test_counts_of_offices_and_circulators(zips: ZipTable) -> None:
    many = len(names.OFFICE_PLACES) + 5
    data = generate(10_000, many, 1, CAMPAIGN, zips)
    codes = [office.code for office in data.offices]
    assert len(codes) == many == len(set(codes))
    assert all(re.fullmatch(r"LA-[A-Z]{3}\d*", code) for code in codes)
    assert all(office.name.endswith(("field office", "field office 2")) for office in data.offices)
    assert len(data.circulators) == 40  # lines / 250
    for circulator in data.circulators:
        assert circulator.name and circulator.street_address and circulator.city
        assert zips.county_status(circulator.zip_code) is CountyStatus.IN


# --- structure ----------------------------------------------------------------------


def test_lines_in_section_order_numbered_from_one(
    drive: tuple[DemoDataset, list[DemoLine]],
) -> None:
    data, lines = drive
    by_section: dict[int, list[int]] = defaultdict(list)
    previous = 0
    for dl in lines:
        assert dl.section_index >= previous
        previous = dl.section_index
        by_section[dl.section_index].append(dl.line.line_number)
    for index, (section, circulator) in enumerate(data.sections):
        numbers = by_section.get(index, [])
        assert numbers == list(range(1, len(numbers) + 1))
        assert 1 <= section.declared_lines <= 30
        assert len(numbers) <= section.declared_lines
        if not numbers:
            assert section.status is SectionStatus.RECEIVED  # not keyed yet
        assert 0 <= circulator < len(data.circulators)
    keyed = Counter(dl.section_index for dl in lines)
    partly = sum(1 for i, (s, _) in enumerate(data.sections) if 0 < keyed[i] < s.declared_lines)
    assert 0.15 < partly / len(data.sections) < 0.5  # paper sections are often not full


def test_sections_are_logged_like_intake(drive: tuple[DemoDataset, list[DemoLine]]) -> None:
    data, _ = drive
    sections = [section for section, _ in data.sections]
    codes = {office.code for office in data.offices}
    assert len({s.serial for s in sections}) == len(sections)
    statuses = Counter(s.status for s in sections)
    assert statuses[SectionStatus.KEYED] + statuses[SectionStatus.VERIFIED] > 0.8 * len(sections)
    assert statuses[SectionStatus.RECEIVED] and statuses[SectionStatus.KEYING]
    incomplete = out_of_window = 0
    for s in sections:
        assert s.office_code in codes and s.uuid == s.circulator_uuid == ""
        assert s.circulated_from and s.circulated_to and s.received_on
        assert s.circulated_from <= s.circulated_to <= s.received_on
        incomplete += not (s.declaration_signed and s.declaration_dated and s.declaration_place)
        if s.circulated_from < CAMPAIGN.approval_date or s.circulated_to > CAMPAIGN.filing_deadline:
            out_of_window += 1
        else:
            assert s.received_on <= CAMPAIGN.filing_deadline
    assert 0.015 < incomplete / len(sections) < 0.05
    assert out_of_window < 0.01 * len(sections)


def test_today_bounds_every_date(zips: ZipTable) -> None:
    today = date(2022, 4, 1)
    data = generate(5000, 4, 3, CAMPAIGN, zips, today=today)
    assert all(s.received_on and s.received_on <= today for s, _ in data.sections)
    with pytest.raises(ValueError, match="before"):
        generate(10, 1, 3, CAMPAIGN, zips, today=date(2021, 12, 1))


def test_fields_have_the_declared_types(drive: tuple[DemoDataset, list[DemoLine]]) -> None:
    _, lines = drive
    text_fields = [f.name for f in fields(SignatureLine) if f.type == "str"]
    assert len(text_fields) == 8
    for dl in lines:
        line = dl.line
        assert all(type(getattr(line, name)) is str for name in text_fields)
        assert type(line.signature_present) is bool and type(line.line_number) is int
        assert isinstance(line.mark, LineMark) and type(dl.person_id) is int
        assert line.problems == () and line.uuid == ""
        if line.mark is LineMark.BLANK:
            assert not line.zip_code and not line.signature_present
        else:
            assert ZIP5.fullmatch(line.zip_code)


# --- shares -------------------------------------------------------------------------


def test_problem_shares_are_realistic(
    drive: tuple[DemoDataset, list[DemoLine]], zips: ZipTable
) -> None:
    _, lines = drive

    def mismatched(dl: DemoLine) -> bool:
        info = zips.get(dl.line.zip_code)
        return info is not None and not info.accepts_city(dl.line.city)

    def marked(mark: LineMark) -> float:
        return _share(lines, lambda dl: dl.line.mark is mark)

    def not_blank(dl: DemoLine) -> bool:
        return dl.line.mark is not LineMark.BLANK

    out = _share(lines, lambda dl: not_blank(dl) and zips.get(dl.line.zip_code) is None)
    assert 0.01 <= out <= 0.03
    assert 0.005 <= _share(lines, mismatched) <= 0.016
    assert 0.005 <= marked(LineMark.BLANK) <= 0.015
    assert 0.005 <= marked(LineMark.STRUCK) <= 0.015
    assert 0.002 <= marked(LineMark.ILLEGIBLE) <= 0.009
    assert 0 < marked(LineMark.WITHDRAWN) <= 0.003
    po_box = _share(lines, lambda dl: is_po_box(dl.line.street_name))
    assert 0.002 <= po_box <= 0.009
    no_number = _share(
        lines,
        lambda dl: (
            not_blank(dl) and not dl.line.street_number and not is_po_box(dl.line.street_name)
        ),
    )
    assert 0.01 <= no_number <= 0.025
    no_name = _share(lines, lambda dl: not_blank(dl) and not dl.line.first_name + dl.line.last_name)
    assert 0.004 <= no_name <= 0.013
    unsigned = _share(lines, lambda dl: not_blank(dl) and not dl.line.signature_present)
    assert 0.002 <= unsigned <= 0.009
    assert 0.15 <= _share(lines, lambda dl: bool(dl.line.unit)) <= 0.25


def test_about_six_percent_signed_twice_on_other_sections(
    drive: tuple[DemoDataset, list[DemoLine]],
) -> None:
    data, lines = drive
    firsts: dict[int, DemoLine] = {}
    sections_of: dict[int, list[int]] = defaultdict(list)
    repeats: list[tuple[DemoLine, DemoLine]] = []
    for dl in lines:
        sections_of[dl.person_id].append(dl.section_index)
        if dl.person_id in firsts:
            repeats.append((firsts[dl.person_id], dl))
        else:
            firsts[dl.person_id] = dl
    assert 0.04 <= len(repeats) / len(lines) <= 0.08
    assert all(len(s) == len(set(s)) for s in sections_of.values())
    later = sum(
        1
        for a, b in repeats
        if (data.sections[a.section_index][0].circulated_to or date.min)
        <= (data.sections[b.section_index][0].circulated_to or date.min)
    )
    assert later > 0.8 * len(repeats)

    def written(dl: DemoLine) -> tuple[str, str, str]:
        return dl.line.first_name, dl.line.last_name, dl.line.street_name

    varied = sum(1 for a, b in repeats if written(a) != written(b))
    assert 0.2 < varied / len(repeats) < 0.9  # some identical, many slightly different
    zip_typos = sum(1 for a, b in repeats if a.line.zip_code != b.line.zip_code)
    assert 0 < zip_typos / len(repeats) < 0.06  # a ZIP keyed wrong now and then


def test_the_matchers_hard_cases_are_planted(drive: tuple[DemoDataset, list[DemoLine]]) -> None:
    """Households, namesakes and Jr/Sr look like duplicates and are not; duplicates differ
    the way keyed paper does. The person ids keep the truth."""
    _, lines = drive
    people_at: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for dl in lines:
        if dl.line.street_number:
            people_at[(dl.line.street_number, dl.line.street_name, dl.line.zip_code)].add(
                dl.person_id
            )
    households = sum(1 for ids in people_at.values() if len(ids) > 1)
    assert households > 0.03 * len(people_at)
    suffixed = [dl for dl in lines if dl.line.last_name.endswith((" Jr", " Jr.", " II"))]
    assert suffixed
    firsts: dict[int, DemoLine] = {}
    swapped = transposed = initials = 0
    for dl in lines:
        earlier = firsts.setdefault(dl.person_id, dl)
        if earlier is dl:
            continue
        a, b = earlier.line, dl.line
        swapped += bool(a.first_name) and (a.first_name, a.last_name) == (
            b.last_name,
            b.first_name,
        )
        transposed += a.street_number != b.street_number and sorted(a.street_number) == sorted(
            b.street_number
        )
        initials += len(b.first_name) == 2 and b.first_name.endswith(".")
    assert swapped and transposed and initials


def test_names_include_accents_and_other_scripts(
    drive: tuple[DemoDataset, list[DemoLine]],
) -> None:
    _, lines = drive
    accented = _share(lines, lambda dl: not (dl.line.first_name + dl.line.last_name).isascii())
    assert 0.05 < accented < 0.3
    letters = {ch for dl in lines for ch in dl.line.last_name if not ch.isascii()}
    assert {"é", "á", "ñ"} <= letters
    assert letters & {"ễ", "ầ", "ạ", "Đ", "ồ", "ỳ", "ũ", "ô", "ù", "ò"}  # Vietnamese


# --- the ZIP table it is given -------------------------------------------------------


def test_uses_only_the_tables_standard_in_county_zips() -> None:
    def info(zip_code: str, city: str, kind: str = "standard", *alts: str) -> ZipInfo:
        return ZipInfo(zip_code, city, alts, CountyStatus.IN, kind)

    table = ZipTable(
        [
            info("91101", "Pasadena"),
            info("90401", "Santa Monica"),
            info("91102", "Pasadena", "po_box"),
            ZipInfo("90631", "La Habra", (), CountyStatus.STRADDLES, "standard"),
        ]
    )
    data = generate(2000, 2, 9, CAMPAIGN, table)
    used = [dl.line.zip_code for dl in data.lines if dl.line.zip_code]
    zips_used = set(used)
    in_table = {z for z in zips_used if table.get(z) is not None}
    assert in_table == {"91101", "90401"}
    # Out-of-county ZIPs on purpose, and now and then a second signature's ZIP typo.
    strays = zips_used - in_table - {z for z, _ in names.OUT_OF_COUNTY_ZIPS}
    assert sum(z in strays for z in used) < 0.01 * len(used)
    with pytest.raises(ValueError, match="ZIP"):
        generate(10, 1, 1, CAMPAIGN, ZipTable([info("91102", "Pasadena", "po_box")]))
    with pytest.raises(ValueError):
        generate(-1, 1, 1, CAMPAIGN, table)
