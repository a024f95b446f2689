"""The sync packet and digest formats: sheets, columns, and the keys that seal them.

A packet is a workbook another tool could read, so its layout is data,
declared once here: the writer, the reader, the store's SQL and
docs/sync-format.md all follow these tuples. Every cell of a data sheet is
text (no numbers, dates or booleans), so what is written is exactly what a
reader gets back, with no float rounding or date-system guesswork; the
digest's figures are numbers, read back as their canonical text.

The whole file is sealed (an HMAC over its bytes, see
:mod:`recalldesk.exchange.seal`); the separators below only let a reader
check a batch of rows' shape in one C-level pass.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from recalldesk.core.records import is_office_code

# /2: sections carry close_note; /3: sealed file; /4: the Keying sheet (verification figures)
PACKET_FORMAT = "recalldesk-packet/4"
PACKET_FORMAT_3 = "recalldesk-packet/3"  # still merged: an office may run an older RecallDesk
DIGEST_FORMAT = "recalldesk-digest/3"  # /2: numbers as numbers, shares as percentages; /3: sealed
PACKET_SUFFIX = ".recalldesk.xlsx"
DIGEST_SUFFIX = ".recalldesk-digest.xlsx"
MANIFEST_SHEET = "Manifest"
MANIFEST_HEADER = ("field", "value")
MANIFEST_FIELD_LIMIT = 200  # characters in a manifest field's name or value
SHORT = 200  # characters in a name, an address part, a serial number

FIELD_SEP = "\x1f"  # between the cells of a row
ROW_END = "\x1e"  # after every row
SHEET_START = "\x1d"  # before every sheet name
SEPARATORS = frozenset((FIELD_SEP, ROW_END, SHEET_START))

# Key stretching: a campaign key is a passphrase typed at setup; every packet
# is a known-plaintext HMAC of it, so make each guess cost something.
_KDF_ROUNDS = 200_000
_KDF_SALT = b"recalldesk/campaign-key/1"


@dataclass(frozen=True, slots=True)
class Field:
    """One column of a signed sheet.

    ``kind`` is one of: ``uuid`` (lower-case 8-4-4-4-12 hex), ``uuid?`` (a
    uuid or empty), ``text`` (anything, may be empty), ``text!`` (not empty),
    ``code`` (an office code: A-Z, 0-9, ``-`` and ``_``, up to 12), ``int``
    (0 or more, no leading zeros, at most nine digits), ``int+`` (1 or more),
    ``bool`` (``0`` or ``1``), ``date?`` (a real YYYY-MM-DD between 1900 and
    2100, or empty), ``stamp`` (a real UTC time, ``YYYY-MM-DDTHH:MM:SS[.fff]Z``),
    ``enum`` (one of ``choices``). ``limit`` caps a value's length in characters.
    """

    name: str
    kind: str = "text"
    choices: tuple[str, ...] = ()
    derived: bool = False  # recomputable from other columns: not compared for conflicts
    limit: int = 32_767  # Excel's cell limit


@dataclass(frozen=True, slots=True)
class SheetSpec:
    """A data sheet of a packet: its title, the table it fills, its columns in order."""

    title: str
    table: str  # the record table it fills; for digest sheets, a name for staging only
    fields: tuple[Field, ...]
    # Numbers may be number cells (read back as their canonical text, see
    # canonical_value); otherwise every cell is text.
    typed: bool = False

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def compared(self) -> tuple[str, ...]:
        """Columns whose difference at an equal version is a conflict."""
        return tuple(f.name for f in self.fields if not f.derived)


SYNC_FIELDS = (
    Field("origin_office", "code"),
    Field("origin_device", "uuid"),
    Field("version", "int+"),
    Field("created_at", "stamp"),
    Field("updated_at", "stamp"),
    Field("deleted", "bool"),
)

SECTION_STATUSES = ("received", "keying", "keyed", "verified", "exported")
LINE_MARKS = ("", "blank", "struck", "withdrawn", "illegible")
SEVERITIES = ("", "warning", "error")

OFFICES = SheetSpec(
    "Offices",
    "office",
    (
        Field("uuid", "uuid"),
        Field("code", "code"),
        Field("name", "text!", limit=SHORT),
        *SYNC_FIELDS,
    ),
)
OPERATORS = SheetSpec(
    "Operators",
    "operator",
    (
        Field("uuid", "uuid"),
        Field("office_code", "code"),
        Field("name", "text!", limit=SHORT),
        Field("initials", limit=SHORT),
        *SYNC_FIELDS,
    ),
)
CIRCULATORS = SheetSpec(
    "Circulators",
    "circulator",
    (
        Field("uuid", "uuid"),
        Field("name", "text!", limit=SHORT),
        Field("street_address", limit=SHORT),
        Field("city", limit=SHORT),
        Field("zip_code", limit=SHORT),
        *SYNC_FIELDS,
    ),
)
SECTIONS = SheetSpec(
    "Sections",
    "section",
    (
        Field("uuid", "uuid"),
        Field("serial", "text!", limit=SHORT),
        Field("office_code", "code"),
        Field("circulator_uuid", "uuid?"),
        Field("declared_lines", "int"),
        Field("circulated_from", "date?"),
        Field("circulated_to", "date?"),
        Field("declaration_signed", "bool"),
        Field("declaration_dated", "bool"),
        Field("declaration_place", "bool"),
        Field("received_on", "date?"),
        Field("status", "enum", SECTION_STATUSES),
        Field("problems"),
        Field("voided", "bool"),
        Field("close_note", limit=4000),
        *SYNC_FIELDS,
    ),
)
LINES = SheetSpec(
    "Lines",
    "signature_line",
    (
        Field("uuid", "uuid"),
        Field("section_uuid", "uuid"),
        Field("line_number", "int+"),
        Field("first_name", limit=SHORT),
        Field("last_name", limit=SHORT),
        Field("street_number", limit=SHORT),
        Field("street_name", limit=SHORT),
        Field("unit", limit=SHORT),
        Field("city", limit=SHORT),
        Field("zip_code", limit=SHORT),
        Field("signature_present", "bool"),
        Field("mark", "enum", LINE_MARKS),
        Field("problems"),
        Field("severity", "enum", SEVERITIES),
        Field("name_key", derived=True),
        Field("address_key", derived=True),
        Field("operator_uuid", "uuid?"),
        *SYNC_FIELDS,
    ),
)
# Parents before children: the order record sheets are written and applied in.
PACKET_SHEETS: tuple[SheetSpec, ...] = (OFFICES, OPERATORS, CIRCULATORS, SECTIONS, LINES)

# Not records but the writing device's figures now (issue 14): each operator's
# verification results, which stay at the office that verified. A newer packet
# of the device replaces them at central.
KEYING = SheetSpec(
    "Keying",
    "keying_report",
    (
        Field("operator_uuid", "uuid"),
        Field("fields_compared", "int"),
        Field("fields_in_error", "int"),
        Field("sections_verified", "int"),
    ),
)
# Every sheet of a packet of the current format, in the order written and read.
PACKET_ALL_SHEETS: tuple[SheetSpec, ...] = (*PACKET_SHEETS, KEYING)


def _packet_fields(sheets: tuple[SheetSpec, ...]) -> tuple[str, ...]:
    """A packet manifest's required fields, in order; then campaign_name and created_at."""
    return (
        "format",
        "campaign_id",
        "office_code",
        "device_id",
        "sequence",
        "since_change_seq",
        "upto_change_seq",
        "full",
        "schema_version",
        "app_version",
        *(f"rows_{s.title.lower()}" for s in sheets),
    )


