"""The SMB source against a real Samba (smbd on loopback, throwaway config): sweeps over the wire,
planted CPRs in .txt and .docx, incremental re-reads, removals, unreadable folders and files, a
forbidden share, a wrong password, DFS links, owner SIDs, and no plaintext in the index."""

from __future__ import annotations

import datetime
import json
import os
import pickle
import time
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError, SourceUnavailable
from pii_scanner.core.secret_ref import SecretRef
from pii_scanner.core.state import MemoryState
from pii_scanner.sources.registry import open_source
from pii_scanner.sweeps.engine import SweepResult, sweep
from tests.helpers.nordic_numbers import make_cpr
from tests.servers.samba import PASSWORD_ENV, Samba, samba_server

__all__ = ["samba_server"]

CPR = make_cpr(datetime.date(1972, 3, 14), 5)
CPR_DASHED = f"{CPR[:6]}-{CPR[6:]}"
CONFIG = ScanConfig(workers=1)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value))


def _config(tmp_path: Path, *specs: dict[str, object]) -> Path:
    lines = [
        "[scan]\nworkers = 1\n[scan.ner]\nenabled = false\n",
        f"[store]\ndb = {json.dumps(str(tmp_path / 'index.sqlite3'))}\n",
    ]
    for spec in specs:
        lines.append("[[sources]]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in spec.items()]
        lines.append("")
    path = tmp_path / "sweep.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _folder(samba: Samba, tmp_path: Path) -> tuple[Path, str]:
    """A fresh folder inside the readable share for one test, and its path inside the share."""
    rel = f"t-{tmp_path.name}"
    folder = samba.data / rel
    folder.mkdir()
    folder.chmod(0o755)
    return folder, rel


def _docx(path: Path, text: str) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph(text)
    doc.save(str(path))
    path.chmod(0o644)


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o644)


def _run(config: Path, events: list[dict[str, Any]] | None = None, cfg: ScanConfig = CONFIG) -> SweepResult:
    def emit(event: str, **fields: Any) -> None:
        if events is not None:
            events.append({"event": event, **fields})

    return sweep(config_path=config, config=cfg, notify=False, events=emit)


def _items(tmp_path: Path) -> dict[str, dict[str, Any]]:
    from pii_scanner.store import open_store

    with open_store(str(tmp_path / "index.sqlite3")) as store:
        items = {r["location"].rsplit("/", 1)[-1]: r for r in store.rows("items")}
        findings = store.rows("findings")
    for row in items.values():
        row["findings"] = [f for f in findings if f["item_id"] == row["id"]]
    return items


def test_sweep_over_the_wire_is_incremental_and_keeps_no_plaintext(samba_server: Samba, tmp_path: Path) -> None:
    folder, rel = _folder(samba_server, tmp_path)
    _write(folder / "kunde.txt", f"Kunde: Jens Hansen, CPR-nr. {CPR_DASHED}\n")
    (folder / "breve").mkdir(mode=0o755)
    _docx(folder / "breve" / "brev.docx", f"Vedr. CPR-nummer {CPR_DASHED} for lønsedlen.")
    for n in range(3):
        _write(folder / f"note{n}.txt", f"Ingen personoplysninger her, note {n}.\n")
    config = _config(tmp_path, samba_server.spec(path=rel))

    first = _run(config)
    assert first.exit_code in (0, 1) and not first.failed_sources, first
    items = _items(tmp_path)
    assert items["kunde.txt"]["location"].startswith(f"smb://127.0.0.1:{samba_server.port}/data/{rel}/")
    assert {f["entity_type"] for f in items["kunde.txt"]["findings"]} >= {"DK_CPR"}
    assert {f["entity_type"] for f in items["brev.docx"]["findings"]} >= {"DK_CPR"}
    assert items["brev.docx"]["origin"] == "share"
    # The owner comes from the security descriptor: Samba maps the POSIX owner (root) to a SID.
    assert items["kunde.txt"]["owner"].startswith("S-1-")

    # Second sweep: one file changed, one deleted, the rest unchanged (skipped, not downloaded).
    time.sleep(0.05)
    _write(folder / "kunde.txt", f"Kunde: Jens Hansen, CPR-nr. {CPR_DASHED}, opdateret adresse.\n")
    (folder / "breve" / "brev.docx").unlink()
    second = _run(config)
    assert second.exit_code in (0, 1) and not second.failed_sources, second
    assert second.stats["read"] == 1 and second.stats["skipped"] == 3, second.stats
    assert second.stats["removed"] == 1, second.stats
    items = _items(tmp_path)
    assert items["brev.docx"]["removed_at"] is not None
    assert items["kunde.txt"]["removed_at"] is None and items["kunde.txt"]["findings"]

    from pii_scanner.store import open_store

    with open_store(str(tmp_path / "index.sqlite3")) as store:
        dump = json.dumps(store.dump(), default=str)
    assert CPR not in dump and CPR_DASHED not in dump


