"""The garbage collector held off while a CLI process starts, then the start-up's objects frozen.

Start-up builds long-lived objects by the hundred thousand (modules, the engine's and classifiers'
tables) and almost no garbage cycles; the collector's passes over them are a fifth of a short scan's
CPU. ``hold()`` (the CLI, before a verb runs) switches it off; ``settle()`` (once the scan's
Processor is built, or at once for any other verb) moves what exists to the permanent generation
with ``gc.freeze()``, so that later full collections do not walk the tables again for every item,
and switches the collector back on. Reference counting frees everything as before meanwhile: only
cycles wait. A library user never calls ``hold()``, so ``settle()`` is then a no-op.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Switch the collector off until ``settle()`` (only when it was on: never turns it on later by mistake)."""
    global _held  # one process-wide state, like the collector's own
    if gc.isenabled() and not _held:
        gc.disable()
        _held = True


def settle() -> None:
    """End of start-up: freeze what exists and switch the collector back on, if ``hold()`` switched it off."""
    global _held  # as hold()
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def held() -> bool:
    """Whether ``hold()`` is in force (for tests and callers that must not leave it on)."""
    return _held
