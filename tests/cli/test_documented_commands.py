"""Every `pii-scanner ...` command line the README and docs/*.md show names a verb that exists and only
options that verb takes: a reader who copies a line gets the command the text describes, not a usage
error (`triage --status`, `schedule systemd` once stood in the README)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from pii_scanner.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

# A command in a code block (indented or fenced) or inline code: `pii-scanner VERB ...`.
_BLOCK = re.compile(r"^(?:    |```\w*\n)?\s*(pii-scanner [a-z].*)$")
_INLINE = re.compile(r"`(pii-scanner [a-z][^`]*)`")


def _command_lines() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for doc in DOCS:
        # A shell line continued with a trailing backslash is one command: its options on the next line count.
        text = re.sub(r"[ \t]*\\\n[ \t]*", " ", doc.read_text(encoding="utf-8"))
        for line in text.splitlines():
            block = _BLOCK.match(line) if line.startswith("    ") or line.lstrip().startswith("pii-scanner ") else None
            texts = [block.group(1)] if block else _INLINE.findall(line)
            found += [(doc.name, text.split("  #")[0].split(" # ")[0].strip()) for text in texts]
    seen: set[str] = set()
    return [(f"{doc}: {text}", text) for doc, text in found if not (text in seen or seen.add(text))]


COMMANDS = _command_lines()


def _words(text: str) -> list[str]:
    try:
        return shlex.split(text, posix=True)
    except ValueError:  # an unbalanced quote in prose: the words are enough to find verbs and options
        return text.split()


def _resolve(words: list[str]) -> tuple[list[click.Command], list[str]]:
    """The command(s) a line names (``open|status`` names several) and the words after them."""
    ctx = click.Context(main)
    commands: list[click.Command] = [main]
    rest = words[1:]
    while rest and all(isinstance(c, click.Group) for c in commands):
        names = [n for n in re.split(r"[|]", rest[0]) if n and n != "..."]
        if not names or names[0].startswith("-"):
            break
        sub = [c.get_command(ctx, n) for c in commands for n in names]  # type: ignore[attr-defined]
        assert all(s is not None for s in sub), f"no such verb {rest[0]!r}"
        commands = [s for s in sub if s is not None]
        rest = rest[1:]
    return commands, rest


def test_the_docs_show_commands() -> None:
    verbs = {text.split()[1] for _, text in COMMANDS}
    assert {"scan", "sweep", "triage", "schedule", "search", "request", "serve", "users"} <= verbs


@pytest.mark.parametrize(("where", "text"), COMMANDS, ids=[w for w, _ in COMMANDS])
def test_documented_command_uses_real_verbs_and_options(where: str, text: str) -> None:
    commands, rest = _resolve(_words(text))
    assert all(not isinstance(c, click.Group) for c in commands) or not rest, f"{where}: no verb after the group"
    known = {opt for c in commands for p in c.params for opt in (*p.opts, *p.secondary_opts)}
    options = {part for w in rest if w.startswith("--") for part in re.split(r"[|=\]]", w.strip("[")) if part}
    unknown = sorted(o for o in options if o.startswith("--") and o not in known)
    assert not unknown, f"{where}: options the verb does not take: {unknown}"
    if not any(isinstance(p, click.Argument) for c in commands for p in c.params):
        extra = _positional(rest, commands)
        assert not extra, f"{where}: the verb takes no arguments, the line gives {extra}"


def _positional(words: list[str], commands: list[click.Command]) -> list[str]:
    """The words that are neither an option nor an option's value (placeholders like ``...`` aside)."""
    takes_value = {
        o for c in commands for p in c.params if isinstance(p, click.Option) and not p.is_flag for o in p.opts
    }
    out: list[str] = []
    skip = False
    for word in (w.strip("[]") for w in words):
        if skip or word in ("", "|", "..."):
            skip = False
            continue
        if word.startswith("-"):
            skip = "=" not in word and word.split("|")[0] in takes_value
            continue
        out.append(word)
    return out
