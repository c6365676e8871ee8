"""Every written form of an identifier that the detector finds in a file's text is masked when the same
form is the file's, folder's or archive member's name: in `scan` output, in the index and its files.
The forms are not listed in the masker by hand here: each is first checked to be a finding in text."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from pii_scanner.core.privacy import scrub_location
from tests.extract.extract_helpers import scan_file

NATIONAL = {"DK_CPR", "SE_PERSONNUMMER", "NO_FODSELSNUMMER"}


def _no_number(date6: str) -> str:
    """A valid Norwegian fødselsnummer for the date: the first individual number whose checks work."""
    for ind in range(100, 500):
        d = [int(c) for c in f"{date6}{ind}"]
        k1 = (11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), d, strict=False)) % 11) % 11
        k2 = (11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), [*d, k1], strict=False)) % 11) % 11
        if k1 < 10 and k2 < 10:
            return f"{date6}{ind}{k1}{k2}"
    raise AssertionError(date6)


NO = _no_number("051157")
# (written form, the serial that must not be readable, the word that names it in the text)
FORMS = [
    *(
        (f, "4285", "CPR-nr.")
        for f in (
            "0707614285",
            "070761-4285",
            "07.07.61-4285",
            "07-07-61-4285",
            "07 07 61 4285",
            "07 07 61 42 85",
            "07.07.61 4285",
            "070761 - 4285",
            "070761\u20134285",
            "070761\u00a04285",
            "0707 61 42 85",
        )
    ),
    *(
        (f, "9876", "personnummer")
        for f in ("811218-9876", "19811218-9876", "19 81 12 18 98 76", "1981 1218 9876", "811218+9876")
    ),
    *(
        (f, NO[6:], "fødselsnummer")
        for f in (
            NO,
            f"{NO[:6]} {NO[6:]}",
            f"{NO[:2]}.{NO[2:4]}.{NO[4:6]} {NO[6:]}",
            f"{NO[:2]}-{NO[2:4]}-{NO[4:6]}-{NO[6:]}",
        )
    ),
]


def _serial_readable(shown: str, serial: str) -> bool:
    digits = "".join(c for c in shown.rsplit("/", 1)[-1] if c.isdigit())
    return serial in digits


@pytest.mark.parametrize(("form", "serial", "word"), FORMS, ids=[f[0] for f in FORMS])
def test_a_form_found_in_text_is_masked_in_the_name(tmp_path: Path, form: str, serial: str, word: str) -> None:
    path = tmp_path / f"f_{form}.txt"
    path.write_text(f"Kunde Jens Hansen, {word} {form} (kopi)\n", encoding="utf-8")
    (result,) = scan_file(path)
    found = [f for f in result.findings if f.entity_type in NATIONAL]
    if not found:
        pytest.skip(f"{form!r} is not read in text either")  # the promise covers what the detector reads
    shown = scrub_location(result.item.location) or ""
    assert not _serial_readable(shown, serial), shown


def test_the_forms_of_the_red_team_are_findings_in_text(tmp_path: Path) -> None:
    """Guards the test above against skipping everything: these forms are read in text today."""
    for form in ("07.07.61-4285", "07-07-61-4285", "07 07 61 4285"):
        path = tmp_path / f"t{len(form)}.txt"
        path.write_text(f"Kunde Jens Hansen, CPR-nr. {form} (kopi)\n", encoding="utf-8")
        assert any(f.entity_type == "DK_CPR" for r in scan_file(path) for f in r.findings), form


def test_dated_forms_in_folder_and_member_names_never_reach_output_or_index(cli: list[str], tmp_path: Path) -> None:
    share = tmp_path / "share"
    folder = share / "dir_07.07.61-4285"
    folder.mkdir(parents=True)
    (folder / "07-07-61-4285.txt").write_text("CPR-nr. 07-07-61-4285\n", encoding="utf-8")
    with zipfile.ZipFile(share / "a.zip", "w") as z:
        z.writestr("m_07.07.61-4285/07 07 61 4285.txt", "CPR-nr. 07.07.61-4285")
    proc = subprocess.run([*cli, "scan", "--no-ner", str(share)], capture_output=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    assert sum(r["record"] == "finding" for r in lines) >= 2
    for leak in ("61-4285", "61 4285", "61%204285"):
        assert leak not in proc.stdout.decode("utf-8"), leak
    db = tmp_path / "idx.sqlite3"
    swept = subprocess.run([*cli, "sweep", "--no-ner", str(share), "--db", str(db)], capture_output=True, timeout=180)
    assert swept.returncode in (0, 1), swept.stderr
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("idx.sqlite3*"))
    for raw in (b"61-4285", b"61 4285", b"61%204285"):
        assert raw not in stored and raw not in swept.stderr, raw
