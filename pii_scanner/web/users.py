"""Library functions behind ``pii-scanner users add|passwd|disable|list``."""

from __future__ import annotations

from pii_scanner.store import Store, open_store
from pii_scanner.store import accounts as acc
from pii_scanner.web.passwords import hash_password


def users_add(
    db: str | Store | None,
    username: str,
    *,
    role: str,
    password: str | None = None,
    display_name: str = "",
    email: str | None = None,
    mailboxes: list[str] | None = None,
    owner_names: list[str] | None = None,
    language: str = "da",
    actor: str | None = None,
) -> acc.Account:
    """Create a console account (no password: single sign-on only)."""
    hashed = hash_password(password) if password is not None else None
    with _opened(db) as store:
        return acc.add_account(
            store,
            username,
            role=role,
            password_hash=hashed,
            display_name=display_name,
            email=email,
            mailboxes=mailboxes,
            owner_names=owner_names,
            language=language,
            actor=actor,
        )


def users_passwd(db: str | Store | None, username: str, password: str, *, actor: str | None = None) -> acc.Account:
    hashed = hash_password(password)
    with _opened(db) as store:
        return acc.update_account(
            store,
            username,
            actor=actor,
            password_hash=hashed,
            failed_logins=0,
            locked_until=None,
            signed_out_at=acc.now(),  # a new password ends the sessions signed in with the old one
        )


def users_disable(
    db: str | Store | None, username: str, *, enable: bool = False, actor: str | None = None
) -> acc.Account:
    with _opened(db) as store:
        return acc.update_account(store, username, actor=actor, disabled=not enable)


def users_list(db: str | Store | None) -> list[acc.Account]:
    with _opened(db) as store:
        return acc.list_accounts(store)


def folder_prefix(prefix: str) -> str:
    """A shared folder's location as a prefix that ends at the folder: ``file:///srv/share/HR`` would also
    have given ``HR-disciplinary/`` and ``HR2/`` to the account. A plain path matches no location in the
    index (they are URIs): refused rather than a mapping that silently gives nothing."""
    text = prefix.strip()
    if "://" not in text:
        raise acc.AccountError(
            f"map-folder: give the folder as the index shows it, e.g. file:///srv/share/HR/ (not {text!r})"
        )
    return text if text.endswith("/") else text + "/"


def users_map_folder(db: str | Store | None, prefix: str, username: str, *, actor: str | None = None) -> None:
    with _opened(db) as store:
        acc.map_owner(store, folder_prefix(prefix), username, actor=actor)


class _opened:
    def __init__(self, db: str | Store | None) -> None:
        self._given = db if isinstance(db, Store) else None
        self._url = None if isinstance(db, Store) else db
        self._store: Store | None = None

    def __enter__(self) -> Store:
        self._store = self._given or open_store(self._url)
        return self._store

    def __exit__(self, *exc: object) -> None:
        if self._given is None and self._store is not None:
            self._store.close()
