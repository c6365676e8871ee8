"""A loopback EWS endpoint answering exchangelib's real SOAP requests with schema-shaped responses.

Implements what the EWS source uses: GetFolder (distinguished folders), FindFolder (deep),
SyncFolderItems (create/delete with a sync state), GetItem with MimeContent, and ErrorServerBusy
throttling with BackOffMilliseconds. Basic auth only; impersonation header is recorded.
"""

from __future__ import annotations

import base64
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

from tests.sources.mail.fake_mailbox import MessageLog

M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
# Distinguished folder names -> ids in this fake store; the two hierarchies' roots are fixed.
_DIST = {"root": "ROOT", "msgfolderroot": "root", "archiveroot": "AROOT", "archivemsgfolderroot": "aroot"}
_ROOTS = {
    "ROOT": ("", "Root"),
    "root": ("ROOT", "Top of Information Store"),
    "AROOT": ("", "Archive Root"),
    "aroot": ("AROOT", "Top of Archive"),
}
SENSITIVITY = {0: "Normal", 1: "Personal", 2: "Private", 3: "Confidential"}
OMIT = "<omit>"  # a sensitivity that leaves the element out of the answer (hostile tests)


def _sensitivity_xml(value: Any) -> str:
    """The item's Sensitivity element: a number or name, nothing (OMIT), or raw XML starting ``<t:``."""
    if value == OMIT:
        return ""
    if isinstance(value, str) and value.startswith("<t:"):
        return value
    return f"<t:Sensitivity>{SENSITIVITY.get(value, value)}</t:Sensitivity>"


@dataclass
class EwsMailbox(MessageLog):
    folders: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (parent id, name)
    messages: dict[str, dict[str, Any]] = field(default_factory=dict)
    version: int = 0
    removed: list[tuple[int, str, str]] = field(default_factory=list)
    busy: int = 0
    requests: list[str] = field(default_factory=list)
    impersonated: list[str] = field(default_factory=list)
    mime_fetched: list[str] = field(default_factory=list)
    # As Exchange answers: a sync state it no longer accepts (ErrorInvalidSyncStateData), a mailbox gone or
    # refused to the service account (impersonated address -> response code of every request about it).
    invalid_states: set[str] = field(default_factory=set)
    getitem_errors: dict[str, str] = field(default_factory=dict)  # message id -> GetItem response code
    invalid_with_state: bool = True  # the error answer carries an empty SyncState (the schema makes it optional)
    refused: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _envelope(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">'
        f'<s:Header><h:ServerVersionInfo xmlns:h="{T}" MajorVersion="15" MinorVersion="1" '
        'MajorBuildNumber="2507" MinorBuildNumber="6" Version="V2017_07_11"/></s:Header>'
        f"<s:Body>{body}</s:Body></s:Envelope>"
    ).encode()


def _folder_xml(fid: str, parent: str | None, name: str, children: int) -> str:
    parent_xml = f'<t:ParentFolderId Id="{parent}" ChangeKey="ck"/>' if parent else ""
    return (
        f'<t:Folder><t:FolderId Id="{fid}" ChangeKey="ck-{fid}"/>{parent_xml}'
        f"<t:FolderClass>IPF.Note</t:FolderClass><t:DisplayName>{escape(name)}</t:DisplayName>"
        f"<t:TotalCount>0</t:TotalCount><t:ChildFolderCount>{children}</t:ChildFolderCount>"
        "<t:UnreadCount>0</t:UnreadCount></t:Folder>"
    )


def _response(op: str, inner: str, ok: bool = True, code: str = "NoError", extra: str = "") -> bytes:
    cls = "Success" if ok else "Error"
    msg = "" if ok else f"<m:MessageText>{code}</m:MessageText>"
    return _envelope(
        f'<m:{op}Response xmlns:m="{M}" xmlns:t="{T}"><m:ResponseMessages>'
        f'<m:{op}ResponseMessage ResponseClass="{cls}">{msg}<m:ResponseCode>{code}</m:ResponseCode>{extra}{inner}'
        f"</m:{op}ResponseMessage></m:ResponseMessages></m:{op}Response>"
    )


