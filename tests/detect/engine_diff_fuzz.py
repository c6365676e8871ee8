"""Whole-engine differential fuzz, written apart from the kernel's own: hostile texts built around
ten- to twelve-digit numbers (valid and near-valid CPR, personnummer, samordningsnummer, HETU,
kennitala, fødselsnummer; every separator the engine reads and some it must not; context words in
keys, JSON, XML, URLs, paths, tables; Unicode digits, no-break spaces, line separators), and real
documents of the open red-team sets cut and spoiled at random, scanned by the compiled and the pure
kernel (candidate starts, readings, context), every field of every finding compared at threshold 0.

    python [-X dev] -m tests.detect.engine_diff_fuzz [ROUNDS]

Exits non-zero when no compiled kernel is in use (nothing would be compared).
"""

from __future__ import annotations

import datetime
import random
import sys
import warnings

SEPARATORS = ["", "-", "+", " ", "\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\u00a0", "\u202f", " - ", "/"]
SEPARATORS += [".", "  ", "\n", "_", "\u2014"]
SEPARATORS += ["\u00ad", "\u200b", "\t", "\u2007", "\u2009", "\u00a0-\u00a0", "\u00ad-"]  # read before the kernels
CONTEXT = ["CPR", "cpr-nr.", "CPR nr:", "personnummer", "Personnr", "pnr", "p-nr", "født", "fødselsdato", "hetu"]
CONTEXT += ["kennitala", "fødselsnummer", "samordningsnummer", "kontonr", "ordre nr", "Tlf.", "faktura", "sag nr"]
CONTEXT += ["Reg.nr", "IBAN", "kundenr", "journalnr", "Ärende", "telefon", "org.nr", "CVR", "ID", "IDNR", ""]
AROUND = [
    "{c} {n}",
    "{c}: {n}.",
    '"{k}": "{n}"',
    "<{k}>{n}</{k}>",
    "{k}={n}&x=1",
    "https://firma.dk/sag?{k}={n}",
    "C:\\\\Data\\\\{c}\\\\{n}.pdf",
    "| {c} | {n} |",
    "{k}_{n}",
    "{n}{c}",
    "Mette Hansen {n}",
    "{c}\n{n}",
    "{c} {n} og {n2}",
    "({n})",
    "{n}\u2028{c}",
]


def _number(rng: random.Random) -> str:
    from tests.helpers.nordic_numbers import make_cpr, make_personnummer

    birth = datetime.date(1900, 1, 1) + datetime.timedelta(days=rng.randrange(0, 45_000))
    kind = rng.randrange(9)
    if kind == 0:
        digits = make_cpr(birth, rng.randrange(0, 80))
    elif kind == 1:
        digits = make_personnummer(birth, rng.randrange(0, 1000))
    elif kind == 2:
        digits = make_personnummer(birth, rng.randrange(0, 1000), coordination=True)
    elif kind == 3:
        digits = make_personnummer(birth, rng.randrange(0, 1000))[2:]
    elif kind == 4:  # HETU-like with a century sign and a check character
        d = birth.strftime("%d%m%y") + rng.choice("-+A") + f"{rng.randrange(2, 900):03d}"
        return d + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(d[:6] + d[7:10]) % 31]
    elif kind == 5:
        digits = "".join(rng.choice("0123456789") for _ in range(rng.choice((10, 11, 12))))
    elif kind == 6:  # a near miss: one digit changed
        digits = make_cpr(birth, rng.randrange(0, 80))
        at = rng.randrange(10)
        digits = digits[:at] + str((int(digits[at]) + 1) % 10) + digits[at + 1 :]
    elif kind == 7:  # Unicode digits of another script
        base = make_cpr(birth, rng.randrange(0, 80))
        zero = rng.choice((0x660, 0xFF10, 0x6F0, 0x966))
        digits = "".join(chr(zero + int(c)) for c in base)
    else:
        digits = birth.strftime("%d%m%y") + f"{rng.randrange(0, 100000):05d}"
    head = 8 if len(digits) == 12 else 6
    return digits[:head] + rng.choice(SEPARATORS) + digits[head:]


def text_of(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randrange(1, 12)):
        c = rng.choice(CONTEXT)
        k = c.replace(" ", "_").replace(".", "").replace(":", "").lower() or "id"
        piece = rng.choice(AROUND).format(c=c, k=k, n=_number(rng), n2=_number(rng))
        if rng.random() < 0.1:
            piece = piece.upper()
        parts.append(piece + rng.choice([" ", "\n", "\r\n", ". ", "\t", "; ", "\u00a0", "\x00", "\udc80", "😀"]))
    return "".join(parts)


def main(rounds: int) -> None:
    warnings.simplefilter("error")
    from pii_scanner.detect import fastpath
    from tests.detect import engine_corpus

    compiled = fastpath.compiled_kernel()
    if compiled is None:
        raise SystemExit("no compiled kernel: nothing to compare (build native/ from this checkout)")
    pure_engines, fast_engines = engine_corpus.engines(0.0), engine_corpus.engines(0.0)
    for engine in pure_engines.values():
        engine.kernel = fastpath.PURE
    for engine in fast_engines.values():
        engine.kernel = compiled
    rng = random.Random(20261130)
    compared = 0
    texts = [text_of(rng) for _ in range(rounds)]
    texts.append("".join(texts))  # one long text: window edges fall anywhere
    # Real documents (the open red-team sets) cut and spoiled at random, in every string kind.
    from tests.detect.ner.names_diff_hostile_fuzz import corpus, kinds, spoil

    documents = corpus()
    for _ in range(rounds):
        texts += kinds(spoil(rng, rng.choice(documents)))
    for text in texts:
        for name in ("ids", "default"):
            lang = rng.choice((None, "da", "sv"))
            want = [engine_corpus.finding_line(f) for f in pure_engines[name].detect(text, lang=lang)]
            got = [engine_corpus.finding_line(f) for f in fast_engines[name].detect(text, lang=lang)]
            assert got == want, (name, lang, text)
            compared += len(want)
    if compared < rounds:
        raise SystemExit(f"too few findings compared ({compared}): the generator is broken")
    print(f"{compared} findings compared", file=sys.stderr)
    print("ok")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
