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
from operator import itemgetter

from recalldesk.core.matching.record import MatchRecord
from recalldesk.core.matching.voter_keys import voter_record


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
        """Field -> column position in ``header``; raises VoterRowError naming a missing
        column, or a column the mapping uses that the header names twice."""
        where: dict[str, int] = {}
        twice: set[str] = set()
        for i, name in enumerate(header):
            key = name.strip().casefold()
            if key in where:
                twice.add(key)
            else:
                where[key] = i
        out = {}
        for name, column in self.columns.items():
            if not column:
                continue
            position = where.get(column.strip().casefold())
            if position is None:
                raise VoterRowError("voters.no_column", column=column, field=name)
            if column.strip().casefold() in twice:
                raise VoterRowError("voters.column_twice", column=column)
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
    return RowReader(where, mapping)(values)


class RowReader:
    """Reads rows through one mapping: the columns are looked up once, then each row is
    taken apart by one ``itemgetter`` (millions of rows: every call per field counts)."""

    def __init__(
        self, where: dict[str, int], mapping: ColumnMapping, width: int | None = None
    ) -> None:
        self.mapping = mapping
        self.has_status = "status" in where
        positions = [where.get(name, -1) for name in FIELDS]
        self.needed = max(positions) + 1
        # With the header's width, a row of more or fewer columns is refused (as the
        # column reader refuses it): its values may be in the wrong columns.
        self.width = width
        # Fields the mapping leaves out read an empty column appended to each row.
        self.pick = itemgetter(*(p if p >= 0 else -1 for p in positions))

    def _checked(self, values: Sequence[str]) -> tuple[tuple[str, ...], VoterStatus, date | None]:
        """The row's fields in FIELDS order, stripped, with its status and date; or why not."""
        if self.width is not None and len(values) != self.width:
            code = "voters.short_row" if len(values) < self.width else "voters.long_row"
            raise VoterRowError(code, columns=len(values), needed=self.width)
        if len(values) < self.needed:
            raise VoterRowError("voters.short_row", columns=len(values), needed=self.needed)
        values = list(values)
        values.append("")  # the column of every field the mapping leaves out
        fields = tuple(map(str.strip, self.pick(values)))
        voter_id, first, last, _, _, zip_raw = fields[:6]
        if not voter_id:
            raise VoterRowError("voters.no_id")
        if not last and not first:
            raise VoterRowError("voters.no_name", voter=voter_id)
        if not (len(zip_raw) >= 5 and zip_raw[:5].isascii() and zip_raw[:5].isdigit()):
            raise VoterRowError("voters.bad_zip", voter=voter_id, found=zip_raw)
        status = VoterStatus.ACTIVE
        if self.has_status:
            code = fields[14]
            statuses = self.mapping.statuses
            found = statuses.get(code) or statuses.get(code.upper())
            if found is None:
                try:
                    found = VoterStatus(code.casefold())
                except ValueError:
                    raise VoterRowError("voters.bad_status", voter=voter_id, found=code) from None
            status = found
        return fields, status, parse_date(fields[15], voter_id)

    def __call__(self, values: Sequence[str]) -> VoterRow:
        fields, status, registered = self._checked(values)
        (voter_id, first, last, number, street_name, zip_raw, middle, suffix, fraction,
         pre, street_type, post, unit, city, _, _) = fields  # fmt: skip
        return VoterRow(
            voter_id, first, middle, f"{last} {suffix}" if suffix else last,
            f"{number} {fraction}" if fraction else number,
            " ".join(p for p in (pre, street_name, street_type, post) if p),
            unit, city, zip_raw[:5], status, registered,
        )  # fmt: skip

    def record(self, values: Sequence[str]) -> tuple[str, MatchRecord, VoterStatus, date | None]:
        """(voter id, the voter normalized as a keyed line is, status, registration date)."""
        fields, status, registered = self._checked(values)
        (voter_id, first, last, number, street_name, zip_raw, middle, suffix, fraction,
         pre, street_type, post, unit, city, _, _) = fields  # fmt: skip
        record = voter_record(
            first, middle, last, suffix, number, fraction,
            (pre, street_name, street_type, post), unit, city, zip_raw[:5],
        )  # fmt: skip
        return voter_id, record, status, registered


_DATES: dict[str, date] = {}


def parse_date(text: str, voter_id: str) -> date | None:
    """ISO dates, and the US month/day/year a county extract uses."""
    if not text:
        return None
    cached = _DATES.get(text)
    if cached is not None:
        return cached
    found: date | None = None
    try:
        found = date.fromisoformat(text[:10])
    except ValueError:
        parts = text.split("/")
        # Month/day/four-digit year only: "3/15/18" could be 1918 or 2018.
        if (
            len(parts) == 3
            and all(p.isascii() and p.isdigit() for p in parts)
            and (len(parts[2]) == 4)
        ):
            month, day, year = (int(p) for p in parts)
            try:
                found = date(year, month, day)
            except ValueError:
                found = None
    if found is None or not _EARLIEST <= found.year <= _LATEST:
        raise VoterRowError("voters.bad_date", voter=voter_id, found=text)
    if len(_DATES) < 100_000:  # registration days repeat across millions of voters
        _DATES[text] = found
    return found


_EARLIEST, _LATEST = 1900, 2100  # a registration date outside these is a broken field


__all__ = [
    "DEMO_PRESET",
    "FIELDS",
    "REQUIRED_FIELDS",
    "ColumnMapping",
    "RowReader",
    "VoterRow",
    "VoterRowError",
    "VoterStatus",
    "detect_delimiter",
    "parse_date",
    "read_row",
]
