"""The records a petition drive keeps, as plain values.

These are what the rules validate, the store saves and the exchange writes.
They carry no identity of their own beyond ``uuid``; the store adds the
bookkeeping (versions, origins, timestamps) that makes merges idempotent.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date

# An office code: it names packet and digest files, so it is kept to what any file system takes.
OFFICE_CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,11}")


def is_office_code(code: str) -> bool:
    return OFFICE_CODE.fullmatch(code) is not None


class SectionStatus(enum.StrEnum):
    """Where a petition section is in the office's workflow."""

    RECEIVED = "received"
    KEYING = "keying"
    KEYED = "keyed"
    VERIFIED = "verified"
    EXPORTED = "exported"


class Role(enum.StrEnum):
    """What a database is for."""

    OFFICE = "office"  # a field office: keys lines, sends sync packets
    CENTRAL = "central"  # the central office: merges packets, sends digests


class StaffRole(enum.StrEnum):
    """What an operator may do (issue 13). Each role may do everything the one before may."""

    VOLUNTEER = "volunteer"  # key and verify lines
    LEAD = "lead"  # intake, close sections, sync, the office's operators and key
    COORDINATOR = "coordinator"  # merge, duplicates, sample, master export, offices, keys

    @property
    def rank(self) -> int:
        return _STAFF_RANKS[self]

    def covers(self, other: StaffRole) -> bool:
        """Whether this role may do what ``other`` may."""
        return self.rank >= other.rank


_STAFF_RANKS = {StaffRole.VOLUNTEER: 0, StaffRole.LEAD: 1, StaffRole.COORDINATOR: 2}


class LineMark(enum.StrEnum):
    """What the paper line itself shows, besides the data keyed from it."""

    NONE = ""  # an ordinary signed line
    BLANK = "blank"  # nothing written on the line
    STRUCK = "struck"  # crossed out on the paper
    WITHDRAWN = "withdrawn"  # signer withdrew in writing (EC 11303)
    ILLEGIBLE = "illegible"  # keep whatever is readable


@dataclass(frozen=True, slots=True)
class Campaign:
    """A petition drive: its target, dates and the registrar's sampling rules.

    Percentages are stored as fractions (0.05 is 5%) so the law of another
    state or a statewide petition (3%/500, 95–110%) is a setting, not code.
    """

    name: str
    jurisdiction: str
    county: str
    required_signatures: int
    approval_date: date
    filing_deadline: date
    sample_fraction: float = 0.05
    sample_minimum: int = 500
    qualify_above: float = 1.10
    fail_below: float = 0.90
    # Share of clean lines expected to survive the registrar's checks we cannot
    # make (registration, signature match). Default: LA 2022's full count.
    assumed_validity: float = 0.7265
    uuid: str = ""


@dataclass(frozen=True, slots=True)
class FieldOffice:
    code: str
    name: str
    uuid: str = ""


@dataclass(frozen=True, slots=True)
class Operator:
    """A volunteer or lead who keys or edits data at an office."""

    name: str
    initials: str = ""
    uuid: str = ""


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is making a change, and where: stamped on every record and audit entry."""

    operator: str
    office_code: str
    device_id: str
    operator_id: int | None = None
    # Set by signing in (ops.sign_in); the operations layer checks it. The least by default.
    role: StaffRole = StaffRole.VOLUNTEER


@dataclass(frozen=True, slots=True)
class Circulator:
    """The person who carried a section and signed its declaration (EC 104)."""

    name: str
    street_address: str = ""
    city: str = ""
    zip_code: str = ""
    uuid: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    """One paper petition section as logged at intake."""

    serial: str
    declared_lines: int
    office_code: str = ""
    circulator_uuid: str = ""
    circulated_from: date | None = None
    circulated_to: date | None = None
    declaration_signed: bool = False
    declaration_dated: bool = False
    declaration_place: bool = False
    received_on: date | None = None
    status: SectionStatus = SectionStatus.RECEIVED
    uuid: str = ""


@dataclass(frozen=True, slots=True)
class SignatureLine:
    """One numbered signature line keyed from a section, exactly as printed."""

    line_number: int
    first_name: str = ""
    last_name: str = ""
    street_number: str = ""
    street_name: str = ""
    unit: str = ""
    city: str = ""
    zip_code: str = ""
    signature_present: bool = True
    mark: LineMark = LineMark.NONE
    problems: tuple[str, ...] = field(default=())
    uuid: str = ""

    @property
    def counts_as_signature(self) -> bool:
        """Whether the registrar would count this line in the raw count.

        Blank and struck lines are not signatures at all; withdrawn and
        unsigned lines are counted raw but can never be valid.
        """
        from recalldesk.core.counting import is_signature  # counting imports this module

        return is_signature(self.mark)


# Approval date: 160 days (EC 11220) before the July 6, 2022 filing deadline.
LA_COUNTY_DA_RECALL_2022 = Campaign(
    name="Recall of District Attorney George Gascón (2022)",
    jurisdiction="Los Angeles County",
    county="Los Angeles",
    required_signatures=566_857,
    approval_date=date(2022, 1, 27),
    filing_deadline=date(2022, 7, 6),
)
"""The shipped default and demo campaign (DOMAIN.md)."""
