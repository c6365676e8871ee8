"""NER hook (ARCHITECTURE.md): ``build_name_finder(config)`` -> a NameFinder or None.

Each text part's language is identified (lingua); parts in a language with a configured spaCy
pipeline go through that pipeline AND the offline fallback recognizer, combined so that the
pipeline's spans always stand and the fallback only adds confident PERSON spans where the pipeline
saw nothing (``combine.py``; ``ner.combine = "pipeline"`` turns that off). The other parts go
through the fallback alone. Config ``ner.pipelines`` maps a language code (``da``, ``sv``, ``nb``,
``en``, ``fi``, or ``*`` for any) to an installed package name or a folder path.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.model import Finding
from pii_scanner.detect.ner.combine import DEFAULT_MIN_SCORE, combine
from pii_scanner.detect.ner.langid import detect_language
from pii_scanner.detect.ner.pipelines import SpacyNameFinder, load_pipeline, resolve

if TYPE_CHECKING:  # imported where names are looked for: ~50 ms a process, and language ids run without it
    from pii_scanner.detect.ner.fallback import FallbackNameFinder

_ALIASES = {"no": "nb", "nn": "nb", "dk": "da", "se": "sv"}

__all__ = ["FallbackNameFinder", "NameFinderRouter", "SpacyNameFinder", "build_name_finder", "check_pipelines"]


def __getattr__(name: str) -> Any:
    if name == "FallbackNameFinder":
        from pii_scanner.detect.ner.fallback import FallbackNameFinder

        return FallbackNameFinder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _pipelines(config: ScanConfig) -> dict[str, str]:
    return {_ALIASES.get(k.lower(), k.lower()): v for k, v in config.ner.pipelines.items() if v}


def check_pipelines(config: ScanConfig) -> None:
    """Fail early, with a clear message, when a configured pipeline is not installed."""
    for spec in _pipelines(config).values():
        resolve(spec)


class NameFinderRouter:
    """Routes each text to the pipeline for its language, or to the fallback recognizer."""

    def __init__(
        self,
        by_lang: dict[str, SpacyNameFinder],
        fallback: FallbackNameFinder | None,
        *,
        combine: bool = True,
        min_score: float = DEFAULT_MIN_SCORE,
    ) -> None:
        from pii_scanner.detect.ner.fallback import FallbackNameFinder

        self.by_lang = by_lang
        self.fallback = fallback or FallbackNameFinder()
        self.combine = combine
        self.min_score = min_score

    def _finder_for(self, lang: str | None) -> SpacyNameFinder | None:
        if lang is not None and lang in self.by_lang:
            return self.by_lang[lang]
        return self.by_lang.get("*")

    def find_many(self, texts: Sequence[str], langs: Sequence[str | None]) -> list[list[Finding]]:
        out: list[list[Finding]] = [[] for _ in texts]
        groups: dict[int, tuple[SpacyNameFinder, list[int]]] = {}
        rest: list[int] = []
        for i, text in enumerate(texts):
            lang = langs[i] if i < len(langs) else None
            if self.by_lang and lang is None:
                lang = detect_language(text)
            finder = self._finder_for(_ALIASES.get(lang, lang) if lang else None)
            if finder is None:
                rest.append(i)
            else:
                groups.setdefault(id(finder), (finder, []))[1].append(i)
        for finder, idx in groups.values():  # one nlp.pipe call per pipeline: batches span texts
            if not self.combine:
                for i, found in zip(idx, finder.find_many([texts[i] for i in idx]), strict=True):
                    out[i] = found
                continue
            for i, found in zip(idx, finder.find_all([texts[i] for i in idx]), strict=True):
                both = combine(found, self.fallback.find(texts[i]), self.min_score)
                out[i] = both if finder.include_org else [f for f in both if f.entity_type != "ORG"]
        for i in rest:
            out[i] = self.fallback.find(texts[i])
        return out


def build_name_finder(config: ScanConfig) -> NameFinderRouter | None:
    if not config.ner.enabled:
        return None
    from pii_scanner.detect.ner.fallback import FallbackNameFinder

    ner = config.ner
    loaded: dict[str, SpacyNameFinder] = {}
    by_lang: dict[str, SpacyNameFinder] = {}
    for lang, spec in _pipelines(config).items():
        if spec not in loaded:  # one model may serve several languages
            nlp = load_pipeline(spec, ner.max_chars)
            loaded[spec] = SpacyNameFinder(
                nlp, batch_size=ner.batch_size, max_chars=ner.max_chars, include_org=ner.include_org, spec=spec
            )
        by_lang[lang] = loaded[spec]
    return NameFinderRouter(
        by_lang,
        FallbackNameFinder(fast_path=config.detect.fast_path),
        combine=ner.combine != "pipeline",
        min_score=ner.combine_min_score,
    )
