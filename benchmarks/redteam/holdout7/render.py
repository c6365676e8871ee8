"""Markup of hold-out v7 (written for this set), rendered to text plus exact code-point labels.

- ``⟨kind⟩``, ``⟨kind:form⟩``, ``⟨kind#var:form@opt,opt⟩`` (parts in any order): a generated number. Kinds in ``numbers.LABELLED``
  (cpr, pnr, sam, hetu, fnr, dnr) are labelled with their entity when ``label_numbers`` is on; every other kind
  is an unlabelled hard negative. ``#var`` reuses one person's number (written again in its own form);
  ``#name_a`` and ``#name_b`` are two numbers of one person with the same birth date (a Swede's DK CPR, the new
  number after a legal gender change); ``⟨pnrtypo#var⟩`` is that person's personnummer with a wrong last digit.
- ``⟦text⟧``: a PERSON span; ``⟦tag,tag|text⟧``: one label per tag over the (rendered) text. No nesting of
  ``⟦⟧`` inside ``⟦⟧``; numbers may stand inside.

Offsets come from the renderer as it writes, never from searching the finished text.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from benchmarks.redteam.holdout7 import numbers

NUMBER = re.compile(r"⟨([a-z0-9]+)((?:[#:@][\w,]*)*)⟩")
PART = re.compile(r"([#:@])([\w,]*)")
TAG = re.compile(r"[a-z_A-Z]+(?:,[a-z_A-Z]+)*")


@dataclass
class Doc:
    id: str
    lang: str
    family: str
    text: str = ""
    labels: list[dict[str, object]] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        labels = sorted(self.labels, key=lambda lab: (int(str(lab["start"])), int(str(lab["end"])), str(lab["entity"])))
        return {"id": self.id, "lang": self.lang, "family": self.family, "text": self.text, "labels": labels}


class _Writer:
    def __init__(self, rng: random.Random, label_numbers: bool) -> None:
        self.rng = rng
        self.label_numbers = label_numbers
        self.parts: list[str] = []
        self.pos = 0
        self.labels: list[dict[str, object]] = []
        self.vars: dict[tuple[str, str], str] = {}
        self.births: dict[str, dt.date] = {}

    def put(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def number(self, m: re.Match[str]) -> None:
        kind = m.group(1)
        parts = {sign: value for sign, value in PART.findall(m.group(2))}
        var, form = parts.get("#"), parts.get(":", "")
        opts = set(parts.get("@", "").split(",")) - {""}
        if kind == "pnrtypo":  # the person's personnummer mistyped (unlabelled: it fails Luhn)
            self.put(numbers.typo(self.value("pnr", var, opts)))
            return
        if kind in numbers.LABELLED:
            value = self.value(kind, var, opts)
            written = numbers.write_labelled(kind, value, form, self.rng)
            start = self.pos
            self.put(written)
            if self.label_numbers:
                self.labels.append({"start": start, "end": self.pos, "entity": numbers.LABELLED[kind]})
        else:
            self.put(numbers.negative(kind, form, self.rng))

    def value(self, kind: str, var: str | None, opts: set[str]) -> str:
        """A number; ``#var`` reuses it, and ``#name_x`` / ``#name_y`` share the person ``name``'s birth date."""
        key = (kind, var) if var else None
        if key and key in self.vars:
            return self.vars[key]
        person = var.split("_")[0] if var else None
        value = numbers.new_value(kind, self.rng, opts, self.births.get(person) if person else None)
        if key and person:
            self.vars[key] = value
            self.births.setdefault(person, numbers.born_of(kind, value))
        return value

    def plain(self, source: str) -> None:
        """Text with numbers but no ⟦⟧ spans."""
        at = 0
        for m in NUMBER.finditer(source):
            self.put(source[at : m.start()])
            self.number(m)
            at = m.end()
        rest = source[at:]
        if "⟨" in rest or "⟩" in rest:
            raise ValueError(f"bad number markup near {rest[:40]!r}")
        self.put(rest)


def render(doc: Doc, source: str, rng: random.Random, label_numbers: bool = True) -> Doc:
    w = _Writer(rng, label_numbers)
    at = 0
    while True:
        open_at = source.find("⟦", at)
        if open_at < 0:
            break
        close_at = source.find("⟧", open_at)
        if close_at < 0 or "⟦" in source[open_at + 1 : close_at]:
            raise ValueError(f"unbalanced ⟦ in {doc.id}: {source[open_at : open_at + 40]!r}")
        w.plain(source[at:open_at])
        inner = source[open_at + 1 : close_at]
        tags = ["PERSON"]
        head, bar, body = inner.partition("|")
        if bar and TAG.fullmatch(head):
            tags, inner = head.split(","), body
        start = w.pos
        w.plain(inner)
        for tag in tags:
            w.labels.append({"start": start, "end": w.pos, "entity": tag})
        at = close_at + 1
    tail = source[at:]
    if "⟧" in tail:
        raise ValueError(f"unbalanced ⟧ in {doc.id}")
    w.plain(tail)
    doc.text = "".join(w.parts)
    doc.labels = w.labels
    return doc
