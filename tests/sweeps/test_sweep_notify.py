"""SMTP summary of NEW policy violations to the DPO, against a local aiosmtpd server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import EXIT_NOTIFY_FAILED, EXIT_OK, EXIT_VIOLATIONS, sweep
from tests.store.planted import plaintext_forms, plant

FAST = ScanConfig(workers=1).with_(ner__enabled=False)


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[_Inbox, int]]:
    from aiosmtpd.controller import Controller

    inbox = _Inbox()
    port = _free_port()
    ctl = Controller(inbox, hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        yield inbox, port
    finally:
        ctl.stop()


def test_new_violations_mailed_once(tmp_path: Path, smtp: tuple[_Inbox, int]) -> None:
    inbox, port = smtp
    root = plant(tmp_path / "usb", files=3)
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(
        f'[store]\ndb = "{tmp_path / "i.db"}"\n[notify]\nsmtp_host = "127.0.0.1"\nsmtp_port = {port}\n'
        f'from = "scanner@firma.example"\nto = ["dpo@firma.example"]\n'
        f'[[sources]]\ntype = "paths"\nname = "usb"\npaths = ["{root}"]\norigin = "removable"\n'
    )
    first = sweep(config_path=cfg, config=FAST)
    assert first.exit_code == EXIT_VIOLATIONS
    assert len(inbox.messages) == 1
    body = inbox.messages[0].content.decode("utf-8")
    assert inbox.messages[0].rcpt_tos == ["dpo@firma.example"]
    assert "removable media: 3" in body and "doc000.txt" in body
    for form in plaintext_forms():
        assert form not in body
    second = sweep(config_path=cfg, config=FAST)
    assert second.exit_code == EXIT_OK and len(inbox.messages) == 1  # nothing new: no mail


def test_unreachable_smtp_gives_its_own_exit_code(tmp_path: Path) -> None:
    root = plant(tmp_path / "usb", files=1)
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(
        f'[store]\ndb = "{tmp_path / "i.db"}"\n[notify]\nsmtp_host = "127.0.0.1"\n'
        f'smtp_port = {_free_port()}\nto = ["dpo@firma.example"]\ntimeout = 2\n'
        f'[[sources]]\ntype = "paths"\nname = "usb"\npaths = ["{root}"]\norigin = "removable"\n'
    )
    assert sweep(config_path=cfg, config=FAST).exit_code == EXIT_NOTIFY_FAILED
