"""Given names that are the same person's: nicknames, initials, and the suffixes that are not.

The English nicknames come from the ``nicknames`` package (Carlton Northern and
Nick Crews, hand-curated, Apache-2.0): "bob" and "robert", "liz" and
"elizabeth". Los Angeles signs in Spanish too, and that table has no Pepe or
Lupe, so :data:`SPANISH` adds the common Spanish hypocorisms (written for
RecallDesk from general knowledge of the names; ours, no licence attached).
"""

from __future__ import annotations

from functools import cache

from nicknames import NickNamer

# Spanish given names and their usual short forms (both directions are looked up).
SPANISH: dict[str, tuple[str, ...]] = {
    "jose": ("pepe", "chepe", "pepito"),
    "francisco": ("paco", "pancho", "frank", "kiko"),
    "guadalupe": ("lupe", "lupita"),
    "jesus": ("chuy", "chucho"),
    "ignacio": ("nacho",),
    "roberto": ("beto", "robert", "bob"),
    "alberto": ("beto", "albert"),
    "humberto": ("beto",),
    "alejandro": ("alex", "ale", "jando"),
    "alejandra": ("alex", "ale"),
    "enrique": ("kike", "henry"),
    "eduardo": ("lalo", "eddie", "ed"),
    "guillermo": ("memo", "william", "willie"),
    "manuel": ("manolo", "manny", "meno"),
    "rosario": ("chayo",),
    "concepcion": ("concha", "conchita", "chonita"),
    "dolores": ("lola", "lolita"),
    "mercedes": ("meche",),
    "refugio": ("cuca", "cuco"),
    "antonio": ("tono", "tony", "toni"),
    "fernando": ("nando", "fer"),
    "gerardo": ("jerry", "gera"),
    "rodrigo": ("rigo",),
    "margarita": ("maggie", "margie", "rita"),
    "maria": ("mari", "mary", "maruca"),
    "socorro": ("coco",),
    "graciela": ("chela", "grace"),
    "araceli": ("chely",),
    "salvador": ("chava",),
    "santiago": ("santi", "chago"),
    "isabel": ("chabela", "isa", "bela"),
    "luis": ("lucho", "louie"),
    "rafael": ("rafa",),
    "ramon": ("moncho",),
    "federico": ("fede", "fred"),
    "ricardo": ("richard", "rick", "ricky"),
    "carlos": ("charlie", "carlitos"),
    "juan": ("john", "juancho"),
    "pedro": ("peter",),
    "miguel": ("mike", "michael"),
    "daniel": ("dani", "danny"),
    "patricia": ("paty", "patty", "pati"),
    "beatriz": ("bety",),
    "esperanza": ("espi",),
    "teresa": ("tere", "terry"),
    "veronica": ("vero",),
    "victoria": ("vicky",),
    "virginia": ("vicky", "gina"),
    "josefina": ("fina", "pepa", "chepina"),
    "juana": ("juanita",),
    "eugenia": ("maru",),
}

# Generation suffixes: two lines whose suffixes differ are two people.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "2nd", "3rd"})

_namer = NickNamer()


@cache
def name_group(first: str) -> frozenset[str]:
    """The canonical names ``first`` (folded, one word) may stand for, itself included."""
    if not first:
        return frozenset()
    out = {first}
    out |= _namer.canonicals_of(first)
    for full, shorts in SPANISH.items():
        if first == full or first in shorts:
            out.add(full)
    return frozenset(out)


@cache
def forms(name: str) -> frozenset[str]:
    """Every form of the given name: its canonical names and all their nicknames."""
    out = set(name_group(name))
    for canonical in list(out):
        out |= _namer.nicknames_of(canonical)
        out.update(SPANISH.get(canonical, ()))
    return frozenset(out)


@cache
def same_given_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` (folded) are the same given name: equal, or a nickname of it."""
    if a == b:
        return True
    if not a or not b:
        return False
    return bool(name_group(a) & name_group(b)) or b in _namer.nicknames_of(a)
