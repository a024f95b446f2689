"""Deterministic synthetic petition data for demos, screenshots and benchmarks.

``generate`` builds offices, circulators and sections at once (a few hundred
thousand small objects at most) and yields signature lines lazily, so a
county-sized drive of millions of lines never sits in memory. The same
arguments always give the same output: every draw comes from a
``random.Random`` seeded from ``seed``, never the global generator.

The data is shaped after the 2022 Los Angeles County DA recall (DOMAIN.md):
real county ZIPs and their USPS city names, about 6% of lines from people
who signed twice, and a small share of each problem the validation rules
look for. Lines carry ``problems=()`` and ``uuid=""``: the rules and the
store fill those in.
"""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import accumulate

from recalldesk.core.records import (
    Campaign,
    Circulator,
    FieldOffice,
    LineMark,
    Section,
    SectionStatus,
    SignatureLine,
)
from recalldesk.core.zipdata import CountyStatus, ZipTable
from recalldesk.demo import names

__all__ = ["DemoDataset", "DemoLine", "generate"]


@dataclass(frozen=True, slots=True)
class DemoLine:
    section_index: int  # index into DemoDataset.sections
    line: SignatureLine  # uuid "" (the store assigns); problems () (the rules compute them)
    person_id: int  # ground truth: same id = same human; never stored
    # Ground truth too: the person as they are (first, last, number, street, unit, city,
    # ZIP), before this line's slips; the demo voter file registers them from it.
    person: tuple[str, str, str, str, str, str, str] | None = None


@dataclass(slots=True)
class DemoDataset:
    offices: list[FieldOffice]
    circulators: list[Circulator]
    sections: list[tuple[Section, int]]  # (section, index into circulators)
    lines: Iterator[DemoLine]  # lazy, in section order; can be consumed once
    line_count: int  # exactly how many lines ``lines`` yields


# --- shares, as fractions of all lines ------------------------------------------

DUPLICATE_SHARE = 0.06  # DOMAIN.md: "signed more than once" was 6.1% of raw
# People who are not duplicates but look like them (the matcher's hard cases), as
# shares of new signers: someone at the address of an earlier signer (a household of
# 2-4: spouses, children, twins, roommates), a parent and child of one name (Jr/Sr,
# the suffix often left off), and a namesake a few doors down the same street.
HOUSEHOLD_SHARE = 0.10
SAME_NAME_KIN_SHARE = 0.006
NAMESAKE_NEIGHBOUR_SHARE = 0.004
OUT_OF_COUNTY_SHARE = 0.02
PO_BOX_SHARE = 0.005
UNIT_SHARE = 0.20

# Line-level problems are mutually exclusive and drawn with one number.
_LINE_PROBLEMS: tuple[tuple[str, float], ...] = (
    ("blank", 0.010),
    ("struck", 0.010),
    ("withdrawn", 0.001),
    ("illegible", 0.005),
    ("no_signature", 0.005),
    ("no_number", 0.015),
    ("no_street", 0.005),
    ("no_name", 0.007),
    ("city_mismatch", 0.010),
)
(
    _T_BLANK,
    _T_STRUCK,
    _T_WITHDRAWN,
    _T_ILLEGIBLE,
    _T_NO_SIGNATURE,
    _T_NO_NUMBER,
    _T_NO_STREET,
    _T_NO_NAME,
    _T_CITY_MISMATCH,
) = accumulate(share for _, share in _LINE_PROBLEMS)

# Sections.
_DECLARED_SIZES = (10,) * 6 + (20,) * 5 + (15,) * 3 + (12,) * 2 + (5, 8, 25, 30)
_FULL_SHARE = 0.72  # the rest of the paper sections are only partly signed
_CAPS_SECTION_SHARE = 0.04  # some keyers type everything in capitals
_INCOMPLETE_DECLARATION_SHARE = 0.03
_OUT_OF_WINDOW_SHARE = 0.002
_LINES_PER_CIRCULATOR = 250
_LOCAL_ZIP_SHARE = 0.65  # signers mostly live near the office their section went to
_RESERVOIR_SIZE = 4096  # people kept to sign a second time: bounds memory
_RESERVOIR_WARMUP = 64  # so the first few signers are not all re-signing at once

