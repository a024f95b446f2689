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

from zlib import crc32

from recalldesk.core.matching.record import (
    NO_KEY,
    MatchRecord,
    _city,
    _number,
    _one,
    _split_given,
    _street_core,
    _street_name,
    _surname,
    _unit,
    sound,
)


def _hash(key: str) -> int:
    return crc32(key.encode()) | (len(key) << 32)


def address_key(r: MatchRecord) -> int:
    if not (r.number and r.street_core and r.zip5):
        return NO_KEY
    return _hash(f"A|{r.number}|{r.street_core}|{r.zip5}")


def name_key(r: MatchRecord) -> int:
    surname_sound = sound(r.surname)
    given = sound(r.first) or r.first[:1]
    if not (surname_sound and given and r.zip5):
        return NO_KEY
    return _hash(f"R|{surname_sound}|{given}|{r.zip5}")


_STREETS: dict[tuple[str, str, str, str], tuple[str, str]] = {}
_NUMBERS: dict[tuple[str, str], str] = {}
_LIMIT = 1 << 20


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
    head, middle_words, family, found_suffix = _split_given(
        f"{first} {middle}" if middle else first, f"{last} {suffix}" if suffix else last
    )
    streets = _STREETS.get(street)
    if streets is None:
        written = " ".join(p for p in street if p)
        norm = _street_name(written)
        streets = (norm, _street_core(norm))
        if len(_STREETS) < _LIMIT:
            _STREETS[street] = streets
    key = (number, fraction)
    num = _NUMBERS.get(key)
    if num is None:
        num = _one(_number(f"{number} {fraction}" if fraction else number)) if number else ""
        if len(_NUMBERS) < _LIMIT:
            _NUMBERS[key] = num
    return tuple.__new__(
        MatchRecord,
        (
            0, head, middle_words, family, _surname(family), found_suffix, num, streets[0],
            streets[1], _unit(unit) if unit else "", _one(zip5), _city(city) if city else "",
        ),
    )  # fmt: skip


__all__ = ["address_key", "name_key", "voter_record"]
