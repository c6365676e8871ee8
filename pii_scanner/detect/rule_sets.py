"""The engine's rule modules as pure Python, or as their copies compiled by mypyc (same findings).

Every step a candidate goes through after the candidate regex (filters, record fields, layout,
country votes, the recognizers' verifiers) is plain typed Python. ``native/rules/`` (built by
``./run setup`` where mypy and a C compiler are available) compiles copies of those modules into
the package ``pii_scanner_rules``, with the hash of the files they were built from. A
:class:`RuleSet` is one such module set: the recognizers it builds and the :class:`Env` class they
read must come from the same set (a compiled function refuses an instance of the pure class).

Which set runs: the compiled one when it is installed AND its hash matches this installation's
source files (an edited rule then runs as written, in Python, until the next build), unless
``PII_SCANNER_PURE_PYTHON=1`` or ``[scan.detect] fast_path = "off"`` asks for Python (as for the
per-candidate kernel, ``detect/fastpath.py``) or ``PII_SCANNER_PURE_RULES=1`` for these modules
alone. The pure modules stay the reference: ``tests/detect/test_rule_sets.py`` runs both sets side
by side on the engine corpus and on generated text.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from pii_scanner.core.config_schema import FAST_PATH_SETTINGS
from pii_scanner.detect import rule_sources
from pii_scanner.detect.fastpath import PURE_ENV

if TYPE_CHECKING:
    from pii_scanner.detect.recognizers.base import Env, Recognizer

#: Where the project's modules are installed: the hash is taken over the files found here.
_ROOT = Path(__file__).resolve().parents[2]

#: Asks for the pure rule modules alone (the per-candidate kernel stays as selected).
PURE_RULES_ENV = "PII_SCANNER_PURE_RULES"


@dataclass(frozen=True, slots=True)
class RuleSet:
    """One set of rule modules, by the names of its ``base`` (``Env``, ``Recognizer``), ``registry`` and
    ``fields`` modules: imported when first used, so that a process running one set never loads the other."""

    name: str
    base: str
    registry: str
    fields: str

    @property
    def compiled(self) -> bool:
        return self.name == "compiled"

    @property
    def env(self) -> type[Env]:
        """The ``Env`` class this set's recognizers read."""
        found: type[Env] = importlib.import_module(self.base).Env
        return found

    @property
    def recognizer_class(self) -> type[object]:
        """The class every recognizer of this set is an instance of (abstract)."""
        found: type[object] = importlib.import_module(self.base).Recognizer
        return found

    @property
    def text_facts(self) -> tuple[str, ...]:
        """The memo keys that hold for a whole text (``fields.TEXT_FACTS``), handed from chunk to chunk."""
        found: tuple[str, ...] = importlib.import_module(self.fields).TEXT_FACTS
        return found

    def build_recognizers(self, entities: Iterable[str] | None = None) -> list[Recognizer]:
        """Instances of every registered recognizer of this set that covers at least one wanted entity."""
        registry: Any = importlib.import_module(self.registry)
        built: list[Recognizer] = registry.build_recognizers(None if entities is None else tuple(entities))
        return built

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        # By name: a process without the compiled package (another machine) unpickles the pure set.
        return _set_named, (self.name,)


PURE = RuleSet(
    "pure Python", "pii_scanner.detect.recognizers.base", "pii_scanner.detect.registry", "pii_scanner.detect.fields"
)


def status(root: Path = _ROOT) -> str:
    """The compiled set's state: "compiled" when it is installed and built from these sources, "stale"
    when it is installed but built from other sources (or another module list), else "not built"."""
    package = _package()
    if package is None:
        return "not built"
    return "compiled" if _matches(package, root) else "stale"


def _package() -> ModuleType | None:
    try:
        return importlib.import_module(rule_sources.PACKAGE)
    except ImportError:
        return None


def _matches(package: ModuleType, root: Path) -> bool:
    files = getattr(package, "FILES", None)
    if getattr(package, "MODULES", None) != rule_sources.MODULES or not isinstance(files, tuple):
        return False
    source = rule_sources.source_hash(root, tuple(str(f) for f in files))
    return bool(source) and getattr(package, "SOURCE", None) == source


def _load(root: Path) -> RuleSet | None:
    package = _package()
    if package is None or not _matches(package, root):
        return None
    package_name = rule_sources.PACKAGE
    found = RuleSet("compiled", f"{package_name}.base", f"{package_name}.registry", f"{package_name}.fields")
    try:
        found.env  # noqa: B018  # imports the compiled modules now: a broken build is found here, not mid-scan
        importlib.import_module(found.registry)
    except ImportError:  # a build for another Python, or half installed
        return None
    return found


_COMPILED = _load(_ROOT)


def available() -> bool:
    """True when the compiled rule modules are installed and built from this installation's sources."""
    return _COMPILED is not None


def compiled_rules() -> RuleSet | None:
    """The compiled rule set, or None when it is not installed or stale."""
    return _COMPILED


def _set_named(name: str) -> RuleSet:
    return (_COMPILED or PURE) if name == "compiled" else PURE


def select(setting: str = "auto", environ: Mapping[str, str] | None = None) -> RuleSet:
    """The rule set to run under ``setting`` ("auto" or "off") and the environment: the compiled one
    when available, unless the setting is "off" or ``PII_SCANNER_PURE_PYTHON`` (the same switch as the
    per-candidate kernel's) or ``PII_SCANNER_PURE_RULES`` (this set alone: to compare the two) is set
    to anything but "" or "0"."""
    if setting not in FAST_PATH_SETTINGS:
        raise ValueError(f"fast_path must be one of {', '.join(FAST_PATH_SETTINGS)}, got {setting!r}")
    env = os.environ if environ is None else environ
    if setting == "off" or any(env.get(name, "") not in ("", "0") for name in (PURE_ENV, PURE_RULES_ENV)):
        return PURE
    return _COMPILED or PURE


def of(recognizers: Iterable[Recognizer]) -> RuleSet:
    """The set the given recognizers belong to: the compiled one only when all are its instances."""
    found = list(recognizers)
    if _COMPILED is not None and found and all(isinstance(r, _COMPILED.recognizer_class) for r in found):
        return _COMPILED
    return PURE
