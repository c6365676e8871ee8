"""The peers' public test vectors (data files in ``data/``, with attribution) run against our code.

Used by the tests in this folder and by ``benchmarks/bench_detect_quality.py`` (passed/total).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pii_scanner.core.config import DetectConfig
from pii_scanner.detect import Engine
from pii_scanner.detect.identifiers import dk_cpr, fi_hetu, iban, is_kennitala, no_fodselsnummer, se_personnummer
from pii_scanner.detect.identifiers._common import luhn_checksum_ok

DATA = Path(__file__).parent / "data"
IDS = ("DK_CPR", "SE_PERSONNUMMER", "NO_FODSELSNUMMER", "FI_PERSONAL_IDENTITY_CODE", "IS_KENNITALA")
_CONTEXT = {
    "dk_cpr": ("cpr-nr {}", "DK_CPR"),
    "se_personnummer": ("personnummer {}", "SE_PERSONNUMMER"),
    "no_fodselsnummer": ("fødselsnummer {}", "NO_FODSELSNUMMER"),
    "fi_hetu": ("henkilötunnus {}", "FI_PERSONAL_IDENTITY_CODE"),
    "is_kennitala": ("kennitala {}", "IS_KENNITALA"),
    "iban": ("IBAN {} tak", "IBAN_CODE"),
}


@dataclass(frozen=True)
class Outcome:
    source: str
    case: str
    expected: Any  # the peer's answer
    ours_expected: Any  # our documented answer (the peer's unless a disagreement is written down)
    got: Any

    @property
    def agrees_with_peer(self) -> bool:
        return bool(self.got == self.expected)

    @property
    def as_documented(self) -> bool:
        return bool(self.got == self.ours_expected)


def _load(name: str) -> dict[str, Any]:
    with open(DATA / name, encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def _validity(module: str, today: datetime.date) -> Callable[[str], bool]:
    if module == "luhn":
        return luhn_checksum_ok
    if module == "iban":
        return iban.is_valid
    mod = {
        "dk_cpr": dk_cpr,
        "se_personnummer": se_personnummer,
        "no_fodselsnummer": no_fodselsnummer,
        "fi_hetu": fi_hetu,
        "is_kennitala": is_kennitala,
    }[module]
    return lambda n: bool(mod.is_valid(n, today))


def stdnum_outcomes() -> Iterator[Outcome]:
    """python-stdnum's vectors against our identifier modules (valid/invalid and birth dates)."""
    data = _load("python_stdnum.yaml")
    today = data.pop("today")
    for module, spec in data.items():
        check = _validity(module, today)
        for item in spec["valid"]:
            number, ours = (item, "valid") if isinstance(item, str) else (item["number"], item["ours"])
            yield Outcome(f"stdnum {module}", number, "valid", ours, "valid" if check(number) else "invalid")
        for entry in spec["invalid"]:
            number = entry["number"]
            ours = entry.get("ours", "invalid")
            yield Outcome(f"stdnum {module}", number, "invalid", ours, "valid" if check(number) else "invalid")
        for number, born in (spec.get("birth_dates") or {}).items():
            mod = globals()[module]
            got = mod.birth_date(number, today) if module == "se_personnummer" else mod.birth_date(number)
            yield Outcome(f"stdnum {module} birth date", number, born, born, got)


def stdnum_engine_outcomes(engine: Engine) -> Iterator[Outcome]:
    """python-stdnum's valid numbers written after a context word: found whole, as the right entity?"""
    data = _load("python_stdnum.yaml")
    data.pop("today")
    for module, (template, entity) in _CONTEXT.items():
        for item in data[module]["valid"]:
            number = item if isinstance(item, str) else item["number"]
            text = template.format(number)
            start = text.index(number)
            found = [(f.entity_type, f.start, f.end) for f in engine.detect(text)]
            expected = [(entity, start, start + len(number))]
            # A company kennitala (day + 40) is no person's identifier: not reported, by design.
            ours = [] if module == "is_kennitala" and is_kennitala.info(number).subtype == "company" else expected
            if not isinstance(item, str) and item["ours"] == "invalid":
                ours = []
            yield Outcome(f"stdnum {module} in text", number, expected, ours, found)


def presidio_outcomes(engine: Engine) -> Iterator[Outcome]:
    """Presidio's recognizer test cases through our engine."""
    for case in _load("presidio_recognizers.yaml")["cases"]:
        expected = [tuple(s) for s in case["spans"]]
        ours = [tuple(s) for s in case["ours"]] if "ours" in case else expected
        got = [(f.start, f.end) for f in engine.detect(case["text"]) if f.entity_type == case["entity"]]
        yield Outcome(f"presidio {case['entity']}", case["text"], expected, ours, got)


def presidio_dk_cpr_outcomes(engine: Engine) -> Iterator[Outcome]:
    """The Danish CPR recognizer proposed to Presidio (pull request #2196): its test cases as DK_CPR."""
    for case in _load("presidio_dk_cpr.yaml")["cases"]:
        expected = [tuple(s) for s in case["spans"]]
        ours = [tuple(s) for s in case["ours"]] if "ours" in case else expected
        got = [(f.start, f.end) for f in engine.detect(case["text"]) if f.entity_type == "DK_CPR"]
        yield Outcome("presidio pr 2196 dk cpr", case["text"], expected, ours, got)


def os2_outcomes(engine: Engine) -> Iterator[Outcome]:
    """OS2datascanner's CPR rule cases through our engine."""
    for case in _load("os2datascanner_cpr.yaml")["cases"]:
        ours = case.get("ours", case["cprs"])
        got = [f.normalized for f in engine.detect(case["text"]) if f.entity_type == "DK_CPR"]
        yield Outcome("os2datascanner cpr", case["text"], case["cprs"], ours, got)


def engine_for_vectors(today: datetime.date = datetime.date(2026, 11, 23)) -> Engine:
    entities = (*IDS, "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD")
    return Engine(DetectConfig(entities=entities), today=today)
