"""The sync packet and digest formats: sheets, columns, and how they are signed.

A packet is a workbook another tool could read or write, so its layout is
data, declared once here: the writer, the reader, the store's SQL and
docs/sync-format.md all follow these tuples. Every signed cell is text (no
numbers, dates or booleans), so what is signed is exactly what a reader gets
back, with no float rounding or date-system guesswork.

The signature is HMAC-SHA256 over a canonical byte stream (see
:class:`Signer`). Its separators are ASCII control characters that XML 1.0
cannot carry, so no cell can forge a row or sheet boundary.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

PACKET_FORMAT = "recalldesk-packet/2"  # /2: sections carry close_note
DIGEST_FORMAT = "recalldesk-digest/2"  # /2: numbers as numbers, shares as percentages
PACKET_SUFFIX = ".recalldesk.xlsx"
DIGEST_SUFFIX = ".recalldesk-digest.xlsx"
MANIFEST_SHEET = "Manifest"
MANIFEST_HEADER = ("field", "value")

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
    ``int`` (0 or more, no leading zeros), ``int+`` (1 or more), ``bool``
    (``0`` or ``1``), ``date?`` (YYYY-MM-DD or empty), ``stamp`` (an ISO
    8601 UTC timestamp), ``enum`` (one of ``choices``).
    """

    name: str
    kind: str = "text"
    choices: tuple[str, ...] = ()
    derived: bool = False  # recomputable from other columns: not compared for conflicts


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
    Field("origin_office", "text!"),
    Field("origin_device", "text!"),
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
    (Field("uuid", "uuid"), Field("code", "text!"), Field("name", "text!"), *SYNC_FIELDS),
)
OPERATORS = SheetSpec(
    "Operators",
    "operator",
    (
        Field("uuid", "uuid"),
        Field("office_code", "text!"),
        Field("name", "text!"),
        Field("initials"),
        *SYNC_FIELDS,
    ),
)
CIRCULATORS = SheetSpec(
    "Circulators",
    "circulator",
    (
        Field("uuid", "uuid"),
        Field("name", "text!"),
        Field("street_address"),
        Field("city"),
        Field("zip_code"),
        *SYNC_FIELDS,
    ),
)
SECTIONS = SheetSpec(
    "Sections",
    "section",
    (
        Field("uuid", "uuid"),
        Field("serial", "text!"),
        Field("office_code", "text!"),
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
        Field("close_note"),
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
        Field("first_name"),
        Field("last_name"),
        Field("street_number"),
        Field("street_name"),
        Field("unit"),
        Field("city"),
        Field("zip_code"),
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
# Parents before children: the order sheets are written, signed and applied in.
PACKET_SHEETS: tuple[SheetSpec, ...] = (OFFICES, OPERATORS, CIRCULATORS, SECTIONS, LINES)

# The packet manifest's fields, in order. Signed ones are part of the HMAC input.
PACKET_SIGNED_FIELDS = (
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
    *(f"rows_{s.title.lower()}" for s in PACKET_SHEETS),
)
PACKET_UNSIGNED_FIELDS = ("campaign_name", "created_at", "signature")

# Digest sheets: central's figures and decisions, back to one office.
DIGEST_CAMPAIGN = SheetSpec(
    "Campaign", "digest_campaign", (Field("figure", "text!"), Field("value")), typed=True
)
DIGEST_STANDING = SheetSpec(
    "Standing",
    "digest_standing",
    (
        Field("rank", "int+"),
        Field("office_code", "text!"),
        Field("office_name"),
        Field("sections", "int"),
        Field("lines", "int"),
        Field("raw_signatures", "int"),
        Field("lines_with_errors", "int"),
        Field("packets_merged", "int"),
        Field("last_packet_at"),
    ),
    typed=True,
)
DIGEST_DECISIONS = SheetSpec(
    "Decisions",
    "digest_decisions",
    (
        Field("line_uuid", "uuid"),
        Field("serial", "text!"),
        Field("line_number", "int+"),
        Field("decision", "enum", ("duplicate", "not_duplicate")),
        Field("other_line_uuid", "uuid"),
        Field("other_office", "text!"),
        Field("other_serial", "text!"),
        Field("other_line_number", "int+"),
        Field("decided_at", "stamp"),
    ),
)
DIGEST_SHEETS: tuple[SheetSpec, ...] = (DIGEST_CAMPAIGN, DIGEST_STANDING, DIGEST_DECISIONS)
DIGEST_SIGNED_FIELDS = (
    "format",
    "campaign_id",
    "office_code",
    "sequence",
    "schema_version",
    "app_version",
    *(f"rows_{s.title.lower()}" for s in DIGEST_SHEETS),
)
DIGEST_UNSIGNED_FIELDS = ("campaign_name", "created_at", "signature")


@dataclass(frozen=True, slots=True)
class CampaignKeys:
    """What a campaign's shared key yields: the signing key and a public campaign id."""

    signing: bytes
    campaign_id: str  # 16 hex digits; names the campaign in manifests without revealing the key


@lru_cache(maxsize=4)
def derive_keys(passphrase: str) -> CampaignKeys:
    """Stretch the campaign's shared key (PBKDF2-HMAC-SHA256) into the signing key and id."""
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


class Signer:
    """HMAC-SHA256 over a manifest's signed fields and then each sheet's rows.

    The byte stream (UTF-8) is: the format name, ROW_END; each signed
    manifest field as ``name FIELD_SEP value ROW_END``; then per sheet, in
    order, ``SHEET_START title ROW_END``, the header row and the data rows
    (cells joined by FIELD_SEP, each row ended by ROW_END).
    """

    def __init__(self, key: bytes, manifest: Sequence[tuple[str, str]]) -> None:
        self._mac = hmac.new(key, digestmod=hashlib.sha256)
        for name, value in manifest:
            _check_cell(value)
            self._mac.update(f"{name}{FIELD_SEP}{value}{ROW_END}".encode())

    def sheet(self, title: str, header: Sequence[str]) -> None:
        self._mac.update(f"{SHEET_START}{title}{ROW_END}".encode())
        self.rows_text(encode_rows([header]))

    def rows_text(self, text: str) -> None:
        """Add rows already encoded by :func:`encode_rows`."""
        self._mac.update(text.encode("utf-8", "surrogatepass"))

    def rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.rows_text(encode_rows(rows))

    def hexdigest(self) -> str:
        return self._mac.hexdigest()


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


def signatures_match(expected: str, found: str) -> bool:
    """Constant-time comparison, so timing reveals nothing about the right signature."""
    return hmac.compare_digest(
        expected.encode("ascii", "replace"), found.encode("ascii", "replace")
    )


def _check_cell(value: str) -> None:
    if any(sep in value for sep in SEPARATORS):
        raise ValueError("a signed cell cannot hold ASCII separator characters")


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
    """``PAS-digest-000003.recalldesk-digest.xlsx``."""
    return f"{office_code}-digest-{sequence:06d}{DIGEST_SUFFIX}"
