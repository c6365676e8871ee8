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


# A configuration or policy file is a few kilobytes; one named by mistake (/dev/zero, a disk image, a log
# growing without end) must not be read into memory until the process dies (exit 70, or the OOM killer).
SETTINGS_FILE_LIMIT = 16 * 1024 * 1024


def read_settings_file(path: str | Path, what: str, limit: int = SETTINGS_FILE_LIMIT) -> bytes:
    """The bytes of a configuration or policy file the user named; ConfigError (one line, exit 2) when it
    cannot be read, the path is not valid (a NUL) or it is larger than ``limit``. A pipe (``<(...)``) is
    fine."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc.strerror or exc}") from exc
    except ValueError:  # a NUL in the path
        raise ConfigError(f"cannot read {what} {str(path)!r}: not a valid path") from None
    if len(data) > limit:
        size = f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit // 1024} KiB"
        raise ConfigError(f"{what} {path} is larger than {size}: not a {what}")
    return data
