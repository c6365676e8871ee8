"""Every place an Outlook .msg file stores whether it is private, read from its property streams directly.

extract-msg reads PR_SENSITIVITY of the message itself, and only as a PT_LONG; a .msg says "private"
in more places ([MS-OXMSG] 2.4, [MS-OXPROPS]):

- PidTagSensitivity (0x0036) and PidTagOriginalSensitivity (0x002E, what the first message of a reply or
  forward was marked: its text is quoted) in the fixed-size entries of ``__properties_version1.0``;
- PidLidPrivate (PSETID_Common, LID 0x8506, a boolean Outlook sets with "Private"), a named property: its
  property id (0x8000 + n) is found through the ``__nameid_version1.0`` map;
- the same properties of each attached message (``__substg1.0_3701000D`` storages, at any depth), whose
  bodies extract-msg merges into the outer message's.

A property stream that is missing or not a whole number of entries, a damaged name map, a property of
another type than its own, or a value outside its table cannot be read: ``unreadable``, private.
"""

from __future__ import annotations

import struct
import uuid
from collections.abc import Iterator
from typing import Any

from pii_scanner.core.mail_policy import most_restrictive, sensitivity_from_number
from pii_scanner.core.model import Sensitivity

_PROPS = "__properties_version1.0"
_EMBEDDED = "__substg1.0_3701000D"
_NAMEID = "__nameid_version1.0"
_GUIDS, _ENTRIES = "__substg1.0_00020102", "__substg1.0_00030102"
PSETID_COMMON = uuid.UUID("00062008-0000-0000-c000-000000000046").bytes_le
PID_LID_PRIVATE = 0x8506
PR_SENSITIVITY, PR_ORIGINAL_SENSITIVITY = 0x0036, 0x002E
PT_LONG, PT_BOOLEAN = 0x0003, 0x000B
_ROOT_HEADER, _EMBEDDED_HEADER = 32, 24  # bytes before the 16-byte entries ([MS-OXMSG] 2.4.1)


def _stream(ole: Any, path: list[str]) -> bytes | None:
    try:
        return bytes(ole.openstream(path).read()) if ole.exists("/".join(path)) else None
    except Exception:  # olefile raises assorted errors on damaged sector chains
        return None


def private_lid(ole: Any) -> tuple[int | None, bool]:
    """(PidLidPrivate's property id in this file or None, whether the name map could be read)."""
    if not ole.exists(_NAMEID):
        return None, True  # no named property at all
    guids, entries = _stream(ole, [_NAMEID, _GUIDS]), _stream(ole, [_NAMEID, _ENTRIES])
    if guids is None or entries is None or len(guids) % 16 or len(entries) % 8:
        return None, False
    found = None
    for off in range(0, len(entries), 8):
        name, packed = struct.unpack_from("<II", entries, off)
        kind, guid_index, index = packed & 1, (packed >> 1) & 0x7FFF, packed >> 16
        if guid_index >= 3 and (guid_index - 3) * 16 >= len(guids):
            return None, False  # names a GUID the map does not hold
        if kind == 0 and name == PID_LID_PRIVATE and guid_index >= 3:
            start = (guid_index - 3) * 16
            if guids[start : start + 16] == PSETID_COMMON:
                found = 0x8000 + index
    return found, True


def _message_storages(ole: Any) -> Iterator[tuple[list[str], int]]:
    """The root message and every attached message storage, with the header size of its property stream."""
    yield [], _ROOT_HEADER
    seen: set[str] = set()
    for entry in ole.listdir(streams=True, storages=True):
        for n, name in enumerate(entry):
            if name.upper() == _EMBEDDED.upper():
                key = "/".join(entry[: n + 1])
                if key not in seen:
                    seen.add(key)
                    yield list(entry[: n + 1]), _EMBEDDED_HEADER


def _storage_sensitivity(ole: Any, where: list[str], header: int, lid: int | None) -> list[Sensitivity]:
    props = _stream(ole, [*where, _PROPS])
    if props is None or len(props) < header or (len(props) - header) % 16:
        return ["unreadable"]  # the stream that holds the flags is gone or cut: it may have said private
    found: list[Sensitivity] = []
    for off in range(header, len(props), 16):
        tag, _flags, value = struct.unpack_from("<IIQ", props, off)
        prop, kind = tag >> 16, tag & 0xFFFF
        if prop in (PR_SENSITIVITY, PR_ORIGINAL_SENSITIVITY):
            found.append(sensitivity_from_number(value & 0xFFFFFFFF) if kind == PT_LONG else "unreadable")
        elif lid is not None and prop == lid:
            if kind != PT_BOOLEAN:
                found.append("unreadable")
            elif value & 0xFFFF:
                found.append("private")
    prefix = "/".join(where).upper() + "/" if where else ""
    for entry in ole.listdir(streams=True, storages=False):
        name = "/".join(entry).upper()
        if not name.startswith(prefix) or "/" in name[len(prefix) :]:
            continue
        prop_hex = name[len(prefix) :].removeprefix("__SUBSTG1.0_")[:4]
        wanted = {f"{PR_SENSITIVITY:04X}", f"{PR_ORIGINAL_SENSITIVITY:04X}"} | ({f"{lid:04X}"} if lid else set())
        if name[len(prefix) :].startswith("__SUBSTG1.0_") and prop_hex in wanted:
            found.append("unreadable")  # stored as a stream: not the fixed-size type it must have
    return found


def stored_sensitivity(data: bytes) -> tuple[Sensitivity, str] | None:
    """The strictest sensitivity every property stream of the .msg ``data`` states, and where; None when
    none says more than normal. Unreadable streams count as ``unreadable``."""
    import olefile

    try:
        ole = olefile.OleFileIO(data)
    except Exception:
        return "unreadable", "the .msg property streams cannot be read"
    try:
        lid, map_ok = private_lid(ole)
        worst: Sensitivity = "normal" if map_ok else "unreadable"
        where = "the named property map (__nameid_version1.0) is damaged" if not map_ok else ""
        for path, header in _message_storages(ole):
            said = most_restrictive(_storage_sensitivity(ole, path, header, lid))
            if most_restrictive([worst, said]) != worst:
                worst = said
                where = "an attached message's properties" if path else "the message's properties"
        return (worst, where) if worst != "normal" else None
    except Exception:
        return "unreadable", "the .msg property streams cannot be read"
    finally:
        ole.close()