def test_unreadable_folder_and_file_are_error_records_and_the_walk_goes_on(samba_server: Samba, tmp_path: Path) -> None:
    folder, rel = _folder(samba_server, tmp_path)
    _write(folder / "a.txt", f"CPR {CPR_DASHED}\n")
    (folder / "lukket").mkdir(mode=0o755)
    _write(folder / "lukket" / "inde.txt", "intet\n")
    _write(folder / "z.txt", f"CPR {CPR_DASHED}\n")
    config = _config(tmp_path, samba_server.spec(path=rel))
    assert _run(config).exit_code in (0, 1)

    # The share account may no longer list one folder nor read one file (owned by root, mode 0600/0700).
    (folder / "lukket").chmod(0o700)
    _write(folder / "hemmelig.txt", f"CPR {CPR_DASHED}\n")
    (folder / "hemmelig.txt").chmod(0o600)
    result = _run(config)
    # The folder could not be listed: the source is failed (exit 4), but the walk went on.
    assert result.exit_code == 4 and result.failed_sources == ["samba-data"], result
    items = _items(tmp_path)
    assert items["lukket"]["error"] == "cannot list folder: access denied"
    assert items["hemmelig.txt"]["error"] == "cannot read: access denied"
    assert items["z.txt"]["findings"] and items["z.txt"]["removed_at"] is None
    # What sat in the unlistable folder was not seen, but it is not gone either.
    assert items["inde.txt"]["removed_at"] is None


def test_root_that_cannot_be_listed_fails_the_source_and_removes_nothing(samba_server: Samba, tmp_path: Path) -> None:
    folder, rel = _folder(samba_server, tmp_path)
    _write(folder / "a.txt", f"CPR {CPR_DASHED}\n")
    config = _config(tmp_path, samba_server.spec(path=rel))
    assert _run(config).exit_code in (0, 1)
    folder.chmod(0o700)
    events: list[dict[str, Any]] = []
    result = _run(config, events)
    assert result.exit_code == 4 and result.failed_sources == ["samba-data"]
    failed = [e for e in events if e["event"] == "source_failed"]
    assert failed and "cannot list" in failed[0]["message"] and "access denied" in failed[0]["message"]
    items = _items(tmp_path)
    assert items["a.txt"]["removed_at"] is None and items["a.txt"]["findings"]


def test_forbidden_share_is_a_failed_source_and_the_others_are_swept(samba_server: Samba, tmp_path: Path) -> None:
    folder, rel = _folder(samba_server, tmp_path)
    _write(folder / "a.txt", f"CPR {CPR_DASHED}\n")
    config = _config(tmp_path, samba_server.spec("secret"), samba_server.spec(path=rel))
    events: list[dict[str, Any]] = []
    result = _run(config, events)
    assert result.exit_code == 4 and result.failed_sources == ["samba-secret"], result
    assert result.stats["removed"] == 0
    failed = [e for e in events if e["event"] == "source_failed"]
    assert len(failed) == 1 and failed[0]["kind"] == "SourceUnavailable"
    assert "access denied" in failed[0]["message"]
    assert _items(tmp_path)["a.txt"]["findings"]


def test_wrong_password_is_a_clear_authentication_failure_within_seconds(samba_server: Samba, tmp_path: Path) -> None:
    os.environ["PII_TEST_SMB_WRONG"] = "not-the-password"
    config = _config(tmp_path, samba_server.spec(password_env="PII_TEST_SMB_WRONG"))
    events: list[dict[str, Any]] = []
    started = time.monotonic()
    result = _run(config, events)
    assert time.monotonic() - started < 20
    assert result.exit_code == 4 and result.failed_sources == ["samba-data"]
    failed = [e for e in events if e["event"] == "source_failed"]
    assert "authentication failed" in failed[0]["message"]
    assert "not-the-password" not in json.dumps(events)


