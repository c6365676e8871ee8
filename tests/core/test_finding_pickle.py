"""Findings pickle as their fields (spilled to a FindingLog's file, sent back by pool workers): the
same finding comes back, without the frozen dataclass's per-object field look-ups."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from pii_scanner.core.model import Explanation, Finding


def _findings() -> list[Finding]:
    return [
        Finding(
            "DK_CPR",
            n,
            n + 11,
            0.5 + n / 1000,
            f"010190-{n:04d}",
            f"010190{n:04d}",
            Explanation("national_ids", "cpr", "valid" if n % 2 else None, ("cpr",) * (n % 3), ("fax",), ("x",)),
            "dashed" if n % 3 else None,
            None if n % 5 else "sheet:Løn",
        )
        for n in range(200)
    ]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_pickled_finding_comes_back_equal_with_every_field(protocol: int) -> None:
    findings = _findings()
    back = pickle.loads(pickle.dumps(findings, protocol=protocol))
    assert back == findings
    for a, b in zip(findings, back, strict=True):
        assert [getattr(a, f.name) for f in dataclasses.fields(Finding)] == [
            getattr(b, f.name) for f in dataclasses.fields(Finding)
        ]
        assert type(b) is Finding and type(b.explanation) is Explanation
    assert copy.copy(findings[3]) == findings[3] and copy.deepcopy(findings[4]) == findings[4]


def test_pickling_findings_looks_up_no_dataclass_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    # The dataclass's own __getstate__/__setstate__ call dataclasses.fields() for every finding and
    # explanation, in both directions: several microseconds per finding for a step that only copies.
    calls = 0
    real = dataclasses.fields

    def counted(obj: object) -> tuple[dataclasses.Field[object], ...]:
        nonlocal calls
        calls += 1
        return real(obj)  # type: ignore[arg-type]

    monkeypatch.setattr(dataclasses, "fields", counted)
    findings = _findings()
    assert pickle.loads(pickle.dumps(findings, protocol=pickle.HIGHEST_PROTOCOL)) == findings
    assert calls == 0
