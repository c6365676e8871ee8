"""Scan output in the DESIGN.md formats: jsonl, json, csv and a tab-separated table.

The records come from :mod:`pii_scanner.reports.records` (masked unless values were asked for);
this module only lays them out. CSV cells that could start a formula are neutralised and table
lines never carry control characters, since file names are chosen by whoever wrote the files.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Iterator
from typing import IO, Any

from pii_scanner.core.model import Explanation, Finding, ItemResult
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.reports.cells import printable, safe_row
from pii_scanner.reports.formats import check_format
from pii_scanner.reports.records import (
    explanation_record,
    item_record,
    iter_records,
    masked_and_fingerprint,
    shown_name,
)

FORMATS = ("jsonl", "json", "csv", "table")
# One encoder for every line: json.dumps(..., ensure_ascii=False) builds a new encoder per call.
_JSON_LINE = json.JSONEncoder(ensure_ascii=False)
# A record of the json format's array, as ``json.dump(records, indent=1)`` lays it out one level down.
_JSON_ELEMENT = json.JSONEncoder(ensure_ascii=False, indent=1)
CSV_FIELDS = [
    "record",
    "path",
    "location",
    "entity_type",
    "subtype",
    "score",
    "start",
    "end",
    "masked",
    "fingerprint",
    "mime",
    "encrypted",
    "private",
    "flags",
    "error",
    "value",
    "normalized",
]


class ScanWriter:
    """Writes scan records one at a time (json too: its array is written as the records come, so that
    a scan with millions of findings never holds them all as records)."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt = check_format(fmt, FORMATS, "scan output")
        self.out = out
        self.written = 0  # records written so far (json: whether the array is open)
        self.csv: csv.DictWriter[str] | None = None
        self.lines: JsonLines | None = None
        if fmt == "csv":
            self.csv = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
            self.csv.writeheader()

    def write_result(self, result: ItemResult, fingerprint: Fingerprinter, *, show_values: bool = False) -> None:
        """The item's record and its finding records (``reports.records.iter_records``). JSON lines
        are built from pieces encoded once (per item: path and location; per distinct value: mask and
        fingerprint; per distinct explanation), byte for byte what :meth:`write` gives for the records."""
        if self.fmt != "jsonl":
            for record in iter_records(result, fingerprint, show_values=show_values):
                self.write(record)
            return
        if self.lines is None:
            self.lines = JsonLines(fingerprint)
        for chunk in self.lines.item(result, show_values=show_values):
            self.out.write(chunk)

    def write(self, record: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.out.write(_JSON_LINE.encode(record) + "\n")
        elif self.csv is not None:
            row = dict(record)
            if isinstance(row.get("flags"), list):
                row["flags"] = ";".join(row["flags"])
            self.csv.writerow(safe_row(row))
        elif self.fmt == "json":
            # Byte for byte what json.dump(all_records, indent=1) writes: each record one level deep
            # (no JSON string holds a raw line break, so every line of it gets one more space).
            element = _JSON_ELEMENT.encode(record).replace("\n", "\n ")
            self.out.write(("[\n " if not self.written else ",\n ") + element)
        elif record["record"] == "finding":
            fields = [record["location"], record["entity_type"], record["masked"], f"{record['score']:.2f}"]
            fields += [record["value"]] if "value" in record else []
            self.out.write("\t".join(printable(str(f)) for f in fields) + "\n")
        elif record["error"] or record["encrypted"] or record["flags"]:
            note = record["error"] or ("encrypted" if record["encrypted"] else ",".join(record["flags"]))
            self.out.write(f"{printable(str(record['location']))}\t[{printable(str(note))}]\n")

        self.written += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.written else "[]\n")
        self.out.flush()


