"""Typed source specs: one class per kind, every wrong key ONE clear line, identities unchanged."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.core.config import ScanConfig
from pii_scanner.core.config_paths import LOCAL_PATH_KINDS
from pii_scanner.core.config_schema import toml_keys
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.secret_ref import SecretRef
from pii_scanner.core.state import MemoryState
from pii_scanner.sources.registry import SOURCE_KINDS, load_sweep_config, open_source
from pii_scanner.sources.specs import (
    SOURCE_KEYS,
    SPEC_CLASSES,
    DropboxSpec,
    EwsSpec,
    GenericSpec,
    ImapSpec,
    PathsSpec,
    RemovableSpec,
    SmbSpec,
    parse_spec,
)
from pii_scanner.sweeps.engine import (
    earlier_identities,
    lock_name,
    normalised_spec,
    source_identity,
    sweep_sources_from,
)

# The smallest valid table of each kind (besides type and name).
MINIMAL: dict[str, str] = {
    "paths": 'paths = ["/srv/share"]',
    "removable": "",
    "pst": 'paths = ["/srv/pst"]',
    "mailbox_file": 'paths = ["/srv/mbox"]',
    "imap": 'host = "imap.example.dk"\nusername = "scanner"',
    "ews": 'endpoint = "https://ex.example.dk/EWS/Exchange.asmx"\nusername = "scanner"\nmailboxes = ["a@example.dk"]',
    "graph": 'mailboxes = ["a@example.dk"]',
    "sharepoint": "",
    "onedrive": 'users = ["a@example.dk"]',
    "sql": 'url = "sqlite:///x.db"',
    "smb": 'server = "fs.example.dk"\nshare = "Clients"\nusername = "scanner"',
    "dropbox": "",
}

# Per kind: (extra TOML line, the key the message names, words it holds): an unknown key, a wrong
# type, a bad value.
BAD: list[tuple[str, str, str, str]] = [
    ("paths", 'orgin = "share"', "orgin", "did you mean origin"),
    ("paths", "origin = 5", "origin", "a text in quotes"),
    ("paths", 'origin = "usb"', "origin", "local, removable, share"),
    ("removable", 'jurisdction = "DK"', "jurisdction", "did you mean jurisdiction"),
    ("removable", "jurisdiction = 45", "jurisdiction", "a text in quotes"),
    ("removable", 'jurisdiction = "NO"', "jurisdiction", "one of DK, SE"),
    ("pst", 'pathz = ["/x"]', "pathz", "did you mean path"),
    ("pst", 'origin = ["local"]', "origin", "a text in quotes"),
    ("pst", 'paths = [""]', "paths", "none empty"),
    ("mailbox_file", 'folder = "x"', "folder", "unknown key for a mailbox_file source"),
    ("mailbox_file", "path = 3", "path", "a text in quotes"),
    ("mailbox_file", 'origin = "cloud"', "origin", "local, removable, share"),
    ("imap", 'hots = "h"', "hots", "did you mean host"),
    ("imap", 'port = "993"', "port", "a whole number"),
    ("imap", 'security = "ssl"', "security", "one of tls, starttls, none"),
    ("ews", 'mailboxs = ["b@example.dk"]', "mailboxs", "did you mean mailboxes"),
    ("ews", 'archive = "yes"', "archive", "true or false"),
    ("ews", 'access_type = "admin"', "access_type", "one of impersonation, delegate"),
    ("graph", 'tenant = "t"', "tenant", "did you mean tenant_id"),
    ("graph", 'page_size = "50"', "page_size", "a whole number"),
    ("graph", "page_size = 5000", "page_size", "from 1 to 1000"),
    ("sharepoint", 'site = ["s"]', "site", "did you mean sites"),
    ("sharepoint", 'sites = "contoso.sharepoint.com:/sites/hr"', "sites", "a list"),
    ("sharepoint", "max_retries = -1", "max_retries", ">= 0"),
    ("onedrive", 'user = ["a@example.dk"]', "user", "did you mean users"),
    ("onedrive", "users = [1]", "users[0]", "a text in quotes"),
    ("onedrive", "timeout = 0", "timeout", "> 0"),
    ("sql", 'schema = ["public"]', "schema", "did you mean schemas"),
    ("sql", 'sample = "many"', "sample", "a whole number"),
    ("sql", "batch_size = 0", "batch_size", ">= 1"),
    ("smb", 'sever = "fs"', "sever", "did you mean server"),
    ("smb", 'encrypt = "yes"', "encrypt", "true or false"),
    ("smb", 'auth = "basic"', "auth", "one of ntlm, kerberos, negotiate"),
    ("dropbox", 'member = ["dbmid:1"]', "member", "did you mean members"),
    ("dropbox", "team = 1", "team", "true or false"),
    ("dropbox", "max_retries = -1", "max_retries", ">= 0"),
]


def _toml(kind: str, extra: str) -> str:
    """The kind's minimal table with ``extra``'s keys added or replaced."""
    replaced = {line.split(" = ")[0] for line in extra.splitlines()}
    kept = [line for line in MINIMAL[kind].splitlines() if line.split(" = ")[0] not in replaced]
    return "\n".join(["[[sources]]", f'type = "{kind}"', 'name = "s"', *kept, extra, ""])


def test_every_kind_has_bad_cases_and_a_valid_minimum(tmp_path: Path) -> None:
    assert {kind for kind, *_ in BAD} == set(SPEC_CLASSES) == set(MINIMAL)
    for kind in MINIMAL:
        cfg = tmp_path / f"{kind}.toml"
        cfg.write_text(_toml(kind, ""), encoding="utf-8")
        _config, _doc, specs = load_sweep_config(cfg)
        assert type(specs[0]) is SPEC_CLASSES[kind] and specs[0].type == kind


@pytest.mark.parametrize(("kind", "extra", "key", "words"), BAD, ids=[f"{b[0]}:{b[2]}:{b[1][:12]}" for b in BAD])
def test_bad_key_is_one_line_exit_2(tmp_path: Path, kind: str, extra: str, key: str, words: str) -> None:
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(_toml(kind, extra), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_sweep_config(cfg)
    message = str(caught.value)
    assert message.startswith(f"{cfg}: sources[0] (s).{key}: ") and words in message, message
    assert "\n" not in message
    db = tmp_path / "i.sqlite"
    result = CliRunner().invoke(main, ["sweep", "--config", str(cfg), "--db", str(db)])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.output, result.output
    assert not db.exists()  # nothing ran: not even the index was created


@pytest.mark.parametrize(
    ("kind", "extra", "words"),
    [
        ("ews", "mailboxes = []", "'mailboxes' is required"),
        ("imap", 'security = "none"', "only allowed on loopback"),
        ("dropbox", "team = true", "needs 'members'"),
        ("smb", 'auth = "NTLM"\nusername = ""', "username is required"),
        ("onedrive", "users = []", "'users' is required"),
        ("imap", 'password = "hunter2"', "never written in the file"),
        ("dropbox", 'refresh_token = "x"', "refresh_token_env"),
    ],
)
def test_rules_across_keys_and_plain_secrets(tmp_path: Path, kind: str, extra: str, words: str) -> None:
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(_toml(kind, extra), encoding="utf-8")
    with pytest.raises(ConfigError, match=words) as caught:
        load_sweep_config(cfg)
    assert str(caught.value).startswith(f"{cfg}: sources[0] (s)") and "\n" not in str(caught.value)


def test_missing_required_key_names_it(tmp_path: Path) -> None:
    cfg = tmp_path / "sweep.toml"
    cfg.write_text('[[sources]]\ntype = "smb"\nname = "s"\nserver = "fs"\nusername = "u"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"sources\[0\] \(s\): expected share = \"Clients\" \(required\)"):
        load_sweep_config(cfg)


def test_specs_are_typed_with_defaults() -> None:
    spec = parse_spec({"type": "paths", "name": "hr", "path": "/srv/hr", "jurisdiction": "DK"})
    assert isinstance(spec, PathsSpec)
    assert (spec.paths, spec.origin, spec.jurisdiction) == (("/srv/hr",), "local", "DK")
    imap = parse_spec({"type": "imap", "name": "m", "host": "h", "username": "u", "password_env": "PW"})
    assert isinstance(imap, ImapSpec)
    assert imap.password == SecretRef(env="PW") and imap.token is None
    assert (imap.server_port, imap.timeout, imap.batch, imap.folders) == (993, 60.0, 100, ())
    assert isinstance(imap.timeout, float)
    ews = parse_spec({"type": "ews", "name": "e", "endpoint": "x", "username": "u", "mailbox": "a@b"})
    assert isinstance(ews, EwsSpec) and ews.all_mailboxes == ("a@b",) and ews.max_wait == 600.0
    smb = parse_spec({"type": "smb", "server": "fs", "share": "S", "auth": "kerberos"})
    assert isinstance(smb, SmbSpec) and (smb.port, smb.owner, smb.username) == (445, True, None)
    dbx = parse_spec({"type": "dropbox", "name": "d", "token_file": "/etc/pii/dbx"})
    assert isinstance(dbx, DropboxSpec) and dbx.paths == ("",) and dbx.token == SecretRef(file="/etc/pii/dbx")
    assert isinstance(parse_spec({"type": "removable", "name": "usb"}), RemovableSpec)


def test_plug_in_kind_keeps_its_own_keys() -> None:
    spec = parse_spec({"type": "my_plugin", "name": "p", "anything": 1, "jurisdiction": "SE"})
    assert isinstance(spec, GenericSpec) and spec.options == {"anything": 1} and spec.jurisdiction == "SE"
    with pytest.raises(ConfigError, match="one of DK, SE"):
        parse_spec({"type": "my_plugin", "name": "p", "jurisdiction": "NO"})
    built = GenericSpec("my_plugin", "p", options={"anything": 1})
    assert built.as_table() == {"type": "my_plugin", "name": "p", "anything": 1}


def test_a_new_field_is_a_new_checked_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # One source of truth: a field added to a spec is a TOML key, type-checked, with no other change.
    @dataclasses.dataclass(frozen=True, kw_only=True)
    class ImapWithLimit(ImapSpec):
        max_messages: int = 0

    assert "max_messages" in toml_keys(ImapWithLimit) and "max_messages" not in SOURCE_KEYS["imap"]
    monkeypatch.setitem(SPEC_CLASSES, "imap", ImapWithLimit)
    base = {"type": "imap", "name": "m", "host": "h", "username": "u"}
    spec = parse_spec({**base, "max_messages": 5})
    assert isinstance(spec, ImapWithLimit) and spec.max_messages == 5
    with pytest.raises(ConfigError, match='max_messages: expected a whole number, got "5"'):
        parse_spec({**base, "max_messages": "5"})


def test_source_keys_derive_from_the_specs() -> None:
    assert SOURCE_KEYS["imap"] == toml_keys(ImapSpec)
    assert {"password_env", "password_keyring", "password_file", "token_env"} <= SOURCE_KEYS["imap"]
    assert "password" not in SOURCE_KEYS["imap"] and "given" not in SOURCE_KEYS["imap"]
    assert {"paths", "path", "origin", "type", "name", "jurisdiction"} == SOURCE_KEYS["paths"]
    assert {"sites", "users", "client_secret_env", "tenant_id"} <= SOURCE_KEYS["sharepoint"]
    assert set(SOURCE_KINDS) == set(SPEC_CLASSES)


def test_open_source_takes_a_typed_spec(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    spec = PathsSpec("paths", "t", paths=(str(tmp_path),))
    source = open_source(spec, ScanConfig(), MemoryState())
    assert [i.name for i in source.items()] == ["a.txt"]
    assert spec.as_table() == {"type": "paths", "name": "t", "paths": [str(tmp_path)]}


# --- identity: existing indexes must keep recognising their sources --------------------------------

_SECRET_WORDS = ("pass", "secret", "token", "key", "credential")


def _normalised_before_typed_specs(spec: dict[str, Any]) -> str:
    """``sweeps.engine.normalised_spec`` as it was when sources were dicts (the reference)."""
    out: dict[str, Any] = {"type": str(spec.get("type", "paths"))}
    for key, value in spec.items():
        if key in ("name", "type") or any(w in key.lower() for w in _SECRET_WORDS):
            continue
        if key in ("path", "paths"):
            raw = value if isinstance(value, list) else [value]
            out["paths"] = sorted({str(Path(str(p)).expanduser().absolute()) for p in raw})
            continue
        out[key] = value
    return json.dumps(out, sort_keys=True, default=str, ensure_ascii=False)


TABLES: list[dict[str, Any]] = [
    {"type": "paths", "name": "hr", "paths": ["/srv/hr/b", "/srv/hr/a"], "origin": "share", "jurisdiction": "dk"},
    {"name": "single", "path": "~/Documents"},
    {"type": "imap", "name": "m", "host": "h", "username": "u", "port": 993, "timeout": 30, "password_env": "PW"},
    {"type": "graph", "name": "g", "mailboxes": ["a@b"], "max_wait": 5, "verdict_categories": {"found": "PII"}},
    {"type": "sql", "name": "q", "url": "sqlite:///x.db", "updated_at": {"public.t": "changed"}, "sample": 10},
    {"type": "smb", "name": "s", "server": "fs", "share": "S", "username": "u", "exclude": ["*.tmp"], "port": 445},
    {"type": "dropbox", "name": "d", "paths": ["/Clients"], "app_key": "k", "refresh_token_env": "R"},
    {"type": "my_plugin", "name": "p", "anything": 1.5},
]


@pytest.mark.parametrize("table", TABLES, ids=[str(t.get("type", "paths")) + ":" + t["name"] for t in TABLES])
def test_identity_is_byte_for_byte_unchanged(table: dict[str, Any]) -> None:
    spec = parse_spec(table)
    assert normalised_spec(spec) == _normalised_before_typed_specs(table)
    key: Callable[[str], str] = lambda text: "k:" + text  # noqa: E731
    before = key("source-spec:" + _normalised_before_typed_specs(table))
    if spec.type in LOCAL_PATH_KINDS:  # one identity per location now (F8); the old one is adopted
        assert before in earlier_identities(spec, None, key)
    else:
        assert source_identity(spec, key) == before


def test_identity_golden() -> None:
    # Literal texts: the reference function above cannot drift unnoticed either.
    assert normalised_spec(parse_spec(TABLES[2])) == (
        '{"host": "h", "port": 993, "timeout": 30, "type": "imap", "username": "u"}'
    )
    assert normalised_spec(parse_spec(TABLES[4])) == (
        '{"sample": 10, "type": "sql", "updated_at": {"public.t": "changed"}, "url": "sqlite:///x.db"}'
    )


def test_sweep_sources_keep_their_identity(tmp_path: Path) -> None:
    doc = {"sources": [dict(t) for t in TABLES[:3]]}
    specs = sweep_sources_from([tmp_path], doc, "removable", "sweep.toml")
    assert [s.name for s in specs[:3]] == ["hr", "single", "m"]
    adhoc = specs[3]
    assert isinstance(adhoc, PathsSpec) and adhoc.origin == "removable"
    before = {"type": "paths", "name": adhoc.name, "paths": [str(tmp_path.absolute())], "origin": "removable"}
    assert normalised_spec(adhoc) == _normalised_before_typed_specs(before)
    # The lock of an ad-hoc sweep (no config file) hashes the same texts as before.
    texts = sorted([*(_normalised_before_typed_specs(t) for t in TABLES[:3]), _normalised_before_typed_specs(before)])
    digest = hashlib.sha256(("sources:" + "|".join(texts)).encode("utf-8")).hexdigest()
    assert lock_name(None, specs) == "sweep:" + digest[:40]
