"""Language of a text part, with lingua (Apache-2.0), restricted to the languages the scanner serves.

Restricting the candidate set to da/sv/nb/en/fi makes detection faster and more accurate than an
all-languages model. Only a bounded sample of each text is looked at, so cost does not grow with
document size. Lingua is asked only when the cheap first guess (``langguess``: a text plainly in one
language by its function words) holds back, and a sample met again (the same attachment in many
messages, a repeated template) gets the answer already found; either way the answer is lingua's.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import cache
from typing import Any

from pii_scanner.core.model import TextPart
from pii_scanner.detect.ner.langguess import first_guess

_SAMPLE = 2000  # characters looked at per text
_MIN_LETTERS = 12  # below this, no guess
_REMEMBERED = 512  # answers kept per process, by a hash of the sample (never the text itself)


@cache
def _detector() -> tuple[Any, dict[Any, str]]:
    from lingua import Language, LanguageDetectorBuilder

    codes = {
        Language.DANISH: "da",
        Language.SWEDISH: "sv",
        Language.BOKMAL: "nb",
        Language.ENGLISH: "en",
        Language.FINNISH: "fi",
    }
    detector = LanguageDetectorBuilder.from_languages(*codes).with_minimum_relative_distance(0.05).build()
    return detector, codes


# Times this process loaded every model of the served languages (a forked worker inherits its parent's
# count and its models): read by tests, never a setting.
PRELOADS = 0


def preload() -> None:
    """Load every model of the served languages now, once per process.

    lingua loads a language's models on its first text that needs them; a text under about 120
    letters needs all five n-gram sizes (~0.8 s of CPU and ~180 MB). Loaded before a pool forks,
    its workers share one copy instead of each loading its own. The models live in lingua's
    process-wide store, so the detector ``_detector`` builds uses them; answers do not change.
    """
    global PRELOADS
    if PRELOADS:
        return
    from lingua import LanguageDetectorBuilder

    _, codes = _detector()
    LanguageDetectorBuilder.from_languages(*codes).with_preloaded_language_models().build()
    PRELOADS += 1


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (``nb`` for Norwegian) of ``text``, or None when too short or unsure."""
    sample = text[:_SAMPLE]
    if not _has_letters(sample, _MIN_LETTERS):
        return None
    return _answers.get(sample)


class _Answers:
    """Lingua's answer per sample, behind the first guess and a small memory of samples seen.

    The memory is keyed by a digest of the sample, so no text outlives its item in this process.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.seen: OrderedDict[bytes, str | None] = OrderedDict()
        self.lock = threading.Lock()  # the console identifies items from several threads at once

    def get(self, sample: str) -> str | None:
        key = hashlib.blake2b(sample.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        with self.lock:
            if key in self.seen:
                self.seen.move_to_end(key)
                return self.seen[key]
        answer = first_guess(sample) or _lingua(sample)  # outside the lock: threads identify in parallel
        with self.lock:
            self.seen[key] = answer
            while len(self.seen) > self.size:
                self.seen.popitem(last=False)
        return answer


def _lingua(sample: str) -> str | None:
    detector, codes = _detector()
    language = detector.detect_language_of(sample)
    return None if language is None else codes.get(language)


_answers = _Answers(_REMEMBERED)


def _has_letters(text: str, least: int) -> bool:
    """At least ``least`` letters in ``text``: stops at the last one needed (prose needs a few characters)."""
    for ch in text:
        if ch.isalpha():
            least -= 1
            if least <= 0:
                return True
    return least <= 0


# Parts whose words say nothing about the language of the item (addresses, dates, short subjects).
_NOT_PROSE = frozenset({"header", "subject", "properties", "metadata"})


def item_languages(parts: Sequence[TextPart]) -> list[str]:
    """Languages of an item: the languages its parts declare, else ONE guess on a bounded sample.

    The sample takes up to ``_SAMPLE`` characters spread over the item's prose parts (mail header
    and subject parts are skipped), so an item costs one identification whatever its size or
    number of parts.
    """
    declared = {p.lang for p in parts if p.lang}
    if declared:
        return sorted(declared)
    prose = [p.text for p in parts if p.label not in _NOT_PROSE and p.text.strip()]
    if not prose:
        return []
    share = max(200, _SAMPLE // len(prose))
    sample = "\n".join(text[:share] for text in prose)[:_SAMPLE]
    lang = detect_language(sample)
    return [lang] if lang else []
