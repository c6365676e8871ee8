"""Name lists and cue words for the offline name recognizer, loaded from ``recognizers/names/``.

``names.tsv`` is generated from Faker's MIT-licensed name data (scripts/extract_faker_names.py);
``extra_names.tsv`` (frequent Danish names Faker lacks), ``world_names.tsv`` (names of people of
foreign origin living in Denmark and Sweden, and Nordic names that are words) and ``cues.yaml`` are our own. Everything
is casefolded once here so matching is a set lookup.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from pii_scanner.core.resources import data_dir, safe_yaml


@dataclass(frozen=True)
class Lexicon:
    first: frozenset[str]
    last: frozenset[str]
    ambiguous: frozenset[str]  # name-words that are ordinary words too ("per", "dag", "mark")
    not_names: frozenset[str]
    stopwords: frozenset[str]
    salutations: frozenset[str]
    signatures: tuple[str, ...]
    fields: frozenset[str]
    titles: frozenset[str]
    speech_verbs: frozenset[str]
    street_words: frozenset[str]
    everyday_words: frozenset[str] = frozenset()  # street words that block a name only when capitalised
    brands: frozenset[str] = frozenset()  # "georg jensen": a firm named after its founder
    closings: frozenset[str] = frozenset()  # "tak": a sign-off only as the whole line
    roster_labels: frozenset[str] = frozenset()  # "mandag": a duty-roster line label ("Mandag: Hanne, Bo")
    column_first: frozenset[str] = frozenset()  # table headers over first names ("Fornavn", "Förnamn")
    column_last: frozenset[str] = frozenset()  # ... over surnames ("Efternavn", "Surname")
    column_full: frozenset[str] = frozenset()  # ... over whole names ("Navn", "Namn", "Kontaktperson")
    owned_nouns: frozenset[str] = frozenset()  # "forældre": after a genitive first name ("Ullas forældre")
    named_things: frozenset[str] = frozenset()  # "mødelokale": a name after it is a room, ship or storm
    animals: frozenset[str] = frozenset()  # "labrador": a name before "(labrador, 7 år)" is a pet's
    places: frozenset[str] = frozenset()  # "herning": towns that name lists hold or that stand where names do
    creatures: frozenset[str] = frozenset()  # "hunden": the name after it is an animal's or a storm's

    def without(self, names: Iterable[str]) -> Lexicon:
        """A copy with some names removed (benchmarks hold names out to test generalisation)."""
        drop = {n.casefold() for n in names}
        return replace(self, first=self.first - drop, last=self.last - drop)


def _stopwords() -> frozenset[str]:
    """spaCy's Danish, English, Norwegian and Swedish stop-word lists, casefolded.

    They are plain data modules (no imports of their own). They are loaded from their files:
    ``import spacy.lang.da.stop_words`` would import spaCy itself first, over a second of start-up
    for every process that finds names.
    """
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("spaCy is not installed (its stop-word lists are used by the name finder)")
    root = Path(next(iter(spec.submodule_search_locations)))
    words: set[str] = set()
    for lang in ("da", "en", "nb", "sv"):
        path = root / "lang" / lang / "stop_words.py"
        module_spec = importlib.util.spec_from_file_location(f"_pii_scanner_stop_words_{lang}", path)
        if module_spec is None or module_spec.loader is None:
            raise ImportError(f"cannot load {path}")
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
        words.update(w.casefold() for w in module.STOP_WORDS)
    return frozenset(words)


def _fold(words: Iterable[object] | None) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in words or ())


@cache
def load_lexicon(folder: str | None = None) -> Lexicon:
    base = Path(folder) if folder else data_dir("recognizers") / "names"
    first: set[str] = set()
    last: set[str] = set()
    for table in ("names.tsv", "extra_names.tsv", "world_names.tsv"):  # Faker's lists, then our own additions
        path = base / table
        if table != "names.tsv" and not path.is_file():
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                name, kind, *_ = line.rstrip("\n").split("\t")
                (first if kind == "first" else last).add(name.casefold())
    with open(base / "cues.yaml", encoding="utf-8") as fh:
        cues = safe_yaml(fh)
    return Lexicon(
        first=frozenset(first),
        last=frozenset(last),
        ambiguous=_fold(cues.get("ambiguous")),
        not_names=_fold(cues.get("not_names")),
        stopwords=_stopwords(),
        salutations=_fold(cues.get("salutations")),
        signatures=tuple(sorted(_fold(cues.get("signatures")), key=len, reverse=True)),
        fields=_fold(cues.get("fields")),
        titles=_fold(cues.get("titles")),
        speech_verbs=_fold(cues.get("speech_verbs")),
        street_words=_fold(cues.get("street_words")),
        everyday_words=_fold(cues.get("everyday_words")),
        brands=_fold(cues.get("brands")),
        closings=_fold(cues.get("closings")),
        roster_labels=_fold(cues.get("roster_labels")),
        column_first=_fold(cues.get("column_first")),
        column_last=_fold(cues.get("column_last")),
        column_full=_fold(cues.get("column_full")),
        owned_nouns=_fold(cues.get("owned_nouns")),
        named_things=_fold(cues.get("named_things")),
        places=_fold(cues.get("places")),
        animals=_fold(cues.get("animals")),
        creatures=_fold(cues.get("creatures")),
    )
