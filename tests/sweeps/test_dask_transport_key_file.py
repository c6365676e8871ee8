"""A big file's units cross the Dask cluster sealed under the CONFIGURED fingerprint key ([scan] key_file).

Found by trust5a's hunt: run_unit sealed and the coordinator opened with each host's default key: a worker on
another host (or user) had another one, so every spread unit failed to open (its items unread), and a worker
without one made a key file of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from pii_scanner.core.model import Item, ItemResult
from pii_scanner.core.privacy import KEY_ENV
from pii_scanner.sweeps.dask_executor import _seal, _unseal


def test_units_are_sealed_with_the_configured_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    key = tmp_path / "org.key"
    key.write_text("ab" * 32, encoding="ascii")
    key.chmod(0o600)
    outcome = [ItemResult(item=Item(location="file:///x/a.txt", path="/x/a.txt", name="a.txt"))]
    sealed = _seal(outcome, str(key))
    opened = _unseal(sealed, str(key))
    assert isinstance(opened, list) and opened[0].item.location == "file:///x/a.txt"
    assert not (tmp_path / "home" / ".config" / "pii-scanner" / "fingerprint.key").exists()
    with pytest.raises(Exception):  # noqa: B017 - another key (this account's default) cannot open it
        _unseal(sealed)
