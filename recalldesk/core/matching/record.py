"""A signature line as the matcher sees it, and the blocking keys that bring pairs together.

Normalization follows :mod:`recalldesk.core.normalize` (the rules use it too):
case, accents and punctuation aside; "Boulevard" is "blvd"; "Apt 4B" is "4b".
On top of that the matcher splits off a generation suffix (Jr, Sr, III),
keeps the first given name and the first family name ("Hernández López" is
filed under "hernandez"), and drops street directions and suffixes from the
street's *core* ("N Lake Ave" and "Lake Avenue" are both "lake"), because
people write them inconsistently.

Blocking: two lines are compared only if they share a key, and every key is
chosen so that the way keyed paper differs leaves at least one key intact:

* ``A|number|street core|zip``: the same address (nicknames, typos, swapped
  names, second surnames, a missing unit all keep it);
* ``Z|number|street core|surname sound``: the same address with a ZIP typo
  anywhere in it;
* ``N|surname sound|given sound|zip``: the same name in a ZIP (a house number
  or street written differently), and, for swapped names, the same key built
  the other way round;
* ``H|surname sound|given sound|number|area``: the same name and house
  number (a street spelt differently and a ZIP typo together);
* ``S|surname sound|street core|zip`` and ``G|given sound|street core|zip``:
  the same street for a line missing its house number, or one of its names;
* ``Y|number|street core|initials``: the same address and initials anywhere,
  for the ZIP typo that comes with swapped names or a name slip;
* ``X|surname sound|initial|street core|area``: the same street in the area
  (the ZIP's first three digits), for a missing house number with a ZIP typo.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple
from zlib import crc32

import jellyfish

from recalldesk.core.matching.names import SUFFIXES
from recalldesk.core.normalize import (
    DIRECTIONS,
    STREET_SUFFIXES,
    fold,
    normalize_city,
    normalize_street_name,
    normalize_street_number,
    normalize_unit,
)

_DIRECTION_CODES = frozenset(DIRECTIONS.values())
_SUFFIX_CODES = frozenset(STREET_SUFFIXES.values())
# City names a signer writes for the same place (beyond what the ZIP table accepts).
CITY_ALIASES = {
    "east la": "east los angeles",
    "e la": "east los angeles",
    "e los angeles": "east los angeles",
    "la": "los angeles",
    "l a": "los angeles",
    "n hollywood": "north hollywood",
    "no hollywood": "north hollywood",
    "w hollywood": "west hollywood",
    "so pasadena": "south pasadena",
    "s pasadena": "south pasadena",
}


class MatchRecord(NamedTuple):
    """One line, normalized for matching. ``ref`` is the caller's id for it.

    A named tuple: a full run holds a million of them, and builds them fast.
    """

    ref: int
    first: str  # first given name, folded ("j" when only an initial was written)
    middle: str  # the rest of the given names
    last: str  # every family name, folded ("hernandez lopez")
    surname: str  # the first family name ("hernandez")
    suffix: str  # "jr", "sr", "iii" or ""
    number: str
    street: str  # normalized street name ("n lake ave")
    street_core: str  # without directions and suffix ("lake")
    unit: str
    zip5: str
    city: str

    @property
    def initial(self) -> str:
        return self.first[:1]


# Streets, cities and units repeat across a drive: normalize each spelling once.
_street_name = lru_cache(maxsize=1 << 16)(normalize_street_name)
_unit = lru_cache(maxsize=1 << 14)(normalize_unit)


@lru_cache(maxsize=1 << 14)
def _city(city: str) -> str:
    city_norm = normalize_city(city)
    return CITY_ALIASES.get(city_norm, city_norm)


def _number(number: str) -> str:
    return number.lstrip("0") or number if number.isdigit() else normalize_street_number(number)


@lru_cache(maxsize=1 << 18)  # bounded: a county's names, not every string ever seen
def sound(word: str) -> str:
    """A phonetic code: "garcia" and "garsia" agree (Metaphone)."""
    return jellyfish.metaphone(word) if word else ""


@lru_cache(maxsize=1 << 18)
def _street_core(street: str) -> str:
    words = street.split()
    core = [
        w
        for i, w in enumerate(words)
        if not (w in _DIRECTION_CODES and (i == 0 or i == len(words) - 1))
        and not (w in _SUFFIX_CODES and i == len(words) - 1 and i > 0)
    ]
    return " ".join(core) or street


# Letters Unicode does not decompose into a base letter and an accent.
_BASE_LETTERS = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe"})
_CACHE_LIMIT = 1 << 20  # distinct spellings kept (a county's names and streets fit)
_CACHED_LENGTH = 200  # a longer value is not a name or a street: never kept
_WORDS: dict[str, tuple[str, ...]] = {}
_INTERNED: dict[str, str] = {}


def _words(text: str) -> tuple[str, ...]:
    """``text`` folded and split into words; each spelling folded once (plain dicts:
    a voter file's millions of rows make every lookup's cost count)."""
    found = _WORDS.get(text)
    if found is None:
        found = tuple(fold(text).translate(_BASE_LETTERS).split())
        # Bounded: once full, kept as it is (clearing it would lose the common names a
        # county file repeats and fold them all again).
        if len(_WORDS) < _CACHE_LIMIT and len(text) <= _CACHED_LENGTH:
            _WORDS[text] = found
    return found


def _one(text: str) -> str:
    """One string object for every equal string (``sys.intern`` without its cost)."""
    found = _INTERNED.get(text)
    if found is None:
        if len(_INTERNED) < _CACHE_LIMIT and len(text) <= _CACHED_LENGTH:
            _INTERNED[text] = text
        return text
    return found


def _split_given(first: str, last: str) -> tuple[str, str, str, str]:
    """(first given name, middle names, family names, suffix), folded."""
    given = _words(first)
    family = _words(last)
    suffix = ""
    if (family and family[-1] in SUFFIXES) or (given and given[-1] in SUFFIXES):
        given_list, family_list = list(given), list(family)
        for words in (family_list, given_list):
            while words and words[-1] in SUFFIXES:
                found = words.pop()
                suffix = suffix or found
        given, family = tuple(given_list), tuple(family_list)
    if not given:
        return "", "", _one(" ".join(family)), suffix
    return (
        given[0],
        " ".join(given[1:]) if len(given) > 1 else "",
        family[0] if len(family) == 1 else _one(" ".join(family)),
        suffix,
    )


def make_record(
    ref: int,
    first: str,
    last: str,
    number: str,
    street: str,
    unit: str,
    city: str,
    zip_code: str,
) -> MatchRecord:
    head, middle, family, suffix = _split_given(first, last)
    street_norm = _street_name(street)
    # Names, streets and ZIPs repeat across a drive: one string each (shared or
    # cached) keeps a county's million records in a fraction of the memory.
    return tuple.__new__(  # the named tuple, built in C
        MatchRecord,
        (
            ref,
            head,
            middle,
            family,
            _surname(family),
            suffix,
            _one(_number(number)) if number else "",
            street_norm,
            _street_core(street_norm),
            _unit(unit) if unit else "",
            _one(zip_code.strip()[:5]),
            _city(city) if city else "",
        ),
    )


@lru_cache(maxsize=1 << 16)
def _surname(family: str) -> str:
    return family.split(" ", 1)[0]


KEY_SLOTS = 9  # how many blocking keys a line has (the store keeps one column each)
# The kind of key in each slot: keys of one kind may match across slots (a name keyed
# swapped meets the straight one), keys of different kinds never do.
SLOT_KINDS = (0, 1, 2, 2, 3, 4, 5, 6, 7)


def key_slots(r: MatchRecord) -> tuple[str | None, ...]:
    """The line's blocking keys in fixed slots (None where a key cannot be made).

    Keys that let the ZIP differ keep its first three digits (the area): a
    typo in those is rare, and without them a common surname on a long street
    would pair thousands of lines across the county.
    """
    surname_sound = sound(r.surname)
    given_sound = sound(r.first)
    number, core, zip5, initial = r.number, r.street_core, r.zip5, r.first[:1]
    area = zip5[:3]
    address = number and core
    initials = "".join(sorted(initial + r.surname[:1]))
    return (
        f"A|{number}|{core}|{zip5}" if address and zip5 else None,
        # The same address and surname anywhere: specific enough to need no ZIP at all.
        f"Z|{number}|{core}|{surname_sound}" if address and surname_sound else None,
        f"N|{surname_sound}|{given_sound}|{zip5}"
        if surname_sound and given_sound and zip5
        else None,
        # As if swapped: the given name filed as the surname.
        f"N|{given_sound}|{surname_sound}|{zip5}"
        if surname_sound and given_sound and zip5
        else None,
        f"H|{surname_sound}|{given_sound or initial}|{number}|{area}"
        if surname_sound and initial and number
        else None,
        # The address and initials anywhere: swapped names, or a name slip, with a ZIP typo.
        f"Y|{number}|{core}|{initials}" if address else None,
        f"X|{surname_sound}|{initial}|{core}|{area}" if surname_sound and core else None,
        f"S|{surname_sound}|{core}|{zip5}" if surname_sound and core and zip5 else None,
        f"G|{given_sound or initial}|{core}|{zip5}" if initial and core and zip5 else None,
    )


def blocking_keys(r: MatchRecord) -> tuple[str, ...]:
    """The keys under which ``r`` is compared with others (none for an empty line)."""
    return tuple(k for k in key_slots(r) if k is not None)


NO_KEY = -1  # a slot without a key (hashes are never negative)


def key_hash(key: str) -> int:
    """A stable hash of a key (Python's own ``hash`` changes per process).

    CRC-32 with the key's length above it: one call in C, where a cryptographic
    hash costs several times more over the eight million keys of a county drive.
    A rare collision only puts two unrelated lines in one block, where they
    are scored and parted.
    """
    return crc32(key.encode()) | (len(key) << 32)


def hash_keys(keys: list[str]) -> list[int]:
    """``key_hash`` of each key, NO_KEY for an empty one (one loop: a county's voter
    file has eleven million keys)."""
    return [crc32(k.encode()) | (len(k) << 32) if k else NO_KEY for k in keys]


def key_hashes(r: MatchRecord) -> tuple[int, ...]:
    """The hashes of the line's key slots, NO_KEY where a key cannot be made."""
    return tuple(
        [NO_KEY if k is None else crc32(k.encode()) | (len(k) << 32) for k in key_slots(r)]
    )
