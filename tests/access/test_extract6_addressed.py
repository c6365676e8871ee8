"""A phone or e-mail in a segment the subject's name opens as the addressee of a greeting ("Kære Søren
Østergaard, ring til mig på ...") is the writer's, not the subject's: masked in the pack (session 18,
extract6). In the subject's own text (a signature under their name) it stays theirs."""

from __future__ import annotations

import pytest

from pii_scanner.access import Subject
from pii_scanner.access.attribution import attribute, render_excerpts
from pii_scanner.core.model import Explanation, Finding
from pii_scanner.core.privacy import Fingerprinter

FP = Fingerprinter(b"unit")
NAME = "Søren Østergaard"
PHONE = "70 10 20 30"
MAIL = "sagsbehandler@kommune.dk"


def _shown(text: str) -> str:
    key = Subject.of(name=NAME).key(FP)

    def finding(kind: str, value: str, normalized: str) -> Finding:
        start = text.index(value)
        return Finding(kind, start, start + len(value), 0.9, value, normalized, Explanation("t", "t"))

    found = [finding("PERSON", NAME, NAME.casefold()), finding("PHONE_NUMBER", PHONE, PHONE.replace(" ", ""))]
    if MAIL in text:
        found.append(finding("EMAIL_ADDRESS", MAIL, MAIL))
    verdict = attribute(text, FP, key, found)
    assert verdict.decision == "answer"
    return " ".join(render_excerpts(text, verdict))


@pytest.mark.parametrize(
    "text",
    [
        f"Kære {NAME}, ring til mig på {PHONE} eller skriv til {MAIL} hvis du har spørgsmål.\n",
        f"Hej {NAME},\nRing til os på {PHONE} eller skriv til {MAIL}.\n",
        f"Dear {NAME}, please call {PHONE} or write to {MAIL}.\n",
    ],
)
def test_contact_data_in_a_segment_addressed_to_the_subject_is_masked(text: str) -> None:
    shown = _shown(text)
    assert NAME in shown and PHONE not in shown and MAIL not in shown, shown


@pytest.mark.parametrize(
    "text",
    [
        f"Med venlig hilsen\n{NAME}\nTlf. {PHONE}\n",
        f"Til: {NAME}, tlf. {PHONE}\n",  # an addressee line: the number written with the name is theirs
    ],
)
def test_contact_data_under_or_with_the_subjects_own_name_stays_theirs(text: str) -> None:
    assert PHONE in _shown(text)
