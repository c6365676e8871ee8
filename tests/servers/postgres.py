"""A real, throwaway PostgreSQL server for tests: initdb in a temp dir, loopback, a free port.

Runs the server as the ``postgres`` system user when the tests run as root (initdb refuses root).
Skips when no PostgreSQL binaries are installed.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_user() -> tuple[int, int] | None:
    if os.geteuid() != 0:
        return None
    import pwd

    for name in ("postgres", "nobody"):
        try:
            pw = pwd.getpwnam(name)
            return pw.pw_uid, pw.pw_gid
        except KeyError:
            continue
    pytest.skip("running as root and no unprivileged user for PostgreSQL")
    return None


def _run(cmd: list[str], ids: tuple[int, int] | None, **kw: object) -> subprocess.CompletedProcess[str]:
    def demote() -> None:
        if ids:
            os.setgid(ids[1])
            os.setuid(ids[0])

    return subprocess.run(cmd, preexec_fn=demote if ids else None, text=True, capture_output=True, check=True, **kw)  # type: ignore[call-overload]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """URL of a fresh PostgreSQL database, torn down after the session."""
    bindir = _bindir()
    if bindir is None:
        pytest.skip("PostgreSQL binaries not installed")
    ids = _as_user()
    base = Path(tempfile.mkdtemp(prefix="pii-pg-"))
    data, sock = base / "data", base / "sock"
    sock.mkdir()
    if ids:
        os.chown(base, *ids)
        os.chown(sock, *ids)
    port = _free_port()
    _run([str(bindir / "initdb"), "-D", str(data), "-U", "pii", "--auth=trust", "-E", "UTF8", "--no-sync"], ids)
    proc = subprocess.Popen(
        [
            str(bindir / "postgres"),
            "-D",
            str(data),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-k",
            str(sock),
            "-c",
            "fsync=off",
            "-c",
            "full_page_writes=off",
            "-c",
            "max_connections=50",
        ],
        preexec_fn=(lambda: (os.setgid(ids[1]), os.setuid(ids[0]))) if ids else None,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                _run([str(bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(port)], None)
                break
            except subprocess.CalledProcessError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("PostgreSQL did not start") from None
                time.sleep(0.2)
        _run([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "pii", "pii_test"], None)
        yield f"postgresql://pii@127.0.0.1:{port}/pii_test"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(base, ignore_errors=True)


def fresh_database(url: str, name: str) -> str:
    """A new empty database on the same server (one per test that needs isolation)."""
    import psycopg

    admin = url.replace("postgresql://", "postgresql://", 1)
    with psycopg.connect(admin.replace("postgresql://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name