# (zip, primary city, other accepted city names)
_Zip = tuple[str, str, tuple[str, ...]]
# (person_id, first, last, number, street, unit, city, zip, other cities, section index)
_Person = tuple[int, str, str, str, str, str, str, str, tuple[str, ...], int]
_Rand = Callable[[], float]


# --- name tables, expanded once so a pick is one index ---------------------------


def _by_rank(items: Sequence[str]) -> tuple[str, ...]:
    """Repeat each name by a Zipf-like weight of its rank (lists are most common first)."""
    return tuple(
        item for rank, item in enumerate(items) for _ in range(max(1, round(12 / (1 + rank / 4))))
    )


def _mix(pools: Sequence[tuple[Sequence[str], int]], size: int = 2000) -> tuple[str, ...]:
    """One table holding each pool (rank-weighted) in proportion to its share."""
    total = sum(share for _, share in pools)
    out: list[str] = []
    for pool, share in pools:
        ranked = _by_rank(pool)
        out += ranked * max(1, round(size * share / total / len(ranked)))
    return tuple(out)


# (surnames, first names, whether two family names are common), one entry per
# percent of signers, so picking a group is one index too.
_Group = tuple[tuple[str, ...], tuple[str, ...], bool]
_GROUPS: tuple[_Group, ...] = tuple(
    (_by_rank(surnames), _mix(pools), surnames is names.LAST_HISPANIC)
    for _, surnames, pools in names.GROUPS
)
_GROUP_PICK: tuple[_Group, ...] = tuple(
    group
    for (weight, _, _), group in zip(names.GROUPS, _GROUPS, strict=True)
    for _ in range(weight)
)
_STREETS = names.STREETS
_UNIT_PREFIXES = names.UNIT_PREFIXES
_UNIT_LETTERS = "ABCDEFGH"

_SUFFIX_WORDS = {
    "St": "Street", "Ave": "Avenue", "Blvd": "Boulevard", "Dr": "Drive", "Rd": "Road",
    "Pl": "Place", "Hwy": "Highway", "Pkwy": "Parkway", "Ln": "Lane", "Ct": "Court",
}  # fmt: skip
_DIRECTION_WORDS = {"N": "North", "S": "South", "E": "East", "W": "West"}


def _street_variants(street: str) -> tuple[str, ...]:
    """Ways the same person writes the same street: spelled out, dotted, no direction."""
    words = street.split()
    out: list[str] = []
    if words[-1] in _SUFFIX_WORDS:
        out.append(" ".join([*words[:-1], _SUFFIX_WORDS[words[-1]]]))
        out.append(street + ".")
    if len(words) > 2 and words[0] in _DIRECTION_WORDS:
        out.append(" ".join([_DIRECTION_WORDS[words[0]], *words[1:]]))
        out.append(" ".join(words[1:]))  # "N Lake Ave" -> "Lake Ave": very common
    return tuple(out) or (street,)


_STREET_VARIANTS = {street: _street_variants(street) for street in _STREETS}


@cache  # bounded: only table names and ZIP cities reach it
def _ascii(text: str) -> str:
    """``"Nguyễn"`` -> ``"Nguyen"``, as a signer who skips the accents writes it."""
    decomposed = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _typo(text: str, r: _Rand) -> str:
    """One transposition or deletion, the slips a keyer makes most."""
    if len(text) < 4:
        return text
    i = 1 + int(r() * (len(text) - 2))  # keep the first letter: people rarely miss it
    if r() < 0.5:
        return text[:i] + text[i + 1 : i + 2] + text[i] + text[i + 2 :]
    return text[:i] + text[i + 1 :]


# --- people -------------------------------------------------------------------------


