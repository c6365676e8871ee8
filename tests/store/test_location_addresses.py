"""E-mail addresses in item locations: a file, archive member, folder or database key named after
someone's address is masked in the index, in scan output and in analysis frames; the authority of a
mail location (the configured mailbox) stays, so the console still finds the message by it."""

from __future__ import annotations

import datetime
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.privacy import Fingerprinter, address_tag, scrub_location
from pii_scanner.sources.mail.common import message_location
from pii_scanner.sources.mail.outlook_actions import MessageRef
from pii_scanner.store import accounts as acc
from pii_scanner.store import open_store, schema
from pii_scanner.sweeps.engine import sweep
from pii_scanner.web.users import users_add, users_map_folder
from tests.helpers.cli_inprocess import run_cli
from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1961, 7, 7), 4)
ADDRESSES = ("jens.hansen", "anna.berg", "s\u00f8ren.lund", "s%C3%B8ren.lund", "karl.ek")


def _tree(root: Path) -> Path:
    root.mkdir()
    (root / "jens.hansen@example.dk.txt").write_text(f"cpr {CPR}\n", encoding="utf-8")
    sub = root / "s\u00f8ren.lund@firma.dk"
    sub.mkdir()
    (sub / "notat.txt").write_text(f"cpr {CPR}\n", encoding="utf-8")
    (root / "karl.ek%40firma.se.txt").write_text("hej\n", encoding="utf-8")  # a literal %40 in the name
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("anna.berg@firma.se.txt", f"cpr {CPR}\n")
    (root / "arkiv.zip").write_bytes(buf.getvalue())
    return root


def _leaks(text: str) -> list[str]:
    return [a for a in ADDRESSES if a in text]


@pytest.mark.parametrize(
    ("location", "shown"),
    [
        ("sql://db/crm/public/kunder/jens.hansen%40example.dk", "sql://db/crm/public/kunder/j***%40example.dk"),
        ("file:///srv/Sag%20jens.hansen%40example.dk.txt", "file:///srv/Sag%20j***%40example.dk.txt"),
        ("file:///srv/s%C3%B8ren.lund%40firma.dk/x.txt", "file:///srv/s***%40firma.dk/x.txt"),
        ("file:///srv/%C3%B8ren%40firma.dk.txt", "file:///srv/%C3%B8***%40firma.dk.txt"),
        ("file:///srv/karl.ek%2540firma.se.txt", "file:///srv/k***%2540firma.se.txt"),
        ("file:///a.zip!/anna.berg@firma.se.txt", "file:///a.zip!/a***@firma.se.txt"),
        ("/srv/share/anna.berg@firma.se.pdf", "/srv/share/a***@firma.se.pdf"),
        ("imap://jens.hansen@mail.example.dk/INBOX/7/42", "imap://jens.hansen@mail.example.dk/INBOX/7/42"),
        ("graph://jens.hansen@firma.dk/Indbakke/AAMk", "graph://jens.hansen@firma.dk/Indbakke/AAMk"),
        ("graph://jens.hansen@firma.dk/anna.berg@firma.se/AAMk", "graph://jens.hansen@firma.dk/a***@firma.se/AAMk"),
        ("file:///srv/0707614285%20anna@x.dk", "file:///srv/070761XXXX%20a***@x.dk"),
        ("file:///srv/Faktura%202019-114.pdf", "file:///srv/Faktura%202019-114.pdf"),
        ("stdin:", "stdin:"),
    ],
)
def test_addresses_after_the_authority_are_masked(location: str, shown: str) -> None:
    assert scrub_location(location) == shown
    assert scrub_location(shown) == shown  # stable: the index and frames may mask twice