def write_scan(records: Iterable[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write every record in ``fmt`` to ``out``; return how many were written."""
    writer = ScanWriter(fmt, out)
    n = 0
    for record in records:
        writer.write(record)
        n += 1
    writer.close()
    return n


_CACHE_LIMIT = 10_000  # distinct values / explanations remembered per writer (a few MB), then forgotten at once
_LINES_PER_WRITE = 2000


class JsonLines:
    """JSON lines of an item and its findings, equal to ``_JSON_LINE.encode(record)`` for each record of
    ``iter_records`` (same keys, order, separators and escapes), with each constant piece encoded once.

    Holds, in memory only and bounded, the encoded mask and fingerprint per distinct (entity, value):
    plaintext values are dictionary keys here as they are fields of the findings; nothing is written
    but the masked forms and fingerprints, as in the records."""

    def __init__(self, fingerprint: Fingerprinter) -> None:
        self.fingerprint = fingerprint
        self.values: dict[tuple[str, str, str], str] = {}
        self.explanations: dict[tuple[Explanation, bool], str] = {}
        self.kinds: dict[tuple[str, str | None], str] = {}

    def item(self, result: ItemResult, *, show_values: bool = False) -> Iterator[str]:
        """The item line followed by one line per finding (each ending in a newline), a few thousand
        lines per piece of text (an item with a million findings is not held as one string)."""
        lines = [_JSON_LINE.encode(item_record(result, show_values=show_values))]
        if result.findings:
            encode = _JSON_LINE.encode
            shown: dict[str | None, str | None] = {}
            head = (
                '{"record": "finding", "path": '
                + encode(shown_name(result.item.path, show_values, shown))
                + ', "location": '
                + encode(shown_name(result.item.location, show_values, shown))
                + ', "entity_type": '
            )
            parts: dict[str | None, str] = {}
            if len(self.values) >= _CACHE_LIMIT:
                self.values.clear()
            if len(self.explanations) >= _CACHE_LIMIT:
                self.explanations.clear()
            for f in result.findings:
                part = parts.get(f.part)
                if part is None:
                    part = parts[f.part] = ', "part": ' + encode(shown_name(f.part, show_values, shown))
                line = head + self._kind(f) + _number(f.score) + ', "start": ' + _number(f.start)
                line += (
                    ', "end": ' + _number(f.end) + part + self._value(f) + self._explanation(f.explanation, show_values)
                )
                if show_values:
                    line += ', "value": ' + encode(f.value) + ', "normalized": ' + encode(f.normalized)
                lines.append(line + "}")
                if len(lines) >= _LINES_PER_WRITE:
                    lines.append("")
                    yield "\n".join(lines)
                    lines = []
        if lines:
            lines.append("")
            yield "\n".join(lines)

    def _kind(self, f: Finding) -> str:
        key = (f.entity_type, f.subtype)
        piece = self.kinds.get(key)
        if piece is None:
            piece = self.kinds[key] = (
                _JSON_LINE.encode(f.entity_type) + ', "subtype": ' + _JSON_LINE.encode(f.subtype) + ', "score": '
            )
        return piece

    def _value(self, f: Finding) -> str:
        key = (f.entity_type, f.value, f.normalized)
        piece = self.values.get(key)
        if piece is None:
            masked, fingerprint = masked_and_fingerprint(f, self.fingerprint)
            piece = self.values[key] = (
                ', "masked": ' + _JSON_LINE.encode(masked) + ', "fingerprint": ' + _JSON_LINE.encode(fingerprint)
            )
        return piece

    def _explanation(self, explanation: Explanation, show_values: bool) -> str:
        key = (explanation, show_values)
        piece = self.explanations.get(key)
        if piece is None:
            shown = explanation_record(explanation, show_values)
            piece = self.explanations[key] = ', "explanation": ' + _JSON_LINE.encode(shown)
        return piece


def _number(value: object) -> str:
    """What the JSON encoder writes for an int or a finite float (their repr), else the encoder itself."""
    kind = type(value)
    if kind is int or (kind is float and math.isfinite(value)):  # type: ignore[arg-type]
        return repr(value)
    return _JSON_LINE.encode(value)
