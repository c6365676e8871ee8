"""The compiled word pass (native/pii_scanner_terms.c) fuzzed by someone who did not write it: built
here from the C source (plain and with AddressSanitizer/UBSan), then driven by tests/classify/
terms_fuzz.py under ``python -X dev`` and under the sanitizers. Needs gcc (./run installs it)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.detect.test_fastpath import _sanitizer_libraries

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "native" / "pii_scanner_terms.c"


def _build(target_dir: Path, *flags: str) -> Path:
    if _sanitizer_libraries() is None:
        pytest.skip("gcc with libasan/libubsan is not installed (./run installs gcc)")
    digest = hashlib.sha256(SOURCE.read_bytes().replace(b"\r\n", b"\n")).hexdigest()[:16]
    target = target_dir / f"pii_scanner_terms{sysconfig.get_config_var('EXT_SUFFIX')}"
    include = sysconfig.get_paths()["include"]
    built = subprocess.run(
        [
            "gcc",
            "-shared",
            "-fPIC",
            *flags,
            f"-I{include}",
            f'-DTERMS_SOURCE="{digest}"',
            str(SOURCE),
            "-o",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    return target


def _run(target: Path, args: list[str], extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": f"{target.parent}{os.pathsep}{ROOT}", **(extra_env or {})}
    check = subprocess.run(
        [sys.executable, "-c", "import pii_scanner_terms as t; print(t.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert check.stdout.strip() == str(target), check.stderr  # the build made here, not an installed one
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=900)


def test_word_pass_fuzz_under_python_dev_mode(tmp_path: Path) -> None:
    target = _build(tmp_path, "-O2")
    done = _run(target, ["-X", "dev", "-m", "tests.classify.terms_fuzz", "300"])
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"


def test_word_pass_fuzz_under_address_sanitizer(tmp_path: Path) -> None:
    libraries = _sanitizer_libraries()
    assert libraries is not None
    target = _build(tmp_path, "-g", "-O1", "-fno-omit-frame-pointer", "-fsanitize=address,undefined")
    env = {
        "LD_PRELOAD": ":".join(libraries),
        "PYTHONMALLOC": "malloc",  # one malloc per object: ASan sees each string's bounds
        "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=1",
        "UBSAN_OPTIONS": "halt_on_error=1:print_stacktrace=1",
    }
    done = _run(target, ["-m", "tests.classify.terms_fuzz", "150"], env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"


MUTATING_FLAG = """
import pii_scanner_terms as t
words = ["abc"] * 50 + ["x" * 1000]
class Flag:
    def __index__(self):
        words.clear()  # a flag object that changes the lists while build() reads them
        return 1
try:
    t.build(words, [1] * 10 + [Flag()] + [1] * 40)
except (TypeError, ValueError):
    pass
print("ok")
"""


def test_build_survives_a_flag_that_changes_the_lists(tmp_path: Path) -> None:
    target = _build(tmp_path, "-O2")
    done = _run(target, ["-X", "dev", "-c", MUTATING_FLAG])
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
