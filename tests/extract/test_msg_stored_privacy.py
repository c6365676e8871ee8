""".msg privacy beyond PR_SENSITIVITY of the message itself, on real .msg files (the public sample, changed
with olefile and extract-msg's own OLE writer): Outlook's named property PidLidPrivate (PSETID_Common
0x8506, mapped through ``__nameid_version1.0``), PidTagOriginalSensitivity, the properties of an attached
message (``__substg1.0_3701000D``, whose body extract-msg merges into the outer one's), and property
streams that are missing, cut short or whose name map is damaged (cannot tell: private)."""

from __future__ import annotations

import io
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.extract.test_msg_privacy_hostile import CONTAINERS, SAMPLE, _msg
from tests.helpers.mail_messages import CONFIG, CPR, process

pytestmark = pytest.mark.skipif(SAMPLE is None, reason="the Outlook sample files are not here")
PROPS = "__properties_version1.0"
PSETID_COMMON_LID_PRIVATE = 0x8506


def _writer(data: bytes) -> tuple[Any, Any]:
    import olefile
    from extract_msg.ole_writer import OleWriter

    ole = olefile.OleFileIO(data)
    writer = OleWriter()
    writer.fromOleFile(ole)
    return ole, writer


def _bytes(writer: Any) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _private_lid_prop(ole: Any) -> int:
    """The property id the sample's name map gives PidLidPrivate (so the test edits what Outlook wrote)."""
    entries = ole.openstream(["__nameid_version1.0", "__substg1.0_00030102"]).read()
    for off in range(0, len(entries), 8):
        name, packed = struct.unpack_from("<II", entries, off)
        if name == PSETID_COMMON_LID_PRIVATE and not packed & 1:
            return 0x8000 + (packed >> 16)
    raise AssertionError("the sample maps no PidLidPrivate")


def _set_prop(data: bytes, prop: int, kind: int, value: int, *, retag: int | None = None) -> bytes:
    """The root property ``prop`` (or, with ``retag``, the entry of property ``retag`` renamed) set to ``value``."""
    ole, writer = _writer(data)
    props = bytearray(ole.openstream(PROPS).read())
    for off in range(32, len(props), 16):
        if struct.unpack_from("<I", props, off)[0] >> 16 == (retag if retag is not None else prop):
            struct.pack_into("<IIQ", props, off, (prop << 16) | kind, 6, value)
            break
    else:
        raise AssertionError(f"no property {prop:04X} in the sample")
    writer.editEntry([PROPS], data=bytes(props))
    return _bytes(writer)


def _named_private(value: int, kind: int = 0x000B) -> Callable[[bytes], bytes]:
    def make(data: bytes) -> bytes:
        ole, _writer_unused = _writer(data)
        return _set_prop(data, _private_lid_prop(ole), kind, value)

    return make


def _edit(path: list[str], change: Callable[[bytes], bytes | None]) -> Callable[[bytes], bytes]:
    def make(data: bytes) -> bytes:
        ole, writer = _writer(data)
        new = change(ole.openstream(path).read())
        if new is None:
            writer.deleteEntry(path)
        else:
            writer.editEntry(path, data=new)
        return _bytes(writer)

    return make


