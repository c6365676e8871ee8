"""Fast paths in core that must answer exactly as the plain ones: the YAML loader, fingerprints, masking."""

from __future__ import annotations

import hashlib
import hmac

import pytest
import yaml

from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.core.resources import data_dir, safe_yaml


def _shipped() -> list[str]:
    root = data_dir("recognizers")
    return sorted(str(p) for p in root.rglob("*.yaml")) + sorted(str(p) for p in root.parent.glob("policies/*.yaml"))


@pytest.mark.parametrize("path", _shipped())
def test_same_data_as_the_safe_loader(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    assert safe_yaml(text) == yaml.safe_load(text)


def test_unsafe_tags_are_refused() -> None:
    with pytest.raises(yaml.YAMLError):
        safe_yaml("!!python/object/apply:os.system ['true']")


def test_fingerprint_is_the_hmac_sha256_hex() -> None:
    key = b"k" * 32
    for value in ("0101901234", "199001011234", "jens@example.dk", "ø"):
        assert Fingerprinter(key)(value) == hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


def _mask_reference(value: str, keep: int, fill: str = "*") -> str:
    total = sum(ch.isalnum() for ch in value)
    out, seen = [], 0
    for ch in value:
        if ch.isalnum():
            out.append(ch if seen >= total - keep else fill)
            seen += 1
        else:
            out.append(ch)
    return "".join(out)


def test_mask_all_but_last_is_the_reference() -> None:
    import random

    from pii_scanner.core.privacy import mask_all_but_last

    rng = random.Random(2)
    for _ in range(5000):
        value = "".join(rng.choice("0123456789 +-DKæ") for _ in range(rng.randrange(0, 20)))
        for keep in (-1, 0, 2, 4, 30):
            assert mask_all_but_last(value, keep) == _mask_reference(value, keep), (value, keep)
