"""A county voter file as RecallDesk reads it: the column mapping, and one row made a voter.

County voter files differ in layout (the registrar says which columns a
campaign receives; EC 2194), so a *mapping* names, for each field RecallDesk
needs, the column of the file that holds it, and how the file writes a
registration's status. A mapping is chosen once in a dialog with a preview
and kept as a named preset. This module knows no file format: it turns one
row (a list of strings, by header) into a :class:`VoterRow`, or says exactly
what is wrong with it so the import can report the line number.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date


class VoterStatus(enum.StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"  # still registered: may sign (the registrar checks)
    CANCELED = "canceled"  # the registrar's "canceled registration"


# The fields a mapping may fill; the first group is required.
REQUIRED_FIELDS = ("voter_id", "first_name", "last_name", "street_number", "street_name", "zip")
OPTIONAL_FIELDS = (
    "middle_name", "name_suffix", "number_fraction", "street_pre", "street_type",
    "street_post", "unit", "city", "status", "registered_on",
)  # fmt: skip
FIELDS = REQUIRED_FIELDS + OPTIONAL_FIELDS
DELIMITERS = ("\t", "|", ",")


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column holds each field, and what the file's status codes mean."""

    name: str
    columns: dict[str, str]  # field -> the file's header for it
    statuses: dict[str, VoterStatus] = field(default_factory=dict)  # file code -> status
    delimiter: str = ""  # "" : detect from the header line

    def missing(self) -> list[str]:
        """Required fields the mapping leaves out."""
        return [f for f in REQUIRED_FIELDS if not self.columns.get(f)]

    def indexes(self, header: Sequence[str]) -> dict[str, int]:
        """Field -> column position in ``header``; raises VoterRowError naming a missing column."""
        where = {name.strip().casefold(): i for i, name in enumerate(header)}
        out = {}
        for name, column in self.columns.items():
            if not column:
                continue
            position = where.get(column.strip().casefold())
            if position is None:
                raise VoterRowError("voters.no_column", column=column, field=name)
            out[name] = position
        return out


# The layout of the demo's synthetic voter file (tab-separated, like LA County's
# extract): documented in the README as the preset "RecallDesk demo".
DEMO_PRESET = ColumnMapping(
    "RecallDesk demo",
    {
        "voter_id": "VoterID", "first_name": "FirstName", "middle_name": "MiddleName",
        "last_name": "LastName", "name_suffix": "Suffix", "street_number": "HouseNumber",
        "number_fraction": "HouseFraction", "street_pre": "StreetDir",
        "street_name": "StreetName", "street_type": "StreetType", "street_post": "StreetPostDir",
        "unit": "Unit", "city": "City", "zip": "Zip", "status": "Status",
        "registered_on": "RegistrationDate",
    },
    {"A": VoterStatus.ACTIVE, "I": VoterStatus.INACTIVE, "C": VoterStatus.CANCELED},
    "\t",
)  # fmt: skip


class VoterRowError(ValueError):
    """One row cannot be read; ``code`` and ``params`` say why (a message code)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True, slots=True)
class VoterRow:
    voter_id: str
    first_name: str
    middle_name: str
    last_name: str
    street_number: str  # with its fraction: "1234 1/2"
    street_name: str  # direction, name, type and post-direction together
    unit: str
    city: str
    zip_code: str  # five digits
    status: VoterStatus
    registered_on: date | None


def detect_delimiter(header_line: str) -> str:
    """The delimiter a header line uses most (tab, pipe or comma)."""
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    if counts[best] == 0:
        raise VoterRowError("voters.no_delimiter")
    return best


def read_row(values: Sequence[str], where: dict[str, int], mapping: ColumnMapping) -> VoterRow:
    """One row of the file as a voter; raises VoterRowError saying what is wrong."""

    def get(name: str) -> str:
        position = where.get(name)
        if position is None:
            return ""
        if position >= len(values):
            raise VoterRowError("voters.short_row", columns=len(values), needed=position + 1)
        return values[position].strip()

    voter_id = get("voter_id")
    if not voter_id:
        raise VoterRowError("voters.no_id")
    first, last = get("first_name"), get("last_name")
    if not last and not first:
        raise VoterRowError("voters.no_name", voter=voter_id)
    zip_code = get("zip")[:5]
    if not (len(zip_code) == 5 and zip_code.isdigit()):
        raise VoterRowError("voters.bad_zip", voter=voter_id, found=get("zip"))
    number = " ".join(p for p in (get("street_number"), get("number_fraction")) if p)
    street = " ".join(
        p for p in (get("street_pre"), get("street_name"), get("street_type"),
                    get("street_post")) if p
    )  # fmt: skip
    code = get("status")
    status = VoterStatus.ACTIVE
    if "status" in where:
        found = mapping.statuses.get(code) or mapping.statuses.get(code.upper())
        if found is None:
            try:
                found = VoterStatus(code.casefold())
            except ValueError:
                raise VoterRowError("voters.bad_status", voter=voter_id, found=code) from None
        status = found
    registered = get("registered_on")
    return VoterRow(
        voter_id, first, get("middle_name"), " ".join(p for p in (last, get("name_suffix")) if p),
        number, street, get("unit"), get("city"), zip_code, status, _date(registered, voter_id),
    )  # fmt: skip


def _date(text: str, voter_id: str) -> date | None:
    """ISO dates, and the US month/day/year a county extract uses."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    parts = text.split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        month, day, year = (int(p) for p in parts)
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise VoterRowError("voters.bad_date", voter=voter_id, found=text)


__all__ = [
    "DEMO_PRESET",
    "FIELDS",
    "REQUIRED_FIELDS",
    "ColumnMapping",
    "VoterRow",
    "VoterRowError",
    "VoterStatus",
    "detect_delimiter",
    "read_row",
]
