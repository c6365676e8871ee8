"""A text being written piece by piece, with labelled spans (code-point offsets) and an inline markup reader."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MARK = re.compile(r"⟦([a-zA-Z_,]+)\|(.+?)⟧", re.S)


@dataclass
class TextDoc:
    parts: list[str] = field(default_factory=list)
    labels: list[dict[str, object]] = field(default_factory=list)
    size: int = 0

    def add(self, text: str) -> TextDoc:
        self.parts.append(text)
        self.size += len(text)
        return self

    def mark(self, text: str, entities: tuple[str, ...] | list[str]) -> TextDoc:
        for entity in entities:
            self.labels.append({"start": self.size, "end": self.size + len(text), "entity": entity})
        return self.add(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def from_markup(markup: str) -> tuple[str, list[dict[str, object]]]:
    """``⟦health,genetic|sentence⟧`` marks the span ``sentence`` with each entity named before the bar."""
    doc = TextDoc()
    pos = 0
    for m in MARK.finditer(markup):
        doc.add(markup[pos : m.start()])
        doc.mark(m.group(2), [e for e in m.group(1).split(",") if e])
        pos = m.end()
    doc.add(markup[pos:])
    return doc.text, doc.labels
