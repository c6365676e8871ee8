"""An identifier in a file or archive member's name is a finding of its own (part "name"): the name
is personal data in a DPO's eyes. Masked in output like any other finding; the location masked too."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

from pii_scanner.core.config import DetectConfig
from pii_scanner.detect import Engine
from pii_scanner.detect.engine import NAME_PART

CPR = "1203880762"  # 12 March 1988, modulus 11
MEMBER_CPR = "0101804311"  # 1 January 1980: issued without modulus 11


def test_engine_reads_identifiers_in_file_names() -> None:
    engine = Engine(DetectConfig())
    (found,) = engine.detect_name(f"lønseddel_{CPR}.pdf")
    assert (found.entity_type, found.normalized, found.part) == ("DK_CPR", CPR, NAME_PART)
    assert f"lønseddel_{CPR}.pdf"[found.start : found.end] == CPR
    assert [f.normalized for f in engine.detect_name("intyg_195506031995.pdf")] == ["195506031995"]
    assert [f.normalized for f in engine.detect_name("CPR-0707614285.docx")] == ["0707614285"]
    # Dates, scans and invoice numbers in names are not identifiers; a name without an extension
    # (a mail message's subject is a text part of its own) is not read.
    assert engine.detect_name("scan_20190616_3665.pdf") == []
    assert engine.detect_name("faktura_2070712.pdf") == []
    assert engine.detect_name(f"Vedr. {CPR}") == []


def test_scan_reports_names_masked(cli: list[str], tmp_path: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    (root / f"lønseddel_{CPR}.txt").write_text("Lønseddel for oktober.\n", encoding="utf-8")
    (root / "scan_20190616_3665.txt").write_text("Intet her.\n", encoding="utf-8")
    with zipfile.ZipFile(root / "bilag.zip", "w") as zf:
        zf.writestr(f"løn/lønseddel_{MEMBER_CPR}_okt.txt", "Lønseddel.\n")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [*cli, "scan", str(root), "--no-ner", "--workers", "1", "--format", "jsonl", "-o", str(out)],
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    text = out.read_text(encoding="utf-8")
    for plain in (CPR, MEMBER_CPR, f"{CPR[:6]}-{CPR[6:]}"):
        assert plain not in text and plain not in proc.stderr.decode()
    findings = [r for r in map(json.loads, text.splitlines()) if r["record"] == "finding"]
    assert sorted((f["part"], f["masked"]) for f in findings) == [("name", "010180-XXXX"), ("name", "120388-XXXX")]
    assert all(f["entity_type"] == "DK_CPR" for f in findings)
    locations = sorted(f["location"] for f in findings)
    assert locations[0].endswith("bilag.zip!/løn/lønseddel_010180XXXX_okt.txt"), locations
    assert locations[1].endswith("l%C3%B8nseddel_120388XXXX.txt"), locations


def test_show_values_reveals_the_name_finding(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / f"lønseddel_{CPR}.txt").write_text("Intet.\n", encoding="utf-8")
    proc = subprocess.run(
        [*cli, "scan", str(tmp_path), "--no-ner", "--workers", "1", "--format", "jsonl", "--show-values"],
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    (finding,) = [r for r in map(json.loads, proc.stdout.splitlines()) if r["record"] == "finding"]
    assert (finding["value"], finding["part"]) == (CPR, "name")


def test_names_made_up_by_mail_sources_are_not_read() -> None:
    # IMAP names a message "<UID>.eml" (a UID has up to ten digits), EWS/Graph after an id's tail,
    # mbox/PST after a number: such names are the source's, never a person's identifier.
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.core.model import Item, MailMeta
    from pii_scanner.pipeline import Processor

    config = ScanConfig()
    processor = Processor(config, Engine(config.detect))
    message = b"From: a@example.org\r\nSubject: Hej\r\n\r\nIntet her.\r\n"
    for sensitivity in ("normal", "private"):
        item = Item(
            location=f"imap://box/INBOX;UID={CPR}",
            path="imap://box",
            name=f"{CPR}.eml",
            origin="mail",
            data=message,
            mail=MailMeta(folder="INBOX", sensitivity=sensitivity),
        )
        results = processor.process(item)
        assert not [f for r in results for f in r.findings if f.part == NAME_PART], sensitivity
    # The same number in the name of a file a person saved is read.
    saved = Item(
        location=f"file:///x/{CPR}.txt", path=f"/x/{CPR}.txt", name=f"{CPR}.txt", origin="local", data=b"Intet."
    )
    assert [f.normalized for r in processor.process(saved) for f in r.findings if f.part == NAME_PART] == [CPR]


def test_card_numbers_and_ibans_in_names_are_findings() -> None:
    engine = Engine(DetectConfig())
    for name, kind, value in [
        ("kort_4111111111111111.txt", "CREDIT_CARD", "4111111111111111"),
        ("Visa 5500 0000 0000 0004 spærret.txt", "CREDIT_CARD", "5500 0000 0000 0004"),
        ("kontoudtog DK5000400440116243.pdf.txt", "IBAN_CODE", "DK5000400440116243"),
        ("konto_DK5000400440116243.pdf", "IBAN_CODE", "DK5000400440116243"),
    ]:
        (found,) = engine.detect_name(name)
        assert (found.entity_type, name[found.start : found.end], found.part) == (kind, value, NAME_PART)
    assert engine.detect_name("Faktura 4111111111111112.pdf") == []  # Luhn fails
    assert engine.detect_name("ordre_20190616123045.pdf") == []
