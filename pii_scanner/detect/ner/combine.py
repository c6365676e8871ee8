"""Combine an installed spaCy pipeline's entities with the offline name finder's PERSON spans.

The pipeline is the better judge where it has spoken, so its spans always stay as they are. The
offline finder only adds a PERSON span where the pipeline saw no entity at all (of any label, ORG
included: a firm the pipeline recognised is not a person the fallback may claim) and only when the
span rests on more than a name list (score at least ``min_score``: a cue such as a salutation,
signature, field label or title, or a first name followed by a surname). Lone first names, lone
surnames and mentions are left to the pipeline.

Adding spans can only lower the pipeline's PERSON F1 when the added spans are mostly wrong (below
about half the F1's precision); the confident fallback spans are right far more often than that, so
the combined result does not score below the pipeline alone (measured by bench_ner.py --pipeline
and asserted on a held-out set in tests/detect/ner/test_ner_combine.py).
"""

from __future__ import annotations

from bisect import bisect_left

from pii_scanner.core.model import Finding

COMBINE_MODES = ("confident", "pipeline")
DEFAULT_MIN_SCORE = 0.7


def combine(pipeline: list[Finding], fallback: list[Finding], min_score: float = DEFAULT_MIN_SCORE) -> list[Finding]:
    """Pipeline findings plus confident fallback PERSON spans that overlap none of them.

    Linear after sorting: pipeline spans sorted by start with a running maximum of their ends; a
    fallback span overlaps some pipeline span iff the largest end among pipeline spans starting
    before the fallback span's end lies past its start.
    """
    extra = [f for f in fallback if f.entity_type == "PERSON" and f.score >= min_score]
    if not extra:
        return list(pipeline)
    spans = sorted((f.start, f.end) for f in pipeline)
    starts = [s for s, _ in spans]
    reach: list[int] = []
    furthest = -1
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)
    out = list(pipeline)
    for f in extra:
        i = bisect_left(starts, f.end)  # pipeline spans starting before f ends: spans[:i]
        if i == 0 or reach[i - 1] <= f.start:
            out.append(f)
    out.sort(key=lambda f: (f.start, f.end))
    return out
