"""Owner verdicts set in Outlook as categories: shared by the Graph source (reads them) and the
Outlook actions (write them), kept apart so neither imports the other in a circle."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pii_scanner.core.errors import ConfigError

DEFAULT_VERDICTS = {"found": "Persondata fundet", "false_positive": "Falsk positiv"}


def verdict_categories(spec: Mapping[str, Any]) -> dict[str, str]:
    """The source's verdict categories (``verdict_categories = {found = "...", false_positive = "..."}``)."""
    given = spec.get("verdict_categories") or {}
    if not isinstance(given, Mapping) or not all(isinstance(v, str) and v.strip() for v in given.values()):
        raise ConfigError(f"source {spec.get('name', 'graph')}: verdict_categories must map verdicts to names")
    unknown = set(given) - set(DEFAULT_VERDICTS)
    if unknown:
        raise ConfigError(f"source {spec.get('name', 'graph')}: unknown verdicts {', '.join(sorted(unknown))}")
    return {**DEFAULT_VERDICTS, **{k: str(v).strip() for k, v in given.items()}}


def verdict_of(categories: list[str], verdicts: Mapping[str, str]) -> str | None:
    """The verdict an owner set in Outlook, if any (false positive wins over found)."""
    folded = {c.casefold() for c in categories}
    for verdict in ("false_positive", "found"):
        if verdicts[verdict].casefold() in folded:
            return verdict
    return None
