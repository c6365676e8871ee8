"""Other people named in lower case in the subject's own line (red team dutyred, session 17): the offline
recogniser takes capitalised words only, so "hr. jensen", "kollegaen p. hansen", "dr. lise nielsens" were
shown in the pack with what the line says of them. A known name word right after a title or an initial
(or after such a name) is masked; ordinary lower-case words and the subject's own name stay."""

from __future__ import annotations

import pytest

from pii_scanner.access import Subject
from pii_scanner.access.attribution import attribute, render_excerpts
from pii_scanner.core.model import Explanation, Finding
from pii_scanner.core.privacy import Fingerprinter

FP = Fingerprinter(b"unit")
OWN = "120385-1002"


def _shown(text: str) -> str:
    key = Subject.of(cpr=OWN, name="Søren Østergaard").key(FP)
    start = text.index(OWN)
    mine = Finding("DK_CPR", start, start + len(OWN), 0.9, OWN, OWN.replace("-", ""), Explanation("t", "t"))
    name = Finding("PERSON", 0, 16, 0.9, "Søren Østergaard", "søren østergaard", Explanation("t", "t"))
    return " ".join(render_excerpts(text, attribute(text, FP, key, [name, mine])))


@pytest.mark.parametrize(
    ("other", "gone"),
    [
        ("kollegaen p. hansen", "hansen"),
        ("hr. jensen", "jensen"),
        ("fru mette kjærgaard", "kjærgaard"),
        ("dr. lise nielsens", "nielsens"),
        ("lægen dr. lise nielsen", "lise"),
    ],
)
def test_a_lower_case_name_after_a_title_or_initial_is_masked(other: str, gone: str) -> None:
    text = f"Søren Østergaard, {OWN}, ringede. Han sagde at {other} var syg med kræft.\n"
    shown = _shown(text)
    assert OWN in shown and "Søren Østergaard" in shown
    assert gone not in shown and "[NAME]" in shown, shown


def test_ordinary_lower_case_words_stay() -> None:
    text = f"Søren Østergaard, {OWN}, ringede. Han sagde at han var syg og at alt var i orden.\n"
    assert _shown(text) == text.strip()