def _name(r: _Rand) -> tuple[str, str]:
    surnames, firsts, two_surnames = _GROUP_PICK[int(r() * len(_GROUP_PICK))]
    last = surnames[int(r() * len(surnames))]
    first = firsts[int(r() * len(firsts))]
    if two_surnames and r() < 0.07:  # both family names, "Hernández López"
        second = surnames[int(r() * len(surnames))]
        if second != last:
            last = f"{last} {second}"
    if r() < 0.55:  # most signers, and keyers, leave accents off
        first, last = _ascii(first), _ascii(last)
    return first, last


def _unit(r: _Rand) -> str:
    prefix = _UNIT_PREFIXES[int(r() * len(_UNIT_PREFIXES))]
    u = r()
    if u < 0.7:
        value = str(1 + int(r() * r() * 420))
    elif u < 0.9:
        value = _UNIT_LETTERS[int(r() * len(_UNIT_LETTERS))]
    else:
        value = f"{1 + int(r() * 6)}{_UNIT_LETTERS[int(r() * 4)]}"
    return f"#{value}" if prefix == "#" else f"{prefix} {value}"


def _street_number(r: _Rand) -> str:
    # Log-uniform from 20 to ~25,000: LA house numbers run long.
    return str(int(10 ** (1.3 + 3.1 * r())))


def _pick_zip(r: _Rand, local: Sequence[_Zip], pool: Sequence[_Zip]) -> _Zip:
    src = local if local and r() < _LOCAL_ZIP_SHARE else pool
    return src[int(r() * len(src))]


def _city_for(r: _Rand, z: _Zip) -> str:
    u = r()
    if u < 0.04:
        return ""  # allowed: the ZIP places the address (EC 105)
    if u < 0.14 and z[2]:
        return z[2][int(r() * len(z[2]))]  # another name USPS accepts
    return z[1]


def _new_person(
    r: _Rand,
    pid: int,
    section: int,
    local: Sequence[_Zip],
    pool: Sequence[_Zip],
    outside: Sequence[tuple[str, str]],
) -> _Person:
    first, last = _name(r)
    u = r()
    if u < OUT_OF_COUNTY_SHARE and outside:
        zip_code, city = outside[int(r() * len(outside))]
        alts: tuple[str, ...] = ()
    else:
        z = _pick_zip(r, local, pool)
        zip_code, city, alts = z[0], _city_for(r, z), z[2]
    if OUT_OF_COUNTY_SHARE <= u < OUT_OF_COUNTY_SHARE + PO_BOX_SHARE:
        box = str(1 + int(r() * 9000))
        street = ("PO Box ", "P.O. Box ", "P O Box ")[int(r() * 3)] + box
        return (pid, first, last, "", street, "", city, zip_code, alts, section)
    unit = _unit(r) if r() < UNIT_SHARE else ""
    street = _STREETS[int(r() * len(_STREETS))]
    return (pid, first, last, _street_number(r), street, unit, city, zip_code, alts, section)


def _resign(p: _Person, r: _Rand) -> tuple[str, str, str, str, str, str, str]:
    """The same person on another section: how a second signature tends to differ.

    Returns (first, last, number, street, unit, city, zip).
    """
    _, first, last, number, street, unit, city, zip_code, alts, _ = p
    if r() < 0.25:
        first = names.NICKNAMES.get(first, first)
    elif r() < 0.06 and first:
        first = first[0] + "."  # "J. Smith"
    if r() < 0.5:
        first, last = _ascii(first), _ascii(last)
    if r() < 0.12:
        if r() < 0.6:
            last = _typo(last, r)
        else:
            first = _typo(first, r)
    family = last.split(" ")
    if len(family) == 2 and r() < 0.4:
        last = family[0]  # the second surname left off this time
    if r() < 0.3 and street in _STREET_VARIANTS:
        variants = _STREET_VARIANTS[street]
        street = variants[int(r() * len(variants))]
    if unit and r() < 0.4:
        unit = ""  # a missing unit does not invalidate (2 CCR 20931), so people skip it
    u = r()
    if u < 0.08:
        city = ""
    elif u < 0.15 and alts:
        city = alts[int(r() * len(alts))]
    elif u < 0.18 and city in _CITY_SHORT:
        city = _CITY_SHORT[city]  # "East LA"
    if r() < 0.03:
        first, last = last, first  # the names swapped (or keyed in the wrong boxes)
    if r() < 0.03 and len(number) > 1:
        i = int(r() * (len(number) - 1))  # two digits transposed
        number = number[:i] + number[i + 1] + number[i] + number[i + 2 :]
    if r() < 0.03:
        i = 2 + int(r() * 3)  # a ZIP typo, in one of its last three digits
        zip_code = (
            zip_code[:i] + str((int(zip_code[i]) + 1 + int(r() * 9)) % 10) + zip_code[i + 1 :]
        )
    return first, last, number, street, unit, city, zip_code


