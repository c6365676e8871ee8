"""Declarative recognizer data (top-level ``recognizers/`` folder): context words, scores, country hints.

Loaded once per folder and shared read-only; updating the YAML needs no code change.

A context word ending in ``*`` matches every word starting with it, so inflected forms count too
("henkilötunnu*" finds "henkilötunnukseni"): write the stem all the forms share.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pii_scanner.core.data_cache import code_key, remembered
from pii_scanner.core.entities import NATIONAL_IDS, is_known
from pii_scanner.core.entities import entity as catalogue_entry
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.regex_cache import configured
from pii_scanner.core.resources import data_dir, kept_yaml


@dataclass(frozen=True)
class ContextWords:
    """One entity's context words compiled into one pattern: group "p" positive, group "n" negative.

    ``languages`` gives, for a word that is positive for this entity in some languages but a
    negative word of another entity or language ("p-nr": Swedish personnummer, Danish
    produktionsenhed), the languages in which it is positive: elsewhere it counts as negative.
    """

    both: re.Pattern[str] | None  # over lower-cased text (the fast path)
    languages: dict[str, frozenset[str]] = field(default_factory=dict)
    words: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # positive, negative-only: for both_any_case

    @property
    def both_any_case(self) -> re.Pattern[str] | None:
        """``both`` for text whose lower-casing changes its length, any case: compiled when first
        needed (such text is rare; every process would otherwise compile one per entity at start-up)."""
        return _both_any_case(*self.words)


@dataclass(frozen=True)
class CountryHints:
    """Cheap evidence of a row's country: e-mail and web domains, phone prefixes, cities, postcodes."""

    tld: dict[str, str]
    phone: dict[str, str]
    city: re.Pattern[str] | None
    city_lang: dict[str, str]
    postcode: tuple[tuple[re.Pattern[str], str], ...]
    marks: tuple[tuple[str, re.Pattern[str]], ...]
    # A country written as a field's value ("SE", "DNK", "Sverige", "dansk"), case-folded -> language
    countries: dict[str, str] = field(default_factory=dict)


def _alternation(words: list[str]) -> str:
    # Longest first so "cpr-nr" wins over "cpr"; "stem*" matches the stem and any word ending.
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"[\w]*")
        else:
            parts.append(re.escape(word))
    return "|".join(parts)


def _both(positive: list[str], negative: list[str], flags: int = 0) -> re.Pattern[str] | None:
    """Group "p" of the positive words, then group "n" of the negative ones, as whole words.

    Over lower-cased text (no flags) each group is a trie (see :func:`_trie`), which finds the same
    word as the longest-first alternation and is several times faster to search; with flags (any
    case) the plain alternation is kept.
    """
    if not positive and not negative:
        return None
    parts = []
    for group, words in (("p", positive), ("n", negative)):
        if words:
            body = _kept_trie(set(words)) if flags == 0 else _alternation(words)
            parts.append(f"(?P<{group}>{body})")
    return configured(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w])", flags)


@cache
def _both_any_case(positive: tuple[str, ...], negative: tuple[str, ...]) -> re.Pattern[str] | None:
    return _both(list(positive), list(negative), re.IGNORECASE)


def _both_alternation(positive: list[str], negative: list[str]) -> re.Pattern[str] | None:
    """The reference form of :func:`_both` (longest-first alternation), for tests."""
    if not positive and not negative:
        return None
    parts = [f"(?P<{g}>{_alternation(w)})" for g, w in (("p", positive), ("n", negative)) if w]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w])")


_END, _STEM = 0, 1  # trie node keys that are not characters


def _kept_trie(words: set[str]) -> str:
    """``_trie(words)``, from the data cache when an earlier process built it from the same words with this
    code: the context words' tries (thousands of words) are a tenth of a scan's start-up to build."""
    key = (code_key(__file__), "\0".join(sorted(words)).encode("utf-8", "backslashreplace"))
    body: str = remembered("trie", key, lambda: _trie(words))
    return body


