"""Console accounts for ``pii-scanner demo``: one per role, with a password made for this run."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from pii_scanner.store import Store, open_store
from pii_scanner.store import accounts as acc
from pii_scanner.web.passwords import hash_password

DEMO_USERS = (
    ("admin", "admin", "Demo Admin"),
    ("dpo", "dpo", "Demo DPO"),
    ("reviewer", "reviewer", "Demo Reviewer"),
    ("medarbejder", "employee", "Demo Medarbejder"),
)
# The employee owns the local PC and the USB export of the bundled samples.
EMPLOYEE_FOLDERS = ("local", "usb-export")


@dataclass(frozen=True)
class DemoLogin:
    username: str
    role: str
    password: str


def demo_accounts(db: str | Store, samples_root: Path) -> list[DemoLogin]:
    """(Re)create the demo accounts in the demo index; returns their sign-ins."""
    store = db if isinstance(db, Store) else open_store(db)
    password = "demo-" + secrets.token_urlsafe(9)
    hashed = hash_password(password)
    try:
        logins = []
        for username, role, name in DEMO_USERS:
            if acc.find_account(store, username) is None:
                acc.add_account(store, username, role=role, password_hash=hashed, display_name=name, actor="demo")
            else:
                acc.update_account(store, username, actor="demo", password_hash=hashed, disabled=False)
            logins.append(DemoLogin(username, role, password))
        for folder in EMPLOYEE_FOLDERS:
            acc.map_owner(store, (samples_root / folder).as_uri() + "/", "medarbejder", actor="demo")
        return logins
    finally:
        if not isinstance(db, Store):
            store.close()