_CITY_SHORT = {
    "East Los Angeles": "East LA", "Los Angeles": "LA", "North Hollywood": "N Hollywood",
    "West Hollywood": "W Hollywood", "South Pasadena": "So Pasadena",
}  # fmt: skip


def _housemate(p: _Person, pid: int, section: int, r: _Rand) -> _Person:
    """Someone else at ``p``'s address: same family name mostly, never the same given name."""
    _, first, last, number, street, unit, city, zip_code, alts, _ = p
    other_first, other_last = _name(r)
    for _ in range(8):  # a household never holds two people of one given name here
        if _ascii(other_first).casefold() != _ascii(first).casefold():
            break
        other_first, _ = _name(r)
    if r() < 0.75:
        other_last = last  # family; the rest are roommates
    return (pid, other_first, other_last, number, street, unit, city, zip_code, alts, section)


def _kin_of_one_name(p: _Person, pid: int, section: int, r: _Rand) -> _Person:
    """A parent and child of one name at one address: "John Smith" and "John Smith Jr"."""
    _, first, last, number, street, unit, city, zip_code, alts, _ = p
    suffix = (" Jr", " Jr.", " II", "")[int(r() * 4)]  # often left off the line
    return (pid, first, last + suffix, number, street, unit, city, zip_code, alts, section)


def _namesake_neighbour(p: _Person, pid: int, section: int, r: _Rand) -> _Person:
    """Another person of the same name a few doors down the same street."""
    _, first, last, number, street, _, city, zip_code, alts, _ = p
    if number.isdigit():
        number = str(max(1, int(number) + (2 + 2 * int(r() * 20)) * (1 if r() < 0.5 else -1)))
    return (pid, first, last, number, street, "", city, zip_code, alts, section)


# --- offices, circulators, sections -------------------------------------------------


def _zip_pool(zips: ZipTable) -> list[_Zip]:
    pool = [
        (z.zip_code, z.city, z.acceptable_cities)
        for z in zips
        if z.county_status == CountyStatus.IN and z.kind == "standard"
    ]
    return sorted(pool)  # the table's order is not ours to rely on


def _make_offices(count: int, pool: Sequence[_Zip]) -> tuple[list[FieldOffice], list[list[_Zip]]]:
    by_city: dict[str, list[_Zip]] = {}
    for z in pool:
        for city in (z[1], *z[2]):
            by_city.setdefault(_ascii(city).casefold(), []).append(z)
    offices: list[FieldOffice] = []
    local: list[list[_Zip]] = []
    places = names.OFFICE_PLACES
    for i in range(count):
        suffix, place = places[i % len(places)]
        n = i // len(places)
        code = f"LA-{suffix}{n + 1 if n else ''}"
        offices.append(
            FieldOffice(code=code, name=f"{place} field office{f' {n + 1}' if n else ''}")
        )
        # City of LA neighbourhoods (Koreatown, Boyle Heights...) are USPS "Los Angeles".
        key = _ascii(place).casefold()
        local.append(by_city.get(key) or by_city.get("los angeles") or [])
    return offices, local