def _trie(words: set[str]) -> str:
    """One regex body for a set of context words, factored by common prefixes (fast to search).

    It matches the same strings as their alternation (a stem's "*" is any word ending). Longer
    words are tried first, as in the longest-first alternation: at each node the continuations
    come before the word ending there, and the words that can match at one place are prefixes of
    each other, so the one found is the longest that is followed by no word character.
    """
    root: dict[object, Any] = {}
    for word in words:
        stem = word.endswith("*")
        node = root
        for ch in word[:-1] if stem else word:
            node = node.setdefault(ch, {})
        node[_STEM if stem else _END] = True
    return _emit(root)


def _emit(node: dict[object, Any]) -> str:
    alts = [re.escape(ch) + _emit(child) for ch, child in sorted((k, v) for k, v in node.items() if isinstance(k, str))]
    if _STEM in node:
        alts.append(r"[\w]*")
    elif _END in node:
        alts.append("")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


@dataclass(frozen=True)
class LabelWords:
    """How a number's own label is read (``recognizers/labels.yaml``): word endings that name a kind
    of number, words that alone say only "number", and small words that name nothing."""

    suffix: re.Pattern[str] | None = None  # matches a lower-cased label word that names a kind of number
    bare: frozenset[str] = frozenset()
    not_labels: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()  # "er slettet 0707614285": a participle follows, no noun
    things: frozenset[str] = frozenset()  # "rapport 0508715414": a noun naming what the number numbers
    # A compound ending in one of the longer of those ("leverantörsfaktura", "pensionsordning"): the
    # last part of a Danish or Swedish compound names the thing. Its head is group "head".
    compound_thing: re.Pattern[str] | None = None
    persons: frozenset[str] = frozenset()  # {"person": {"id": ...}}: the person's identifier
    recipients: frozenset[str] = frozenset()  # "Modtager: 160794-2B50": the receiver's number
    kin: frozenset[str] = frozenset()  # "rasmus (søn) 1009167094": a family member's number
    negations: frozenset[str] = frozenset()  # "(inte ditt personnummer)": the number is not one
    # Right before a negative word: it labels no number ("uden CVR", "over the phone").
    disowning: frozenset[str] = frozenset()
    amount_units: frozenset[str] = frozenset()  # "1 600 SEK": the amount's unit, no label
    # Numbers that for a natural person ARE the personal identifier (a sole trader's organisationsnummer)
    personal_numbers: frozenset[str] = frozenset()
    # Keys of the fields beside a value that say which scheme or country it belongs to ("SchmeNm",
    # "idType", "country", "Nationalitet"), written without case, "_", "-", "." or spaces.
    descriptor_keys: frozenset[str] = frozenset()
    # Codes of identifier schemes written as codes (ISO 20022 "NIDN"), case-folded -> words.
    scheme_codes: dict[str, str] = field(default_factory=dict)
    # Keys naming an identity document or number of any country ("ID-nr", "Legitimation"), written
    # as descriptor_keys are: with the row's declared country they name that country's identifier.
    identity_keys: frozenset[str] = frozenset()
    # Words marking a row as test or demonstration data ("1212410930,demo" in a seed file).
    test_values: frozenset[str] = frozenset()


def key_form(key: str) -> str:
    """A key as ``descriptor_keys`` are written: "ID-nr." -> "idnr", "Schme_Nm" -> "schmenm"."""
    return "".join(ch for ch in key.casefold() if ch.isalnum())


