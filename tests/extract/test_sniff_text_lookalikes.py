"""Plain text that libmagic takes for HP-GL plotter commands ("PA", "SP" at the start) is read as text."""

from __future__ import annotations

import pytest

from pii_scanner.extract.sniff import sniff_mime


@pytest.mark.parametrize(
    "text",
    [
        "PATIENTREGISTER TANDVARD\nPNR          NAMN               ANM\n197803121234 SVENSSON, ERIK     DIABETIKER",
        "PAYROLL MARCH\nNAME            SICK DAYS\nHANSEN BENT     3",
        "SPØRGESKEMA\nNAVN: JENS HANSEN\n",
        "PA\n",
    ],
)
def test_capital_letter_reports_are_text(text: str) -> None:
    assert sniff_mime(text.encode("utf-8"), "register.txt") == "text/plain"
    assert sniff_mime(text.encode("latin-1", "replace")) == "text/plain"
    assert sniff_mime(text.encode("utf-8"), "register.csv") == "text/csv"


def test_binary_data_with_the_same_opening_stays_what_libmagic_says() -> None:
    data = b"PA" + bytes(range(256)) * 4
    assert sniff_mime(data) != "text/plain"


def test_a_capital_letter_register_is_scanned_end_to_end() -> None:
    from pii_scanner.core.config import ScanConfig
    from pii_scanner.core.model import Item
    from pii_scanner.pipeline import Processor

    text = "PATIENTREGISTER TANDVARD\nPNR          NAMN               ANM\n197803121234 SVENSSON, ERIK     DIABETIKER"
    item = Item("mem:///register.txt", "mem:///register.txt", name="register.txt", data=text.encode("utf-8"))
    (result,) = Processor.build(ScanConfig()).process(item)
    assert result.mime == "text/plain"
    assert not result.metadata.get("unsupported")
    assert result.categories == ["health"]


@pytest.mark.parametrize(
    "text",
    [
        "P1 – søndag\n09.03 Morgenflade med Karin Holm.\n",
        "P3 – måndag\nEkot.\n",
        "P2 — Nyheder\n",
        "P4 Østjylland i dag\n",
    ],
)
def test_a_radio_schedule_opening_like_a_netpbm_image_is_text(text: str) -> None:
    assert sniff_mime(text.encode("utf-8"), "tv.txt") == "text/plain"


@pytest.mark.parametrize(
    "data",
    [b"P1\n3 2\n0 1 0\n1 0 1\n", b"P3\n# made by hand\n2 1\n255\n1 2 3 4 5 6\n", b"P6 2 1 255\n\x00\xff"],
)
def test_netpbm_images_with_width_and_height_stay_images(data: bytes) -> None:
    assert sniff_mime(data).startswith("image/")
