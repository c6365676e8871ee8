"""The response pack under hostile input and careless use: an identifier in a file name (whose
offsets index the name, not the text), an output path that already exists with another mode or is
a link, and nothing left in the temp directory."""

from __future__ import annotations

import datetime
import json
import os
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from pii_scanner.access import Subject, request_export, request_open
from pii_scanner.access.attribution import attribute, render_excerpts
from pii_scanner.core.model import Explanation, Finding
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.detect.engine import NAME_PART
from pii_scanner.sweeps.engine import sweep
from tests.access.access_env import CFG
from tests.helpers.nordic_numbers import make_cpr

SUBJECT = make_cpr(datetime.date(1961, 7, 7), 42)
OTHER = make_cpr(datetime.date(1990, 1, 1), 12)
THIRD = make_cpr(datetime.date(1975, 5, 17), 21)


def _forms(cpr: str) -> list[str]:
    return [cpr, f"{cpr[:6]}-{cpr[6:]}", f"{cpr[:6]} {cpr[6:]}"]


@dataclass
class Env:
    db: str
    config: Path


@pytest.fixture
def env(tmp_path: Path) -> Env:
    root = tmp_path / "corpus"
    root.mkdir()
    # "Vedr. " is 6 characters: the other person's CPR stands at the offsets (6, 16) of the
    # subject's CPR in the file name.
    (root / f"notat_{SUBJECT}.txt").write_text(
        f"Vedr. {OTHER} Jens Hansen, tlf 20 30 40 50.\nSøren Østergaard ringede.\n", encoding="utf-8"
    )
    # Another person's CPR in the folder and file name, at the offsets of the subject's surname.
    folder = root / f"Sag {THIRD}"
    folder.mkdir()
    (folder / f"notat_{THIRD}.txt").write_text(
        f"Søren Østergaard CPR {SUBJECT[:6]}-{SUBJECT[6:]} har klaget.\n", encoding="utf-8"
    )
    db = str(tmp_path / "index.sqlite3")
    config = tmp_path / "sweep.toml"
    config.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "drev"\npaths = ["{root}"]\n')
    assert sweep(config_path=config, db=db, config=CFG, notify=False).status == "ok"
    return Env(db, config)


def _pack_text(path: Path) -> str:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            return "".join(zf.read(n).decode("utf-8") for n in zf.namelist())
    return "".join(p.read_text(encoding="utf-8") for p in path.rglob("*") if p.is_file())


def test_an_identifier_in_a_file_name_never_puts_another_persons_number_in_the_pack(env: Env, tmp_path: Path) -> None:
    case = request_open(env.db, Subject.of(cpr=SUBJECT, name="Søren Østergaard"))
    pack = request_export(env.db, case.id, tmp_path / "pack", config=env.config, live=True)
    text = _pack_text(pack.path)
    for form in _forms(OTHER) + _forms(THIRD):
        assert form not in text, form
    assert pack.items == 2  # the file named after the subject is theirs; so is the note in the case folder
    assert "Søren Østergaard CPR" in text  # the subject's surname is not masked by a number in the file name


def test_a_finding_in_the_name_owns_no_span_of_the_text() -> None:
    fp = Fingerprinter(b"unit")
    key = Subject.of(cpr=SUBJECT, name="Søren Østergaard").key(fp)
    text = f"Søren Østergaard CPR {SUBJECT[:6]}-{SUBJECT[6:]} har klaget.\n"
    ex = Explanation("t", "t")
    in_text = Finding("DK_CPR", 21, 32, 0.9, f"{SUBJECT[:6]}-{SUBJECT[6:]}", SUBJECT, ex)
    in_name = Finding("DK_CPR", 6, 16, 0.9, THIRD, THIRD, ex, part=NAME_PART)
    verdict = attribute(text, fp, key, [in_text, in_name], mask_findings=[in_text, in_name])
    assert verdict.decision == "answer"
    assert (6, 16) not in verdict.own and all(m[:2] != (6, 16) for m in verdict.masks)
    mine = Finding("DK_CPR", 6, 16, 0.9, SUBJECT, SUBJECT, ex, part=NAME_PART)
    other = Finding("DK_CPR", 0, 10, 0.9, OTHER, OTHER, ex)
    named = attribute(f"{OTHER} ringede.\n", fp, key, [mine, other])
    assert named.decision == "answer" and "cpr" in named.matched  # the name says whose it is
    assert (0, 10) not in named.own  # ...but the other person's number in the text stays theirs


