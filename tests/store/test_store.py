"""The index on SQLite and PostgreSQL: privacy, append-only audit, incremental sweeps, triage, locks."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, ClassVar

import pytest
import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import SweepLocked
from pii_scanner.sources import registry
from pii_scanner.sources.specs import parse_spec
from pii_scanner.store import open_store
from pii_scanner.store.migrations import MIGRATIONS, migrate
from pii_scanner.sweeps.engine import sweep
from tests.store.planted import NAMES, plaintext_forms, plant

FAST = ScanConfig(workers=1).with_(ner__enabled=False)


def _dump_text(db: str) -> str:
    with open_store(db) as st:
        return json.dumps(st.dump(), default=str, ensure_ascii=False)


def test_migrations_idempotent_and_audit_append_only(db_url: str) -> None:
    with open_store(db_url) as st:
        assert migrate(st.engine) == []  # already at the latest version
        assert [r["version"] for r in st.rows("schema_migrations")] == [v for v, _, _ in MIGRATIONS]
        st.audit("test_event", detail_value=1)
        for stmt in ("UPDATE audit SET action = 'x'", "DELETE FROM audit"):
            with pytest.raises(sa.exc.DBAPIError), st.engine.begin() as conn:
                conn.exec_driver_sql(stmt)
        assert [r["action"] for r in st.rows("audit")] == ["test_event"]


def test_no_plaintext_identifier_in_any_table(db_url: str, tmp_path: Path) -> None:
    root = plant(tmp_path / "data")
    result = sweep([root], db=db_url, config=ScanConfig(workers=1), origin="local")
    assert result.stats["findings"] >= 12
    text = _dump_text(db_url)
    for form in plaintext_forms():
        assert form not in text
    for name in NAMES:
        for token in name.split():
            assert token not in text
    with open_store(db_url) as st:
        ents = {f["entity_type"] for f in st.rows("findings")}
        assert {"DK_CPR", "SE_PERSONNUMMER"} <= ents
        masked = {f["masked"] for f in st.rows("findings") if f["entity_type"] == "DK_CPR"}
        assert all(m.endswith("-XXXX") for m in masked)
        contexts = [f["context"] for f in st.rows("findings") if f["context"]]
        assert contexts and all("#" in c for c in contexts)
        if "PERSON" in ents:
            assert st.rows("finding_tokens")  # name tokens stored as fingerprints only


class _Counting:
    """A `paths` source that counts how often each file is actually read."""

    reads: ClassVar[dict[str, int]] = {}

    @classmethod
    def factory(cls, spec: dict[str, Any], config: ScanConfig, state: Any) -> registry.Source:
        src = registry.SOURCE_KINDS["paths"](spec, config, state)
        inner = src.items

        def items() -> Any:
            for item in inner():
                reader = item.read

                def counted(reader: Any = reader, loc: str = item.location) -> bytes:
                    cls.reads[loc] = cls.reads.get(loc, 0) + 1
                    return reader() if reader else b""

                item.read = counted
                yield item

        return registry.Source(src.name, "counting", items, src.complete_listing)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> type[_Counting]:
    monkeypatch.setitem(registry.SOURCE_KINDS, "counting", _Counting.factory)
    _Counting.reads = {}
    return _Counting


def _config(tmp_path: Path, root: Path, db: str, extra: str = "") -> Path:
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(
        f'[store]\ndb = "{db}"\n\n[[sources]]\ntype = "counting"\nname = "docs"\n'
        f'paths = ["{root}"]\norigin = "local"\n{extra}',
        encoding="utf-8",
    )
    return cfg


def test_incremental_reread_replace_and_remove(db_url: str, tmp_path: Path, counting: type[_Counting]) -> None:
    root = plant(tmp_path / "data")
    cfg = _config(tmp_path, root, db_url)
    first = sweep(config_path=cfg, config=FAST)
    assert first.stats["read"] == 7 and sum(counting.reads.values()) == 7
    with open_store(db_url) as st:
        before = {(f["item_id"], f["fingerprint"]) for f in st.rows("findings")}

    counting.reads.clear()
    second = sweep(config_path=cfg, config=FAST)
    assert counting.reads == {} and second.stats["skipped"] == 7 and second.stats["read"] == 0
    assert second.exit_code == 0  # nothing new

    # change one file (new size+mtime), delete another
    changed = root / "doc000.txt"
    changed.write_text("Ingen personnumre længere.\n", encoding="utf-8")
    os.utime(changed, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    (root / "doc001.txt").unlink()
    third = sweep(config_path=cfg, config=FAST)
    assert list(counting.reads) == [changed.absolute().as_uri()]
    assert third.stats["removed"] == 1
    with open_store(db_url) as st:
        items = {r["location"].rsplit("/", 1)[-1]: r for r in st.rows("items")}
        assert items["doc001.txt"]["removed_at"] is not None  # kept, marked removed
        assert items["doc000.txt"]["findings_count"] == 0 and items["doc000.txt"]["removed_at"] is None
        after = st.rows("findings")
        assert not [f for f in after if f["item_id"] == items["doc000.txt"]["id"]]  # old findings replaced
        # findings of the removed item are kept (not lost), nothing duplicated
        assert len(after) == len({(f["item_id"], f["entity_type"], f["start_offset"], f["fingerprint"]) for f in after})
        assert {(f["item_id"], f["fingerprint"]) for f in after} < before


def test_triage_survives_resweep(db_url: str, tmp_path: Path) -> None:
    from pii_scanner import findings
    from pii_scanner.policy.triage import triage

    root = plant(tmp_path / "data", files=2)
    sweep([root], db=db_url, config=FAST)
    target = root / "doc000.txt"
    fps = findings(db_url)
    fp = fps[fps["location"].str.endswith("doc000.txt") & (fps["entity_type"] == "DK_CPR")]["fingerprint"].iloc[0]
    assert triage(str(target), "false_positive", fingerprint=fp[:12], note="test data", who="tester", db=db_url) == 1
    # re-read the file (changed mtime): findings rows are replaced, the decision stays attached
    os.utime(target, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    sweep([root], db=db_url, config=FAST)
    df = findings(db_url)
    row = df[df["location"].str.endswith("doc000.txt") & (df["fingerprint"] == fp)]
    assert list(row["triage_status"].astype(str)) == ["false_positive"]
    assert row["triage_who"].iloc[0] == "tester"
    with open_store(db_url) as st:
        assert any(a["action"] == "triage" and a["actor"] == "tester" for a in st.rows("audit"))


def test_second_sweep_refused_while_one_runs(db_url: str, tmp_path: Path) -> None:
    from pii_scanner.sweeps.engine import lock_name, sweep_sources_from

    root = plant(tmp_path / "data", files=1)
    with open_store(db_url) as st:
        name = lock_name(None, sweep_sources_from([root], {}, None), st.fingerprint)
        st.acquire_lock(name, None)  # held by this (live) process
        with pytest.raises(SweepLocked) as info:
            sweep([root], db=db_url, config=FAST)
        assert info.value.exit_code == 3
        st.release_lock(name)
    assert sweep([root], db=db_url, config=FAST).status == "ok"


def test_stale_lock_of_dead_process_is_taken_over(db_url: str) -> None:
    import socket
    from datetime import UTC, datetime

    from pii_scanner.store import schema

    with open_store(db_url) as st:
        run = st.begin_run("cfg")
        with st.engine.begin() as conn:
            conn.execute(
                schema.locks.insert().values(
                    name="cfg",
                    run_id=run,
                    host=socket.gethostname(),
                    pid=2**22 + 12345,
                    acquired_at=datetime.now(UTC),
                    heartbeat_at=datetime.now(UTC),
                )
            )
        st.acquire_lock("cfg", None)
        assert [r["status"] for r in st.rows("runs")] == ["interrupted"]


def test_source_state_committed_only_on_commit(db_url: str) -> None:
    with open_store(db_url) as st:
        spec = parse_spec({"type": "imap", "host": "127.0.0.1", "username": "u", "password_env": "secret"})
        sid = st.ensure_source("imap-test", "imap", spec)
        state = st.source_state(sid)
        state.set("INBOX.uid", "42")
        assert state.get("INBOX.uid") == "42"
        assert st.source_state(sid).get("INBOX.uid") is None  # not visible before commit
        state.commit()
        again = st.source_state(sid)
        assert again.get("INBOX.uid") == "42"
        again.delete("INBOX.uid")
        again.commit()
        assert st.source_state(sid).get("INBOX.uid") is None
        assert "secret" not in json.dumps(st.rows("sources"), default=str)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_new_sqlite_index_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    """Its locations can name people: a new index and its WAL are 0600 whatever the umask."""
    db = tmp_path / "idx" / "index.sqlite"
    old = os.umask(0o022)
    try:
        with open_store(f"sqlite:///{db}", key=b"k" * 32) as store:
            assert store is not None
            wal = db.with_name(db.name + "-wal")
            modes = [p.stat().st_mode & 0o777 for p in (db, wal) if p.exists()]
    finally:
        os.umask(old)
    assert modes and all(m == 0o600 for m in modes), [oct(m) for m in modes]
    existing = tmp_path / "kept.sqlite"
    with open_store(f"sqlite:///{existing}", key=b"k" * 32):
        pass
    existing.chmod(0o640)  # an index the admin opened to a group (an empty file is no index: made 0600)
    with open_store(f"sqlite:///{existing}", key=b"k" * 32):
        pass
    assert existing.stat().st_mode & 0o777 == 0o640, "an existing file's mode is the admin's choice"


def test_an_identifier_typed_as_the_actor_is_masked_in_triage_and_the_audit_log(db_url: str, tmp_path: Path) -> None:
    from pii_scanner.policy.triage import triage

    root = plant(tmp_path / "data", files=1)
    sweep([root], db=db_url, config=FAST)
    who = "sb 1203851002 (Jens, 850312-1009)"
    assert triage(str(root / "doc000.txt"), "exception", note="ok", who=who, db=db_url) == 1
    with open_store(db_url) as st:
        st.audit("test_event", actor="0705701020")
        actors = [a["actor"] for a in st.rows("audit")]
        whos = [t["who"] for t in st.rows("triage")]
    text = _dump_text(db_url)
    for plain in ("1203851002", "850312-1009", "0705701020"):
        assert plain not in text
    assert "sb 120385XXXX (Jens, 850312-XXXX)" in actors and whos == ["sb 120385XXXX (Jens, 850312-XXXX)"]
    assert "070570XXXX" in actors


def test_a_search_under_another_fingerprint_key_is_refused_never_nothing_held(tmp_path: Path) -> None:
    """The sweep runs as a service user (its key file in its HOME); the DPO searches from another account.
    Under another key nothing can match: that is an error naming the fix (exit 2), not "nothing held"."""
    import subprocess
    import sys

    share = tmp_path / "share"
    share.mkdir()
    (share / "kunde.txt").write_text("CPR-nummer: 120385-1002\n", encoding="utf-8")
    db = tmp_path / "idx.sqlite3"
    base = {k: v for k, v in os.environ.items() if k != "PII_SCANNER_KEY"}

    def run(home: str, *args: str, key: str | None = None) -> subprocess.CompletedProcess[str]:
        env = base | {"HOME": str(tmp_path / home), "XDG_CONFIG_HOME": str(tmp_path / home / ".config")}
        if key:
            env["PII_SCANNER_KEY"] = key
        return subprocess.run(
            [sys.executable, "-m", "pii_scanner", *args], capture_output=True, text=True, env=env, timeout=300
        )

    swept = run("service", "sweep", str(share), "--db", str(db))
    assert swept.returncode in (0, 1), swept.stderr
    search = ["search", "--db", str(db), "--cpr", "120385-1002"]
    assert run("service", *search).returncode == 1  # the same key finds the item
    other = run("dpo", *search)  # no key set up on the DPO's account
    assert other.returncode == 2, other.stderr
    assert "fingerprint key" in other.stderr and "Traceback" not in other.stderr
    assert not (tmp_path / "dpo" / ".config").exists()  # and no stray key file made for it
    wrong = run("dpo", *search, key="another-key-of-32-characters-long!")
    assert wrong.returncode == 2 and "another fingerprint key" in wrong.stderr
    # a sweep under another key would mix fingerprints: refused before anything is written
    with open_store(str(db)) as st:
        before = len(st.rows("items")), len(st.rows("runs"))
    resweep = run("dpo", "sweep", str(share), "--db", str(db), key="another-key-of-32-characters-long!")
    assert resweep.returncode == 2, resweep.stderr
    with open_store(
        str(db), key=(tmp_path / "service").joinpath(".config", "pii-scanner", "fingerprint.key").read_bytes().strip()
    ) as st:
        assert (len(st.rows("items")), len(st.rows("runs"))) == before
