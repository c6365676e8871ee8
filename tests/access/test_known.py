"""The subject's own identifiers found by their digits (any written form, any context words), and the
configuration the access paths run with (no inherited narrowing of what is looked for)."""

from __future__ import annotations

import datetime

import pytest

from pii_scanner.access import Subject
from pii_scanner.access.known import access_config, known_findings, not_verifiable, with_known
from pii_scanner.access.subject import SubjectKey
from pii_scanner.core.config import DEFAULT_ENTITIES, DetectConfig, ScanConfig
from pii_scanner.core.model import FLAG_NOT_READ, FLAG_SKIPPED, Explanation, Finding, Item, ItemResult
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.detect.engine import NAME_PART
from tests.helpers.nordic_numbers import make_cpr, make_personnummer

FP = Fingerprinter(b"known-unit")
CPR = make_cpr(datetime.date(1970, 5, 1), 3)
OTHER = make_cpr(datetime.date(1981, 2, 3), 5)
PNR = make_personnummer(datetime.date(1985, 3, 12), 100)  # 12 digits


def _key(**criteria: str) -> SubjectKey:
    return Subject.of(**criteria).key(FP)


def _dotted(cpr: str) -> str:
    return f"{cpr[:2]}.{cpr[2:4]}.{cpr[4:6]}-{cpr[6:]}"


def _spaced(cpr: str) -> str:
    return " ".join(cpr[i : i + 2] for i in range(0, 10, 2))


CPR_FORMS = [
    CPR,
    f"{CPR[:6]}-{CPR[6:]}",
    f"{CPR[:6]} {CPR[6:]}",
    _spaced(CPR),
    _dotted(CPR),
    f"{CPR[:6]} - {CPR[6:]}",
    f"{CPR[:6]}\u2013{CPR[6:]}",  # en dash, as word processors write it
    f"{CPR[:6]}\u00a0{CPR[6:]}",
    f"{CPR[:2]}/{CPR[2:4]}/{CPR[4:6]}-{CPR[6:]}",
]
# Words that make the detector drop a number (negative context): the subject's own number is theirs all the same.
CONTEXTS = ["Kontonr. {}", "Telefon {}", "Ordrenr {}", "Kundenr.: {}", "Faktura {} betalt", "Medlemsnummer {}"]


@pytest.mark.parametrize("form", CPR_FORMS)
@pytest.mark.parametrize("context", CONTEXTS)
def test_the_subject_cpr_in_every_written_form_and_context(form: str, context: str) -> None:
    text = "Mette Kjærgaard\n" + context.format(form) + "\n"
    found = known_findings(text, FP, _key(cpr=CPR))
    assert [(f.entity_type, f.normalized, text[f.start : f.end]) for f in found] == [("DK_CPR", CPR, form)]


@pytest.mark.parametrize(
    "text",
    [
        f"konto 1{CPR}",  # one more digit: another number
        f"{CPR}7 ordre",
        f"IBAN DK50{CPR}1234",
        f"{CPR[:6]}-{CPR[6:]}9",
        f"{OTHER[:6]}-{OTHER[6:]}",  # someone else's
        f"{CPR[:6]}\n{CPR[6:]}",  # split over two lines: two numbers
        f"{CPR[:6]},{CPR[6:]}",
    ],
)
def test_other_numbers_are_not_the_subject(text: str) -> None:
    assert known_findings(text, FP, _key(cpr=CPR)) == []


def test_personnummer_ten_twelve_and_plus_forms() -> None:
    ten = PNR[2:]
    key = _key(personnummer=PNR)
    for form in (PNR, f"{PNR[:8]}-{PNR[8:]}", f"{ten[:6]}-{ten[6:]}", ten, f"{ten[:6]} {ten[6:]}"):
        found = known_findings(f"Kontonummer {form} stängt", FP, key)
        assert [(f.entity_type, f.normalized, f.value) for f in found] == [("SE_PERSONNUMMER", PNR, form)], form


def test_phone_with_country_code_is_one_match_not_two() -> None:
    key = _key(phone="+45 20 30 40 50")
    for form in ("+45 20 30 40 50", "0045 20304050", "20 30 40 50", "2030-4050"):
        found = known_findings(f"ordre {form} x", FP, key)
        assert [f.value for f in found] == [form], form
        assert found[0].entity_type == "PHONE_NUMBER"


def test_email_and_nothing_without_identifiers() -> None:
    key = _key(email="Mette.K@Example.dk")
    found = known_findings("skriv til mette.k@example.DK i dag", FP, key)
    assert [f.entity_type for f in found] == ["EMAIL_ADDRESS"]
    assert known_findings(f"Mette Kjærgaard {CPR}", FP, _key(name="Mette Kjærgaard")) == []


def test_in_the_item_name_offsets_index_the_name() -> None:
    name = f"konto_{CPR}.pdf"
    (found,) = known_findings(name, FP, _key(cpr=CPR), part=NAME_PART)
    assert (found.part, name[found.start : found.end]) == (NAME_PART, CPR)


def _f(kind: str, start: int, end: int, part: str | None = "body") -> Finding:
    return Finding(kind, start, end, 0.4, "x", "x", Explanation("r", "p"), part=part)


def test_with_known_replaces_what_the_detector_read_over_the_number() -> None:
    known = [_f("DK_CPR", 10, 20, None)]
    phone, name, later, in_name = (
        _f("PHONE_NUMBER", 8, 20),
        _f("PERSON", 0, 9),
        _f("EMAIL_ADDRESS", 25, 30),
        _f("DK_CPR", 10, 20, NAME_PART),
    )
    assert with_known([phone, name, later, in_name], known) == [name, later, in_name, *known]
    assert with_known([phone], []) == [phone]


def test_access_config_drops_the_sweeps_narrowing_keeps_its_limits() -> None:
    narrowed = ScanConfig().with_(
        detect__entities=("EMAIL_ADDRESS", "PERSON"), detect__min_score=0.99, limits__max_file_size=10
    )
    cfg = access_config(narrowed)
    assert set(DEFAULT_ENTITIES) <= set(cfg.detect.entities) and cfg.detect.min_score == DetectConfig().min_score
    assert cfg.limits.max_file_size == 10 and cfg.workers == 1
    assert access_config(ScanConfig().with_(detect__min_score=0.2)).detect.min_score == 0.2  # lower stays


def test_not_verifiable_says_why() -> None:
    item = Item("file:///x", "/x")
    assert not_verifiable(ItemResult(item=item)) is None
    assert not_verifiable(ItemResult(item=item, error="file larger than 10 bytes")) == "unreadable"
    assert not_verifiable(ItemResult(item=item, flags=[FLAG_NOT_READ])) == "unreadable"
    assert not_verifiable(ItemResult(item=item, flags=[FLAG_SKIPPED])) == "skipped"
