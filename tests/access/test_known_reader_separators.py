"""The subject's own number written with a separator the detector reads between digits but the fingerprint matcher
did not (a soft hyphen, a thin or figure space, a zero-width space, joiner or word joiner, a BOM inside it), where
the detector declines it ("Kontonummer 070761\u00ad4285": a negative context word): `verify-erasure` said "clean",
`search --live` and the erasure ledger's check of restored copies missed it. The matcher reads them as the
detector does; the pack's fail-closed masking of other people's numbers reads them too."""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path

import pytest

from pii_scanner.access import Subject
from pii_scanner.access.attribution import attribute, render_excerpts
from pii_scanner.core.model import Explanation, Finding
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.detect.known import find_known
from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1961, 7, 7), 2)
OTHER = make_cpr(datetime.date(1979, 4, 23), 3)
WHY = Explanation(recognizer="test", pattern="known")
FORMS = {
    "soft hyphen": f"{CPR[:6]}\u00ad{CPR[6:]}",
    "thin space": f"{CPR[:6]}\u2009{CPR[6:]}",
    "figure space": f"{CPR[:6]}\u2007{CPR[6:]}",
    "zero-width space inside": f"{CPR[:4]}\u200b{CPR[4:]}",
    "zero-width joiner inside": f"{CPR[:6]}-{CPR[6:8]}\u200d{CPR[8:]}",
    "word joiner": f"{CPR[:6]}\u2060-{CPR[6:]}",
    "bom": f"{CPR[:6]}\ufeff{CPR[6:]}",
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_the_subjects_number_is_met_as_the_detector_reads_it(form: str) -> None:
    fp = Fingerprinter(b"k" * 32)
    text = f"Kontonummer {FORMS[form]} til udbetaling"
    found = find_known(text, fp, {"cpr": {fp(CPR)}}, WHY)
    assert [(f.entity_type, f.value) for f in found] == [("DK_CPR", FORMS[form])]


def test_verify_erasure_is_not_clean_over_a_soft_hyphened_number(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "a.txt").write_text(f"Kontonummer {FORMS['soft hyphen']} til udbetaling\n", encoding="utf-8")
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "i.db"}"\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{share}"]\n',
        encoding="utf-8",
    )
    run = subprocess.run(
        [*cli, "verify-erasure", "--config", str(config), "--cpr", CPR], capture_output=True, text=True
    )
    assert run.returncode == 1 and json.loads(run.stdout)["status"] == "traces_remain", run.stdout + run.stderr


@pytest.mark.parametrize("sep", ["\u2009", "\u2007", "\u200b", "\u00ad"])
def test_the_pack_masks_another_persons_number_written_so(sep: str) -> None:
    fp = Fingerprinter(b"unit")
    own = f"{CPR[:6]}-{CPR[6:]}"
    text = f"Søren Østergaard, {own}, kontonummer {OTHER[:6]}{sep}{OTHER[6:]} i går.\n"
    key = Subject.of(cpr=own, name="Søren Østergaard").key(fp)
    start = text.index(own)
    mine = Finding("DK_CPR", start, start + len(own), 0.9, own, CPR, Explanation("t", "t"))
    name = Finding("PERSON", 0, 16, 0.9, "Søren Østergaard", "søren østergaard", Explanation("t", "t"))
    shown = " ".join(render_excerpts(text, attribute(text, fp, key, [name, mine])))
    assert own in shown and OTHER[6:] not in shown, shown
