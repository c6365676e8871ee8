"""Parsed forms of the shipped lexicons kept between processes, so that start-up does not parse them again.

Every process of a scan (and every pool worker) would otherwise parse the same YAML lexicons and
the same thousands of terms. The parsed form is plain data (dicts, lists, tuples, strings, numbers:
``marshal``, which builds no objects of other kinds and runs no code) in the user's cache folder
(``platformdirs.user_cache_dir("pii-scanner")``, or ``PII_SCANNER_CACHE_DIR``), one file per key.
The key hashes everything the value derives from (the YAML bytes, the code that parses them,
versions), so a changed lexicon or a new release is parsed afresh; a missing, unreadable or damaged
file is rebuilt, and a folder that cannot be written only means no cache. Lexicon words only: no
text of any scanned item, no identifier, ever goes here.

Whoever can write a cache file decides what later scans find (the regex cache holds engine code), so the
folder and its files are used only when nobody but the user could have written them (the checks are in
``core.cache_folder_posix`` / ``core.cache_folder_windows``); otherwise everything is computed, as with no cache.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

if sys.platform == "win32":
    from pii_scanner.core.cache_folder_windows import Folder, Untrusted
else:
    from pii_scanner.core.cache_folder_posix import Folder, Untrusted

T = TypeVar("T")
_FORMAT = b"pii-scanner data cache 3\n"  # 3: the full key and a SHA-256 of key and payload first
_ENV = "PII_SCANNER_CACHE_DIR"


def cache_folder() -> Path | None:
    """The folder of cached data, or None when there is none to use."""
    given = os.environ.get(_ENV)
    if given is not None:
        return Path(given) if given else None  # empty: no cache
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("pii-scanner", appauthor=False)) / "data"
    except Exception:  # no home folder, an odd platform: no cache
        return None


def remembered(kind: str, key_parts: tuple[bytes, ...], build: Callable[[], T]) -> T:
    """``build()``, or its value kept from an earlier process under the same key.

    ``kind`` names the file ("yaml", "terms"); ``key_parts`` are everything the value derives from.
    The value must be plain data that ``marshal`` writes (else it is built and not kept).
    """
    found = _read(kind, key_parts)
    if found is not _NONE:
        value: T = found
        return value
    value = build()
    keep(kind, key_parts, value)
    return value


def load(kind: str, key_parts: tuple[bytes, ...]) -> Any:
    """The value kept under this key (as ``remembered`` keeps it), or None when there is none to read."""
    found = _read(kind, key_parts)
    return None if found is _NONE else found


_NONE = object()  # nothing to read (a kept None is a value: built once, not every process)


def _read(kind: str, key_parts: tuple[bytes, ...]) -> Any:
    where = _where(kind, key_parts)
    if where is None:
        return _NONE
    folder, name, key = where
    try:
        with _opened(folder, create=False) as opened:
            return marshal.loads(_checked(opened.read(name), key))
    except Untrusted as exc:
        _refused(exc)
    except Exception:  # missing, unreadable or damaged
        pass
    return _NONE


def keep(kind: str, key_parts: tuple[bytes, ...], value: object) -> None:
    """Keep ``value`` (plain data) under this key for later processes; nothing when it cannot be kept."""
    where = _where(kind, key_parts)
    if where is None:
        return
    folder, name, key = where
    try:
        data = marshal.dumps(cast(Any, value))
    except ValueError:  # not plain data: not kept
        return
    try:
        with _opened(folder, create=True) as opened:
            opened.write(name, _FORMAT + key + hashlib.sha256(key + data).digest() + data)
    except Untrusted as exc:
        _refused(exc)
    except OSError:  # a read-only home, a full disk: no cache, same results
        pass


def _where(kind: str, key_parts: tuple[bytes, ...]) -> tuple[Path, str, bytes] | None:
    """The folder, the file name and the full key digest of this key."""
    folder = cache_folder()
    if folder is None:
        return None
    digest = hashlib.sha256(_FORMAT + sys.version.encode() + marshal.version.to_bytes(2, "little"))
    digest.update(kind.encode() + b"\0")
    for part in key_parts:
        digest.update(len(part).to_bytes(8, "little") + part)
    key = digest.digest()
    return folder, f"{kind}-{key.hex()[:32]}.bin", key


def _opened(folder: Path, create: bool) -> Folder:
    return Folder(folder, create)


def _checked(stored: bytes, key: bytes) -> bytes:
    """The payload of a cache file written under this very key whose checksum holds.

    A flipped bit can leave marshal data that still loads (a lexicon word changed, a list turned into a
    number); a file copied or renamed from another key (another Python's regex code) would load as well:
    both are damaged like any other file.
    """
    head = len(_FORMAT) + 64
    payload = stored[head:]
    if (
        len(stored) < head
        or stored[: len(_FORMAT)] != _FORMAT
        or stored[len(_FORMAT) : len(_FORMAT) + 32] != key
        or hashlib.sha256(key + payload).digest() != stored[len(_FORMAT) + 32 : head]
    ):
        raise ValueError("damaged cache file")
    return payload


_told: set[str] = set()


def _refused(exc: Untrusted) -> None:
    """One log line per reason and process; no path (it may name the user)."""
    reason = str(exc)
    if reason not in _told:
        _told.add(reason)
        logging.getLogger(__name__).warning("data cache not used: %s; computing instead", reason)


def code_key(*files: str) -> bytes:
    """The bytes of the given source files (the code that turns data into the cached value)."""
    parts = []
    for file in files:
        try:
            parts.append(Path(file).read_bytes())
        except OSError:  # frozen or zipped: the file name alone (its release is in the version)
            parts.append(file.encode())
    return b"\0".join(parts)
