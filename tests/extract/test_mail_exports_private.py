"""Messages exported as JSON or XML (Microsoft Graph / Outlook REST ``GET /messages`` saved to a file, EWS
GetItem XML) are judged like messages from the Graph and EWS sources: a private one makes the file private,
metadata only (promises: private mail is not read, fail closed). Was: read as plain JSON/XML text, the private
message's CPR and diagnosis found. Exports of normal messages and JSON that only has a "sensitivity" number
(a setting) are read as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.mail_messages import CPR, process

BODY = {"contentType": "text", "content": f"Mit CPR er {CPR} og jeg er sygemeldt med depression."}


def _graph(**over: object) -> dict[str, object]:
    message: dict[str, object] = {
        "@odata.etag": 'W/"CQAAABYAAAA"',
        "id": "AAMkAGI2TG93AAA=",
        "subject": "Hej",
        "bodyPreview": "Mit CPR",
        "sensitivity": "normal",
        "categories": [],
        "from": {"emailAddress": {"name": "Jens", "address": "jens@firma.dk"}},
        "toRecipients": [{"emailAddress": {"name": "Kim", "address": "kim@gmail.com"}}],
        "body": BODY,
    }
    message.update(over)
    return message


def _cpr(results: list) -> bool:  # type: ignore[type-arg]
    return any(f.entity_type == "DK_CPR" for r in results for f in r.findings)


PRIVATE_FORMS = {
    "graph": _graph(sensitivity="private"),
    "graph-personal-unknown": _graph(sensitivity="secret"),
    "outlook-rest-v2": {"Subject": "Hej", "Sensitivity": "Private", "Body": {"Content": BODY["content"]}},
    "subject": _graph(subject="Privat: lægen"),
    "category": _graph(categories=["Privat"]),
    "extended-property": _graph(
        sensitivity="normal", singleValueExtendedProperties=[{"id": "Integer 0x36", "value": "2"}]
    ),
}


@pytest.mark.parametrize("form", sorted(PRIVATE_FORMS))
@pytest.mark.parametrize("shape", ["one", "page", "lines"])
def test_a_private_message_in_a_json_export_is_not_read(form: str, shape: str) -> None:
    private = PRIVATE_FORMS[form]
    other = _graph(subject="Moede", body={"contentType": "text", "content": "Vi ses."})
    if shape == "one":
        data = json.dumps(private, ensure_ascii=False).encode()
    elif shape == "page":
        data = json.dumps(
            {
                "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('x')/messages",
                "value": [other, private],
            },
            ensure_ascii=False,
            indent=2,
        ).encode()
    else:
        data = b"\n".join(json.dumps(m, ensure_ascii=False).encode() for m in (other, private))
    results = process(data, name="messages.json")
    assert results[0].private and not _cpr(results), (results[0].mime, results[0].findings)
    assert "exported message" in str(results[0].metadata.get("private_reason"))


def test_a_damaged_json_export_naming_a_sensitivity_is_private() -> None:
    data = json.dumps({"value": [_graph(sensitivity="private")]}).encode()[:-40]
    results = process(data, name="messages.json")
    assert results[0].private and not _cpr(results)


EWS = (
    '<?xml version="1.0" encoding="utf-8"?>\n<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">'
    '<s:Body><m:GetItemResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" '
    'xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"><m:ResponseMessages>'
    '<m:GetItemResponseMessage ResponseClass="Success"><m:Items><t:Message><t:ItemId Id="AAMk" ChangeKey="CQ"/>'
    "<t:Subject>{subject}</t:Subject><t:Sensitivity>{sensitivity}</t:Sensitivity>"
    '<t:Body BodyType="Text">Mit CPR er ' + CPR + " og jeg er syg.</t:Body>{categories}"
    "</t:Message></m:Items></m:GetItemResponseMessage></m:ResponseMessages></m:GetItemResponse></s:Body></s:Envelope>"
)


@pytest.mark.parametrize(
    ("subject", "sensitivity", "categories"),
    [
        ("Hej", "Private", ""),
        ("Hej", "Personal-ish", ""),
        ("Privat: lægen", "Normal", ""),
        ("Hej", "Normal", "<t:Categories><t:String>Privat</t:String></t:Categories>"),
    ],
)
def test_a_private_message_in_ews_xml_is_not_read(subject: str, sensitivity: str, categories: str) -> None:
    data = EWS.format(subject=subject, sensitivity=sensitivity, categories=categories).encode()
    results = process(data, name="item.xml")
    assert results[0].private and not _cpr(results), results[0].mime


def test_exports_of_normal_messages_and_other_json_are_read() -> None:
    page = {"value": [_graph(), _graph(subject="Sag 12", categories=["Kunde"])]}
    assert _cpr(process(json.dumps(page).encode(), name="messages.json"))
    setting = {"sensitivity": 0.8, "gain": 2, "note": f"CPR {CPR}"}  # a setting: no message key in it
    assert _cpr(process(json.dumps(setting).encode(), name="settings.json"))
    ews = EWS.format(subject="Hej", sensitivity="Normal", categories="").encode()
    assert _cpr(process(ews, name="item.xml"))


CSV_HEAD = {
    "en": ("Subject", "Body", "From: (Address)", "Categories", "Sensitivity"),
    "da": ("Emne", "Brødtekst", "Fra: (adresse)", "Kategorier", "Følsomhed"),
    "sv": ("Ämne", "Brödtext", "Från: (adress)", "Kategorier", "Känslighet"),
}


def _csv(lang: str, row: tuple[str, str, str], sep: str = ",", encoding: str = "utf-8") -> bytes:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep)
    writer.writerow(CSV_HEAD[lang])
    writer.writerow(("Moede", "Vi ses.", "kim@firma.dk", "", "Normal"))
    subject, categories, sensitivity = row
    writer.writerow((subject, f"Mit CPR er {CPR} og jeg er syg.", "jens@firma.dk", categories, sensitivity))
    return out.getvalue().encode(encoding)


@pytest.mark.parametrize(
    ("lang", "row", "sep", "encoding"),
    [
        ("en", ("Hej", "", "Private"), ",", "utf-8"),
        ("da", ("Hej", "", "Privat"), ";", "cp1252"),
        ("sv", ("Hej", "", "Privat"), "\t", "utf-8-sig"),
        ("en", ("Hej", "", "Hemmelig"), ",", "utf-8"),
        ("en", ("Privat: lægen", "", "Normal"), ",", "utf-8"),
        ("da", ("Hej", "Kunde;Privat", "Normal"), ";", "utf-8"),
    ],
)
def test_a_private_message_in_an_outlook_csv_export_is_not_read(
    lang: str, row: tuple[str, str, str], sep: str, encoding: str
) -> None:
    """Outlook's "Export to a file" CSV: one message a row, with its Sensitivity column in the language Outlook
    runs in (was: read as plain CSV, the private row's CPR found)."""
    results = process(_csv(lang, row, sep, encoding), name="indbakke.csv")
    assert results[0].private and not _cpr(results), (results[0].mime, results[0].findings)


def test_a_normal_outlook_csv_export_and_other_csv_are_read() -> None:
    assert _cpr(process(_csv("da", ("Hej", "Kunde", "Normal"), ";"), name="indbakke.csv"))
    assert _cpr(process(f"navn,cpr,sensitivity\nJens,{CPR},high\n".encode(), name="x.csv"))  # no subject column


def test_a_large_outlook_csv_export_is_judged_whole_not_streamed(tmp_path: Path) -> None:
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.pipeline import Processor, scan_items
    from pii_scanner.sources.files import file_item

    data = _csv("en", ("Hej", "", "Private"))
    filler = b"".join(b"Moede %d,Vi ses.,kim@firma.dk,,Normal\r\n" % i for i in range(20_000))
    head, _, rest = data.partition(b"\r\n")
    path = tmp_path / "inbox.csv"
    path.write_bytes(head + b"\r\n" + filler + rest)
    config = ScanConfig(workers=1).with_(limits__stream_above=100_000, ner__enabled=False)
    (one,) = Processor.build(config).process(file_item(path))
    (two,) = list(scan_items([file_item(path)], config.with_(workers=2)))
    for result in (one, two):
        assert result.private and not result.findings, result.metadata
