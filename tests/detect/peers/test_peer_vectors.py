"""Peers' public test vectors: every case as the peer says, or as our documented decision says."""

from __future__ import annotations

import pytest

from pii_scanner.detect import Engine
from tests.detect.peers import vectors

# Written forms python-stdnum accepts that our text recognizers do not look for (identifier modules
# accept them; see docs/detection.md). Anything else missed in text is a failure.
UNSUPPORTED_IN_TEXT = {
    "18-06-15-92527",  # NO fødselsnummer with dashes between every pair
    "111115984-03",
    "26 11 15 940 14",
    "10 04 87 44 732",
    "13-04-99-58441",
    "131052a308t",  # HETU check character in lower case
    "ES 58 0049 0290 3424 1352 8341",  # IBANs whose country code stands apart or with dots
    "NO 02 15037577003",
    "NO 44 1850.05.14562",
    "NO07.8380.08.06006",
    "TL 38 008 00123456789101 57",
    "MK072 5012 0000 0589 84",
    "ES10 0075 0080 11 0600658108",
    "ES72 2013-0692-81-0201150993",
    "MC11 1273 9000 7000 1111 1000 h79",
}


@pytest.fixture(scope="module")
def engine() -> Engine:
    return vectors.engine_for_vectors()


def test_stdnum_vectors_against_our_identifier_modules() -> None:
    wrong = [o for o in vectors.stdnum_outcomes() if not o.as_documented]
    assert wrong == []


def test_stdnum_valid_numbers_are_found_in_text(engine: Engine) -> None:
    missed = {o.case for o in vectors.stdnum_engine_outcomes(engine) if not o.as_documented}
    assert missed <= UNSUPPORTED_IN_TEXT, missed - UNSUPPORTED_IN_TEXT


def test_presidio_recognizer_vectors(engine: Engine) -> None:
    wrong = [(o.case, o.got) for o in vectors.presidio_outcomes(engine) if not o.as_documented]
    assert wrong == []


def test_os2datascanner_cpr_vectors(engine: Engine) -> None:
    wrong = [(o.case, o.got) for o in vectors.os2_outcomes(engine) if not o.as_documented]
    assert wrong == []
