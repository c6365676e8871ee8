"""Name folding, clusters and phone variants (no database)."""

from __future__ import annotations

from pii_scanner.access.match import NameSpan, best_name_match, clusters
from pii_scanner.access.subject import Subject, phone_variants
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.store.tokens import fold_name, name_tokens

FP = Fingerprinter(b"unit")


def test_fold_nordic_spellings() -> None:
    same = ["Søren", "Soeren", "Sören", "SØREN", "Soren"]
    assert len({fold_name(s) for s in same}) == 1
    assert fold_name("Åse") == fold_name("Aase") and fold_name("Ærø") == fold_name("Aeroe") == fold_name("Ärö")
    assert name_tokens("Østergaard, Søren") == ["ostergard", "soren"]


def _spans(text_names: list[tuple[int, int, str]]) -> list[NameSpan]:
    return [
        NameSpan("body", s, e, tuple((FP("name:" + t), len(t) == 1) for t in name_tokens(v))) for s, e, v in text_names
    ]


def test_split_surname_first_is_one_name_but_a_list_is_not() -> None:
    key = Subject.of(name="Jens Østergaard").key(FP)
    split = _spans([(0, 10, "Østergaard"), (12, 16, "Jens")])  # "Østergaard, Jens"
    assert len(clusters(split)) == 1 and best_name_match(key, split) == "exact"
    listing = _spans([(0, 16, "Søren Østergaard"), (18, 29, "Jens Hansen")])  # two people
    assert len(clusters(listing)) == 2 and best_name_match(key, listing) is None
    extra = _spans([(0, 22, "Jens Peter Østergaard")])
    assert best_name_match(key, extra) == "first_last"


def test_subject_key_is_fingerprints_only() -> None:
    key = Subject.of(cpr="070761-4285", name="Søren Østergaard", email="S@x.dk", phone="+45 12345678").key(FP)
    other = Subject.of(cpr="0707614285", name="Soeren Oestergaard", email="s@x.dk", phone="12 34 56 78").key(FP)
    assert key.fingerprint == other.fingerprint
    assert all(set(a.fps) & set(b.fps) for a, b in zip(key.idents, other.idents, strict=True))
    text = str(key.to_json())
    for plain in ("0707614285", "soren", "Søren", "s@x.dk", "12345678"):
        assert plain not in text
    assert key.describe() == ["cpr 070761-XXXX", "email s***@x.dk", "phone +** ******78", "name S. Ø."]


def test_phone_variants() -> None:
    assert "+4512345678" in phone_variants("12 34 56 78") and "12345678" in phone_variants("+45 1234 5678")
    assert {"0701234567", "+46701234567"} <= set(phone_variants("+46 (0)70-123 45 67"))