def _with_attached_message(sensitivity: int) -> Callable[[bytes], bytes]:
    """The message with the sample attached as an embedded message (ATTACH_EMBEDDED_MSG) whose
    PR_SENSITIVITY is ``sensitivity``; the attached message's body holds the CPR, the outer one's not."""

    def make(data: bytes) -> bytes:
        ole, writer = _writer(data)
        root = bytearray(ole.openstream(PROPS).read())
        attach, inner_root = "__attach_version1.0_#00000000", "__substg1.0_3701000D"
        writer.addEntry([attach], storage=True)
        method = struct.pack("<IIQ", 0x37050003, 6, 5) + struct.pack("<IIQ", 0x0E210003, 6, 0)
        writer.addEntry([attach, PROPS], b"\0" * 8 + method)
        writer.addEntry([attach, inner_root], storage=True)
        inner = bytearray(root[:24] + root[32:])  # an attached message's header is 24 bytes
        for off in range(24, len(inner), 16):
            if struct.unpack_from("<I", inner, off)[0] >> 16 == 0x0036:
                struct.pack_into("<IIQ", inner, off, 0x00360003, 6, sensitivity)
        made: set[str] = set()
        for entry in ole.listdir():
            if entry[0].startswith("__nameid"):
                continue  # one name map per file, at its root
            content = ole.openstream(entry).read()
            if entry == [PROPS]:
                content = bytes(inner)
            if len(entry) > 1 and entry[0] not in made:
                writer.addEntry([attach, inner_root, entry[0]], storage=True)
                made.add(entry[0])
            writer.addEntry([attach, inner_root, *entry], content)
        struct.pack_into("<II", root, 12, 1, 0)  # next attachment id
        struct.pack_into("<I", root, 20, 1)  # attachment count
        writer.editEntry([PROPS], data=bytes(root))
        body = "Se vedhæftede besked.\r\n".encode("utf-16-le")
        size = ole.get_size("__substg1.0_1000001F")
        writer.editEntry(["__substg1.0_1000001F"], data=body + b" \x00" * ((size - len(body)) // 2))
        return _bytes(writer)

    return make


PRIVATE: dict[str, Callable[[bytes], bytes]] = {
    "PidLidPrivate true": _named_private(1),
    "PidLidPrivate of another type": _named_private(0, kind=0x0003),
    "PidTagOriginalSensitivity private": lambda d: _set_prop(d, 0x002E, 0x0003, 2, retag=0x0026),
    "attached message private": _with_attached_message(2),
    "attached message out of range": _with_attached_message(9),
    "property stream cut short": _edit([PROPS], lambda b: b[:-8]),
    "property stream gone": _edit([PROPS], lambda b: None),
    "name map cut short": _edit(["__nameid_version1.0", "__substg1.0_00030102"], lambda b: b[:-3]),
}
NORMAL: dict[str, Callable[[bytes], bytes]] = {
    "PidLidPrivate false": _named_private(0),
    "attached message normal": _with_attached_message(0),
}


@pytest.mark.parametrize("container", list(CONTAINERS))
@pytest.mark.parametrize("variant", list(PRIVATE))
def test_a_msg_private_anywhere_outlook_stores_it_is_never_read(tmp_path: Path, variant: str, container: str) -> None:
    wrap, name = CONTAINERS[container]
    results = process(wrap(PRIVATE[variant](_msg(tmp_path, value=0))), CONFIG, name=name)
    messages = [r for r in results if r.mime == "application/vnd.ms-outlook"]
    assert messages or any(r.error for r in results), [(r.item.location, r.mime, r.error) for r in results]
    # private, or (extract-msg refusing a file without its property stream) an error record: unread either way
    assert all(r.private or r.error for r in messages), (variant, container, [r.error for r in messages])
    assert not any(f.entity_type == "DK_CPR" for r in results for f in r.findings), (variant, container)


@pytest.mark.parametrize("container", list(CONTAINERS))
@pytest.mark.parametrize("variant", list(NORMAL))
def test_the_same_msg_marked_normal_is_read(tmp_path: Path, variant: str, container: str) -> None:
    """Controls: PidLidPrivate false, an attached message marked normal (its body, with the CPR, is read)."""
    wrap, name = CONTAINERS[container]
    results = process(wrap(NORMAL[variant](_msg(tmp_path, value=0))), CONFIG, name=name)
    messages = [r for r in results if r.mime == "application/vnd.ms-outlook"]
    assert messages and not any(r.private for r in messages)
    assert any(f.entity_type == "DK_CPR" and f.normalized == CPR.replace("-", "") for r in results for f in r.findings)
