"""The first guess at a language (function words) answers only where lingua gives the same answer,
and a sample met again is not identified again."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest

from pii_scanner.detect.ner import langid
from pii_scanner.detect.ner.langguess import first_guess
from pii_scanner.samples.synthetic import generate_document

GOLDEN = Path(__file__).parents[2] / "classify" / "data" / "classify_golden.jsonl.gz"


def _samples() -> list[str]:
    rng = random.Random(14)
    with gzip.open(GOLDEN, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    for language in ("da", "sv", None):  # None: Danish and Swedish paragraphs mixed
        for _ in range(150):
            texts.append(generate_document(rng, rng.randint(200, 3000), language=language, prose=rng.random()).text)
    samples = []
    for text in texts:
        samples += [text[:2000], text[len(text) // 2 : len(text) // 2 + 2000], text[:400]]
    return samples


def test_every_first_guess_is_linguas_answer() -> None:
    decided = {"da": 0, "sv": 0}
    for sample in _samples():
        guess = first_guess(sample)
        if guess is None:
            continue
        assert guess == langid._lingua(sample), sample
        decided[guess] = decided.get(guess, 0) + 1
    assert decided["da"] >= 100 and decided["sv"] >= 30, decided  # it does spare lingua work


DANISH = (
    "Vi har modtaget din ansøgning og vender tilbage efter mødet i næste uge. Hvis du har spørgsmål til "
    "sagen, er du velkommen til at ringe til mig. Vi skal også bruge en kopi af din kontrakt, og det vil "
    "være godt at få den inden fredag. Tak for hjælpen, og god weekend til dig og resten af afdelingen."
)
SWEDISH = (
    "Vi har tagit emot din ansökan och återkommer efter mötet nästa vecka. Om du har frågor om ärendet är "
    "du välkommen att ringa mig. Vi behöver också en kopia av ditt avtal, och det vore bra att få den före "
    "fredag. Tack för hjälpen och trevlig helg till dig och resten av avdelningen, med vänliga hälsningar."
)


def test_plain_texts_are_decided() -> None:
    assert first_guess(DANISH) == "da" == langid._lingua(DANISH)
    assert first_guess(SWEDISH) == "sv" == langid._lingua(SWEDISH)


@pytest.mark.parametrize(
    "text",
    [
        DANISH + " " + SWEDISH,  # mixed: lingua weighs the two
        SWEDISH + " Ring Søren på kontoret.",  # a Danish-Norwegian letter in Swedish text
        DANISH.replace("fredag", "fredag (för övrigt)"),  # one Swedish word
        "Vi har mottatt søknaden din og kommer tilbake etter møtet neste uke. Hvis du har spørsmål om saken, "
        "er du velkommen til å ringe meg. Vi trenger også en kopi av kontrakten din, og det vil være fint å få "
        "den før fredag. Takk for hjelpen, og god helg til deg og resten av avdelingen.",  # Norwegian
        "Tak for mødet i går, vi ses på mandag.",  # short: lingua's short-text models decide
        "",
        "\ud800" * 100,  # a lone surrogate
    ],
)
def test_anything_unclear_goes_to_lingua(text: str) -> None:
    assert first_guess(text) is None


def test_a_sample_met_again_is_answered_from_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def lingua(sample: str) -> str | None:
        asked.append(sample)
        return "nb"

    monkeypatch.setattr(langid, "_answers", langid._Answers(4))
    monkeypatch.setattr(langid, "_lingua", lingua)
    mixed = DANISH + " " + SWEDISH
    assert [langid.detect_language(mixed) for _ in range(3)] == ["nb"] * 3
    assert asked == [mixed]
    assert langid.detect_language(DANISH) == "da" and len(asked) == 1  # the first guess: lingua not asked
    for n in range(5):  # bounded: the oldest answer is forgotten
        langid.detect_language(f"{mixed} {n}")
    assert len(langid._answers.seen) == 4
    langid.detect_language(mixed)
    assert len(asked) == 7
    # Remembered by a 16-byte digest: no text of an item stays behind in the process.
    assert all(isinstance(k, bytes) and len(k) == 16 for k in langid._answers.seen)
    assert langid.detect_language("\ud800 lone surrogate: " + mixed) == "nb"


def test_the_memory_is_safe_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """The console identifies items from a thread pool: a full memory evicting while others look up
    never fails (without the lock: a KeyError when an answer is evicted between its lookup and its
    move to the end; the pause below lets other threads run exactly there)."""
    import threading
    import time
    from collections import OrderedDict

    class Pausing(OrderedDict[bytes, "str | None"]):
        def move_to_end(self, key: bytes, last: bool = True) -> None:
            time.sleep(0.0002)
            super().move_to_end(key, last)

    monkeypatch.setattr(langid, "OrderedDict", Pausing)
    monkeypatch.setattr(langid, "_answers", langid._Answers(3))
    monkeypatch.setattr(langid, "_lingua", lambda sample: "da")
    errors: list[BaseException] = []

    def work(seed: int) -> None:
        try:
            for n in range(400):
                assert langid.detect_language(f"mixed sample number {(n * seed) % 5} of thread text") == "da"
        except BaseException as exc:  # any failure in a thread fails the test
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(s,)) for s in (1, 2, 3, 4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[:1]
    assert len(langid._answers.seen) <= 3
