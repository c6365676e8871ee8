"""A retention policy file of the wrong shape is one line naming the file and the key, exit 2: never an
internal error (a list where a table belongs), and never a typo read as a missing condition (a rule whose
``pth:`` is ignored matches every item)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.resources import data_dir
from pii_scanner.policy.retention import load_policy

CAT = "categories: {files: {period: 5y}}\n"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("categories: 5\n", "categories: expected a table"),
        ("categories: {files: 5}\n", "categories.files: expected a table"),
        ("categories: {files: {period: 5}}\n", "categories.files.period: expected a text in quotes or a table"),
        ("categories: {files: {perod: 5y}}\n", "categories.files.perod: unknown key; did you mean period?"),
        ("categoris: {files: {period: 5y}}\n", "categoris: unknown key; did you mean categories?"),
        (CAT + "rules: 5\n", "rules: expected a list"),
        (CAT + "rules: [5]\n", "rules[0]: expected a table"),
        (CAT + "rules: [{category: files, pth: '**/x/**'}]\n", "rules[0].pth: unknown key; did you mean path?"),
        (CAT + "rules: [{path: '**/x/**'}]\n", "rules[0]: expected category"),
        (CAT + "rules: [{category: files, path: 5}]\n", "rules[0].path: expected a text in quotes"),
        (CAT + "registers: [{category: files, sql: {url: 'sqlite://'}}]\n", "registers[0].sql: expected query"),
        (CAT + "jurisdiction: [DK]\n", "jurisdiction: expected a text in quotes"),
    ],
)
def test_wrong_shape_is_one_config_error_naming_file_and_key(tmp_path: Path, text: str, words: str) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_policy(policy)
    message = str(raised.value)
    assert message.startswith(f"{policy}: ") and words in message and "\n" not in message, message


def test_empty_values_and_a_bare_category_still_read(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("categories:\n  files:\n  other: {period: 1y}\nrules:\n  - {category: files, anchor: }\n")
    assert set(load_policy(policy).categories) == {"files", "other"}


def test_the_shipped_policy_fits_the_schema() -> None:
    assert load_policy(data_dir("policies") / "retention.yaml").categories


def test_sweep_with_a_misspelt_policy_key_exits_2_before_reading(tmp_path: Path) -> None:
    (tmp_path / "share").mkdir()
    (tmp_path / "share" / "a.txt").write_text("Jens Hansen, CPR 070761-4285\n", encoding="utf-8")
    policy = tmp_path / "policy.yaml"
    policy.write_text(CAT + "rules: [{category: files, pth: '**'}]\n", encoding="utf-8")
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "i.sqlite3"}"\n[retention]\npolicy = "{policy}"\n'
        f'[[sources]]\ntype = "paths"\nname = "share"\npaths = ["{tmp_path / "share"}"]\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["sweep", "--config", str(config), "--no-ner"])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    record = json.loads(lines[0])
    assert record["event"] == "error" and "rules[0].pth: unknown key" in record["message"]
    assert not (tmp_path / "i.sqlite3").exists()
