"""``demo --workdir`` recreates its folder: only a folder a demo made, or an empty one, is ever deleted.

Found by trust5a's hunt: ``pii-scanner demo --workdir ~/Documents`` removed the folder with everything in it
(``shutil.rmtree``) and put the samples there, exit 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from pii_scanner.core.errors import ConfigError
from pii_scanner.samples.demo import _copy_samples


def test_a_folder_with_the_users_files_is_refused_and_kept(tmp_path: Path) -> None:
    (tmp_path / "thesis.txt").write_text("important\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="did not make"):
        _copy_samples(tmp_path)
    assert (tmp_path / "thesis.txt").read_text(encoding="utf-8") == "important\n"


def test_a_demo_folder_and_an_empty_one_are_recreated(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    _copy_samples(empty)
    assert (empty / "samples").is_dir()
    _copy_samples(empty)  # only the demo's own names: a demo stopped before it wrote sweep.toml
    (empty / "sweep.toml").write_text("# written by pii-scanner demo\n", encoding="utf-8")
    (empty / "minimisation-report.html").write_text("<html>", encoding="utf-8")
    _copy_samples(empty)
    assert not (empty / "minimisation-report.html").exists()
