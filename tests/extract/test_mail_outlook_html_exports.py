"""Outlook's "Save As" HTML of a private message (the header fields as bold labels above the body, in
English, Danish or Swedish) is a private message and not read; an ordinary page, and the export of a
normal message, are read. Was: text/html read whole, CPR and diagnosis found."""

from __future__ import annotations

import pytest

from tests.helpers.mail_messages import CPR, process

LABELS = {
    "en": ("From", "Sent", "To", "Subject", "Sensitivity", "Private"),
    "da": ("Fra", "Sendt", "Til", "Emne", "Følsomhed", "Privat"),
    "sv": ("Från", "Skickat", "Till", "Ämne", "Känslighet", "Privat"),
}


def _page(language: str, value: str | None = None) -> bytes:
    frm, sent, to, subject, sens, private = LABELS[language]
    fields = [(frm, "Jens Hansen"), (sent, "1 December 2025 10:00"), (to, "Kim Larsen"), (subject, "Læge")]
    fields.append((sens, value or private))
    head = "<br>".join(f"<b>{k}:</b> {v}" for k, v in fields)
    return (
        f'<html><head><meta charset="utf-8"></head><body><p class="MsoNormal">{head}</p>'
        f"<div><p>Mit CPR er {CPR} og jeg har diabetes.</p></div></body></html>"
    ).encode()


def _cpr(results: list) -> bool:  # type: ignore[type-arg]
    return any(f.entity_type == "DK_CPR" for r in results for f in r.findings)


@pytest.mark.parametrize("language", sorted(LABELS))
def test_an_outlook_html_export_of_a_private_message_is_not_read(language: str) -> None:
    results = process(_page(language), name="besked.htm")
    assert results[0].private and not _cpr(results)


def test_a_normal_export_and_an_ordinary_page_are_read() -> None:
    assert _cpr(process(_page("en", "Normal"), name="besked.htm"))
    page = f"<html><body><h1>Subject: Privatlivspolitik</h1><p>Kontakt os, CPR {CPR}.</p></body></html>"
    assert _cpr(process(page.encode(), name="side.html"))