def _make_circulators(
    rng: random.Random,
    count: int,
    office_cum: list[float],
    local: Sequence[Sequence[_Zip]],
    pool: Sequence[_Zip],
) -> tuple[list[Circulator], list[int], list[float]]:
    """Circulators, each one's home office, and cumulative weights of how much each carries.

    Productivity is heavy-tailed: a few (often paid) circulators bring in most sections.
    """
    r = rng.random
    circulators, homes, weights = [], [], []
    for _ in range(count):
        first, last = _name(r)
        home = bisect(office_cum, r() * office_cum[-1])
        z = _pick_zip(r, local[home], pool)
        address = f"{_street_number(r)} {_STREETS[int(r() * len(_STREETS))]}"
        if r() < UNIT_SHARE:
            address += f" {_unit(r)}"
        circulators.append(Circulator(f"{first} {last}", address, z[1], z[0]))
        homes.append(home)
        weights.append(min(rng.paretovariate(1.3), 60.0))
    return circulators, homes, list(accumulate(weights))


def _window(campaign: Campaign, today: date | None) -> tuple[date, date]:
    start, end = campaign.approval_date, campaign.filing_deadline
    if today is not None:
        if today < start:
            raise ValueError(f"today ({today}) is before the petition was approved ({start})")
        end = min(end, today)
    return start, end


# Later statuses sort earlier in time: a section verified weeks ago, one just received.
_STATUS_RECENCY = {
    SectionStatus.VERIFIED: (0.0, 1.0),
    SectionStatus.KEYED: (0.3, 1.0),
    SectionStatus.KEYING: (0.85, 0.2),
    SectionStatus.RECEIVED: (0.9, 0.2),
}


def _pick_status(u: float) -> SectionStatus:
    if u < 0.03:
        return SectionStatus.RECEIVED
    if u < 0.08:
        return SectionStatus.KEYING
    if u < 0.55:
        return SectionStatus.KEYED
    return SectionStatus.VERIFIED


def _make_sections(
    rng: random.Random,
    lines: int,
    campaign: Campaign,
    today: date | None,
    offices: Sequence[FieldOffice],
    office_cum: list[float],
    circ_homes: Sequence[int],
    circ_cum: list[float],
) -> tuple[list[tuple[Section, int]], list[int], list[int]]:
    """Sections in date order, with how many lines each has keyed and its office index."""
    r = rng.random
    # (recency score, declared, keyed, status, circulator, office)
    specs: list[tuple[float, int, int, SectionStatus, int, int]] = []
    remaining = lines
    while remaining > 0:
        declared = _DECLARED_SIZES[int(r() * len(_DECLARED_SIZES))]
        if r() < 0.05:
            declared = 1 + int(r() * 30)
        filled = declared if r() < _FULL_SHARE else 1 + int(r() * declared)
        status = _pick_status(r())
        if status is SectionStatus.RECEIVED:
            keyed = 0  # logged at intake, not keyed yet
        elif status is SectionStatus.KEYING:
            keyed = max(1, int(filled * r()))
        else:
            keyed = filled
        keyed = min(keyed, remaining)
        remaining -= keyed
        circ = bisect(circ_cum, r() * circ_cum[-1])
        # Most circulators turn sections in at their own office.
        office = circ_homes[circ] if r() < 0.9 else bisect(office_cum, r() * office_cum[-1])
        base, spread = _STATUS_RECENCY[status]
        specs.append((base + spread * r(), declared, keyed, status, circ, office))
    specs.sort(key=lambda spec: spec[0])

    start, end = _window(campaign, today)
    span = (end - start).days
    # Drives ramp up toward the deadline: density of end dates grows linearly.
    ends = sorted(int(span * r() ** 0.5) for _ in specs)
    serials = rng.sample(range(100_000, 100_000 + 3 * len(specs) + 10), len(specs))
    sections: list[tuple[Section, int]] = []
    counts: list[int] = []
    section_offices: list[int] = []
    for (_, declared, keyed, status, circ, office), day, serial in zip(
        specs, ends, serials, strict=True
    ):
        to = start + timedelta(days=day)
        frm = max(start, to - timedelta(days=int(r() * r() * 21)))
        received = min(to + timedelta(days=1 + int(r() * 6)), end)
        if r() < _OUT_OF_WINDOW_SHARE:
            frm, to, received = _out_of_window(r, campaign, today, end)
        signed = dated = place = True
        if r() < _INCOMPLETE_DECLARATION_SHARE:
            missing = int(r() * 3)
            signed, dated, place = missing != 0, missing != 1, missing != 2
        section = Section(
            serial=f"{serial:07d}",
            declared_lines=declared,
            office_code=offices[office].code,
            circulated_from=frm,
            circulated_to=to,
            declaration_signed=signed,
            declaration_dated=dated,
            declaration_place=place,
            received_on=received,
            status=status,
        )
        sections.append((section, circ))
        counts.append(keyed)
        section_offices.append(office)
    return sections, counts, section_offices


