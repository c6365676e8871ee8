"""A large generated corpus that exercises every path of the detection engine, and its findings.

Used to keep the engine's findings IDENTICAL while it is made faster, and to compare the compiled
fast path with the pure-Python reference. The text mixes the synthetic business documents of
:mod:`pii_scanner.samples.synthetic` (every density) with stress lines: valid and almost-valid
identifiers of every Nordic kind in every written form, cards, IBANs, phone numbers, e-mail
addresses, context words of every entity (positive and negative, near and far), delimited and
space-aligned tables with and without headers, running numbers, URLs, payment codes, country
prefixes and OCR-confusable letters.

    PYTHONPATH=. python -m tests.detect.engine_corpus record /tmp/before.txt [--size 4000000]
    PYTHONPATH=. python -m tests.detect.engine_corpus compare /tmp/before.txt [--size 4000000]
    PYTHONPATH=. python -m tests.detect.engine_corpus golden     # rewrite tests/detect/golden/engine_findings.tsv

``--rules pure`` (or ``compiled``) runs the engines with that set of rule modules (detect/rule_sets.py;
default: the one the engine selects), so that the pure and the compiled rules can be compared:
``record --rules pure`` then ``compare --rules compiled``.

The golden table is the small, checked-in subset: rewrite it only for an intended change of
findings (new rules, new context words), and review its diff.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import multiprocessing
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

from pii_scanner.core.config import DetectConfig
from pii_scanner.core.entities import DEFAULT_ENTITIES
from pii_scanner.core.model import Finding
from pii_scanner.detect import Engine, rule_sets
from pii_scanner.detect.identifiers import fi_hetu, is_kennitala, no_fodselsnummer
from pii_scanner.detect.rules import load_rules
from pii_scanner.samples.synthetic import generate_document, make_cpr, make_personnummer

TODAY = datetime.date(2026, 6, 1)
ID_ENTITIES = (
    "DK_CPR",
    "SE_PERSONNUMMER",
    "NO_FODSELSNUMMER",
    "FI_PERSONAL_IDENTITY_CODE",
    "IS_KENNITALA",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "CREDIT_CARD",
)
_IBANS = (
    "DK5000400440116243",
    "SE4550000000058398257466",
    "NO9386011117947",
    "FI2112345600000785",
    "DE89370400440532013000",
    "GB82WEST12345698765432",
    "IS140159260076545510730339",
)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _valid(rng: random.Random, make: Callable[[], str], check: Callable[[str], bool], tries: int = 400) -> str:
    last = make()
    for _ in range(tries):
        if check(last):
            return last
        last = make()
    return last


def _date6(rng: random.Random, order: str = "dmy", day_offset: int = 0) -> str:
    d = datetime.date(1925, 1, 1) + datetime.timedelta(days=rng.randrange(36000))
    dd, mm, yy = d.day + day_offset, d.month, d.year % 100
    return f"{dd:02d}{mm:02d}{yy:02d}" if order == "dmy" else f"{yy:02d}{mm:02d}{dd:02d}"


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (1 if i % 2 else 2)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)


def _with_sep(rng: random.Random, ten: str) -> str:
    return ten[:6] + rng.choice(["-", "-", "", " ", "+"]) + ten[6:]


def _group(rng: random.Random, digits: str, size: int = 4) -> str:
    sep = rng.choice([" ", " ", "-", ""])
    return sep.join(digits[i : i + size] for i in range(0, len(digits), size))


def _identifier(rng: random.Random) -> str:
    """One identifier-like token: valid, almost valid or look-alike, of any kind and form."""
    kind = rng.randrange(16)
    if kind == 0:
        return _with_sep(rng, make_cpr(rng))
    if kind == 1:
        p = make_personnummer(rng, coordination=rng.random() < 0.2)
        return rng.choice([p, p[:8] + "-" + p[8:], p[2:8] + rng.choice("-+") + p[8:], p[2:]])
    if kind == 2:
        n = _valid(
            rng, lambda: _date6(rng, day_offset=rng.choice([0, 0, 40])) + _digits(rng, 5), no_fodselsnummer.is_valid
        )
        return n if rng.random() < 0.7 else n[:6] + rng.choice([" ", "-"]) + n[6:]
    if kind == 3:
        sign = rng.choice("-+ABCDEFUVWXY")
        return _valid(
            rng,
            lambda: (lambda b: b + fi_hetu.check_character(b[:6] + b[7:10]))(
                _date6(rng) + sign + f"{rng.randrange(2, 999):03d}"
            ),
            fi_hetu.is_valid,
        )
    if kind == 4:
        k = _valid(
            rng,
            lambda: _date6(rng, day_offset=rng.choice([0, 40])) + _digits(rng, 3) + rng.choice("09"),
            is_kennitala.is_valid,
        )
        return k if rng.random() < 0.5 else k[:6] + "-" + k[6:]
    if kind == 5:
        body = rng.choice(["4", "5", "37", "6011", "35", "2", "1", "36"]) + _digits(rng, 14)
        card = _luhn_complete(body[: rng.choice([14, 15, 15, 15, 18])])
        return _group(rng, card) if rng.random() < 0.6 else card
    if kind == 6:
        value = rng.choice(_IBANS)
        if rng.random() < 0.2:
            value = value[:-1] + rng.choice("0123456789")
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if rng.random() < 0.6 else value
    if kind == 7:
        cc = rng.choice(["+45", "+46", "+47", "+358", "0045", "0046", "+44", "+1", "+354"])
        return (
            cc
            + rng.choice([" ", "", "-", " (0) "])
            + _group(rng, _digits(rng, rng.choice([7, 8, 9, 10])), rng.choice([2, 3, 4]))
        )
    if kind == 8:
        return rng.choice(
            [
                f"{rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                f"{rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
                f"0{rng.randrange(7, 99)}-{rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
                f"0{rng.randrange(1, 99)}-{_digits(rng, rng.randrange(5, 9))}",
                f"0{rng.randrange(10, 99)} {rng.randrange(100, 9999)} {rng.randrange(100, 9999)}",
                _digits(rng, 7),
                f"{rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(100, 999)}",
            ]
        )
    if kind == 9:
        local = rng.choice(["jens", "a.b", "x+tag", "_u", "-x", ".dot", "ok..no", "ÆØ", "støj", "n%1"])
        dom = rng.choice(["example.dk", "firma.se", "sub.mail.no", "xn--bcher-kva.example", "a.b.c.fi", "bad", "x.1"])
        sep = rng.choice(["@", "@", "@", " @ "])
        return f"{rng.choice(['', '', '<', '(', 'mailto:', '.', '+'])}{local}{sep}{dom}"
    if kind == 10:  # ten digits, any date shape
        return _with_sep(rng, _date6(rng, rng.choice(["dmy", "ymd"])) + _digits(rng, 4))
    if kind == 11:  # an OCR-damaged CPR
        c = make_cpr(rng)
        t = c[:4] + " " + c[4:6] + "-" + c[6:] if rng.random() < 0.5 else c[:6] + "-" + c[6:]
        return "".join(rng.choice("OoIl|SB") if ch in "0158" and rng.random() < 0.15 else ch for ch in t)
    if kind == 12:
        return _digits(rng, rng.choice([6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19]))
    if kind == 13:
        return _with_sep(rng, make_cpr(rng)) + rng.choice(["-", "/", ".", "+"]) + _digits(rng, rng.randrange(1, 5))
    if kind == 14:
        return (
            rng.choice(["#", "<", "+71<", ">"])
            + _digits(rng, rng.choice([10, 15, 16]))
            + rng.choice(["#", ">", "<", ""])
        )
    return _digits(rng, rng.randrange(1, 5)) + rng.choice(["-", "/", ".", " "]) + _with_sep(rng, make_cpr(rng))


class _Words:
    def __init__(self) -> None:
        import yaml

        from pii_scanner.core.resources import data_dir

        raw = yaml.safe_load((data_dir("recognizers") / "context.yaml").read_text(encoding="utf-8"))
        words: set[str] = set()
        for entity, spec in raw.items():
            groups = (
                [spec] if entity == "shared_negative" else [(spec or {}).get(k) or {} for k in ("positive", "negative")]
            )
            for group in groups:
                for lang_words in (group or {}).values():
                    words.update(str(w).rstrip("*") for w in lang_words or [])
        self.words = sorted(words)
        load_rules()  # make sure the shipped data parses before generating


_FILLER = [
    "og",
    "och",
    "the",
    "til",
    "vedr.",
    "nr.",
    "nr:",
    "Jens Hansen",
    "Anna Karlsson",
    ",",
    ";",
    "-",
    "(",
    ")",
    "Oslo",
    "Malmö",
    "Aarhus",
    "Helsinki",
    "tel.",
    "kr.",
    "SEK",
    "DK-2100",
    "SE-211 20",
    "FI-00100",
    "NO-0150",
    "https://intra.firma.dk/sag?id=",
    "C:\\Users\\x\\",
    "www.firma.se/",
    "Mvh",
    "Hilsen",
    "jens@firma.dk",
    "åäö",
    "İstanbul",
    "\n",
    "\n\n",
    "\t",
]


def _stress_line(rng: random.Random, words: _Words) -> str:
    parts: list[str] = []
    for _ in range(rng.randrange(2, 9)):
        roll = rng.random()
        if roll < 0.35:
            parts.append(_identifier(rng))
        elif roll < 0.7:
            parts.append(rng.choice(words.words) + rng.choice(["", ":", ".", " nr.", "-nr"]))
        else:
            parts.append(rng.choice(_FILLER))
    return " ".join(parts) + "\n"


def _table(rng: random.Random, words: _Words) -> str:
    delim = rng.choice(["\t", ";", "|", ",", "  "])
    cols = rng.randrange(2, 5)
    lines: list[str] = []
    if rng.random() < 0.7:
        labels = [*words.words, "Navn", "Beløb", "Status", "CPR", "Personnummer", "Telefon"]
        heads = [rng.choice(labels) for _ in range(cols)]
        lines.append(delim.join(h.ljust(14) if delim == "  " else h for h in heads))
    base = rng.randrange(10**9, 10**10 - 100)
    running = rng.random() < 0.25
    kind = rng.randrange(3)
    for row in range(rng.randrange(2, 14)):
        cells = []
        for c in range(cols):
            if c == 0:
                if running:
                    cells.append(str(base + row * rng.randrange(1, 3)))
                elif kind == 0:
                    cells.append(_with_sep(rng, make_cpr(rng)))
                elif kind == 1:
                    cells.append(_identifier(rng))
                else:
                    cells.append(_digits(rng, 10))
            else:
                cells.append(
                    rng.choice(["Jens Hansen", "afsendt", f"{rng.randrange(999)},00", "Malmö", _identifier(rng)])
                )
        lines.append(delim.join(c.ljust(14) if delim == "  " else c for c in cells))
    return "\n".join(lines) + "\n\n"


def make_corpus(seed: int = 20261130, size: int = 4_000_000, piece: int = 60_000) -> list[tuple[str, bool, str | None]]:
    """Texts of about ``size`` characters in all: (text, ocr, lang) triples."""
    rng = random.Random(seed)
    words = _Words()
    out: list[tuple[str, bool, str | None]] = []
    total = 0
    while total < size:
        roll = rng.random()
        if roll < 0.4:
            text = generate_document(rng, piece, prose=rng.choice([0.0, 0.3, 0.47, 0.7, 0.9])).text
        else:
            chunks: list[str] = []
            length = 0
            while length < piece:
                chunk = _table(rng, words) if rng.random() < 0.15 else _stress_line(rng, words)
                chunks.append(chunk)
                length += len(chunk)
            text = "".join(chunks)
        ocr = rng.random() < 0.15
        lang = rng.choice([None, None, "da", "sv", "nb", "fi", "en"])
        out.append((text, ocr, lang))
        total += len(text)
    return out


def finding_line(f: Finding) -> str:
    e = f.explanation
    return (
        f"{f.entity_type}\t{f.start}\t{f.end}\t{f.score!r}\t{f.value}\t{f.normalized}\t{f.subtype}\t{f.part}\t"
        f"{e.recognizer}\t{e.pattern}\t{e.checksum}\t{','.join(e.context)}\t{','.join(e.negative_context)}\t"
        f"{','.join(e.notes)}"
    )


def engines(min_score: float, rule_set: rule_sets.RuleSet | None = None) -> dict[str, Engine]:
    """The configurations compared: the six entities of the benchmarks, every identifier, the defaults.
    ``rule_set``: the rule modules they run (None: the engine's own choice)."""
    six = ("DK_CPR", "SE_PERSONNUMMER", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD")
    sets = {"six": six, "ids": ID_ENTITIES, "default": DEFAULT_ENTITIES, "se_only": ("SE_PERSONNUMMER",)}
    return {
        name: Engine(DetectConfig(entities=entities, min_score=min_score), today=TODAY, rule_set=rule_set)
        for name, entities in sets.items()
    }


def all_engines(rule_set: rule_sets.RuleSet | None = None) -> dict[str, Engine]:
    """Every configuration at threshold 0 (named "...@0") and at 0.5."""
    return {**{f"{k}@0": v for k, v in engines(0.0, rule_set).items()}, **engines(0.5, rule_set)}


def findings_lines(
    corpus: list[tuple[str, bool, str | None]], configs: dict[str, Engine] | None = None
) -> Iterator[str]:
    """One line per finding of every configuration over every text (all scores, then thresholded)."""
    for name, engine in (configs or all_engines()).items():
        for i, (text, ocr, lang) in enumerate(corpus):
            for f in engine.detect(text, ocr=ocr, lang=lang):
                yield f"{name}\t{i}\t{finding_line(f)}"


T = TypeVar("T")


def both_sides(job: Callable[[str], T], there: str, here: str) -> tuple[T, T]:
    """``(job(there), job(here))``, the first in a second process while this one runs the second.

    The two sides of an equivalence check (pure and compiled) are independent and each takes many
    seconds; the suite runs one test at a time, so a second CPU would idle. ``job`` must be a module's
    function (it is pickled by name); one CPU: one side after the other, here."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if cpus < 2:
        return job(there), job(here)
    # spawn, not fork: the test process may have threads (servers, pools) that fork would copy mid-lock
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        future = pool.submit(job, there)
        mine = job(here)
        return future.result(), mine


GOLDEN = Path(__file__).parent / "golden" / "engine_findings.tsv"


def golden_lines() -> list[str]:
    """The findings of the small corpus behind the checked-in golden table."""
    corpus = make_corpus(seed=7, size=60_000, piece=8_000)
    at_zero, normal = engines(0.0), engines(0.5)
    configs = {"ids@0": at_zero["ids"], "six": normal["six"], "se_only": normal["se_only"]}
    return list(findings_lines(corpus, configs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["record", "compare", "golden"])
    parser.add_argument("path", nargs="?")
    parser.add_argument("--size", type=int, default=4_000_000)
    parser.add_argument("--rules", choices=["auto", "pure", "compiled"], default="auto", help="the rule modules run")
    args = parser.parse_args(argv)
    if args.action == "golden":
        GOLDEN.parent.mkdir(exist_ok=True)
        lines = golden_lines()
        GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{GOLDEN}: {len(lines)} findings")
        return 0
    if args.path is None:
        parser.error(f"{args.action} needs a file path")
    chosen = None
    if args.rules == "pure":
        chosen = rule_sets.PURE
    elif args.rules == "compiled":
        chosen = rule_sets.compiled_rules()
        if chosen is None:
            print(f"the compiled rule modules are {rule_sets.status()} (pip install ./native/rules)", file=sys.stderr)
            return 2
    corpus = make_corpus(size=args.size)
    started = time.process_time()
    configs = all_engines(chosen)
    lines = list(findings_lines(corpus, configs))
    took = time.process_time() - started
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    rules = next(iter(configs.values())).rule_set.name
    print(
        f"{sum(len(t) for t, _, _ in corpus)} chars, {len(lines)} finding lines, {took:.1f} s CPU, sha256 {digest[:16]}"
        f" ({rules} rules)"
    )
    if args.action == "record":
        with open(args.path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        return 0
    with open(args.path, encoding="utf-8") as fh:
        before = fh.read().splitlines()
    if before == lines:
        print("IDENTICAL")
        return 0
    import difflib

    diff = list(difflib.unified_diff(before, lines, "before", "after", lineterm="", n=0))
    print(f"DIFFERENT: {len(diff)} diff lines")
    print("\n".join(diff[:60]))
    return 1


if __name__ == "__main__":
    sys.exit(main())