def test_source_items_dfs_link_owner_exclude_and_picklable_reader(samba_server: Samba, tmp_path: Path) -> None:
    folder, rel = _folder(samba_server, tmp_path)
    _write(folder / "a.txt", "hello")
    _write(folder / "skip.tmp", "x")
    (folder / "cache").mkdir(mode=0o755)
    _write(folder / "cache" / "b.txt", "x")
    os.symlink("msdfs:127.0.0.1\\data", folder / "dfs-link")
    source = open_source(samba_server.spec(path=rel, exclude=["*.tmp", "cache"]), CONFIG, None)  # type: ignore[arg-type]
    items = {i.name: i for i in source.items()}
    assert set(items) == {"a.txt", "dfs-link"}
    assert items["dfs-link"].source_error == "dfs link not followed"
    a = items["a.txt"]
    assert a.size == 5 and a.change_key and a.change_key.count(":") == 3
    assert a.path == f"\\\\127.0.0.1\\data\\{rel}\\a.txt"
    # Items cross process boundaries to the workers: the reader must pickle, without the password.
    blob = pickle.dumps(a.read)
    assert samba_server.password.encode() not in blob
    assert pickle.loads(blob)() == b"hello"
    # A file written to between listing and reading is an error now and read again next time.
    _write(folder / "a.txt", "hello, world")
    with pytest.raises(OSError, match="changed while being scanned"):
        a.content()


def test_locations_are_percent_encoded_like_file_uris(samba_server: Samba, tmp_path: Path) -> None:
    folder, rel = _folder(samba_server, tmp_path)
    (folder / "Løn 2024").mkdir(mode=0o755)
    _write(folder / "Løn 2024" / "#1 100%.txt", "x")
    source = open_source(samba_server.spec(path=rel), CONFIG, None)  # type: ignore[arg-type]
    (item,) = list(source.items())
    assert item.location == (f"smb://127.0.0.1:{samba_server.port}/data/{rel}/L%C3%B8n%202024/%231%20100%25.txt")
    assert item.path.endswith("\\Løn 2024\\#1 100%.txt") and item.content() == b"x"
    # Deleted after listing: the read fails with one line and no path (the location names the file).
    (folder / "Løn 2024" / "#1 100%.txt").unlink()
    with pytest.raises(OSError) as failed:
        item.content()
    assert failed.value.strerror == "not found"


def test_configuration_errors_are_one_line(samba_server: Samba) -> None:
    with pytest.raises(ConfigError, match="never written in the file"):
        open_source(samba_server.spec(password="x"), CONFIG, None)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=r"expected share = .* \(required\)"):
        open_source({"type": "smb", "name": "x", "server": "h", "username": "u"}, CONFIG, None)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="auth"):
        open_source(samba_server.spec(auth="basic"), CONFIG, None)  # type: ignore[arg-type]
    os.environ.pop("PII_TEST_SMB_UNSET", None)
    with pytest.raises(ConfigError, match="PII_TEST_SMB_UNSET"):
        open_source(samba_server.spec(password_env="PII_TEST_SMB_UNSET"), CONFIG, None)  # type: ignore[arg-type]


def test_unreachable_server_fails_fast(tmp_path: Path) -> None:
    os.environ[PASSWORD_ENV] = "x"
    spec = {"type": "smb", "name": "down", "server": "127.0.0.1", "port": 1, "share": "data"}
    source = open_source({**spec, "username": "u", "password_env": PASSWORD_ENV}, CONFIG, None)  # type: ignore[arg-type]
    with pytest.raises(SourceUnavailable, match="cannot connect"):
        list(source.items())


def test_worker_processes_read_over_their_own_connection(samba_server: Samba, tmp_path: Path) -> None:
    folder, rel = _folder(samba_server, tmp_path)
    for n in range(4):
        _write(folder / f"f{n}.txt", f"Medarbejder {n}: CPR {CPR_DASHED}\n")
    result = _run(_config(tmp_path, samba_server.spec(path=rel)), cfg=ScanConfig(workers=2))
    assert result.exit_code in (0, 1) and not result.failed_sources, result
    items = _items(tmp_path)
    assert all(items[f"f{n}.txt"]["findings"] and items[f"f{n}.txt"]["error"] is None for n in range(4))