@dataclass(frozen=True)
class Rules:
    context: dict[str, ContextWords]
    scores: dict[str, Any]
    hints: CountryHints
    mod11_exempt_dates: frozenset[datetime.date] = frozenset()
    source: str = "scores.yaml"  # where the scores were read from, for error messages
    labels: LabelWords = field(default_factory=LabelWords)
    # Every positive word of every national identifier, any language (over lower-cased text): a
    # column headed "Personnummer", "pnr" or "ID-nummer" holds identifiers, whichever country's.
    id_words: re.Pattern[str] | None = None
    # Positive words that in some languages label something else ("pnr": a Swedish personnummer, a
    # Danish P-nummer): word -> those languages (context.yaml, "negative_in_language").
    negative_in: dict[str, frozenset[str]] = field(default_factory=dict)
    # Every context word of every entity in one pattern (over lower-cased text): a window in which
    # it finds nothing holds no context word of any entity.
    any_context: re.Pattern[str] | None = None
    any_context_words: tuple[str, ...] = ()  # the words of any_context (a compiled kernel builds its own trie)

    # Scores and settings are asked for several times per candidate: answers are kept per Rules
    # (the data is read once and never changes); errors are not kept, so they raise every time.
    _answers: dict[tuple[str, str, float | None], float] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def score(self, entity: str, key: str, default: float | None = None) -> float:
        """The score of one reading; a missing one falls back to ``default``, else to the
        catalogue's base score for the entity."""
        ask = (entity, key, default)
        known = self._answers.get(ask)
        if known is None:
            known = self._answers[ask] = self._score(entity, key, default)
        return known

    def _score(self, entity: str, key: str, default: float | None) -> float:
        table = self.scores.get(entity)
        if isinstance(table, dict) and key in table:
            return self._number(table[key], f"{entity}.{key}")
        if default is not None:
            return default
        if is_known(entity):
            return catalogue_entry(entity).base_score
        raise ConfigError(f"{self.source}: no score {entity}.{key} and {entity!r} is not in the entity catalogue")

    def setting(self, key: str, name: str | None = None) -> float:
        """A top-level number (``context_boost``) or one of a table (``table.neighbours``)."""
        ask = ("", key, None) if name is None else ("\0" + key, name, None)
        known = self._answers.get(ask)
        if known is None:
            known = self._answers[ask] = self._setting(key, name)
        return known

    def _setting(self, key: str, name: str | None) -> float:
        value: Any = self.scores.get(key)
        label = key
        if name is not None:
            value = value.get(name) if isinstance(value, dict) else None
            label = f"{key}.{name}"
        if value is None:
            raise ConfigError(f"{self.source}: missing setting {label}")
        return self._number(value, label)

    def _number(self, value: Any, label: str) -> float:
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{self.source}: {label} must be a number, got {value!r}") from None

    @property
    def context_boost(self) -> float:
        return self.setting("context_boost")


def _by_language(by_language: dict[str, list[str]] | None, languages: tuple[str, ...]) -> dict[str, set[str]]:
    """word (case-folded) -> the languages it is listed for."""
    out: dict[str, set[str]] = {}
    for lang, words in (by_language or {}).items():
        if lang in languages:
            for word in words or []:
                out.setdefault(str(word).lower(), set()).add(lang)
    return out


def _dates(items: list[Any]) -> frozenset[datetime.date]:
    dates: set[datetime.date] = set()
    for item in items:
        if isinstance(item, datetime.datetime):
            dates.add(item.date())
        elif isinstance(item, datetime.date):
            dates.add(item)
        else:
            dates.add(datetime.date.fromisoformat(str(item)))
    return frozenset(dates)


def _city_pattern(names: list[str], trie: bool = True) -> re.Pattern[str]:
    """Any of the (case-folded) city names as a whole word, in any case. As a trie (several times
    faster to search; it finds the same name as the longest-first alternation, ``trie=False``)."""
    body = _kept_trie(set(names)) if trie else _alternation(names)
    return configured(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)


