"""Scan output for a person at a terminal: findings grouped by file with entity, masked value,
score and why, then a closing summary by entity and risk. Colours where the terminal takes them
(``NO_COLOR`` turns them off). Values stay masked unless they were asked for; names and locations
come from the same masked records as every other format.
"""

from __future__ import annotations

import os
from collections import Counter
from typing import IO, Any

from pii_scanner.core.model import ItemResult
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.reports.cells import printable
from pii_scanner.reports.display import display_location
from pii_scanner.reports.records import iter_records

_STYLES = {"bold": "1", "dim": "2", "red": "31", "yellow": "33", "green": "32", "cyan": "36"}


def colours_wanted(out: IO[str]) -> bool:
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


class HumanWriter:
    """Same interface as :class:`~pii_scanner.reports.scan_output.ScanWriter`."""

    def __init__(self, out: IO[str], *, colour: bool | None = None) -> None:
        self.out = out
        self.colour = colours_wanted(out) if colour is None else colour
        self.item: dict[str, Any] | None = None
        self.findings: list[dict[str, Any]] = []
        self.items = 0
        self.items_with_findings = 0
        self.by_entity: Counter[str] = Counter()
        self.by_risk: Counter[str] = Counter()
        self.unread: list[str] = []
        self.private = 0

    def _s(self, text: str, *styles: str) -> str:
        if not self.colour or not styles:
            return text
        codes = ";".join(_STYLES[s] for s in styles)
        return f"\x1b[{codes}m{text}\x1b[0m"

    def write_result(self, result: ItemResult, fingerprint: Fingerprinter, *, show_values: bool = False) -> None:
        for record in iter_records(result, fingerprint, show_values=show_values):
            self.write(record)

    def write(self, record: dict[str, Any]) -> None:
        if record["record"] == "item":
            self._flush()
            self.item = record
            self.items += 1
        else:
            self.findings.append(record)

    def _flush(self) -> None:
        item, findings = self.item, self.findings
        self.item, self.findings = None, []
        if item is None:
            return
        where = printable(display_location(item.get("location")))
        if item.get("private"):
            self.private += 1
        if item.get("error"):
            self.unread.append(where)
            self.out.write(
                f"{self._s('!', 'red', 'bold')} {where}\n    {self._s(printable(str(item['error'])), 'red')}\n"
            )
        if not findings:
            return
        self.items_with_findings += 1
        risk = str(item.get("risk") or "-")
        self.by_risk[risk] += 1
        extra = [f"risk {risk}"]
        if item.get("flags"):
            extra.append(", ".join(item["flags"]))
        if item.get("categories"):
            extra.append("categories: " + ", ".join(item["categories"]))
        risk_style = "red" if risk == "high" else "yellow" if risk == "medium" else "dim"
        self.out.write(f"\n{self._s(where, 'bold')}  {self._s('[' + '; '.join(extra) + ']', risk_style)}\n")
        for f in findings:
            self.by_entity[str(f["entity_type"])] += 1
            value = printable(str(f.get("value") or f["masked"]))
            why = _why(f.get("explanation") or {})
            line = f"  {f['entity_type']:<26} {value:<24} {f['score']:.2f}"
            self.out.write(line + (f"  {self._s(why, 'dim')}" if why else "") + "\n")

    def close(self) -> None:
        self._flush()
        total = sum(self.by_entity.values())
        head = f"{total} findings in {self.items_with_findings} of {self.items} items"
        self.out.write("\n" + self._s(head, "bold", "red" if total else "green") + "\n")
        if self.by_entity:
            self.out.write("  by entity: " + ", ".join(f"{k} {v}" for k, v in self.by_entity.most_common()) + "\n")
        if self.by_risk:
            order = {"high": 0, "medium": 1, "low": 2}
            risks = sorted(self.by_risk.items(), key=lambda kv: order.get(kv[0], 9))
            self.out.write("  by risk (items): " + ", ".join(f"{k} {v}" for k, v in risks) + "\n")
        if self.private:
            self.out.write(f"  {self.private} private mail(s) left unread (metadata only)\n")
        if self.unread:
            self.out.write(self._s(f"  {len(self.unread)} item(s) could not be read (marked !)", "red") + "\n")
        self.out.flush()


def _why(explanation: dict[str, Any]) -> str:
    parts: list[str] = []
    if explanation.get("checksum"):
        parts.append(f"checksum {explanation['checksum']}")
    if explanation.get("context"):
        parts.append("context: " + ", ".join(map(str, explanation["context"][:3])))
    if explanation.get("negative_context"):
        parts.append("against: " + ", ".join(map(str, explanation["negative_context"][:3])))
    parts.extend(str(n) for n in (explanation.get("notes") or ())[:2])
    return printable("; ".join(parts))
