"""The audited reveal finds the file of an item whose stored path is masked (a folder or file named by an
e-mail address or a CPR number): by the item's keyed identity, never by the displayed location. Each
folder entry that masks to the stored form is tried and the one whose keyed location matches is read."""

from __future__ import annotations

import datetime
import re
import zipfile
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep
from pii_scanner.web.users import users_add
from tests.helpers.nordic_numbers import make_cpr
from tests.web.conftest import PASSWORD, Console, csrf_of, make_client, sign_in

NAMED = make_cpr(datetime.date(1961, 7, 7), 42)  # the number a folder is named by
WANTED = [make_cpr(datetime.date(1980 + n, 2, 2 + n), 17 + n) for n in range(6)]  # the values revealed


def _dash(cpr: str) -> str:
    return f"{cpr[:6]}-{cpr[6:]}"


PLACES = {
    "address folder": ("anna.berg@firma.dk/noter.txt", 0),
    "address file": ("kunder/jens.hansen@firma.dk.txt", 1),
    "cpr folder": (f"Sag {_dash(NAMED)}/brev.txt", 2),
    "two look-alike address folders": ("anders.lund@firma.dk/noter.txt", 3),
    "archive member by address folder": ("arkiv/ane.holm@firma.dk/bilag.zip", 4),
    "plain control": ("plain/noter.txt", 5),
}


@pytest.fixture(scope="module")
def masked(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    tmp = tmp_path_factory.mktemp("masked-reveal")
    root = tmp / "share"
    for rel, n in PLACES.values():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        text = f"Medarbejder CPR-nr.: {_dash(WANTED[n])}\n"
        if rel.endswith(".zip"):
            with zipfile.ZipFile(path, "w") as zf:
                zf.writestr("inde/bilag.txt", text)
        else:
            path.write_text(text, encoding="utf-8")
    # a neighbour that masks like "anders.lund@firma.dk" (same first letter and domain), another number
    (root / "anne.lind@firma.dk").mkdir()
    (root / "anne.lind@firma.dk" / "noter.txt").write_text(f"CPR-nr.: {_dash(NAMED)}\n", encoding="utf-8")
    db = f"sqlite:///{tmp / 'index.sqlite3'}"
    sweep([root], db=db, config=ScanConfig(workers=1), origin="share")
    users_add(db, "dpo", role="dpo", password=PASSWORD, display_name="Dpo", owner_names=["nobody-dpo"])
    return db, root


@pytest.mark.parametrize("place", list(PLACES))
def test_reveal_reads_an_item_whose_location_is_masked(masked: tuple[str, Path], place: str) -> None:
    db, root = masked
    _rel, n = PLACES[place]
    store = open_store(db)
    try:
        wanted = store.fingerprint(WANTED[n])
        findings = [f for f in store.rows("findings") if f["fingerprint"] == wanted]
        assert len(findings) == 1
        item = next(r for r in store.rows("items") if r["id"] == findings[0]["item_id"])
        if place != "plain control":
            assert "***" in item["location"] or "XXXX" in item["location"], item["location"]  # masked
        client = sign_in(make_client(Console(db, root, store)), "dpo")
        page = client.get(f"/items/{item['id']}")
        answer = client.post(
            f"/items/{item['id']}/reveal",
            data={"csrf": csrf_of(page.text), "finding": str(findings[0]["id"]), "reason": "access request 7"},
        )
        assert answer.status_code == 200
        value = re.search(r'data-testid="revealed">([^<]+)<', answer.text)
        assert value is not None, re.sub(r"\s+", " ", answer.text)[-400:]
        assert value.group(1) == _dash(WANTED[n])
    finally:
        store.close()
