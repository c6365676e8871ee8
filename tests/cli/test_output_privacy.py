"""Identifiers in names never reach default output, stderr or logs; ``--show-values`` reveals them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli_inprocess import run_cli
from tests.helpers.planted_names import CPR, build, leaks

FORMATS = ("jsonl", "json", "csv", "table")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("planted") / "corpus")


@pytest.mark.parametrize("fmt", FORMATS)
def test_scan_output_masks_names_in_every_format(cli: list[str], corpus: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    args = ["scan", str(corpus), "--no-ner", "--workers", "1", "--format", fmt, "-o", str(out)]
    # jsonl in a real process: its whole stderr (file descriptor 2, not only sys.stderr) is checked for
    # leaks; the other formats' writers run in process (tests/helpers/cli_inprocess.py).
    proc = subprocess.run([*cli, *args], capture_output=True, timeout=300) if fmt == "jsonl" else run_cli(*args)
    assert proc.returncode == 1, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert leaks(text) == []
    assert leaks(proc.stderr.decode("utf-8", "replace")) == []
    # Masked, not dropped: the items are still there and recognisable by birth date.
    assert "070761-XXXX Hansen" in text or "070761-XXXX%20Hansen" in text
    assert "Faktura 2019-114" in text or "Faktura%202019-114" in text
    if fmt == "jsonl":
        recs = [json.loads(line) for line in text.splitlines()]
        parts = {r.get("part") for r in recs if r["record"] == "finding"}
        assert "sheet:070761-XXXX" in parts
        folders = {(r.get("mail") or {}).get("folder") for r in recs if r["record"] == "item"}
        assert "Indbakke 070761-XXXX" in folders
        parents = [r["parent"] for r in recs if r["record"] == "item" and r["parent"]]
        assert parents and not any(leaks(p) for p in parents)


def test_show_values_reveals_names(corpus: Path) -> None:
    proc = run_cli("scan", str(corpus), "--no-ner", "--workers", "1", "--show-values")
    assert proc.returncode == 1, proc.stderr
    assert f"{CPR}Hansen.txt" in proc.stdout.decode("utf-8")


_LOGGING_SCRIPT = r"""
import logging, warnings
from pii_scanner.cli.logs import configure_logging
logging.getLogger("distributed").addHandler(logging.StreamHandler())  # as distributed does at import
configure_logging()
logging.getLogger("exchangelib.util").warning(
    "Server requested back off until %s for jens.hansen@firma.dk", "2026-01-01 070761-4285"
)
logging.getLogger("exchangelib.protocol").error(
    "Connection failed\nX-AnchorMailbox: jens.hansen@firma.dk\n<soap>0707614285</soap>"
)
logging.getLogger("httpx").info("GET https://graph/users/jens.hansen@firma.dk 200")
logging.getLogger("distributed.worker").warning("Compute failed for /srv/0707614285Hansen.txt")
logging.getLogger("PIL.Image").warning("bad image /srv/610707-4285.png")
warnings.warn("cannot read /srv/196107074285.pdf")
"""


def test_third_party_logs_become_masked_json_lines() -> None:
    proc = subprocess.run([sys.executable, "-c", _LOGGING_SCRIPT], capture_output=True, timeout=60, text=True)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.splitlines()
    events = [json.loads(line) for line in lines]  # every line is one JSON object
    assert {e["logger"] for e in events} >= {"exchangelib.util", "exchangelib.protocol", "distributed.worker"}
    assert "py.warnings" in {e["logger"] for e in events}
    assert all(e["event"] == "log" for e in events)
    assert leaks(proc.stderr) == [], proc.stderr
    assert "jens.hansen" not in proc.stderr and "j***@firma.dk" in proc.stderr
    assert "X-AnchorMailbox" not in proc.stderr  # multi-line dumps: first line only
    assert not any("GET https://graph" in line for line in lines)  # INFO of chatty libraries: dropped


_DASK_SCRIPT = r"""
import logging

def task():
    logging.getLogger("distributed.worker").warning("Compute failed for /srv/0707614285Hansen.txt jens.hansen@firma.dk")
    logging.getLogger("pdfminer.pdfpage").warning("bad page in /srv/610707-4285.pdf")
    return 1

if __name__ == "__main__":
    from pii_scanner.cli.logs import configure_logging
    configure_logging()
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            assert client.submit(task).result() == 1
"""


def test_dask_worker_logs_are_masked_json(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    script = tmp_path / "dask_logs.py"
    script.write_text(_DASK_SCRIPT, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, timeout=300, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    events = [json.loads(line) for line in proc.stderr.splitlines()]  # worker lines too: JSON only
    assert {"distributed.worker", "pdfminer.pdfpage"} <= {e["logger"] for e in events}
    assert leaks(proc.stderr) == [] and "jens.hansen" not in proc.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["scan", "--max-file-size", "070761-4285", "x"],
        ["scan", "--format", "0707614285", "x"],
        ["search", "--format", "196107074285", "--cpr", "0707614285"],
    ],
)
def test_usage_errors_do_not_echo_identifiers(cli: list[str], args: list[str]) -> None:
    proc = subprocess.run([*cli, *args], capture_output=True, timeout=120, text=True)
    assert proc.returncode == 2, proc.stderr
    assert "Error" in proc.stderr and leaks(proc.stderr) == [], proc.stderr


def test_progress_bar_name_is_masked() -> None:
    from pii_scanner.cli.progress import shown_name
    from pii_scanner.core.model import Item, ItemResult

    item = Item(
        location="file:///s/0707614285Hansen.txt", path="/s/0707614285Hansen.txt", name="0707614285\x1bHansen.txt"
    )
    shown = shown_name(ItemResult(item=item))
    assert leaks(shown) == [] and "\x1b" not in shown and "Hansen" in shown
