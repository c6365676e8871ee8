"""The one-way flow, checked on every import in the package (also those inside functions).

    core  <-  sources  <-  extract  <-  detect  <-  classify  <-  store  <-  reports  <-  (the top)

A module may import its own stage and the stages to its left; the top, in the order policy, pipeline,
sweeps, access, api, analysis, samples, web, cli, may import anything before it, and nothing imports
what comes after it.
No module imports itself back through others at run time (no circles between modules; imports
under ``if TYPE_CHECKING:`` are annotations and do not count for circles, but do for the flow).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pii_scanner

ROOT = Path(pii_scanner.__file__).resolve().parent
STAGES = ("core", "sources", "extract", "detect", "classify", "store", "reports")
# On top, in order: each may import those before it, never one after it.
ON_TOP = ("policy", "pipeline", "sweeps", "access", "api", "analysis", "samples", "web", "cli")
TOP = 99


def layer(module: str) -> int:
    parts = module.split(".")
    if len(parts) < 2 or parts[1] == "__main__":
        return TOP  # the package itself
    if parts[1] in STAGES:
        return STAGES.index(parts[1])
    if parts[1] in ON_TOP:
        return len(STAGES) + ON_TOP.index(parts[1])
    return TOP


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_only(tree: ast.Module) -> set[int]:
    """Ids of import nodes under ``if TYPE_CHECKING:`` (annotations only, nothing runs)."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            out |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    return out


def imports(path: Path, *, runtime_only: bool = False) -> Iterator[tuple[str, int]]:
    """(imported pii_scanner module, line) for every import statement, lazy ones included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    skip = _type_only(tree) if runtime_only else set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _ours(alias.name):  # not the optional compiled pii_scanner_native
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if not _ours(base):
                continue
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                yield (candidate if _exists(candidate) else base), node.lineno


def _ours(module: str) -> bool:
    return module == "pii_scanner" or module.startswith("pii_scanner.")


def _exists(module: str) -> bool:
    rel = Path(*module.split("."))
    return (ROOT.parent / rel).with_suffix(".py").exists() or (ROOT.parent / rel / "__init__.py").exists()


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        src = module_name(path)
        edges.setdefault(src, set())
        for target, _ in imports(path, runtime_only=True):
            if _exists(target) and target != src:
                edges[src].add(target)
    return edges


def test_no_import_goes_back_up_the_flow() -> None:
    wrong = []
    for path in sorted(ROOT.rglob("*.py")):
        src = module_name(path)
        for target, line in imports(path):
            if layer(target) > layer(src):
                wrong.append(f"{path.relative_to(ROOT.parent)}:{line} imports {target}")
    assert wrong == [], "imports against the flow:\n" + "\n".join(wrong)


def test_no_circles_between_modules() -> None:
    edges = graph()
    # A package's __init__ re-exporting its own modules is not a circle of design.
    for src, targets in edges.items():
        edges[src] = {t for t in targets if not (src.startswith(t + ".") and _is_package(t))}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert cycles == [], "import circles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def _is_package(module: str) -> bool:
    return (ROOT.parent / Path(*module.split(".")) / "__init__.py").exists()


def test_the_checker_sees_a_violation() -> None:
    """The checks above can fail: a detect module importing the store is against the flow."""
    assert layer("pii_scanner.store.store") > layer("pii_scanner.detect.engine")
    assert layer("pii_scanner.sweeps.engine") > layer("pii_scanner.reports.render")
    assert layer("pii_scanner.core.model") < layer("pii_scanner.sources.files")
    assert layer("pii_scanner.access.live") > layer("pii_scanner.sweeps.engine")
