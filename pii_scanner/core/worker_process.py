"""What every pool worker process does first, whoever made the pool (a scan or a sweep).

A worker waits for work on a queue its parent feeds. When the parent dies without closing the pool
(kill -9, the OOM killer, a crash in native code), nothing tells the worker: it would wait for ever,
holding its memory. A daemon thread watches the parent and ends the worker when it is gone. On
POSIX an orphan is re-parented, so ``os.getppid()`` changes; Windows does not re-parent, so there
the parent's process handle is waited on instead.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

_POLL_SECONDS = 1.0


def prepare_worker() -> None:
    """Reset what a forked worker inherited and start the parent watch (call from the pool's initializer)."""
    # A forked worker inherits the parent's SIGTERM handler (the CLI's raises KeyboardInterrupt): the
    # pool would catch that as a failed unit and go on with the next. Ending the pool must end it.
    if hasattr(signal, "SIGTERM") and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()
    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        _wait_for_windows_process(parent)
        os._exit(1)
    event = threading.Event()
    while not event.wait(_POLL_SECONDS):
        if os.getppid() != parent:
            os._exit(1)  # the parent is gone: nobody will read what this worker would produce


def _wait_for_windows_process(pid: int) -> None:  # pragma: no cover - Windows only
    import ctypes

    synchronize, infinite = 0x00100000, 0xFFFFFFFF
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(synchronize, False, pid)
    if not handle:
        threading.Event().wait()  # cannot watch it: never end the worker on a guess
    kernel32.WaitForSingleObject(handle, infinite)