PACKET_FIELDS = _packet_fields(PACKET_ALL_SHEETS)
# replaces_devices (optional, format 4): at most five uuids fit a manifest field's 200 characters.
MAX_REPLACED = 5
# The formats a merge accepts, each with its sheets and required manifest fields.
PACKET_FORMATS: dict[str, tuple[tuple[SheetSpec, ...], tuple[str, ...]]] = {
    PACKET_FORMAT: (PACKET_ALL_SHEETS, PACKET_FIELDS),
    PACKET_FORMAT_3: (PACKET_SHEETS, _packet_fields(PACKET_SHEETS)),
}

# Digest sheets: central's figures and decisions, back to one office.
DIGEST_CAMPAIGN = SheetSpec(
    "Campaign",
    "digest_campaign",
    (Field("figure", "text!", limit=SHORT), Field("value", limit=SHORT)),
    typed=True,
)
DIGEST_STANDING = SheetSpec(
    "Standing",
    "digest_standing",
    (
        Field("rank", "int+"),
        Field("office_code", "code"),
        Field("office_name", limit=SHORT),
        Field("sections", "int"),
        Field("lines", "int"),
        Field("raw_signatures", "int"),
        Field("lines_with_errors", "int"),
        Field("packets_merged", "int"),
        Field("last_packet_at", limit=SHORT),
    ),
    typed=True,
)
DIGEST_DECISIONS = SheetSpec(
    "Decisions",
    "digest_decisions",
    (
        Field("line_uuid", "uuid"),
        Field("serial", "text!", limit=SHORT),
        Field("line_number", "int+"),
        Field("decision", "enum", ("duplicate", "not_duplicate")),
        Field("other_line_uuid", "uuid"),
        Field("other_office", "code"),
        Field("other_serial", "text!", limit=SHORT),
        Field("other_line_number", "int+"),
        Field("decided_at", "stamp"),
    ),
)
DIGEST_SHEETS: tuple[SheetSpec, ...] = (DIGEST_CAMPAIGN, DIGEST_STANDING, DIGEST_DECISIONS)
DIGEST_FIELDS = (
    "format",
    "campaign_id",
    "office_code",
    "sequence",
    "schema_version",
    "app_version",
    *(f"rows_{s.title.lower()}" for s in DIGEST_SHEETS),
)


