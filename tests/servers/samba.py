"""A real Samba server (smbd) on 127.0.0.1 with a throwaway configuration, for the SMB source tests.

Needs Debian's samba package (``smbd``, ``pdbedit``). Everything lives in a temporary folder:
smb.conf, the tdbsam password database, lock/state/cache/pid folders and the shares' files.
Two shares: ``data`` readable by the test account, ``secret`` limited to another account
(``valid users``), so the test account is refused at tree connect.

As root (CI) the test account is a system user created with ``useradd`` if missing; otherwise
smbd runs as the current user and the account is the current user.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SMBD = shutil.which("smbd") or "/usr/sbin/smbd"
PDBEDIT = shutil.which("pdbedit") or "/usr/bin/pdbedit"
TEST_USER = "piismbtest"
PASSWORD_ENV = "PII_TEST_SMB_PASSWORD"


@dataclass
class Samba:
    host: str
    port: int
    user: str
    password: str
    root: Path  # the temp folder
    data: Path  # folder of the readable share "data"
    secret: Path  # folder of the forbidden share "secret"
    conf: Path

    def spec(self, share: str = "data", **extra: object) -> dict[str, object]:
        """A ``[[sources]]`` table for one share (password from an environment variable)."""
        os.environ[PASSWORD_ENV] = self.password
        return {
            "type": "smb",
            "name": f"samba-{share}",
            "server": self.host,
            "port": self.port,
            "share": share,
            "username": self.user,
            "password_env": PASSWORD_ENV,
            **extra,
        }


def available() -> bool:
    return Path(SMBD).exists() and Path(PDBEDIT).exists()


def skip_or_fail() -> None:
    """Skip when Samba is not installed here; in CI (``CI`` set) a missing smbd is a failure."""
    if available():
        return
    if os.environ.get("CI"):
        pytest.fail("smbd/pdbedit not found: install Debian's samba package (./run setup)")
    pytest.skip("smbd not installed (Debian package samba); set CI to make this a failure")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _account() -> str:
    if os.geteuid() != 0:
        return getpass.getuser()
    try:
        pwd.getpwnam(TEST_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TEST_USER],
            check=True,
            capture_output=True,
        )
    return TEST_USER


def _config(root: Path, port: int, user: str) -> str:
    return f"""[global]
    workgroup = PIITEST
    server role = standalone server
    smb ports = {port}
    bind interfaces only = yes
    interfaces = 127.0.0.1
    disable netbios = yes
    private dir = {root}/private
    lock directory = {root}/lock
    state directory = {root}/state
    cache directory = {root}/cache
    pid directory = {root}/pid
    ncalrpc dir = {root}/ncalrpc
    binddns dir = {root}/binddns
    log file = {root}/log.%m
    passdb backend = tdbsam:{root}/private/passdb.tdb
    map to guest = Never
    restrict anonymous = 2
    load printers = no
    printing = bsd
    printcap name = /dev/null
    disable spoolss = yes
    server min protocol = SMB2_10
    server signing = auto
    host msdfs = yes

[data]
    path = {root}/shares/data
    read only = yes
    browseable = yes
    valid users = {user}
    msdfs root = yes

# The same folder, writable: a client rewriting a file over the wire (change-key tests).
[rw]
    path = {root}/shares/data
    read only = no
    valid users = {user}

[secret]
    path = {root}/shares/secret
    read only = yes
    valid users = someoneelse
"""


def _wait_port(port: int, proc: subprocess.Popen[bytes], log: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            raise RuntimeError(f"smbd exited with {proc.returncode}: {tail}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise RuntimeError("smbd did not start listening")


@contextlib.contextmanager
def running_samba() -> Iterator[Samba]:
    root = Path(tempfile.mkdtemp(prefix="pii-samba-"))
    proc: subprocess.Popen[bytes] | None = None
    try:
        for sub in ("private", "lock", "state", "cache", "pid", "ncalrpc", "binddns", "shares/data", "shares/secret"):
            (root / sub).mkdir(parents=True)
        # smbd runs the share as the test account: the share folders must be reachable by it.
        for folder in (root, root / "shares", root / "shares/data", root / "shares/secret"):
            folder.chmod(0o755)
        (root / "private").chmod(0o700)
        user = _account()
        port = _free_port()
        conf = root / "smb.conf"
        conf.write_text(_config(root, port, user), encoding="utf-8")
        password = "Pii-Smb-" + os.urandom(6).hex()
        subprocess.run(
            [PDBEDIT, "-s", str(conf), "-a", "-t", "-u", user],
            input=f"{password}\n{password}\n".encode(),
            check=True,
            capture_output=True,
            timeout=60,
        )
        log = root / "smbd.out"
        with open(log, "wb") as out:
            proc = subprocess.Popen(
                [SMBD, "--foreground", "--no-process-group", "--debug-stdout", "-s", str(conf)],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                # smbd signals its whole process group on shutdown: give it its own.
                start_new_session=True,
            )
        _wait_port(port, proc, log)
        yield Samba("127.0.0.1", port, user, password, root, root / "shares/data", root / "shares/secret", conf)
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def samba_server() -> Iterator[Samba]:
    skip_or_fail()
    with running_samba() as server:
        yield server
