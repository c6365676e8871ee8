"""``~`` and ``~user`` in paths a user typed (``--db``, ``[store] db``, ``[[sources]] paths``, secret files).

``Path.expanduser`` raises RuntimeError for a user who does not exist (or no home folder): that was
exit 70, "a bug". Here it is the configuration error it is: one line, exit 2.
"""

from __future__ import annotations

from pathlib import Path

from pii_scanner.core.errors import ConfigError


def expand_user(path: str | Path) -> Path:
    """``path`` with a leading ``~``/``~user`` expanded; ConfigError when it cannot be.

    >>> expand_user("/srv/share")
    PosixPath('/srv/share')
    """
    try:
        return Path(path).expanduser()
    except RuntimeError:
        user = str(path).split("/", 1)[0].split("\\", 1)[0]
        raise ConfigError(f"{user}: no such user or no home folder (in the path {path})") from None
