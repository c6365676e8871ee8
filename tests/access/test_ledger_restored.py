"""Hostile (dutyred A6): a restored copy of an erased subject's number is flagged in every form it is written.

After ``verify-erasure --record`` the next sweep flags an item holding the erased number
``restored_after_erasure`` (a violation: exit 1; the minimisation report lists it). The check compared
only the detector's findings, so a copy written ``Kundenr. 0707614285``, ``konto 070761-4285`` or
``07 07 61 42 85`` (negative context, spaced) came back unflagged. The sweep now compares the text it
holds with the ledger's fingerprints as the live paths do (access/known), on every executor.
"""

from __future__ import annotations

import json
import pickle
import re
import subprocess
import sys
import time
import zipfile
from datetime import UTC, date, datetime
from datetime import time as datetime_time
from pathlib import Path
from urllib.parse import unquote

import pytest
import sqlalchemy as sa

from pii_scanner.access import Subject
from pii_scanner.access.known import known_findings
from pii_scanner.access.ledger import FLAG_RESTORED, record_erasure
from pii_scanner.core.errors import FingerprintKeyMismatch
from pii_scanner.core.privacy import Fingerprinter, load_key
from pii_scanner.pipeline import Processor
from pii_scanner.policy.restored import erased_identifiers, restored_after_erasure
from pii_scanner.reports.minimisation import minimisation
from pii_scanner.sources.files import file_item
from pii_scanner.store import open_store, schema
from pii_scanner.sweeps.engine import sweep
from tests.access.access_env import CFG, OTHER_CPR, SUBJECT_CPR, Indexed, dash

FAST = CFG.with_(ner__enabled=False)
PAIRS = " ".join(SUBJECT_CPR[n : n + 2] for n in range(0, 10, 2))  # 07 07 61 42 85
DOTS = f"{SUBJECT_CPR[:2]}.{SUBJECT_CPR[2:4]}.{SUBJECT_CPR[4:6]}-{SUBJECT_CPR[6:]}"
WIDE = dash(SUBJECT_CPR).translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))  # full-width input mode

# Restored copies: file name -> text. Each holds the erased number in a form the detector drops or misreads.
RESTORED = {
    "r_kundenr.txt": f"Kundenr. {SUBJECT_CPR}\n",
    "r_konto.txt": f"Overført til konto {dash(SUBJECT_CPR)} i går.\n",
    "r_spaced.txt": f"Vores ref {PAIRS}\n",
    "r_dots.txt": f"Ordre {DOTS}\n",
    "r_wide.txt": f"Kundenr. {WIDE}\n",
    "r_kunde " + PAIRS + ".txt": "Ingen tekst af betydning.\n",  # the number in the file name only
    "s_soren.txt": f"Søren {dash(SUBJECT_CPR)}\n",  # the detector's own finding (flagged before the fix too)
    "r_sag " + PAIRS + "/notat.txt": "Mødet er flyttet.\n",  # a restored folder named by the number
}
ZIPPED = "r_arkiv.zip"  # a copy inside an archive: its member is the restored item
ZIPPED_FOLDER = "r_zipsag.zip"  # a folder inside an archive named by the number
NOT_RESTORED = {"t_other.txt": f"Kundenr. {OTHER_CPR}\n"}  # another person's number: no flag


