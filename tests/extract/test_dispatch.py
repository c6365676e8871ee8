"""The dispatch table imports a format's reader when an item of that format is first met, not at start-up,
and a broken import of the project's own still fails loudly: every extract module imports, every entry of
every table resolves to the function it names."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import pii_scanner.extract
from pii_scanner.extract import dispatch, formats
from pii_scanner.extract.dispatch import (
    EXTRACTORS,
    FILE_EXTRACTORS,
    PREFIX_EXTRACTORS,
    Lazy,
    extractor_for,
    fallback_for,
    resolved,
)

ROOT = Path(__file__).resolve().parents[2]
# The format modules (and the libraries they load) a plain text file never needs.
FORMAT_MODULES = (
    "pii_scanner.extract.archives",
    "pii_scanner.extract.compressed",
    "pii_scanner.extract.html",
    "pii_scanner.extract.images",
    "pii_scanner.extract.mail",
    "pii_scanner.extract.mailbox_files",
    "pii_scanner.extract.odf",
    "pii_scanner.extract.ole",
    "pii_scanner.extract.olm",
    "pii_scanner.extract.ooxml",
    "pii_scanner.extract.pdf",
    "pii_scanner.extract.pst",
    "pii_scanner.extract.rtf",
    "pii_scanner.extract.strings",
    "pii_scanner.extract.tnef",
    "charset_normalizer",
    "tarfile",
    "email.mime.multipart",
    "email.parser",  # the header parser of core.mail_policy: imported by the first header block parsed
    "email.utils",
    "socket",
    "multiprocessing",
    "concurrent.futures.process",
    "cryptography.hazmat.primitives.ciphers.aead",  # the sealed spill's cipher: loaded by the first spill
)


def _extract_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(pii_scanner.extract.__path__, "pii_scanner.extract."))


@pytest.mark.parametrize("module", _extract_modules())
def test_every_extract_module_imports(module: str) -> None:
    assert importlib.import_module(module) is not None  # raises on a broken import


def _entries() -> list[tuple[str, object]]:
    return [
        *(("exact " + mime, fn) for mime, fn in EXTRACTORS.items()),
        *(("file " + mime, fn) for mime, fn in FILE_EXTRACTORS.items()),
        *(("prefix " + prefix, fn) for prefix, fn in PREFIX_EXTRACTORS),
    ]


def test_every_registered_format_resolves_to_the_function_it_names() -> None:
    lazy = 0
    for where, entry in _entries():
        function = resolved(entry)  # type: ignore[arg-type]
        assert callable(function) and not isinstance(function, Lazy), where
        if isinstance(entry, Lazy):
            lazy += 1
            assert function.__module__ == entry.module and function.__name__ == entry.name, where
            assert function is getattr(sys.modules[entry.module], entry.name), where
    assert lazy > 50  # the format readers are named, not imported, by the table
    for mime in ("application/x-lzip", "application/x-elf", "audio/mpeg"):
        assert callable(resolved(fallback_for(mime)))
    for mime in ("application/foo+zip", "application/vnd.api+json", "text/x-c"):
        found = extractor_for(mime)
        assert found is not None and callable(resolved(found))


def test_the_type_names_are_those_of_the_format_modules() -> None:
    from pii_scanner.extract import archives, compressed, mailbox_files, olm, ooxml, tnef

    assert archives.ZIP == formats.ZIP and archives.MESSAGE_MIME == olm.MESSAGE_MIME == formats.OLM_MESSAGE_MIME
    assert compressed.GZIP in formats.COMPRESSED_TYPES and ooxml.DOCX in formats.DOCX_LIKE
    assert tnef.TNEF_MIME in formats.TNEF_TYPES and mailbox_files.MBOX == formats.MBOX
    assert resolved(EXTRACTORS[formats.DOCX]) is ooxml.extract_docx
    assert resolved(EXTRACTORS[formats.MBOX]) is mailbox_files.extract_mbox


def test_a_broken_entry_fails_loudly_when_called() -> None:
    missing_module = Lazy("no_such_reader", "extract_nothing")
    with pytest.raises(ModuleNotFoundError):
        missing_module.resolve()
    missing_function = Lazy("text", "no_such_function")
    with pytest.raises(AttributeError):
        missing_function(None, b"", None)  # type: ignore[arg-type]
    # Table entries are shared: one Lazy per function, so a reader is imported and looked up once.
    assert EXTRACTORS["application/pdf"] is FILE_EXTRACTORS["application/pdf"]
    assert dispatch.extract_zip is EXTRACTORS[formats.ZIP]


_PROBE = """
import sys
from pii_scanner.cli.main import main
try:
    main(["scan", sys.argv[1], "--format", "jsonl", "--workers", "1", "--no-ner"])
except SystemExit:
    pass
print("imported:" + ",".join(m for m in sys.argv[2].split(",") if m in sys.modules))
"""


def _imported_by_a_scan_of(path: Path, tmp_path: Path) -> set[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PII_SCANNER_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path), ",".join(FORMAT_MODULES)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith('{"record": "item"'), done.stdout[-2000:]  # the scan wrote its record
    assert lines[-1].startswith("imported:"), done.stdout[-2000:]
    return {m for m in lines[-1].removeprefix("imported:").split(",") if m}


def test_a_text_file_scan_imports_no_format_reader(tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("Mødet er flyttet til torsdag. CPR 070761-4285.\n", encoding="utf-8")
    assert _imported_by_a_scan_of(text, tmp_path) == set()


def test_a_format_reader_is_imported_when_its_format_is_met(tmp_path: Path) -> None:
    from tests.extract.extract_makers import make_docx

    docx = make_docx(tmp_path / "note.docx")
    imported = _imported_by_a_scan_of(docx, tmp_path)
    assert "pii_scanner.extract.ooxml" in imported and "pii_scanner.extract.pdf" not in imported
