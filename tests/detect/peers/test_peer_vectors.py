"""Peers' public test vectors: every case as the peer says, or as our documented decision says."""

from __future__ import annotations

import pytest

from pii_scanner.detect import Engine
from tests.detect.peers import vectors

# Every written form python-stdnum accepts is looked for in text too (fødselsnummer split in pairs,
# IBANs typed with the country code apart, dots or lower case), but one: a Spanish IBAN in its
# national grouping with a long last group, which the printed form of four matches first (reading
# on would take a following number into the IBAN). Anything else missed is a failure.
UNSUPPORTED_IN_TEXT = {"ES10 0075 0080 11 0600658108"}


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


def test_presidio_dk_cpr_pull_request_vectors(engine: Engine) -> None:
    outcomes = list(vectors.presidio_dk_cpr_outcomes(engine))
    assert len(outcomes) == 15
    wrong = [(o.case, o.got) for o in outcomes if not o.as_documented]
    assert wrong == []