def test_two_peoples_folders_stay_two_folders_in_the_index() -> None:
    """Retention groups a case's or an employee's items by their folder as the index shows it: the keyed
    tag keeps jens's and johanna's folders apart although both mask to j***@firma.dk."""
    tag = address_tag(Fingerprinter(b"a key of at least sixteen bytes"))
    jens = scrub_location("file:///hr/jens.hansen%40firma.dk/kontrakt.pdf", tag) or ""
    again = scrub_location("file:///hr/Jens.Hansen@firma.dk/l%C3%B8n.pdf", tag) or ""
    johanna = scrub_location("file:///hr/johanna.berg%40firma.dk/kontrakt.pdf", tag) or ""
    assert "jens" not in jens and "johanna" not in johanna
    folder = re.compile(r"[jJ]\*\*\*([0-9a-f]{6})")
    assert folder.findall(jens) == folder.findall(again) != folder.findall(johanna)
    assert scrub_location(jens, tag) == jens and scrub_location(jens) == jens  # masked once, never twice
    other_key = address_tag(Fingerprinter(b"another key, also sixteen bytes"))
    assert folder.findall(scrub_location("file:///hr/jens.hansen%40firma.dk/", other_key) or "") != folder.findall(jens)


def test_the_console_still_finds_a_graph_message_by_its_masked_location() -> None:
    location = message_location("graph", "jens.hansen@firma.dk", "Indbakke/anna.berg@firma.se", "AAMk/x=")
    ref = MessageRef.from_location(scrub_location(location) or "")
    assert (ref.mailbox, ref.message_id) == ("jens.hansen@firma.dk", "AAMk/x=")


def _dump(db: str) -> str:
    with open_store(db) as st:
        return json.dumps({t: st.rows(t) for t in ("items", "findings")}, default=str, ensure_ascii=False)


def test_a_sweep_keeps_no_address_of_a_file_member_or_folder_name(db_url: str, tmp_path: Path) -> None:
    root = _tree(tmp_path / "share")
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(f'[store]\ndb = "{db_url}"\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{root}"]\n')
    assert sweep(config_path=cfg, config=ScanConfig(workers=1), notify=False).exit_code == 1
    dump = _dump(db_url)
    assert re.search(r"j\*\*\*[0-9a-f]{6}(@|%40)example\.dk", dump), "masked with its keyed tag"
    assert _leaks(dump) == []
    if "://" not in db_url:  # the SQLite files themselves (WAL included)
        raw = b"".join(p.read_bytes() for p in Path(db_url).parent.glob(Path(db_url).name + "*"))
        assert _leaks(raw.decode("utf-8", "replace")) == []
    # The same sweep again: every item is known by its real location, nothing re-read or removed.
    again = sweep(config_path=cfg, config=ScanConfig(workers=1), notify=False)
    assert again.stats["read"] == 0 and again.stats.get("removed", 0) == 0, again.stats
    with open_store(db_url) as st:
        assert len(st.rows("items")) == 5 and _leaks(_dump(db_url)) == []


def test_an_index_written_before_keeps_no_address_after_it_is_opened(tmp_path: Path) -> None:
    root = _tree(tmp_path / "share")
    db = str(tmp_path / "index.sqlite3")
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{root}"]\n')
    sweep(config_path=cfg, config=ScanConfig(workers=1), notify=False)
    plain = (root / "jens.hansen@example.dk.txt").absolute().as_uri()
    with open_store(db) as st, st.engine.begin() as conn:  # what an older version stored
        conn.execute(schema.items.update().where(schema.items.c.location.contains("j***")).values(location=plain))
        conn.execute(schema.schema_migrations.delete().where(schema.schema_migrations.c.version == 12))
        assert "jens.hansen" in json.dumps(conn.execute(sa.select(schema.items.c.location)).scalars().all())
    assert _leaks(_dump(db)) == []


def _text(proc: subprocess.CompletedProcess[bytes]) -> subprocess.CompletedProcess[str]:
    """``run_cli``'s result as text (tests/helpers/cli_inprocess.py)."""
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def test_scan_output_masks_addresses_in_names_and_show_values_shows_them(cli: list[str], tmp_path: Path) -> None:
    root = _tree(tmp_path / "share")
    # jsonl in a real process (its whole stderr, fd 2, is checked); csv, table, --show-values in process.
    for fmt in ("jsonl", "csv", "table"):
        if fmt == "jsonl":
            out = subprocess.run(
                [*cli, "scan", str(root), "--format", fmt], capture_output=True, text=True, timeout=300
            )
        else:
            out = _text(run_cli("scan", str(root), "--format", fmt, "--workers", "1"))
        assert out.returncode == 1, out.stderr
        assert _leaks(out.stdout + out.stderr) == [], fmt
    shown = _text(run_cli("scan", str(root), "--format", "jsonl", "--show-values", "--workers", "1"))
    assert "jens.hansen" in shown.stdout and "anna.berg" in shown.stdout


