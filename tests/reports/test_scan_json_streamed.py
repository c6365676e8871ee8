"""``scan --format json`` writes its array as the records come: the same bytes as dumping the whole
list at the end, without holding every record of the scan (millions for a large file) until then."""

from __future__ import annotations

import io
import json
import random
from typing import Any

from pii_scanner.reports.scan_output import ScanWriter


def _dumped(records: list[dict[str, Any]]) -> str:
    """What the json format wrote when it kept every record and dumped them at the end."""
    out = io.StringIO()
    json.dump(records, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return out.getvalue()


def _written(records: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = ScanWriter("json", out)
    for record in records:
        writer.write(record)
    writer.close()
    return out.getvalue()


def _value(rng: random.Random, depth: int) -> Any:
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.randint(-(10**12), 10**12)
    if kind == 3:
        return rng.choice([0.0, 1.5, -2.25, 1e-9, 0.1 + 0.2, float("inf")])
    if kind in (4, 5):
        return "".join(rng.choice('ab æøå\n\t"\\/\u2028\x00é€😀 ,:[]{}') for _ in range(rng.randint(0, 12)))
    if kind == 6:
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {f"k{n}\n": _value(rng, depth + 1) for n in range(rng.randint(0, 3))}


def test_the_streamed_array_is_the_dumped_array_byte_for_byte() -> None:
    rng = random.Random(14)
    assert _written([]) == _dumped([]) == "[]\n"
    for _ in range(300):
        records = [
            {"record": rng.choice(["item", "finding"]), **{f"f{n}": _value(rng, 0) for n in range(rng.randint(0, 8))}}
            for _ in range(rng.randint(1, 6))
        ]
        assert _written(records) == _dumped(records)


def test_records_are_written_as_they_come_not_held_until_close() -> None:
    out = io.StringIO()
    writer = ScanWriter("json", out)
    for n in range(1000):
        writer.write({"record": "finding", "start": n, "masked": "010190-XXXX"})
        # Every record written so far is in the output already: none is kept back for close().
        assert out.getvalue().count('"record"') == n + 1
    assert not any(isinstance(v, list) and v for v in vars(writer).values())  # no list of records held
    writer.close()
    assert len(json.loads(out.getvalue())) == 1000
