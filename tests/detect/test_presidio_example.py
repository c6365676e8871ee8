"""The Presidio worked example of docs/detection.md runs as written (blank spaCy pipelines stand in
for the model names: no model can be downloaded here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "detection.md"


def _example() -> str:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(r"<!-- presidio-example -->\n```python\n(.*?)```", text, re.DOTALL)
    assert match is not None, "the example block is missing from docs/detection.md"
    return match.group(1)


def test_worked_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spacy = pytest.importorskip("spacy")
    tldextract = pytest.importorskip("tldextract")
    # Presidio's URL recognizer asks tldextract, which would fetch the Public Suffix List: use the
    # snapshot bundled with tldextract (no network here).
    monkeypatch.setattr(tldextract.tldextract, "TLD_EXTRACTOR", tldextract.TLDExtract(suffix_list_urls=()))
    models = {}
    for lang in ("da", "sv", "nb", "fi", "en"):
        path = tmp_path / lang
        spacy.blank(lang).to_disk(path)
        models[lang] = str(path)
    code = _example()
    assert "MODELS = {" in code
    code = re.sub(r"MODELS = \{.*?\}\n", f"MODELS = {models!r}\n", code, count=1, flags=re.DOTALL)
    exec(compile(code, str(DOC), "exec"), {"__name__": "presidio_example"})
