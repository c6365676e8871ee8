"""Parse the hand-written document banks: ``=== family lang`` starts a document, the lines up to the next
``===`` are its text (trailing blank lines dropped)."""

from __future__ import annotations


def parse_docs(bank: str) -> list[tuple[str, str, str]]:
    docs: list[tuple[str, str, str]] = []
    head: tuple[str, str] | None = None
    lines: list[str] = []
    for line in bank.split("\n"):
        if line.startswith("=== "):
            if head:
                docs.append((head[0], head[1], "\n".join(lines).strip("\n")))
            family, lang = line[4:].split()
            head, lines = (family, lang), []
        elif head:
            lines.append(line)
    if head:
        docs.append((head[0], head[1], "\n".join(lines).strip("\n")))
    return docs
