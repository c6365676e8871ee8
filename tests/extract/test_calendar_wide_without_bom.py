"""A calendar or contact file in UTF-16 or UTF-32 without a byte order mark (PowerShell, .NET) is known as a
calendar, so a CLASS:PRIVATE entry is not read. Was: libmagic called it data, the strings reader (UTF-16) or
the text reader (UTF-32) read it and found the private entry's CPR. A public one is read as before."""

from __future__ import annotations

import pytest

from tests.helpers.mail_messages import CPR, process

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Laege\r\nCLASS:{cls}\r\n"
    "DESCRIPTION:CPR {cpr} syg\r\nDTSTART:20250101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
VCF = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jens Hansen\r\nCLASS:{cls}\r\nNOTE:CPR {cpr}\r\nEND:VCARD\r\n"


def _cpr(results: list) -> bool:  # type: ignore[type-arg]
    return any(f.entity_type == "DK_CPR" for r in results for f in r.findings)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
@pytest.mark.parametrize(("template", "name"), [(ICS, "kalender.ics"), (VCF, "kontakt.vcf")])
def test_a_private_entry_in_a_wide_calendar_without_a_mark_is_not_read(template: str, name: str, encoding: str) -> None:
    results = process(template.format(cls="PRIVATE", cpr=CPR).encode(encoding), name=name)
    assert results[0].private and not _cpr(results), (results[0].mime, encoding)
    public = process(template.format(cls="PUBLIC", cpr=CPR).encode(encoding), name=name)
    assert not public[0].private and _cpr(public), (public[0].mime, encoding)
