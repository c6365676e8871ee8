"""`pii-scanner scan --format jsonl` reports PERSON findings for Danish and Swedish text, with no
model installed (offline recognizer) and with a model given by path (--ner-model or config)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from pii_scanner.cli.main import main

DA = "Kære Mette,\n\nJens Hansen bor i Odense og arbejder hos Mærsk .\n\nMed venlig hilsen\nKarin Holm\n"
SV = "Hej Karin,\n\nTack för mötet.\n\nMed vänliga hälsningar\nAnders Berg\n"


def scan(cli: list[str], *args: str) -> list[dict[str, Any]]:
    # In this process (the command's own entry point): a process per scan started Python and spaCy and
    # loaded the pipeline again each time. The exit codes and messages of a failed run are tested by
    # starting the command below.
    result = CliRunner().invoke(main, ["scan", *args, "--format", "jsonl", "--workers", "1"])
    assert result.exit_code in (0, 1), (result.stderr, result.exception)
    return [json.loads(line) for line in result.stdout.splitlines()]


def persons(records: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [
        r for r in records if r["record"] == "finding" and r["entity_type"] == "PERSON" and r["path"].endswith(name)
    ]


def test_scan_without_model(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "da.txt").write_text(DA, encoding="utf-8")
    (tmp_path / "sv.txt").write_text(SV, encoding="utf-8")
    records = scan(cli, str(tmp_path / "da.txt"), str(tmp_path / "sv.txt"))
    da, sv = persons(records, "da.txt"), persons(records, "sv.txt")
    assert [DA[r["start"] : r["end"]] for r in da] == ["Mette", "Jens Hansen", "Karin Holm"]
    assert [SV[r["start"] : r["end"]] for r in sv] == ["Karin", "Anders Berg"]
    assert all(r["explanation"]["recognizer"] == "ner_fallback" and "value" not in r for r in da + sv)
    items = {r["path"].rsplit("/", 1)[-1]: r for r in records if r["record"] == "item"}
    assert items["da.txt"]["languages"] == ["da"] and items["sv.txt"]["languages"] == ["sv"]


def test_scan_with_model_by_path(cli: list[str], tmp_path: Path, tiny_model: Path) -> None:
    (tmp_path / "da.txt").write_text(DA, encoding="utf-8")
    records = scan(cli, str(tmp_path / "da.txt"), "--ner-model", f"da={tiny_model}")
    found = persons(records, "da.txt")
    assert "Jens Hansen" in [DA[r["start"] : r["end"]] for r in found]
    assert {r["explanation"]["recognizer"] for r in found} == {"spacy"}
    config = tmp_path / "scan.toml"
    config.write_text(f'[scan.ner]\npipelines = {{ da = "{tiny_model}" }}\n', encoding="utf-8")
    again = persons(scan(cli, str(tmp_path / "da.txt"), "--config", str(config)), "da.txt")
    assert [(r["start"], r["end"]) for r in again] == [(r["start"], r["end"]) for r in found]


def test_scan_with_missing_model_fails_clearly(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "da.txt").write_text(DA, encoding="utf-8")
    proc = subprocess.run(
        [*cli, "scan", str(tmp_path / "da.txt"), "--ner-model", "da=da_core_news_zz"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 2
    assert "not installed" in proc.stderr and "Traceback" not in proc.stderr


def test_scan_combines_pipeline_and_offline_finder(cli: list[str], tmp_path: Path, ruler: Path) -> None:
    text = (
        "Kære Karin,\n\nJens Hansen har talt med Maja Lund om kontrakten, og vi sender den til jer i "
        "morgen, når vi har læst den igennem.\n\nMed venlig hilsen\nZeynep Yıldız\n"
    )
    (tmp_path / "da.txt").write_text(text, encoding="utf-8")
    both = persons(scan(cli, str(tmp_path / "da.txt"), "--ner-model", f"da={ruler}"), "da.txt")
    assert [(text[r["start"] : r["end"]], r["explanation"]["recognizer"]) for r in both] == [
        ("Karin", "spacy"),
        ("Jens Hansen", "spacy"),
        ("Zeynep Yıldız", "ner_fallback"),  # the pipeline's ORG "Maja Lund" is not claimed
    ]
    config = tmp_path / "scan.toml"
    config.write_text(f'[scan.ner]\npipelines = {{ da = "{ruler}" }}\ncombine = "pipeline"\n', encoding="utf-8")
    alone = persons(scan(cli, str(tmp_path / "da.txt"), "--config", str(config)), "da.txt")
    assert [text[r["start"] : r["end"]] for r in alone] == ["Karin", "Jens Hansen"]
    config.write_text(f'[scan.ner]\npipelines = {{ da = "{ruler}" }}\ncombine = "both"\n', encoding="utf-8")
    proc = subprocess.run(
        [*cli, "scan", str(tmp_path / "da.txt"), "--config", str(config)], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 2 and "combine" in proc.stderr and "Traceback" not in proc.stderr
