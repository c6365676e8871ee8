"""The rule modules compiled by mypyc (``native/rules``) find exactly what the pure modules find, are
used only when built from this installation's sources, and are used wherever they are built.

The comparisons need the build (``pip install ./native/rules``, done by ``./run setup``); without it
they are skipped with the reason, except in CI (``CI=true``), where ``./run`` builds it and a missing,
stale or unused build fails. The build script's copies and the hash guard are tested everywhere.
"""

from __future__ import annotations

import ast
import datetime
import importlib
import os
import random
import re
import runpy
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from pii_scanner.core.config import DetectConfig
from pii_scanner.core.entities import DEFAULT_ENTITIES, NATIONAL_IDS
from pii_scanner.core.model import TextPart
from pii_scanner.detect import Engine, fastpath, rule_sets
from pii_scanner.detect.recognizers.catalogue_ids import CatalogueIdRecognizer
from pii_scanner.detect.registry import build_recognizers
from pii_scanner.detect.rule_sources import MODULES, PACKAGE, module_file, source_hash
from pii_scanner.samples.synthetic import generate_document
from tests.detect import engine_corpus
from tests.detect.test_fastpath import _hostile_corpus, _random_text

ROOT = Path(__file__).resolve().parents[2]
TODAY = datetime.date(2026, 6, 1)
COMPILED = rule_sets.compiled_rules()
IN_CI = os.environ.get("CI", "").lower() in ("true", "1")
needs_compiled = pytest.mark.skipif(
    COMPILED is None and not IN_CI,
    reason=f"the compiled rule modules are {rule_sets.status()} (pip install ./native/rules; ./run setup does it)",
)
_SAMPLE = "CPR-nr. 070761-4285, personnummer 811218-9876, tlf. +45 12 34 56 78, IBAN DK5000400440116243."
_SAMPLE_FOUND = "[('DK_CPR', 8, 19), ('SE_PERSONNUMMER', 34, 45), ('PHONE_NUMBER', 52, 67), ('IBAN_CODE', 74, 92)]"


def _compiled() -> rule_sets.RuleSet:
    assert COMPILED is not None, f"the compiled rule modules are {rule_sets.status()}: ./run setup builds them"
    return COMPILED


def _build_script() -> dict[str, Any]:
    return runpy.run_path(str(ROOT / "native" / "rules" / "setup.py"), run_name="rules_setup")


def _import_lines(source: str) -> set[int]:
    """Line numbers (from 0) of the import statements of the project in ``source``."""
    found: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pii_scanner"):
            found.update(range(node.lineno - 1, (node.end_lineno or node.lineno)))
    return found


# --- the build script and the guard (run everywhere) ---------------------------------------------
def test_the_copies_differ_from_their_sources_only_in_imports_of_compiled_modules(tmp_path: Path) -> None:
    compiled = dict(MODULES)
    paths = _build_script()["generate"](tmp_path)
    assert [p.stem for p in paths] == [short for _, short in MODULES]
    for (dotted, short), path in zip(MODULES, paths, strict=True):
        source = module_file(ROOT, dotted).read_text(encoding="utf-8")
        copy = path.read_text(encoding="utf-8")
        before, after = source.splitlines(), copy.splitlines()
        assert len(before) == len(after), short  # line numbers kept for tracebacks
        allowed = _import_lines(source)
        assert all(k in allowed for k, (a, b) in enumerate(zip(before, after, strict=True)) if a != b), short
        imported_from_copies: set[str] = set()
        for node in ast.walk(ast.parse(copy)):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    # No compiled module is taken from the pure package: the copies use each other only.
                    assert node.module not in compiled and f"{node.module}.{alias.name}" not in compiled, short
                    if node.module == PACKAGE:
                        imported_from_copies.add(alias.name)
                    elif node.module.startswith(f"{PACKAGE}."):
                        imported_from_copies.add(node.module.split(".", 1)[1])
        wanted = {
            compiled.get(node.module) or compiled[f"{node.module}.{alias.name}"]
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.ImportFrom) and node.module
            for alias in node.names
            if node.module in compiled or f"{node.module}.{alias.name}" in compiled
        }
        assert imported_from_copies == wanted, short
    package: dict[str, Any] = {}
    exec((tmp_path / PACKAGE / "__init__.py").read_text(encoding="utf-8"), package)  # our generated file
    assert package["MODULES"] == MODULES
    assert package["FILES"][: len(MODULES)] == tuple(d for d, _ in MODULES)
    # The modules they import are hashed too: the compiled code was checked against their types.
    hashed = set(package["FILES"])
    assert {"pii_scanner.detect.fastpath", "pii_scanner.detect.rules", "pii_scanner.core.model"} <= hashed
    assert package["SOURCE"] == source_hash(ROOT, package["FILES"])


