"""SMB/CIFS shares read natively with smbprotocol, without mounting (``[[sources]] type = "smb"``).

The walk lists folders one at a time (an explicit stack, no recursion) and yields one item per
regular file, read lazily and only when the sweep decides the file changed. The change key is
size + last write time + the server's file id, so a file replaced under the same name counts as
changed. The owner comes from the file's security descriptor (the owner SID; smbprotocol has no
LSA lookup, so the SID string is reported).

Failure rules: if the share root cannot be listed (logon refused, share forbidden, server down)
the source fails and nothing it held is marked removed; a subfolder that cannot be listed becomes
an item with ``listing_error`` (the walk goes on, the sweep keeps what it knew), a file that cannot
be read becomes that item's error record. DFS links are reported, not followed.
"""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any, TypeVar, cast
from urllib.parse import quote

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import SourceConnectionLost, SourceUnavailable
from pii_scanner.core.model import Item
from pii_scanner.core.state import SourceState
from pii_scanner.sources.mail.credentials import secret
from pii_scanner.sources.registry import Source
from pii_scanner.sources.specs import SecretRef, SmbSpec
from pii_scanner.sources.specs.services import SMB_PORT

DEFAULT_PORT = SMB_PORT
_T = TypeVar("_T")
# FILE_ATTRIBUTE_* and reparse tags ([MS-FSCC] 2.6, 2.1.2.1)
_ATTR_DIRECTORY = 0x10
_ATTR_REPARSE_POINT = 0x400
_TAG_DFS = 0x8000000A
_TAG_SYMLINK = 0xA000000C
_OWNER_SECURITY_INFORMATION = 0x1
_READ_CONTROL = 0x00020000
_FILE_READ_ATTRIBUTES = 0x80


@dataclass(frozen=True)
class SmbTarget:
    """Where and as whom to connect; picklable and free of the password (read again where used)."""

    source: str
    server: str
    port: int
    share: str
    username: str | None
    domain: str | None
    auth: str
    password: SecretRef | None = None  # where the password is, not the password
    encrypt: bool = False
    timeout: float = 30.0

    @property
    def key(self) -> tuple[Any, ...]:
        # The secret's location is part of the key: another password never reuses a logged-on session.
        return (self.server.lower(), self.port, self.username, self.domain, self.auth, self.password)

    def unc(self, rel: str = "") -> str:
        base = f"\\\\{self.server}\\{self.share}"
        return base + ("\\" + rel.replace("/", "\\") if rel else "")

    def uri(self, rel: str) -> str:
        host = self.server if self.port == DEFAULT_PORT else f"{self.server}:{self.port}"
        return f"smb://{host}/{quote(self.share)}/{quote(rel, safe='/')}"


# One connection pool per account and server in each process (the sweep's and each worker's).
_POOLS: dict[tuple[Any, ...], dict[str, Any]] = {}
_POOLS_LOCK = threading.Lock()


def _forget_pools_in_child() -> None:
    # A forked worker inherits the parent's sockets but not smbprotocol's receiver threads:
    # reusing them would hang until the timeout. The child logs on afresh.
    global _POOLS_LOCK
    _POOLS.clear()
    _POOLS_LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pools_in_child)


def connection(target: SmbTarget) -> dict[str, Any]:
    """The connection cache of ``target``'s account, logged on (raises on logon failure)."""
    import smbclient

    with _POOLS_LOCK:
        pool = _POOLS.setdefault(target.key, {})
        live = pool.get(f"{target.server.lower()}:{target.port}")
        if live is not None and live.transport.connected and live.session_table:
            return pool  # logged on already: no second secret lookup per file
        password = secret(target.password, "password", target.source, required=False)
        user = target.username
        if user and target.domain and "\\" not in user and "@" not in user:
            user = f"{target.domain}\\{user}"
        smbclient.register_session(
            target.server,
            username=user,
            password=password,
            port=target.port,
            encrypt=target.encrypt or None,
            connection_timeout=int(target.timeout),
            connection_cache=pool,
            auth_protocol=cast(Any, target.auth),
        )
        return pool


