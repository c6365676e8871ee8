"""Calendar items and contacts marked private (iCalendar/vCalendar ``CLASS:PRIVATE``, vCard ``CLASS``) are
not read: an appointment marked private in Outlook is the same mark as a private message's, exported to
an .ics/.vcs file, sent as an invitation or kept in a zip. Each case plants a CPR in the private entry."""

from __future__ import annotations

import base64
import io
import zipfile

import pytest

from pii_scanner.core.model import ItemResult
from tests.helpers.mail_messages import CONFIG, CPR, process

EVENT = (
    "BEGIN:VEVENT\r\nUID:{uid}@firma.dk\r\n{mark}SUMMARY:{summary}\r\nDESCRIPTION:Mit CPR er {cpr}\r\nEND:VEVENT\r\n"
)


def _event(mark: str = "", summary: str = "Lægebesøg", uid: int = 1, cpr: str = CPR) -> str:
    return EVENT.format(mark=mark, summary=summary, uid=uid, cpr=cpr)


def _calendar(*events: str, head: str = "", version: str = "2.0") -> str:
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:{version}\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        + head
        + "".join(events)
        + "END:VCALENDAR\r\n"
    )


def _cprs(results: list[ItemResult]) -> int:
    return sum(1 for r in results for f in r.findings if f.entity_type == "DK_CPR")


PRIVATE_CALENDARS: dict[str, bytes] = {
    "CLASS:PRIVATE": _calendar(_event("CLASS:PRIVATE\r\n")).encode(),
    "lower case": _calendar(_event("class:private\r\n")).encode().lower(),
    "with a parameter": _calendar(_event('CLASS;X-NOTE="a:b":PRIVATE\r\n')).encode(),
    "folded": _calendar(_event("CL\r\n ASS:PRI\r\n\tVATE\r\n")).encode(),
    "unknown value (RFC 5545: as PRIVATE)": _calendar(_event("CLASS:X-HEMMELIG\r\n")).encode(),
    "empty value": _calendar(_event("CLASS:\r\n")).encode(),
    "two values": _calendar(_event("CLASS:PUBLIC,PRIVATE\r\n")).encode(),
    "public then private": _calendar(_event("CLASS:PUBLIC\r\nCLASS:PRIVATE\r\n")).encode(),
    "calendar-wide access": _calendar(_event(), head="X-CALENDARSERVER-ACCESS:PRIVATE\r\n").encode(),
    "summary marked privat": _calendar(_event(summary="Privat: tandlæge")).encode(),
    "vCalendar 1.0": _calendar(_event("CLASS:PRIVATE\r\n"), version="1.0").encode(),
    "LF line ends": _calendar(_event("CLASS:PRIVATE\r\n")).replace("\r\n", "\n").encode(),
    "byte order mark and blank lines": b"\xef\xbb\xbf\r\n\r\n" + _calendar(_event("CLASS:PRIVATE\r\n")).encode(),
    "UTF-16": _calendar(_event("CLASS:PRIVATE\r\n")).encode("utf-16"),
    "vCard": f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jens\r\nCLASS:PRIVATE\r\nNOTE:CPR {CPR}\r\nEND:VCARD\r\n".encode(),
    "cut short": _calendar(_event("CLASS:PRIVATE\r\n")).encode()[:-30],
}
PUBLIC_CALENDARS: dict[str, bytes] = {
    "no CLASS": _calendar(_event()).encode(),
    "CLASS:PUBLIC": _calendar(_event("CLASS:PUBLIC\r\n")).encode(),
    "CLASS:CONFIDENTIAL (not in private_sensitivities)": _calendar(_event("CLASS:CONFIDENTIAL\r\n")).encode(),
    "summary Privatkunder": _calendar(_event(summary="Privatkunder Q3")).encode(),
    "vCard without CLASS": f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jens\r\nNOTE:CPR {CPR}\r\nEND:VCARD\r\n".encode(),
}


