"""The identifier engine the per-round golden tables run: every entity but the name steps, on a fixed day."""

from __future__ import annotations

import datetime

from pii_scanner.core.config import DetectConfig
from pii_scanner.detect import Engine

IDS = ("DK_CPR", "SE_PERSONNUMMER", "FI_PERSONAL_IDENTITY_CODE", "NO_FODSELSNUMMER")


def id_engine(today: datetime.date) -> Engine:
    """Names and places off: the tables are about numbers, and the name step only costs time here."""
    entities = tuple(e for e in DetectConfig().entities if e not in ("PERSON", "LOCATION"))
    return Engine(DetectConfig(entities=entities), today=today)


def found(engine: Engine, text: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(entity, normalized value) of every national identifier found."""
    return [(f.entity_type, f.normalized) for f in engine.detect(text, lang=lang) if f.entity_type in IDS]


def spans(engine: Engine, text: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(entity, text as written) of every national identifier found."""
    return [(f.entity_type, text[f.start : f.end]) for f in engine.detect(text, lang=lang) if f.entity_type in IDS]
