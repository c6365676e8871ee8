"""A real Dovecot IMAP server on 127.0.0.1 with a throwaway config (issue 4 tests and benchmarks).

Installs nothing: it needs Debian's dovecot-imapd (``/usr/sbin/dovecot``) and openssl. Everything
lives in a temporary folder: config, self-signed certificate, passwd-file (passdb and userdb),
maildirs, sockets and logs. As a normal user Dovecot runs unprivileged as that user; as root (CI)
the login and internal processes use the distribution's unprivileged users.
"""

from __future__ import annotations

import contextlib
import getpass
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"


@dataclass
class Dovecot:
    host: str
    port: int  # plain IMAP (STARTTLS offered)
    tls_port: int  # IMAPS
    user: str
    password: str
    root: Path
    ca_file: Path

    def commands(self) -> list[str]:
        """Every command clients sent, from the raw logs (``run_dovecot(rawlog=True)``)."""
        lines: list[str] = []
        for log in sorted((self.root / "rawlog").glob("*.in")):
            lines += log.read_text(encoding="utf-8", errors="replace").splitlines()
        return lines

    def spec(self, security: str = "tls", **extra: object) -> dict[str, object]:
        """A ``[[sources]]`` table for this server (password from an environment variable)."""
        os.environ["PII_TEST_IMAP_PASSWORD"] = self.password
        return {
            "type": "imap",
            "name": "dovecot",
            "host": self.host,
            "port": self.tls_port if security == "tls" else self.port,
            "security": security,
            "username": self.user,
            "password_env": "PII_TEST_IMAP_PASSWORD",
            "ca_file": str(self.ca_file),
            **extra,
        }


def available() -> bool:
    return Path(DOVECOT).exists() and shutil.which("openssl") is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, proc: subprocess.Popen[bytes], log: Path, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dovecot exited: {log.read_text(errors='replace')[-2000:] if log.exists() else ''}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise RuntimeError("dovecot did not start listening")


def _config(
    root: Path,
    port: int,
    tls_port: int,
    mail_user: str,
    mail_group: str,
    capability: str = "",
    rawlog: bool = False,
    layout: str = "",
) -> str:
    if os.geteuid() == 0:
        login_user, internal_user = "dovenull", "dovecot"
    else:
        login_user = internal_user = mail_user
    return f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {mail_group}
first_valid_uid = 0
first_valid_gid = 0
mail_location = maildir:{root}/mail/%u{f":LAYOUT={layout}" if layout else ""}
mail_plugins =
{capability}
{f"rawlog_dir = {root}/rawlog" if rawlog else ""}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
  default_fields = uid={mail_user} gid={mail_group} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


@contextlib.contextmanager
def run_dovecot(
    user: str = "jens@firma.dk",
    password: str = "hemmelig-test",
    imap_capability: str | None = None,
    rawlog: bool = False,
    layout: str = "",
) -> Iterator[Dovecot]:
    """Start Dovecot in a temporary folder; stop it and remove everything on exit.

    By default Dovecot's stock capabilities (CONDSTORE is announced only after login);
    ``imap_capability="+CONDSTORE"`` also announces it in the greeting, as some servers do.
    ``rawlog=True`` records every IMAP session's commands in ``root/rawlog/*.in`` (what a client asked for).
    ``layout="fs"``: folders as plain directories (``Privat/Læge/cur``) instead of Maildir++ ``.Privat.Læge``.
    """
    root = Path(tempfile.mkdtemp(prefix="pii-dovecot-"))
    proc: subprocess.Popen[bytes] | None = None
    try:
        # Dovecot never accesses mail as uid 0: as root, the mail belongs to nobody.
        mail_user = "nobody" if os.geteuid() == 0 else getpass.getuser()
        entry = pwd.getpwnam(mail_user)
        mail_group = grp.getgrgid(entry.pw_gid).gr_name
        for sub in ("run", "state", "mail", "home", "rawlog"):
            (root / sub).mkdir()
        if os.geteuid() == 0:
            for sub in ("mail", "home", "rawlog"):
                os.chown(root / sub, entry.pw_uid, entry.pw_gid)
        root.chmod(0o755)
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                str(root / "key.pem"),
                "-out",
                str(root / "cert.pem"),
                "-subj",
                "/CN=127.0.0.1",
                "-days",
                "2",
                "-addext",
                "subjectAltName=IP:127.0.0.1,DNS:localhost",
            ],
            check=True,
            capture_output=True,
        )
        (root / "key.pem").chmod(0o600)
        (root / "passwd").write_text(f"{user}:{{PLAIN}}{password}::::::\n")
        (root / "passwd").chmod(0o600)
        if os.geteuid() == 0:  # the auth process runs as the internal user and reads the passwd-file
            os.chown(root / "passwd", pwd.getpwnam("dovecot").pw_uid, -1)
        port, tls_port = _free_port(), _free_port()
        conf = root / "dovecot.conf"
        capability = f"imap_capability = {imap_capability}" if imap_capability else ""
        conf.write_text(_config(root, port, tls_port, mail_user, mail_group, capability, rawlog, layout))
        proc = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        _wait_port(port, proc, root / "dovecot.log")
        _wait_port(tls_port, proc, root / "dovecot.log")
        yield Dovecot("127.0.0.1", port, tls_port, user, password, root, root / "cert.pem")
    finally:
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        shutil.rmtree(root, ignore_errors=True)


def imap_client(server: Dovecot) -> object:
    """A logged-in imaplib client over TLS (for seeding and changing the mailbox in tests)."""
    import imaplib
    import ssl

    ctx = ssl.create_default_context(cafile=str(server.ca_file))
    client = imaplib.IMAP4_SSL(server.host, server.tls_port, ssl_context=ctx)
    client.login(server.user, server.password)
    return client
