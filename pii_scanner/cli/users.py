"""``pii-scanner users add|passwd|disable|enable|list|map-folder``: console accounts."""

from __future__ import annotations

import json
import os
import sys

import click

from pii_scanner.cli.common import handle_errors, index_config_option, log_event
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.user_paths import read_settings_file
from pii_scanner.store.accounts import ROLES

PASSWORD_ENV = "PII_SCANNER_PASSWORD"
db_option = click.option("--db", default=None, help="Index URL or SQLite path (default: user data dir).")


def _password(password_file: str | None, *, required: bool) -> str | None:
    """From a file, the environment, or a hidden prompt; never from the command line."""
    if password_file:
        # Bounded (--password-file /dev/zero read until memory ran out) and UTF-8 checked (was exit 70).
        data = read_settings_file(password_file, "password file", limit=64 * 1024)
        try:
            return data.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            raise ConfigError(f"users: the password file {password_file} is not UTF-8 text") from None
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not required:
        return None
    if not sys.stdin.isatty():
        raise ConfigError(f"users: give --password-file or ${PASSWORD_ENV} (no terminal to ask on)")
    value: str = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return value


@click.group("users")
def users() -> None:
    """Console accounts: local sign-in, roles, what each person owns."""


@users.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--name", "display_name", default="")
@click.option("--email", default=None, help="For notification mail.")
@click.option(
    "--mailbox", "mailboxes", multiple=True, help="A mailbox address this person owns (stored as a fingerprint)."
)
@click.option("--owner", "owner_names", multiple=True, help="A file-owner account (POSIX user, DOMAIN\\user).")
@click.option("--language", type=click.Choice(["da", "sv", "en"]), default="da")
@click.option("--password-file", type=click.Path(exists=True, dir_okay=False), default=None)
@click.option("--sso-only", is_flag=True, help="No local password: single sign-on only.")
@db_option
@index_config_option
@handle_errors
def add(
    username: str,
    role: str,
    display_name: str,
    email: str | None,
    mailboxes: tuple[str, ...],
    owner_names: tuple[str, ...],
    language: str,
    password_file: str | None,
    sso_only: bool,
    db: str | None,
    config_path: str | None,
) -> None:
    """Create an account."""
    from pii_scanner.access.lookup import opened
    from pii_scanner.web.users import users_add

    password = None if sso_only else _password(password_file, required=True)
    with opened(db, config_path) as store:  # mailboxes fingerprinted with the sweep's key ([scan] key_file)
        account = users_add(
            store,
            username,
            role=role,
            password=password,
            display_name=display_name,
            email=email,
            mailboxes=list(mailboxes),
            owner_names=list(owner_names) or [username],
            language=language,
        )
    log_event("user_added", user=account.username, role=account.role)


@users.command("passwd")
@click.argument("username")
@click.option("--password-file", type=click.Path(exists=True, dir_okay=False), default=None)
@db_option
@handle_errors
def passwd(username: str, password_file: str | None, db: str | None) -> None:
    """Set an account's password."""
    from pii_scanner.web.users import users_passwd

    users_passwd(db, username, _password(password_file, required=True) or "")
    log_event("password_changed", user=username)


@users.command("disable")
@click.argument("username")
@db_option
@handle_errors
def disable(username: str, db: str | None) -> None:
    """Stop an account from signing in."""
    from pii_scanner.web.users import users_disable

    users_disable(db, username)
    log_event("user_disabled", user=username)


@users.command("enable")
@click.argument("username")
@db_option
@handle_errors
def enable(username: str, db: str | None) -> None:
    """Let a disabled account sign in again."""
    from pii_scanner.web.users import users_disable

    users_disable(db, username, enable=True)
    log_event("user_enabled", user=username)


@users.command("map-folder")
@click.argument("prefix")
@click.argument("username")
@db_option
@index_config_option
@handle_errors
def map_folder(prefix: str, username: str, db: str | None, config_path: str | None) -> None:
    """Give a shared folder (location prefix as the console shows it, e.g. file:///srv/share/HR/) to USERNAME."""
    from pii_scanner.access.lookup import opened
    from pii_scanner.web.users import users_map_folder

    with opened(db, config_path) as store:  # addresses tagged with the sweep's key ([scan] key_file)
        users_map_folder(store, prefix, username)
    log_event("folder_mapped", user=username)


@users.command("list")
@db_option
@handle_errors
def list_(db: str | None) -> None:
    """List accounts (one JSON object per line)."""
    from pii_scanner.web.users import users_list

    for a in users_list(db):
        click.echo(
            json.dumps(
                {
                    "username": a.username,
                    "role": a.role,
                    "name": a.display_name,
                    "disabled": a.disabled,
                    "local_password": a.password_hash is not None,
                    "sso": a.oidc_subject is not None,
                    "mailboxes": len(a.mailbox_fps),
                    "owners": list(a.owner_names),
                    "last_login_at": a.last_login_at.isoformat() if a.last_login_at else None,
                },
                ensure_ascii=False,
            )
        )