def _out_of_window(
    r: _Rand, campaign: Campaign, today: date | None, end: date
) -> tuple[date, date, date]:
    """Dates of a section circulated before approval or past the deadline (both void it)."""
    approval, deadline = campaign.approval_date, campaign.filing_deadline
    to = deadline + timedelta(days=1 + int(r() * 7))
    received = to + timedelta(days=1 + int(r() * 4))
    if r() < 0.5 and (today is None or received <= today):
        return to - timedelta(days=int(r() * 10)), to, received
    frm = approval - timedelta(days=1 + int(r() * 10))
    to = min(approval + timedelta(days=int(r() * 10)), end)
    return frm, to, min(to + timedelta(days=1 + int(r() * 6)), end)


# --- lines --------------------------------------------------------------------------


def _iter_lines(
    seed: int,
    counts: Sequence[int],
    section_offices: Sequence[int],
    local: Sequence[Sequence[_Zip]],
    pool: Sequence[_Zip],
    outside: Sequence[tuple[str, str]],
) -> Iterator[DemoLine]:
    # Its own generator, so the lines do not depend on how the sections were drawn.
    r = random.Random(f"recalldesk.demo.lines:{seed}").random
    reservoir: list[_Person] = []
    seen = 0  # people offered to the reservoir so far (reservoir sampling)
    next_pid = 0
    p_dup = DUPLICATE_SHARE / (1 - _T_BLANK)  # of the lines that have someone on them
    none_mark, blank_mark = LineMark.NONE, LineMark.BLANK
    cities = sorted({z[1] for z in pool})
    accepts = {z[0]: {z[1], *z[2]} for z in pool}
    for s, count in enumerate(counts):
        office_zips = local[section_offices[s]]
        caps = r() < _CAPS_SECTION_SHARE
        for n in range(1, count + 1):
            u = r()
            if u < _T_BLANK:
                # Nobody on the line; a fresh id keeps "same id = same human" true.
                yield DemoLine(
                    s, SignatureLine(n, signature_present=False, mark=blank_mark), next_pid
                )
                next_pid += 1
                continue
            person: _Person | None = None
            if len(reservoir) >= _RESERVOIR_WARMUP and r() < p_dup:
                j = int(r() * len(reservoir))
                earlier = reservoir[j]
                if earlier[9] != s:  # a second signature is on another section
                    person = earlier
                    if r() < 0.85:  # most sign twice, a few three times or more
                        reservoir[j] = reservoir[-1]
                        reservoir.pop()
                    else:
                        reservoir[j] = (*earlier[:9], s)
            if person is not None:
                pid = person[0]
                first, last, number, street, unit, city, zip_code = _resign(person, r)
            else:
                v = r()
                near = reservoir[int(r() * len(reservoir))] if reservoir else None
                if near is None or near[4].startswith(("PO ", "P.O", "P O")) or not near[3]:
                    person = _new_person(r, next_pid, s, office_zips, pool, outside)
                elif v < HOUSEHOLD_SHARE:
                    person = _housemate(near, next_pid, s, r)
                elif v < HOUSEHOLD_SHARE + SAME_NAME_KIN_SHARE:
                    person = _kin_of_one_name(near, next_pid, s, r)
                elif v < HOUSEHOLD_SHARE + SAME_NAME_KIN_SHARE + NAMESAKE_NEIGHBOUR_SHARE:
                    person = _namesake_neighbour(near, next_pid, s, r)
                else:
                    person = _new_person(r, next_pid, s, office_zips, pool, outside)
                pid, first, last, number, street, unit, city, zip_code = person[:8]
                next_pid += 1
                seen += 1
                if len(reservoir) < _RESERVOIR_SIZE:
                    reservoir.append(person)
                else:
                    j = int(r() * seen)
                    if j < _RESERVOIR_SIZE:
                        reservoir[j] = person
            mark, signature = none_mark, True
            if u < _T_CITY_MISMATCH:
                if u < _T_STRUCK:
                    mark = LineMark.STRUCK
                elif u < _T_WITHDRAWN:
                    mark = LineMark.WITHDRAWN
                elif u < _T_ILLEGIBLE:
                    mark = LineMark.ILLEGIBLE
                    # Keep what could be read: lose one or two fields.
                    for _ in range(1 + int(r() * 2)):
                        k = int(r() * 4)
                        if k == 0:
                            first = ""
                        elif k == 1:
                            last = ""
                        elif k == 2:
                            number = ""
                        else:
                            city = ""
                elif u < _T_NO_SIGNATURE:
                    signature = False
                elif u < _T_NO_NUMBER:
                    number = ""
                elif u < _T_NO_STREET:
                    street = ""
                elif u < _T_NO_NAME:
                    first = last = ""
                else:
                    other = cities[int(r() * len(cities))]
                    if other not in accepts.get(zip_code, ()):
                        city = other
            if caps:
                first, last, street, unit, city = (
                    first.upper(),
                    last.upper(),
                    street.upper(),
                    unit.upper(),
                    city.upper(),
                )
            line = SignatureLine(
                n, first, last, number, street, unit, city, zip_code, signature, mark
            )
            yield DemoLine(s, line, pid, person[1:8])


