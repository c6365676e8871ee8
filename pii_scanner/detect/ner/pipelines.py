"""spaCy pipelines by package name or path, never downloaded; entities mapped to our types.

``spacy.load`` is given either an existing directory or the name of an INSTALLED package; a name
that is not installed raises :class:`ConfigError` telling the user how to install it, instead of
anything being fetched. Texts are cut below ``max_chars`` (see chunking) and run through
``nlp.pipe`` in batches; ``nlp.max_length`` is raised above ``max_chars`` so it never bites.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pii_scanner.core.errors import ConfigError
from pii_scanner.core.model import Explanation, Finding
from pii_scanner.core.user_paths import expand_user
from pii_scanner.detect.ner.chunking import split_text

NAME = "spacy"
# Labels of the common Nordic/English pipelines: da/nb (PER, LOC, GPE_LOC), sv (PRS), en (PERSON, GPE,
# FAC), DaCy (PER, LOC), KB/NbAiLab (PER, PRS, LOC). ORG only when asked for.
LABELS = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "PRS": "PERSON",
    "PERS": "PERSON",
    "B-PER": "PERSON",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
    "GPE_LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORG",
    "GPE_ORG": "ORG",
}
SCORE = 0.85  # above every fallback score: a trained model is the better judge
# Components a NER-only run does not need; excluding them saves most of the time.
_UNNEEDED = (
    "parser",
    "tagger",
    "morphologizer",
    "lemmatizer",
    "trainable_lemmatizer",
    "senter",
    "attribute_ruler",
    "textcat",
    "textcat_multilabel",
)


def resolve(spec: str) -> str | Path:
    """Check that ``spec`` names an installed package or an existing pipeline directory."""
    import spacy.util

    path = expand_user(spec)
    if path.exists():
        if not (path / "config.cfg").is_file():
            raise ConfigError(f"spaCy pipeline folder {path} has no config.cfg")
        return path
    if any(sep in spec for sep in ("/", "\\")) or spec.startswith("."):
        raise ConfigError(f"spaCy pipeline folder {spec} does not exist")
    if not spacy.util.is_package(spec):
        raise ConfigError(
            f"spaCy pipeline {spec!r} is not installed; install it first (e.g. "
            f"`python -m spacy download {spec}` or `pip install <wheel>`) or give a folder path. "
            "The scanner never downloads models."
        )
    return spec


def load_pipeline(spec: str, max_chars: int) -> Any:
    import spacy

    target = resolve(spec)
    try:
        nlp = spacy.load(target, exclude=list(_UNNEEDED))
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"cannot load spaCy pipeline {spec!r}: {type(exc).__name__}") from exc
    if "ner" not in nlp.pipe_names and not any(
        nlp.get_pipe(p).__class__.__name__ == "EntityRuler" for p in nlp.pipe_names
    ):
        raise ConfigError(f"spaCy pipeline {spec!r} has no 'ner' component")
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    return nlp


class SpacyNameFinder:
    """Runs one spaCy pipeline over texts in batches; spans mapped to PERSON/LOCATION(/ORG)."""

    def __init__(
        self, nlp: Any, *, batch_size: int = 32, max_chars: int = 100_000, include_org: bool = False, spec: str = ""
    ) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.include_org = include_org
        self.spec = spec

    def find_many(self, texts: Sequence[str], langs: Sequence[str | None] | None = None) -> list[list[Finding]]:
        found = self.find_all(texts)
        if self.include_org:
            return found
        return [[f for f in part if f.entity_type != "ORG"] for part in found]

    def find_all(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Every mapped entity, ORG included whatever ``include_org`` says (the combination needs
        to know where the pipeline saw a firm)."""
        chunks: list[tuple[int, int, str]] = []  # (text index, offset, chunk)
        for i, text in enumerate(texts):
            chunks.extend((i, off, chunk) for off, chunk in split_text(text, self.max_chars) if chunk.strip())
        out: list[list[Finding]] = [[] for _ in texts]
        docs = self.nlp.pipe((c for _, _, c in chunks), batch_size=self.batch_size)
        for (i, offset, _chunk), doc in zip(chunks, docs, strict=True):
            out[i].extend(self._spans(doc, offset))
        return out

    def _spans(self, doc: Any, offset: int) -> list[Finding]:
        found: list[Finding] = []
        for ent in doc.ents:
            entity = LABELS.get(ent.label_.upper())
            if entity is None:
                continue
            value = ent.text
            stripped = value.rstrip()  # some tokenizers keep trailing whitespace in a span
            start = offset + ent.start_char
            found.append(
                Finding(
                    entity_type=entity,
                    start=start,
                    end=start + len(stripped),
                    score=SCORE,
                    value=stripped,
                    normalized=" ".join(stripped.split()),
                    explanation=Explanation(recognizer=NAME, pattern=ent.label_, notes=(self.spec,)),
                )
            )
        return [f for f in found if f.end > f.start]