def _hints(raw: dict[str, Any]) -> CountryHints:
    cities: dict[str, str] = {}
    for lang, names in (raw.get("cities") or {}).items():
        for name in names or []:
            cities[str(name).casefold()] = str(lang)
    city = _city_pattern(list(cities)) if cities else None
    postcode = tuple((re.compile(str(p)), str(lang)) for lang, ps in (raw.get("postcodes") or {}).items() for p in ps)
    marks = tuple((str(lang), re.compile(str(p))) for lang, p in (raw.get("marks") or {}).items())
    return CountryHints(
        tld={str(k).casefold(): str(v) for k, v in (raw.get("tld") or {}).items()},
        phone={str(k): str(v) for k, v in (raw.get("phone") or {}).items()},
        city=city,
        city_lang=cities,
        postcode=postcode,
        marks=marks,
        countries={
            str(name).casefold(): str(lang)
            for lang, names in (raw.get("countries") or {}).items()
            for name in names or []
        },
    )


_FOLD = str.maketrans({"ä": "a", "å": "a", "ö": "o", "ø": "o", "æ": "ae", "é": "e", "ü": "u"})


_COMPOUND_TAIL = 5  # letters of a numbered thing that may end a compound naming it


def _labels(raw: dict[str, Any], languages: tuple[str, ...]) -> LabelWords:
    def alternation(key: str) -> str:
        words = sorted({str(w).lower() for w in raw.get(key) or []}, key=len, reverse=True)
        return "|".join(map(re.escape, words)) or "(?!)"

    suffix = None
    if raw.get("number_suffixes") or raw.get("number_suffixes_after_hyphen"):
        # At least one letter before the ending: "policenummer", "lejemålsnr.", "kunde-id"
        glued, hyphen = alternation("number_suffixes"), alternation("number_suffixes_after_hyphen")
        suffix = re.compile(rf"[^\W\d_][\w.&/-]*?(?:(?:{glued})|[-.](?:{hyphen}))\.?")
    small = {
        str(w).lower()
        for lang, words in (raw.get("not_labels") or {}).items()
        if lang in languages
        for w in words or []
    }
    things = frozenset(
        form
        for lang, words in (raw.get("numbered_things") or {}).items()
        if lang in languages
        for w in words or []
        for form in (str(w).lower(), str(w).lower().translate(_FOLD))
    )
    # Short things end too many other words ("profil", "afsag", "årsag"): they end a compound only after
    # a head of four letters or more ("byggesag", "klagesag").
    tails = sorted((t for t in things if len(t) >= _COMPOUND_TAIL and t.isalpha()), key=len, reverse=True)
    short = sorted((t for t in things if len(t) < _COMPOUND_TAIL and t.isalpha()), key=len, reverse=True)
    endings = [*map(re.escape, tails)]
    if short:
        endings.append(rf"(?<=[^\W\d_]{{4}})(?:{'|'.join(map(re.escape, short))})")
    # Not through the regex cache: the words come out of a set, in another order in each process.
    compound = re.compile(rf"(?P<head>[^\W\d_]{{3,}}?)s?(?:{'|'.join(endings)})") if endings else None
    return LabelWords(
        suffix=suffix,
        compound_thing=compound,
        bare=frozenset(str(w).lower() for w in raw.get("bare") or []),
        not_labels=frozenset(small),
        auxiliaries=frozenset(str(w).lower() for w in raw.get("auxiliaries") or []),
        persons=frozenset(str(w).lower() for w in raw.get("person_nouns") or []),
        recipients=frozenset(str(w).lower() for w in raw.get("recipient_nouns") or []),
        kin=frozenset(str(w).lower() for w in raw.get("kin_nouns") or []),
        negations=frozenset(str(w).lower() for w in raw.get("negations") or []),
        disowning=frozenset(str(w).lower() for w in raw.get("disowning") or []),
        amount_units=frozenset(str(w).lower() for w in raw.get("amount_units") or []),
        personal_numbers=frozenset(str(w).lower() for w in raw.get("personal_numbers") or []),
        test_values=frozenset(str(w).lower() for w in raw.get("test_values") or []),
        descriptor_keys=frozenset(key_form(str(w)) for w in raw.get("descriptor_keys") or []),
        identity_keys=frozenset(key_form(str(w)) for w in raw.get("identity_keys") or []),
        scheme_codes={str(k).casefold(): str(v) for k, v in (raw.get("scheme_codes") or {}).items()},
        # Machine keys drop diacritics ("arende=" for "ärende"): the folded forms count too.
        things=things,
    )


