"""`pii-scanner serve` started for real: an address that cannot be listened on or a certificate that
does not load is one line and exit 2 (uvicorn's own exit 3 would read as "locked"); a running console
answers over HTTP, logs no request and no traceback, and ends on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.store.planted import plaintext_forms


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env() -> dict[str, str]:
    return os.environ | {"PII_SCANNER_WEB_SECRET": "s" * 32, "PII_SCANNER_KEY": "k" * 32}


def _index(tmp_path: Path) -> str:
    """An (empty) index made as a sweep or `users add` would: the console never makes one."""
    url = f"sqlite:///{tmp_path / 'i.sqlite3'}"
    code = f"from pii_scanner.store import open_store; open_store({url!r}).close()"
    subprocess.run([sys.executable, "-c", code], env=_env(), check=True, timeout=60)
    return url


def _serve(tmp_path: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "pii_scanner", "serve", "--db", _index(tmp_path), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=timeout)


def _one_error_line(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    record = json.loads(lines[0])
    assert record["event"] == "error" and record["exit_code"] == 2 and words in record["message"], record
    assert "console_listening" not in result.stderr and "Traceback" not in result.stderr


def test_port_taken_is_one_line_and_exit_2(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        _one_error_line(_serve(tmp_path, "--port", str(taken.getsockname()[1])), "cannot listen")


def test_unknown_host_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = _serve(tmp_path, "--host", "no-such-host.invalid", "--behind-proxy", "--port", str(free_port()))
    _one_error_line(result, "cannot listen")


def test_certificate_that_does_not_load_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pem"
    bad.write_text("not a certificate\n", encoding="ascii")
    result = _serve(tmp_path, "--tls-cert", str(bad), "--tls-key", str(bad), "--port", str(free_port()))
    _one_error_line(result, "--tls-cert")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--db", "foo://bar"], "unsupported database"),
        (["--tls-cert", "/etc/hostname"], "both --tls-cert and --tls-key"),
        (["--host", "0.0.0.0"], "refusing to listen"),
    ],
)
def test_bad_console_settings_are_one_line_and_exit_2(tmp_path: Path, args: list[str], words: str) -> None:
    _one_error_line(_serve(tmp_path, *args, "--port", str(free_port())), words)


def test_a_missing_index_is_one_line_and_exit_2_and_nothing_is_created(tmp_path: Path) -> None:
    """A mistyped --db served a new, empty index: a console saying "nothing found" (was: folder and index
    made, `console_listening`)."""
    missing = tmp_path / "no" / "such" / "index.sqlite3"
    for db in (str(missing), f"sqlite:///{missing}"):
        cmd = [sys.executable, "-m", "pii_scanner", "serve", "--db", db, "--port", str(free_port())]
        result = subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=60)
        _one_error_line(result, "no index")
        assert not (tmp_path / "no").exists()


def test_running_console_answers_logs_nothing_per_request_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = free_port()
    cmd = [sys.executable, "-m", "pii_scanner", "serve", "--db", _index(tmp_path)]
    proc = subprocess.Popen(
        [*cmd, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env()
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=5) as page:
                    assert page.status == 200 and page.headers["cache-control"] == "no-store"
                break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None and time.monotonic() < deadline, "the console did not start"
                time.sleep(0.3)
        # A careless link with identifiers in its query and a huge id: no server error, nothing logged.
        forms = plaintext_forms()
        for url in (f"/findings?owner={forms[0]}&entity={forms[1]}", "/items/" + "9" * 40, "/nope?q=" + forms[3]):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=10)
            except urllib.error.HTTPError as exc:
                assert exc.code in (303, 403, 404), exc.code
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    # uvicorn shuts down, then re-raises the signal it caught: ended by SIGTERM, as systemd expects.
    assert proc.returncode in (0, -signal.SIGTERM), (proc.returncode, err)
    assert "Traceback" not in err and not any(form in err + out for form in plaintext_forms())
    assert [json.loads(line)["event"] for line in err.strip().splitlines()] == ["console_listening"]


def test_a_session_secret_others_can_read_is_refused(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX file modes")
    secret = tmp_path / "web-secret"
    secret.write_text("s" * 40, encoding="ascii")
    secret.chmod(0o644)
    env = {k: v for k, v in _env().items() if k != "PII_SCANNER_WEB_SECRET"}
    cmd = [sys.executable, "-m", "pii_scanner", "serve", "--db", _index(tmp_path)]
    cmd += ["--secret-file", str(secret), "--port", str(free_port())]
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)
    _one_error_line(result, "can be read by other users")
