"""A loopback HTTPS server for the protocol fakes (Graph, Dropbox): a throwaway self-signed
certificate for 127.0.0.1 made with openssl, and a threaded http.server wrapped in TLS."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


def self_signed(folder: Path) -> tuple[Path, Path]:
    """(certificate, key) for 127.0.0.1, valid for two days; skips the test without openssl."""
    if not shutil.which("openssl"):
        pytest.skip("openssl not installed")
    cert, key = folder / "c.pem", folder / "k.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key)),
            *("-out", str(cert), "-subj", "/CN=127.0.0.1", "-days", "2"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@contextmanager
def https_server(
    make_handler: Callable[[list[str]], type[BaseHTTPRequestHandler]], folder: Path
) -> Iterator[tuple[str, Path]]:
    """Serve ``make_handler(base)`` over TLS on a free loopback port; yields (base URL, CA file).
    ``base`` is filled in before the first request, for handlers that write absolute links."""
    cert, key = self_signed(folder)
    base: list[str] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(base))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    base.append(f"https://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base[0], cert
    finally:
        server.shutdown()
        server.server_close()