# Per process: when a server's connection was lost and could not be made again (time.monotonic()). Reads
# of that server fail at once for a while instead of each waiting out the connection timeout.
_LOST: dict[tuple[Any, ...], float] = {}
_LOST_FOR = 60.0
# A socket that is gone: its connection broke, and a new one is worth one try.
_CONNECTION_ERRNOS = frozenset(
    {errno.EBADF, errno.EPIPE, errno.ECONNRESET, errno.ECONNABORTED, errno.ECONNREFUSED, errno.ENOTCONN}
)


def connection_lost(exc: BaseException) -> bool:
    """True when ``exc`` says the connection to the server is gone (not that a file is unreadable)."""
    from smbprotocol.exceptions import SMBConnectionClosed

    if isinstance(exc, SourceConnectionLost | SMBConnectionClosed):
        return True
    if isinstance(exc, ValueError) and isinstance(exc.__cause__, OSError):  # smbprotocol wraps socket errors
        exc = exc.__cause__
    return isinstance(exc, ConnectionError | TimeoutError) or (
        isinstance(exc, OSError) and exc.errno in _CONNECTION_ERRNOS
    )


def _drop_connections(target: SmbTarget) -> None:
    """Forget ``target``'s pooled connections (a broken one would be handed out again)."""
    with _POOLS_LOCK:
        pool = _POOLS.get(target.key, {})
        for conn in list(pool.values()):
            with contextlib.suppress(Exception):
                conn.disconnect(close=False)
        pool.clear()


class SmbReader:
    """Reads one file's bytes when the pipeline asks (in whichever process that is), capped.

    A connection that breaks is made again once; when that fails too the read raises
    SourceConnectionLost, and the sweep fails the source instead of recording file after file unread."""

    __slots__ = ("limit", "path", "size", "target")

    def __init__(self, target: SmbTarget, path: str, limit: int, size: int | None = None) -> None:
        self.target, self.path, self.limit, self.size = target, path, limit, size

    def __call__(self) -> bytes:
        return self._again_once(self._read)

    def _read(self) -> bytes:
        with self._open() as fh:
            # One byte past the cap tells the extractor the file grew past the limit.
            data = bytes(fh.read(self.limit + 1))
        if self.size is not None and len(data) <= self.limit and len(data) != self.size:
            # Written to while listed and read: an error now, read again by the next sweep.
            raise OSError(0, "file changed while being scanned")
        return data

    def open(self) -> IO[bytes]:
        """The file opened for reading in pieces (large text is streamed, not read whole)."""
        return self._again_once(self._open)

    def lost(self, exc: BaseException) -> bool:
        """Whether a failure while this file was read means the server's connection is gone."""
        return connection_lost(exc)

    def _again_once(self, action: Callable[[], _T]) -> _T:
        key = self.target.key
        since = _LOST.get(key)
        if since is not None and time.monotonic() - since < _LOST_FOR:
            raise SourceConnectionLost(0, "connection to the server lost")
        for attempt in (1, 2):
            try:
                result = action()
                _LOST.pop(key, None)
                return result
            except Exception as exc:
                if not connection_lost(exc):  # this file's own failure: one line, no path
                    raise OSError(getattr(exc, "errno", None) or 0, _status(exc)) from None
                _drop_connections(self.target)
                if attempt == 2:
                    _LOST[key] = time.monotonic()
                    raise SourceConnectionLost(0, f"connection to the server lost ({_status(exc)})") from None
        raise AssertionError("unreachable")

    def _open(self) -> IO[bytes]:
        import smbclient

        pool = connection(self.target)
        return cast(
            IO[bytes],
            smbclient.open_file(self.path, mode="rb", share_access="rw", port=self.target.port, connection_cache=pool),
        )