@cache
def load_rules(folder: str | None = None, languages: tuple[str, ...] = ("da", "sv", "nb", "fi", "en")) -> Rules:
    base = Path(folder) if folder else data_dir("recognizers")
    # Parsed forms from the data cache where an earlier process parsed the same files (dk_cpr.yaml's dates
    # are no plain data: parsed every time).
    raw_context: dict[str, Any] = kept_yaml(base / "context.yaml")
    scores: dict[str, Any] = kept_yaml(base / "scores.yaml")
    hints_path = base / "country_hints.yaml"
    raw_hints: dict[str, Any] = {}
    if hints_path.exists():
        raw_hints = kept_yaml(hints_path) or {}
    cpr_path = base / "dk_cpr.yaml"
    exempt: frozenset[datetime.date] = frozenset()
    if cpr_path.exists():
        exempt = _dates((kept_yaml(cpr_path) or {}).get("mod11_exempt_dates") or [])
    labels_path = base / "labels.yaml"
    raw_labels: dict[str, Any] = {}
    if labels_path.exists():
        raw_labels = kept_yaml(labels_path) or {}
    # Words in "shared_negative" mark a number as not any person's identifier (order, invoice...):
    # they apply to every national-ID entity on top of the entity's own list.
    shared = _by_language(raw_context.pop("shared_negative", None), languages)
    raw_context.pop("national_ids", None)  # older data folders listed them; the catalogue decides now
    negative_in: dict[str, set[str]] = {}
    for lang, words in (raw_context.pop("negative_in_language", None) or {}).items():
        for word in words or []:
            negative_in.setdefault(str(word).lower(), set()).add(str(lang))
    national = NATIONAL_IDS
    specs = {entity: spec or {} for entity, spec in raw_context.items()}
    negatives = {
        entity: _by_language(spec.get("negative"), languages) | (shared if entity in national else {})
        for entity, spec in specs.items()
    }
    all_national_negative = {w for e in national for w in negatives.get(e, {})}
    context: dict[str, ContextWords] = {}
    every_word: set[str] = set()
    for entity, spec in specs.items():
        positive = _by_language(spec.get("positive"), languages)
        negative = negatives[entity]
        every_word.update(positive, negative)
        # A word positive here but negative for a national ID elsewhere: its sense follows the language.
        ambiguous = {w: frozenset(langs) for w, langs in positive.items() if w in all_national_negative}
        negative_only = [w for w in negative if w not in positive]
        context[entity] = ContextWords(
            _both(list(positive), negative_only),
            ambiguous if entity in national else {},
            (tuple(positive), tuple(negative_only)),
        )
    id_positive = sorted({w for e in national if e in specs for w in _by_language(specs[e].get("positive"), languages)})
    return Rules(
        # Only asked whether one occurs: the trie finds one exactly where the alternation would.
        id_words=configured(rf"(?<![\w-])(?:{_kept_trie(set(id_positive))})(?![\w])") if id_positive else None,
        context=context,
        scores=scores or {},
        hints=_hints(raw_hints),
        mod11_exempt_dates=exempt,
        source=str(base / "scores.yaml"),
        labels=_labels(raw_labels, languages),
        negative_in={w: frozenset(langs) for w, langs in negative_in.items()},
        any_context=configured(rf"(?<![\w-]){_kept_trie(every_word)}(?![\w])") if every_word else None,
        any_context_words=tuple(sorted(every_word)),
    )
