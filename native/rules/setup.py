"""Builds ``pii_scanner_rules``: the detection engine's rule modules compiled by mypyc, as copies.

The modules of ``pii_scanner.detect.rule_sources.MODULES`` are copied to ``build/src``, unchanged but
for their imports (an import of another compiled module names its copy in ``pii_scanner_rules``),
and compiled there. The package's ``__init__`` holds the hash of the project files they were built
from (``SOURCE`` over ``FILES``: the rule modules and the project modules they import). pii_scanner
uses the package only while that hash matches its installed files (``pii_scanner/detect/rule_sets.py``);
otherwise the pure-Python modules run, with the same findings.

Needs mypy (mypyc) and a C compiler; ``./run setup`` builds it (``pip install ./native/rules``).
``PII_SCANNER_RULES_OPT`` sets the C compiler's -O level (default 2: as fast as 3 here, and quicker
to build).
"""

from __future__ import annotations

import ast
import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

from setuptools import setup

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "build" / "src"


def _rule_sources() -> ModuleType:
    # By path: importing pii_scanner here would need its dependencies in the build environment.
    spec = importlib.util.spec_from_file_location("rule_sources", ROOT / "pii_scanner/detect/rule_sources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RS = _rule_sources()
COMPILED: dict[str, str] = dict(RS.MODULES)


def _imported(node: ast.ImportFrom) -> list[str]:
    """The project modules an import names: ``from a.b import c`` is a.b.c when that is a module, else a.b."""
    assert node.module is not None
    found = []
    for alias in node.names:
        sub = f"{node.module}.{alias.name}"
        found.append(sub if RS.module_file(ROOT, sub).exists() else node.module)
    return found


def _statement(module: str, names: list[ast.alias]) -> str:
    listed = (a.name if a.asname in (None, a.name) else f"{a.name} as {a.asname}" for a in names)
    return f"from {module} import {', '.join(listed)}"


def _pointed(node: ast.ImportFrom) -> str | None:
    """The import statement(s) that take ``node``'s compiled modules from their copies, on one line;
    None when it imports none."""
    assert node.module is not None
    if node.module in COMPILED:
        return _statement(f"{RS.PACKAGE}.{COMPILED[node.module]}", node.names)
    ours = [a for a in node.names if f"{node.module}.{a.name}" in COMPILED]
    if not ours:
        return None
    copies = [ast.alias(COMPILED[f"{node.module}.{a.name}"], a.asname or a.name) for a in ours]
    theirs = [a for a in node.names if a not in ours]
    return "; ".join([_statement(RS.PACKAGE, copies)] + ([_statement(node.module, theirs)] if theirs else []))


def rewrite(source: str, name: str) -> tuple[str, set[str]]:
    """``source`` with every import of a compiled module pointed at its copy, and the project modules
    it imports. Line numbers stay (a rewritten import keeps its lines)."""
    lines = source.splitlines(keepends=True)
    depends: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import) and any(a.name.startswith("pii_scanner") for a in node.names):
            raise SystemExit(f"{name}: line {node.lineno}: write 'from ... import', not 'import pii_scanner...'")
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            raise SystemExit(f"{name}: line {node.lineno}: relative imports are not rewritten")
        if not (node.module or "").startswith("pii_scanner"):
            continue
        depends.update(_imported(node))
        text = _pointed(node)
        if text is None:
            continue
        first, last = node.lineno - 1, (node.end_lineno or node.lineno) - 1
        lines[first] = lines[first][: node.col_offset] + text + "\n"
        for k in range(first + 1, last + 1):
            lines[k] = "\n"
    return "".join(lines), depends


def generate(out: Path = OUT) -> list[Path]:
    """Writes the copies and the package's ``__init__`` under ``out``; the paths of the modules to compile."""
    package = out / RS.PACKAGE
    shutil.rmtree(package, ignore_errors=True)
    package.mkdir(parents=True)
    depends: set[str] = set()
    paths = []
    for dotted, short in RS.MODULES:
        text, deps = rewrite(RS.module_file(ROOT, dotted).read_text(encoding="utf-8"), dotted)
        depends |= deps
        path = package / f"{short}.py"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    files = tuple(d for d, _ in RS.MODULES) + tuple(sorted(depends - set(COMPILED)))
    (package / "__init__.py").write_text(
        '"""The engine\'s rule modules compiled by mypyc (native/rules; see pii_scanner/detect/rule_sets.py)."""\n\n'
        f"MODULES = {RS.MODULES!r}\n"
        f"FILES = {files!r}\n"
        f"SOURCE = {RS.source_hash(ROOT, files)!r}\n",
        encoding="utf-8",
    )
    (package / "py.typed").write_text("", encoding="utf-8")
    return paths


def extensions(paths: list[Path]) -> list[object]:
    from mypyc.build import mypycify  # only the compile needs mypy: generate() runs without it

    # The project's own modules are read from the source tree (for their types), never compiled.
    os.environ["MYPYPATH"] = str(ROOT)
    options = [f"--config-file={HERE / 'mypy.ini'}"]
    opt = os.environ.get("PII_SCANNER_RULES_OPT", "2")
    # multi_file: one C file per module, compiled side by side below.
    built = mypycify(options + [str(p.relative_to(HERE)) for p in paths], opt_level=opt, multi_file=True)
    return list(built)


# The commands that compile: setuptools also runs this file for the package's metadata and build
# requirements, where the compile (minutes) would only be thrown away.
_COMPILING = {"build", "build_ext", "bdist_wheel", "install", "develop", "editable_wheel"}

if __name__ == "__main__":
    copies = generate()
    setup(
        packages=[RS.PACKAGE],
        package_dir={"": str(OUT.relative_to(HERE))},
        package_data={RS.PACKAGE: ["py.typed"]},
        ext_modules=extensions(copies) if _COMPILING & set(sys.argv) else [],
        options={"build_ext": {"parallel": os.cpu_count() or 1}},
    )
