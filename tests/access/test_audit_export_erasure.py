"""Audit entries (no plaintext), the response pack, and verify-erasure exit codes."""

from __future__ import annotations

import json
import subprocess
import zipfile
from datetime import date
from pathlib import Path

from pii_scanner.access import Subject, request_export, request_open, search, verify_erasure
from pii_scanner.store import open_store
from tests.access.access_env import CPR_FILES, OTHER_CPR, SUBJECT_CPR, THIRD_CPR, Indexed, dash, space

NAME = "Søren Østergaard"


def _plaintext_forms() -> list[str]:
    return [
        SUBJECT_CPR,
        dash(SUBJECT_CPR),
        space(SUBJECT_CPR),
        "Søren",
        "Østergaard",
        "Soeren",
        "soren",
        "ostergard",
        "soren@example.dk",
    ]


def test_audit_has_who_when_fingerprint_counts_and_no_plaintext(fresh: Indexed, tmp_path: Path) -> None:
    subject = Subject.of(cpr=dash(SUBJECT_CPR), name=NAME, email="soren@example.dk")
    result = search(fresh.db, subject, actor="dpo")
    case = request_open(fresh.db, subject, received=date.today())
    request_export(fresh.db, case.id, tmp_path / "pack", config=fresh.config, actor="dpo")
    verify_erasure(subject, config=fresh.config, db=fresh.db, actor="dpo")
    with open_store(fresh.db) as st:
        rows = st.rows("audit")
        dump = json.dumps({t: st.rows(t) for t in ("audit", "access_requests")}, default=str, ensure_ascii=False)
    actions = [r["action"] for r in rows]
    assert {"access_search", "access_request_opened", "access_request_exported", "erasure_verified"} <= set(actions)
    searched = next(r for r in rows if r["action"] == "access_search")
    assert searched["actor"] == "dpo" and searched["at"] is not None
    assert searched["subject"] == result.subject_fingerprint == case.subject.fingerprint
    assert searched["detail"]["items"] == len(result.hits)
    assert searched["detail"]["criteria"] == ["cpr", "email", "name"]
    exported = next(r for r in rows if r["action"] == "access_request_exported")
    assert exported["detail"]["case"] == case.id and exported["detail"]["items"] >= 4
    for form in _plaintext_forms():
        assert form.casefold() not in dump.casefold(), form


def test_export_folder_and_zip(indexed: Indexed, tmp_path: Path) -> None:
    case = request_open(indexed.db, Subject.of(cpr=SUBJECT_CPR, name=NAME), received=date.today())
    folder = request_export(indexed.db, case.id, tmp_path / "pack", config=indexed.config)
    files = {p.relative_to(folder.path).as_posix() for p in folder.path.rglob("*") if p.is_file()}
    assert {"report.html", "data.json", "README.txt"} <= files
    assert folder.excerpts == len([f for f in files if f.startswith("excerpts/")]) >= len(CPR_FILES)
    assert (folder.path / "data.json").stat().st_mode & 0o077 == 0  # owner only

    doc = json.loads((folder.path / "data.json").read_text(encoding="utf-8"))
    assert doc["case"]["id"] == case.id and doc["case"]["deadline"]
    by = {i["location"].split("/corpus/")[1]: i for i in doc["items"]}
    assert set(by) >= CPR_FILES
    lon = " ".join(by["arkiv.zip!/bilag/lon.txt"]["excerpts"])
    assert SUBJECT_CPR in lon  # the subject's own data, as the copy they asked for
    assert dash(THIRD_CPR) not in lon and "[CPR]" in lon  # someone else's: masked, birth date too
    plain = " ".join(by["b_plain.txt"]["excerpts"])
    assert SUBJECT_CPR in plain and dash(OTHER_CPR) not in plain
    assert "Søren Østergaard" in " ".join(by["a_dash.txt"]["excerpts"])
    html = (folder.path / "report.html").read_text(encoding="utf-8")
    assert f"Access request {case.id}" in html and "lon.txt" in html and 'id="excerpts"' in html
    assert dash(THIRD_CPR) not in html and dash(OTHER_CPR) not in html

    packed = request_export(indexed.db, case.id, tmp_path / "pack.zip", config=indexed.config)
    with zipfile.ZipFile(packed.path) as zf:
        names = set(zf.namelist())
        assert {"report.html", "data.json"} <= names and any(n.startswith("excerpts/") for n in names)
        assert json.loads(zf.read("data.json"))["counts"] == doc["counts"]


def test_verify_erasure_nonzero_while_trace_remains(fresh: Indexed, cli: list[str]) -> None:
    args = [*cli, "verify-erasure", "--config", str(fresh.config), "--cpr", dash(SUBJECT_CPR), "--name", NAME]
    first = subprocess.run(args, capture_output=True, text=True)
    assert first.returncode == 1, first.stderr
    report = json.loads(first.stdout)
    assert report["status"] == "traces_remain" and len(report["remaining"]) >= len(CPR_FILES)
    assert SUBJECT_CPR not in first.stdout + first.stderr and "Østergaard" not in first.stdout + first.stderr
    # erase: delete the files about the subject, rewrite the one shared with someone else
    for name in ("a_dash.txt", "c_space.txt", "e_oe.txt", "f_comma.txt", "g_initial.txt", "arkiv.zip"):
        (fresh.root / name).unlink()
    (fresh.root / "b_plain.txt").write_text(f"Lønseddel\nKopi: medarbejder CPR {dash(OTHER_CPR)}\n", encoding="utf-8")
    second = subprocess.run(args, capture_output=True, text=True)
    assert second.returncode == 0, second.stdout
    assert json.loads(second.stdout)["status"] == "clean"


def test_verify_erasure_error_when_a_source_fails(fresh: Indexed) -> None:
    broken = fresh.config.with_name("broken.toml")
    broken.write_text(
        fresh.config.read_text(encoding="utf-8") + '\n[[sources]]\ntype = "nosuchkind"\nname = "x"\n', encoding="utf-8"
    )
    result = verify_erasure(Subject.of(cpr=SUBJECT_CPR), config=broken, db=fresh.db)
    assert result.exit_code == 4 and result.failed_sources == ["x"] and result.remaining


def test_verify_erasure_is_not_clean_while_an_item_cannot_be_read(fresh: Indexed) -> None:
    """A copy nothing here can open (an lzip backup) may still hold the subject: not "clean" (exit 4), and no
    erasure is recorded in the ledger."""
    for name in ("a_dash.txt", "c_space.txt", "e_oe.txt", "f_comma.txt", "g_initial.txt", "arkiv.zip", "b_plain.txt"):
        (fresh.root / name).unlink()
    (fresh.root / "backup.tar.lz").write_bytes(b"LZIP\x01\x0c" + bytes(range(256)) * 8)
    result = verify_erasure(Subject.of(cpr=SUBJECT_CPR), config=fresh.config, db=fresh.db, record_case="J.nr. 1")
    assert result.unreadable >= 1 and not result.failed_sources and not result.remaining
    assert result.exit_code == 4 and result.status == "incomplete" and result.ledger_entry is None
    (fresh.root / "backup.tar.lz").unlink()
    clean = verify_erasure(Subject.of(cpr=SUBJECT_CPR), config=fresh.config, db=fresh.db)
    assert clean.unreadable == 0 and clean.exit_code == 0 and clean.status == "clean"
