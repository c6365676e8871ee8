"""Search criteria are bounded, name variants are built in one pass, short keys are refused."""

from __future__ import annotations

import os
import subprocess

import pytest

from pii_scanner.access import subject as subject_mod
from pii_scanner.access.subject import MAX_CRITERION_CHARS, MAX_NAME_TOKENS, Subject, SubjectError
from pii_scanner.core.errors import ExitCode
from pii_scanner.core.privacy import Fingerprinter

FP = Fingerprinter(b"k" * 32)


@pytest.mark.parametrize(
    ("kwargs", "option"),
    [
        ({"name": "Jens " * 25_000}, "--name"),  # a 100 KB name
        ({"name": "a" * (MAX_CRITERION_CHARS + 1)}, "--name"),
        ({"cpr": "0" * 10_000}, "--cpr"),
        ({"personnummer": "1" * 5_000}, "--personnummer"),
        ({"email": "x" * 300 + "@firma.dk"}, "--email"),
        ({"phone": "1" * 1_000}, "--phone"),
        ({"cpr": ["070761-4285"] * 21}, "--cpr"),
    ],
)
def test_oversized_criteria_are_one_clear_error(kwargs: dict[str, object], option: str) -> None:
    with pytest.raises(SubjectError) as info:
        Subject.of(**kwargs).key(FP)  # type: ignore[arg-type]
    message = str(info.value)
    assert option in message and "at most" in message and len(message) < 120


def test_too_many_name_parts() -> None:
    name = " ".join(f"Navn{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(MAX_NAME_TOKENS + 1))
    with pytest.raises(SubjectError, match="parts"):
        Subject.of(name=name).key(FP)


def test_name_variants_read_the_name_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = subject_mod.legacy_tokens

    def counting(name: str) -> list[str]:
        calls.append(name)
        return real(name)

    monkeypatch.setattr(subject_mod, "legacy_tokens", counting)
    key = Subject.of(name="Anna Maria Sofie Louise Kjærgaard Østergaard Hansen Berg").key(FP)
    assert len(key.names[0].tokens) == 8
    assert len(calls) == 1  # per name, not per token (quadratic before)


def test_search_cli_refuses_huge_name(cli: list[str], tmp_path: object) -> None:
    db = f"{tmp_path}/i.sqlite"
    huge = "Hansen " * 15_000
    run = subprocess.run([*cli, "search", "--name", huge, "--db", db], capture_output=True, text=True, timeout=120)
    assert run.returncode == ExitCode.USAGE, run.stderr
    assert "Hansen" not in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("key", ["Q", "fifteen-bytes!!"])
def test_short_key_is_exit_2_one_line(cli: list[str], tmp_path: object, key: str) -> None:
    env = {**os.environ, "PII_SCANNER_KEY": key}
    target = f"{tmp_path}/a.txt"
    with open(target, "w", encoding="utf-8") as fh:
        fh.write("CPR 070761-4285\n")
    run = subprocess.run([*cli, "scan", target, "--no-ner"], capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 2, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "at least 16 bytes" in run.stderr
    assert f'"{key}' not in run.stderr and key[:5] not in run.stderr.replace("PII_SCANNER_KEY", "")
