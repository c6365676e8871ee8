"""IMAP source against a real Dovecot on loopback: seed, sweep, change, sweep again incrementally."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.errors import ConfigError, SourceError
from pii_scanner.core.model import Item
from pii_scanner.core.state import MemoryState
from pii_scanner.pipeline import scan_items
from pii_scanner.sources.registry import open_source
from tests.helpers.mail_messages import CONFIG, CPR, make_mail
from tests.servers import dovecot

pytestmark = [pytest.mark.imap, pytest.mark.skipif(not dovecot.available(), reason="dovecot not installed")]


@pytest.fixture(scope="module", params=["stock", "condstore-in-greeting"])
def server(request: pytest.FixtureRequest) -> Iterator[dovecot.Dovecot]:
    """Every test runs against Dovecot's stock configuration and one that forces CONDSTORE early."""
    forced = "+CONDSTORE" if request.param == "condstore-in-greeting" else None
    with dovecot.run_dovecot(imap_capability=forced) as srv:
        client: Any = dovecot.imap_client(srv)
        client.create("Privat")
        client.create("Arkiv")
        for i in range(3):
            client.append("INBOX", None, None, bytes(make_mail(subject=f"m{i}")))
        client.append("INBOX", None, None, bytes(make_mail(subject="PRIVAT: læge", body=f"CPR {CPR}")))
        client.append("Privat", None, None, bytes(make_mail(subject="hej")))
        client.append("Arkiv", None, None, bytes(make_mail(body="ingen cpr her", to="kim@firma.dk")))
        client.logout()
        yield srv


def sweep(spec: dict[str, object], state: MemoryState) -> list[Item]:
    return list(open_source(spec, CONFIG, state).items())


def live(items: list[Item]) -> list[Item]:
    return [i for i in items if not i.deleted]


def _sweep_with_events(config: Path) -> tuple[Any, list[dict[str, Any]]]:
    """One sweep of ``config`` with one worker, and every event it sent."""
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.sweeps.engine import sweep as run_sweep

    events: list[dict[str, Any]] = []
    result = run_sweep(
        config_path=config,
        config=ScanConfig(workers=1),
        notify=False,
        events=lambda e, **f: events.append({"event": e, **f}),
    )
    return result, events


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_full_then_incremental_sweep(server: dovecot.Dovecot, security: str) -> None:
    state = MemoryState()
    spec = server.spec(security)
    first = sweep(spec, state)
    assert len(first) == 6 and not any(i.deleted for i in first)
    assert {i.mail.folder for i in first if i.mail} == {"INBOX", "Privat", "Arkiv"}
    assert all(i.origin == "mail" and i.mime_hint == "message/rfc822" and i.change_key for i in first)
    assert first[0].location.startswith(f"imap://jens%40firma.dk@127.0.0.1:{spec['port']}/")
    assert ";UIDVALIDITY=" in first[0].location and ";UID=" in first[0].location
    # Private mail: only the header block was fetched.
    private = [i for i in first if i.data is not None and CPR.encode() not in i.data and b"PRIVAT" in i.data]
    assert len(private) == 1 and b"\n\n" not in private[0].data.replace(b"\r\n", b"\n").strip()
    assert sweep(spec, state) == []  # nothing changed: nothing yielded


def test_changes_add_delete_flag(server: dovecot.Dovecot) -> None:
    state = MemoryState()
    spec = server.spec("tls")
    sweep(spec, state)
    client: Any = dovecot.imap_client(server)
    client.append("INBOX", None, None, bytes(make_mail(subject="ny")))
    client.select("INBOX")
    client.uid("STORE", "1", "+FLAGS", "(\\Deleted)")
    client.expunge()
    client.uid("STORE", "2", "+FLAGS", "(\\Seen \\Flagged)")  # not content: not re-yielded
    client.uid("STORE", "3", "+FLAGS", "(Privat)")  # a private keyword: re-yielded as private
    client.logout()
    second = sweep(spec, state)
    gone = [i for i in second if i.deleted]
    assert [i.metadata["uid"] for i in gone] == [1]
    assert sorted(i.metadata["uid"] for i in live(second)) == [3, 5]
    marked = next(i for i in live(second) if i.metadata["uid"] == 3)
    assert marked.mail is not None and marked.mail.sensitivity == "private" and marked.change_key.endswith(":p")
    assert sweep(spec, state) == []


