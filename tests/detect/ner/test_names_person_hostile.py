"""``pii_scanner_names.person(cls, ...)`` makes an instance without calling ``cls``: any class other than a
plain Python class built by ``object.__new__`` is left half-made (its own constructor never ran) and the
interpreter crashed when it was set up or freed. The README promises bad arguments raise, never crash: such
a class is refused with TypeError."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("pii_scanner_names")

SCRIPT = """
import gc, sys
import pii_scanner_names as m
cls = eval(sys.argv[1])
try:
    made = m.person(cls, 1, 2, 0.5, "v", "n", None)
    repr(made)
    del made
    gc.collect()
except TypeError:
    pass
else:
    raise SystemExit("made a half-made instance")
"""

CRASHING = [
    "memoryview",
    "BaseException",
    "__import__('decimal').Decimal",
    "__import__('functools').partial",
    "type(len)",
    "type(lambda: 0)",
    "__import__('weakref').ref",
    "slice",
    "range",
    "__import__('datetime').datetime",
]


@pytest.mark.parametrize("cls", CRASHING)
def test_person_of_a_class_it_cannot_make_raises_never_crashes(cls: str) -> None:
    done = subprocess.run([sys.executable, "-X", "dev", "-c", SCRIPT, cls], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-400:]
