"""Private mail reached through every container: each hostile header variant of a private message
(and each unreadable sensitivity) inside zip, tar (plain, gz, bz2, xz), 7z, gz/bz2/xz, a zip in a zip,
an mbox inside a zip or a tar.gz, under a misleading member name, and attached to a mail as a message,
as opaque bytes, as a zip or as a gz, two levels down. The promise (DESIGN.md "Privacy, fail closed"):
the message is private and nothing of it is read, whatever path led to it."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import tarfile
import zipfile
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest

from pii_scanner.pipeline import Processor
from pii_scanner.sources.files import file_item
from tests.extract.test_mail_privacy_hostile import HEADER_VARIANTS, UNREADABLE_VARIANTS
from tests.helpers.mail_messages import CONFIG, make_mail

VARIANTS = {**HEADER_VARIANTS, **UNREADABLE_VARIANTS}


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _tar(members: dict[str, bytes], mode: str) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _7z(members: dict[str, bytes]) -> bytes:
    import py7zr

    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(data, name)
    return buf.getvalue()


def _mbox(messages: list[bytes]) -> bytes:
    out = b""
    for raw in messages:
        body = raw.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ")
        out += b"From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n" + body + b"\n"
    return out


def _forwarded(inner: bytes) -> bytes:
    """A normal mail with ``inner`` attached as message/rfc822, written by hand: the odd header block
    is kept byte for byte (a mail library would repair it on the way)."""
    return (
        b"From: a@firma.dk\nTo: b@firma.dk\nSubject: fwd\nMIME-Version: 1.0\n"
        b"Content-Type: multipart/mixed; boundary=XYZ\n\n--XYZ\nContent-Type: text/plain\n\nse vedh\n"
        b"--XYZ\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=fwd.eml\n\n"
        + inner
        + b"\n--XYZ--\n"
    )


def _attached(data: bytes, filename: str, ctype: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@firma.dk", "b@firma.dk", "fwd"
    msg.set_content("se vedhæftet")
    maintype, subtype = ctype.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(msg)


NORMAL = bytes(make_mail(body="Hej, intet her."))
CONTAINERS: dict[str, Callable[[bytes], tuple[str, bytes]]] = {
    "zip": lambda raw: ("c.zip", _zip({"m.eml": raw})),
    "zip-member-without-extension": lambda raw: ("c.zip", _zip({"besked": raw})),
    "zip-member-named-pdf": lambda raw: ("c.zip", _zip({"rapport.pdf": raw})),
    "tar": lambda raw: ("c.tar", _tar({"m.eml": raw}, "w")),
    "tar.gz": lambda raw: ("c.tar.gz", _tar({"m.eml": raw}, "w:gz")),
    "tar.bz2": lambda raw: ("c.tar.bz2", _tar({"m.eml": raw}, "w:bz2")),
    "tar.xz": lambda raw: ("c.tar.xz", _tar({"m.eml": raw}, "w:xz")),
    "gz": lambda raw: ("m.eml.gz", gzip.compress(raw)),
    "bz2": lambda raw: ("m.eml.bz2", bz2.compress(raw)),
    "xz": lambda raw: ("m.eml.xz", lzma.compress(raw)),
    "7z": lambda raw: ("c.7z", _7z({"m.eml": raw})),
    "zip-in-zip": lambda raw: ("c.zip", _zip({"inner.zip": _zip({"m.eml": raw})})),
    "mbox-in-zip": lambda raw: ("c.zip", _zip({"arkiv.mbox": _mbox([NORMAL, raw])})),
    "mbox-in-tar.gz": lambda raw: ("c.tgz", _tar({"Inbox": _mbox([NORMAL, raw])}, "w:gz")),
    "octet-stream-in-mail-in-zip": lambda raw: (
        "c.zip",
        _zip({"fwd.eml": _attached(raw, "fwd.eml", "application/octet-stream")}),
    ),
    "rfc822-two-levels-down": lambda raw: ("m.eml", _forwarded(_forwarded(raw))),
    "zip-attached-to-mail": lambda raw: ("m.eml", _attached(_zip({"m.eml": raw}), "a.zip", "application/zip")),
    "gz-attached-to-mail": lambda raw: ("m.eml", _attached(gzip.compress(raw), "m.eml.gz", "application/gzip")),
}


@pytest.mark.parametrize("container", sorted(CONTAINERS))
def test_private_message_in_any_container_is_private_and_not_read(container: str, tmp_path: Path) -> None:
    processor = Processor.build(CONFIG)
    failures = {}
    for variant, raw in sorted(VARIANTS.items()):
        name, data = CONTAINERS[container](raw)
        path = tmp_path / f"{variant}-{name}"
        path.write_bytes(data)
        results = processor.process(file_item(path))
        read = [r.item.location for r in results if any(f.entity_type == "DK_CPR" for f in r.findings)]
        private = [r for r in results if r.private and r.mime == "message/rfc822"]
        if read or len(private) != 1 or private[0].findings or private[0].error:
            failures[variant] = (read, [(r.item.location.rsplit("!", 1)[-1], r.mime, r.private) for r in results])
    assert failures == {}
