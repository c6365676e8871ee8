"""The README's dependency table is the truth about what the project pulls in: every requirement of
pyproject.toml (runtime and extras) has a row with its licence and the version CI pins in
requirements/lock.txt, every pin meets pyproject's bounds, every third-party module the package imports
is a declared requirement, and a GPL-licensed row says why it may be used."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SELF = "nordic-pii-scanner"


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lock() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "requirements" / "lock.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"lock.txt: {line!r} is not pinned with =="
            assert _norm(name) not in pins, f"lock.txt pins {name} twice"
            pins[_norm(name)] = version.strip()
    return pins


def _requirements() -> list[Requirement]:
    project = PYPROJECT["project"]
    given = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        given += extra
    return [r for r in map(Requirement, given) if _norm(r.name) != SELF]


def _rows() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Dependencies and licences", 1)[1].split("\n## ", 1)[0]
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in section.splitlines()]
    rows = [r for r in rows if len(r) > 1 and not set(r[0]) <= {"-"}]
    assert rows[0] == ["dependency", "used for", "licence", "pinned for CI"], rows[0]
    return rows[1:]


LOCK = _lock()
ROWS = _rows()
REQUIREMENTS = _requirements()


def _row_of(name: str) -> list[str]:
    for row in ROWS:
        words = {_norm(w) for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9._-]*", row[0])}
        if _norm(name) in words:
            return row
    raise AssertionError(f"README 'Dependencies and licences' has no row for {name}")


@pytest.mark.parametrize("req", REQUIREMENTS, ids=lambda r: r.name)
def test_every_requirement_has_a_row_a_licence_and_its_ci_pin(req: Requirement) -> None:
    row = _row_of(req.name)
    assert row[2], f"{req.name}: no licence"
    if req.marker is not None and not req.marker.evaluate():
        return  # another platform's package (python-magic-bin on Windows): CI does not install it
    pin = LOCK.get(_norm(req.name))
    assert pin is not None, f"{req.name} is a requirement but requirements/lock.txt does not pin it"
    assert req.specifier.contains(pin, prereleases=True), (
        f"{req.name}: lock pins {pin}, pyproject wants {req.specifier}"
    )
    assert pin in re.split(r",\s*", row[3]), f"README row for {req.name} shows {row[3]!r}, the lock pins {pin}"


def test_gpl_rows_say_why_they_may_be_used() -> None:
    for row in ROWS:
        licence = row[2]
        if re.search(r"(?<![L])GPL", licence):
            assert ":" in licence or "used under" in licence, f"{row[0]}: a GPL licence without its reason"


def test_every_imported_third_party_module_is_a_requirement() -> None:
    modules: set[str] = set()
    for path in (ROOT / "pii_scanner").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    declared = {_norm(r.name) for r in REQUIREMENTS}
    dists = metadata.packages_distributions()
    ours = {m for m in modules if m.startswith("pii_scanner")}
    missing = sorted(
        f"{m} ({', '.join(dists.get(m, ['?']))})"
        for m in modules - set(sys.stdlib_module_names) - ours
        if not any(_norm(d) in declared for d in dists.get(m, []))
    )
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"