def test_large_text_is_streamed_and_the_size_cap_holds(samba_server: Samba, tmp_path: Path) -> None:
    folder, rel = _folder(samba_server, tmp_path)
    _write(folder / "stor.txt", ("Ingen data her. " * 400) + f"\nCPR {CPR_DASHED}\n" + ("Mere fyld. " * 400))
    _write(folder / "for-stor.txt", "x" * 50_000)
    cfg = CONFIG.with_(limits__stream_above=4_000, limits__max_file_size=20_000)
    result = _run(_config(tmp_path, samba_server.spec(path=rel)), cfg=cfg)
    assert not result.failed_sources, result
    items = _items(tmp_path)
    assert items["stor.txt"]["findings"] and items["stor.txt"]["error"] is None
    assert "larger than 20000 bytes" in (items["for-stor.txt"]["error"] or "")


def test_cli_sweep_of_a_forbidden_share_exits_4(samba_server: Samba, tmp_path: Path, cli: list[str]) -> None:
    import subprocess

    config = _config(tmp_path, samba_server.spec("secret"))
    run = subprocess.run([*cli, "sweep", "--config", str(config)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 4, run.stderr
    failed = [json.loads(line) for line in run.stderr.splitlines() if '"source_failed"' in line]
    assert failed and "access denied" in failed[0]["message"]
    assert samba_server.password not in run.stderr + run.stdout


def test_access_request_live_search_reads_the_share(samba_server: Samba, tmp_path: Path) -> None:
    from pii_scanner.access import Subject, search

    folder, rel = _folder(samba_server, tmp_path)
    _write(folder / "sag.txt", f"Sagen vedrører CPR {CPR_DASHED}.\n")
    _write(folder / "andet.txt", "Intet om nogen.\n")
    config = _config(tmp_path, samba_server.spec(path=rel))
    result = search(None, Subject.of(cpr=CPR_DASHED), live=True, config=config)
    hits = {h.location.rsplit("/", 1)[-1] for h in result.hits}
    assert hits == {"sag.txt"}


def test_encrypt_makes_the_session_encrypt_everything(samba_server: Samba, tmp_path: Path) -> None:
    from pii_scanner.sources import smb

    folder, rel = _folder(samba_server, tmp_path)
    _write(folder / "a.txt", "hello")
    spec = samba_server.spec(path=rel, encrypt=True, password_file=str(tmp_path / "pw"))
    del spec["password_env"]
    (tmp_path / "pw").write_text(samba_server.password, encoding="utf-8")
    (tmp_path / "pw").chmod(0o600)
    source = open_source(spec, CONFIG, None)  # type: ignore[arg-type]
    assert [i.content() for i in source.items()] == [b"hello"]
    pools = [p for k, p in smb._POOLS.items() if k[-1] == SecretRef(file=str(tmp_path / "pw"))]
    sessions = [s for pool in pools for conn in pool.values() for s in conn.session_table.values()]
    assert sessions and all(s.encrypt_data for s in sessions)


def test_a_link_loop_on_the_server_is_an_error_record_and_the_walk_ends(samba_server: Samba, tmp_path: Path) -> None:
    """Samba follows links inside a share and shows them as folders (Windows shows its profile junctions,
    "Application Data" pointing at its parent, the same way through some servers): a folder that is one
    of the folders above it (same file id) is not walked again. Followed, `loop -> .` and `up -> ..` made
    the walk endless (the same files read again under ever longer paths, the sweep never ended)."""
    import itertools

    folder, rel = _folder(samba_server, tmp_path)
    _write(folder / "kunde.txt", f"CPR {CPR_DASHED}\n")
    (folder / "sager").mkdir(mode=0o755)
    _write(folder / "sager" / "sag.txt", f"CPR {CPR_DASHED}\n")
    os.symlink(".", folder / "loop")
    os.symlink("..", folder / "sager" / "op")
    source = open_source(samba_server.spec(path=rel), CONFIG, MemoryState())
    items = list(itertools.islice(source.items(), 500))
    assert len(items) < 50, [i.location for i in items[:20]]
    names = sorted(i.location.split(f"{rel}/", 1)[-1] for i in items)
    read = [n for n in names if n.endswith(".txt")]
    assert sorted(read) == ["kunde.txt", "sager/sag.txt"], names
    loops = {i.location.rsplit("/", 1)[-1]: i.source_error for i in items if i.source_error}
    assert loops.get("loop") and "loop" in str(loops["loop"]) and loops.get("op"), loops
    # A sweep ends and stores the files once.
    result = _run(_config(tmp_path, samba_server.spec(path=rel)))
    assert result.exit_code in (0, 1) and result.failed_sources == [], result  # the loop is read where it is
    stored = _items(tmp_path)
    assert stored["kunde.txt"]["findings"] and stored["sag.txt"]["findings"]


def test_the_change_key_moves_with_the_change_time_when_last_write_time_is_set_back() -> None:
    """A Windows server: a file rewritten in place, same size, file id and LastWriteTime (SetFileTime, robocopy,
    an unzip onto the share); only the ChangeTime moved (SetFileTime cannot set it). Was: the same key, skipped."""
    from types import SimpleNamespace

    from pii_scanner.sources.smb import SmbTarget, _Walk

    target = SmbTarget("s", "fs1", 445, "data", "u", None, "ntlm")
    walk = _Walk(target, "", (), 1 << 20, owners=False)
    written = datetime.datetime(2026, 1, 5, 10, 0, 0, tzinfo=datetime.UTC)

    def entry(changed: datetime.datetime) -> Any:
        return SimpleNamespace(last_write_time=written, end_of_file=42, file_id=7, change_time=changed)

    before = walk._file_item("kunde.txt", entry(written))
    after = walk._file_item("kunde.txt", entry(written + datetime.timedelta(seconds=90)))
    assert before.change_key != after.change_key


def test_a_file_rewritten_over_smb_with_its_old_last_write_time_set_back(samba_server: Samba, tmp_path: Path) -> None:
    """Over the wire, LastWriteTime put back with SetInfo: a file replaced (written aside and renamed over it, as
    rsync -t does) has a new file id and is read again. Rewritten in place, Samba cannot tell: it reports the
    LastWriteTime as the ChangeTime (measured here, so that docs/sweeps.md stays true)."""
    import smbclient
    from smbclient._os import _set_basic_information

    folder, rel = _folder(samba_server, tmp_path)
    folder.chmod(0o777)  # the test account writes through the share "rw"
    clean = "Ingen personoplysninger i denne fil.......\n"
    secret = f"Kunde med CPR-nr. {CPR_DASHED} i filen.....\n"
    assert len(clean.encode()) == len(secret.encode())
    _write(folder / "kunde.txt", clean)
    _write(folder / "inplace.txt", clean)
    for name in ("kunde.txt", "inplace.txt"):
        (folder / name).chmod(0o666)
    config = _config(tmp_path, samba_server.spec(path=rel))
    first = _run(config)
    assert first.exit_code == 0 and first.stats["read"] == 2, first.stats

    kw: dict[str, Any] = {
        "username": samba_server.user,
        "password": samba_server.password,
        "port": samba_server.port,
        "connection_cache": {},
    }
    epoch = 116444736000000000  # 1970-01-01 as a FILETIME

    def unc(name: str) -> str:
        return f"\\\\{samba_server.host}\\rw\\{rel}\\{name}"

    def put_back(name: str, old: Any) -> Any:
        _set_basic_information(unc(name), last_write_time=old.st_mtime_ns // 100 + epoch, **kw)
        return smbclient.stat(unc(name), **kw)

    try:
        replaced, inplace = smbclient.stat(unc("kunde.txt"), **kw), smbclient.stat(unc("inplace.txt"), **kw)
        time.sleep(0.05)
        with smbclient.open_file(unc("kunde.tmp"), mode="wb", **kw) as fh:
            fh.write(secret.encode())
        smbclient.remove(unc("kunde.txt"), **kw)
        smbclient.rename(unc("kunde.tmp"), unc("kunde.txt"), **kw)
        with smbclient.open_file(unc("inplace.txt"), mode="wb", **kw) as fh:
            fh.write(secret.encode())
        after = put_back("kunde.txt", replaced)
        after_inplace = put_back("inplace.txt", inplace)
    finally:
        for conn in kw["connection_cache"].values():
            conn.disconnect()
    assert (after.st_size, after.st_mtime_ns) == (replaced.st_size, replaced.st_mtime_ns)
    assert (after_inplace.st_mtime_ns, after_inplace.st_chgtime_ns) == (inplace.st_mtime_ns, inplace.st_chgtime_ns)

    second = _run(config)
    assert second.stats["read"] == 1 and second.stats["skipped"] == 1, second.stats
    assert {f["entity_type"] for f in _items(tmp_path)["kunde.txt"]["findings"]} >= {"DK_CPR"}
