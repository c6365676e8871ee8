"""A cache folder or file that someone else could have written is never used: whoever writes there would
decide what the scanner finds (the regex cache holds engine code). Planted files are valid cache files
(right key, right checksum), so only the ownership, mode and link checks stand between them and a scan."""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from pii_scanner.core import data_cache, regex_cache

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX owner and mode checks")

_PLANTED = {"health": ["planted"]}
_REAL = {"health": ["depression"]}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "home" / "cache"
    where.parent.mkdir(mode=0o700)
    monkeypatch.setenv("PII_SCANNER_CACHE_DIR", str(where))
    monkeypatch.setattr(data_cache, "_told", set())
    return where


def _plant(value: object = _PLANTED) -> None:
    data_cache.keep("t", (b"k",), value)


def _used() -> object:
    return data_cache.remembered("t", (b"k",), lambda: _REAL)


def _other_user(path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root")
    os.chown(path, 65534, -1, follow_symlinks=False)


def test_the_planted_file_is_used_when_the_folder_is_trusted(folder: Path) -> None:
    # the attack the other tests refuse: a valid file is served as is
    _plant()
    assert _used() == _PLANTED


@pytest.mark.parametrize(
    "loosen",
    [
        pytest.param(lambda f: f.chmod(0o770), id="folder-group-writable"),
        pytest.param(lambda f: f.chmod(0o707), id="folder-other-writable"),
        pytest.param(lambda f: next(f.glob("t-*.bin")).chmod(0o620), id="file-group-writable"),
        pytest.param(lambda f: next(f.glob("t-*.bin")).chmod(0o602), id="file-other-writable"),
        pytest.param(lambda f: f.parent.chmod(0o777), id="parent-writable-by-all"),
        pytest.param(lambda f: f.parent.chmod(0o775), id="parent-group-writable"),
        pytest.param(_other_user, id="folder-of-another-user"),
        pytest.param(lambda f: _other_user(next(f.glob("t-*.bin"))), id="file-of-another-user"),
        pytest.param(lambda f: _other_user(f.parent), id="parent-of-another-user"),
    ],
)
def test_a_folder_or_file_others_could_write_is_not_used(
    folder: Path, loosen: Callable[[Path], None], caplog: pytest.LogCaptureFixture
) -> None:
    _plant()
    loosen(folder)
    with caplog.at_level(logging.WARNING):
        assert _used() == _REAL
        assert _used() == _REAL
    lines = [r.getMessage() for r in caplog.records if r.name == data_cache.__name__]
    assert len(lines) == 1 and lines[0].startswith("data cache not used: ")  # once per reason and process
    assert str(folder.parent) not in lines[0] and "home" not in lines[0]  # no path: it may name the user


def test_a_sticky_world_writable_parent_is_fine(folder: Path) -> None:
    _plant()
    folder.parent.chmod(0o1777)  # like /tmp: nobody can rename or remove another's entries
    assert _used() == _PLANTED


def test_a_symlinked_cache_folder_is_not_used(folder: Path, tmp_path: Path) -> None:
    _plant()
    elsewhere = tmp_path / "home" / "elsewhere"
    folder.rename(elsewhere)
    folder.symlink_to(elsewhere)
    assert _used() == _REAL
    assert not folder.is_symlink() or not list(elsewhere.glob(".tmp-*"))


def test_a_symlinked_cache_file_is_not_used(folder: Path, tmp_path: Path) -> None:
    _plant()
    (file,) = folder.glob("t-*.bin")
    target = tmp_path / "home" / "planted.bin"
    file.rename(target)
    file.symlink_to(target)
    assert _used() == _REAL


def test_a_fifo_planted_as_a_cache_file_does_not_hang(folder: Path) -> None:
    _plant()
    (file,) = folder.glob("t-*.bin")
    file.unlink()
    os.mkfifo(file, 0o600)
    assert _used() == _REAL


def test_a_written_file_is_only_the_users(folder: Path) -> None:
    _used()
    (file,) = folder.glob("t-*.bin")
    assert file.stat().st_mode & 0o077 == 0 and folder.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("cut", [0, 10, 40, 60, -1])
def test_a_truncated_file_is_rebuilt(folder: Path, cut: int) -> None:
    _used()
    (file,) = folder.glob("t-*.bin")
    file.write_bytes(file.read_bytes()[:cut])
    assert _used() == _REAL


def test_a_file_of_another_python_or_key_renamed_into_place_is_not_used(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as m:
        m.setattr(sys, "version", "3.99.0 (elsewhere)")
        _plant()
    (foreign,) = folder.glob("t-*.bin")
    data_cache.keep("t", (b"other key",), _PLANTED)
    other = next(f for f in folder.glob("t-*.bin") if f != foreign)
    _used()
    (mine,) = set(folder.glob("t-*.bin")) - {foreign, other}
    for planted in (foreign, other):
        mine.write_bytes(planted.read_bytes())
        assert marshal.loads(planted.read_bytes()[len(data_cache._FORMAT) + 64 :]) == _PLANTED
        assert _used() == _REAL


def test_planted_regex_code_is_not_run_from_a_loose_folder(folder: Path) -> None:
    source = r"(\d{6})-?(\d{4})"
    other = r"(\d{6})-?(\d{3})"  # same groups, other matches
    store = regex_cache._Store()
    planted = regex_cache._Store()
    planted.compile(other, 0)
    code = planted.fresh[(other, 0)]
    data_cache.keep("regex", store.key_parts(), {(source, 0): code})
    assert regex_cache._Store().compile(source, 0).findall("070761-4285") == [("070761", "428")]  # the attack
    folder.chmod(0o777)
    assert regex_cache._Store().compile(source, 0).findall("070761-4285") == [("070761", "4285")]


def _never_matching(folder: Path) -> None:
    """Replace the code of every cached pattern by code that never matches (same groups): a valid file."""
    (path,) = folder.glob("regex-*.bin")
    stored = path.read_bytes()
    head = len(data_cache._FORMAT) + 64
    key = stored[len(data_cache._FORMAT) : len(data_cache._FORMAT) + 32]
    table = marshal.loads(stored[head:])
    for (source, flags), code in list(table.items()):
        fake = regex_cache._Store()
        dead = "(?!)" + "()" * code[2]
        fake.compile(dead, flags)
        table[(source, flags)] = (code[0], fake.fresh[(dead, flags)][1], *code[2:])
    data = marshal.dumps(table)
    path.write_bytes(data_cache._FORMAT + key + hashlib.sha256(key + data).digest() + data)


def test_scan_ignores_planted_regex_code_in_a_loose_folder(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text(
        "Jens er sygemeldt. CPR 070761-4285, IBAN DK50 0040 0440 1162 43.\n", encoding="utf-8"
    )
    cache = tmp_path / "home" / "cache"
    cache.parent.mkdir(mode=0o700)
    env = {**os.environ, "PII_SCANNER_CACHE_DIR": str(cache)}
    args = [*cli, "scan", str(tmp_path / "c"), "--no-ner", "--format", "jsonl"]
    first = subprocess.run(args, capture_output=True, timeout=300, env=env)
    assert first.returncode == 1, first.stderr[-500:]
    _never_matching(cache)
    attacked = subprocess.run(args, capture_output=True, timeout=300, env=env)
    assert attacked.stdout != first.stdout  # the planted code is run from a trusted folder
    cache.chmod(0o777)
    again = subprocess.run(args, capture_output=True, timeout=300, env=env)
    assert again.returncode == 1, again.stderr[-500:]
    assert again.stdout == first.stdout
    said = [line for line in again.stderr.decode().splitlines() if "data cache not used" in line]
    assert said and all(str(tmp_path) not in line and "home" not in line for line in said)


def test_a_kept_none_is_read_back_not_rebuilt(folder: Path) -> None:
    built: list[int] = []

    def build() -> None:
        built.append(1)

    data_cache.remembered("t", (b"none",), build)
    data_cache.remembered("t", (b"none",), build)
    assert built == [1]
