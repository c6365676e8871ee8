"""Name tokens of PERSON findings, stored only as fingerprints (finding_tokens table).

The access-request search owns the normalisation: it must use the same ``name_tokens`` when it
fingerprints a searched name, so a person is found by any of their name tokens.
"""

from __future__ import annotations

import re
import unicodedata

_SPLIT = re.compile(r"[^\w]+|[\d_]+")


def name_tokens(name: str) -> list[str]:
    """Normalised tokens of a name: NFKC, case-folded, split on non-letters, 1-letter tokens dropped.

    >>> name_tokens("Jens-Ole  HANSEN")
    ['jens', 'ole', 'hansen']
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    return [t for t in _SPLIT.split(text) if len(t) > 1]
