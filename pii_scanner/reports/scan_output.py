"""Scan output in the DESIGN.md formats: jsonl, json, csv and a tab-separated table.

The records come from :mod:`pii_scanner.reports.records` (masked unless values were asked for);
this module only lays them out. CSV cells that could start a formula are neutralised and table
lines never carry control characters, since file names are chosen by whoever wrote the files.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from pii_scanner.reports.cells import printable, safe_row
from pii_scanner.reports.formats import check_format

FORMATS = ("jsonl", "json", "csv", "table")
# One encoder for every line: json.dumps(..., ensure_ascii=False) builds a new encoder per call.
_JSON_LINE = json.JSONEncoder(ensure_ascii=False)
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
    """Writes scan records one at a time (json buffers until :meth:`close`)."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt = check_format(fmt, FORMATS, "scan output")
        self.out = out
        self.buffer: list[dict[str, Any]] = []
        self.csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            self.csv = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
            self.csv.writeheader()

    def write(self, record: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.out.write(_JSON_LINE.encode(record) + "\n")
        elif self.csv is not None:
            row = dict(record)
            if isinstance(row.get("flags"), list):
                row["flags"] = ";".join(row["flags"])
            self.csv.writerow(safe_row(row))
        elif self.fmt == "json":
            self.buffer.append(record)
        elif record["record"] == "finding":
            fields = [record["location"], record["entity_type"], record["masked"], f"{record['score']:.2f}"]
            fields += [record["value"]] if "value" in record else []
            self.out.write("\t".join(printable(str(f)) for f in fields) + "\n")
        elif record["error"] or record["encrypted"] or record["flags"]:
            note = record["error"] or ("encrypted" if record["encrypted"] else ",".join(record["flags"]))
            self.out.write(f"{printable(str(record['location']))}\t[{printable(str(note))}]\n")

    def close(self) -> None:
        if self.fmt == "json":
            json.dump(self.buffer, self.out, ensure_ascii=False, indent=1)
            self.out.write("\n")
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