@dataclass
class _Walk:
    target: SmbTarget
    root: str  # folder inside the share, "" = the share's root
    exclude: tuple[str, ...]
    limit: int
    owners: bool
    pool: dict[str, Any] = field(default_factory=dict)

    def items(self) -> Iterator[Item]:
        try:
            self.pool = connection(self.target)
        except Exception as exc:
            raise SourceUnavailable(
                f"source {self.target.source}: cannot log on to {self._where()}: {_status(exc)}"
            ) from None
        try:
            first = self._list(self.root)
        except Exception as exc:
            raise SourceUnavailable(
                f"source {self.target.source}: cannot list {self.target.unc(self.root)}: {_status(exc)}"
            ) from None
        # Each folder carries the file ids of the folders above it: Samba follows links inside a share and
        # shows them as plain folders, so `loop -> .` or a junction to a parent would be walked forever.
        stack: list[tuple[str, list[Any] | None, frozenset[int]]] = [(self.root, first, self._root_ids())]
        while stack:
            folder, entries, above = stack.pop()
            if entries is None:
                try:
                    entries = self._list(folder)
                except Exception as exc:  # one unreadable folder: report it, walk on
                    yield self._error_item(folder, f"cannot list folder: {_status(exc)}", listing=True)
                    continue
            subfolders: list[tuple[str, frozenset[int]]] = []
            for entry in entries:
                rel = f"{folder}/{entry.name}" if folder else str(entry.name)
                if self._excluded(rel, str(entry.name)):
                    continue
                info = entry.smb_info
                attrs = int(info.file_attributes)
                if attrs & _ATTR_REPARSE_POINT:
                    tag = int(info.ea_size)  # FileIdFullDirectoryInformation puts the reparse tag here
                    what = (
                        "dfs link" if tag == _TAG_DFS else "symbolic link" if tag == _TAG_SYMLINK else "reparse point"
                    )
                    yield self._error_item(rel, f"{what} not followed", link=what)
                elif attrs & _ATTR_DIRECTORY:
                    file_id = int(info.file_id)
                    if file_id and file_id in above:
                        yield self._error_item(rel, "link loop not followed (a folder above it)", link="link loop")
                    else:
                        subfolders.append((rel, above | {file_id} if file_id else above))
                else:
                    yield self._file_item(rel, info)
            # Reversed so the stack pops them in name order.
            stack.extend((sub, None, ids) for sub, ids in reversed(subfolders))

    def _root_ids(self) -> frozenset[int]:
        """The swept folder's own file id (0, unknown, when the server does not say)."""
        import smbclient

        try:
            file_id = int(
                smbclient.stat(self.target.unc(self.root), port=self.target.port, connection_cache=self.pool).st_ino
            )
        except Exception:  # without it a loop is found one level later
            return frozenset()
        return frozenset({file_id}) if file_id else frozenset()

    def _where(self) -> str:
        return f"{self.target.server}:{self.target.port}"

    def _list(self, folder: str) -> list[Any]:
        import smbclient

        entries = list(smbclient.scandir(self.target.unc(folder), port=self.target.port, connection_cache=self.pool))
        return sorted(entries, key=lambda e: str(e.name))

    def _excluded(self, rel: str, name: str) -> bool:
        low_rel, low_name = rel.lower(), name.lower()
        return any(fnmatch.fnmatchcase(low_rel, p) or fnmatch.fnmatchcase(low_name, p) for p in self.exclude)

    def _file_item(self, rel: str, info: Any) -> Item:
        mtime: datetime = info.last_write_time
        size = int(info.end_of_file)
        unc = self.target.unc(rel)
        stamp = int(mtime.timestamp() * 1_000_000)
        return Item(
            location=self.target.uri(rel),
            path=unc,
            name=rel.rsplit("/", 1)[-1],
            size=size,
            mtime=mtime,
            owner=self._owner(unc) if self.owners else "",
            origin="share",
            source=self.target.source,
            # LastWriteTime alone misses a file rewritten in place with it set back (robocopy, unzip, a 2-second
            # FAT clock): a Windows server's ChangeTime moves on every write and SetFileTime cannot set it. Samba
            # reports the LastWriteTime as ChangeTime, so there it adds nothing (docs/sweeps.md).
            change_key=f"{size}:{stamp}:{int(info.file_id)}:{_filetime(info.change_time)}",
            read=SmbReader(self.target, unc, self.limit, size),
        )

    def _error_item(self, rel: str, reason: str, *, listing: bool = False, link: str | None = None) -> Item:
        return Item(
            location=self.target.uri(rel),
            path=self.target.unc(rel),
            name=rel.rsplit("/", 1)[-1] if rel else self.target.share,
            origin="share",
            source=self.target.source,
            mime_hint="inode/symlink" if link else None,
            source_error=reason,
            listing_error=listing,
            metadata={"link": link} if link else {},
        )

    def _owner(self, unc: str) -> str:
        """The owner SID from the file's security descriptor; "" when the server will not say."""
        try:
            return owner_sid(unc, self.target.port, self.pool)
        except Exception:  # no READ_CONTROL right, odd server: the owner is unknown, the file is still read
            return ""


