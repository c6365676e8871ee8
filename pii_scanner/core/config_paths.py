"""Relative paths written in a configuration file are relative to that file's folder, not to the cwd.

A nightly sweep runs in ``/`` (systemd) or ``$HOME`` (cron, Task Scheduler): read against the cwd,
``[store] db = "index.db"`` and ``paths = ["data"]`` swept another folder into another index without a
word. Every key that names a local file or folder is anchored here, on the raw TOML document, before
the document is checked, so every verb that reads the file sees the same absolute paths.

Anchoring joins the texts (``os.path.join``; ``..`` and ``.`` are kept as written): the part after the
folder is the value as written, which a source identity recorded before this rule can be matched by
(``sweeps.engine.legacy_identity``). ``~`` paths, absolute paths, URLs and ``-`` (stdin) are left alone.

>>> import posixpath
>>> anchor_path("data", "/etc/pii") == posixpath.join("/etc/pii", "data") or os.sep != "/"
True
>>> anchor_path("/srv/share", "/etc/pii"), anchor_path("~/x", "/etc/pii"), anchor_path("-", "/etc/pii")
('/srv/share', '~/x', '-')
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path, PureWindowsPath
from typing import Any

# Source kinds whose ``path``/``paths`` are local files or folders.
LOCAL_PATH_KINDS = frozenset({"paths", "pst", "mailbox_file"})
# Built-in kinds whose ``path``/``paths`` name something on a server (smb, dropbox folders): left as written.
# Every other kind's (a plug-in kind, typically wrapping ``paths``) is a local path and anchored.
REMOTE_PATH_KINDS = frozenset({"smb", "dropbox", "sharepoint", "onedrive", "imap", "ews", "graph", "sql", "removable"})
# Keys of a [[sources]] table naming a local file, besides secrets' ``X_file``.
SOURCE_FILE_KEYS = frozenset({"ca_file", "ca_certs"})
_SQLITE = "sqlite:///"


def _is_absolute(text: str) -> bool:
    # A Windows path written on a POSIX host ("C:\\x", "\\\\server\\share") is not made relative either.
    return Path(text).is_absolute() or PureWindowsPath(text).is_absolute() or text.startswith(("\\", "/"))


def anchor_path(value: Any, base: str | Path) -> Any:
    """``value`` joined to ``base`` when it is a relative path; anything else as it is (the checker
    reports a wrong type)."""
    if not isinstance(value, str) or not value.strip() or value == "-" or value.startswith("~"):
        return value
    if "://" in value or _is_absolute(value):
        return value
    return os.path.join(str(base), value)


def anchor_db(value: Any, base: str | Path) -> Any:
    """``[store] db``: a plain path, or SQLAlchemy's relative ``sqlite:///name.db`` (three slashes and a
    relative path), anchored; ``sqlite://`` (in memory) and server URLs as written."""
    if isinstance(value, str) and value.startswith(_SQLITE):
        return anchor_sqlite(value, base)
    return anchor_path(value, base)


def anchor_sqlite(value: Any, base: str | Path) -> Any:
    """A relative ``sqlite:///name.db`` anchored; any other URL (a server, ``sqlite://``, an absolute file)
    as written.

    >>> anchor_sqlite("sqlite:///hr.db", "/etc/pii") == "sqlite:///" + os.path.join("/etc/pii", "hr.db")
    True
    >>> anchor_sqlite("postgresql://h/db", "/etc/pii"), anchor_sqlite("sqlite:////srv/hr.db", "/etc/pii")
    ('postgresql://h/db', 'sqlite:////srv/hr.db')
    """
    if not isinstance(value, str) or not value.startswith(_SQLITE):
        return value
    rest = value[len(_SQLITE) :]
    if rest and rest != ":memory:" and not rest.startswith(("/", "~")) and not _is_absolute(rest.split("?")[0]):
        return _SQLITE + os.path.join(str(base), rest)
    return value


def _pipeline(value: Any, base: str | Path) -> Any:
    """A spaCy pipeline is a package name or a folder: anchored only when written as a path, or when
    the file's folder holds a folder of that name."""
    if not isinstance(value, str):
        return value
    if any(sep in value for sep in ("/", "\\")) or value.startswith(".") or Path(base, value).is_dir():
        return anchor_path(value, base)
    return value


def _table(doc: Mapping[str, Any], name: str) -> dict[str, Any] | None:
    found = doc.get(name)
    return dict(found) if isinstance(found, dict) else None


def anchored_document(doc: Mapping[str, Any], base: str | Path) -> dict[str, Any]:
    """A copy of the raw TOML document with every relative local path anchored at ``base``."""
    out = dict(doc)
    store = _table(out, "store")
    if store is not None and "db" in store:
        store["db"] = anchor_db(store["db"], base)
        out["store"] = store
    retention = _table(out, "retention")
    if retention is not None and "policy" in retention:
        retention["policy"] = anchor_path(retention["policy"], base)
        out["retention"] = retention
    scan = _table(out, "scan")
    if scan is not None:
        if "key_file" in scan:
            scan["key_file"] = anchor_path(scan["key_file"], base)
        ner = _table(scan, "ner")
        if ner is not None and isinstance(ner.get("pipelines"), dict):
            ner["pipelines"] = {lang: _pipeline(v, base) for lang, v in ner["pipelines"].items()}
            scan["ner"] = ner
        out["scan"] = scan
    sources = out.get("sources")
    if isinstance(sources, list):
        out["sources"] = [_source(s, base) if isinstance(s, dict) else s for s in sources]
    return out


def _source(table: Mapping[str, Any], base: str | Path) -> dict[str, Any]:
    out = dict(table)
    kind = out.get("type", "paths")
    if kind not in REMOTE_PATH_KINDS:
        if "path" in out:
            out["path"] = anchor_path(out["path"], base)
        if isinstance(out.get("paths"), list):
            out["paths"] = [anchor_path(p, base) for p in out["paths"]]
    if kind == "sql" and "url" in out:  # sqlite:///name.db is a file beside the configuration
        out["url"] = anchor_sqlite(out["url"], base)
    for key in list(out):
        if key in SOURCE_FILE_KEYS or key.endswith("_file"):
            out[key] = anchor_path(out[key], base)
    return out


def config_folder(path: str | Path) -> str:
    """The absolute folder of a configuration file (what its relative paths are relative to)."""
    return str(Path(path).absolute().parent)
