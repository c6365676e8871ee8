"""Line breaks other than CR and LF: VT and FF (Word's manual line and page breaks), the file separators,
NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR. A reader that breaks lines at one sees a header behind it on
a line of its own ("X-Mailer: Outlook<VT>Sensitivity: Private"): the message was read. An identifier
split by one ("070761-<LS>4285") was missed where the same split by a line end is found."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import pytest

from tests.helpers.mail_messages import CONFIG, CPR, process

BREAKS = {
    "VT": "\x0b",
    "FF": "\x0c",
    "FS": "\x1c",
    "NEL": "\x85",
    "LINE SEPARATOR": "\u2028",
    "PARAGRAPH SEPARATOR": "\u2029",
}
HIDDEN = {
    "Sensitivity after another header": "X-Mailer: Outlook{b}Sensitivity: Private",
    "Sensitivity at a line's start": "X-Mailer: Outlook\r\n{b}Sensitivity: Private",
    "an unknown Sensitivity": "X-Mailer: Outlook{b}Sensitivity: Hemmelig",
    "a private keyword": "X-Mailer: Outlook{b}X-Keywords: Privat",
    "a private subject": "X-Mailer: Outlook{b} Subject: PRIVAT sag",
}


def _message(headers: str, charset: str = "utf-8") -> bytes:
    head = f"From: Jens <jens@firma.dk>\r\nTo: kim@firma.dk\r\n{headers}\r\n"
    return head.encode(charset) + f"Content-Type: text/plain\r\n\r\nMit CPR er {CPR}.\r\n".encode()


def _zip(data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("post/besked.eml", data)
    return buf.getvalue()


def _attached(data: bytes) -> bytes:
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "a@firma.dk", "b@firma.dk", "Videresendt"
    outer.set_content("Se vedhæftet.")
    outer.add_attachment(data, maintype="application", subtype="octet-stream", filename="besked.eml")
    return bytes(outer)


CONTAINERS = {"alone": (lambda d: d, "m.eml"), "zip": (_zip, "x.zip"), "attached": (_attached, "x.eml")}


def _cprs(data: bytes, name: str) -> int:
    return sum(1 for r in process(data, CONFIG, name=name) for f in r.findings if f.entity_type == "DK_CPR")


@pytest.mark.parametrize("container", list(CONTAINERS))
@pytest.mark.parametrize("hidden", list(HIDDEN))
@pytest.mark.parametrize("brk", list(BREAKS))
def test_a_header_behind_another_line_break_counts(brk: str, hidden: str, container: str) -> None:
    wrap, name = CONTAINERS[container]
    charset = "latin-1" if brk == "NEL" and hidden == "a private keyword" else "utf-8"  # NEL raw as well as UTF-8
    data = wrap(_message(HIDDEN[hidden].format(b=BREAKS[brk]), charset))
    results = process(data, CONFIG, name=name)
    messages = [r for r in results if r.item.mail is not None and r.item.location.endswith(("m.eml", "besked.eml"))]
    assert messages and all(r.private for r in messages), [(r.item.location, r.private) for r in results]
    assert _cprs(data, name) == 0


@pytest.mark.parametrize("brk", list(BREAKS))
def test_a_normal_message_with_such_breaks_is_read(brk: str) -> None:
    """Control: breaks before text that is no private header leave the message readable."""
    b = BREAKS[brk]
    data = _message(f"X-Mailer: Outlook{b}Sensitivity: Normal\r\nSubject: Hej{b}og farvel{b}http://x.dk")
    (top,) = process(data, CONFIG)
    assert not top.private and _cprs(data, "m.eml") == 1


@pytest.mark.parametrize("brk", list(BREAKS))
@pytest.mark.parametrize(
    "text",
    [
        "Kundens CPR-nummer:{b}070761-4285 er noteret.",  # the label on the line before
        "Kundens CPR-nummer: 070761-{b}4285 er noteret.",  # the number wrapped after its dash
        "Kunde{b}CPR 070761-4285{b}Jens",
    ],
)
def test_an_identifier_split_by_another_line_break_is_found_as_by_a_line_end(brk: str, text: str) -> None:
    if brk == "FS":
        pytest.skip("FS is a header break only: no editor breaks text lines at it")
    by_lf = _cprs(text.format(b="\n").encode(), "a.txt")
    assert by_lf == 1  # the same text with a line end is found: the break must read alike
    assert _cprs(text.format(b=BREAKS[brk]).encode(), "a.txt") == by_lf
    mail = _message("Subject: Hej").replace(f"Mit CPR er {CPR}.".encode(), text.format(b=BREAKS[brk]).encode())
    assert _cprs(mail, "m.eml") == 1


# A lone CR CR in an LF message: the email parser ends the header block there, a reader that breaks lines at
# LF only does not and finds the private header after it. Either reading saying private makes it private.
LONE_CR_HIDDEN = {
    "Sensitivity": "Subject: Kvittering\r\rMit CPR-nummer er noteret\nSensitivity: Private\n",
    "keyword": "Subject: Kvittering\r\rx\nX-Keywords: Privat\n",
    "subject": "X-Mailer: Outlook\r\rx\nSubject: PRIVAT sag\n",
}


def _lf_message(headers: str) -> bytes:
    return f"From: Jens <jens@firma.dk>\nTo: kim@firma.dk\n{headers}\nMit CPR er {CPR}.\n".encode()


@pytest.mark.parametrize("container", [*CONTAINERS, "mbox"])
@pytest.mark.parametrize("hidden", list(LONE_CR_HIDDEN))
def test_a_private_header_after_a_lone_cr_cr_counts(hidden: str, container: str) -> None:
    data = _lf_message(LONE_CR_HIDDEN[hidden])
    if container == "mbox":
        data, name = b"From jens@firma.dk Mon Jan  1 10:00:00 2024\n" + data + b"\n", "Indbakke.mbox"
    else:
        wrap, name = CONTAINERS[container]
        data = wrap(data)
    results = process(data, CONFIG, name=name)
    messages = [r for r in results if r.mime == "message/rfc822" and not r.item.location.endswith("/x.eml")]
    assert messages and all(r.private for r in messages), [(r.item.location, r.private) for r in results]
    assert _cprs(data, name) == 0


def test_a_lone_cr_before_no_private_header_leaves_the_message_readable() -> None:
    data = _lf_message("Subject: Kvittering\r\rtak\nX-Mailer: Outlook\n")
    assert _cprs(data, "m.eml") == 1


def test_a_glued_message_with_a_private_header_after_a_lone_cr_cr_counts() -> None:
    glued = b"From a@firma.dk Mon Jan  1 10:00:00 2024\nFrom: c@firma.dk\nSubject: K\r\rx\nSensitivity: Private\n\n"
    data = _lf_message("Subject: Hej\n").replace(b"Mit CPR", glued + b"Mit CPR")
    assert _cprs(data, "m.eml") == 0