@pytest.mark.parametrize(
    "prefix",
    [
        "file:///home/j***%40firma.dk/",  # masked without its tag: johanna's folder looks the same
        "file:///srv/hr/070761XXXX/",
        "file:///srv/hr/0707614285/",
    ],
)
def test_a_folder_whose_name_the_index_masks_alike_cannot_be_given_to_one_account(tmp_path: Path, prefix: str) -> None:
    db = str(tmp_path / "index.sqlite3")
    users_add(db, "jens", role="employee", password="correct horse battery")
    out = _text(run_cli("users", "map-folder", prefix, "jens", "--db", db))
    assert out.returncode == 2 and "--owner or --mailbox" in out.stderr and "Traceback" not in out.stderr
    assert "0707614285" not in out.stderr


def test_a_folder_named_after_an_address_is_given_as_the_index_shows_it(tmp_path: Path) -> None:
    """Written with the address, the folder is kept as the index keeps it (masked, tagged): the employee
    sees the items under it and no plaintext address is stored."""
    root = tmp_path / "home"
    for person in ("jens.hansen@firma.dk", "johanna.berg@firma.dk"):
        (root / person).mkdir(parents=True)
        (root / person / "kontrakt.txt").write_text("cpr 070761-4285\n", encoding="utf-8")
    db = str(tmp_path / "index.sqlite3")
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{root}"]\n')
    sweep(config_path=cfg, config=ScanConfig(workers=1), notify=False)
    users_add(db, "jens", role="employee", password="correct horse battery")
    users_map_folder(db, (root / "jens.hansen@firma.dk").as_uri() + "/", "jens")
    with open_store(db) as st:
        from pii_scanner.web import queries

        scope = queries.Scope.of(st, acc.get_account(st, "jens"))
        with st.engine.connect() as conn:
            seen = conn.execute(sa.select(schema.items.c.location).where(scope.condition())).scalars().all()
        prefixes = acc.owner_prefixes(st, "jens")
    assert len(seen) == 1 and "j***" in seen[0], seen
    assert _leaks(json.dumps(prefixes)) == [] and "johanna" not in json.dumps(prefixes)


def test_free_text_masks_an_address_written_as_a_location_writes_it(capsys: pytest.CaptureFixture[str]) -> None:
    """Log lines, events and error texts pass through scrub_text: an address inside a location they
    quote (``%40``) is masked like a plain one."""
    from pii_scanner.cli.logs import emit
    from pii_scanner.core.privacy import scrub_text

    text = "cannot read file:///srv/jens.hansen%40example.dk.txt nor anna.berg@firma.se"
    assert _leaks(scrub_text(text)) == [] and "j***%40example.dk" in scrub_text(text)
    emit("source_failed", message=text)
    assert _leaks(capsys.readouterr().err) == []


def test_a_reader_without_the_key_masks_old_rows_and_creates_no_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older index opened where no fingerprint key is set up (a copy on the DPO's machine, `report`):
    its addresses are masked all the same (without the keyed tag), and no key file is created."""
    root = _tree(tmp_path / "share")
    db = str(tmp_path / "index.sqlite3")
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{root}"]\n')
    sweep(config_path=cfg, config=ScanConfig(workers=1), notify=False)
    plain = (root / "jens.hansen@example.dk.txt").absolute().as_uri()
    with open_store(db) as st, st.engine.begin() as conn:
        conn.execute(schema.items.update().where(schema.items.c.location.contains("j***")).values(location=plain))
        conn.execute(schema.schema_migrations.delete().where(schema.schema_migrations.c.version == 12))
    monkeypatch.delenv("PII_SCANNER_KEY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    with open_store(db, create=False) as st:
        locations = [r["location"] for r in st.rows("items")]
    assert _leaks(json.dumps(locations)) == [] and any("j***%40example.dk" in loc for loc in locations)
    assert not (tmp_path / "no-config").exists()
