"""The library's events callback sees every text field masked as the CLI logs it: a source that fails with
an e-mail address or a national identifier in its name or its error message (an unmounted share under a
person's folder, an EWS mailbox) gives a ``source_failed`` event without them in plaintext. Was: masked only
by the CLI's logger (national identifiers only in the library: the callback got the mailbox address)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.sweeps.engine import sweep


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PII_SCANNER_KEY", "library-events-test-key-0123456789abcdef")


def test_a_failed_source_event_names_no_address_or_identifier(tmp_path: Path) -> None:
    gone = tmp_path / "jens.hansen@firma.dk" / "0707614285"
    events: list[tuple[str, dict[str, Any]]] = []
    result = sweep(
        [gone], db=f"sqlite:///{tmp_path / 'i.db'}", config=ScanConfig(), events=lambda k, **f: events.append((k, f))
    )
    assert result.exit_code == 4
    failed = [f for k, f in events if k == "source_failed"]
    assert failed, events
    text = repr(events)
    assert "jens.hansen@firma.dk" not in text and "0707614285" not in text, text
    assert "firma.dk" in failed[0]["message"]  # masked, not dropped
