"""Gendered first names and pronouns for the category and name sets."""

from __future__ import annotations

import random
from dataclasses import dataclass

DA_MALE = (
    "Lars Søren Henrik Jesper Rasmus Thomas Mikkel Bo Flemming Torben Kasper Morten Niels Jakob Frederik Poul Anders "
    "Kristian Christian Mads Esben Oliver Asger Villads Aksel Carsten Jørgen Ebbe Preben Jeppe Steffen Kim Ole Peter"
).split()
DA_FEMALE = (
    "Mette Anne Kirsten Birgitte Louise Camilla Sidsel Pernille Jytte Hanne Dorthe Line Ulla Tove Signe Karen Gitte "
    "Malene Lone Ida Rikke Vibeke Emma Freja Bodil Marianne Trine Helle Sanne Nanna Ditte Susanne Lene Charlotte"
).split()
SV_MALE = (
    "Erik Lars Anders Johan Per Mikael Karl Fredrik Nils Magnus Jonas Gustav Oskar Henrik Mattias Björn Olof Pontus "
    "Håkan Viktor Sven Torbjörn Gunnar Axel Rune Stig Lennart Göran Ulf Leif"
).split()
SV_FEMALE = (
    "Anna Maria Karin Eva Kristina Lena Sara Emma Ingrid Elin Ulla Sofia Linnea Birgitta Astrid Ebba Maja Greta "
    "Agneta Tove Märta Lovisa Frida Siv Hedvig Alva Ylva Stina Annika Malin"
).split()


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool
    lang: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def pron(self) -> dict[str, str]:
        if self.lang == "da":
            he, his, him = ("hun", "hendes", "hende") if self.female else ("han", "hans", "ham")
        else:
            he, his, him = ("hon", "hennes", "henne") if self.female else ("han", "hans", "honom")
        return {"he": he, "his": his, "him": him, "He": he.capitalize(), "His": his.capitalize()}


def genitive(name: str) -> str:
    return name + "'" if name[-1] in "sxzSXZ" else name + "s"


def person(rng: random.Random, lang: str, female: bool | None = None) -> Person:
    from benchmarks.redteam.common import DA_LAST, SV_LAST

    female = rng.random() < 0.5 if female is None else female
    if lang == "da":
        return Person(rng.choice(DA_FEMALE if female else DA_MALE), rng.choice(DA_LAST), female, lang)
    return Person(rng.choice(SV_FEMALE if female else SV_MALE), rng.choice(SV_LAST), female, lang)
