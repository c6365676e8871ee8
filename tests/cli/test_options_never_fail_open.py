"""Options and settings that made every scan report nothing (exit 0, "clean") whatever the files held are
usage or configuration errors (exit 2, one line): ``--min-score`` above 1 or NaN, ``--entities`` with a
typo or nothing in it, ``entities = []`` in a config file; ``--max-ratio nan`` and ``--time-budget inf``
(which turned the zip bomb and time limits off) likewise. A scheduler counts 0 as success."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from pii_scanner.core.config import DetectConfig, ScanConfig
from pii_scanner.core.errors import ConfigError
from tests.helpers.cli_inprocess import run_cli

CPR = "070761-4285"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(f"Kunde CPR {CPR}\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "options",
    [
        ["--min-score", "nan"],
        ["--min-score", "1.5"],
        ["--min-score", "inf"],
        ["--min-score", "-0.1"],
        ["--entities", "DK_CRP"],
        ["--entities", ","],
        ["--entities", CPR.replace("-", "")],
        ["--max-ratio", "nan"],
        ["--time-budget", "inf"],
        ["--skip-types", "*/*"],  # every item skipped
        ["--skip-types", "audio/*,**/*"],
        ["--entities", "PERSON"],  # names only, and --no-ner
    ],
)
def test_an_option_that_would_find_nothing_is_a_usage_error(folder: Path, options: list[str]) -> None:
    done = run_cli("scan", str(folder), "--no-ner", *options)
    assert done.returncode == 2, (options, done.returncode, done.stderr[-300:])
    assert done.stdout == b"" and b"Traceback" not in done.stderr
    assert b"4285" not in done.stderr  # a value typed by mistake is never echoed when it is no entity name


def test_a_typo_in_an_entity_names_the_nearest(folder: Path) -> None:
    done = run_cli("scan", str(folder), "--entities", "DK_CRP")
    assert b"did you mean DK_CPR?" in done.stderr


def test_an_empty_entity_list_in_a_config_file_is_exit_2(folder: Path, tmp_path: Path) -> None:
    config = tmp_path / "scan.toml"
    config.write_text("[scan.detect]\nentities = []\n", encoding="utf-8")
    done = run_cli("scan", str(folder), "--config", str(config))
    assert done.returncode == 2 and b"entities" in done.stderr and done.stdout == b""


@pytest.mark.parametrize("options", [["--min-score", "0.9"], ["--entities", "dk_cpr"], ["--min-score", "0"]])
def test_sound_options_still_find(folder: Path, options: list[str]) -> None:
    done = run_cli("scan", str(folder), "--no-ner", "--workers", "1", *options)
    assert done.returncode == 1, done.stderr[-300:]


@pytest.mark.parametrize("score", [math.nan, 1.01, -1.0, math.inf])
def test_the_library_refuses_a_threshold_nothing_passes(score: float) -> None:
    with pytest.raises(ConfigError, match="min_score"):
        ScanConfig().with_(detect__min_score=score)


def test_the_library_refuses_no_entities() -> None:
    with pytest.raises(ConfigError, match="entities"):
        DetectConfig(entities=())


@pytest.mark.parametrize(
    "toml",
    [
        '[scan.limits]\nskip_types = ["*/*"]\n',
        '[scan.detect]\nentities = ["PERSON"]\n[scan.ner]\nenabled = false\n',
    ],
)
def test_a_config_file_that_would_find_nothing_is_exit_2(
    cli: list[str], folder: Path, tmp_path: Path, toml: str
) -> None:
    config = tmp_path / "scan.toml"
    config.write_text(toml, encoding="utf-8")
    done = run_cli("scan", str(folder), "--config", str(config))
    assert done.returncode == 2 and done.stdout == b"" and b"nothing" in done.stderr, done.stderr[-300:]


def test_names_only_with_name_recognition_on_still_runs() -> None:
    assert ScanConfig().with_(detect__entities=("PERSON",)).ner.enabled
    with pytest.raises(ConfigError, match="name recognition is off"):
        ScanConfig().with_(detect__entities=("PERSON",), ner__enabled=False)
