"""A first guess at a voter file's column mapping, from its header and a few rows.

Counties name their columns every which way ("LastName", "Last Name",
"NAME_LAST", "RES_ZIP"): a header is compared with each field's usual names
once case, spaces, punctuation and a leading "residence"/"res" are set aside.
Status codes seen in the file are guessed the same way ("A", "ACT", "Active").
The coordinator checks the guess in the mapping dialog; nothing is imported
on a guess alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from recalldesk.core.voter_file import FIELDS, VoterStatus

# Each field's usual names, folded (lower case, letters and digits only), best first.
NAMES: dict[str, tuple[str, ...]] = {
    "voter_id": ("voterid", "registrantid", "voterregistrationnumber", "registrationnumber",
                 "voternumber", "voterno", "regid", "regnumber", "countyvoterid", "sosvoterid",
                 "id"),
    "first_name": ("firstname", "namefirst", "first", "givenname", "fname", "forename"),
    "middle_name": ("middlename", "namemiddle", "middle", "middleinitial", "mname"),
    "last_name": ("lastname", "namelast", "last", "surname", "familyname", "lname"),
    "name_suffix": ("suffix", "namesuffix", "suffixname", "generation"),
    "street_number": ("housenumber", "houseno", "housenum", "streetnumber", "streetno",
                      "addressnumber", "number", "house"),
    "number_fraction": ("housefraction", "fraction", "housenumberfraction", "numberfraction",
                        "housenumbersuffix", "streetfraction"),
    "street_pre": ("streetdir", "streetdirection", "streetpredir", "streetpredirection",
                   "predirection", "predir", "prefixdirection", "direction", "dir"),
    "street_name": ("streetname", "street", "stname", "streetnm"),
    "street_type": ("streettype", "streetsuffix", "sttype", "streetsfx", "type"),
    "street_post": ("streetpostdir", "streetpostdirection", "postdirection", "postdir",
                    "suffixdirection"),
    "unit": ("unit", "unitnumber", "unitno", "apt", "aptnumber", "apartment", "apartmentnumber",
             "suite"),
    "city": ("city", "cityname", "municipality"),
    "zip": ("zip", "zipcode", "zip5", "postalcode", "postcode", "zip4"),
    "status": ("status", "voterstatus", "registrationstatus", "statuscode", "regstatus"),
    "registered_on": ("registrationdate", "regdate", "dateregistered", "registereddate",
                      "registeredon", "dateofregistration", "registrationdt"),
}  # fmt: skip
_PREFIXES = ("residence", "resident", "res", "voter")  # "ResCity", "Voter Status"; not "Mail…"
STATUS_NAMES: dict[VoterStatus, tuple[str, ...]] = {
    VoterStatus.ACTIVE: ("a", "act", "active", "v", "valid", "r", "registered"),
    VoterStatus.INACTIVE: ("i", "inact", "inactive", "in"),
    VoterStatus.CANCELED: ("c", "can", "canc", "canceled", "cancelled", "x", "p", "purged",
                           "removed"),
}  # fmt: skip


def fold(text: str) -> str:
    """Lower case, letters and digits only: "NAME_LAST" is "namelast"."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def _forms(header: str) -> list[str]:
    folded = fold(header)
    forms = [folded]
    for prefix in _PREFIXES:
        if folded.startswith(prefix) and len(folded) > len(prefix):
            forms.append(folded[len(prefix) :])
    return forms


def guess_columns(header: Sequence[str]) -> dict[str, str]:
    """Field -> the header that most likely holds it (each header used once)."""
    forms = [(name, _forms(name)) for name in header if name.strip()]
    out: dict[str, str] = {}
    taken: set[str] = set()
    for rank in range(max(len(names) for names in NAMES.values())):
        for field in FIELDS:
            names = NAMES[field]
            if field in out or rank >= len(names):
                continue
            for name, folded in forms:
                if name not in taken and names[rank] in folded:
                    out[field] = name
                    taken.add(name)
                    break
    return {field: out[field] for field in FIELDS if field in out}


def guess_status(code: str) -> VoterStatus | None:
    """What a status code most likely means, or None when it cannot be told."""
    folded = fold(code)
    for status, names in STATUS_NAMES.items():
        if folded in names:
            return status
    return None


def codes_in(rows: Iterable[Sequence[str]], column: int, limit: int = 12) -> list[str]:
    """The distinct status codes in ``column`` of ``rows``, in the order they appear."""
    seen: dict[str, None] = {}
    for row in rows:
        if 0 <= column < len(row) and row[column].strip():
            seen.setdefault(row[column].strip(), None)
            if len(seen) >= limit:
                break
    return list(seen)


__all__ = ["NAMES", "codes_in", "fold", "guess_columns", "guess_status"]
