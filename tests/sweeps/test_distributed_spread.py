"""One big file spread over a Dask LocalCluster (worker processes on loopback): a mailbox's batches of
messages and a large text's segments run as scan-only tasks on the workers; the coordinator stores
the item's one group. The index is the one a local one-worker sweep writes."""

from __future__ import annotations

import random
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Item
from pii_scanner.samples.synthetic import generate_document, make_cpr
from pii_scanner.store import open_store
from pii_scanner.sweeps.dask_executor import _bridged, distributed_sweep
from pii_scanner.sweeps.engine import sweep
from tests.helpers.mail_messages import mbox_bytes

distributed = pytest.importorskip("distributed")
cloudpickle = pytest.importorskip("cloudpickle")
cloudpickle.register_pickle_by_value(sys.modules[__name__])

# Small limits so that a test-sized mailbox and text are "big": cut into several units each.
CONFIG = ScanConfig(workers=1).with_(
    ner__enabled=False, limits__stream_above=20_000, detect__chunk_size=4_000, limits__findings_in_memory=40
)


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None, silence_logs=50
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def _rows(db: str) -> tuple[list[tuple[str, int, str | None]], list[tuple[str, int, int, str, str, float, str]]]:
    with open_store(db) as st, st.engine.connect() as conn:
        items = conn.execute(sa.text("SELECT id, location, depth, error FROM items ORDER BY location")).all()
        names = {r[0]: r[1] for r in items}
        found = conn.execute(
            sa.text("SELECT item_id, start_offset, end_offset, entity_type, fingerprint, score, part FROM findings")
        ).all()
    return (
        [(str(r[1]), int(r[2]), r[3]) for r in items],
        sorted((names[r[0]], int(r[1]), int(r[2]), str(r[3]), str(r[4]), float(r[5]), str(r[6])) for r in found),
    )


def _share(root: Path) -> None:
    root.mkdir()
    (root / "Inbox.mbox").write_bytes(mbox_bytes(150, private_every=4))
    rng = random.Random(3)
    lines = []
    for i in range(600):
        cpr = make_cpr(rng)
        lines.append(f"{generate_document(rng, 30, prose=0.8).text} Række {i}: CPR-nr. {cpr[:6]}-{cpr[6:]}.")
    (root / "big.txt").write_text("\n".join(lines), encoding="utf-8")
    (root / "note.txt").write_text("Intet her.\n", encoding="utf-8")


def test_a_big_mailbox_and_text_are_spread_over_dask_workers_and_stored_as_one_local_sweep_stores_them(
    client: distributed.Client, tmp_path: Path
) -> None:
    root, local_root = tmp_path / "share", tmp_path / "local"
    _share(root)
    shutil.copytree(root, local_root)
    with distributed.get_task_stream(client) as stream:
        spread = distributed_sweep([root], db=str(tmp_path / "dask.sqlite3"), config=CONFIG, client=client)
    local = sweep([local_root], db=str(tmp_path / "local.sqlite3"), config=CONFIG)
    assert spread.status == local.status == "ok"
    assert spread.stats["spread_items"] == 2 and spread.stats["spread_units"] >= 6
    units = [t for t in stream.data if "run_unit" in t["key"]]
    assert len(units) == spread.stats["spread_units"]
    assert len({t["worker"] for t in units}) == 2  # both workers scanned parts of the big files

    def same(rows: list[tuple[object, ...]], prefix: str) -> list[tuple[object, ...]]:
        return [(str(r[0]).replace(prefix, "/X/"), *r[1:]) for r in rows]

    d_items, d_found = _rows(str(tmp_path / "dask.sqlite3"))
    l_items, l_found = _rows(str(tmp_path / "local.sqlite3"))
    assert same(d_items, "/share/") == same(l_items, "/local/")  # items, depths, errors
    assert same(d_found, "/share/") == same(l_found, "/local/") and len(d_found) > 600
    assert spread.stats["findings"] == local.stats["findings"]
    again = distributed_sweep([root], db=str(tmp_path / "dask.sqlite3"), config=CONFIG, client=client)
    assert again.status == "ok" and again.stats["skipped"] == 3 and again.stats["removed"] == 0


def _boom(work: object) -> object:
    raise RuntimeError("the unit fails on the worker")


def test_a_unit_that_fails_on_the_cluster_is_error_records_not_the_end_of_the_sweep(client: distributed.Client) -> None:
    item = Item(location="file:///x/big.txt", path="/x/big.txt", name="big.txt")
    out = _bridged(client.submit(_boom, item, pure=False), item).result(timeout=60)
    assert isinstance(out, list) and len(out) == 1
    assert out[0].item is item and out[0].error == "lost on the cluster (RuntimeError)"


def test_what_dask_holds_of_a_unit_is_sealed(tmp_path: Path) -> None:
    """A unit's outcome carries the findings' plaintext (the coordinator fingerprints them): run_unit
    hands Dask only ciphertext (what Dask keeps in worker memory, may spill to its scratch disk and
    sends over the network); the coordinator opens it. (The two tests above run it through Dask.)"""
    from pii_scanner.pipeline import Processor
    from pii_scanner.sweeps.dask_executor import _seal, _unseal

    note = tmp_path / "note.txt"
    cprs = ["0707614285", "1203880762"]
    note.write_text("".join(f"CPR-nr. {c[:6]}-{c[6:]}\n" for c in cprs), encoding="utf-8")
    item = Item(location=note.as_uri(), path=str(note), name="note.txt", data=note.read_bytes(), origin="share")
    outcome = Processor.build(CONFIG).process(item)
    assert {f.normalized for r in outcome for f in r.findings} == set(cprs)
    sealed = _seal(outcome)
    for c in cprs:
        assert c.encode() not in sealed and f"{c[:6]}-{c[6:]}".encode() not in sealed
    opened = _unseal(sealed)
    assert isinstance(opened, list)
    assert [f.normalized for r in opened for f in r.findings] == [f.normalized for r in outcome for f in r.findings]