# --- entry point ----------------------------------------------------------------------


def generate(
    lines: int,
    offices: int,
    seed: int,
    campaign: Campaign,
    zips: ZipTable,
    *,
    today: date | None = None,
) -> DemoDataset:
    """A synthetic drive of exactly ``lines`` keyed lines across about ``offices`` offices.

    Sections fall between the campaign's approval date and filing deadline (or
    ``today``, if earlier), apart from a few deliberately out of the window.
    Raises ``ValueError`` on negative counts, a ``today`` before approval, or a
    ZIP table with no standard in-county ZIPs.
    """
    if lines < 0 or offices < 1:
        raise ValueError(f"need lines >= 0 and offices >= 1, got {lines} and {offices}")
    pool = _zip_pool(zips)
    if not pool:
        raise ValueError("the ZIP table has no standard in-county ZIP codes")
    # Guard the hard-coded list against a table that claims one of them.
    outside = [(z, c) for z, c in names.OUT_OF_COUNTY_ZIPS if zips.get(z) is None]
    rng = random.Random(f"recalldesk.demo:{seed}")
    office_list, local = _make_offices(offices, pool)
    office_cum = list(accumulate(1 / (i + 3) ** 0.8 for i in range(offices)))
    circulators, homes, circ_cum = _make_circulators(
        rng, max(1, round(lines / _LINES_PER_CIRCULATOR)), office_cum, local, pool
    )
    sections, counts, section_offices = _make_sections(
        rng, lines, campaign, today, office_list, office_cum, homes, circ_cum
    )
    return DemoDataset(
        offices=office_list,
        circulators=circulators,
        sections=sections,
        lines=_iter_lines(seed, counts, section_offices, local, pool, outside),
        line_count=lines,
    )
