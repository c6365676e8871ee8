"""Special categories, document types, risk and languages set by the content hooks."""

from __future__ import annotations

import pytest

from pii_scanner.classify.content import build_hooks
from pii_scanner.classify.doc_types import load_doc_types
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import (
    FLAG_SPECIAL_CATEGORY,
    Explanation,
    Extracted,
    Finding,
    Item,
    ItemResult,
    MailMeta,
    TextPart,
)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Ansøgning om stillingen som bogholder. Jeg søger hermed stillingen.", "", "job_application"),
        ("Erhvervserfaring\n2019-: Revisor\nUddannelse\nKompetencer\nReferencer", "CV_2024.pdf", "cv"),
        ("LØNSEDDEL\nBruttoløn 30.000\nAM-bidrag 2.400\nA-skat 7.000\nNettoløn", "", "payslip"),
        ("Lönespecifikation\nBruttolön 35 000\nPreliminär skatt 9 000\nNettolön", "", "payslip"),
        ("Årsopgørelse 2023 fra Skattestyrelsen. Personlig indkomst", "", "tax_assessment"),
        ("Beslut om slutlig skatt från Skatteverket. Kvarskatt", "", "tax_assessment"),
        ("Lægeerklæring: patienten er sygemeldt. Diagnose: ...", "", "medical_certificate"),
        ("Utdrag ur belastningsregistret. Inga uppgifter", "", "criminal_record_certificate"),
        ("Ansættelseskontrakt. Prøvetid 3 måneder. Opsigelsesvarsel", "", "employment_contract"),
        ("Faktura nr 1234\nFakturadato 1/3\nForfaldsdato 15/3\nBeløb i alt 1.250 kr inkl. moms", "", "invoice"),
        ("Kundekendskab efter hvidvaskloven: kopi af pas og reelle ejere", "", "aml_kyc"),
        ("Hej, vi ses i morgen til frokost.", "", None),
    ],
)
def test_doc_types(text: str, name: str, expected: str | None) -> None:
    assert load_doc_types().classify(text, name) == expected


def _finding(entity: str, start: int = 0) -> Finding:
    return Finding(entity, start, start + 10, 0.9, "x", "x", Explanation("test", "test"))


def run_hooks(result: ItemResult, text: str) -> ItemResult:
    extracted = Extracted(mime="text/plain", parts=[TextPart(text)])
    for hook in build_hooks(ScanConfig()):
        hook(result, extracted)
    return result


def test_hooks_set_categories_flag_doc_type_languages_and_risk() -> None:
    text = "Lægeerklæring\n\nJens Hansen er sygemeldt med depression. Diagnose stillet af egen læge."
    result = run_hooks(ItemResult(item=Item("file:///x.txt", "/x.txt", name="x.txt")), text)
    assert result.categories == ["health"]
    assert FLAG_SPECIAL_CATEGORY in result.flags
    assert result.doc_type == "medical_certificate"
    assert result.languages == ["da"]
    assert result.risk == "medium"  # special category only


def test_high_risk_national_id_special_category_unencrypted_external_mail() -> None:
    mail = MailMeta(sender="a@firma.dk", to=("b@gmail.com",))
    result = ItemResult(
        item=Item("imap://x/1", "imap://x", mail=mail), external_recipients=True, findings=[_finding("DK_CPR")]
    )
    run_hooks(result, "Jens Hansen er sygemeldt, cpr nr. følger.")
    assert result.risk == "high"
    assert result.risk_reasons == ["national_id", "special_category:health", "unencrypted_external_mail"]


def test_low_risk_without_personal_data() -> None:
    result = run_hooks(ItemResult(item=Item("file:///y.txt", "/y.txt")), "Kantinens menu for uge 12.")
    assert (result.risk, result.risk_reasons, result.categories, result.doc_type) == ("low", [], [], None)


def test_many_national_ids_on_removable_media() -> None:
    result = ItemResult(
        item=Item("file:///usb/l.csv", "/usb/l.csv", origin="removable"),
        findings=[_finding("DK_CPR", i * 20) for i in range(12)],
        flags=["removable_media"],
    )
    run_hooks(result, "Liste")
    assert result.risk == "high"
    assert result.risk_reasons == ["national_id", "many_national_ids", "removable_media"]


def test_no_parts_no_classification() -> None:
    result = ItemResult(item=Item("file:///z.bin", "/z.bin"))
    for hook in build_hooks(ScanConfig()):
        hook(result, Extracted(mime="application/octet-stream"))
    assert result.categories == [] and result.languages == [] and result.risk == "low"


def test_person_document_types_need_somebody_identified() -> None:
    template = "Lægeerklæring\nPatienten er sygemeldt. Diagnose: ...\nUdfyldes af lægen."
    blank = run_hooks(ItemResult(item=Item("file:///t.txt", "/t.txt")), template)
    assert blank.doc_type is None and blank.categories == []
    named = ItemResult(item=Item("file:///c.txt", "/c.txt"), findings=[_finding("DK_CPR")])
    assert run_hooks(named, template).doc_type == "medical_certificate"
    invoice = "Faktura nr 1234\nFakturadato 1/3\nForfaldsdato 15/3\nBeløb i alt 1.250 kr inkl. moms"
    assert run_hooks(ItemResult(item=Item("file:///f.txt", "/f.txt")), invoice).doc_type == "invoice"


def test_doc_type_and_risk_follow_the_category_evidence() -> None:
    # The same words: about a topic with a contact named (no evidence), then about that person.
    topic = "Lægeerklæring\n\nKurset om stress og sygemelding holdes i marts. Kontakt Jens Hansen."
    about = "Lægeerklæring\n\nJens Hansen er sygemeldt med stress."
    none = run_hooks(ItemResult(item=Item("file:///a.txt", "/a.txt")), topic)
    assert none.category_evidence == [] and none.categories == []
    assert not any(r.startswith("special_category") for r in none.risk_reasons)
    assert none.doc_type is None  # a medical certificate only when somebody is identified
    some = run_hooks(ItemResult(item=Item("file:///b.txt", "/b.txt")), about)
    assert {e["category"] for e in some.category_evidence} == set(some.categories) == {"health"}
    assert "special_category:health" in some.risk_reasons
    assert some.doc_type == "medical_certificate"


def test_evidence_carries_a_masked_excerpt_unless_contexts_are_off() -> None:
    text = "Notat\n\nSana Malik (sana.malik@example.dk, tlf. 20 12 34 56) er sygemeldt med stress."
    result = run_hooks(ItemResult(item=Item("file:///e.txt", "/e.txt")), text)
    (evidence,) = result.category_evidence
    assert "sygemeldt med stress" in evidence["excerpt"]
    for plain in ("Sana", "Malik", "sana.malik", "20 12 34 56"):
        assert plain not in evidence["excerpt"]
    quiet = ItemResult(item=Item("file:///e.txt", "/e.txt"))
    extracted = Extracted(mime="text/plain", parts=[TextPart(text)])
    for hook in build_hooks(ScanConfig().with_(output__context_chars=0)):
        hook(quiet, extracted)
    assert quiet.categories == ["health"] and "excerpt" not in quiet.category_evidence[0]
