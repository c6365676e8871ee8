"""The entity catalogue is the one source of entity lists, and new identifiers need no engine code."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from pii_scanner.classify import policy, risk
from pii_scanner.core import entities as cat
from pii_scanner.core.config import DEFAULT_ENTITIES, DetectConfig
from pii_scanner.core.errors import ConfigError, InvalidFormat
from pii_scanner.core.privacy import mask_value
from pii_scanner.core.resources import data_dir
from pii_scanner.detect.engine import Engine
from pii_scanner.detect.identifiers._common import IdentifierInfo
from pii_scanner.detect.recognizers.catalogue_ids import CatalogueIdRecognizer
from pii_scanner.detect.registry import all_recognizers
from pii_scanner.detect.rules import load_rules

TODAY = date(2026, 1, 1)


def test_every_catalogue_entity_has_a_recognizer_or_ner() -> None:
    covered = {e for r in all_recognizers() for e in r.entities} | cat.NER_ENTITIES
    assert covered == set(cat.ALL_ENTITIES)


def test_derived_lists_follow_the_catalogue() -> None:
    assert tuple(s.name for s in cat.CATALOGUE if s.default_on) == DEFAULT_ENTITIES
    assert {
        "DK_CPR",
        "SE_PERSONNUMMER",
        "NO_FODSELSNUMMER",
        "FI_PERSONAL_IDENTITY_CODE",
        "IS_KENNITALA",
    } == cat.NATIONAL_IDS
    assert policy.PERSONAL_ENTITIES is cat.PERSONAL_ENTITIES
    assert risk.NATIONAL_IDS is cat.NATIONAL_IDS
    assert "LOCATION" not in cat.PERSONAL_ENTITIES
    assert {"IBAN_CODE", "CREDIT_CARD"} == cat.FINANCIAL_ENTITIES


def test_no_hand_written_entity_list_left_in_the_package() -> None:
    """A tuple/set literal naming two or more national identifiers outside the catalogue is a copy."""
    root = Path(cat.__file__).resolve().parents[1]
    names = "|".join(sorted(cat.NATIONAL_IDS))
    literal = re.compile(rf'"(?:{names})",\s*"(?:{names})"')
    offenders = [
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if p.name != "entities.py" and literal.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_unknown_entity_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="unknown entity 'DK_CPRR'"):
        cat.entity("DK_CPRR")


@pytest.mark.parametrize(
    ("entity", "value", "normalized", "masked"),
    [
        ("DK_CPR", "070761-4285", "0707614285", "070761-XXXX"),
        ("DK_CPR", "07076142", "07076142", "********"),  # wrong length: nothing shown
        ("SE_PERSONNUMMER", "900101-1234", "199001011234", "19900101-XXXX"),
        ("FI_PERSONAL_IDENTITY_CODE", "131052-308T", "131052-308T", "131052-XXXXX"),
        ("EMAIL_ADDRESS", "jens@example.dk", "jens@example.dk", "j***@example.dk"),
        ("PHONE_NUMBER", "+45 12 34 56 78", "+4512345678", "+** ** ** ** 78"),
        ("NOT_IN_CATALOGUE", "abc-123", "abc123", "***-***"),
    ],
)
def test_mask_rule_comes_from_the_catalogue(entity: str, value: str, normalized: str, masked: str) -> None:
    assert mask_value(entity, value, normalized) == masked


# --- the worked example of CONTRIBUTING.md, with the identifier module inlined -------------------
_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def _nino_info(number: str, today: date | None = None) -> IdentifierInfo:
    compact = number.replace(" ", "").upper()
    if not _NINO.fullmatch(compact) or compact[:2] in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
        raise InvalidFormat("not a National Insurance number")
    return IdentifierInfo(compact, None, None, None)


NINO = cat.EntitySpec(
    "UK_NINO",
    "UK National Insurance number",
    national_id=True,
    country="GB",
    languages=("en",),
    mask=cat.MaskRule.LAST_TWO,
    identifier="uk_nino",
    candidate=r"[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]",
    lead="A-Z",
    base_score=0.6,
)


def _folder_with(tmp_path: Path, context: dict[str, object], scores: dict[str, object]) -> str:
    folder = tmp_path / "recognizers"
    shutil.copytree(data_dir("recognizers"), folder)
    for name, extra in (("context.yaml", context), ("scores.yaml", scores)):
        doc = yaml.safe_load((folder / name).read_text(encoding="utf-8"))
        doc.update(extra)
        (folder / name).write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return str(folder)


def test_new_identifier_through_the_catalogue_recognizer(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, {"UK_NINO": {"positive": {"en": ["national insurance"]}}}, {})
    engine = Engine(
        DetectConfig(entities=("UK_NINO",), recognizers_dir=folder),
        recognizers=[CatalogueIdRecognizer(NINO, info=_nino_info)],
        today=TODAY,
    )
    found = engine.detect("Her national insurance no. is AB 12 34 56 C; order AB123456E.")
    assert [(f.entity_type, f.normalized) for f in found] == [("UK_NINO", "AB123456C")]
    # base score 0.6 from the catalogue (no scores.yaml entry) plus the context boost
    assert found[0].score == pytest.approx(0.9)
    assert engine.detect("BG 12 34 56 A") == []  # the module rejects it


def test_scores_yaml_entry_overrides_the_catalogue_base_score(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, {}, {"UK_NINO": {"valid": 0.75}})
    engine = Engine(
        DetectConfig(entities=("UK_NINO",), recognizers_dir=folder),
        recognizers=[CatalogueIdRecognizer(NINO, info=_nino_info)],
        today=TODAY,
    )
    assert [f.score for f in engine.detect("ref AB123456C")] == [0.75]


def test_missing_score_key_falls_back_and_missing_setting_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "recognizers"
    shutil.copytree(data_dir("recognizers"), folder)
    scores = yaml.safe_load((folder / "scores.yaml").read_text(encoding="utf-8"))
    del scores["DK_CPR"]["mod11_valid"]
    del scores["table"]
    (folder / "scores.yaml").write_text(yaml.safe_dump(scores), encoding="utf-8")
    rules = load_rules(str(folder))
    assert rules.score("DK_CPR", "mod11_valid") == cat.entity("DK_CPR").base_score
    with pytest.raises(ConfigError, match=r"scores\.yaml: missing setting table\.neighbours"):
        rules.setting("table", "neighbours")
    with pytest.raises(ConfigError, match="not in the entity catalogue"):
        rules.score("NO_SUCH_THING", "valid")