def test_uidvalidity_change_means_everything_is_new(server: dovecot.Dovecot) -> None:
    state = MemoryState()
    spec = server.spec("tls", folders=["Arkiv"])
    assert len(sweep(spec, state)) == 1
    state.set("imap:Arkiv:uidvalidity", "1")  # as if the server renumbered the folder
    again = sweep(spec, state)
    assert [i.deleted for i in again] == [True, False]


def test_folder_deleted_gives_tombstones(server: dovecot.Dovecot) -> None:
    state = MemoryState()
    spec = server.spec("tls")
    client: Any = dovecot.imap_client(server)
    client.create("Tmp")
    client.append("Tmp", None, None, bytes(make_mail(subject="tmp")))
    client.logout()
    sweep(spec, state)
    client = dovecot.imap_client(server)
    client.delete("Tmp")
    client.logout()
    again = sweep(spec, state)
    assert [(i.metadata["folder"], i.deleted) for i in again] == [("Tmp", True)]


def test_pipeline_flags_over_imap(server: dovecot.Dovecot) -> None:
    spec = server.spec("tls", folders=["INBOX", "Privat"])
    results = list(scan_items(open_source(spec, CONFIG, MemoryState()).items(), CONFIG))
    by_subject = {r.item.mail.subject: r for r in results if r.item.mail and r.item.depth == 0}
    assert by_subject["m1"].flags == ["unencrypted_cpr"] and by_subject["m1"].external_recipients
    assert by_subject["PRIVAT: læge"].private and by_subject["PRIVAT: læge"].findings == []
    assert by_subject["hej"].private  # in the folder "Privat"


