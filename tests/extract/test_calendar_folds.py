"""iCalendar and vCard content lines folded every 75 octets (a line end and a blank): findings' offsets
index the extracted (unfolded) text and point at the value as written there; a number split by a fold is
found. A fold through a UTF-8 sequence (75 OCTETS: writers cut "ø" in two) made the whole file decode as
another code page (shift_jis), every name beyond ASCII lost; a value after an escaped line break
(``\\n070761-4285``, RFC 5545's TEXT escape) was glued to the "n" and missed."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

CPR = "070761-4285"


def _scan(cli: list[str], path: Path) -> tuple[list[dict[str, object]], str]:
    run = subprocess.run([*cli, "scan", str(path), "--format", "jsonl", "--show-values"], capture_output=True)
    assert run.returncode == 1, run.stderr
    lines = [json.loads(line) for line in run.stdout.decode("utf-8").splitlines()]
    return [d for d in lines if d.get("record") != "item"], run.stdout.decode("utf-8")


def _text(path: Path) -> str:
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.extract.calendar_files import extract_calendar
    from pii_scanner.extract.context import ExtractContext
    from pii_scanner.sources.files import file_item

    extracted = extract_calendar(file_item(path), path.read_bytes(), ExtractContext.for_top_item(ScanConfig()))
    return extracted.text()


def _event(body: bytes) -> bytes:
    return (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:M\xc3\xb8de\r\n"
        + body
        + b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def test_offsets_point_at_folded_values_in_the_extracted_text(tmp_path: Path, cli: list[str]) -> None:
    path = tmp_path / "a.ics"
    path.write_bytes(
        _event(
            b"DESCRIPTION:Kunden har oplyst CPR-nummer 0707\r\n 61-4285 og skal ringes op p\xc3\xa5 telefon 22 33 4\r\n"
            b" 4 55 i morgen.\r\nLOCATION:CPR 07076\r\n\t14285\r\n"
        )
    )
    findings, _ = _scan(cli, path)
    text = _text(path)
    got = {(f["entity_type"], text[int(f["start"]) : int(f["end"])]) for f in findings}  # type: ignore[call-overload]
    assert {("DK_CPR", CPR), ("DK_CPR", CPR.replace("-", "")), ("PHONE_NUMBER", "22 33 44 55")} <= got, got
    assert all(text[int(f["start"]) : int(f["end"])] == f["value"] for f in findings)  # type: ignore[call-overload]


@pytest.mark.parametrize("cut", [1, 2])  # "ø" is two octets, "Ø" too: cut after the first
def test_a_fold_through_a_utf8_sequence_keeps_the_text_readable(tmp_path: Path, cli: list[str], cut: int) -> None:
    name = "Søren Østergaard".encode()
    at = name.index("ø".encode()) + 1 if cut == 1 else name.index("Ø".encode()) + 1
    path = tmp_path / "b.ics"
    path.write_bytes(
        _event(
            b"DESCRIPTION:Samtale med " + name[:at] + b"\r\n " + name[at:] + b" om CPR " + CPR.encode() + b" i dag\r\n"
        )
    )
    text = _text(path)
    assert "Søren Østergaard" in text and "Møde" in text, text
    findings, _ = _scan(cli, path)
    assert ("PERSON", "Søren Østergaard") in {(f["entity_type"], f["value"]) for f in findings}, findings


def test_a_value_after_an_escaped_line_break_is_found(tmp_path: Path, cli: list[str]) -> None:
    path = tmp_path / "c.ics"
    path.write_bytes(_event(b"COMMENT:Liste:\\n" + CPR.encode() + b"\\nog mere\\, tak\r\n"))
    findings, _ = _scan(cli, path)
    text = _text(path)
    assert [
        (f["entity_type"], text[int(f["start"]) : int(f["end"])]) for f in findings if f["entity_type"] == "DK_CPR"
    ] == [  # type: ignore[call-overload]
        ("DK_CPR", CPR)
    ], findings