def test_a_pack_written_over_a_world_readable_file_is_owner_only(env: Env, tmp_path: Path) -> None:
    case = request_open(env.db, Subject.of(cpr=SUBJECT))
    target = tmp_path / "answer.zip"
    target.write_bytes(b"old")
    target.chmod(0o644)
    request_export(env.db, case.id, target, config=env.config)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert any(form in _pack_text(target) for form in _forms(SUBJECT))
    review = tmp_path / "answer.zip.to-review.json"
    assert not review.exists() or stat.S_IMODE(review.stat().st_mode) == 0o600


def test_a_pack_path_that_is_a_link_is_replaced_never_followed(env: Env, tmp_path: Path) -> None:
    case = request_open(env.db, Subject.of(cpr=SUBJECT))
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    victim.chmod(0o644)
    link = tmp_path / "answer.zip"
    link.symlink_to(victim)
    request_export(env.db, case.id, link, config=env.config)
    assert victim.read_text() == "keep me\n"
    assert not link.is_symlink() and stat.S_IMODE(link.stat().st_mode) == 0o600


def test_an_export_leaves_nothing_in_the_temp_directory(
    env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    case = request_open(env.db, Subject.of(cpr=SUBJECT, name="Søren Østergaard"))
    out = tmp_path / "out"
    out.mkdir()
    request_export(env.db, case.id, out / "a.zip", config=env.config, live=True)
    request_export(env.db, case.id, out / "folder", config=env.config, live=True)
    assert list(tmp.iterdir()) == []
    assert {p.name for p in out.iterdir()} == {"a.zip", "folder"}  # no .part file left next to the pack
    assert os.stat(out / "folder" / "data.json").st_mode & 0o077 == 0


def test_a_folder_export_stopped_half_way_leaves_no_pack(
    env: Env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder pack stopped while it is written (a signal, a full disk) leaves neither a pack that looks
    complete nor half of the subject's plaintext: it is written aside and renamed when whole."""
    case = request_open(env.db, Subject.of(cpr=SUBJECT, name="Søren Østergaard"))
    out = tmp_path / "out"
    out.mkdir()
    real_fdopen, written = os.fdopen, []

    def failing(fd: int, *args: object, **kwargs: object) -> object:
        if len(written) == 2:
            os.close(fd)
            raise KeyboardInterrupt  # what SIGTERM becomes in the CLI
        written.append(fd)
        return real_fdopen(fd, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "fdopen", failing)
    with pytest.raises(KeyboardInterrupt):
        request_export(env.db, case.id, out / "folder", config=env.config, live=True)
    monkeypatch.setattr(os, "fdopen", real_fdopen)
    assert len(written) == 2 and list(out.iterdir()) == []
    request_export(env.db, case.id, out / "folder", config=env.config, live=True)  # the next try is whole
    assert (out / "folder" / "data.json").exists() and not [p for p in out.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    "args",
    [
        ["status", "99999999999999999999999"],
        ["close", "99999999999999999999999"],
        ["extend", "99999999999999999999999", "--months", "1", "--reason", "many systems"],
        ["export", "99999999999999999999999", "-o", "x.zip"],
        ["export", "0", "-o", "x.zip"],
    ],
)
def test_a_case_number_too_big_for_the_index_is_one_line_exit_2(
    env: Env, tmp_path: Path, cli: list[str], args: list[str]
) -> None:
    import subprocess

    proc = subprocess.run(
        [*cli, "request", args[0], "--config", str(env.config), *args[1:]],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_the_pack_names_no_one_else_in_its_locations(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    folder = root / f"Sag {OTHER[:6]}-{OTHER[6:]} Jens Hansen"
    folder.mkdir(parents=True)
    (folder / f"notat_{THIRD}.txt").write_text(f"CPR {SUBJECT[:6]}-{SUBJECT[6:]} har ringet.\n", encoding="utf-8")
    mine = root / "Søren Østergaard"
    mine.mkdir()
    (mine / "ansøgning.txt").write_text(f"Søren Østergaard, CPR {SUBJECT}\n", encoding="utf-8")
    db = str(tmp_path / "index.sqlite3")
    config = tmp_path / "sweep.toml"
    config.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "drev"\npaths = ["{root}"]\n')
    assert sweep(config_path=config, db=db, config=CFG, notify=False).status == "ok"
    case = request_open(db, Subject.of(cpr=SUBJECT, name="Søren Østergaard"))
    pack = request_export(db, case.id, tmp_path / "pack", config=config, live=True)
    text = _pack_text(pack.path)
    assert pack.items == 2
    for other in (OTHER[:6], THIRD[:6], "Jens", "Hansen"):
        assert other not in text, other
    assert "Østergaard/ansøgning.txt" in text or "%C3%98stergaard/ans%C3%B8gning.txt" in text  # the subject's own
    assert "[ID]" in text and "[NAME]" in text


def test_an_owner_named_after_an_employee_is_masked_in_the_pack() -> None:
    from pii_scanner.access.places import hide_others_in_places
    from pii_scanner.access.results import Hit

    fp = Fingerprinter(b"unit")
    key = Subject.of(cpr=SUBJECT, name="Søren Østergaard").key(fp)
    hit = Hit(
        location_key="k",
        top_key="k",
        location="file:///srv/Sag%20010190-XXXX%20Jens%20Hansen/a.txt",
        path="/srv/Sag 010190-XXXX Jens Hansen/a.txt",
        source="drev",
        owner="peter.olsen",
        folder="/srv/Sag 010190-XXXX Jens Hansen",
    )
    hide_others_in_places([hit], fp, key)
    assert hit.owner == "[NAME].[NAME]" and "Jens" not in hit.location + hit.path + hit.folder
    assert hit.location == "file:///srv/Sag%20[ID]%20[NAME]%20[NAME]/a.txt"


def test_an_address_naming_someone_else_in_the_subjects_own_line_is_masked() -> None:
    fp = Fingerprinter(b"unit")
    key = Subject.of(cpr=SUBJECT, name="Søren Østergaard", email="soren@example.dk").key(fp)
    text = f"Ansøger: Søren Østergaard, CPR {SUBJECT}, soren@example.dk, cc peter.olsen@firma.dk, info@firma.dk\n"
    ex = Explanation("t", "t")

    def at(kind: str, value: str, normalized: str | None = None) -> Finding:
        start = text.index(value)
        return Finding(kind, start, start + len(value), 0.9, value, normalized or value, ex)

    findings = [
        at("PERSON", "Søren Østergaard"),
        at("DK_CPR", SUBJECT),
        at("EMAIL_ADDRESS", "soren@example.dk"),
        at("EMAIL_ADDRESS", "peter.olsen@firma.dk"),
        at("EMAIL_ADDRESS", "info@firma.dk"),
    ]
    verdict = attribute(text, fp, key, findings)
    [excerpt] = render_excerpts(text, verdict)
    assert "peter.olsen" not in excerpt and "[E-MAIL]" in excerpt
    assert "soren@example.dk" in excerpt and SUBJECT in excerpt and "info@firma.dk" in excerpt


def test_the_pack_shows_the_subject_their_own_number_whatever_the_words_around_it(tmp_path: Path) -> None:
    """The subject's number after "konto" or written with dots is not reported by the detector; the pack
    (from the index and live) shows it to them as written, never as [NUMBER], and masks the others'."""
    root = tmp_path / "corpus"
    root.mkdir()
    dotted = f"{SUBJECT[:2]}.{SUBJECT[2:4]}.{SUBJECT[4:6]}-{SUBJECT[6:]}"
    (root / "faktura.txt").write_text(
        f"Søren Østergaard {SUBJECT[:6]}-{SUBJECT[6:]} betaler til konto DK5000400440116243.\n", encoding="utf-8"
    )
    (root / "ordre.txt").write_text(f"Ordrenr {dotted} (kunde Søren Østergaard), kopi {OTHER}\n", encoding="utf-8")
    db = str(tmp_path / "index.sqlite3")
    config = tmp_path / "sweep.toml"
    config.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "drev"\npaths = ["{root}"]\n')
    assert sweep(config_path=config, db=db, config=CFG, notify=False).status == "ok"
    for live in (False, True):
        case = request_open(db, Subject.of(cpr=SUBJECT, name="Søren Østergaard"))
        pack = request_export(db, case.id, tmp_path / f"pack-{live}", config=config, live=live)
        text = _pack_text(pack.path)
        assert f"Søren Østergaard {SUBJECT[:6]}-{SUBJECT[6:]} betaler" in text, live
        assert f"Ordrenr {dotted} (kunde Søren Østergaard)" in text, live
        assert OTHER not in text and "[NUMBER] betaler" not in text


def test_the_case_reference_names_no_one_else_in_the_pack(env: Env, tmp_path: Path) -> None:
    """The reference (and an extension reason) is free text the staff typed: another person's number and
    name there reach the subject no more than in a place. The DPO's case list keeps it as typed (masked)."""
    from pii_scanner.access import request_extend, request_status

    case = request_open(env.db, Subject.of(cpr=SUBJECT, name="Søren Østergaard"), reference=f"Sag {OTHER} Jens Hansen")
    request_extend(env.db, case.id, months=1, reason=f"venter på Peter Olsen og {THIRD[:6]}-{THIRD[6:]}")
    for target in (tmp_path / "pack", tmp_path / "pack.zip"):
        text = _pack_text(request_export(env.db, case.id, target, config=env.config).path)
        for other in (*_forms(OTHER), *_forms(THIRD), OTHER[:6], THIRD[:6], "Jens", "Hansen", "Peter", "Olsen"):
            assert other not in text, (target.name, other)
        assert "Sag [ID] [NAME] [NAME]" in text and "venter på [NAME] [NAME] og [ID]" in text
    kept = request_status(env.db, case.id)[0].reference
    assert kept.startswith(f"Sag {OTHER[:6]}") and kept.endswith("XXXX Jens Hansen") and OTHER not in kept


def test_the_case_reference_shows_no_one_elses_address_or_phone_in_the_pack(env: Env, tmp_path: Path) -> None:
    """An e-mail address or phone number typed into the reference or the extension reason is someone else's
    as much as a CPR there (was shown as typed in report.html and data.json); the case's journal number
    ("2023-0147") stays. The index keeps typed addresses masked ("k***@firma.dk"), so the pack cannot tell
    whose they were: every one is left out."""
    from pii_scanner.access import request_extend

    subject = Subject.of(cpr=SUBJECT, email="soren@example.dk")
    case = request_open(env.db, subject, reference="Sag 2023-0147 jens.hansen@firma.dk 22 33 44 55")
    request_extend(env.db, case.id, months=1, reason="venter på kim@firma.dk (+45 2233 4455), soren@example.dk")
    for target in (tmp_path / "pack", tmp_path / "pack.zip"):
        text = _pack_text(request_export(env.db, case.id, target, config=env.config).path)
        for other in ("jens.hansen@firma.dk", "kim@firma.dk", "22 33 44 55", "2233 4455", "4455"):
            assert other not in text, (target.name, other)
        assert "Sag 2023-0147 [E-MAIL] [NUMBER]" in text
        assert "venter på [E-MAIL] ([NUMBER]), [E-MAIL]" in text


def test_a_mailbox_or_account_in_a_location_names_no_one_in_the_pack() -> None:
    """The account of an IMAP location and a mailbox in a graph/ews/onedrive location or a folder named by
    an address are an employee's: left out of the subject's pack; the subject's own address stays."""
    from pii_scanner.access.places import hide_others_in_places
    from pii_scanner.access.results import Hit

    fp = Fingerprinter(b"unit")
    key = Subject.of(cpr=SUBJECT, email="soren@example.dk").key(fp)
    places = {
        "imap://peter.olsen%40firma.dk@mail.firma.dk:993/INBOX;UIDVALIDITY=1;UID=7": "imap://[ACCOUNT]@mail.firma.dk:993/INBOX;UIDVALIDITY=1;UID=7",
        "imap://polsen@mail.firma.dk:993/INBOX;UID=7": "imap://[ACCOUNT]@mail.firma.dk:993/INBOX;UID=7",
        "graph://peter.olsen@firma.dk/Indbakke/abc": "graph://[E-MAIL]/Indbakke/abc",
        "ews://kim@firma.dk/Inbox/1": "ews://[E-MAIL]/Inbox/1",
        "onedrive://peter.olsen@firma.dk/Dokumenter/a.txt": "onedrive://[E-MAIL]/Dokumenter/a.txt",
        "file:///srv/post/peter.olsen@firma.dk/a.txt": "file:///srv/post/[E-MAIL]/a.txt",
        "graph://soren@example.dk/Indbakke/abc": "graph://soren@example.dk/Indbakke/abc",  # the subject's own
        "imap://soren%40example.dk@mail.firma.dk:993/INBOX;UID=1": "imap://soren@example.dk@mail.firma.dk:993/INBOX;UID=1",
    }
    for place, shown in places.items():
        hit = Hit("k", "k", location=place, path=place, source="mail", owner="", folder="peter@firma.dk")
        hide_others_in_places([hit], fp, key)
        assert (hit.location, hit.path, hit.folder) == (shown, shown, "[E-MAIL]"), place


def test_a_pack_from_an_imap_mailbox_does_not_name_its_owner(tmp_path: Path) -> None:
    from tests.servers import dovecot

    if not dovecot.available():
        pytest.skip("dovecot is not installed")
    with dovecot.run_dovecot(user="peter.olsen@firma.dk") as srv:
        client = dovecot.imap_client(srv)
        head = "From: Ole Berg <ole@kunde.dk>\r\nTo: peter.olsen@firma.dk\r\nSubject: ansøgning\r\n"
        mail = f"{head}\r\nMit CPR er {SUBJECT}.\r\n"
        client.append("INBOX", None, None, mail.encode())
        client.logout()
        spec = srv.spec()
        db = str(tmp_path / "index.sqlite3")
        config = tmp_path / "imap.toml"
        config.write_text(
            f'[store]\ndb = "{db}"\n[[sources]]\n' + "".join(f"{k} = {json.dumps(v)}\n" for k, v in spec.items()),
            encoding="utf-8",
        )
        assert sweep(config_path=config, db=db, config=CFG, notify=False).status == "ok"
        case = request_open(db, Subject.of(cpr=SUBJECT))
        for live in (False, True):
            pack = request_export(db, case.id, tmp_path / f"pack-{live}.zip", config=config, live=live)
            text = _pack_text(pack.path)
            assert pack.items == 1 and "[ACCOUNT]@127.0.0.1" in text, live
            assert "peter" not in text.casefold() and "olsen" not in text.casefold(), live
