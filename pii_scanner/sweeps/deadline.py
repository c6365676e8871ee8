"""A hard time limit per top-level item, enforced where the item is processed.

Extraction checks its own time budget between steps, but a read that blocks (a FIFO swapped in
after listing, a hung network mount) never returns to check it. Here:

- POSIX, main thread (process-pool workers, a one-process sweep): ``SIGALRM`` interrupts the
  blocking system call and raises :class:`ItemDeadlineExceeded` in the item's code.
- Anywhere else (Windows, Dask worker threads): the item runs in a helper thread that is abandoned
  when the deadline passes; it may stay blocked, but the worker goes on with the next item.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import TypeVar

T = TypeVar("T")


class ItemDeadlineExceeded(BaseException):
    """Raised inside a stuck item when its deadline passes (a BaseException, so that the broad
    ``except Exception`` of extractors cannot swallow it and carry on with the same item)."""


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def call_with_deadline(fn: Callable[[], T], seconds: float | None) -> T:
    """``fn()``, or ItemDeadlineExceeded once ``seconds`` have passed (None or <= 0: no limit)."""
    if seconds is None or seconds <= 0:
        return fn()
    if _can_alarm():
        return _with_alarm(fn, seconds)
    return _with_thread(fn, seconds)


def _with_alarm(fn: Callable[[], T], seconds: float) -> T:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise ItemDeadlineExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _with_thread(fn: Callable[[], T], seconds: float) -> T:
    values: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            values.append(fn())
        except BaseException as exc:  # handed to the caller's thread below
            errors.append(exc)

    worker = threading.Thread(target=run, name="pii-scanner-item", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise ItemDeadlineExceeded(seconds)  # the thread is abandoned, still blocked
    if errors:
        raise errors[0]
    return values[0]
