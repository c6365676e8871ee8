"""A retention policy whose jurisdiction a category's period table has no entry for (`jurisdiction: XX`, a table
keyed `DNK`) was read: the period fell back to none, "continuous", so no item of it was ever flagged past its
retention, with not a word. `{DK: 5y, SE: continuous}` says so on purpose and stays. A YAML alias inside itself
(`a: &a [*a]`) stopped the sweep as an internal error (exit 70). Each is one line, exit 2, now."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pii_scanner.cli.main import main
from pii_scanner.core.errors import ConfigError
from pii_scanner.policy.retention import load_policy

CAT = "categories: {files: {period: {DK: 5y, SE: 7y}}}\ndefault: files\n"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (CAT + "jurisdiction: XX\n", "no period for jurisdiction XX"),
        (CAT + "jurisdiction: DNK\n", "no period for jurisdiction DNK"),
        ("categories: {files: {period: {DNK: 5y}}}\ndefault: files\n", "no period for jurisdiction DK"),
        ("jurisdiction: SE\ncategories: {files: {period: {dk: 5y, Sweden: 7y}}}\n", "no period for jurisdiction SE"),
        ("a: &a [*a, *a]\n" + CAT, "itself"),
        ("categories: &c {files: {period: 5y, x: *c}}\n", "itself"),
    ],
)
def test_a_policy_that_would_flag_nothing_or_cannot_be_read_is_refused(tmp_path: Path, text: str, words: str) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=words):
        load_policy(policy)
    share = tmp_path / "share"
    share.mkdir()
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[retention]\npolicy = "{policy}"\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{share}"]\n',
        encoding="utf-8",
    )
    run = CliRunner().invoke(main, ["sweep", "--config", str(config), "--db", str(tmp_path / "i.db")])
    assert run.exit_code == 2, run.output
    assert "internal_error" not in run.output and "Traceback" not in run.output


@pytest.mark.parametrize("jurisdiction", ["DK", "se", "Se"])
def test_the_known_jurisdictions_and_a_default_period_are_read(tmp_path: Path, jurisdiction: str) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        f"jurisdiction: {jurisdiction}\ncategories: {{files: {{period: {{default: 3y, dk: 5y}}}}}}\ndefault: files\n",
        encoding="utf-8",
    )
    read = load_policy(policy)
    assert read.period("files") == ("5y" if jurisdiction.upper() == "DK" else "3y")


def test_a_sweeps_jurisdiction_without_a_period_is_refused(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("categories: {files: {period: {DK: 5y}}}\ndefault: files\n", encoding="utf-8")
    assert load_policy(policy).period("files") == "5y"
    with pytest.raises(ConfigError, match="no period for jurisdiction SE"):
        load_policy(policy, "SE")
    policy.write_text("categories: {files: {period: {DK: 5y, SE: continuous}}}\n", encoding="utf-8")
    assert load_policy(policy, "SE").period("files") is None


def test_a_sources_jurisdiction_without_a_period_stops_the_sweep_before_the_index(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("categories: {files: {period: {DK: 5y}}}\ndefault: files\n", encoding="utf-8")
    share = tmp_path / "share"
    share.mkdir()
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[retention]\npolicy = "{policy}"\n[[sources]]\ntype = "paths"\nname = "s"\npaths = ["{share}"]\n'
        'jurisdiction = "SE"\n',
        encoding="utf-8",
    )
    run = CliRunner().invoke(main, ["sweep", "--config", str(config), "--db", str(tmp_path / "i.db")])
    assert run.exit_code == 2 and "no period for jurisdiction SE" in run.output, run.output
    assert not (tmp_path / "i.db").exists()
