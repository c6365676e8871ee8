"""A recognizer for any national identifier of the entity catalogue that has a shape of its own.

The Nordic ten/eleven/twelve-digit numbers share shapes and are weighed together by
:class:`~pii_scanner.detect.recognizers.national_ids.NationalIdRecognizer`. An identifier whose
catalogue entry gives a ``candidate`` pattern needs no code here: this recognizer finds the
candidate, asks the identifier module (``info``) whether it is valid, and scores it from
``recognizers/scores.yaml`` (the reading's subtype, else ``valid``) plus context words.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable

from pii_scanner.core.entities import EntitySpec
from pii_scanner.core.errors import InvalidIdentifier
from pii_scanner.core.model import Finding
from pii_scanner.detect import filters
from pii_scanner.detect.identifiers._common import IdentifierInfo
from pii_scanner.detect.recognizers.base import (
    AFTER,
    BEFORE,
    Env,
    Pattern,
    Recognizer,
    context_around,
)

InfoFunction = Callable[..., IdentifierInfo]


def identifier_info(module_name: str) -> InfoFunction:
    """The ``info`` function of ``pii_scanner.detect.identifiers.<module_name>``."""
    module = importlib.import_module(f"pii_scanner.detect.identifiers.{module_name}")
    info: InfoFunction = module.info
    return info


class CatalogueIdRecognizer(Recognizer):
    """Candidates from the catalogue entry's pattern, validated by its identifier module."""

    def __init__(self, spec: EntitySpec, info: InfoFunction | None = None) -> None:
        if spec.candidate is None or spec.identifier is None:
            raise ValueError(f"{spec.name}: a catalogue recognizer needs a candidate pattern and an identifier module")
        self.spec = spec
        self.name = f"{spec.name.title().replace('_', '')}Recognizer"
        self.entities = (spec.name,)
        self._info = info or identifier_info(spec.identifier)
        self._pattern = spec.name.lower()

    def patterns(self, ocr: bool) -> list[Pattern]:
        assert self.spec.candidate is not None
        return [Pattern(self._pattern, self.spec.lead, BEFORE + self.spec.candidate + AFTER)]

    def verify(self, pattern: str, start: int, end: int, env: Env) -> Iterable[Finding]:
        try:
            info = self._info(env.text[start:end], today=env.today)
        except InvalidIdentifier:
            return []
        ctx = context_around(env, self.spec.name, start, end)
        if filters.rejected_by(filters.Candidate(self.spec.name, start, end, ctx), env) is not None:
            return []
        score = env.rules.score(self.spec.name, info.subtype or "valid", self.spec.base_score)
        if ctx.positive:
            score += env.rules.context_boost
        return [
            self.finding(
                self.spec.name,
                start,
                end,
                score,
                env,
                info.normalized,
                pattern,
                checksum=info.checksum,
                subtype=info.subtype,
                ctx=ctx,
            )
        ]
