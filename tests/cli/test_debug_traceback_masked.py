"""PII_SCANNER_DEBUG=1 prints the traceback of an internal error (exit 70): it printed the exception's message
and those of the exceptions chained to it as raised, a CPR, an e-mail address or a file name holding them in
plaintext (every other line of the program masks them). The traceback is masked as the one-line error is;
file names and line numbers of the program's own frames stay, so it still serves its purpose."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pii_scanner.cli import scan as scan_module
from pii_scanner.cli.common import DEBUG_ENV
from pii_scanner.cli.main import main


def test_the_debug_traceback_is_masked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(*_a: object, **_k: object) -> None:
        try:
            raise OSError(2, "No such file", "/srv/Sag 070761-4285/jens.hansen@example.dk.txt")
        except OSError as exc:
            raise RuntimeError("while reading 0707614285 for soren.ostergaard@example.dk") from exc

    monkeypatch.setattr(scan_module, "scan_paths", broken)
    monkeypatch.setenv(DEBUG_ENV, "1")
    (tmp_path / "a.txt").write_bytes(b"x")
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--no-ner"])
    assert result.exit_code == 70, result.output
    assert "Traceback" in result.output and "test_debug_traceback_masked.py" in result.output  # still a traceback
    for plain in ("4285", "jens.hansen", "soren.ostergaard"):
        assert plain not in result.output, result.output