@dataclass(frozen=True, slots=True)
class CampaignKeys:
    """What a campaign's shared key yields: the signing key and a public campaign id."""

    signing: bytes
    campaign_id: str  # 16 hex digits; names the campaign in manifests without revealing the key


@lru_cache(maxsize=4)
def derive_keys(passphrase: str) -> CampaignKeys:
    """Stretch the campaign's shared key (PBKDF2-HMAC-SHA256) into the sealing key and id."""
    if not passphrase:
        raise ValueError("the campaign key is empty")
    master = hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), _KDF_SALT, _KDF_ROUNDS)
    signing = hmac.new(master, b"sign", hashlib.sha256).digest()
    campaign_id = hmac.new(master, b"campaign id", hashlib.sha256).hexdigest()[:16]
    return CampaignKeys(signing, campaign_id)


def encode_rows(rows: Iterable[Sequence[str]]) -> str:
    """The canonical text of data rows: cells joined by FIELD_SEP, each row ended by ROW_END.

    Every signed sheet has at least two columns, so a row never encodes to
    nothing and an empty result means "no rows".
    """
    body = ROW_END.join(map(FIELD_SEP.join, rows))
    return body + ROW_END if body else ""


def canonical_value(value: object) -> str:
    """The text a number cell is signed and read back as: 8 and 8.0 -> "8", 0.25 -> "0.25".

    A whole number written as a float reads back as an int-valued float, so both
    sides agree on the shortest form; other floats round-trip exactly through repr.
    """
    if isinstance(value, bool):
        raise TypeError("TRUE/FALSE is not a number")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        return value
    raise TypeError(f"not a cell value: {type(value).__name__}")


def check_encoded(text: str, rows: int, columns: int) -> bool:
    """Whether ``text`` encodes exactly ``rows`` rows of ``columns`` cells (no stray separators)."""
    return (
        text.count(ROW_END) == rows
        and text.count(FIELD_SEP) == rows * (columns - 1)
        and SHEET_START not in text
    )


def packet_file_name(office_code: str, device_id: str, sequence: int) -> str:
    """``PAS-1a2b3c4d-000007.recalldesk.xlsx``: sorts by office, device, then sequence."""
    return f"{office_code}-{device_id[:8]}-{sequence:06d}{PACKET_SUFFIX}"


def digest_file_name(office_code: str, sequence: int) -> str:
    """``PAS-digest-000003.recalldesk-digest.xlsx``.

    A code that is not a plain office code (only an older master could hold
    one) is never used as it stands: it could name a path outside the folder.
    """
    if not is_office_code(office_code):
        office_code = "office-" + hashlib.sha256(office_code.encode()).hexdigest()[:12]
    return f"{office_code}-digest-{sequence:06d}{DIGEST_SUFFIX}"
