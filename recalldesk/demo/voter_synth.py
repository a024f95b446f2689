"""A synthetic county voter file for the demo drive, with the truth kept.

The demo's signers are drawn from this file as the 2022 drive's were from
the county's voters (DOMAIN.md): about 12% of signers are not registered,
4.5% registered at another address (most moved nearby and did not
re-register), 1% have a canceled registration (a careless circulator's
signers, one circulator in fifty, are 45% not registered); the rest are registered
where they say they live (a few inactive, who may still sign). The file
also holds the signers' households and the county's other voters, so the
matcher meets the namesakes and housemates a real file has: about 6.3 voters
for each line (5.7 million for a 900,000-line drive).

The file is written as the county writes its extract: tab-separated, in
capitals without accents, the street in its parts, a middle name for many,
and the slips a registration clerk makes. ``truth`` says for each line
(section serial, line number) what the registrar would find.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from recalldesk.core.records import LA_COUNTY_DA_RECALL_2022, Campaign
from recalldesk.core.zipdata import ZipTable
from recalldesk.demo.synth import (
    _STREETS,
    _ascii,
    _name,
    _street_number,
    _typo,
    _unit,
    _zip_pool,
    generate,
)

NOT_REGISTERED = 0.12
MOVED = 0.045
CANCELED = 0.01
INACTIVE = 0.03
CARELESS_NOT_REGISTERED = (
    0.45  # of a careless circulator's signers  # of those registered at their address
)
VOTERS_PER_LINE = 5_700_000 / 900_000
HEADER = (
    "VoterID", "FirstName", "MiddleName", "LastName", "Suffix", "HouseNumber",
    "HouseFraction", "StreetDir", "StreetName", "StreetType", "StreetPostDir", "Unit",
    "City", "Zip", "Status", "RegistrationDate",
)  # fmt: skip
_DIRECTIONS = {"N", "S", "E", "W"}
_TYPES = {"St", "Ave", "Blvd", "Dr", "Rd", "Pl", "Hwy", "Pkwy", "Ln", "Ct", "Way", "Ter"}
_SUFFIXES = {"Jr", "Jr.", "Sr", "II", "III"}
_MIDDLES = (*"ABCDEFGJLMRST", "Maria", "Antonio", "Lee", "Ann", "Marie", "James")

# True statuses (what the registrar would find for the line's signer).
REGISTERED = "registered"
DIFFERENT_ADDRESS = "different_address"
CANCELED_STATUS = "canceled"
NOT_FOUND = "not_found"


@dataclass(slots=True)
class VoterTruth:
    voters: int  # rows written
    # (section serial, line number) -> (true status, person id) for every line with a signer
    lines: dict[tuple[str, int], tuple[str, int]]


def _street_parts(street: str) -> tuple[str, str, str]:
    words = street.split()
    pre = words[0] if len(words) > 2 and words[0] in _DIRECTIONS else ""
    if pre:
        words = words[1:]
    kind = words[-1] if len(words) > 1 and words[-1].rstrip(".") in _TYPES else ""
    if kind:
        words = words[:-1]
    return pre, " ".join(words), kind.rstrip(".")


def _unit_number(unit: str) -> str:
    return (
        unit.replace("Apt", "")
        .replace("Unit", "")
        .replace("Spc", "")
        .replace("Ste", "")
        .replace("#", "")
        .strip()
    )


def write_voter_file(
    path: Path,
    zips: ZipTable,
    *,
    lines: int,
    offices: int = 8,
    seed: int = 2022,
    campaign: Campaign = LA_COUNTY_DA_RECALL_2022,
    voters: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> VoterTruth:
    """Write the voter file the demo drive ``(lines, offices, seed)`` was signed from."""
    data = generate(lines, offices, seed, campaign, zips)
    serials = [section.serial for section, _ in data.sections]
    pool = _zip_pool(zips)
    in_county = {z[0] for z in pool}
    by_area: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for z in pool:
        by_area.setdefault(z[0][:3], []).append(z)
    rng = random.Random(f"recalldesk.demo.voters:{seed}")
    r = rng.random
    target = voters if voters is not None else round(lines * VOTERS_PER_LINE)
    # A few careless circulators (one in fifty) gather signers who are mostly not
    # registered: the dashboard should show them long before the registrar does.
    careless = set(rng.sample(range(len(data.circulators)), len(data.circulators) // 50))
    section_careless = [c in careless for _, c in data.sections]
    truth: dict[tuple[str, int], tuple[str, int]] = {}
    status_of: dict[int, str] = {}
    written = 0
    start = date(1975, 1, 1)

    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("\t".join(HEADER) + "\n")

        def voter(
            first: str,
            last: str,
            number: str,
            street: str,
            unit: str,
            city: str,
            zip_code: str,
            status: str = "A",
            clerk_slips: bool = True,
        ) -> None:
            nonlocal written
            written += 1
            suffix = ""
            words = last.split()
            if len(words) > 1 and words[-1] in _SUFFIXES:
                suffix, last = words[-1].rstrip("."), " ".join(words[:-1])
            if clerk_slips and r() < 0.03:
                last = _typo(last, r)
            elif clerk_slips and r() < 0.02:
                first = _typo(first, r)
            middle = _MIDDLES[int(r() * len(_MIDDLES))] if r() < 0.45 else ""
            pre, name, kind = _street_parts(street)
            fraction = ""
            registered = start + timedelta(days=int(r() * 17_000))
            row = (
                f"LA{written:09d}", first, middle, last, suffix, number, fraction, pre, name,
                kind, "", _unit_number(unit), city, zip_code, status, registered.isoformat(),
            )  # fmt: skip
            out.write(_ascii("\t".join(row)).upper() + "\n")
            if progress is not None and written % 50_000 == 0:
                progress(written, target)

        def household(
            first: str, last: str, number: str, street: str, unit: str, city: str, zip_code: str
        ) -> None:
            u = r()
            extra = 0 if u < 0.40 else 1 if u < 0.75 else 2 if u < 0.93 else 3
            for _ in range(extra):
                other_first, other_last = _name(r)
                if _ascii(other_first).casefold() == _ascii(first).casefold():
                    continue
                voter(other_first, last if r() < 0.75 else other_last, number, street, unit,
                      city, zip_code)  # fmt: skip

        def elsewhere(zip_code: str) -> tuple[str, str, str, str]:
            """(number, street, unit, ZIP) of the address a mover is still registered at."""
            u = r()
            area = by_area.get(zip_code[:3], pool)
            if u < 0.35 and zip_code in in_county:
                new_zip = zip_code
            elif u < 0.75:
                new_zip = area[int(r() * len(area))][0]
            else:
                new_zip = pool[int(r() * len(pool))][0]
            street = _STREETS[int(r() * len(_STREETS))]
            return _street_number(r), street, _unit(r) if r() < 0.2 else "", new_zip

        for item in data.lines:
            if item.person is None:
                continue
            pid = item.person_id
            status = status_of.get(pid)
            if status is None:
                first, last, number, street, unit, city, zip_code = item.person
                if zip_code not in in_county or not number:
                    status = NOT_FOUND if zip_code not in in_county else DIFFERENT_ADDRESS
                    if number == "" and zip_code in in_county:  # a P.O. box: lives elsewhere
                        n, st, un, moved_to = elsewhere(zip_code)
                        voter(first, last, n, st, un, "", moved_to)
                else:
                    u = r()
                    if section_careless[item.section_index]:
                        u = u * (NOT_REGISTERED / CARELESS_NOT_REGISTERED)
                    if u < NOT_REGISTERED:
                        status = NOT_FOUND
                    elif u < NOT_REGISTERED + MOVED:
                        status = DIFFERENT_ADDRESS
                        n, st, un, moved_to = elsewhere(zip_code)
                        voter(first, last, n, st, un, "", moved_to)
                    elif u < NOT_REGISTERED + MOVED + CANCELED:
                        status = CANCELED_STATUS
                        voter(first, last, number, street, unit, city, zip_code, "C")
                    else:
                        status = REGISTERED
                        voter(first, last, number, street, unit, city, zip_code,
                              "I" if r() < INACTIVE else "A")  # fmt: skip
                    household(first, last, number, street, unit, city, zip_code)
                status_of[pid] = status
            truth[(serials[item.section_index], item.line.line_number)] = (status, pid)
        # The county's other voters: households at addresses nobody signed from.
        while written < target:
            z = pool[int(r() * len(pool))]
            first, last = _name(r)
            number, street = _street_number(r), _STREETS[int(r() * len(_STREETS))]
            unit = _unit(r) if r() < 0.2 else ""
            u = r()
            voter(first, last, number, street, unit, z[1], z[0],
                  "C" if u < 0.01 else "I" if u < 0.04 else "A")  # fmt: skip
            household(first, last, number, street, unit, z[1], z[0])
    if progress is not None:
        progress(written, max(written, target))
    return VoterTruth(written, truth)


def read_truth(path: Path) -> Iterator[tuple[str, int, str, int]]:
    """(serial, line number, true status, person id) rows of a truth file."""
    with open(path, encoding="utf-8") as handle:
        next(handle, None)
        for text in handle:
            serial, line, status, pid = text.rstrip("\n").split("\t")
            yield serial, int(line), status, int(pid)


def write_truth(path: Path, truth: VoterTruth) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("serial\tline\tstatus\tperson\n")
        for (serial, line), (status, pid) in sorted(truth.lines.items()):
            out.write(f"{serial}\t{line}\t{status}\t{pid}\n")


__all__ = ["VoterTruth", "read_truth", "write_truth", "write_voter_file"]
