"""Name slots for the v2 names hold-out: «form:gender#key» with form one of

full (first + last), first, last, init (initials + last: "H.-H. Krog"), caps (FULL NAME), and the genitive
variants fullgen / firstgen / lastgen (name + "s", or "'" after s/x/z; the label excludes the ending).
``gender`` is f, m or empty; ``#key`` ties mentions of the same person. Every slot is labelled PERSON.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from benchmarks.redteam.holdout2 import pools
from benchmarks.redteam.holdout2.textdoc import TextDoc

SLOT = re.compile(r"«([a-z]+)(?::([fm]))?(?:#(\w+))?»")

EXTRA_DA_LAST = ("de Neergaard", "von Holstein", "Brahe-Trolle", "Abdi", "O'Neill", "Schack")
EXTRA_SV_LAST = ("af Ugglas", "von Platen", "De Geer", "Lind-Åström", "Ali", "Petrović")


def genitive(name: str) -> str:
    return "'" if name[-1] in "sxzSXZ" else "s"


def initials(first: str) -> str:
    return "-".join(part[0] + "." for part in first.split("-"))


@dataclass
class NameFiller:
    rng: random.Random
    lang: str
    people: dict[str, tuple[str, str]] = field(default_factory=dict)

    def person(self, gender: str | None, key: str | None) -> tuple[str, str]:
        if key is not None and key in self.people:
            return self.people[key]
        r = self.rng
        g = gender or r.choice("fm")
        if self.lang == "da":
            first = r.choice(pools.DA_FIRST_F if g == "f" else pools.DA_FIRST_M)
            last = r.choice(pools.DA_LAST + EXTRA_DA_LAST)
        else:
            first = r.choice(pools.SV_FIRST_F if g == "f" else pools.SV_FIRST_M)
            last = r.choice(pools.SV_LAST + EXTRA_SV_LAST)
        p = (first, last)
        if key is not None:
            self.people[key] = p
        return p

    def render(self, template: str) -> TextDoc:
        doc = TextDoc()
        pos = 0
        for m in SLOT.finditer(template):
            doc.add(template[pos : m.start()])
            form, gender, key = m.group(1), m.group(2), m.group(3)
            first, last = self.person(gender, key)
            base = form.removesuffix("gen")
            name = {
                "full": f"{first} {last}",
                "first": first,
                "last": last,
                "init": f"{initials(first)} {last}",
                "caps": f"{first} {last}".upper(),
            }[base]
            doc.mark(name, ["PERSON"])
            if form.endswith("gen"):
                doc.add(genitive(name))
            pos = m.end()
        doc.add(template[pos:])
        return doc
