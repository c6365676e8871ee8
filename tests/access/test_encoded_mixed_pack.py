"""A base64 blob or a percent-encoded run in the subject's own line that holds the subject's own value AND
another person's: the subject's value made the whole blob "theirs", so the pack showed it as written and
the other person's CPR or address was readable by decoding it; a percent-encoded run joining the two
numbers ("120385%2D1002%2F2304791007") showed the other number. The blob is masked and says which of the
subject's own values it holds; the other number in a run is masked. These run the pack's own excerpt path
(the file re-read, the subject's values found by their fingerprints, attribution, rendering)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from pii_scanner.access import Subject
from pii_scanner.access.excerpts import build_excerpts
from pii_scanner.access.results import Hit
from pii_scanner.core.privacy import Fingerprinter
from tests.access.access_env import CFG

FP = Fingerprinter(b"unit")
OWN = "120385-1002"
OTHER = "230479-1007"


def _b64(plain: str) -> str:
    return base64.b64encode(plain.encode("utf-8")).decode("ascii")


def _pack_excerpts(tmp_path: Path, text: str) -> str:
    path = tmp_path / "notat.txt"
    path.write_text(text, encoding="utf-8")
    lk = FP("location:" + path.absolute().as_uri())
    hit = Hit(lk, lk, "notat.txt", str(path), "drev", "", "")
    key = Subject.of(cpr=OWN, name="Søren Østergaard").key(FP)
    out = build_excerpts(FP, key, [hit], config_path=None, config=CFG)
    assert out.decisions[lk][0] == "answer", out
    return " ".join(out.by_item[lk])


@pytest.mark.parametrize(
    "plain",
    [
        f"Kunde {OWN} og {OTHER} er oprettet",
        f"{OWN} skriv til jens.hansen@example.dk",
        f"{OWN.replace('-', '')} / {OTHER.replace('-', '')}",
        f"Kunde {OWN}, kontakt Jens Hansen",
    ],
)
def test_a_blob_with_the_subjects_value_and_anothers_is_masked_and_says_so(tmp_path: Path, plain: str) -> None:
    blob = _b64(plain)
    shown = _pack_excerpts(tmp_path, f'Søren Østergaard, {OWN}, eksport: {{"doc": "{blob}"}} i går.\n')
    assert blob not in shown, shown
    # No piece of the blob long enough to decode to the other person's value stays either.
    assert not any(blob[i : i + 8] in shown for i in range(0, len(blob) - 8)), shown
    assert "[ENCODED" in shown and "another person" in shown, shown
    # The subject's own value, decoded, is still theirs to read.
    assert f"{OWN.replace('-', '')}" in shown.replace("-", ""), shown


def test_a_blob_holding_only_the_subjects_value_stays(tmp_path: Path) -> None:
    blob = _b64(f"Kunde {OWN} er oprettet")
    text = f'Søren Østergaard, {OWN}, eksport: {{"doc": "{blob}"}} i går.\n'
    assert _pack_excerpts(tmp_path, text) == text.strip()


@pytest.mark.parametrize(
    ("run", "gone"),
    [
        ("120385%2D1002%2F2304791007", "2304791007"),
        ("120385%2D1002%20230479%2D1007", "1007"),
        ("120385%2D1002%2C230479%2D1007", "1007"),
    ],
)
def test_a_percent_run_joining_the_subjects_number_and_anothers_masks_the_other(
    tmp_path: Path, run: str, gone: str
) -> None:
    shown = _pack_excerpts(tmp_path, f"Søren Østergaard, link https://x.dk/?q={run} i går.\n")
    assert "120385%2D1002" in shown, shown
    assert gone not in shown.replace("120385%2D1002", ""), shown
    assert "[NUMBER]" in shown, shown


def test_a_blob_naming_another_person_is_masked_and_one_naming_the_subject_stays(tmp_path: Path) -> None:
    other = _b64("Kontakt Jens Hansen i morgen")
    shown = _pack_excerpts(tmp_path, f'Søren Østergaard, {OWN}, eksport: {{"doc": "{other}"}} i går.\n')
    assert other not in shown and "[ENCODED]" in shown, shown
    mine = _b64("Notat om Søren Østergaard")
    text = f'Søren Østergaard, {OWN}, eksport: {{"doc": "{mine}"}} i går.\n'
    assert _pack_excerpts(tmp_path, text) == text.strip()
