"""Normalization used wherever names and addresses are compared.

Volunteers key what is on the paper, so the same person shows up as
"JOSÉ  Muñoz", "Jose Munoz" and "jose munoz"; the same street as
"123 North Main Street Apt. 4" and "123 N Main St #4". Everything that
compares (rules, duplicate search, merge) goes through these functions so
the answers agree. The abbreviations follow USPS Publication 28.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# USPS Pub. 28 Appendix C1 (common street suffixes), the ones seen in LA.
STREET_SUFFIXES: dict[str, str] = {
    "alley": "aly",
    "avenue": "ave",
    "av": "ave",
    "aven": "ave",
    "boulevard": "blvd",
    "boul": "blvd",
    "circle": "cir",
    "court": "ct",
    "crescent": "cres",
    "drive": "dr",
    "drv": "dr",
    "expressway": "expy",
    "freeway": "fwy",
    "highway": "hwy",
    "lane": "ln",
    "parkway": "pkwy",
    "place": "pl",
    "plaza": "plz",
    "road": "rd",
    "square": "sq",
    "street": "st",
    "str": "st",
    "terrace": "ter",
    "trail": "trl",
    "way": "way",
    "canyon": "cyn",
    "heights": "hts",
    "mount": "mt",
    "point": "pt",
    "ridge": "rdg",
    "view": "vw",
    "walk": "walk",
}

DIRECTIONS: dict[str, str] = {
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "northeast": "ne",
    "northwest": "nw",
    "southeast": "se",
    "southwest": "sw",
}

ORDINALS: dict[str, str] = {
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "sixth": "6th",
    "seventh": "7th",
    "eighth": "8th",
    "ninth": "9th",
    "tenth": "10th",
}

# USPS Pub. 28 Appendix C2 secondary unit designators, plus "#" and "no".
UNIT_DESIGNATORS = frozenset(
    {
        "apartment",
        "apt",
        "unit",
        "suite",
        "ste",
        "space",
        "spc",
        "sp",
        "building",
        "bldg",
        "floor",
        "fl",
        "room",
        "rm",
        "no",
        "number",
        "lot",
        "trlr",
        "trailer",
        "dept",
        "hngr",
        "ofc",
        "ph",
        "penthouse",
    }
)

_PUNCT = re.compile(r"[^\w\s#]+")
_SPACES = re.compile(r"\s+")
_PO_BOX = re.compile(
    r"^\s*(?:p\s*o\s*b(?:ox)?|post\s*office\s*box|postal\s*box|box|pmb|private\s*mail\s*box)"
    r"\s*#?\s*\d*\s*$"
    r"|\b(?:p\s*o\s*box|post\s*office\s*box|pmb)\b",
)


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Lowercase, strip accents, turn punctuation into spaces, squeeze spaces.

    ``fold("  JOSÉ  Muñoz-Peña ") == "jose munoz pena"``. The ``#`` sign is kept
    because it carries meaning in unit numbers.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Apostrophes join (O'Brien -> obrien); other punctuation separates.
    stripped = stripped.replace("'", "").replace("’", "")
    spaced = _PUNCT.sub(" ", stripped.casefold())
    return _SPACES.sub(" ", spaced).strip()


def name_key(first: str, last: str) -> str:
    """A comparison key for a printed name: ``"munoz|jose"``."""
    return f"{fold(last)}|{fold(first)}"


def normalize_street_name(street: str) -> str:
    """``"North Main Street"`` and ``"N. Main St"`` both become ``"n main st"``."""
    words = fold(street).replace("#", " ").split()
    out: list[str] = []
    for i, word in enumerate(words):
        last = i == len(words) - 1
        if word in DIRECTIONS and (i == 0 or last):
            out.append(DIRECTIONS[word])
        elif word in ORDINALS:
            out.append(ORDINALS[word])
        elif last and i > 0 and word in STREET_SUFFIXES:
            out.append(STREET_SUFFIXES[word])
        else:
            out.append(word)
    return " ".join(out)


def normalize_street_number(number: str) -> str:
    """``"1234 1/2"`` stays meaningful; ``" 00123 "`` is ``"123"``."""
    folded = fold(number).replace(" ", "")
    return folded.lstrip("0") or folded


def normalize_unit(unit: str) -> str:
    """Drop the designator: ``"Apt. 4B"``, ``"#4b"`` and ``"Unit 4-B"`` are ``"4b"``."""
    words = fold(unit).replace("#", " ").split()
    kept = [w for w in words if w not in UNIT_DESIGNATORS]
    return "".join(kept)


def normalize_city(city: str) -> str:
    """``"Los Ángeles"`` is ``"los angeles"``; ``"St. Helena"`` is ``"saint helena"``."""
    words = fold(city).split()
    expanded = {"st": "saint", "mt": "mount", "ft": "fort", "pt": "point"}
    return " ".join(expanded.get(w, w) if i == 0 else w for i, w in enumerate(words))


def address_key(street_number: str, street_name: str, zip_code: str) -> str:
    """A comparison key for a residence address, ignoring the unit.

    The unit is left out on purpose: a missing or wrong unit number does not
    invalidate a signature (2 CCR 20931), so it must not split one address.
    """
    return (
        f"{normalize_street_number(street_number)}|"
        f"{normalize_street_name(street_name)}|{zip_code.strip()[:5]}"
    )


def is_po_box(text: str) -> bool:
    """Whether a street field holds a post-office box rather than a residence."""
    return bool(_PO_BOX.search(fold(text))) if text.strip() else False
