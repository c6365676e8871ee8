"""Owner verdicts set in Outlook as categories: shared by the Graph source (reads them) and the
Outlook actions (write them), kept apart so neither imports the other in a circle."""

from __future__ import annotations

from collections.abc import Mapping

DEFAULT_VERDICTS = {"found": "Persondata fundet", "false_positive": "Falsk positiv"}


def verdict_categories(given: Mapping[str, str]) -> dict[str, str]:
    """Verdict -> Outlook category: the defaults, overridden by a source's ``verdict_categories``
    (checked when its spec is parsed: known verdicts, non-empty names)."""
    return {**DEFAULT_VERDICTS, **{k: str(v).strip() for k, v in given.items()}}


def verdict_of(categories: list[str], verdicts: Mapping[str, str]) -> str | None:
    """The verdict an owner set in Outlook, if any (false positive wins over found)."""
    folded = {c.casefold() for c in categories}
    for verdict in ("false_positive", "found"):
        if verdicts[verdict].casefold() in folded:
            return verdict
    return None
