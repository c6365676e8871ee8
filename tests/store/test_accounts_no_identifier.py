"""A console account never stores a CPR number in plaintext: not as its user name, owner name or display name.

Found by trust5a's hunt: ``users add 070761-4285 --name "Jens 070761-4285"`` stored both as written in the
index (console_users, the audit log's subject) and ``users list`` printed them; only the event line was masked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pii_scanner.store import open_store
from pii_scanner.store.accounts import AccountError, add_account, update_account

CPR = "070761-4285"


def test_identifiers_are_refused_or_masked(tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    with open_store(str(db)) as st:
        with pytest.raises(AccountError, match="national identifier"):
            add_account(st, CPR, role="employee")
        with pytest.raises(AccountError, match="national identifier"):
            add_account(st, "jens", role="employee", owner_names=["DOM\\" + CPR.replace("-", "")])
        account = add_account(st, "jens", role="employee", display_name=f"Jens {CPR}")
        assert CPR not in account.display_name
        update_account(st, "jens", display_name=f"Jens Hansen {CPR}")
    with sqlite3.connect(db) as conn:
        dump = "\n".join(conn.iterdump())
    assert CPR not in dump and CPR.replace("-", "") not in dump


def test_a_phone_number_in_a_user_name_is_refused_and_the_message_says_so(tmp_path: Path) -> None:
    """Names mask phone numbers in a phone's form, so an account name holding one is refused too; the
    message names phones (it said "national identifier" only)."""
    with open_store(str(tmp_path / "p.db")) as st:
        with pytest.raises(AccountError, match="phone"):
            add_account(st, "+4522334455", role="employee")
        with pytest.raises(AccountError, match="phone"):
            add_account(st, "jens", role="employee", owner_names=["DOM\\22 33 44 55"])
        assert add_account(st, "jens.hansen", role="employee").username == "jens.hansen"