def test_the_rewrite_refuses_imports_it_cannot_point_at_a_copy() -> None:
    rewrite = _build_script()["rewrite"]
    with pytest.raises(SystemExit, match="import pii_scanner"):
        rewrite("import pii_scanner.detect.filters\n", "x")
    with pytest.raises(SystemExit, match="relative"):
        rewrite("from . import filters\n", "x")
    text, depends = rewrite(
        "from pii_scanner.detect import (\n    country,\n    fastpath as fp,\n)\nx = 1\n", "pii_scanner.detect.x"
    )
    assert text == f"from {PACKAGE} import country; from pii_scanner.detect import fastpath as fp\n\n\n\nx = 1\n"
    assert depends == {"pii_scanner.detect.country", "pii_scanner.detect.fastpath"}


def _fake_build(tmp_path: Path) -> tuple[ModuleType, Path]:
    """A package module as the build writes it, and a copy of the files it was built from."""
    generated = tmp_path / "generated"
    _build_script()["generate"](generated)
    values: dict[str, Any] = {}
    exec((generated / PACKAGE / "__init__.py").read_text(encoding="utf-8"), values)
    package = ModuleType(PACKAGE)
    package.__dict__.update({k: values[k] for k in ("MODULES", "FILES", "SOURCE")})
    root = tmp_path / "installed"
    for dotted in values["FILES"]:
        target = module_file(root, dotted)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(module_file(ROOT, dotted), target)
    return package, root


def test_a_build_matches_only_the_sources_it_was_built_from(tmp_path: Path) -> None:
    package, root = _fake_build(tmp_path)
    assert rule_sets._matches(package, root)
    filters = module_file(root, "pii_scanner.detect.filters")
    original = filters.read_bytes()
    filters.write_bytes(original.replace(b"\n", b"\r\n"))  # a Windows checkout of the same text
    assert rule_sets._matches(package, root)
    filters.write_bytes(original + b"# edited\n")  # an edited rule: its old compiled copy must not run
    assert not rule_sets._matches(package, root)
    filters.write_bytes(original)
    dependency = module_file(root, "pii_scanner.detect.fastpath")
    dependency.write_bytes(dependency.read_bytes() + b"# edited\n")  # a module the rules were checked against
    assert not rule_sets._matches(package, root)
    dependency.unlink()
    assert not rule_sets._matches(package, root)
    shutil.copy2(module_file(ROOT, "pii_scanner.detect.fastpath"), dependency)
    assert rule_sets._matches(package, root)
    package.MODULES = MODULES[:-1]  # a build of another module list
    assert not rule_sets._matches(package, root)


def test_selection_follows_setting_and_environment() -> None:
    assert rule_sets.select("off", {}) is rule_sets.PURE
    assert rule_sets.select("auto", {fastpath.PURE_ENV: "1"}) is rule_sets.PURE
    assert rule_sets.select("auto", {rule_sets.PURE_RULES_ENV: "1"}) is rule_sets.PURE
    assert rule_sets.select("auto", {fastpath.PURE_ENV: "0", rule_sets.PURE_RULES_ENV: "0"}) is (
        COMPILED or rule_sets.PURE
    )
    assert rule_sets.select("auto", {}) is (COMPILED or rule_sets.PURE)
    assert Engine(DetectConfig(entities=("DK_CPR",), fast_path="off")).rule_set is rule_sets.PURE
    with pytest.raises(ValueError, match="fast_path"):
        rule_sets.select("on", {})


def test_given_recognizers_run_with_the_env_of_their_own_set() -> None:
    pure = Engine(DetectConfig(entities=("DK_CPR",)), recognizers=build_recognizers(("DK_CPR",)))
    assert pure.rule_set is rule_sets.PURE
    if COMPILED is not None:
        mine = Engine(DetectConfig(entities=("DK_CPR",)), recognizers=COMPILED.build_recognizers(("DK_CPR",)))
        assert mine.rule_set is COMPILED
        assert mine.detect(_SAMPLE) == pure.detect(_SAMPLE)


