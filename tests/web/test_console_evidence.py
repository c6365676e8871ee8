"""The console's item view shows each special category with its evidence, masked."""

from __future__ import annotations

from pathlib import Path

from pii_scanner.core.config import ScanConfig
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import sweep
from pii_scanner.web.users import users_add
from tests.store.planted import CPRS
from tests.web.conftest import PASSWORD, Console, make_client, sign_in


def test_item_view_lists_categories_with_masked_evidence(tmp_path: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    cpr = f"{CPRS[1][:6]}-{CPRS[1][6:]}"
    (root / "notat.txt").write_text(
        f"Notat\n\nSana Malik (CPR {cpr}, sana.malik@example.dk) er sygemeldt med stress og er medlem af HK.\n",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'index.sqlite3'}"
    sweep([root], db=db, config=ScanConfig(), origin="share")
    users_add(db, "dpo", role="dpo", password=PASSWORD, display_name="Dpo", owner_names=["nobody"])
    store = open_store(db)
    try:
        console = Console(db=db, root=root, store=store)
        client = sign_in(make_client(console), "dpo")
        page = client.get(f"/items/{console.item_id('notat.txt')}").text
    finally:
        store.close()
    assert 'id="category-evidence"' in page
    rows = page.split('data-testid="evidence"')[1:]
    assert {"health", "trade_union"} <= {r.split("<td>")[1].split("</td>")[0] for r in rows}
    assert "sygemeldt med stress" in page and "1.00" in page
    for plain in ("Sana", "Malik", "sana.malik", cpr, CPRS[1]):
        assert plain not in page
