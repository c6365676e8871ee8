"""Risk level per item (low/medium/high) with the reasons, from points in recognizers/risk.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pii_scanner.classify.terms import load_yaml
from pii_scanner.core.entities import FINANCIAL_ENTITIES, NATIONAL_IDS
from pii_scanner.core.finding_log import entity_counts
from pii_scanner.core.model import (
    FLAG_LOCAL_STORAGE,
    FLAG_PAST_RETENTION,
    FLAG_REMOVABLE_MEDIA,
    ItemResult,
)


@dataclass(frozen=True)
class RiskRules:
    levels: tuple[tuple[str, float], ...]  # highest first
    points: dict[str, float]
    many_threshold: int
    sensitive_doc_types: frozenset[str]

    def assess(self, result: ItemResult) -> tuple[str, list[str]]:
        """(level, reasons); reasons are stable keys, e.g. ``special_category:health``."""
        entities = entity_counts(result.findings)  # running counts: never reads a spilled log back
        national = sum(n for e, n in entities.items() if e in NATIONAL_IDS)
        reasons: list[str] = []
        if national:
            reasons.append("national_id")
            if national >= self.many_threshold:
                reasons.append("many_national_ids")
        if result.categories:
            reasons.append("special_category:" + ",".join(result.categories))
        if any(e in FINANCIAL_ENTITIES for e in entities):
            reasons.append("financial")
        personal = bool(entities) or bool(result.categories)
        if personal and result.item.mail is not None and result.external_recipients and not result.encrypted:
            reasons.append("unencrypted_external_mail")
        for flag in (FLAG_REMOVABLE_MEDIA, FLAG_LOCAL_STORAGE, FLAG_PAST_RETENTION):
            if flag in result.flags:
                reasons.append(flag)
        if result.doc_type in self.sensitive_doc_types and personal:
            reasons.append(f"sensitive_doc_type:{result.doc_type}")
        total = sum(self.points.get(r.split(":", 1)[0], 0.0) for r in reasons)
        level = next((name for name, low in self.levels if total >= low), "low")
        return level, reasons


@cache
def load_risk_rules(folder: str | None = None) -> RiskRules:
    data = load_yaml("risk.yaml", folder)
    levels = tuple(sorted(((str(k), float(v)) for k, v in data["levels"].items()), key=lambda x: -x[1]))
    return RiskRules(
        levels,
        {k: float(v) for k, v in data["points"].items()},
        int(data["many_threshold"]),
        frozenset(data.get("sensitive_doc_types") or ()),
    )
