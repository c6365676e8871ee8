"""What remains in which backup until when: the ``[[backups]]`` section of the sweep configuration.

Backups of shares and databases are overwritten after a rolling window (the firms' policy: nightly,
30 days), and single files in them cannot be erased meanwhile. An access-request answer and an
erasure check must therefore say, per backup covering a source that held the subject's data, until
which date copies remain, offsite copies included::

    [[backups]]
    name = "nightly"
    system = "Veeam B&R"              # free text, for the report
    covers = ["share", "mail"]        # source names of [[sources]]; "*" = all
    window_days = 30                  # each copy is overwritten after this many days
    offsite = [{name = "tape vault", window_days = 90}]

A deletion on day D is gone from a backup on D + window_days (the last copy taken before D expires).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pii_scanner.core.errors import ConfigError


@dataclass(frozen=True)
class Backup:
    name: str
    system: str
    covers: tuple[str, ...]
    window_days: int
    offsite: tuple[tuple[str, int], ...] = ()  # (name, window_days)

    def covers_source(self, source: str) -> bool:
        return "*" in self.covers or source in self.covers


def _days(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(f"{where}: window_days must be a whole number of days (0 or more)")
    return value


def load_backups(doc: dict[str, Any]) -> list[Backup]:
    """The ``[[backups]]`` of a sweep configuration document (one clear error when malformed)."""
    raw = doc.get("backups") or []
    if not isinstance(raw, list):
        raise ConfigError("[[backups]] must be a list of tables")
    out = []
    for n, spec in enumerate(raw, 1):
        if not isinstance(spec, dict):
            raise ConfigError(f"[[backups]] entry {n} must be a table")
        name = str(spec.get("name") or f"backup-{n}")
        covers = spec.get("covers", ["*"])
        if isinstance(covers, str):
            covers = [covers]
        if not isinstance(covers, list) or not covers:
            raise ConfigError(f'backup {name}: covers must list source names (or "*")')
        offsite = []
        for copy in spec.get("offsite") or []:
            if not isinstance(copy, dict):
                raise ConfigError(f"backup {name}: offsite entries are tables {{name, window_days}}")
            offsite.append((str(copy.get("name", "offsite")), _days(copy.get("window_days"), f"backup {name} offsite")))
        out.append(
            Backup(
                name,
                str(spec.get("system", "")),
                tuple(str(c) for c in covers),
                _days(spec.get("window_days"), f"backup {name}"),
                tuple(offsite),
            )
        )
    return out


def remaining_in_backups(backups: Iterable[Backup], sources: Iterable[str], deleted_on: date) -> list[dict[str, Any]]:
    """Per backup covering any of ``sources``: until when copies of data deleted on ``deleted_on`` remain."""
    wanted = sorted(set(sources))
    out = []
    for b in backups:
        hit = [s for s in wanted if b.covers_source(s)]
        if not hit:
            continue
        out.append(
            {
                "backup": b.name,
                "system": b.system,
                "sources": hit,
                "window_days": b.window_days,
                "copies_until": (deleted_on + timedelta(days=b.window_days)).isoformat(),
                "offsite": [
                    {"name": name, "window_days": days, "copies_until": (deleted_on + timedelta(days=days)).isoformat()}
                    for name, days in b.offsite
                ],
                "note": "single files cannot be erased from it; a restore before that date must be followed by "
                "erasing the subject's data again (the erasure ledger flags it)",
            }
        )
    return out
