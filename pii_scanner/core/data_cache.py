"""Parsed forms of the shipped lexicons kept between processes, so that start-up does not parse them again.

Every process of a scan (and every pool worker) would otherwise parse the same YAML lexicons and
the same thousands of terms. The parsed form is plain data (dicts, lists, tuples, strings, numbers:
``marshal``, which builds no objects of other kinds and runs no code) in the user's cache folder
(``platformdirs.user_cache_dir("pii-scanner")``, or ``PII_SCANNER_CACHE_DIR``), one file per key.
The key hashes everything the value derives from (the YAML bytes, the code that parses them,
versions), so a changed lexicon or a new release is parsed afresh; a missing, unreadable or damaged
file is rebuilt, and a folder that cannot be written only means no cache. Lexicon words only: no
text of any scanned item, no identifier, ever goes here.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

T = TypeVar("T")
_FORMAT = b"pii-scanner data cache 2"  # 2: a SHA-256 of the payload first
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
    path = _path(kind, key_parts)
    if path is None:
        return build()
    try:
        value: T = marshal.loads(_checked(path.read_bytes()))
        return value
    except Exception:  # missing, unreadable or damaged: built again below
        pass
    value = build()
    _keep_at(path, value)
    return value


def load(kind: str, key_parts: tuple[bytes, ...]) -> Any:
    """The value kept under this key (as ``remembered`` keeps it), or None when there is none to read."""
    path = _path(kind, key_parts)
    if path is None:
        return None
    try:
        return marshal.loads(_checked(path.read_bytes()))
    except Exception:  # missing, unreadable or damaged
        return None


def keep(kind: str, key_parts: tuple[bytes, ...], value: object) -> None:
    """Keep ``value`` (plain data) under this key for later processes; nothing when it cannot be kept."""
    path = _path(kind, key_parts)
    if path is not None:
        _keep_at(path, value)


def _path(kind: str, key_parts: tuple[bytes, ...]) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    digest = hashlib.sha256(_FORMAT + sys.version.encode() + marshal.version.to_bytes(2, "little"))
    for part in key_parts:
        digest.update(len(part).to_bytes(8, "little") + part)
    return folder / f"{kind}-{digest.hexdigest()[:32]}.bin"


def _keep_at(path: Path, value: object) -> None:
    try:
        data = marshal.dumps(cast(Any, value))
    except ValueError:  # not plain data: not kept
        return
    _write(path.parent, path, hashlib.sha256(data).digest() + data)


def _checked(stored: bytes) -> bytes:
    """The payload of a cache file whose checksum holds. A flipped bit can leave marshal data that still
    loads (a lexicon word changed, a list turned into a number): such a file is damaged like any other."""
    payload = stored[32:]
    if len(stored) < 32 or hashlib.sha256(payload).digest() != stored[:32]:
        raise ValueError("damaged cache file")
    return payload


def _write(folder: Path, path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (a reader sees the old file, none, or the whole new one)."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".bin")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:  # a read-only home, a full disk: no cache, same results
        return


def code_key(*files: str) -> bytes:
    """The bytes of the given source files (the code that turns data into the cached value)."""
    parts = []
    for file in files:
        try:
            parts.append(Path(file).read_bytes())
        except OSError:  # frozen or zipped: the file name alone (its release is in the version)
            parts.append(file.encode())
    return b"\0".join(parts)