def _erase_and_record(fresh: Indexed, cli: list[str]) -> None:
    for name in ("a_dash.txt", "b_plain.txt", "c_space.txt", "arkiv.zip"):
        (fresh.root / name).unlink()
    sweep(config_path=fresh.config, db=fresh.db, config=FAST, notify=False)
    args = [*cli, "verify-erasure", "--config", str(fresh.config), "--cpr", SUBJECT_CPR, "--record", "J.nr. 9"]
    done = subprocess.run(args, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["ledger_entry"] is not None


def _restore(root: Path) -> list[str]:
    for name, text in {**RESTORED, **NOT_RESTORED}.items():
        (root / name).parent.mkdir(exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    with zipfile.ZipFile(root / ZIPPED, "w") as zf:
        zf.writestr("bilag/konto.txt", f"konto {SUBJECT_CPR}\n")
    with zipfile.ZipFile(root / ZIPPED_FOLDER, "w") as zf:
        zf.writestr(f"Kunde {dash(SUBJECT_CPR)}/notat.txt", "Mødet er flyttet.\n")
    return sorted(_tag(f"/corpus/{name}") for name in [*RESTORED, ZIPPED, ZIPPED_FOLDER])


def _tag(location: str) -> str:
    """``.../corpus/r_kunde 07 07 ...txt`` -> ``r_kunde`` (reports mask the number in a file name)."""
    return re.split(r"[ .]", unquote(location.split("/corpus/", 1)[1]))[0]


def _minimisation(fresh: Indexed, cli: list[str]) -> list[str]:
    done = subprocess.run(
        [*cli, "report", "minimisation", "--db", fresh.db, "--format", "json"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    for plain in (SUBJECT_CPR, dash(SUBJECT_CPR), PAIRS, DOTS, WIDE):
        assert plain not in done.stdout
    doc = json.loads(done.stdout)
    rows = doc["sections"]["restored_after_erasure"]
    assert doc["summary"]["restored_after_erasure"] == len(rows)
    return sorted(_tag(r["location"]) for r in rows)


def _no_plaintext(fresh: Indexed) -> None:
    for path in Path(fresh.db).parent.glob(Path(fresh.db).name + "*"):
        data = path.read_bytes()
        for plain in (SUBJECT_CPR, dash(SUBJECT_CPR), PAIRS, DOTS, WIDE):
            assert plain.encode() not in data, path.name


def test_a_restore_in_any_written_form_is_flagged_by_the_next_sweep(fresh: Indexed, cli: list[str]) -> None:
    """The real command line: verify-erasure --record, restore, sweep (the local process pool), report."""
    _erase_and_record(fresh, cli)
    wanted = _restore(fresh.root)
    # workers = 2: the local pool's worker processes build their Processor from the configuration.
    fresh.config.write_text(fresh.config.read_text(encoding="utf-8") + "\n[scan]\nworkers = 2\n", encoding="utf-8")
    done = subprocess.run(
        [*cli, "sweep", "--config", str(fresh.config), "--no-notify", "--no-ner"], capture_output=True, text=True
    )
    assert done.returncode == 1, done.stdout + done.stderr  # README "Exit codes": new policy violations
    assert _minimisation(fresh, cli) == wanted
    _no_plaintext(fresh)
    # Flagged once: the next sweep reports no new violation for them.
    again = sweep(config_path=fresh.config, db=fresh.db, config=FAST, notify=False)
    assert not [v for v in again.new_violations if v.flag == FLAG_RESTORED]


def test_a_restore_is_flagged_by_a_distributed_sweep(fresh: Indexed, cli: list[str]) -> None:
    """Dask workers build their Processor from the configuration the chunk carries: the ledger's with it."""
    distributed = pytest.importorskip("distributed")
    cloudpickle = pytest.importorskip("cloudpickle")
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    from pii_scanner.sweeps.dask_executor import DaskExecutor

    _erase_and_record(fresh, cli)
    wanted = _restore(fresh.root)
    cluster = distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None, silence_logs=50
    )
    try:
        with distributed.Client(cluster) as client:
            result = sweep(
                config_path=fresh.config, db=fresh.db, config=FAST, notify=False, executor=DaskExecutor(client=client)
            )
    finally:
        cluster.close()
    assert result.exit_code == 1
    assert sorted(_tag(v.location) for v in result.new_violations if v.flag == FLAG_RESTORED) == wanted
    assert _minimisation(fresh, cli) == wanted


def test_a_long_text_read_in_windows_is_compared_too(tmp_path: Path) -> None:
    """Texts above ``stream_above`` are detected window by window (and in segments): compared there too."""
    fp = Fingerprinter(load_key())
    cfg = FAST.with_(limits__stream_above=4096, detect__chunk_size=2048)
    cfg = erased_identifiers(cfg, fp, [(("cpr",), (fp(SUBJECT_CPR),))])
    assert pickle.loads(pickle.dumps(cfg)) == cfg
    filler = "Intet at se her. " * 600
    path = tmp_path / "lang.txt"
    path.write_text(filler + f"Kundenr. {PAIRS}\n" + filler, encoding="utf-8")
    processor = Processor.build(cfg)
    (result,) = processor.process(file_item(path))
    assert result.metadata.get("streamed")
    hits = [f for f in result.findings if fp(f.normalized) == fp(SUBJECT_CPR)]
    assert len(hits) == 1 and hits[0].entity_type == "DK_CPR"
    # An empty ledger: nothing is compared, the findings are the detector's alone.
    plain = Processor.build(FAST.with_(limits__stream_above=4096, detect__chunk_size=2048))
    (before,) = plain.process(file_item(path))
    assert not [f for f in before.findings if fp(f.normalized) == fp(SUBJECT_CPR)]


def test_a_ledger_under_another_key_is_refused() -> None:
    """The ledger's fingerprints compared under another key would match nothing: a silent miss. Refused."""
    cfg = erased_identifiers(FAST, Fingerprinter(b"another key, not the index's one"), [(("cpr",), ("00" * 32,))])
    with pytest.raises(FingerprintKeyMismatch, match="fingerprint key"):
        Processor.build(cfg)


def test_an_empty_ledger_changes_nothing() -> None:
    fp = Fingerprinter(load_key())
    assert erased_identifiers(FAST, fp, []) is FAST


def test_a_restored_mailbox_of_the_erased_address_is_flagged(tmp_path: Path) -> None:
    """The erased subject's mailbox restored (IMAP): a message neither from nor to the address, and a
    private one (only its metadata is read), are flagged by the mailbox they lie in, as the index search
    matches them (was: sender and findings only, so neither was flagged)."""
    from tests.servers import dovecot

    if not dovecot.available():
        pytest.skip("dovecot is not installed")
    address = "soren.ostergaard@firma.dk"
    with dovecot.run_dovecot(user=address) as srv:
        spec = srv.spec()
        db = str(tmp_path / "index.sqlite3")
        config = tmp_path / "imap.toml"
        config.write_text(
            f'[store]\ndb = "{db}"\n[[sources]]\n' + "".join(f"{k} = {json.dumps(v)}\n" for k, v in spec.items()),
            encoding="utf-8",
        )
        assert sweep(config_path=config, db=db, config=FAST, notify=False).status == "ok"  # empty: erased
        record_erasure(db, Subject.of(email=address), case="J.nr. 11", actor="dpo")
        client = dovecot.imap_client(srv)
        head = "From: Ole Berg <ole@kunde.dk>\r\nTo: alle@firma.dk\r\nDate: Mon, 1 Jun 2026 10:00:00 +0000\r\n"
        client.append("INBOX", None, None, f"{head}Subject: Julefrokost\r\n\r\nHusk fredag.\r\n".encode())
        private = f"{head}Subject: Privat\r\nSensitivity: Private\r\n\r\nHemmeligt.\r\n"
        client.append("INBOX", None, None, private.encode())
        client.logout()
        result = sweep(config_path=config, db=db, config=FAST, notify=False)
    restored = [v for v in result.new_violations if v.flag == FLAG_RESTORED]
    assert len(restored) == 2 and result.exit_code == 1
    _, data = minimisation(db, fmt="json")
    assert json.loads(data)["summary"]["restored_after_erasure"] == 2
    assert address.encode() not in Path(db).read_bytes()


def test_the_live_paths_read_full_width_digits_too() -> None:
    """verify-erasure and search --live use the same matcher: a full-width copy is a trace there as well."""
    fp = Fingerprinter(load_key())
    key = Subject.of(cpr=SUBJECT_CPR).key(fp)
    text = f"Kundenr. {WIDE} og {OTHER_CPR}"
    (found,) = known_findings(text, fp, key)
    assert (found.entity_type, found.normalized, text[found.start : found.end]) == ("DK_CPR", SUBJECT_CPR, WIDE)


def test_a_restore_read_after_local_midnight_on_the_erasure_day_is_flagged(
    fresh: Indexed, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The erasure date is a local day; an item read at 00:30 Danish time that day is read on it, although
    its UTC time is the day before (was: compared by the UTC day, not flagged)."""
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    try:
        today = date.today()
        record_erasure(fresh.db, Subject.of(cpr=SUBJECT_CPR), case="J.nr. 12", erased_on=today, actor="dpo")
        night = datetime.combine(today, datetime_time(0, 30)).astimezone().astimezone(UTC).replace(tzinfo=None)
        assert night.date() < today  # UTC is still the day before
        with open_store(fresh.db) as st:
            with st.engine.begin() as conn:
                conn.execute(sa.update(schema.items).values(scanned_at=night))
            flagged = restored_after_erasure(st)
        assert sorted(_tag(v.location) for v in flagged) == ["a_dash", "arkiv", "b_plain", "c_space"]
    finally:
        monkeypatch.undo()  # TZ as it was, then read again by the C library
        time.tzset()
