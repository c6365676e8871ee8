"""Typed source specs: one clear line per wrong key, the kind's own keys kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.state import MemoryState
from pii_scanner.sources.registry import open_source
from pii_scanner.sources.specs import PathsSpec, RemovableSpec, SourceSpec, parse_spec


def test_paths_spec_is_typed() -> None:
    spec = parse_spec({"type": "paths", "name": "hr", "path": "/srv/hr", "jurisdiction": "DK", "note": "x"})
    assert isinstance(spec, PathsSpec)
    assert (spec.paths, spec.origin, spec.jurisdiction, dict(spec.options)) == (
        ("/srv/hr",),
        "local",
        "DK",
        {"note": "x"},
    )
    assert spec.as_dict()["paths"] == ["/srv/hr"]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"type": "paths", "name": "s", "paths": "/srv/share"}, "paths must be a list of folders, got a string"),
        ({"type": "paths", "name": "s", "paths": [1]}, "paths must be a list of folder names"),
        ({"type": "paths", "name": "s"}, "'paths' is required"),
        ({"type": "paths", "name": "s", "paths": ["/x"], "origin": "cloud"}, "origin must be local"),
        ({"type": "paths", "name": 5, "paths": ["/x"]}, "name must be text"),
        ({"type": "imap", "name": "m", "jurisdiction": 45}, "jurisdiction must be text"),
    ],
)
def test_wrong_keys_are_one_clear_error(raw: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_spec(raw)


def test_other_kinds_keep_their_own_keys() -> None:
    spec = parse_spec({"type": "imap", "name": "m", "host": "mail", "port": 993})
    assert type(spec) is SourceSpec and spec.options == {"host": "mail", "port": 993}
    assert isinstance(parse_spec({"type": "removable", "name": "usb"}), RemovableSpec)


def test_open_source_takes_a_typed_spec(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    spec = PathsSpec("paths", "t", paths=(str(tmp_path),))
    source = open_source(spec, ScanConfig(), MemoryState())
    assert [i.name for i in source.items()] == ["a.txt"]
