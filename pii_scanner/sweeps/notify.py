"""SMTP summary of NEW policy violations to the data-protection officer (``[notify]`` in sweep.toml).

    [notify]
    smtp_host = "mail.example.dk"   # smtp_port = 25, starttls = false, ssl = false
    from = "pii-scanner@example.dk"
    to = ["dpo@example.dk"]
    username = "..."                # optional; the password comes from the env var named by password_env

Only counts and masked locations are sent, never an identifier.
"""

from __future__ import annotations

import os
import smtplib
import socket
from collections import Counter
from collections.abc import Sequence
from email.message import EmailMessage
from typing import Any

from pii_scanner.core.errors import ConfigError
from pii_scanner.store import Violation

MAX_LINES = 200


def summary_text(violations: Sequence[Violation], run_id: int) -> str:
    by_flag = Counter(v.flag for v in violations)
    lines = [
        f"pii-scanner sweep run {run_id} on {socket.gethostname()} found {len(violations)} new policy violation(s).",
        "",
    ]
    lines += [f"  {flag.replace('_', ' ')}: {n}" for flag, n in sorted(by_flag.items())]
    lines += ["", "Locations (identifiers masked):"]
    lines += [f"  [{v.flag}] {v.location}" for v in violations[:MAX_LINES]]
    if len(violations) > MAX_LINES:
        lines.append(f"  ... and {len(violations) - MAX_LINES} more: see `pii-scanner report minimisation`.")
    return "\n".join(lines) + "\n"


def smtp_password_set(spec: dict[str, Any], file: str) -> None:
    """A [notify] with a username needs its password variable set: checked before the sweep, not found
    unset after it (the summary then failed, exit 5, with nothing said until the end)."""
    if not spec.get("username"):
        return
    name = str(spec.get("password_env") or "PII_SCANNER_SMTP_PASSWORD")
    if not os.environ.get(name):
        raise ConfigError(
            f"{file}: notify.password_env: the variable {name} is not set (the SMTP password of notify.username); "
            "set it, or run with --no-notify"
        )


def send_summary(spec: dict[str, Any], violations: Sequence[Violation], *, run_id: int) -> None:
    host = spec.get("smtp_host")
    recipients = spec.get("to")
    if not host or not recipients:
        raise ConfigError("[notify] needs smtp_host and to")
    msg = EmailMessage()
    msg["Subject"] = spec.get("subject", f"pii-scanner: {len(violations)} new policy violation(s)")
    msg["From"] = spec.get("from", f"pii-scanner@{socket.gethostname()}")
    msg["To"] = ", ".join([recipients] if isinstance(recipients, str) else recipients)
    msg.set_content(summary_text(violations, run_id))
    port = int(spec.get("smtp_port", 465 if spec.get("ssl") else 25))
    timeout = float(spec.get("timeout", 30))
    smtp: smtplib.SMTP = (
        smtplib.SMTP_SSL(host, port, timeout=timeout) if spec.get("ssl") else smtplib.SMTP(host, port, timeout=timeout)
    )
    with smtp:
        if spec.get("starttls"):
            smtp.starttls()
        if spec.get("username"):
            smtp.login(spec["username"], os.environ.get(str(spec.get("password_env", "PII_SCANNER_SMTP_PASSWORD")), ""))
        smtp.send_message(msg)
