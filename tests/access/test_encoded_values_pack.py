"""Another person's values inside a base64 blob in the subject's own line (a document copy re-encoded in a
JSON export or a data: link) were shown in the pack as written: decoded, the requester reads someone else's
CPR or address. A blob that decodes to text with an e-mail or a long number, and is not the subject's own,
is shown as `[ENCODED]`; other blobs, the subject's values and plain words stay."""

from __future__ import annotations

import base64

import pytest

from tests.access.test_dutyred2_percent_pack import OWN, _shown


def _b64(plain: str) -> str:
    return base64.b64encode(plain.encode("utf-8")).decode("ascii")


@pytest.mark.parametrize(
    "hidden",
    ["Kunde 230479-1007 er oprettet", "skriv til jens.hansen@example.dk", "Ring 22 33 44 55 i morgen", "2304791007"],
)
def test_another_persons_values_in_a_blob_are_masked(hidden: str) -> None:
    blob = _b64(hidden)
    text = f'Søren Østergaard, {OWN}, eksport: {{"doc": "{blob}"}} i går.\n'
    shown = _shown(text)
    assert OWN in shown and "Søren Østergaard" in shown
    assert blob not in shown and "[ENCODED]" in shown, shown


@pytest.mark.parametrize("plain", ["Mødereferat fra styregruppen", "møde den 2024-01-31 kl. 10"])
def test_blobs_without_values_stay(plain: str) -> None:
    text = f'Søren Østergaard, {OWN}, eksport: {{"doc": "{_b64(plain)}"}} i går.\n'
    assert _shown(text) == text.strip()
