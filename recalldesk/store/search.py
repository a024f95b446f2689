"""Find sections and lines across the office's database (indexed lookups only)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from recalldesk.core.normalize import fold, normalize_street_name, normalize_street_number
from recalldesk.store.connection import Database


@dataclass(frozen=True, slots=True)
class Hit:
    section_id: int
    serial: str
    line_number: int | None  # None: the hit is the section itself
    text: str  # what matched, for the results list


def _prefix(value: str) -> tuple[str, str]:
    """Bounds for an index range scan: ``key >= lo AND key < hi`` is ``LIKE 'value%'``."""
    return value, value + "\U0010ffff"


def find(db: Database, query: str, limit: int = 200) -> list[Hit]:
    """Sections by serial, lines by signer name (``last, first`` or ``first last``) or address."""
    text = query.strip()
    if not text:
        return []
    hits: list[Hit] = []
    lo, hi = _prefix(text)
    for r in db.query(
        "SELECT id, serial FROM section WHERE deleted = 0 AND serial >= ? AND serial < ? "
        "ORDER BY serial LIMIT ?",
        (lo, hi, limit),
    ):
        hits.append(Hit(r["id"], r["serial"], None, r["serial"]))
    for key in _name_keys(text):
        lo, hi = _prefix(key)
        hits += _lines(db, "l.name_key >= ? AND l.name_key < ?", (lo, hi), limit)
    number = re.match(r"^\s*(\d+\S*)\s+(.+)$", text)
    if number:
        key = f"{normalize_street_number(number.group(1))}|{normalize_street_name(number.group(2))}"
        lo, hi = _prefix(key)
        hits += _lines(db, "l.address_key >= ? AND l.address_key < ?", (lo, hi), limit)
    seen: set[tuple[int, int | None]] = set()
    unique = []
    for hit in hits:
        if (hit.section_id, hit.line_number) not in seen:
            seen.add((hit.section_id, hit.line_number))
            unique.append(hit)
    return unique[:limit]


def _name_keys(text: str) -> list[str]:
    """``"Muñoz, José"`` → ``munoz|jose``; ``"José Muñoz"`` → ``munoz|jose`` and ``jose|munoz``."""
    if "," in text:
        last, first = text.split(",", 1)
        return [f"{fold(last)}|{fold(first)}".rstrip("|") if fold(first) else f"{fold(last)}|"]
    words = fold(text).split()
    if not words:
        return []
    if len(words) == 1:
        return [f"{words[0]}|"]
    first, last = " ".join(words[:-1]), words[-1]
    return [f"{last}|{first}", f"{fold(text).replace(' ', '|', 1)}"]


def _lines(db: Database, where: str, params: tuple[str, ...], limit: int) -> list[Hit]:
    rows = db.query(
        "SELECT s.id AS section_id, s.serial, l.line_number, l.first_name, l.last_name, "
        "l.street_number, l.street_name, l.city FROM signature_line l "
        f"JOIN section s ON s.id = l.section_id WHERE l.deleted = 0 AND s.deleted = 0 AND {where} "
        "ORDER BY s.serial, l.line_number LIMIT ?",
        (*params, limit),
    )
    return [
        Hit(
            r["section_id"],
            r["serial"],
            r["line_number"],
            f"{r['first_name']} {r['last_name']}, {r['street_number']} {r['street_name']} "
            f"{r['city']}".strip(),
        )
        for r in rows
    ]
