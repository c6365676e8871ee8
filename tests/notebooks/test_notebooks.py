"""The analyst notebooks: committed without outputs, and each one runs start to finish on the samples.

Notebooks run with nbclient in a kernel of THIS interpreter (a kernelspec written to a temp dir that
points at sys.executable), so they test the installed library, not whatever ``python3`` is on PATH.
Their outputs must not show a plaintext identifier from the samples.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
KERNEL = "pii-scanner-tests"


def test_there_are_notebooks() -> None:
    names = {p.stem for p in NOTEBOOKS}
    assert {"access_request", "minimisation_dashboard", "detection_quality"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path: Path) -> None:
    book = nbformat.read(path, as_version=4)
    dirty = [
        n
        for n, cell in enumerate(book.cells)
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None)
    ]
    assert not dirty, f"{path.name}: strip outputs and execution counts (cells {dirty})"
    assert "widgets" not in book.metadata


@pytest.fixture(scope="module")
def kernel_manager_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[type]:
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    kernels = tmp_path_factory.mktemp("jupyter") / "kernels"
    spec = kernels / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "pii-scanner tests",
                "language": "python",
            }
        )
    )

    class TestKernelManager(KernelManager):
        def __init__(self, **kw: object) -> None:
            kw["kernel_spec_manager"] = KernelSpecManager(kernel_dirs=[str(kernels)])
            super().__init__(**kw)

    yield TestKernelManager


def _sample_identifiers() -> list[str]:
    """Every plaintext form of the CPR/personnummer in the bundled samples."""
    from pii_scanner.api import scan
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.core.resources import data_dir

    forms: set[str] = set()
    for result in scan([data_dir("samples")], ScanConfig(workers=1).with_(ner__enabled=False)):
        for f in result.findings:
            if f.entity_type in ("DK_CPR", "SE_PERSONNUMMER"):
                n = f.normalized
                forms |= {f.value, n, f"{n[:6]}-{n[6:]}"} if len(n) == 10 else {f.value, n, f"{n[2:8]}-{n[8:]}"}
    return sorted(forms)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(
    path: Path, kernel_manager_factory: type, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("PII_SCANNER_DB", str(tmp_path / "never-used.sqlite3"))
    book = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        book,
        kernel_name=KERNEL,
        kernel_manager_class=kernel_manager_factory,
        timeout=300,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    text = "\n".join(_output_text(cell) for cell in book.cells if cell.cell_type == "code")
    leaked = [form for form in _sample_identifiers() if re.search(rf"(?<!\d){re.escape(form)}(?!\d)", text)]
    assert not leaked, f"{path.name} shows {len(leaked)} plaintext identifier(s)"
    assert os.environ["MPLBACKEND"] == "Agg"


def _output_text(cell: dict[str, object]) -> str:
    out = []
    for o in cell.get("outputs", []):  # type: ignore[union-attr]
        out.append(str(o.get("text", "")))
        for kind, value in (o.get("data") or {}).items():
            if kind.startswith("text/"):
                out.append(str(value))
    return "\n".join(out)


# What a notebook may import: the library, the standard library, and the frames and plots it hands back.
_NOTEBOOK_IMPORTS = {"pii_scanner", "pandas", "matplotlib", "numpy"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_imports_the_library_only(path: Path) -> None:
    """Analysts copy from these notebooks: they use the installed package's API, never the repository's
    benchmarks or tests, a path hack or a copy of the code."""
    import ast

    book = nbformat.read(path, as_version=4)
    modules: set[str] = set()
    for cell in book.cells:
        if cell.cell_type != "code":
            continue
        source = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith(("%", "!")))
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                assert node.level == 0, f"{path.name}: a relative import"
                modules.add(str(node.module).split(".")[0])
        assert "sys.path" not in source and "__file__" not in source, f"{path.name}: a path hack"
    outside = sorted(modules - _NOTEBOOK_IMPORTS - set(sys.stdlib_module_names))
    assert not outside, f"{path.name} imports {outside}"
    assert "pii_scanner" in modules