def _zip(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(name, data)
    return buf.getvalue()


def _mail_with(part_headers: str, data: bytes, alternative: bool = False) -> bytes:
    """A normal message carrying a calendar part: inline in multipart/alternative (an invitation, its text
    body repeating the event's description) or as an attached file."""
    head = (
        "From: Jens <jens@firma.dk>\r\nTo: Lise <lise@firma.dk>\r\nSubject: Aftale\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: multipart/{'alternative' if alternative else 'mixed'}; boundary=XX\r\n\r\n"
        f"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMit CPR er {CPR}\r\n"
        f"--XX\r\n{part_headers}\r\n\r\n"
    ).encode()
    return head + data + b"\r\n--XX--\r\n"


@pytest.mark.parametrize("container", ["file", "no extension", "zip", "attached to a mail"])
@pytest.mark.parametrize("form", PRIVATE_CALENDARS)
def test_a_calendar_entry_marked_private_is_not_read(form: str, container: str) -> None:
    data = PRIVATE_CALENDARS[form]
    if container == "file":
        results = process(data, name="aftale.ics")
    elif container == "no extension":
        results = process(data, name="aftale")
    elif container == "zip":
        results = process(_zip("kalender/aftale.ics", data), name="eksport.zip")
    else:
        headers = 'Content-Type: text/calendar; charset=utf-8\r\nContent-Disposition: attachment; filename="a.ics"'
        headers += "\r\nContent-Transfer-Encoding: base64"
        results = process(_mail_with(headers, base64.encodebytes(data)), name="m.eml")
    calendars = [r for r in results if r.mime in ("text/calendar", "text/vcard")]
    assert calendars and all(r.private and "private_mail" in r.flags for r in calendars), form
    expected = 1 if container == "attached to a mail" else 0  # the mail's own body holds one
    assert _cprs(results) == expected, f"the private calendar entry ({form}) was read"
    assert calendars[0].metadata["private_reason"]


@pytest.mark.parametrize("form", PUBLIC_CALENDARS)
def test_a_calendar_not_marked_private_is_read(form: str) -> None:
    results = process(PUBLIC_CALENDARS[form], name="aftale.ics")
    assert _cprs(results) == 1 and not results[0].private and not results[0].error


def test_only_the_private_entries_of_a_calendar_are_withheld() -> None:
    others = ("070761-4285", "010180-0008")
    data = _calendar(
        _event(uid=1, cpr=others[0]),
        _event("CLASS:PRIVATE\r\n", uid=2, cpr="311270-0017"),
        _event(uid=3, cpr=others[1]),
    ).encode()
    results = process(data, name="kalender.ics")
    top, *children = results
    assert not top.private and _cprs([top]) == 2
    assert top.metadata["private_entries"] == 1
    assert [c.item.location for c in children] == ["file:///t/kalender.ics!/calendar/2"]
    assert children[0].private and not children[0].findings and "private_mail" in children[0].flags
    assert {f.normalized for f in top.findings if f.entity_type == "DK_CPR"} == {c.replace("-", "") for c in others}


def test_an_invitation_whose_calendar_part_says_private_is_private_whole() -> None:
    # The text body repeats the event's description: the calendar part decides for the whole message.
    cal = _calendar(_event("CLASS:PRIVATE\r\n")).encode()
    data = _mail_with("Content-Type: text/calendar; method=REQUEST; charset=utf-8", cal, alternative=True)
    results = process(data)
    assert len(results) == 1 and results[0].private and _cprs(results) == 0
    assert results[0].metadata["private_reason"] == "sensitivity private: in the invitation's calendar part (CLASS)"


def test_a_normal_invitation_is_read() -> None:
    cal = _calendar(_event("CLASS:PUBLIC\r\n")).encode()
    data = _mail_with("Content-Type: text/calendar; method=REQUEST; charset=utf-8", cal, alternative=True)
    results = process(data)
    assert not results[0].private and _cprs(results) == 1


def test_inspection_reads_a_private_calendar_and_keeps_it_private() -> None:
    config = CONFIG.with_(mail__inspect_private=True, mail__inspect_private_reason="sag 17")
    results = process(PRIVATE_CALENDARS["CLASS:PRIVATE"], config=config, name="aftale.ics")
    assert results[0].private and _cprs(results) == 1
    assert "unencrypted_cpr" not in results[0].flags
