"""A voter as the matcher sees it, and the two keys a line looks voters up by.

A voter file row is normalized exactly as a keyed line is (``make_record``),
so a line and a voter compare field by field with the duplicate matcher's
score. Two blocking keys bring a line to its candidates:

* the **address** (``A|number|street core|ZIP``, the duplicate search's own
  address key): everyone registered at the address the line gives;
* the **name in the ZIP** (``R|surname sound|given sound|ZIP``): the signer
  registered elsewhere in the ZIP, or at the address with the house number or
  street keyed another way.

A voter file has millions of rows: the voter's record is built from the
file's separate columns through plain dict caches, one lookup per column.
"""

from __future__ import annotations

from recalldesk.core.matching.names import SUFFIXES
from recalldesk.core.matching.record import (
    NO_KEY,
    MatchRecord,
    _city,
    _number,
    _one,
    _street_core,
    _street_name,
    _surname,
    _unit,
    _words,
    key_hash,
    sound,
)


def address_key(r: MatchRecord) -> int:
    text = address_key_text(r.number, r.street_core, r.zip5)
    return key_hash(text) if text else NO_KEY


def name_key(r: MatchRecord) -> int:
    text = name_key_text(sound(r.surname), sound(r.first) or r.first[:1], r.zip5)
    return key_hash(text) if text else NO_KEY


# --- one column value at a time ------------------------------------------------------
# A voter file repeats its names, streets and numbers millions of times: each distinct
# value is normalized once, by the functions below, whether the file is read row by row
# (``voter_record``) or column by column (exchange.voter_columns).


def given_parts(text: str) -> tuple[str, str, str]:
    """The given names written ("Jose A", first and middle together): (first given name,
    the rest, a generation suffix written after them)."""
    words = list(_words(text))
    suffix = ""
    while words and words[-1] in SUFFIXES:
        found = words.pop()
        suffix = suffix or found
    if not words:
        return "", "", suffix
    return words[0], " ".join(words[1:]), suffix


def family_parts(text: str) -> tuple[str, str, str]:
    """The family names written ("Garcia Lopez Jr"): (family names, first family name,
    generation suffix)."""
    words = list(_words(text))
    suffix = ""
    while words and words[-1] in SUFFIXES:
        found = words.pop()
        suffix = suffix or found
    family = _one(" ".join(words))
    return family, _surname(family), suffix


def street_parts(text: str) -> tuple[str, str]:
    """The street written out ("N Lake Ave"): (normalized, its core)."""
    norm = _street_name(text)
    return norm, _street_core(norm)


def number_of(text: str) -> str:
    return _one(_number(text)) if text else ""


def unit_of(text: str) -> str:
    return _unit(text) if text else ""


def city_of(text: str) -> str:
    return _city(text) if text else ""


def address_key_text(number: str, core: str, zip5: str) -> str:
    return f"A|{number}|{core}|{zip5}" if number and core and zip5 else ""


def name_key_text(surname_sound: str, given: str, zip5: str) -> str:
    """``given``: the given name's sound, or its initial when it has none."""
    return f"R|{surname_sound}|{given}|{zip5}" if surname_sound and given and zip5 else ""


def voter_record(
    first: str,
    middle: str,
    last: str,
    suffix: str,
    number: str,
    fraction: str,
    street: tuple[str, str, str, str],  # direction, name, type, post-direction
    unit: str,
    city: str,
    zip5: str,
) -> MatchRecord:
    """The record ``make_record`` would build for the voter's name and address written
    out on one line ("Jose A", "Garcia Jr", "1234 1/2", "N Lake Ave")."""
    head, rest, given_suffix = given_parts(f"{first} {middle}" if middle else first)
    family, surname, family_suffix = family_parts(f"{last} {suffix}" if suffix else last)
    norm, core = street_parts(" ".join(p for p in street if p))
    return tuple.__new__(
        MatchRecord,
        (
            0, head, rest, family, surname, family_suffix or given_suffix,
            number_of(f"{number} {fraction}" if fraction else number), norm, core,
            unit_of(unit), _one(zip5), city_of(city),
        ),
    )  # fmt: skip


__all__ = [
    "address_key",
    "address_key_text",
    "city_of",
    "family_parts",
    "given_parts",
    "key_hash",
    "name_key",
    "name_key_text",
    "number_of",
    "street_parts",
    "unit_of",
    "voter_record",
]
