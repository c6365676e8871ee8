"""Stop signals turned into an exception in the main thread, for `scan` (SIGTERM as Ctrl-C) and a sweep
(SIGTERM and SIGINT as SweepInterrupted): one handler with the two rules both need."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from types import FrameType


@contextlib.contextmanager
def raise_on_signals(signals: Sequence[int], error: Callable[[int], BaseException]) -> Iterator[list[int]]:
    """While inside, each of ``signals`` raises ``error(signum)`` once; yields the signals received.

    The raise can land where it is swallowed (a finaliser, a plug-in's ``except BaseException``), so the
    caller can look at the yielded list before it does more. Outside the main thread nothing is installed.
    """
    fired: list[int] = []
    if not signals or threading.current_thread() is not threading.main_thread():
        yield fired
        return
    owner = os.getpid()

    def handler(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != owner:
            # A pool worker forked while this was installed and stopped before it reset the handler
            # (still starting): it ends by the signal, quietly, as a worker should.
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        if fired:  # a second signal during cleanup must not break the cleanup
            return
        fired.append(signum)
        raise error(signum)

    previous = {sig: signal.signal(sig, handler) for sig in signals}
    try:
        yield fired
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
