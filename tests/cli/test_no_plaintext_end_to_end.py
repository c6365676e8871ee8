"""No plaintext identifier anywhere: a full sweep, scan, report and search over a corpus with
identifiers planted in folder, file, archive-member, sheet, mailbox and attachment names and in
content; every output, every stderr line, the index files and the temp directory are grepped for
every written form of the planted identifiers."""

from __future__ import annotations

import json
import mailbox
import os
import subprocess
import zipfile
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.extract.extract_makers import make_image
from tests.helpers.planted_names import CPR, PNR, build, leaks


def _text_of(path: Path) -> str:
    data = path.read_bytes()
    if data[:2] == b"PK":  # xlsx and other zips: their members
        try:
            with zipfile.ZipFile(path) as zf:
                return "".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
        except zipfile.BadZipFile:
            pass
    return data.decode("utf-8", "replace") + data.decode("utf-16-le", "replace")


@pytest.fixture(scope="module")
def run_all(tmp_path_factory: pytest.TempPathFactory, cli: list[str]) -> dict[str, object]:
    base = tmp_path_factory.mktemp("e2e")
    corpus = build(base / "corpus")
    make_image(corpus / f"scan {CPR}.png", ["Kunde: Jens Hansen", f"CPR {CPR[:6]}-{CPR[6:]}"])
    _spread_and_category_files(corpus)
    tmpdir = base / "tmp"
    tmpdir.mkdir()
    out = base / "out"
    out.mkdir()
    db = base / "index.sqlite"
    cfg = base / "sweep.toml"
    cfg.write_text(
        f'[scan]\nworkers = 1\n[scan.ner]\nenabled = false\n[store]\ndb = "{db}"\n'
        f'[[sources]]\ntype = "paths"\nname = "klienter"\npaths = ["{corpus}"]\norigin = "local"\n'
    )
    env = {**os.environ, "TMPDIR": str(tmpdir), "TEMP": str(tmpdir), "TMP": str(tmpdir)}
    commands = {
        "sweep": ["sweep", "--config", str(cfg)],
        "sweep-again": ["sweep", "--config", str(cfg)],
        "scan-jsonl": ["scan", str(corpus), "--no-ner", "--workers", "1", "-o", str(out / "scan.jsonl")],
        "scan-csv": ["scan", str(corpus), "--no-ner", "--workers", "1", "--format", "csv"],
        "scan-table": ["scan", str(corpus), "--no-ner", "--workers", "1", "--format", "table"],
        "scan-json": ["scan", str(corpus), "--no-ner", "--workers", "1", "--format", "json"],
    }
    for fmt in ("html", "csv", "json", "xlsx"):
        commands[f"report-{fmt}"] = [
            "report", "minimisation", "--db", str(db), "--format", fmt, "-o", str(out / f"report.{fmt}"),
        ]  # fmt: skip
    for fmt in ("json", "csv", "html"):
        commands[f"search-cpr-{fmt}"] = ["search", "--cpr", CPR, "--db", str(db), "--format", fmt]
    # The same corpus with two workers, large texts cut into segments and mailboxes into batches.
    spread = base / "spread.toml"
    spread.write_text(
        "[scan]\nworkers = 2\n[scan.ner]\nenabled = false\n"
        "[scan.limits]\nstream_above = 65536\n[scan.detect]\nchunk_size = 16384\n"
    )
    commands["scan-spread"] = ["scan", str(corpus), "--config", str(spread), "-o", str(out / "scan-spread.jsonl")]
    commands["search-pnr"] = ["search", "--personnummer", PNR, "--db", str(db)]
    commands["search-live"] = ["search", "--cpr", f"{CPR[:6]}-{CPR[6:]}", "--config", str(cfg), "--live"]
    commands["verify-erasure"] = ["verify-erasure", "--cpr", CPR, "--config", str(cfg), "--db", str(db)]
    commands["audit-verify"] = ["audit", "verify", "--db", str(db)]

    def run(names: list[str]) -> dict[str, subprocess.CompletedProcess[bytes]]:
        return {
            n: subprocess.run([*cli, *commands[n]], capture_output=True, timeout=600, env=env, cwd=base) for n in names
        }

    # The scans read only the corpus: they run beside the sweep and the commands that read its index (in
    # that order), two processes at a time instead of one, as an admin's cron and shell may.
    scans = [n for n in commands if n.startswith("scan-")]
    with ThreadPoolExecutor(max_workers=1) as pool:  # this thread is the other
        beside = pool.submit(run, scans)
        results = run([n for n in commands if n not in scans])
        results |= beside.result()
    return {"base": base, "out": out, "tmp": tmpdir, "db": db, "results": results}


