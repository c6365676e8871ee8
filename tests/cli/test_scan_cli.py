"""``pii-scanner scan`` end to end: encodings, output contract, masking, exit codes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers.cli_inprocess import run_cli

CPR = "070761-4285"
PNR = "811218-9876"
TEXT = f"Kære Søren Ærø, dit CPR-nr. er {CPR}.\nSvensk personnummer för Åsa Öberg: {PNR}\n"
FINDING_FIELDS = {"path", "location", "entity_type", "score", "start", "end", "masked", "fingerprint"}
ITEM_FIELDS = {"path", "location", "mime", "encrypted", "private", "flags", "error"}


def run(cli: list[str], *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """In process: these tests check what ``scan`` writes, not the process (CONTRIBUTING.md). One
    worker: forked workers would each warm the detectors again (~2 s a call); ``spawn`` runs two."""
    return run_cli("scan", *args, "--no-ner", "--workers", "1", input=stdin)


def spawn(cli: list[str], *args: str) -> subprocess.CompletedProcess[bytes]:
    """A real ``pii-scanner`` process: the verb's exit code and output through the interpreter, and
    ``--workers 2`` starting its worker processes."""
    return subprocess.run([*cli, "scan", *args, "--no-ner"], capture_output=True, timeout=120)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "utf8.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "utf8bom.txt").write_text(TEXT, encoding="utf-8-sig")
    (tmp_path / "utf16.txt").write_text(TEXT, encoding="utf-16")
    (tmp_path / "cp1252.txt").write_bytes(TEXT.encode("cp1252"))
    (tmp_path / "latin1.txt").write_bytes(TEXT.replace("Ø", "O").encode("latin-1"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "clean.txt").write_text("Intet at se her.", encoding="utf-8")
    return tmp_path


def records(out: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines() if line.strip()]


def test_every_encoding_found_with_contract_fields(cli: list[str], corpus: Path) -> None:
    proc = spawn(cli, str(corpus), "--format", "jsonl", "--workers", "2")
    assert proc.returncode == 1, proc.stderr
    recs = records(proc.stdout)
    items = [r for r in recs if r["record"] == "item"]
    findings = [r for r in recs if r["record"] == "finding"]
    assert len(items) == 6
    for item in items:
        assert item.keys() >= ITEM_FIELDS
        assert item["error"] is None
    for name in ("utf8.txt", "utf8bom.txt", "utf16.txt", "cp1252.txt", "latin1.txt"):
        mine = [f for f in findings if str(f["path"]).endswith(name)]
        assert [f["entity_type"] for f in mine] == ["DK_CPR", "SE_PERSONNUMMER"], name
        assert [f["masked"] for f in mine] == ["070761-XXXX", "19811218-XXXX"]
        for f in mine:
            assert f.keys() >= FINDING_FIELDS
            assert "value" not in f and "normalized" not in f
    # The same value fingerprints alike in every file and encoding.
    assert len({f["fingerprint"] for f in findings if f["entity_type"] == "DK_CPR"}) == 1
    # No plaintext identifier anywhere in the default output.
    assert b"4285" not in proc.stdout and b"9876" not in proc.stdout


def test_offsets_index_the_extracted_text(cli: list[str], corpus: Path) -> None:
    proc = run(cli, str(corpus / "cp1252.txt"), "--show-values")
    findings = [r for r in records(proc.stdout) if r["record"] == "finding"]
    assert [(TEXT[int(f["start"]) : int(f["end"])], f["value"]) for f in findings] == [(CPR, CPR), (PNR, PNR)]
    assert [f["normalized"] for f in findings] == ["0707614285", "198112189876"]


def test_stdin_and_exit_codes(cli: list[str]) -> None:
    assert run(cli, "-", stdin=b"ingenting her").returncode == 0
    assert run(cli, "-", stdin=TEXT.encode()).returncode == 1
    assert run(cli, "-", "--entities", "EMAIL_ADDRESS", stdin=TEXT.encode()).returncode == 0
    bad = run_cli("scan", "-", "--config", "/nonexistent/x.toml", input=b"")
    assert bad.returncode == 2
    assert b"cannot read config" in bad.stderr


def test_entities_filter_and_formats(cli: list[str], corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    proc = run(cli, str(corpus / "utf8.txt"), "--entities", "SE_PERSONNUMMER", "--format", "csv", "-o", str(out))
    assert proc.returncode == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("record,path,location,entity_type")
    assert sum(",SE_PERSONNUMMER," in line for line in lines) == 1 and "DK_CPR" not in out.read_text()
    proc = run(cli, str(corpus / "utf8.txt"), "--format", "json")
    data = json.loads(proc.stdout)
    assert [d["record"] for d in data] == ["item", "finding", "finding"]
    proc = run(cli, str(corpus / "utf8.txt"), "--format", "table")
    assert b"070761-XXXX" in proc.stdout and b"4285" not in proc.stdout


def test_missing_path_gives_error_record_not_crash(cli: list[str], tmp_path: Path) -> None:
    proc = run(cli, str(tmp_path / "gone.txt"))
    (item,) = records(proc.stdout)
    assert item["error"] and "cannot read" in str(item["error"])


def test_an_encrypted_item_is_not_called_clean(cli: list[str], tmp_path: Path) -> None:
    """What could not be read is said in the record AND the exit code: 4 outranks 0 and 1."""
    from tests.extract.extract_makers import make_encrypted_pdf, make_encrypted_zip

    pdf = make_encrypted_pdf(tmp_path / "locked.pdf")
    proc = run(cli, str(pdf))
    (item,) = records(proc.stdout)
    assert item["encrypted"] is True and proc.returncode == 4
    archive = make_encrypted_zip(tmp_path / "mixed.zip")
    proc = run(cli, str(archive))
    lines = records(proc.stdout)
    assert any(r["record"] == "finding" for r in lines), "the open member is still read"
    assert any(r.get("encrypted") for r in lines if r["record"] == "item")
    assert proc.returncode == 4
    (tmp_path / "plain.txt").write_text(TEXT, encoding="utf-8")
    assert run(cli, str(tmp_path / "plain.txt")).returncode == 1


def test_mail_with_utf8_addresses_is_scanned(cli: list[str], tmp_path: Path) -> None:
    mail = tmp_path / "besked.eml"
    mail.write_text(f'From: Ask <ask@x.dk>\nTo: "Holm, Jørgen" <jørgen@firma.dk>\nSubject: Møde\n\nCPR {CPR}\n')
    proc = run(cli, str(mail))
    (item,) = [r for r in records(proc.stdout) if r["record"] == "item"]
    assert item["error"] is None and item["mime"] == "message/rfc822"
    assert proc.returncode == 1