def test_bad_password_and_plaintext_secret(server: dovecot.Dovecot, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = server.spec("tls")
    monkeypatch.setenv("PII_TEST_IMAP_PASSWORD", "wrong-password")
    with pytest.raises(SourceError) as err:
        sweep(spec, MemoryState())
    assert "wrong-password" not in str(err.value)
    with pytest.raises(ConfigError):
        open_source({**spec, "password": "x"}, CONFIG, MemoryState())
    with pytest.raises(ConfigError):
        open_source({**spec, "host": "mail.example.com", "security": "none"}, CONFIG, MemoryState())


def test_password_file_must_be_private(server: dovecot.Dovecot, tmp_path: Path) -> None:
    pw = tmp_path / "pw"
    pw.write_text(server.password)
    pw.chmod(0o644)
    spec = {k: v for k, v in server.spec("tls").items() if k != "password_env"}
    with pytest.raises(ConfigError):
        open_source({**spec, "password_file": str(pw)}, CONFIG, MemoryState())
    pw.chmod(0o600)
    assert len(sweep({**spec, "password_file": str(pw), "folders": ["Arkiv"]}, MemoryState())) == 1


def test_capabilities_are_read_after_login(server: dovecot.Dovecot) -> None:
    from pii_scanner.sources.mail.imap import ImapSource
    from pii_scanner.sources.specs import ImapSpec, parse_spec

    spec = parse_spec(server.spec("tls"))
    assert isinstance(spec, ImapSpec)
    source = ImapSource(spec, CONFIG, MemoryState(), server.password)
    conn = source.connect()
    try:
        assert "CONDSTORE" in conn.capabilities and "ENABLE" in conn.capabilities
    finally:
        conn.logout()


@pytest.mark.parametrize("keyword", ["Privat", "$Private", "$private", "$label3"])  # $label3: Thunderbird's Personal
def test_private_keyword_set_after_sweep_is_picked_up(server: dovecot.Dovecot, keyword: str) -> None:
    folder = f"Kw{keyword.strip('$')}{keyword[0] == '$'}"
    client: Any = dovecot.imap_client(server)
    client.create(folder)
    client.append(folder, None, None, bytes(make_mail(subject="almindelig", body=f"CPR {CPR}")))
    client.logout()
    state = MemoryState()
    spec = server.spec("tls", folders=[folder])
    (first,) = sweep(spec, state)
    assert first.mail is not None and first.mail.sensitivity == "normal"
    client = dovecot.imap_client(server)
    client.select(folder)
    client.uid("STORE", "1", "+FLAGS", f"({keyword})")
    client.logout()
    (again,) = sweep(spec, state)
    assert again.mail is not None and again.mail.sensitivity == "private"
    assert again.data is not None and CPR.encode() not in again.data  # headers only
    (result,) = list(scan_items([again], CONFIG))
    assert result.private and not result.findings
    client = dovecot.imap_client(server)
    client.select(folder)
    client.uid("STORE", "1", "-FLAGS", f"({keyword})")
    client.logout()
    (back,) = sweep(spec, state)  # no longer private: read again
    assert back.mail is not None and back.mail.sensitivity == "normal" and CPR.encode() in (back.data or b"")


def test_hostile_private_headers_over_imap_are_not_downloaded(server: dovecot.Dovecot) -> None:
    """The IMAP header fetch is read by the same decision as files: variants included."""
    body = f"CPR {CPR}\r\n"
    variants = [
        f"From: a@firma.dk\r\nSubject: v1\r\nSensitivity: Private (user)\r\n\r\n{body}",
        f"From: a@firma.dk\r\nSubject: v2\r\nSensitivity: Normal\r\nSensitivity: Private\r\n\r\n{body}",
        f"From: a@firma.dk\r\nSubject: v3\r\nno colon on this line\r\nSensitivity: Private\r\n\r\n{body}",
        f"From: a@firma.dk\r\nSubject: v4\r\nSensitivity: Hemmelig\r\n\r\n{body}",
    ]
    folder = "Hostile"
    client: Any = dovecot.imap_client(server)
    client.create(folder)
    for raw in variants:
        client.append(folder, None, None, raw.encode())
    client.logout()
    items = sweep(server.spec("tls", folders=[folder]), MemoryState())
    assert len(items) == 4
    assert all(i.mail is not None and i.mail.sensitivity in ("private", "unreadable") for i in items)
    assert not any(CPR.encode() in (i.data or b"") for i in items)  # bodies never fetched
    results = list(scan_items(items, CONFIG))
    assert all(r.private and not r.findings for r in results)


def test_a_connection_dropped_mid_sweep_fails_the_source_not_the_sweep(
    server: dovecot.Dovecot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server drops the connection while messages are fetched (restart, idle timeout): imaplib's abort
    ended the whole sweep as an internal error (exit 70), the sources after it never swept."""
    import json
    import socket

    from pii_scanner.sources.mail import imap

    local = tmp_path / "lokal"
    local.mkdir()
    (local / "x.txt").write_text(f"CPR {CPR}\n", encoding="utf-8")
    lines = [f"[store]\ndb = {json.dumps(str(tmp_path / 'index.sqlite3'))}\n\n[[sources]]"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in server.spec().items()]
    lines += ["", "[[sources]]", 'type = "paths"', 'name = "lokal"', f"paths = [{json.dumps(str(local))}]"]
    config = tmp_path / "sweep.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    real_bodies = imap.ImapSource._bodies

    def dropped(self: Any, conn: Any, uids: list[int]) -> dict[int, bytes]:
        conn.sock.shutdown(socket.SHUT_RDWR)  # the server side goes away: the next command fails
        return real_bodies(self, conn, uids)

    monkeypatch.setattr(imap.ImapSource, "_bodies", dropped)
    result, events = _sweep_with_events(config)
    assert result.exit_code == 4 and result.failed_sources == ["dovecot"]
    (failed,) = [e for e in events if e["event"] == "source_failed"]
    assert failed["kind"] == "SourceError" and "connection lost" in failed["message"]
    assert [e["source"] for e in events if e["event"] == "source_finished"] == ["lokal"]
    assert "jens" not in failed["message"]  # the account is not named in the event


def test_messages_expunged_while_a_folder_is_read_do_not_hold_later_sweeps(
    server: dovecot.Dovecot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Messages listed and then expunged before they were fetched were never stored, yet the next sweeps
    counted their UIDs as removals: "mass removal held", exit 4, on every sweep after."""
    import json

    from pii_scanner.core.config import ScanConfig
    from pii_scanner.sources.mail import imap
    from pii_scanner.sweeps.engine import sweep as run_sweep

    folder = f"Stor{tmp_path.name[-6:]}"
    client: Any = dovecot.imap_client(server)
    client.create(folder)
    for i in range(30):
        client.append(folder, None, None, bytes(make_mail(subject=f"s{i}", body="ingen cpr")))
    lines = [f"[store]\ndb = {json.dumps(str(tmp_path / 'index.sqlite3'))}\n\n[[sources]]"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in server.spec(folders=[folder], batch=5).items()]
    config = tmp_path / "sweep.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    real_fetch = imap.ImapSource._fetch
    fetches: list[int] = []

    def expunge_the_rest(self: Any, conn: Any, folder_: str, validity: str, uids: list[int]) -> Any:
        fetches.append(len(uids))
        if len(fetches) == 2:  # the user empties most of the folder while the sweep reads it
            client.select(folder)
            client.uid("STORE", "11:*", "+FLAGS", r"(\Deleted)")
            client.expunge()
        return real_fetch(self, conn, folder_, validity, uids)

    monkeypatch.setattr(imap.ImapSource, "_fetch", expunge_the_rest)
    first = run_sweep(config_path=config, config=ScanConfig(workers=1), notify=False)
    monkeypatch.setattr(imap.ImapSource, "_fetch", real_fetch)
    assert first.exit_code == 0 and not first.held_sources
    events: list[str] = []
    for _ in range(2):  # nothing changed since: the next sweeps are clean, not held
        again = run_sweep(
            config_path=config, config=ScanConfig(workers=1), notify=False, events=lambda e, **f: events.append(e)
        )
        assert again.exit_code == 0 and not again.held_sources
    assert "mass_removal_held" not in events
    client.logout()


@pytest.mark.parametrize("folders", [["Arkvi"], ["INBOX", "Arkvi"]])
def test_a_named_folder_the_server_does_not_have_fails_the_source(
    server: dovecot.Dovecot, tmp_path: Path, folders: list[str]
) -> None:
    """``folders = ["Arkvi"]`` (a typo for Arkiv): nothing was read and the sweep said "ok", exit 0."""
    import json

    lines = [f"[store]\ndb = {json.dumps(str(tmp_path / 'index.sqlite3'))}\n\n[[sources]]"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in server.spec(folders=folders).items()]
    config = tmp_path / "sweep.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, events = _sweep_with_events(config)
    assert result.exit_code == 4 and result.failed_sources == ["dovecot"]
    (failed,) = [e for e in events if e["event"] == "source_failed"]
    assert "Arkvi" in failed["message"] and "not on the server" in failed["message"]
    stored = sum(e.get("results", 0) for e in events if e["event"] == "sweep_finished")
    assert stored == (4 if "INBOX" in folders else 0)  # the folders that are there are still read


def test_a_named_folder_with_subfolders_only_is_no_missing_folder(server: dovecot.Dovecot) -> None:
    client: Any = dovecot.imap_client(server)
    typ, _ = client.create("Tom.Under")  # Tom: a parent the server lists \\Noselect (Dovecot's separator is ".")
    client.logout()
    assert typ == "OK"
    items = sweep(server.spec(folders=["Tom", "Tom.Under"]), MemoryState())
    assert items == []
