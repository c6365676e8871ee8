"""repr() and str() of the library's result types carry no plaintext: they land in notebooks,
logs and tracebacks. Values are masked as in scan output, names and locations scrubbed, text and
bytes shown by their length only."""

from __future__ import annotations

import datetime
import pickle
from pathlib import Path

from pii_scanner.api import scan
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Explanation, Extracted, Finding, Item, ItemResult, MailMeta, PartPiece, TextPart
from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1961, 7, 7), 42)
DASHED = f"{CPR[:6]}-{CPR[6:]}"
ADDRESS = "jens.hansen@example.dk"
SECRET_WORDS = ("Diagnose", "Hansen", "jens.hansen")


def _clean(text: str) -> None:
    for form in (CPR, DASHED, CPR[6:], ADDRESS, *SECRET_WORDS):
        assert form not in text, (form, text)


def test_every_result_type_masks_its_repr_and_str() -> None:
    mail = MailMeta(
        subject=f"Diagnose for Hansen {DASHED}",
        sender=f"Jens Hansen <{ADDRESS}>",
        to=(ADDRESS,),
        folder=f"Inbox/{CPR}",
        mailbox=ADDRESS,
    )
    item = Item(
        location=f"file:///srv/Sag%20{CPR}/{ADDRESS}.txt",
        path=f"/srv/Sag {CPR}/{ADDRESS}.txt",
        name=f"{ADDRESS}.txt",
        data=f"Diagnose {DASHED}".encode(),
        mail=mail,
        source_error=f"cannot read {CPR}",
        metadata={"folder": f"Inbox/{CPR}"},
    )
    finding = Finding("DK_CPR", 9, 20, 1.0, DASHED, CPR, Explanation("r", "p"), part="body")
    email = Finding("EMAIL_ADDRESS", 0, 22, 0.9, ADDRESS, ADDRESS, Explanation("r", "p"))
    result = ItemResult(item=item, findings=[finding, email], error=f"broken part in {CPR}", parent=item.location)
    extracted = Extracted("text/plain", parts=[TextPart(f"Diagnose {DASHED}", label=f"sheet:{CPR}")], mail=mail)
    piece = PartPiece(f"Diagnose {DASHED}", label="body", error=f"page of {CPR}")
    for thing in (mail, item, finding, email, result, extracted, piece, extracted.parts[0]):
        _clean(repr(thing))
        _clean(str(thing))
    assert "DK_CPR '070761-XXXX'" in repr(finding) and "9:20" in repr(finding)
    assert f"<{len(item.data or b'')} bytes>" in repr(item)


def test_the_masked_repr_changes_nothing_else() -> None:
    finding = Finding("DK_CPR", 0, 10, 1.0, CPR, CPR, Explanation("r", "p"))
    assert finding.value == CPR and finding == pickle.loads(pickle.dumps(finding))
    item = Item(location=f"file:///x/{CPR}.txt", path=f"/x/{CPR}.txt")
    assert pickle.loads(pickle.dumps(item)).location == item.location


def test_results_of_a_library_scan_print_no_plaintext(tmp_path: Path) -> None:
    (tmp_path / f"løn_{CPR}.txt").write_text(f"Jens Hansen, CPR {DASHED}, {ADDRESS}\n", encoding="utf-8")
    (tmp_path / f"broken_{CPR}.pdf").write_bytes(b"%PDF-1.4 broken")
    (tmp_path / f"{ADDRESS}.txt").write_text(f"CPR {DASHED}\n", encoding="utf-8")  # its location says %40
    results = list(scan([tmp_path], ScanConfig(workers=1)))
    assert results and any(r.findings for r in results) and any(r.error for r in results)
    for result in results:
        _clean(repr(result))
        _clean(str(result))
        for finding in result.findings:
            _clean(repr(finding))


def test_a_subject_of_an_access_request_prints_no_criteria() -> None:
    from pii_scanner.access import Subject

    subject = Subject.of(cpr=DASHED, name="Jens Hansen", email=ADDRESS)
    _clean(repr(subject))
    _clean(str(subject))
    assert "cpr=<1>" in repr(subject) and subject.cpr == (DASHED,)