def test_without_the_compiled_package_the_pure_modules_run() -> None:
    script = (
        f"import sys; sys.modules[{PACKAGE!r}] = None\n"  # makes the import fail
        "from pii_scanner.core.config import DetectConfig\n"
        "from pii_scanner.detect import Engine, rule_sets\n"
        "e = Engine(DetectConfig(entities=('DK_CPR', 'SE_PERSONNUMMER', 'PHONE_NUMBER', 'IBAN_CODE')))\n"
        f"found = e.detect({_SAMPLE!r})\n"
        "print(rule_sets.status(), '|', e.rule_set.name, '|', type(e.recognizers[0]).__module__, '|',"
        " [(f.entity_type, f.start, f.end) for f in found])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    expected = f"not built | pure Python | pii_scanner.detect.recognizers.financial | {_SAMPLE_FOUND}"
    assert done.stdout.strip() == expected


# --- the build, where it is built (in CI always) --------------------------------------------------
def test_in_ci_the_compiled_rules_are_installed_and_the_engine_uses_them() -> None:
    if not IN_CI:
        pytest.skip("only in CI, where ./run builds native/rules (set CI=true)")
    assert rule_sets.status() == "compiled", "CI must build native/rules (./run setup) from these sources"
    engine = Engine(DetectConfig())
    assert engine.rule_set is COMPILED
    assert all(type(r).__module__.startswith(f"{PACKAGE}.") for r in engine.recognizers)


@needs_compiled
def test_the_compiled_modules_are_native_code() -> None:
    """Each module of the set is an extension module (the copies' .py files never run in their place)."""
    for _, short in MODULES:
        module = importlib.import_module(f"{PACKAGE}.{short}")
        assert any(str(module.__file__).endswith(suffix) for suffix in EXTENSION_SUFFIXES), module.__file__
    engine = Engine(DetectConfig())
    assert engine.rule_set is _compiled()
    assert engine.rule_set.env is importlib.import_module(f"{PACKAGE}.base").Env


def _lines(engines: dict[str, Engine], corpus: list[tuple[str, bool, str | None]]) -> list[str]:
    return list(engine_corpus.findings_lines(corpus, engines))


def _rule_set(side: str) -> rule_sets.RuleSet:
    return rule_sets.PURE if side == "pure" else _compiled()


def _engine_corpus_lines(side: str) -> list[str]:
    corpus = engine_corpus.make_corpus(seed=20261202, size=1_000_000, piece=50_000)
    return _lines(engine_corpus.all_engines(_rule_set(side)), corpus)


@needs_compiled
def test_the_engine_corpus_finds_the_same_with_both_rule_sets() -> None:
    """Every field of every finding: four entity sets at thresholds 0 and 0.5, on ~1 MB of the
    engine corpus (every identifier form, hard negatives, tables, OCR text)."""
    _compiled()
    expected, got = engine_corpus.both_sides(_engine_corpus_lines, "pure", "compiled")
    assert len(expected) > 30_000  # a floor against an empty comparison; the corpus follows context.yaml
    assert got == expected


def _generated(seed: int, size: int) -> list[tuple[str, bool, str | None]]:
    """Synthetic business documents of every density, random text around identifier shapes, and the
    hostile corpus (characters that steer and stress the steps)."""
    rng = random.Random(seed)
    out: list[tuple[str, bool, str | None]] = []
    total = 0
    while total < size:
        roll = rng.random()
        if roll < 0.6:
            text = generate_document(rng, 20_000, prose=rng.choice([0.0, 0.2, 0.47, 0.7, 1.0])).text
        else:
            text = _random_text(rng, 8_000)
        out.append((text, rng.random() < 0.1, rng.choice([None, "da", "sv", "nb", "fi", "is", "en"])))
        total += len(text)
    return out + _hostile_corpus(size // 3)


_SETTINGS: list[tuple[tuple[str, ...], dict[str, Any]]] = [
    (tuple(sorted(NATIONAL_IDS)), {"min_score": 0.0}),
    (("DK_CPR",), {"min_score": 0.3}),
    (("SE_PERSONNUMMER", "NO_FODSELSNUMMER"), {"min_score": 0.7}),
    (("FI_PERSONAL_IDENTITY_CODE", "IS_KENNITALA"), {"min_score": 0.0, "chunk_size": 4096}),
    (("EMAIL_ADDRESS", "PHONE_NUMBER"), {"min_score": 0.0, "ocr_tolerant": False}),
    (("IBAN_CODE", "CREDIT_CARD"), {"min_score": 0.9}),
    (DEFAULT_ENTITIES, {"min_score": 0.5, "context_window": 80}),
]
_LATER = datetime.date(2031, 2, 28)


def _generated_lines(side: str) -> list[list[str]]:
    """The findings of the generated corpus under each of the settings, with one side's rules."""
    corpus = _generated(seed=5, size=600_000)
    return [
        _lines({"x": Engine(DetectConfig(entities=e, **o), today=_LATER, rule_set=_rule_set(side))}, corpus)
        for e, o in _SETTINGS
    ]


@needs_compiled
def test_generated_text_finds_the_same_with_both_rule_sets_under_many_settings() -> None:
    """Other entity sets (each country alone, the catalogue's identifiers, contact data, money),
    thresholds from 0 to 0.9, another day, OCR tolerance off, a small chunk size (windows across
    chunks), and the item paths (parts, file names, streams)."""
    _compiled()
    corpus = _generated(seed=5, size=600_000)
    all_expected, all_got = engine_corpus.both_sides(_generated_lines, "pure", "compiled")
    for (entities, options), expected, got in zip(_SETTINGS, all_expected, all_got, strict=True):
        config = DetectConfig(entities=entities, **options)
        pure = Engine(config, today=_LATER, rule_set=rule_sets.PURE)
        compiled = Engine(config, today=_LATER, rule_set=_compiled())
        # enough findings for the comparison to mean something (the corpus draws its words from context.yaml,
        # so its counts move when the context words do: FI/IS alone gives about 170 on this seed)
        assert len(expected) > 150, entities
        assert got == expected, entities
        for text, _, _lang in corpus[:12]:
            head = text[:5000]
            for number in re.findall(r"\d{6}[-+ ]?\d{4}", head)[:5]:
                assert compiled.detect_name(f"løn_{number}.pdf") == pure.detect_name(f"løn_{number}.pdf")
            pieces = [head[k : k + 700] for k in range(0, len(head), 700)]
            assert list(compiled.detect_stream(pieces)) == list(pure.detect_stream(pieces)), entities
        parts = [TextPart(text[:3000], label="body", lang=lang) for text, _, lang in corpus[:5]]
        assert compiled.detect_parts(parts) == pure.detect_parts(parts), entities


@needs_compiled
def test_a_catalogue_identifier_finds_the_same_with_both_rule_sets() -> None:
    """The recognizer of any catalogue identifier with a pattern of its own (none ships one yet)."""
    from tests.core.test_entities import NINO, _nino_info

    rng = random.Random(3)
    texts = []
    for _ in range(40):
        words = generate_document(rng, 3000, prose=0.7).text.split(" ")
        for _ in range(8):
            nino = f"{rng.choice('ABCEGHJ')}{rng.choice('ABCEGHJ')} {rng.randint(10, 99)} {rng.randint(10, 99)}"
            words.insert(rng.randrange(len(words)), f"{nino} {rng.randint(10, 99)} {rng.choice('ABCDE')}")
        texts.append(" ".join(words))
    config = DetectConfig(entities=("UK_NINO", "DK_CPR"), min_score=0.0)
    compiled_class = importlib.import_module(f"{PACKAGE}.catalogue_ids").CatalogueIdRecognizer
    engines = {
        "pure": Engine(config, recognizers=[CatalogueIdRecognizer(NINO, info=_nino_info)], today=TODAY),
        "compiled": Engine(config, recognizers=[compiled_class(NINO, info=_nino_info)], today=TODAY),
    }
    assert engines["compiled"].rule_set is _compiled()
    found = {side: [e.detect(t) for t in texts] for side, e in engines.items()}
    assert sum(len(f) for f in found["pure"]) > 100
    assert found["compiled"] == found["pure"]


@needs_compiled
def test_the_golden_table_holds_on_the_compiled_rules_with_either_kernel() -> None:
    expected = engine_corpus.GOLDEN.read_text(encoding="utf-8").splitlines()
    corpus = engine_corpus.make_corpus(seed=7, size=60_000, piece=8_000)
    for kernel in (fastpath.PURE, fastpath.compiled_kernel() or fastpath.PURE):
        at_zero, normal = engine_corpus.engines(0.0, _compiled()), engine_corpus.engines(0.5, _compiled())
        configs = {"ids@0": at_zero["ids"], "six": normal["six"], "se_only": normal["se_only"]}
        for engine in configs.values():
            engine.kernel = kernel
        assert _lines(configs, corpus) == expected


def _tree_copy(tmp_path: Path) -> Path:
    """The project's package and rule data in a folder of their own (no compiled files)."""
    for name in ("pii_scanner", "recognizers"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    return tmp_path


def _status_in(tree: Path) -> str:
    where = Path(importlib.import_module(PACKAGE).__file__ or "").parent.parent  # the build's folder
    script = (
        "import pii_scanner\n"
        "from pii_scanner.core.config import DetectConfig\n"
        "from pii_scanner.detect import Engine, rule_sets\n"
        "e = Engine(DetectConfig(entities=('DK_CPR', 'SE_PERSONNUMMER', 'PHONE_NUMBER', 'IBAN_CODE')))\n"
        f"found = e.detect({_SAMPLE!r})\n"
        "print(pii_scanner.__file__, '|', rule_sets.status(), '|', e.rule_set.name, '|',"
        " type(e.recognizers[0]).__module__, '|', [(f.entity_type, f.start, f.end) for f in found])\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(tree), str(where)))}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tree, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@needs_compiled
def test_an_edited_rule_source_runs_as_written_in_python(tmp_path: Path) -> None:
    """The installed build next to a copy of the sources: used while they are the sources it was built
    from, not once a rule module (or a module it imports) is edited."""
    _compiled()
    tree = _tree_copy(tmp_path)
    init = tree / "pii_scanner" / "__init__.py"
    assert _status_in(tree) == f"{init} | compiled | compiled | {PACKAGE}.financial | {_SAMPLE_FOUND}"
    rule = module_file(tree, "pii_scanner.detect.recognizers.contact")
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    expected = f"{init} | stale | pure Python | pii_scanner.detect.recognizers.financial | {_SAMPLE_FOUND}"
    assert _status_in(tree) == expected


@needs_compiled
def test_a_process_running_the_compiled_rules_loads_no_pure_rule_module() -> None:
    """Start-up: the pure modules (~60 ms to import) are loaded only where they run."""
    _compiled()
    script = (
        "import sys\n"
        "from pii_scanner.detect import Engine\n"
        "import pii_scanner.pipeline\n"
        f"e = Engine(); e.detect({_SAMPLE!r})\n"
        f"print(e.rule_set.name, sorted(m for m in sys.modules if m in {[d for d, _ in MODULES]!r}))\n"
    )
    env = {**os.environ, fastpath.PURE_ENV: "", rule_sets.PURE_RULES_ENV: ""}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "compiled []"


@needs_compiled
def test_an_engine_with_the_compiled_rules_pickles_and_copies() -> None:
    import copy
    import pickle

    engine = Engine(DetectConfig(entities=("DK_CPR", "SE_PERSONNUMMER", "PHONE_NUMBER", "IBAN_CODE")))
    assert engine.rule_set is _compiled()
    expected = engine.detect(_SAMPLE)
    for other in (pickle.loads(pickle.dumps(engine)), copy.deepcopy(engine)):
        assert other.rule_set is engine.rule_set
        assert type(other.recognizers[0]) is type(engine.recognizers[0])
        assert other.detect(_SAMPLE) == expected


def test_scan_verbose_names_the_rule_modules_that_ran(tmp_path: Path) -> None:
    sample = tmp_path / "a.txt"
    sample.write_text("CPR 070761-4285\n", encoding="utf-8")
    built = "compiled" if COMPILED is not None else "pure Python"
    kernel = "compiled" if fastpath.available() else "pure Python"
    cases = ((fastpath.PURE_ENV, "pure Python", "pure Python"), (rule_sets.PURE_RULES_ENV, "pure Python", kernel))
    for variable, rules, fast_path in (*cases, ("", built, kernel)):
        env = {**os.environ, fastpath.PURE_ENV: "", rule_sets.PURE_RULES_ENV: "", "PII_SCANNER_KEY": "k" * 32}
        if variable:
            env[variable] = "1"
        done = subprocess.run(
            [sys.executable, "-m", "pii_scanner", "scan", "--verbose", "--no-ner", "--workers", "1", str(sample)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 1, done.stderr
        assert f'"rules": "{rules}"' in done.stderr
        assert f'"fast_path": "{fast_path}"' in done.stderr
        assert f'"compiled_build": "{rule_sets.status()}"' in done.stderr
