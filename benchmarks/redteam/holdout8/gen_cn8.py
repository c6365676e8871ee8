"""Shared parts of the v8 category and name builders (redteam10b): markup parser and seeded generated layouts."""

from __future__ import annotations

import random
import re

MARK = re.compile(r"⟦(?:([a-z_,]+)\|)?(.*?)⟧", re.DOTALL)


def parse(block: str) -> list[dict[str, object]]:
    """Split a hand-written block into documents; ``⟦cats|text⟧`` and ``⟦name⟧`` become labels."""
    docs: list[dict[str, object]] = []
    for chunk in re.split(r"^@ ", block, flags=re.MULTILINE):
        if not chunk.strip():
            continue
        head, _, body = chunk.partition("\n")
        parts = head.split()
        body = body.rstrip("\n")
        text, labels, pos = [], [], 0
        last = 0
        for m in MARK.finditer(body):
            text.append(body[last : m.start()])
            pos += m.start() - last
            inner = m.group(2)
            cats = m.group(1).split(",") if m.group(1) else ["PERSON"]
            for c in cats:
                labels.append({"start": pos, "end": pos + len(inner), "entity": c})
            text.append(inner)
            pos += len(inner)
            last = m.end()
        text.append(body[last:])
        full = "".join(text)
        assert "⟦" not in full and "⟧" not in full, head
        docs.append({"lang": parts[0], "meta": parts[1:], "text": full, "labels": labels})
    return docs


class Builder:
    """Text assembled piece by piece with exact label offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.labels: list[dict[str, object]] = []
        self.n = 0

    def t(self, s: str) -> Builder:
        self.parts.append(s)
        self.n += len(s)
        return self

    def lab(self, s: str, *entities: str) -> Builder:
        for e in entities:
            self.labels.append({"start": self.n, "end": self.n + len(s), "entity": e})
        return self.t(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def pick(rng: random.Random, seq: list[str]) -> str:
    return seq[rng.randrange(len(seq))]
