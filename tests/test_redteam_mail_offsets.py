"""The red-team harness scores documents the CLI reads as mail on the raw text's offsets, dropping none."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.redteam.mail_offsets import Stats, map_span, remap, scanned_text  # noqa: E402

MAIL = (
    'From: Søren Østergaard <so@firma.dk>\nTo: "Toft, Hans" <hans.toft@bolaget.dk>, Åsa Berg <ab@x.se>\n'
    "Cc: Esther Bro <esther.bro@bolaget.dk>\nSubject: Møde med Jens Holm\n\nHej Hans\n\nEsther og jeg kan godt.\n\n"
    "Venlig hilsen\nSøren Østergaard\n"
)


def _names(text: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in ("Toft, Hans", "Esther Bro", "Jens Holm")]


def test_the_scanned_text_is_subject_address_lines_then_body() -> None:
    text, origin = scanned_text(MAIL)
    assert text.startswith('Møde med Jens Holm\n\nFrom: Søren Østergaard <so@firma.dk>\nTo: "Toft, Hans" <')
    assert text.endswith("\n\nHej Hans\n\nEsther og jeg kan godt.\n\nVenlig hilsen\nSøren Østergaard\n")
    assert len(origin) == len(text)
    for start, end in _names(text):  # every name maps onto the same name in the raw text
        span = map_span(origin, start, end)
        assert span is not None and MAIL[span[0] : span[1]] == text[start:end]
    quote = text.index('"Toft')
    assert origin[quote] is None and map_span(origin, quote, quote + 5) is None  # the quote is the scanner's
    body = text.index("Hej Hans")
    assert map_span(origin, body, body + 8) == (MAIL.index("Hej Hans"), MAIL.index("Hej Hans") + 8)


OUTLOOK_SV = (
    'Från: "Lindgren, Åsa" <asa.lindgren@firma.se>\nTill: Bo Nyberg <bo@firma.se>\nÄmne: Möte med Eva Holm\n'
    "Känslighet: Normal\n\nHej Bo\n\nEva kommer också.\n"
)


def test_an_outlook_export_in_swedish_is_read_with_english_labels_as_the_scanner_reads_it() -> None:
    text, origin = scanned_text(OUTLOOK_SV)
    assert text.startswith('Möte med Eva Holm\n\nFrom: "Lindgren, Åsa" <asa.lindgren@firma.se>\nTo: Bo Nyberg <')
    assert text.endswith("\n\nHej Bo\n\nEva kommer också.\n")  # the body alone, not the header block again
    for name in ("Lindgren, Åsa", "Bo Nyberg", "Eva Holm", "Eva kommer"):
        start = text.index(name)
        span = map_span(origin, start, start + len(name))
        assert span is not None and OUTLOOK_SV[span[0] : span[1]] == name


def test_remap_moves_mail_findings_and_keeps_unmappable_ones_as_false_hits() -> None:
    text, _ = scanned_text(MAIL)
    hans = text.index("Toft, Hans")
    m = {"path": "/d/m.txt", "location": "file:///d/m.txt"}
    t = {"path": "/d/t.txt", "location": "file:///d/t.txt"}
    records: list[dict[str, object]] = [
        {"record": "item", **m, "mime": "message/rfc822"},
        {**m, "entity_type": "PERSON", "start": hans, "end": hans + 10},
        {**m, "entity_type": "PERSON", "start": hans - 1, "end": hans + 10},
        {**m, "entity_type": "PERSON", "start": 9, "end": 18, "value": "Jens Holx"},  # not the raw text there
        {"record": "item", **t, "mime": "text/plain"},
        {**t, "entity_type": "PERSON", "start": 3, "end": 7},
    ]
    stats = Stats()
    out = remap(records, {"m": MAIL, "t": "Hej Hans"}, lambda r: Path(str(r["path"])).stem, stats)
    assert len(out) == len(records)  # nothing dropped
    assert (out[1]["start"], out[1]["end"]) == (MAIL.index("Toft, Hans"), MAIL.index("Toft, Hans") + 10)
    assert (out[2]["start"], out[2]["end"]) == (-1, -1)  # starts on the scanner's quote
    assert (out[3]["start"], out[3]["end"]) == (-1, -1)
    assert out[5] == records[5]  # not read as mail: untouched
    assert stats.documents == 1 and stats.mapped == 1 and len(stats.unmapped) == 2


def test_bench_scores_a_mail_shaped_document_end_to_end(tmp_path: Path) -> None:
    """The real CLI reads the document as mail; the harness still scores its names exactly, in the header too."""
    labels = [
        {"start": MAIL.index(n), "end": MAIL.index(n) + len(n), "entity": "PERSON"}
        for n in ("Søren Østergaard", "Toft, Hans", "Åsa Berg", "Esther Bro")
    ]
    tail = MAIL.rindex("Søren Østergaard")
    labels.append({"start": tail, "end": tail + len("Søren Østergaard"), "entity": "PERSON"})
    data = tmp_path / "names.jsonl"
    data.write_text(json.dumps({"id": "m1", "lang": "da", "family": "mail", "text": MAIL, "labels": labels}) + "\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_redteam.py"), "--set", "names", "--data", str(data)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    assert "read as mail by the CLI: 1 documents" in proc.stdout, proc.stdout
    row = next(line for line in proc.stdout.splitlines() if line.startswith("PERSON"))
    gold, found, tp = (int(x) for x in row.split()[1:4])
    assert gold == 5 and tp == 5, proc.stdout  # header names (raw UTF-8 and quoted) and body names all exact
    del found


@pytest.mark.parametrize("lead", ["", "\n\n", "\ufeff"])
def test_leading_blank_lines_and_bom_keep_offsets(lead: str) -> None:
    raw = lead + MAIL
    text, origin = scanned_text(raw)
    start = text.index("Esther Bro")
    span = map_span(origin, start, start + 10)
    assert span is not None and raw[span[0] : span[1]] == "Esther Bro"
