"""Faker's fi_FI generator (MIT): every number it makes, over many seeds, comes back as FI.

Bare numbers too: with no evidence of any country, a number valid in several countries goes to the
check least likely to pass by chance (the HETU's check character, 1 in 31).
"""

from __future__ import annotations

import datetime

import pytest
from faker import Faker

from pii_scanner.core.config import DetectConfig
from pii_scanner.detect import Engine
from pii_scanner.detect.identifiers import fi_hetu

SEEDS = range(2000)
TEMPLATES = (
    "Henkilötunnus: {}",
    "Hei, henkilötunnukseni on {}.",
    "Nimi: Matti Virtanen, hetu {}",
    "Työntekijän tiedot ovat {} ja osoite on Helsinki.",
    "Personbeteckning {} (Åbo)",
)
IDS = ("DK_CPR", "SE_PERSONNUMMER", "NO_FODSELSNUMMER", "FI_PERSONAL_IDENTITY_CODE", "IS_KENNITALA")


@pytest.fixture(scope="module")
def numbers() -> list[str]:
    fake = Faker("fi_FI")
    out = []
    for seed in SEEDS:
        fake.seed_instance(seed)
        out.append(fake.ssn())
    return out


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(DetectConfig(entities=IDS), today=datetime.date.today())


def test_faker_numbers_validate(numbers: list[str]) -> None:
    assert all(fi_hetu.is_valid(n) for n in numbers)


@pytest.mark.parametrize("template", TEMPLATES)
def test_faker_numbers_in_finnish_text_are_finnish(engine: Engine, numbers: list[str], template: str) -> None:
    wrong = []
    for number in numbers:
        text = template.format(number)
        found = [(f.entity_type, f.value) for f in engine.detect(text)]
        if found != [("FI_PERSONAL_IDENTITY_CODE", number)]:
            wrong.append((number, found))
    assert wrong == []


def test_faker_numbers_with_language_fi_are_finnish(engine: Engine, numbers: list[str]) -> None:
    wrong = [
        n for n in numbers if [f.entity_type for f in engine.detect(n, lang="fi")] != ["FI_PERSONAL_IDENTITY_CODE"]
    ]
    assert wrong == []


def test_bare_numbers_are_finnish(engine: Engine, numbers: list[str]) -> None:
    wrong = [n for n in numbers if [f.entity_type for f in engine.detect(n)] != ["FI_PERSONAL_IDENTITY_CODE"]]
    assert wrong == []
