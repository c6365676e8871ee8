"""The report objects the builders return and the renderers read (kept apart so neither imports the other)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pandas as pd


@dataclass
class MinimisationReport:
    generated_at: datetime
    db: str
    summary: dict[str, Any]
    sections: dict[str, pd.DataFrame] = field(default_factory=dict)
    counts: dict[str, pd.DataFrame] = field(default_factory=dict)
