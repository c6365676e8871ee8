"""Pure and compiled engines find the same on hostile ten- to twelve-digit texts (tests/detect/
engine_diff_fuzz.py, written apart from the kernel's own fuzz): with the installed build under
``python -X dev``, and with a build made here from native/ with AddressSanitizer/UBSan."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from pii_scanner.detect import fastpath
from tests.detect.test_fastpath import IN_CI, _native_files, _sanitizer_libraries

ROOT = Path(__file__).resolve().parents[2]


def _env(extra: dict[str, str] | None = None, first: Path | None = None) -> dict[str, str]:
    path = [str(first)] if first else []
    path += [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(path), **(extra or {})}


@pytest.mark.skipif(fastpath.compiled_kernel() is None and not IN_CI, reason="no compiled kernel installed")
def test_engines_agree_on_hostile_texts_under_python_dev_mode() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-m", "tests.detect.engine_diff_fuzz", "300"],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        env=_env(),
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"


def test_engines_agree_on_a_sanitizer_build(tmp_path: Path) -> None:
    libraries = _sanitizer_libraries()
    if libraries is None:
        pytest.skip("gcc with libasan/libubsan is not installed (./run installs gcc)")
    digest = hashlib.sha256()
    for path in _native_files():  # the hash native/setup.py builds in, so fastpath uses this build
        digest.update(path.name.encode() + b"\0" + path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    target = tmp_path / f"pii_scanner_native{sysconfig.get_config_var('EXT_SUFFIX')}"
    flags = ["-shared", "-fPIC", "-g", "-O1", "-fno-omit-frame-pointer", "-fsanitize=address,undefined"]
    sources = [str(p) for p in _native_files() if p.suffix == ".c"]
    define = f'-DKERNEL_SOURCE="{digest.hexdigest()[:16]}"'
    include = f"-I{sysconfig.get_paths()['include']}"
    built = subprocess.run(
        ["gcc", *flags, include, define, *sources, "-o", str(target)], capture_output=True, text=True, timeout=300
    )
    assert built.returncode == 0, built.stderr
    env = _env(
        {
            "LD_PRELOAD": ":".join(libraries),
            "PYTHONMALLOC": "malloc",
            "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=1",
            "UBSAN_OPTIONS": "halt_on_error=1:print_stacktrace=1",
        },
        first=tmp_path,
    )
    check = "from pii_scanner.detect import fastpath; import pii_scanner_native as n; "
    check += "print(n.__file__, fastpath.compiled_kernel() is not None)"
    where = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env, timeout=120)
    assert where.stdout.split() == [str(target), "True"], where.stderr[-2000:]  # this build, and in use
    done = subprocess.run(
        [sys.executable, "-m", "tests.detect.engine_diff_fuzz", "120"],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "ok"
