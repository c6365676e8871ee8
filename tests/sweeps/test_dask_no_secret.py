"""What crosses a Dask cluster holds no store password: a task carries the store URL without it, and
each worker takes the password from its own environment (``PII_SCANNER_DB`` naming the same database,
else libpq's own ``PGPASSWORD`` / ``~/.pgpass``). Dask traffic is unencrypted unless TLS is set."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.dask_executor import Chunk, worker_store_url
from tests.servers.postgres import fresh_database, postgres_url
from tests.sweeps.test_distributed import _check_index, make_tree

distributed = pytest.importorskip("distributed")
cloudpickle = pytest.importorskip("cloudpickle")
cloudpickle.register_pickle_by_value(sys.modules[__name__])

__all__ = ["postgres_url"]
FAST = ScanConfig(workers=1).with_(ner__enabled=False)
PASSWORD = "Zq8-store-pass/w@rd"  # characters a URL must escape, to catch every written form


def _forms(secret: str) -> list[bytes]:
    return [secret.encode(), quote(secret, safe="").encode(), quote(secret).encode()]


class Recording:
    """A Client stand-in that pickles every task as Dask would send it, then hands it to the real one."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.sent: list[bytes] = []

    def submit(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        self.sent.append(cloudpickle.dumps((fn, args, kwargs)))
        return self._client.submit(fn, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)


@pytest.mark.postgres
def test_no_task_holds_the_store_password(postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import psycopg

    from pii_scanner.sweeps.dask_executor import distributed_sweep

    role = "r_" + uuid.uuid4().hex[:10]
    base = fresh_database(postgres_url, "d_" + uuid.uuid4().hex[:12])
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'")
        conn.execute(f"GRANT ALL ON SCHEMA public TO {role}")
    url = base.replace("postgresql://pii@", f"postgresql://{role}:{quote(PASSWORD, safe='')}@", 1)
    # The workers (processes of this machine) find the password in their own environment.
    monkeypatch.setenv("PII_SCANNER_DB", url)
    root, files, cprs = make_tree(tmp_path / "share")
    big = root / "Big" / "big.txt"  # above stream_above: spread as scan-only units (the other kind of task)
    big.parent.mkdir()
    big.write_text("Kunde CPR-nr.: 070761-4285\n" + ("Intet at se her. " * 12 + "\n") * 400, encoding="utf-8")
    config = FAST.with_(limits__stream_above=20_000)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None, silence_logs=50
    )
    try:
        with distributed.Client(cluster) as real:
            recording = Recording(real)
            result = distributed_sweep([root], db=url, config=config, origin="share", client=recording, chunk_items=3)
    finally:
        cluster.close()
    assert result.status == "ok", result.stats
    assert result.stats["spread_units"] > 0 and result.stats["chunks"] > 0  # both kinds of task were sent
    for sent in recording.sent:
        for form in _forms(PASSWORD):
            at = sent.find(form)
            assert at < 0, sent[max(0, at - 300) : at + 40]
    assert any(role.encode() in sent for sent in recording.sent)  # the URL (user, host, database) is there
    _check_index(url, files + 1, cprs + 1)


def test_a_chunk_carries_no_password_and_the_worker_adds_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    sent = "postgresql+psycopg://scan@db.example:5432/pii"
    own = f"postgresql://scan:{quote(PASSWORD, safe='')}@db.example:5432/pii"
    monkeypatch.setenv("PII_SCANNER_DB", own)
    assert worker_store_url(sent).endswith(f"scan:{quote(PASSWORD, safe='')}@db.example:5432/pii")
    # Another database, user or server in the worker's environment is not used for this one.
    for other in (
        "postgresql://scan:x@db.example:5432/other",
        "postgresql://admin:x@db.example:5432/pii",
        "postgresql://scan:x@elsewhere:5432/pii",
    ):
        monkeypatch.setenv("PII_SCANNER_DB", other)
        assert worker_store_url(sent) == sent
    monkeypatch.delenv("PII_SCANNER_DB")
    assert worker_store_url(sent) == sent  # libpq: PGPASSWORD, ~/.pgpass, a certificate
    assert "password" not in Chunk.__dataclass_fields__
