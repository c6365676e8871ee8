"""Masking of messages, log lines and locations stays linear in the text's length: an error text or a
repr quoting a megabyte of a document must never stall a sweep (it was quadratic: a 1 MB value took
hours), and addresses with over-long local parts are still masked."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from types import FrameType

import pytest

from pii_scanner.access import attribution
from pii_scanner.classify import excerpt, special_categories
from pii_scanner.core import mail_policy
from pii_scanner.core.privacy import scrub_location, scrub_text

# Runs of characters an address's local part may hold, with no "@" (or an "@" only at the very end).
RUNS = ["ab1" * 100_000, "1.2." * 75_000, "x" * 300_000 + "@firma.dk", "a%C3%B8" * 50_000 + "%40firma.dk"]


@pytest.fixture
def deadline() -> Iterator[None]:
    # Linear work on these inputs takes well under a second; the quadratic version took hours.
    def _expired(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError("masking is not linear in the text's length")

    old = signal.signal(signal.SIGALRM, _expired)
    signal.alarm(60)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("run", RUNS, ids=["word", "dotted-digits", "long-local", "percent-local"])
@pytest.mark.parametrize(
    "mask",
    [scrub_text, lambda t: scrub_location("file:///share/" + t)],
    ids=["scrub_text", "scrub_location"],
)
def test_masking_a_long_run_is_linear(deadline: None, run: str, mask: Callable[[str], str | None]) -> None:
    out = mask(run)
    assert out is not None


@pytest.mark.parametrize(
    "pattern",
    [excerpt._EMAIL, attribution._EMAIL, mail_policy._EMAIL, special_categories._OWN_IDS, special_categories._ADDRESS],
    ids=["excerpt", "attribution", "mail_policy", "own_ids", "address"],
)
def test_address_patterns_over_document_text_are_linear(deadline: None, pattern: object) -> None:
    import re

    assert isinstance(pattern, re.Pattern)
    for run in RUNS[:2]:
        assert pattern.search(run) is None


def test_an_over_long_local_part_is_still_masked() -> None:
    local = "jens.hansen." * 10  # 120 characters
    out = scrub_text(f"bounce for {local}@firma.dk")
    assert out is not None
    assert "@firma.dk" in out and "***" in out
    assert local not in out
