"""The configuration object passed down every stage. No global mutable settings: build one, pass it.

Sections mirror the stages. ``load_config`` reads the TOML file used by ``pii-scanner sweep --config``;
unknown keys are an error so that typos do not silently fall back to defaults.
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pii_scanner.core.config_paths import anchored_document, config_folder
from pii_scanner.core.config_schema import (
    FAST_PATH_SETTINGS,
    INTERNAL,
    SweepFile,
    check_document,
    check_setting,
    check_table,
)
from pii_scanner.core.entities import DEFAULT_ENTITIES as DEFAULT_ENTITIES  # re-exported
from pii_scanner.core.entities import NER_ENTITIES
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.model import Origin
from pii_scanner.core.user_paths import read_settings_file

_TYPE_PATTERN = re.compile(r"[A-Za-z0-9*][A-Za-z0-9!#$&^_.+*-]{0,126}/[A-Za-z0-9*][A-Za-z0-9!#$&^_.+*-]{0,126}")


@dataclass(frozen=True)
class DetectConfig:
    entities: tuple[str, ...] = DEFAULT_ENTITIES
    min_score: float = 0.5
    context_window: int = 40  # characters looked at before and after a match for context words
    chunk_size: int = 1 << 20  # characters per detection chunk (bounded memory, linear time)
    languages: tuple[str, ...] = ("da", "sv", "nb", "fi", "en")
    ocr_tolerant: bool = True  # accept OCR-split digit groups ("0101 90-1234") for national IDs
    recognizers_dir: str | None = None  # override the shipped recognizers/ data folder
    # "auto": the compiled per-candidate steps when installed (native/); "off": pure Python. Same findings.
    fast_path: str = "auto"
    # The learned second opinion on each special category the rules set (classify/category_model.py): a category
    # it finds unlikely is dropped, and evidence carries its probability as the confidence. False: the rules alone.
    category_model: bool = True

    def __post_init__(self) -> None:
        if self.fast_path not in FAST_PATH_SETTINGS:
            expected = ", ".join(FAST_PATH_SETTINGS)
            raise ConfigError(f"scan.detect.fast_path: expected one of {expected}, got {self.fast_path!r}")
        # Either would report every scan clean (exit 0) whatever it holds: a scheduler counts that success.
        if not self.entities:
            raise ConfigError("scan.detect.entities: expected at least one entity such as DK_CPR, got none")
        score = self.min_score
        if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 1:  # NaN too
            raise ConfigError(f"scan.detect.min_score: expected a number from 0 to 1, got {str(score)[:20]}")


@dataclass(frozen=True)
class NerConfig:
    enabled: bool = True
    # language code -> spaCy pipeline package name or path; empty = offline fallback recognizer
    pipelines: dict[str, str] = field(default_factory=dict)
    batch_size: int = 32
    max_chars: int = 100_000  # texts are split at sentence-ish boundaries below this size
    include_org: bool = False
    # With a pipeline: "confident" adds the offline finder's PERSON spans scoring at least
    # combine_min_score where the pipeline saw no entity; "pipeline" uses the pipeline alone.
    combine: str = "confident"
    combine_min_score: float = 0.7


@dataclass(frozen=True)
class LimitsConfig:
    max_file_size: int = 512 * 1024 * 1024
    stream_above: int = 32 * 1024 * 1024  # plain-text files larger than this are read in pieces
    # Findings of one item held in memory; beyond that they go to an encrypted temp file (FindingLog).
    findings_in_memory: int = 20_000
    max_depth: int = 10  # archive / attachment nesting
    max_ratio: float = 100.0  # expanded / compressed size (zip bombs)
    max_expanded: int = 1024 * 1024 * 1024  # total expanded bytes per top-level file
    time_budget: float = 120.0  # seconds per top-level file
    max_members: int = 100_000
    ocr: bool = True
    ocr_languages: str = "dan+swe+eng"
    ocr_dpi: int = 200
    # Content types the user chose not to read ("audio/*", "video/*", "font/*"): their items are recorded
    # with the flag ``skipped`` and the reason, never as read and clean. Empty: every type is read.
    skip_types: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for pattern in self.skip_types:
            if not isinstance(pattern, str) or not _TYPE_PATTERN.fullmatch(pattern):
                raise ConfigError(
                    f"scan.limits.skip_types: expected content types such as 'audio/*' or 'video/mp4', got {pattern!r}"
                )
            if not pattern.replace("*", "").replace("/", ""):  # "*/*": nothing would be read, every scan clean
                raise ConfigError(
                    f"scan.limits.skip_types: {pattern!r} skips every type, so nothing would be read; "
                    "list the types not to read, such as 'audio/*'"
                )


_SENSITIVITY_NAMES = {
    "personal": "personal",
    "private": "private",
    "confidential": "confidential",
    "company-confidential": "confidential",
}


_REQUIRED_PRIVATE_WORDS = ("privat", "private")


@dataclass(frozen=True)
class MailConfig:
    org_domains: tuple[str, ...] = ()  # empty: the sender's own domain counts as the organisation
    private_sensitivities: tuple[str, ...] = ("private",)
    private_words: tuple[str, ...] = ("privat", "private", "personligt", "personlig", "personal")
    inspect_private: bool = False
    inspect_private_reason: str | None = None

    def __post_init__(self) -> None:
        # Compared with the canonical lower-case names: "Private" or "private " must not read private mail.
        listed = []
        for value in self.private_sensitivities:
            name = _SENSITIVITY_NAMES.get(str(value).strip().casefold()) if isinstance(value, str) else None
            if name is None:
                raise ConfigError(
                    f"scan.mail.private_sensitivities: {str(value)[:40]!r} is not one of personal, private, "
                    "confidential"
                )
            listed.append(name)
        if "private" not in listed:
            # Private mail is read only under the audited exception (inspect_private with a reason).
            raise ConfigError(
                'scan.mail.private_sensitivities must list "private" (to read private mail use '
                "inspect_private with a reason)"
            )
        object.__setattr__(self, "private_sensitivities", tuple(dict.fromkeys(listed)))
        # A word with a stray blank (" Privat", "privat ") would never match a subject: compared stripped.
        # Full-width letters are read as the word they show, in the list as in the mail.
        words = tuple(unicodedata.normalize("NFKC", w).strip() if isinstance(w, str) else w for w in self.private_words)
        if any(not isinstance(w, str) or not any(c.isalnum() for c in w) for w in words):
            raise ConfigError('scan.mail.private_words: every entry must be a word such as "privat"')
        # Words may be added and the other languages' words taken out ("personal" is staff in Swedish), but
        # without privat and private the folder, subject and keyword marks would read private mail unaudited.
        folded = {w.casefold() for w in words if isinstance(w, str)}
        missing = " and ".join(f'"{w}"' for w in _REQUIRED_PRIVATE_WORDS if w not in folded)
        if missing:
            raise ConfigError(
                f"scan.mail.private_words must list {missing} (add words to it; to read private mail use "
                "inspect_private with a reason)"
            )
        object.__setattr__(self, "private_words", words)
        # Reading private mail is an audited exception: never without a stated reason.
        if not isinstance(self.inspect_private, bool):
            raise ConfigError("scan.mail.inspect_private: expected true or false")
        reason = self.inspect_private_reason
        if reason is not None and not isinstance(reason, str):
            raise ConfigError("scan.mail.inspect_private_reason: expected a string")
        if self.inspect_private and not (reason or "").strip():
            raise ConfigError("scan.mail.inspect_private = true needs a non-empty scan.mail.inspect_private_reason")


@dataclass(frozen=True)
class OutputConfig:
    show_values: bool = False
    context_chars: int = 20  # masked context kept around a finding in the index


@dataclass(frozen=True)
class SweepConfig:
    """How a sweep runs (not what it looks for): batching, liveness, safety valves."""

    batch_items: int = 64  # top-level items per write transaction (local) or per task (Dask)
    batch_seconds: float = 2.0  # a batch is written at least this often
    heartbeat_seconds: float = 60.0  # lock heartbeat ([store] lock_stale_seconds decides takeover)
    # A run that would mark more than this share of a source's live items removed is not applied
    # (an unmounted share often looks like an empty folder) unless removal is explicitly allowed.
    max_removed_share: float = 0.5
    allow_mass_removal: bool = False
    # Hard limit per top-level item, enforced by the worker (abandons a stuck read). None: twice
    # limits.time_budget, which extraction itself checks between steps.
    item_deadline: float | None = None


@dataclass(frozen=True)
class ErasedIdentifiers:
    """The erasure ledger's identifier fingerprints (keyed HMACs, never a value), so a sweep compares the
    text its workers hold with them (a restored copy in any written form). Filled by the sweep from the
    index, never from a configuration file; it travels with the configuration to every worker."""

    by_kind: tuple[tuple[str, tuple[str, ...]], ...]  # (cpr|personnummer|phone|email, sorted fingerprints)
    key_check: str  # the index key's HMAC of detect.known.LEDGER_KEY_CHECK: a worker keyed otherwise refuses
    # How many digits the erased phones are written with (their forms' counts; detect.known.phone_digit_counts):
    # only those digit strings are hashed. Empty: some entry's are unknown, every 5-14 digit string is.
    phone_digits: tuple[int, ...] = ()


@dataclass(frozen=True)
class ScanConfig:
    detect: DetectConfig = field(default_factory=DetectConfig)
    ner: NerConfig = field(default_factory=NerConfig)
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    mail: MailConfig = field(default_factory=MailConfig)
    output: OutputConfig = field(default_factory=OutputConfig)
    sweep: SweepConfig = field(default_factory=SweepConfig)
    key_file: str | None = None  # fingerprint key file; default in the user config dir
    workers: int = 0  # 0 = one per CPU
    origin: Origin = "unknown"  # default origin for paths given on the command line
    # The erasure ledger's fingerprints (sweeps set it; None: an empty ledger, nothing compared).
    erased: ErasedIdentifiers | None = field(default=None, metadata={INTERNAL: True})
    # Sweeps: keep what the text writes only encoded (percent-escaped, base64) for the index's traces.
    encoded_traces: bool = field(default=False, metadata={INTERNAL: True})

    def __post_init__(self) -> None:
        # A library caller's ScanConfig(workers="x") failed deep in the pool; the file's rule holds here too.
        if isinstance(self.workers, bool) or not isinstance(self.workers, int):
            raise TypeError(f"ScanConfig.workers: expected a whole number, got {type(self.workers).__name__}")
        check_setting("scan.workers", self.workers)
        check_setting("scan.origin", self.origin)  # a typo lost the removable-media flag silently
        if self.key_file is not None and not isinstance(self.key_file, (str, os.PathLike)):
            raise TypeError(f"ScanConfig.key_file: expected a path, got {type(self.key_file).__name__}")
        # Names are found by name recognition only: entities that are all names, with it off, find nothing,
        # and every scan would be clean (exit 0), which a scheduler counts as success.
        if self.detect.entities and set(self.detect.entities) <= NER_ENTITIES and not self.ner.enabled:
            raise ConfigError(
                f"scan.detect.entities lists only {', '.join(sorted(set(self.detect.entities)))} but name "
                "recognition is off (scan.ner.enabled = false, --no-ner): nothing could be found"
            )

    def with_(self, **changes: Any) -> ScanConfig:
        """A copy with top-level fields or ``section__field`` keys changed, each held to the rule the
        configuration file is (``--max-file-size 0`` is refused as ``max_file_size = 0`` is)."""
        top: dict[str, Any] = {}
        nested: dict[str, dict[str, Any]] = {}
        for key, value in changes.items():
            if "__" in key:
                section, name = key.split("__", 1)
                check_setting(f"scan.{section}.{name}", value)
                nested.setdefault(section, {})[name] = value
            else:
                check_setting(f"scan.{key}", value)
                top[key] = value
        for section, values in nested.items():
            top[section] = replace(getattr(self, section), **values)
        return replace(self, **top)


def config_from_dict(data: dict[str, Any], file: str = "configuration") -> ScanConfig:
    """Build a ScanConfig from the ``[scan]`` part of a config file (nested tables per section).

    Checked like the whole file (config_schema): unknown keys, wrong types and values out of range
    are a ConfigError naming the key and what was expected.
    """
    return check_table(ScanConfig, data, "scan", file)


def load_config(path: str | Path) -> tuple[ScanConfig, dict[str, Any]]:
    """Read and check a TOML config file: the scan config and the raw document (sources, store...).

    Every table is checked before anything runs (config_schema.check_document); an error is one
    line naming the file, the key and what was expected.
    """
    checked, doc = _read_checked(path)
    return checked.scan, doc


def _refuse_nul(value: Any, file: str, key: str = "") -> None:
    """A NUL character is in no path, host or name: refused with its key (as a path it was exit 70)."""
    if isinstance(value, str) and "\x00" in value:
        raise ConfigError(f"{file}: {key}: a NUL character (\\u0000) is not allowed")
    if isinstance(value, dict):
        for name, inner in value.items():
            _refuse_nul(inner, file, f"{key}.{name}" if key else str(name))
    elif isinstance(value, list):
        for n, inner in enumerate(value):
            _refuse_nul(inner, file, f"{key}[{n}]")


def load_sweep_file(path: str | Path) -> tuple[ScanConfig, dict[str, Any], SweepFile]:
    """``load_config`` plus the typed [store], [retention], [notify] and [[sources]] tables."""
    checked, doc = _read_checked(path)
    return checked.scan, doc, checked


def _read_checked(path: str | Path) -> tuple[SweepFile, dict[str, Any]]:
    if isinstance(path, bytes) or not isinstance(path, (str, os.PathLike)):
        # open(123) reads file descriptor 123; b"..." is read as a bytes path on POSIX only.
        raise TypeError(f"config file must be a str or Path, got {type(path).__name__}")
    data = read_settings_file(path, "config")
    try:
        # Windows Notepad starts a UTF-8 file with a byte order mark, which TOML does not allow.
        text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (TOML files are UTF-8): {exc.reason}") from exc
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    _refuse_nul(doc, str(path))
    # Relative paths in the file are relative to its folder (a nightly sweep runs in / or $HOME).
    doc = anchored_document(doc, config_folder(path))
    return check_document(doc, str(path), ScanConfig), doc