def _spread_and_category_files(corpus: Path) -> None:
    """A special-category note (its evidence excerpt reaches the index and the reports), a large text with
    the identifiers on every piece boundary, and a mailbox of more than one batch."""
    cpr, pnr = f"{CPR[:6]}-{CPR[6:]}", f"{PNR[:8]}-{PNR[8:]}"
    note = f"Jens Hansen, CPR {cpr}, er sygemeldt med depression. Åse Lind ({pnr}) er medlem af HK.\n"
    (corpus / "notat.txt").write_text(note, encoding="utf-8")
    line = "Almindelig tekst uden noget særligt i sig, blot fyld til en stor fil. "
    big = [line * 200 + "\n" + note] * 60
    (corpus / "stor.txt").write_text("".join(big), encoding="utf-8")
    box = mailbox.mbox(str(corpus / "Arkiv.mbox"))
    for i in range(70):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "jens@firma.dk", "kim@gmail.com", f"Sag {i}"
        msg.set_content(note if i % 5 == 0 else f"Besked {i}\n")
        box.add(msg)
    box.flush()
    box.close()


def test_every_command_ran(run_all: dict[str, object]) -> None:
    results: dict[str, subprocess.CompletedProcess[bytes]] = run_all["results"]  # type: ignore[assignment]
    failed = {n: (p.returncode, p.stderr[-300:]) for n, p in results.items() if p.returncode not in (0, 1)}
    assert failed == {}
    assert results["sweep"].returncode == 1 and results["audit-verify"].returncode == 0


def test_no_plaintext_in_stdout_or_stderr(run_all: dict[str, object]) -> None:
    results: dict[str, subprocess.CompletedProcess[bytes]] = run_all["results"]  # type: ignore[assignment]
    found = {}
    for name, proc in results.items():
        for stream in ("stdout", "stderr"):
            hits = leaks(getattr(proc, stream).decode("utf-8", "replace"))
            if hits:
                found[f"{name}:{stream}"] = hits
    assert found == {}


def test_no_plaintext_in_written_files(run_all: dict[str, object]) -> None:
    out: Path = run_all["out"]  # type: ignore[assignment]
    files = sorted(out.iterdir())
    assert {p.name for p in files} >= {
        "scan.jsonl",
        "report.html",
        "report.xlsx",
        "report.csv",
        "report.json",
        "scan-spread.jsonl",
    }
    assert {p.name: leaks(_text_of(p)) for p in files} == {p.name: [] for p in files}


def test_no_plaintext_in_the_index_files(run_all: dict[str, object]) -> None:
    db: Path = run_all["db"]  # type: ignore[assignment]
    files = [p for p in db.parent.iterdir() if p.name.startswith(db.name)]
    assert files
    for path in files:
        assert leaks(_text_of(path)) == [], path.name


def test_nothing_left_in_the_temp_directory(run_all: dict[str, object]) -> None:
    tmp: Path = run_all["tmp"]  # type: ignore[assignment]
    left = [p for p in tmp.rglob("*") if p.is_file()]
    assert {str(p.relative_to(tmp)): leaks(p.name + _text_of(p)) for p in left} == {
        str(p.relative_to(tmp)): [] for p in left
    }


def test_masked_names_still_recognisable(run_all: dict[str, object]) -> None:
    """Masking is not dropping: the files are listed with their birth dates and case numbers."""
    out: Path = run_all["out"]  # type: ignore[assignment]
    text = (out / "scan.jsonl").read_text(encoding="utf-8")
    assert "070761-XXXX%20Hansen" in text and "Faktura%202019-114" in text
    assert "sag%202023-0147" in text


def test_spread_scan_and_category_evidence_were_exercised(run_all: dict[str, object]) -> None:
    """The leak checks above cover the spread paths and the evidence excerpts only if they ran: the
    two-worker scan finds what the one-worker scan finds in the large text and the mailbox, and the
    report shows the category evidence."""
    out: Path = run_all["out"]  # type: ignore[assignment]

    def findings(name: str, where: str) -> list[tuple[str, str, int, int]]:
        rows = [json.loads(line) for line in (out / name).read_text(encoding="utf-8").splitlines()]
        return sorted(
            (r["location"].split("/")[-1], r["entity_type"], r["start"], r["end"])
            for r in rows
            if r.get("record") == "finding" and where in r["location"]
        )

    for where, at_least in (("stor.txt", 120), ("Arkiv.mbox", 28)):
        spread = findings("scan-spread.jsonl", where)
        assert len(spread) >= at_least and spread == findings("scan.jsonl", where), where
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "sygemeldt med depression" in report  # the masked excerpt is shown
