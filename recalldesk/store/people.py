"""Field offices, the operators who key at them, and circulators."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from recalldesk.core.normalize import fold
from recalldesk.core.records import Actor, Circulator, FieldOffice, Operator
from recalldesk.store import writes
from recalldesk.store.connection import Database

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Stored(Generic[T]):
    """A record as stored: its row id (for joins) and its value."""

    id: int
    value: T


def ensure_office(db: Database, actor: Actor, office: FieldOffice) -> Stored[FieldOffice]:
    """The office with ``office.code``, created if new."""
    code = office.code.strip().upper()
    if not code:
        raise ValueError("an office needs a code")
    with db.transaction() as conn:
        row = conn.execute(
            "SELECT id, uuid, name FROM office WHERE code = ? AND deleted = 0", (code,)
        ).fetchone()
        if row is not None:
            return Stored(row["id"], FieldOffice(code, row["name"], row["uuid"]))
        values = {"code": code, "name": office.name.strip() or code}
        if office.uuid:
            values["uuid"] = office.uuid
        row_id, uid = writes.insert(conn, actor, "office", values)
    return Stored(row_id, FieldOffice(code, values["name"], uid))


def office_by_code(db: Database, code: str) -> Stored[FieldOffice] | None:
    rows = db.query(
        "SELECT id, code, name, uuid FROM office WHERE code = ? AND deleted = 0", (code,)
    )
    return Stored(rows[0]["id"], FieldOffice(*rows[0][1:])) if rows else None


def list_offices(db: Database) -> list[Stored[FieldOffice]]:
    rows = db.query("SELECT id, code, name, uuid FROM office WHERE deleted = 0 ORDER BY code")
    return [Stored(r["id"], FieldOffice(r["code"], r["name"], r["uuid"])) for r in rows]


def add_operator(
    db: Database, actor: Actor, office_id: int, operator: Operator
) -> Stored[Operator]:
    name = operator.name.strip()
    if not name:
        raise ValueError("an operator needs a name or initials")
    initials = operator.initials.strip() or "".join(w[0] for w in name.split()).upper()
    with db.transaction() as conn:
        row_id, uid = writes.insert(
            conn, actor, "operator", {"office_id": office_id, "name": name, "initials": initials}
        )
    return Stored(row_id, Operator(name, initials, uid))


def list_operators(db: Database, office_id: int) -> list[Stored[Operator]]:
    rows = db.query(
        "SELECT id, name, initials, uuid FROM operator WHERE office_id = ? AND deleted = 0 "
        "ORDER BY name",
        (office_id,),
    )
    return [Stored(r["id"], Operator(r["name"], r["initials"], r["uuid"])) for r in rows]


def add_circulator(db: Database, actor: Actor, circulator: Circulator) -> Stored[Circulator]:
    name = circulator.name.strip()
    if not name:
        raise ValueError("a circulator needs a name")
    values = {
        "name": name,
        "street_address": circulator.street_address.strip(),
        "city": circulator.city.strip(),
        "zip_code": circulator.zip_code.strip(),
        "name_key": fold(name),
    }
    with db.transaction() as conn:
        row_id, uid = writes.insert(conn, actor, "circulator", values)
    return Stored(
        row_id, Circulator(name, values["street_address"], values["city"], values["zip_code"], uid)
    )


def find_circulators(db: Database, text: str, limit: int = 20) -> list[Stored[Circulator]]:
    """Circulators with a word of their name starting like each word of ``text``.

    Case and accents aside ("ros mart" finds "Rosa Martínez"), from the FTS5
    index (schema 3), so it stays instant with a hundred thousand circulators.
    An empty ``text`` lists circulators by name.
    """
    words = fold(text).replace("#", " ").split()
    columns = "c.id, c.name, c.street_address, c.city, c.zip_code, c.uuid"
    if not words:
        rows = db.query(
            f"SELECT {columns} FROM circulator c WHERE c.deleted = 0 ORDER BY c.name_key LIMIT ?",
            (limit,),
        )
    else:
        query = " ".join('"' + w.replace('"', "") + '"*' for w in words)
        rows = db.query(
            f"SELECT {columns} FROM circulator_search f JOIN circulator c ON c.id = f.rowid "
            "WHERE circulator_search MATCH ? AND c.deleted = 0 "
            "ORDER BY c.name_key LIKE ? DESC, c.name_key LIMIT ?",
            (query, words[0] + "%", limit),
        )
    return [
        Stored(
            r["id"], Circulator(r["name"], r["street_address"], r["city"], r["zip_code"], r["uuid"])
        )
        for r in rows
    ]