def _filetime(value: datetime | None) -> str:
    """A directory entry's time in microseconds ("" when the server leaves it out)."""
    return str(int(value.timestamp() * 1_000_000)) if value is not None else ""


def owner_sid(unc: str, port: int, pool: dict[str, Any]) -> str:
    """QUERY_INFO (security, owner only) on an open handle; ``S-1-5-...``."""
    from smbclient._io import SMBFileTransaction, SMBRawIO
    from smbprotocol.file_info import InfoType
    from smbprotocol.open import SMB2QueryInfoRequest, SMB2QueryInfoResponse
    from smbprotocol.security_descriptor import SMB2CreateSDBuffer

    raw = SMBRawIO(
        unc,
        mode="r",
        share_access="rwd",
        desired_access=_READ_CONTROL | _FILE_READ_ATTRIBUTES,
        port=port,
        connection_cache=pool,
    )
    found: list[str] = []

    def unpack(request: Any) -> None:
        response = raw.fd.connection.receive(request)
        resp = SMB2QueryInfoResponse()
        resp.unpack(response["data"].get_value())
        sd = SMB2CreateSDBuffer()
        sd.unpack(resp["buffer"].get_value())
        owner = sd.get_owner()
        found.append(str(owner) if owner is not None else "")

    req = SMB2QueryInfoRequest()
    req["info_type"] = InfoType.SMB2_0_INFO_SECURITY
    req["output_buffer_length"] = 4096
    req["additional_information"] = _OWNER_SECURITY_INFORMATION
    req["file_id"] = raw.fd.file_id
    with SMBFileTransaction(raw) as tx:
        tx += (req, unpack)
    return found[0] if found else ""


def _status(exc: BaseException) -> str:
    """One line naming what went wrong, never a path (paths are in the item's location)."""
    from smbprotocol.exceptions import LogonFailure, SMBOSError, SMBResponseException

    if isinstance(exc, LogonFailure):
        return "authentication failed (wrong user name or password)"
    if isinstance(exc, SMBOSError):
        name = next((n for n, v in _ntstatus().items() if v == exc.ntstatus), None)
        return {
            "STATUS_ACCESS_DENIED": "access denied",
            "STATUS_BAD_NETWORK_NAME": "no such share",
            "STATUS_OBJECT_NAME_NOT_FOUND": "not found",
            "STATUS_OBJECT_PATH_NOT_FOUND": "not found",
        }.get(name or "", (name or "error").lower().removeprefix("status_").replace("_", " "))
    if isinstance(exc, SMBResponseException):
        return f"server refused ({exc.__class__.__name__})"
    cause = exc.__cause__
    if isinstance(exc, ValueError) and isinstance(cause, OSError):  # smbprotocol wraps socket errors
        exc = cause
    if isinstance(exc, TimeoutError | ConnectionError | socket.gaierror):
        return f"cannot connect ({exc.strerror or exc.__class__.__name__})"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return exc.__class__.__name__


def _ntstatus() -> dict[str, int]:
    from smbprotocol.header import NtStatus

    return {k: v for k, v in vars(NtStatus).items() if k.startswith("STATUS_") and isinstance(v, int)}


def open_smb(spec: SmbSpec, config: ScanConfig, state: SourceState) -> Source:
    """``[[sources]] type = "smb"``: one share (or a folder in it); keys in docs/sources.md."""
    server, share = spec.server.strip(), spec.share.strip().strip("\\/")
    name = spec.name or f"smb://{server}/{share}"
    auth = spec.auth.lower()
    # Checks the secret can be found (one clear line now, not per file).
    password = secret(spec.password, "password", name, required=auth == "ntlm")
    del password  # read again where a connection is made (worker processes too); never kept
    target = SmbTarget(
        source=name,
        server=server,
        port=spec.port,
        share=share,
        username=spec.username or None,
        domain=spec.domain or None,
        auth=auth,
        password=spec.password,
        encrypt=spec.encrypt,
        timeout=spec.timeout,
    )
    root = spec.path.replace("\\", "/").strip("/")
    walk = _Walk(target, root, tuple(p.lower() for p in spec.exclude), config.limits.max_file_size, spec.owner)
    return Source(name, "smb", walk.items)