class _Handler(BaseHTTPRequestHandler):
    box: EwsMailbox
    user = "svc-scanner"
    password = "ews-secret"

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        expected = "Basic " + base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        if self.headers.get("Authorization") != expected:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="ews"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        op = re.search(r"<m:(\w+)[ >]", body.split("Body>", 1)[-1])
        name = op.group(1) if op else "?"
        box = self.box
        with box.lock:
            box.requests.append(name)
            imp = re.search(r"<t:PrimarySmtpAddress>([^<]+)<", body)
            if imp:
                box.impersonated.append(imp.group(1))
            if box.busy and name in ("SyncFolderItems", "GetItem"):
                box.busy -= 1
                self._send(
                    500,
                    _envelope(
                        '<s:Fault><faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">'
                        "a:ErrorServerBusy</faultcode><faultstring>The server cannot service this request right now."
                        '</faultstring><detail><e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/'
                        '2006/errors">ErrorServerBusy</e:ResponseCode><e:Message xmlns:e="http://schemas.microsoft.com/'
                        'exchange/services/2006/errors">Try again later.</e:Message><t:MessageXml xmlns:t="'
                        f'{T}"><t:Value Name="BackOffMilliseconds">100</t:Value></t:MessageXml></detail></s:Fault>'
                    ),
                )
                return
            if imp and imp.group(1) in box.refused:
                self._send(200, _response(name, "", False, box.refused[imp.group(1)]))
                return
            state = re.search(r"<m:SyncState>([^<]*)</m:SyncState>", body)
            if name == "SyncFolderItems" and state and state.group(1) in box.invalid_states:
                extra = "<m:SyncState/>" if box.invalid_with_state else ""
                self._send(200, _response(name, "", False, "ErrorInvalidSyncStateData", extra=extra))
                return
            handler = getattr(self, f"_op_{name}", None)
            self._send(200, handler(body) if handler else _response(name, "", False, "ErrorInvalidRequest"))

    # --- operations ----------------------------------------------------------------------------
    def _op_GetFolder(self, body: str) -> bytes:
        out = []
        tree = {**_ROOTS, **self.box.folders}
        for dist in re.findall(r'DistinguishedFolderId Id="(\w+)"', body):
            fid = _DIST.get(dist)
            if fid is None:
                return _response("GetFolder", "", False, "ErrorFolderNotFound")
            parent, name = tree.get(fid, ("", fid))
            out.append(_folder_xml(fid, parent or None, name, sum(1 for p, _n in tree.values() if p == fid)))
        for fid in re.findall(r'<t:FolderId Id="([^"]+)"', body):
            parent, name = self.box.folders.get(fid, (None, fid))
            out.append(_folder_xml(fid, parent, name, 0))
        msgs = "".join(
            f'<m:GetFolderResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>'
            f"<m:Folders>{f}</m:Folders></m:GetFolderResponseMessage>"
            for f in out
        )
        return _envelope(
            f'<m:GetFolderResponse xmlns:m="{M}" xmlns:t="{T}"><m:ResponseMessages>{msgs}'
            "</m:ResponseMessages></m:GetFolderResponse>"
        )

    def _op_FindFolder(self, body: str) -> bytes:
        dist = re.search(r'<m:ParentFolderIds><t:DistinguishedFolderId Id="(\w+)"', body)
        plain = re.search(r'<m:ParentFolderIds><t:FolderId Id="([^"]+)"', body)
        root = _DIST.get(dist.group(1), dist.group(1)) if dist else (plain.group(1) if plain else "ROOT")
        tree = {**_ROOTS, **self.box.folders}
        found = [fid for fid in tree if self._under(fid, root, tree)]
        folders = "".join(
            _folder_xml(fid, tree[fid][0], tree[fid][1], sum(1 for p, _n in tree.values() if p == fid)) for fid in found
        )
        inner = (
            f'<m:RootFolder TotalItemsInView="{len(found)}" IncludesLastItemInRange="true">'
            f"<t:Folders>{folders}</t:Folders></m:RootFolder>"
        )
        return _response("FindFolder", inner)

    def _under(self, fid: str, root: str, tree: dict[str, tuple[str, str]]) -> bool:
        node = tree.get(fid)
        while node is not None:
            if node[0] == root:
                return True
            node = tree.get(node[0])
        return False

    def _op_SyncFolderItems(self, body: str) -> bytes:
        fid = re.search(r'<m:SyncFolderId><t:FolderId Id="([^"]+)"', body)
        folder = fid.group(1) if fid else ""
        state = re.search(r"<m:SyncState>([^<]*)</m:SyncState>", body)
        since = int(state.group(1).split("-")[1]) if state and state.group(1) else 0
        changes = []
        for mid, m in sorted(self.box.messages.items(), key=lambda kv: kv[1]["v"]):
            if m["folder"] == folder and m["v"] > since:
                changes.append(
                    f'<t:Create><t:Message><t:ItemId Id="{mid}" ChangeKey="ck-{mid}-{m["v"]}"/>'
                    f"<t:ItemClass>IPM.Note</t:ItemClass><t:Subject>{escape(m['subject'])}</t:Subject>"
                    f"{_sensitivity_xml(m['sens'])}"
                    f"<t:Size>{len(m['mime'])}</t:Size>"
                    "<t:DateTimeReceived>2024-01-01T10:00:00Z</t:DateTimeReceived></t:Message></t:Create>"
                )
        if since:
            changes += [
                f'<t:Delete><t:ItemId Id="{mid}" ChangeKey="x"/></t:Delete>'
                for v, f, mid in self.box.removed
                if f == folder and v > since
            ]
        extra = (
            f"<m:SyncState>s-{self.box.version}</m:SyncState>"
            "<m:IncludesLastItemInRange>true</m:IncludesLastItemInRange>"
        )
        return _response("SyncFolderItems", f"<m:Changes>{''.join(changes)}</m:Changes>", extra=extra)

    def _op_GetItem(self, body: str) -> bytes:
        out = []
        for mid in re.findall(r'<t:ItemId Id="([^"]+)"', body):
            m = self.box.messages.get(mid)
            if mid in self.box.getitem_errors:
                code = self.box.getitem_errors[mid]
                out.append(
                    f'<m:GetItemResponseMessage ResponseClass="Error"><m:MessageText>{code}</m:MessageText>'
                    f"<m:ResponseCode>{code}</m:ResponseCode><m:Items/></m:GetItemResponseMessage>"
                )
                continue
            if m is None:
                out.append(
                    '<m:GetItemResponseMessage ResponseClass="Error"><m:MessageText>gone</m:MessageText>'
                    "<m:ResponseCode>ErrorItemNotFound</m:ResponseCode><m:Items/></m:GetItemResponseMessage>"
                )
                continue
            self.box.mime_fetched.append(mid)
            mime = base64.b64encode(m["mime"]).decode()
            out.append(
                '<m:GetItemResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>'
                f'<m:Items><t:Message><t:MimeContent CharacterSet="UTF-8">{mime}</t:MimeContent>'
                f'<t:ItemId Id="{mid}" ChangeKey="ck-{mid}-{m["v"]}"/></t:Message></m:Items>'
                "</m:GetItemResponseMessage>"
            )
        return _envelope(
            f'<m:GetItemResponse xmlns:m="{M}" xmlns:t="{T}"><m:ResponseMessages>{"".join(out)}'
            "</m:ResponseMessages></m:GetItemResponse>"
        )


@contextmanager
def run_ews(box: EwsMailbox) -> Iterator[str]:
    handler = type("Handler", (_Handler,), {"box": box})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/EWS/Exchange.asmx"
    finally:
        server.shutdown()
        server.server_close()
