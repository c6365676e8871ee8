"""Name tokens of PERSON findings, stored only as fingerprints (finding_tokens table).

The access-request search owns the normalisation: it must use the same ``name_tokens`` when it
fingerprints a searched name, so a person is found by any of their name tokens.

Folding: case, diacritics and the Nordic spellings are made equal (ø/ö/oe -> o, æ/ä/ae -> a,
å/aa -> a), so "Søren Østergaard", "Soeren Oestergaard", "SÖREN ÖSTERGAARD" and the ASCII-stripped
"Soren Ostergard" give the same tokens. The fold is lossy on purpose: a fingerprint index cannot be
searched fuzzily, so every spelling must collapse to one key (a few unrelated names collide too;
the search ranks and explains its matches). One-letter tokens (initials) are kept, so
"S. Østergaard" can be matched as "initial + surname".
"""

from __future__ import annotations

import re
import unicodedata

_SPLIT = re.compile(r"[^\w]+|[\d_]+")
# Letters without a Unicode decomposition (NFKD leaves them alone), folded by hand.
_LETTERS = str.maketrans(
    {"ø": "o", "æ": "a", "å": "a", "ö": "o", "ä": "a", "ß": "ss", "ð": "d", "đ": "d", "þ": "th", "ł": "l", "œ": "o"}
)
_DIGRAPHS = (("aa", "a"), ("oe", "o"), ("ae", "a"))


def fold_name(token: str) -> str:
    """One name token in its search form.

    >>> [fold_name(t) for t in ("Søren", "Soeren", "Sören", "Soren")]
    ['soren', 'soren', 'soren', 'soren']
    >>> fold_name("Østergaard") == fold_name("Oestergaard") == fold_name("Östergård")
    True
    >>> fold_name("Æbelø"), fold_name("José")
    ('abelo', 'jose')
    """
    text = unicodedata.normalize("NFKC", token).casefold().translate(_LETTERS)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    return text


def legacy_tokens(name: str) -> list[str]:
    """The tokens written by the first index version (no folding, no initials): search them too."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return [t for t in _SPLIT.split(text) if len(t) > 1]


def name_tokens(name: str) -> list[str]:
    """Normalised tokens of a name: folded (see module doc), split on non-letters; initials kept.

    >>> name_tokens("Jens-Ole  HANSEN")
    ['jens', 'ole', 'hansen']
    >>> name_tokens("S. Østergaard")
    ['s', 'ostergard']
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    return [f for f in (fold_name(t) for t in _SPLIT.split(text) if t) if f]
