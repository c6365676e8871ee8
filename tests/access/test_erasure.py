"""verify-erasure through the real CLI under hostile configurations and written forms: a sweep
configuration's narrowing (entities, min_score) must not make it certify "clean", items it skips by
type are not verified (exit 4), and the subject's number is a trace in any written form, after any
context word. None of these may reach the erasure ledger."""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path

from pii_scanner.access.ledger import ledger
from pii_scanner.store import open_store
from tests.helpers.nordic_numbers import make_cpr

CPR = make_cpr(datetime.date(1970, 5, 1), 3)
DASHED = f"{CPR[:6]}-{CPR[6:]}"


def _config(tmp_path: Path, share: Path, scan: str) -> Path:
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'{scan}\n[store]\ndb = "{tmp_path / "index.sqlite3"}"\n'
        f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{share}"]\n',
        encoding="utf-8",
    )
    return config


def _verify(cli: list[str], config: Path, *extra: str) -> tuple[int, dict[str, object], str]:
    run = subprocess.run(
        [*cli, "verify-erasure", "--config", str(config), "--cpr", DASHED, *extra], capture_output=True, text=True
    )
    assert CPR not in run.stdout + run.stderr and DASHED not in run.stdout + run.stderr
    return run.returncode, json.loads(run.stdout), run.stderr


def _remaining(report: dict[str, object]) -> list[str]:
    items = report["remaining"]
    assert isinstance(items, list)
    return sorted(str(i["location"]).rsplit("/", 1)[-1] for i in items)


def _ledger(tmp_path: Path) -> list[str]:
    with open_store(str(tmp_path / "index.sqlite3")) as st:
        return [e.case for e in ledger(st)]


def test_a_narrowed_sweep_configuration_does_not_certify_clean(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "kunde.txt").write_text(f"Kunde: Jens Hansen\nCPR-nummer: {DASHED}\n", encoding="utf-8")
    (share / "noter.txt").write_text(f"Noter\n{CPR}\n", encoding="utf-8")  # bare, little context
    for scan in (
        '[scan.detect]\nentities = ["EMAIL_ADDRESS", "PERSON"]',  # a sweep tuned for another purpose
        "[scan.detect]\nmin_score = 0.99",
        '[scan.detect]\nentities = ["EMAIL_ADDRESS"]\nmin_score = 1.0',
    ):
        code, report, err = _verify(cli, _config(tmp_path, share, scan))
        assert code == 1, (scan, err)
        assert _remaining(report) == ["kunde.txt", "noter.txt"], scan
    (share / "kunde.txt").unlink()  # half erased: noter.txt still holds the number
    code, report, _ = _verify(cli, _config(tmp_path, share, "[scan.detect]\nmin_score = 0.99"), "--record", "J.nr. 1")
    assert code == 1 and _remaining(report) == ["noter.txt"] and report["ledger_entry"] is None
    assert _ledger(tmp_path) == []


def test_items_skipped_by_type_are_not_verified(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (share / "ny.txt").write_text(f"CPR-nummer: {DASHED}\n", encoding="utf-8")
    (share / "andet.txt").write_text("Intet her.\n", encoding="utf-8")
    config = _config(tmp_path, share, '[scan.limits]\nskip_types = ["text/*"]')
    code, report, _ = _verify(cli, config, "--record", "J.nr. 2")
    assert code == 4 and report["status"] == "incomplete"
    assert report["not_verifiable"] == {
        "unreadable_items": 0,
        "skipped_items": 2,
        "private_mail_not_read": 0,
        "index_items_not_checked": 0,
    }
    assert report["ledger_entry"] is None and _ledger(tmp_path) == []
    # The item's name is read even when its content is skipped: the number there is a trace.
    (share / "ny.txt").rename(share / f"konto_{CPR}.txt")
    code, report, _ = _verify(cli, config)
    assert code == 4 and _remaining(report) == [f"konto_{CPR[:6]}XXXX.txt"]  # masked


FORMS = {
    "faktura.txt": f"Mette Kjærgaard {DASHED} betaler til konto.",
    "bare.txt": CPR,
    "spaced.txt": " ".join(CPR[i : i + 2] for i in range(0, 10, 2)),
    "dotted.txt": f"{CPR[:2]}.{CPR[2:4]}.{CPR[4:6]}-{CPR[6:]}",
    "invoice.txt": f"Faktura {CPR} betalt",
    "account.txt": f"Kontonr. {DASHED}",
    "phone.txt": f"Telefon {CPR}",
    "order.txt": f"Ordrenr {DASHED}",
    "customer.txt": f"Kundenr.: {CPR}",
    "member.txt": f"Medlemsnummer {DASHED}",
}


def test_the_subjects_number_is_a_trace_in_any_form_and_context(tmp_path: Path, cli: list[str]) -> None:
    share = tmp_path / "share"
    share.mkdir()
    for name, text in FORMS.items():
        (share / name).write_text(text + "\n", encoding="utf-8")
    (share / "others.txt").write_text(f"Kontonr. 1{CPR} og {CPR}7 og DK50{CPR}\n", encoding="utf-8")
    code, report, _ = _verify(cli, _config(tmp_path, share, ""), "--record", "J.nr. 3")
    assert code == 1 and _remaining(report) == sorted(FORMS)
    assert _ledger(tmp_path) == []
