"""A real, throwaway MariaDB server for tests: mariadb-install-db in a temp dir, loopback, a free port.

Debian's mariadb-server package; started by the tests, removed afterwards. A database user with a
password is created for the tests (the SQL source refuses passwords in URLs: it reads it from
the environment).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

PASSWORD = "scanner-test-pw"


def _binary(*names: str) -> str | None:
    for name in names:
        for folder in ("/usr/sbin", "/usr/bin"):
            path = Path(folder) / name
            if path.exists():
                return str(path)
        found = shutil.which(name)
        if found:
            return found
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def mariadb_server() -> Iterator[tuple[str, int]]:
    """(host, port) of a running MariaDB with user ``scanner`` (password PASSWORD, all privileges)."""
    install = _binary("mariadb-install-db", "mysql_install_db")
    server = _binary("mariadbd", "mysqld")
    if not (install and server):
        if os.environ.get("CI"):
            raise RuntimeError("MariaDB is not installed (./run installs mariadb-server)")
        pytest.skip("MariaDB binaries not installed")
    pymysql = pytest.importorskip("pymysql")
    base = Path(tempfile.mkdtemp(prefix="pii-maria-"))
    data, sock = base / "data", base / "mysqld.sock"
    user = ["--user=root"] if os.geteuid() == 0 else []
    subprocess.run(
        [install, f"--datadir={data}", "--auth-root-authentication-method=socket", "--skip-test-db", *user],
        check=True,
        capture_output=True,
        text=True,
    )
    port = _free_port()
    proc = subprocess.Popen(
        [
            server,
            "--no-defaults",
            f"--datadir={data}",
            f"--socket={sock}",
            f"--port={port}",
            "--bind-address=127.0.0.1",
            f"--pid-file={base / 'mysqld.pid'}",
            "--skip-log-bin",
            "--innodb-buffer-pool-size=32M",
            "--innodb-flush-log-at-trx-commit=0",
            *user,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                conn = pymysql.connect(unix_socket=str(sock), user="root")
                break
            except pymysql.err.OperationalError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("MariaDB did not start") from None
                time.sleep(0.3)
        with conn.cursor() as cur:
            cur.execute(f"CREATE USER 'scanner'@'127.0.0.1' IDENTIFIED BY '{PASSWORD}'")
            cur.execute("GRANT ALL PRIVILEGES ON *.* TO 'scanner'@'127.0.0.1'")
        conn.commit()
        conn.close()
        yield "127.0.0.1", port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(base, ignore_errors=True)


def fresh_mariadb(host: str, port: int, name: str) -> str:
    """A new empty database; the URL carries no password (set $PII_TEST_MARIADB_PASSWORD)."""
    import pymysql

    conn = pymysql.connect(host=host, port=port, user="scanner", password=PASSWORD)
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    conn.commit()
    conn.close()
    return f"mysql+pymysql://scanner@{host}:{port}/{name}?charset=utf8mb4"
