"""Another person's identifier, phone or e-mail percent-encoded in a link in the subject's own line
(red team dutyred2, session 20): `cpr=150582%2D4321`, `2233%204455`, `jens.hansen%40example.dk` were shown
in the pack as written, since the fail-closed masking read only plain digit runs and addresses. They are
`[NUMBER]` / `[E-MAIL]`; the subject's own values, dates and plain words of the link stay."""

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
    ("link", "gone", "shown_as"),
    [
        ("https://crm.example.dk/k?cpr=230479%2D1007&x=1", "1007", "[NUMBER]"),
        ("https://crm.example.dk/k?cpr=230479%2d1007", "1007", "[NUMBER]"),
        ("tel:2233%204455", "4455", "[NUMBER]"),
        ("tel:%2B45%2022%2033%2044%2055", "44%2055", "[NUMBER]"),
        ("mailto:jens.hansen%40example.dk", "jens.hansen", "[E-MAIL]"),
        ("https://x.dk/?to=jens.hansen%2540example.dk", "jens.hansen", "[E-MAIL]"),
    ],
)
def test_another_persons_encoded_values_are_masked(link: str, gone: str, shown_as: str) -> None:
    text = f"Søren Østergaard, {OWN}, bad os se på {link} i går.\n"
    shown = _shown(text)
    assert OWN in shown and "Søren Østergaard" in shown
    assert gone not in shown and shown_as in shown, shown


def test_dates_and_plain_links_stay() -> None:
    text = f"Søren Østergaard, {OWN}, se https://x.dk/?fra=2024%2D01%2D31&q=s%C3%B8g%20her i går.\n"
    assert _shown(text) == text.strip()
