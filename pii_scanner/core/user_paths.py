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


def require_output_folder(output: str | Path) -> None:
    """The folder an output file or pack goes into must exist: every verb refuses a missing one (one line,
    exit 2) as ``scan -o`` does, never creating a tree of folders from a mistyped path.

    >>> require_output_folder("/no/such/folder/report.html")
    Traceback (most recent call last):
    pii_scanner.core.errors.ConfigError: /no/such/folder: no such folder for the output report.html
    """
    if str(output) == "-":
        return
    path = expand_user(output)
    folder = path.parent
    if not folder.is_dir():
        from pii_scanner.core.privacy import scrub  # identifiers in a path are masked in the message

        raise ConfigError(f"{scrub(str(folder))}: no such folder for the output {scrub(path.name)}")
