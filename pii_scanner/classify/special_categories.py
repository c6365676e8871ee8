"""GDPR art. 9/10 special categories revealed ABOUT A PERSON (lexicon: recognizers/special_categories.yaml).

A term of a category ("sygemeldt", "medlem af 3F", "dömd för") counts only in a sentence that is
about an identifiable natural person:

- direct: a name, national identifier or e-mail address in the sentence (findings of the detect
  stage; without PERSON findings, the offline name recognizer on the sentence and its neighbours),
  or the writer about themself ("jeg", "jag", "I am");
- pronoun: "han", "hon", "medarbejderen"... in the sentence, while somebody is identified nearby;
- adjacent: a direct anchor in the sentence before or after.

Generic context in the sentence (a policy, a scheme, statistics, a firm, "hvis en medarbejder...")
turns pronouns and neighbours off (soft) or drops the hit unless the writer speaks of themself (hard).
A term inside a compound with a generic head ("sygefraværspolitik") does not count at all.

Confidence = (1 - prod(1 - strength)) over the distinct terms of the category in the sentence, times
the anchor's factor; the category is set when its best evidence reaches the threshold. Evidence holds
offsets and masked spans only: never a plaintext identifier.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pii_scanner.classify.readable import readable
from pii_scanner.classify.terms import MAX_CHARS, Hit, ItemText, TermSet, load_yaml, trie_regex
from pii_scanner.core.entities import NATIONAL_IDS
from pii_scanner.core.model import Finding
from pii_scanner.core.privacy import mask_email, mask_name, mask_value
from pii_scanner.core.regex_cache import configured, regex
from pii_scanner.core.resources import data_dir

CATEGORIES = (
    "health",
    "genetic",
    "biometric",
    "trade_union",
    "religion",
    "ethnic_origin",
    "sexual_orientation",
    "political_opinion",
    "criminal_records",
)
CATEGORY_TAG = "cat"
IDENTIFYING = NATIONAL_IDS | {"PERSON", "EMAIL_ADDRESS"}
_ABBREVIATIONS = frozenset(
    {"hr", "dr", "fr", "mr", "ms", "nr", "st", "ca", "jf", "fru", "mrs", "prof", "bl.a", "f.eks", "t.ex", "resp", "ex"}
    | {"tlf", "tel", "mob", "mobil", "stk", "kap", "pkt", "art", "evt", "inkl", "ekskl", "vedr", "ang", "jfr", "kl"}
    | {"dvs", "mht", "ifm", "iht", "s.k", "bl", "osv", "pt", "pat"}
)
# a semicolon joins two clauses with subjects of their own: "Venstre har lejet salen; Tobias sørger for kaffe"
_SENTENCE_END = regex(r"[.!?]+(?:\*\*?|__?)?(?=\s+[^\sa-zæøåäöü☐☒☑□■✓✔])|;(?=[ \t])|\n")
_MAX_SENTENCE = 400  # a "sentence" never reaches further than this either side of a hit
_MAX_SENTENCES = 5000  # sentences with a category term looked at per item: bounded cost on huge items
_SURE = 0.9
_FAQ_SCAN = 20_000  # the head of an item where question labels are counted
# Identifiers written in the text, for when the detect stage did not run (classify alone).
_OWN_IDS = regex(
    r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|\b\d{6}[-+ ]?\d{4}\b|\b(?:19|20)\d{6}[-+]?\d{4}\b",
)
_LOCAL_PART = regex(r"[^\s@.]+@")


def _mask_own_id(value: str) -> str:
    """An identifier the detect stage did not report (glued to other text, "jens@firma.dk0707614285"):
    the e-mail form keeps its domain like ``mask_email``, but no digit and no second local part in it."""
    if "@" not in value:
        return value[:6] + "-XXXX"
    local, _, domain = value.partition("@")
    domain = _LOCAL_PART.sub(lambda m: m.group()[0] + "***@", domain)
    return re.sub(r"\d", "#", f"{local[:1]}***@{domain}")


NameFinder = Callable[[str], list[Finding]]


@dataclass(frozen=True)
class Evidence:
    """Why a category was set: where, about whom (masked), how sure."""

    category: str
    confidence: float
    sentence: tuple[int, int]
    terms: tuple[str, ...]  # lexicon entries (never text of the item)
    anchor: str  # "PERSON", "EMAIL_ADDRESS", "DK_CPR"..., "first_person", "pronoun", "role"
    anchor_span: tuple[int, int] | None
    anchor_masked: str | None
    via: str  # "direct", "pronoun", "adjacent"

    def as_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "confidence": round(self.confidence, 3),
            "sentence": [self.sentence[0], self.sentence[1]],
            "terms": list(self.terms),
            "anchor": self.anchor,
            "anchor_span": list(self.anchor_span) if self.anchor_span else None,
            "anchor_masked": self.anchor_masked,
            "via": self.via,
        }


@dataclass(frozen=True)
class _Anchor:
    kind: str
    start: int
    end: int
    masked: str


@dataclass
class _Context:
    """Per-item state: the text, anchors already known, caches per sentence."""

    text: str
    findings: list[Finding]
    starts: list[int]
    names_given: bool
    name_finder: NameFinder | None
    windows: dict[tuple[int, int], list[_Anchor]] = field(default_factory=dict)
    doc_identified: bool | None = None
    addressee: _Anchor | bool | None = False  # False: not looked for yet
    vocative: _Anchor | bool | None = (
        False  # a name addressed after a thanks ("Tak for mødet, Bente Lind."); False: not looked for
    )
    animals: frozenset[str] = frozenset()  # names of animals in the item ("Bella (labrador)", "Katten Pus")
    faq: bool = False  # the item is a FAQ ("Vanliga frågor", "Spørgsmål: ... Svar: ..."): its "jeg" is anyone
    media: bool = False  # headed as a TV listing, book circle or quiz: the names in it are characters or trivia
    claim: bool = False  # an insurance claim: a theft or burglary told there happened to the person insured
    cv: bool = False  # a CV by its title ("CV, Tariq Hamdan", "MERITFÖRTECKNING"): its lines are its subject's
    private: bool | None = None  # a private letter ("Kære Margit ... Knus fra os begge, Inger"); None: not looked at
    lines: _Lines | None = None  # line bounds of the text, shared with the hit filters
    # line start -> the first register head on the line (or None): each line searched once, not once per sentence
    old_records: dict[int, re.Match[str] | None] = field(default_factory=dict)


@dataclass(frozen=True)
class SpecialCategories:
    terms: TermSet  # category terms, tag ("cat", category, strength)
    strength: dict[str, float]
    anchors: dict[str, float]
    threshold: float
    max_evidence: int
    generic_heads: frozenset[str]
    cues: TermSet  # person cues and suppressors, tags ("first",), ("third",), ("role",), ("soft",), ("hard",)
    company: frozenset[str]
    not_names: frozenset[str]  # common words the name lists also hold ("Nya", "Dag"): no anchor alone
    relations: dict[str, frozenset[str]]  # "female"/"male" partner words, "owner_female"/"owner_male"
    party_tag: re.Pattern[str] | None  # "(S)": a party letter in brackets (``_party_hits`` checks what precedes)
    function_mailboxes: frozenset[str]  # local parts that are no person: info, kontakt, hr...
    greeting_categories: frozenset[str]  # categories a greeting/sign-off neighbour may anchor
    contact_cue: re.Pattern[str] | None  # "Kontakt", "Spørgsmål til", "enligt": the name after it is no subject
    organisation_categories: frozenset[str]  # categories whose terms are names of organisations by nature
    topic_leads: dict[str, tuple[tuple[str, ...], ...]]  # last word -> leads ("afdeling", "for"): a topic follows
    head_lengths: tuple[int, ...]  # lengths of the generic heads, for suffix look-ups
    compound_tails: re.Pattern[str] | None  # "kokainmisbrug", "stressygemelding": the end of a compound
    compound_tail_tags: dict[str, str]  # tail -> category
    letter_heads: frozenset[str] = frozenset()  # "Til Jens Hansen", "Till Melker Wallin": whom a letter is to
    thing_heads: frozenset[str] = frozenset()  # "døren", "systemet": a sentence opening so is about a thing
    animals: frozenset[str] = frozenset()  # "hund", "katten", "labrador": a name next to one is an animal's
    contact_cue_reversed: re.Pattern[str] | None = None  # the contact cues backwards, for ``_ends_in_cue``
    place_terms: frozenset[str] = frozenset()  # "flyttade hit från": an origin only before a place abroad
    places: frozenset[str] = frozenset()  # the countries and regions the ethnic_origin terms name ("Somalia")
    skill_languages: frozenset[str] = frozenset()  # "taler arabisk, tysk og dansk": languages listed as skills
    party_letters: frozenset[str] = frozenset()  # "S", "M", "SF": a party's letter, in a "parti" column of a table
    faq_head: re.Pattern[str] | None = None  # "Vanliga frågor", "Fackliga frågor:" opening the item
    faq_label: re.Pattern[str] | None = None  # "Fråga:", "Spørgsmål:", "Q:" opening a line
    devices: frozenset[str] = frozenset()  # "telefon", "iphone", "face": a personal device keeping its own face data
    vocative: re.Pattern[str] | None = None  # "Tak for mødet i dag, Bente Lind.": a sentence addressing a name
    offices: frozenset[str] = frozenset()  # "byrådsmedlem*", "kommunalråd*": an elected office, no party of itself
    event_heads: frozenset[str] = frozenset()  # "Cancerloppet": the exact end of a compound naming an event

    # --- public --------------------------------------------------------------------------
    def classify(self, text: str, findings: Sequence[Finding] = ()) -> list[str]:
        """Categories revealed about a person in ``text``, in the fixed order of CATEGORIES."""
        return sorted({e.category for e in self.evidence(text, findings)}, key=CATEGORIES.index)

    def evidence(
        self,
        text: str,
        findings: Sequence[Finding] = (),
        hits: Sequence[Hit] | None = None,
        *,
        names_given: bool | None = None,
        prepared: ItemText | None = None,
    ) -> list[Evidence]:
        """The best evidence per category that reaches the threshold (up to ``max_evidence`` each).

        ``hits``: this lexicon's hits when the caller scanned the text already (one pass per item).
        ``names_given``: True when ``findings`` come from a run that looked for PERSON (absent
        names then mean no names); by default, when some PERSON finding is present.
        ``prepared``: ``ItemText(text)`` when the caller made one (the text lower-cased and split once
        per item, shared with the caller's own scans).
        """
        if hits is None:  # the caller that scans (content.py) gives the readable text already
            text = readable(text)
        if prepared is None or len(prepared.text) != min(len(text), MAX_CHARS):
            prepared = ItemText(text)
        if hits is None:
            hits = self.terms.scan(prepared)
        hits = [h for h in hits if h.tag[0] == CATEGORY_TAG]
        raw = hits
        if any(h.tag[2] == _IDIOM for h in hits):
            hits = _without_idioms(text, hits, self.thing_heads)
        # The hits found apart from the lexicon's words, looked for up front: each is one C pass or rare.
        tails = list(self._tail_hits(prepared)) if self.compound_tails is not None else []
        # Steps that need a word of their own: the word pass tells whether the text holds one (None: not known).
        party_head = _may_hold(prepared, _PARTY_PROBES)
        if party_head is None:
            party_head = "parti" in prepared.lower or "party" in prepared.lower
        # a head cell stands on a line holding a head word
        column = self._party_column_hits(text, _probe_lines(prepared, _PARTY_PROBES, len(text))) if party_head else []
        # "Bryllupsplan – Mads og Emil: vielse ...", "Säljarna, Lena och Karin Ahlström, är gifta"
        married = _may_hold(prepared, _COUPLE_PROBES)
        if married is None:
            lower = prepared.lower
            married = any(w in lower for w in _WEDDING_STEMS) or _MARRIED_WORD.search(lower) is not None
        # a couple, its wedding or married word and all between stand on one line: only lines holding such a word
        couples = _same_sex_couples(text, _probe_lines(prepared, _COUPLE_PROBES, len(text))) if married else []
        couples += _same_sex_spouses(text)
        if any(p in prepared.lower for p in _KIN_PROBES):  # a record's next-of-kin field
            couples += _kin_field_spouses(text)
        if "+" in text:  # "Jonas Berg + ægtefælle (Mikael Berg)": a registration with its plus-one
            couples += _plus_one_spouses(text)
        if "?" in text and any(w in prepared.lower for w in _DATE_PROBES):
            couples += _partner_replies(text)
        if "?" in text and ("sex" in prepared.lower or "seksu" in prepared.lower):
            couples += _same_sex_answers(text)
        if any(p in prepared.lower for p in _WRITER_COUPLE_PROBES):  # one literal pass each, most texts stop here
            couples += _writer_couples(text)
        if any(p in prepared.lower for p in _FERTILITY_PROBES) or married:
            couples += _greeted_couples(text)
        party = _party_hits(self.party_tag, prepared.text) if self.party_tag is not None else []
        if not self._may_reach_anywhere(text, [*hits, *tails, *column, *couples, *party]):
            # Every step below only drops hits or lowers their weight: words that cannot reach the threshold
            # together, with the best anchor, set nothing wherever they stand (most items: no per-hit work).
            return []
        lines = _Lines(text)  # line bounds for many hits, and quoted spans per line, found once
        hits = [
            h
            for h in hits
            if not self._generic_compound(text, h)
            and not (h.tag[1] not in self.organisation_categories and _in_proper_name(text, h, lines))
            and not self._topic(text, h)
            and not _in_address(text, h.start, h.end)
            and not (h.tag[1] not in self.organisation_categories and self._generic_phrase(text, h))
            and not (_empty_field(text, h.start, lines) and not self._member_list_head(text, h.start, lines))
            and not _in_title(text, h, lines)
            # "Helbredsoplysninger ..." titling a form: the first word of the item
            and not (h.tag[2] == "meta" and h.start < _TITLE_CHARS and not text[: h.start].strip())
            and not (h.term in self.place_terms and not self._abroad(text, h.end))
            and not (h.tag[1] in self.organisation_categories and _sender_label(text, h))
            and not (h.tag[1] == "ethnic_origin" and self._language_skills(text, h))
            # "Blå Moské", "St Mary's Church": a building's name is a place, nobody's faith
            and not (h.tag[1] == "religion" and _building_in_name(text, h, lines))
            # "Islamic Relief", "Kirkens Nødhjælp": a charity named after a faith; giving to it is no belief
            and not (h.tag[1] == "religion" and _charity_name(text, h))
            and not _institution_name(text, h)  # "Ila fengsel", "Kumla fängelse": the place
            and not _PLACE_AFTER.match(text, h.end)  # "Jødisk Museum", "Fagbevægelsens Hus": a place
            and not (h.tag[1] == "religion" and _title_before_name(text, h))  # "Sognepræst Ane Holm holder fri"
            and not (h.tag[1] == "political_opinion" and _prefix_label(text, h))  # "Emne: SV: Julefrokost"
        ]
        if tails:  # conditions as the end of any compound ("[ ] Hjertesygdom": not in a box left empty)
            tails = [
                t
                for t in tails
                if not _empty_field(text, t.start, lines) and not _unticked_option(text, t.start, lines)
            ]
            hits = sorted(hits + tails, key=lambda h: h.start)
        hits = [h for h in hits if not (h.tag[1] == "health" and _collective_owner(text, h.start))]
        # "Lars Berg er portør på sygehuset": the hospital is a workplace after a job noun
        hits = [h for h in hits if not (h.tag[1] == "health" and _workplace(text, h))]
        hits = [h for h in hits if not _none_of(text, h.start)]
        # "Hälsa: Ebbe simmar bra ...": a field's label names what the field is for; a weaker word there is no fact
        # unless the value holds a term of its own (a strong label, "Diagnose:", still counts)
        hits = [h for h in hits if not (h.tag[2] in ("medium", "weak", "hint", "meta") and _label_word(text, h, hits))]
        # "Gul feber-vaccine givet", "hepatit A-vaccin": the disease names the vaccine, nobody's condition
        hits = [h for h in hits if not (h.tag[1] == "health" and _VACCINE_AFTER.match(text, h.end) is not None)]
        # "Læserbrev i Fagbladet FOA", "Kyrkobladet": a publication named after an organisation; writing to it is no
        # membership. "hårdere straffe for bander": punishment as a policy compared, nobody's record
        hits = [
            h
            for h in hits
            if not _PUBLICATION_BEFORE.search(text, max(0, h.start - 30), h.start)
            and not (h.tag[1] == "criminal_records" and _POLICY_BEFORE.search(text, max(0, h.start - 48), h.start))
        ]
        letterhead = _letterhead(text)
        if letterhead is not None:  # "Klinisk genetik, Sahlgrenska": the sender's unit and house, no fact of anybody
            hits = [h for h in hits if not letterhead[0] <= h.start < letterhead[1]]
        # "Jeg er ikke syg – jeg har afspadsering": "not ill" alone names no condition (a condition negated still does)
        hits = [h for h in hits if not (h.term in _ILL_WORDS and _not_ill(text, h.start, h.end))]
        if "[" in text or "☐" in text or "□" in text:  # "[X] Diabetes   [ ] Epilepsi": the options not chosen
            hits = [h for h in hits if not _unticked_option(text, h.start, lines)]
        below = self._title_list_head(text)
        if below >= 0:  # "Reserveringsliste\nLone Madsen: Lev med diabetes": the rows name works, not conditions
            hits = [h for h in hits if h.start < below]
        # "sygemeldt med PTSD siden røveriet", "rädd sedan rånet": a crime as a time mark is an event lived through
        hits = [h for h in hits if not (h.tag[1] == "criminal_records" and _crime_as_time(text, h))]
        # "at nogen i opgangen havde været i fængsel", "someone in the team has cancer": nobody in particular
        if any(w in prepared.lower for w in _INDEFINITE_PROBES):
            hits = [h for h in hits if not _indefinite_subject(text, h.start)]
        # "kapell utan präst": a rite without a priest says nothing of anybody's faith
        hits = [h for h in hits if not (h.tag[1] == "religion" and h.tag[2] != "strong" and _negated(text, h.start))]
        if column:  # "namn;parti;uppdrag\nAnders Ek;S;ledamot"
            hits = sorted(hits + column, key=lambda h: h.start)
        if couples:  # "Bryllupsplan – Mads og Emil: vielse ..."
            hits = sorted(hits + couples, key=lambda h: h.start)
        if party:  # "Anne Kjær (S)"
            hits = sorted(hits + party, key=lambda h: h.start)
        if self.offices and not column and not party and not self._names_a_party(raw):
            # "Byrådsmedlem Anker Thygesen træder ud af udvalget": an elected office in an item that names no
            # party says which council the person sits on, not what they think
            hits = [h for h in hits if not (h.tag[1] == "political_opinion" and h.term.casefold() in self.offices)]
        if not hits:
            return []
        ids = sorted((f for f in findings if f.entity_type in IDENTIFYING), key=lambda f: f.start)
        if names_given is None:
            names_given = any(f.entity_type == "PERSON" for f in ids)
        ctx = _Context(text, ids, [f.start for f in ids], names_given, None if names_given else _fallback_names())
        ctx.lines = lines
        ctx.animals = self._animal_names(prepared)
        ctx.faq = self._faq(text)
        head = text[: text.find("\n") if "\n" in text else len(text)][: _HEADING_CHARS * 2]
        ctx.media = _MEDIA_HEAD.search(head) is not None
        ctx.claim = _CLAIM_HEAD.search(text, 0, _RECORD_HEAD) is not None
        ctx.cv = _CV_HEAD.match(text) is not None
        kept = [
            f
            for f in ids
            if not self._company(text, f.end)
            and not self._organisation_first(f)
            and not _destination(text, f.start)
            and not self._after_organisation_head(text, f.start)
        ]
        dropped = self._contacts(text, [(f.start, f.end) for f in kept])
        ctx.findings = [f for i, f in enumerate(kept) if i not in dropped]
        ctx.starts = [f.start for f in ctx.findings]
        person_spans = [(f.start, f.end) for f in ctx.findings if f.entity_type == "PERSON"]
        persons = _Spans(person_spans)  # the names that may hold a hit, by bisection: no pass over all per hit
        heading = _heading(text, ctx.starts)
        if heading is not None:  # "Ansøgning om hjælpemiddel\nMedarbejder: ...": the form's kind, the body tells
            # (a strong word there states a fact: "Utträde ur Svenska kyrkan" above a name), but not the kind of a
            # meeting: "Referat af sygefraværssamtale", "Anteckning – rehabiliteringsmöte" head whatever was said
            hits = [
                h
                for h in hits
                if not heading[0] <= h.start < heading[1]
                or (h.tag[2] == "strong" and _MEETING_TAIL.match(text, h.start, _word_end(text, h.end)) is None)
            ]
        # Group the hits by sentence, then score each category per sentence.
        by_sentence: dict[tuple[int, int], list[Hit]] = {}
        span = (0, 0)
        terms_at = _Spans([(h.start, h.end) for h in hits])
        for h in hits:
            if _is_name_word(text[h.start : h.end]) and (persons.holding(h.start, h.end) or _in_name_pair(text, h)):
                continue  # "Kristen" in "Kristen Madsen", "Christian Larsen": a name, not a belief
            if h.tag[1] in self.organisation_categories and _lone_term_in_name(persons, terms_at, h):
                continue  # "Vision Utbildning" taken for a person: the organisation signs, nobody is a member
            if not span[0] <= h.start < span[1]:  # hits come in text order: most share the last sentence
                span = _sentence(text, h.start)
            asked = h.tag[1] in self.organisation_categories and _member_question(text, span)
            if asked and not _answered_below(text, *span):
                continue  # "er du med i en fagforening?": asked, not told (unless a ticked "Ja" answers it below)
            by_sentence.setdefault(span, []).append(h)
        found: dict[str, list[Evidence]] = {}
        full: set[str] = set()  # categories with enough near-certain evidence: later hits cannot add
        sure: dict[str, int] = {}  # near-certain pieces of evidence per category
        for n, (span, group) in enumerate(by_sentence.items()):
            if n >= _MAX_SENTENCES:
                break
            group = [h for h in group if h.tag[1] not in full]
            if not group or not self._may_reach(group):
                continue
            for ev in self._score_sentence(ctx, span, group):
                found.setdefault(ev.category, []).append(ev)
                if ev.confidence >= _SURE:  # counted as found: a recount per piece was quadratic in the evidence
                    sure[ev.category] = sure.get(ev.category, 0) + 1
                    if sure[ev.category] >= self.max_evidence:
                        full.add(ev.category)
        if found and (_DEATH_VERB.search(text) is not None or _LIFE_DATES.search(text) is not None):
            # "Mindeord. Kamma Villadsen døde ... Hun var medlem af Socialdemokratiet": the dead are no data subjects
            named = [f for f in ctx.findings if f.entity_type == "PERSON"]
            if not named and ctx.name_finder is not None:
                named = [f for f in ctx.name_finder(text) if f.entity_type == "PERSON"]
            dead = _dead_names(text, named)
            if dead:
                found = {c: [e for e in evs if not _about_the_dead(text, named, e, dead)] for c, evs in found.items()}
        out: list[Evidence] = []
        for category in CATEGORIES:
            best = sorted(found.get(category, ()), key=lambda e: (-e.confidence, e.sentence))
            out.extend(best[: self.max_evidence])
        return out

    @staticmethod
    def _term_is_subject(text: str, s0: int, label: re.Match[str] | None, group: list[Hit]) -> bool:
        """The sentence (after its label) opens with one of its category words followed by a verb of being:
        "Sygefraværet var 4 %", "Sjukfrånvaron har ökat"."""
        lead = _WORDS.search(text, label.end() if label is not None else s0)
        if lead is None or not any(h.start == lead.start() for h in group):
            return False
        verb = _NEXT_WORD.match(text, lead.end())
        return verb is not None and verb.group(1).casefold() in _RATE_VERBS

    def _owns_animal(self, text: str, end: int) -> bool:
        """A possessive ("min", "mitt") followed by an animal word: "min kat", "mitt marsvin"."""
        nxt = _NEXT_WORD.match(text, end)
        return nxt is not None and nxt.group(1).casefold() in self.animals

    def _names_a_party(self, hits: Sequence[Hit]) -> bool:
        """Whether some political word of the item, wherever it stands, is more than an elected office: a
        party, a candidacy, a vote or a movement."""
        return any(
            h.tag[1] == "political_opinion" and h.tag[2] != _IDIOM and h.term.casefold() not in self.offices
            for h in hits
        )

    # --- scoring -------------------------------------------------------------------------
    def _score_sentence(self, ctx: _Context, span: tuple[int, int], group: list[Hit]) -> list[Evidence]:
        text = ctx.text
        s0, s1 = span
        cues = self.cues.scan(_blank_addresses(text[s0:s1]))
        we = next((c for c in cues if c.tag[0] == "soft" and c.term in ("vi", "we")), None)
        if (
            we is not None
            and not text[s0 : s0 + we.start].strip(" \t>*-•")
            and (
                self._private_letter(ctx)
                or _OUR_FAMILY.match(text, s0 + we.end) is not None
                or _WITH_FAMILY.search(text, s0 + we.end, s1) is not None
            )
        ):
            # "Vi er begyndt at komme i Pinsekirken igen" in a letter to a friend signed "Knus ... Inger", "Vi er en
            # grønlandsk familie": the writer's household, not an organisation
            cues = [c for c in cues if not (c.tag[0] == "soft" and c.start == we.start)]
            cues.append(Hit(("first",), "vi", we.start, we.end))
        # "DNA-undersøgelsen viser, at ...": a hard cue ("undersøgelsen viser": a study) joined by a hyphen to the start
        # of a strong term is the term's head ("den sigtede virksomhed", a cue after a space, stays a cue)
        strong = [(h.start - s0, h.end - s0) for h in group if h.tag[2] == "strong"]
        cues = [
            c
            for c in cues
            if not (
                c.tag[0] == "hard"
                and text[s0 + c.start - 1 : s0 + c.start] == "-"
                and _overlaps(strong, c.start, c.end)
            )
        ]
        own = _SELF_NOUN.match(text, s0, s1)
        if own is not None:  # "Troende man, 62, ... söker en kvinna": an ad's self-description, not generic "man"
            cues = [c for c in cues if not (c.tag[0] == "soft" and s0 + c.start == own.start(1))]
        # "återbesök om en månad", "om ett år": a time from now, no "if a ..."
        cues = [c for c in cues if not (c.term in ("om en", "om ett") and _TIME_AFTER.match(text, s0 + c.end))]
        label = _FIELD_LABEL.match(text, s0, s1)
        if label is not None:  # "..., vi bør kende til: astma", "Incident report: ...": the label is no context
            # unless the label is a genre word alone ("Boganmeldelse: I Hanne Vibekes nye roman ..."): a review
            genre = text[s0 : label.end()].strip(" \t:*#")
            cues = [
                c
                for c in cues
                if not (c.tag[0] in ("soft", "hard") and s0 + c.start < label.end())
                or (c.tag[0] == "hard" and text[s0 + c.start : s0 + c.end] == genre)
                # "Tv-guide lørdag:", "Historiepodden, avsnitt 12:": a media genre opening its label, with a day
                or (c.tag[0] == "hard" and c.term in _MEDIA_GENRES and not text[s0 : s0 + c.start].strip(" \t*#"))
            ]
        last_hit = max(h.end for h in group) - s0
        cues = [
            c
            for c in cues
            if not (
                c.tag[0] in ("hard", "soft")
                and c.start > last_hit
                and _COMMA_BREAK.search(text, s0 + last_hit, s0 + c.start)
            )
            # "Undersøgelsen viser, at du bærer ...": a study of the person addressed or named, not of anybody
            and not (c.tag[0] == "hard" and _FINDING_ABOUT.match(text, s0 + c.end) is not None)
        ]
        if not any(c.tag[0] == "first" for c in cues):
            # English "I" before a verb of any kind in an English sentence ("I pray", "I miss"): the writer; Danish
            # "I" (you, plural) and Swedish "I" (in) open Scandinavian sentences, which hold none of these words
            me = _ENGLISH_I.search(text, s0, s1)
            if me is not None and len(_ENGLISH_WORDS.findall(text, s0, s1)) >= 2:
                cues.append(Hit(("first",), "I", me.start() - s0, me.start() - s0 + 1))
        kinds = {c.tag[0] for c in cues}
        hard = "hard" in kinds
        # "Sygefraværet var 4,2 % i oktober": a rate; a note without a subject ("Beviljas sjukpension ... om 50 %") is
        # still about its person
        # a payslip's line ("Kirkeskat 0,87 % beregnet af ...") is a rate of the person's own pay, not a statistic
        soft = "soft" in kinds or (
            _PERCENT.search(text, s0, s1) is not None
            and not _subjectless(text, s0, s1)
            and not (ctx.cv and _cv_line(text, s0, s1))
        )
        firsts = [
            c
            for c in cues
            if c.tag[0] == "first"
            and not _proper_noun(text, s0 + c.start, s0 + c.end)
            and not self._owns_animal(text, s0 + c.end)  # "Min kat Felix har sukkersyge": the cat's
        ]
        if ctx.media and not firsts:
            return []  # "21.00 Forbrydelsen: Sarah Lund afhører en dømt morder": a character, under a TV listing's head
        if ctx.faq and text[s0:s1].rstrip().endswith("?"):
            return []  # "Fråga: Vem är mitt skyddsombud?": a FAQ asks for anybody, nobody writes of themself
        if _RATE.search(text, s0, s1) is not None and self._term_is_subject(text, s0, label, group):
            return []  # "Sjukfrånvaron var 5,1 procent i oktober enligt Per Holm": a rate, whoever reports it
        if hard and not firsts:
            return []
        if _LONG_AGO.search(text, s0, s1) is not None:  # "Christian IV døde i 1648 ...": history
            return []
        if _old_record(ctx, s0, s1):  # a register's head line dates the record: "Slægtsbog, Ribe 1802: ..."
            return []
        if (
            _QUESTION.match(text, s0, s1) is not None
            and _EMBEDDED.search(text, s0, s1) is None
            and not _answered_below(text, s0, s1)
        ):  # "Er du medlem af en fagforening?": a question, no statement (unless a form's box below says yes)
            return []
        if soft and not firsts and text[s0:s1].rstrip().endswith("?") and not _answered_below(text, s0, s1):
            return []  # "Hvad gør vi, hvis en medarbejder bliver gravid?": a hypothetical asked, about nobody
        if _answers_question(text, s0):
            return []  # "Er du medlem af en fagforening? Så kan du trække kontingentet fra": still the reader's if
        told = next((c for c in cues if c.tag[0] == "hearsay"), None)
        if told is not None:  # "Min nabo fortalte mig at han ...": what the writer was told is about the teller
            firsts = [
                c
                for c in firsts
                if c.start >= told.end or any(r.tag[0] == "relative" and c.start < r.start < told.start for r in cues)
            ]
        if "hypothetical" in kinds:  # "Om en anställd blir sjuk ...": whoever else the line names
            group = [h for h in group if not _in_errand(text, s0, cues, h, "hypothetical")]
            if not group:
                return []
        if "asked" in kinds:  # "Hon frågade vad en genetisk utredning kostar": a question's content, not a statement
            group = [
                h for h in group if not (_in_errand(text, s0, cues, h, "asked") and not _asks_of_own(text, s0, cues, h))
            ]
            if not group:
                return []
        if "withheld" in kinds:  # "vil ikke oplyse, om hun er medlem af en fagforening": left open, nothing told
            group = [h for h in group if not _in_errand(text, s0, cues, h, "withheld")]
            if not group:
                return []
        if ctx.claim and "accused" not in kinds:
            # "Stjålet: cykel og værktøj.", "Ny cykel efter stöld, polisanmäld": in a claim the insured is the victim
            # (a record of the insured's own, "frakendt kørekortet efter spritkørsel", still counts)
            group = [h for h in group if not (h.tag[1] == "criminal_records" and _LOSS_CRIME.search(h.term))]
            if not group:
                return []
        if "reported" in kinds and "accused" not in kinds:
            # "har i dag meldt tyveri fra sin bil til politiet": who reports a crime is its victim or witness
            group = [h for h in group if h.tag[1] != "criminal_records"]
            if not group:
                return []
        if "request" in kinds:  # "Der er bestilt børneattest for ...": a check asked for says nothing yet
            # before or after the certificate: "Utdrag ur belastningsregistret är begärt"
            group = [h for h in group if _CERTIFICATE.search(h.term) is None]
            if not group:
                return []
        if any(_CERTIFICATE.search(h.term) for h in group) and self._clean_certificate(text, s0, s1, cues):
            # "har afleveret en ren straffeattest", "... straffeattest for Nikolaj Brandt. Der er ingen anmærkninger."
            group = [h for h in group if _CERTIFICATE.search(h.term) is None]
            if not group:
                return []
        if "fault" in kinds and self._own_device(text, s0, s1):
            # "Face ID virker ikke på min nye telefon": a fault of the person's own phone or computer, whose
            # face or finger data stays on it; a failing reader at work ("Min håndfladescanning virker ikke
            # ved indgangen") still holds the person's template
            group = [h for h in group if h.tag[1] != "biometric"]
            if not group:
                return []
        if "escort" in kinds:  # "kører min søster til fysioterapi": a relative's appointment, no condition named
            group = [h for h in group if not (h.tag[1] == "health" and h.tag[2] in ("medium", "weak", "hint"))]
            if not group:
                return []
        if "carrier" in kinds:  # "jeg er anlægsbærer for cystisk fibrose": genetic data of somebody not ill
            genetic = {h.term for h in group if h.tag[1] == "genetic"}
            group = [h for h in group if not (h.tag[1] == "health" and h.term in genetic)]
            if not group:
                return []
        if "diet" in kinds:  # "spiser ikke svinekød, jeg er på kur": a diet, no sign of a faith
            group = [h for h in group if not (h.tag[1] == "religion" and _DIET_TERM.search(h.term) is not None)]
            if not group:
                return []
        bio = [h for h in group if h.tag[1] == "biometric"]
        if bio and all(h.tag[2] in ("weak", "hint") for h in bio) and not any(_BODY_TRAIT.search(h.term) for h in bio):
            # "adgangskortet er registreret i adgangssystemet": registering and a gate without a face or a
            # recognising is a card's, no body's
            group = [h for h in group if h.tag[1] != "biometric"]
            if not group:
                return []
        if not firsts and any(h.tag[1] == "religion" and _DIET_TERM.search(h.term) for h in group):
            # "veggie, halal and gluten free, the restaurant handles it", "vegetarisk, halal eller laktosefri": a
            # menu's options side by side, nobody's faith (a person's own "jeg spiser kun halal" has "jeg")
            group = [
                h
                for h in group
                if not (
                    h.tag[1] == "religion"
                    and _DIET_TERM.search(h.term)
                    and _MENU_OPTION.search(text, max(s0, h.start - 40), min(s1, h.end + 40)) is not None
                )
            ]
            if not group:
                return []
        if _of_the_dead(text, s0, s1):
            # "... at din far er død. Han kæmpede længe med sin lungesygdom": the pronoun is the dead parent's; the
            # dead are no data subjects (the addressee's own condition, after "du"/"dig", still counts)
            # (the survivors it names keep theirs: "Hun efterlader sin hustru Lisbeth" tells the widow's)
            group = [h for h in group if h.tag[1] != "health" or _YOU_OR_I.search(text, s0, h.start) is not None]
            if not group:
                return []
        late = [m.end() for m in _LATE_KIN.finditer(text, s0, s1)]
        if late:
            # "fordi min afdøde far havde tarmkræft", "my late father had ...": the dead relative's, in that clause
            group = [
                h
                for h in group
                if h.tag[1] not in ("health", "genetic")
                or not any(_CLAUSE_GAP.fullmatch(text, e, h.start) for e in late)
            ]
            if not group:
                return []
        if "death" in kinds:  # "døde efter kort tids sygdom": the cause of a death; the dead are no data subjects
            deaths = [s0 + c.end for c in cues if c.tag[0] == "death"]
            group = [
                h
                for h in group
                if not (h.tag[1] == "health" and any(_DEATH_CLAUSE.fullmatch(text, d, h.start) for d in deaths))
            ]
            if not group:
                return []
        if "errand" in kinds:  # "er sygeplejerske på onkologisk afdeling": the topic of a job or errand
            # "... og jeg har anmeldt ham til politiet": the errand's own verb names whom it accuses ("anmeldt ham"),
            # it is no victim's report
            accusing = [(s0 + c.start, s0 + c.end) for c in cues if c.tag[0] == "accused"]
            errands = [(s0 + c.start, s0 + c.end) for c in cues if c.tag[0] == "errand"]
            group = [
                h
                for h in group
                if not _in_errand(text, s0, cues, h)
                or (h.tag[1] == "biometric" and _enrols(text, s0, cues, h))
                or (
                    h.tag[1] == "criminal_records"
                    and _overlaps(accusing, h.start, h.end)
                    and _overlaps(errands, h.start, h.end)
                )
            ]
            if not group:
                return []
        if _SIGNATURE_TITLE.match(text, s0, s1) is not None:
            # "Hälsningar, Hans Lidén, kyrkoherde, Svenska kyrkan": a signature's title and parish are a job
            group = [h for h in group if h.tag[1] != "religion"]
            if not group:
                return []
        hit_spans = [(h.start, h.end) for h in group]
        # a phrase's gap ("dömde ~ till", "meldt ~ ind i") may hold the person it is about: "Hovrätten dömde
        # Patrik Lundgren till fängelse"; only the words of a term itself are no name
        word_spans = [(h.start, h.end) for h in group if "~" not in h.term]
        org_spans = [(h.start, h.end) for h in group if h.tag[1] in self.organisation_categories]
        direct = [
            a
            for a in self._anchors(ctx, s0, s1)
            if not _within(word_spans, a.start, a.end)
            # "Sverigedemokraterna Lund hyr lokalen": a party, union or church with its town is no person
            and not any(a.start <= o0 and o1 <= a.end for o0, o1 in org_spans)
        ]
        direct += [_Anchor("first_person", s0 + c.start, s0 + c.end, text[s0 + c.start : s0 + c.end]) for c in firsts]
        for c in cues:  # "Klienten Dragan Petrović", "Borgeren, Aziz Rahimi,", "hr. Jensen": a name after a role
            named = _ROLE_NAME.match(text, s0 + c.end) if c.tag[0] in ("role", "title") else None
            if named is not None and named.end(1) <= s1 and not _within(hit_spans, named.start(1), named.end(1)):
                direct.append(_Anchor("PERSON", named.start(1), named.end(1), mask_name(named.group(1))))
        if _CODED_SPEAKER.match(text, text.rfind("\n", 0, s0) + 1) is not None:
            # "Svar 17: Jeg har ordblindhed", "IP 11: Jag fick fotboja": an anonymous answer or a coded participant
            # speaks; the "jeg" is nobody identified, only a name in the line itself is somebody
            direct = [a for a in direct if a.kind != "first_person"]
            if not direct:
                return []
        asked = _ASKS_ABOUT.search(text, s0, s1) if text[s0:s1].rstrip().endswith("?") else None
        if asked is not None:  # "[12:15] Ditte: har I set at Novo har fået en bøde?": whom the question is about
            direct = [a for a in direct if a.start >= asked.end()]
        if told is not None and not direct:  # nor does a neighbour's "jeg": the teller is nobody named
            group = [h for h in group if h.start < s0 + told.start]
            if not group:
                return []
        # "Unionen anställer Lisa Berg som jurist", "HK Danmark har udnævnt ...": a union, party or church that
        # opens the sentence and hires somebody is the employer; being its employee reveals no membership
        group = [h for h in group if not (h.tag[1] in self.organisation_categories and _hires(text, s0, h))]
        if not group:
            return []
        acting = _organisation_acts(text, s0, s1)
        if acting is not None:  # "Firmaet blev idømt en bøde ...": the firm's, unless a person comes between
            group = [h for h in group if any(acting < a.start < h.start for a in direct)]
            if not group:
                return []
        weak_refs = [c for c in cues if c.tag[0] in ("third", "role")]  # a title without a name is nobody
        if not direct:  # "Dragana Ilić berättade att hennes ...": two capitalised words a pronoun refers back to
            direct += self._pair_before_pronoun(text, s0, weak_refs, hit_spans)
        if not direct:  # "...: Amaru Kleist er grønlænder": two capitalised words as the subject before the term
            direct += self._pair_before_verb(text, s0, group)
        if org_spans:  # "Valgkomiteen i Arbeiderpartiet Tromsø har levert sin ...": the organisation, no person
            direct = [a for a in direct if not any(a.start <= o0 and o1 <= a.end for o0, o1 in org_spans)]
        # "Hun er også tillidsrepræsentant ..., så vi ...": a pronoun that opens the sentence is its subject,
        # whatever generic word comes later
        opens = bool(weak_refs) and weak_refs[0].tag[0] == "third" and not text[s0 : s0 + weak_refs[0].start].strip()
        if _FIRM_FINE.search(text, s0, s1) is not None:
            # "Danske Bank er idømt en bøde på 470 mio. kr.": a fine only a firm gets; two capitalised words that do
            # not open with a given name are the firm ("Lone Berg er idømt en bøde på 1,2 mio." stays hers)
            direct = [
                a for a in direct if a.kind != "PERSON" or text[a.start : a.end].split()[0].casefold() in _first_names()
            ]
        title_line = text.rfind("\n", 0, s0) + 1
        if not direct and (
            _QUOTED_TITLE.match(text, title_line) is not None
            or _THREAD_TITLE.match(text, title_line) is not None
            # "9 rapporter ... En har polisanmälts.": a counted one as the subject, nobody a neighbour names
            or _COUNTED_SUBJECT.match(text, s0) is not None
        ):
            # 'Kommentarer: "Fler söker hjälp för spelberoende"': an article's or thread's quoted headline over
            # its comments is about its topic, not about the commenter below it
            return []
        anchor: _Anchor | None = None
        via = ""
        cv_line = False
        if direct:
            anchor, via = direct[0], "direct"
        elif not hard and "second" in kinds and (addressee := self._addressee(ctx)) is not None:
            # "Kære Morten ... mens du er i behandling for din angst": "du" is the named addressee
            anchor, via = addressee, "pronoun"
        elif not hard and "second" in kinds and (called := self._called(ctx, s0)) is not None:
            # "Tak for mødet i dag, Bente Lind. ... at du er gravid": "du" is the name addressed before
            anchor, via = called, "pronoun"
        elif opens and not hard and self._identified_near(ctx, s0, s1):
            c = weak_refs[0]
            anchor, via = _Anchor("pronoun", s0 + c.start, s0 + c.end, text[s0 + c.start : s0 + c.end]), "pronoun"
        elif not soft and not hard:
            if weak_refs and self._identified_near(ctx, s0, s1):
                c = weak_refs[0]
                kind = "pronoun" if c.tag[0] == "third" else "role"
                anchor, via = _Anchor(kind, s0 + c.start, s0 + c.end, text[s0 + c.start : s0 + c.end]), "pronoun"
            else:
                cv_line = ctx.cv and _cv_line(text, s0, s1)
                near, how = self._adjacent(ctx, s0, s1)
                if near is not None and (self._about_a_thing(text, s0, s1) or _about_an_animal(ctx, s0, s1)):
                    near = None  # "Døren til serverrummet har fået ansigtsgenkendelse.": about the door
                leans = near is not None and (
                    self._leans_on_neighbour(text, s0, s1, kinds, ctx.lines) or _opens_with_term(text, s0, s1, group)
                )
                if near is not None and not leans and how == "adjacent" and _greeting_after_label(text, near.start):
                    how = "greeting"  # "SMS fra Oslo kommune: Hei Ingrid! Time for ...": the greeted addressee
                if near is not None and (leans or how == "greeting"):
                    anchor, via = near, how
                    if how == "greeting" and not leans:  # a full sentence under "Hej Jens": a body, not a record
                        group = [h for h in group if h.tag[1] != "criminal_records"]
                elif (
                    (_record_sentence(text, s0, s1, ctx.lines) or _opens_with_term(text, s0, s1, group) or cv_line)
                    and (_record_line(text, text.rfind("\n", 0, s0) + 1) or cv_line)
                    # a CV's or payslip's line names a thing of its subject's ("Kirkeskat 0,87 % ...")
                    and (cv_line or not self._about_a_thing(text, s0, s1))
                    and not _about_an_animal(ctx, s0, s1)
                ):
                    anchor, via = self._record_subject(ctx, s0), "record"
        if anchor is None and not hard and self._answered_yes(text, s0, s1):
            # "Har du haft seksuel kontakt med en mand? ☒ Ja", "Har du en sygdom ...? Ja – epilepsi": a form's
            # question answered yes, or an answer's own words, is what its person states
            anchor, via = self._record_subject(ctx, s0), "record"
        if anchor is None and not hard and any(h.term == _GREETED_COUPLE_TERM for h in group):
            # "Kære Mette og Sara Holm-Jensen ... insemination med donorsæd, og I er velkomne": the couple greeted
            greeted = _GREETED_PAIR.match(text)
            if greeted is not None:
                pair = text[greeted.start(1) : greeted.end(2)]
                anchor, via = _Anchor("PERSON", greeted.start(1), greeted.end(2), mask_name(pair)), "adjacent"
        if (
            anchor is None
            and not hard
            and not soft
            and (_subjectless(text, s0, s1) or _seeks(text, s0, group) or _FEELING_OPENS.match(text, s0) is not None)
        ):
            # "Søger en sød fyr ..." / "Tjej som söker tjej" under "Profil: Malin, 41, Västerås", a post's line
            # without a subject under its writer's display name: the writer's
            head = _PROFILE_HEAD.match(text) or _POST_HEAD.match(text)
            if head is not None and head.end() <= s0:
                a, b = head.span(1)
                anchor, via = _Anchor("PERSON", a, b, mask_name(text[a:b])), "adjacent"
        if anchor is None and "member_list" in kinds and s0 < _RECORD_HEAD and not hard:
            # "Kontingentliste Venstre Hedensted 2026:" heading rows of names: the rows are its members
            persons = [a for a in self._anchors(ctx, s1, min(len(text), s1 + _LIST_REACH)) if a.kind == "PERSON"]
            group = [h for h in group if h.tag[1] in self.organisation_categories]
            if persons and group:
                anchor, via = persons[0], "record"
        if anchor is None:
            return []
        if (
            via != "direct"
            and via != "pronoun"
            and (ctx.animals or any(_animal_compound(w, self.animals) for w in _WORDS.findall(text, s0, s1)))
        ):
            # a vet's record names the owner; a note that borrows a person there is about the animal
            group = [h for h in group if h.tag[1] not in ("health", "genetic")]
            if not group:
                return []
        factor = self.anchors[via]
        per_cat: dict[str, dict[str, float]] = {}
        for h in group:
            _, category, strength = h.tag
            if strength == "meta" and via != "direct":
                continue
            if via == "greeting" and category not in self.greeting_categories:
                continue  # "Hej Jens\n\nFagforeningen har ringet": an organisation, not Jens's membership
            if (
                via == "adjacent"
                and category in self.organisation_categories
                and h.term not in _RITE_PARTICIPLES  # "Døbt i Vor Frue Kirke ...": a note of a rite, not a church
                and not text[s0 : h.start].strip()
                and len(text[h.end : s1].split()) >= 2
                and not cv_line  # "Kirkeskat 0,87 % beregnet ..." on a payslip: the employee's deduction
            ):
                continue  # "Moderaterna håller valvaka; Per Wall ...": the party acts, it is nobody's opinion
            if strength == "relation" and not self._same_sex(ctx, span, h, direct):
                continue
            if h.term == _PARTY_TERM and not any(
                a.kind == "PERSON" and h.start - 2 <= a.end <= h.start for a in direct
            ):
                continue
            weight = self.strength[strength]
            if category == "trade_union" and _organisation_genitive(text, h):
                weight = min(weight, self.strength["weak"])  # "fagforeningens advokat": the union's, not hers
            if category == "trade_union" and _UNEMPLOYMENT_FUND.match(text, h.end) is not None:
                continue  # "ind i Det Faglige Hus' a-kasse", "Unionens a-kassa": the fund, no membership of the union
            terms = per_cat.setdefault(category, {})
            terms[h.term] = max(terms.get(h.term, 0.0), weight)
        if "inherit" in kinds and "health" in per_cat and "genetic" not in per_cat:
            # "har arvet sin fars muskelsygdom": a condition said to be inherited is genetic data too
            per_cat["genetic"] = {_INHERITED_TERM: self.strength["medium"]}
        out: list[Evidence] = []
        for category, terms in per_cat.items():
            miss = 1.0
            for s in terms.values():
                miss *= 1.0 - s
            confidence = (1.0 - miss) * factor
            if confidence >= self.threshold:
                out.append(
                    Evidence(
                        category,
                        confidence,
                        span,
                        tuple(sorted(terms)),
                        anchor.kind,
                        (anchor.start, anchor.end),
                        anchor.masked,
                        via,
                    )
                )
        return out

    def _clean_certificate(self, text: str, s0: int, s1: int, cues: list[Hit]) -> bool:
        """A certificate said to hold no entries, in its sentence or the one right after it ("Der er ingen
        anmærkninger."); "ikke en ren straffeattest" is no clean one."""
        found = [(s0 + c.start, c) for c in cues if c.tag[0] == "clean"]
        n0 = s1
        while n0 < len(text) and n0 < s1 + 4 and text[n0] in " \t\n.!;":
            n0 += 1
        if not found and n0 < len(text) and n0 < s1 + 4:
            n1 = _sentence(text, n0)[1]
            found = [(n0 + c.start, c) for c in self.cues.scan(text[n0:n1]) if c.tag[0] == "clean"]
        for start, _cue in found:
            words = _WORDS.findall(text, max(0, start - 16), start)[-2:]
            if not any(w.casefold() in _NEGATORS for w in words):
                return True
        return False

    def _word_name_before_verb(self, piece: str, m: re.Match[str] | None, offset: int = 0) -> bool:
        """ "Bo har meldt sig ud ...", "Storm er sygemeldt": a first name that is also a word, opening the
        sentence (or a list line) and followed by a verb, names a person. ``offset``: where ``piece`` starts in
        the text that ``m`` matched."""
        if m is None or m.group(1).casefold() not in _first_names():
            return False
        before = piece[: m.start(1) - offset]
        if before.strip(" \t\n-•*–:[]()0123456789.>") and _LINE_LABEL.fullmatch(before) is None:
            return False
        nxt = _NEXT_WORD.match(piece, m.end(1) - offset)
        return nxt is not None and nxt.group(1).casefold() in _AUXILIARIES

    def _may_reach(self, group: list[Hit]) -> bool:
        """Whether some category of the sentence could reach the threshold with the best anchor: weights
        only fall in scoring, so a sentence of lone weak words ("Betalingen er registreret") is skipped
        before its anchors are looked for. A health word may still make an inherited condition genetic."""
        if any(h.tag[1] == "health" for h in group):
            return True
        best = max(self.anchors.values())
        miss: dict[str, dict[str, float]] = {}
        for h in group:
            terms = miss.setdefault(h.tag[1], {})
            terms[h.term] = max(terms.get(h.term, 0.0), self.strength[h.tag[2]])
        for terms in miss.values():
            left = 1.0
            for weight in terms.values():
                left *= 1.0 - weight
            if (1.0 - left) * best >= self.threshold:
                return True
        return False

    def _may_reach_anywhere(self, text: str, hits: list[Hit]) -> bool:
        """Whether some sentence of the item could reach the threshold (``_may_reach``). A sentence never
        holds a line break nor spans more than ``2 * _MAX_SENTENCE`` characters, so each run of hits on one
        line, closer than that to the next, holds every sentence's group within it: an upper bound."""
        if not hits:
            return False
        ordered = sorted(hits, key=lambda h: h.start)
        run = [ordered[0]]
        for h in ordered[1:]:
            last = run[-1].start
            if h.start - last >= 2 * _MAX_SENTENCE or text.find("\n", last, h.start) >= 0:
                if self._may_reach(run):
                    return True
                run = []
            run.append(h)
        return self._may_reach(run)

    def _first_name_alone(self, word: str) -> bool:
        low = word.casefold()
        if low in self.not_names:
            return False
        if low in _first_names():
            return True
        return low.endswith("s") and len(low) > 3 and low[:-1] in _first_names()  # "Karins", "Pers"

    def _pair_before_pronoun(
        self, text: str, s0: int, weak_refs: list[Hit], hit_spans: list[tuple[int, int]]
    ) -> list[_Anchor]:
        third = next((c for c in weak_refs if c.tag[0] == "third"), None)
        if third is None:
            return []
        for m in _ANY_PAIR.finditer(text, s0, s0 + third.start):
            words = (m.group(1).casefold(), m.group(2).casefold())
            if any(w in self.not_names or w in _greeting_words() for w in words):
                continue
            if _within(hit_spans, m.start(), m.end()) or self._company(text, m.end()):
                continue
            return [_Anchor("PERSON", m.start(), m.end(), mask_name(m.group()))]
        return []

    def _pair_before_verb(self, text: str, s0: int, group: list[Hit]) -> list[_Anchor]:
        """Two capitalised words opening the sentence (or its text after a label), then "er"/"är"/"is"/"har"
        and a category term at most three words on: a name the lists lack ("Amaru Kleist er grønlænder")."""
        first = min(h.start for h in group)
        label = _FIELD_LABEL.match(text, s0, first)
        at = label.end() if label is not None else s0
        m = _ANY_PAIR.match(text, at + len(text[at:first]) - len(text[at:first].lstrip()), first)
        if m is None:
            return []
        verb = _VERB_THEN.match(text, m.end())  # the term may hold the verb: "er grønlænder"
        if verb is None or len(text[verb.end() : first].split()) > 3:
            return []
        words = (m.group(1).casefold(), m.group(2).casefold())
        if any(w in self.not_names or w in _greeting_words() or w in self.company or w in self.animals for w in words):
            return []  # "Hunden Tessan har artros": the dog
        if self._company(text, m.end()) or _destination(text, m.start()):
            return []
        return [_Anchor("PERSON", m.start(), m.end(), mask_name(m.group()))]

    def _leans_on_neighbour(self, text: str, s0: int, s1: int, kinds: set[str], lines: _Lines | None = None) -> bool:
        """A sentence that names nobody takes its person from the next sentence only when it reads as
        a continuation: a field or list line ("Diagnose: diabetes"), a short fragment ("Sygemeldt
        resten af ugen."), or a relative of the person ("Forældrene er fra Tyrkiet"). A full sentence
        with a subject of its own ("Samerna är ett urfolk", "Sygefraværet var 4 %") is about that."""
        line_start = text.rfind("\n", 0, s0) + 1
        if _record_sentence(text, s0, s1, lines):
            return True
        label = _FIELD_LABEL.match(text, s0, s1)
        if label is not None and s0 > line_start and len(text[s0 : label.end()].split()) <= 2:
            return True  # a form flattened onto one line: "Skadelidte: Rasmus Holm. Hændelse: brækket kraveben"
        if _chat_line(text, line_start):  # "Sara: Kantinen serverer halal ...": the message's own words decide
            s0 = max(s0, text.find(":", line_start) + 1)
        return (
            "relative" in kinds
            or len(text[s0:s1].split()) <= _FRAGMENT_WORDS
            or _subjectless(text, s0, s1)
            or _telegraphic(text, s0, s1)
        )

    def _about_a_thing(self, text: str, s0: int, s1: int) -> bool:
        """The sentence opens with a thing as its subject: a noun with a generic head ("Dörren", "Det nya
        passersystemet", "Appen") or a subject and a finite verb in a short sentence ("Dörren har fått
        ansiktsigenkänning")."""
        label = _FIELD_LABEL.match(text, s0, s1)  # "Teamleder skrev: Kantinen serverer ...": after the label
        at = label.end() if label is not None else s0
        words = [w.casefold() for w in _WORDS.findall(text, at, min(s1, at + 200))[:4]]
        if len(words) > 2 and words[0] in ("det", "den", "the"):  # "Det nya passersystemet stöder ..."
            words = words[2:] if words[1] in ("nye", "nya", "new", "gamle", "gamla", "old") else words[1:]
        if not words:
            return False
        head = words[0]
        if head in self.animals:  # "Hunden Rex har epilepsi.": about the dog
            return True
        if head in _first_names() or head in _PRONOUNS:
            return False
        return any(head[-n:] in self.thing_heads for n in range(3, min(len(head), 14) + 1))

    def _same_sex(self, ctx: _Context, span: tuple[int, int], h: Hit, anchors: list[_Anchor]) -> bool:
        """A partner of the person's own gender: "Mette ... sin kone", "Jonas er gift med Peter"."""
        text = ctx.text
        s0 = span[0]
        words = text[h.start : h.end].lower().split()
        rel = self.relations
        owner = "f" if words[0] in rel["owner_female"] else "m" if words[0] in rel["owner_male"] else None
        couple: re.Match[str] | None = None
        if owner is None and words[0] in _SECOND_PERSON_OWNERS:
            # "Kære Mikkel! ... at du og Jonas var kærester", "Lena, du och din flickvän Moa": the addressee's
            owner = self._addressee_gender(ctx, s0)
            couple = _YOU_AND_NAME.match(text, h.start)
        if couple is not None:
            return owner is not None and owner == _genders().get(couple.group(1))
        if owner is None and (words[0] in rel["first_person"] or words[-1] in rel["first_person"]):
            # "min kone", "kjæresten min": the writer's
            owner = self._writer_gender(ctx, span[1], h.start)
        if owner is None:  # "sin kone", "gift med": the person the sentence is about, before the phrase
            for a in anchors:
                if a.kind == "PERSON" and a.start < h.start:
                    # "Ansatt Lars Bakke": the first word with a gender ("Ansatt" may be taken into the name)
                    owner = next((g for w in text[a.start : a.end].split() if (g := _genders().get(w))), None)
                    break
            if owner is None:
                for w in reversed(text[s0 : h.start].lower().split()):
                    w = w.strip(",.;:")
                    if w in rel["owner_female"] or w in rel["owner_male"]:
                        owner = "f" if w in rel["owner_female"] else "m"
                        break
                    if w in rel["first_person"]:  # "jeg er gift med ...": the writer, who signs the item
                        owner = self._writer_gender(ctx, span[1], h.start)
                        break
            if owner is None and words[0] in _SEEKING:
                # "Tjej som söker tjej", "Troende man, 62, ... söker en kvinna": the ad's own self-description;
                # else the profile's or post's writer ("Profil: Frederik, 36" / "Søger en sød fyr")
                own = _SELF_NOUN.match(text, s0, h.start)
                if own is not None:
                    noun = own.group(1).lower()
                    owner = "f" if noun in rel["female"] else "m" if noun in rel["male"] else None
                if owner is None and not text[s0 : h.start].strip(" \t\n*-•"):  # the seeking opens the sentence
                    owner = self._writer_gender(ctx, span[1])
            if owner is None:
                relative = _HOLDER_IN_RELATIVE.match(text, h.end)
                if relative is not None:
                    owner = "m" if relative.group(1).casefold() in ("han", "he") else "f"
        partner = "f" if words[-1] in rel["female"] else "m" if words[-1] in rel["male"] else None
        if partner is None and len(words) > 1:  # "kona mi": the noun before the possessive
            partner = "f" if words[0] in rel["female"] else "m" if words[0] in rel["male"] else None
        if partner is None:  # "en manlig partner", "a female partner": the adjective before the word
            before = _WORD_BEFORE.search(text, max(0, h.start - 30), h.start)
            adjective = before.group(1).lower() if before is not None else ""
            partner = "f" if adjective in _FEMALE_ADJECTIVES else "m" if adjective in _MALE_ADJECTIVES else None
        pos = h.end
        while partner is None:  # "sin kæreste Thomas", "gift med Peter", "har kæreste – han hedder Jonas"
            after = _PARTNER_WORD.match(text, pos)
            if after is None:
                # "jeg har en kæreste. han hedder Jonatan": the next sentence names the partner by a pronoun
                named = _PARTNER_NAMED.match(text, pos)
                if named is not None:
                    partner = "m" if named.group(1).casefold() in ("han", "he") else "f"
                break
            word = after.group(1)
            low = word.lower()
            if low in rel["female"] or low in rel["male"]:
                partner = "f" if low in rel["female"] else "m"
            elif low in rel["skip"]:
                pos = after.end()
                continue
            else:
                partner = _genders().get(word)
            break
        return owner is not None and owner == partner

    def _addressee_gender(self, ctx: _Context, s0: int) -> str | None:
        """The gender of the person the sentence speaks to: a name opening it before "du" ("Lena, du och ..."),
        else the item's greeted addressee ("Kære Mikkel!") or a name addressed before."""
        vocative = _VOCATIVE_YOU.match(ctx.text, s0)
        if vocative is not None:
            return _genders().get(vocative.group(1))
        called = self._addressee(ctx) or self._called(ctx, s0)
        if called is None:
            return None
        return next((g for w in ctx.text[called.start : called.end].split() if (g := _genders().get(w))), None)

    def _writer_gender(self, ctx: _Context, after: int, at: int = -1) -> str | None:
        """The gender of the first name the item is signed with: its last name after the sentence
        (``after``), in the last lines. On a chat line (``at`` inside it) the writer is the line's speaker
        ("Emil: jeg har en kæreste"); a parent signing by their child ("Hilsen Camilla (Freyas mor)") is
        the parent word's gender."""
        if at >= 0:
            # "> Jeg tager min mand med" under "Den 2. dec. skrev Jens Dahl:", a forward's "Från: Gunnar Ek": the
            # quoted or forwarded message's own writer, whoever signs the item around it
            quoted = _quoted_writer(ctx.text, at)
            if quoted is not None:
                return _genders().get(quoted)
            speaker = _CHAT_SPEAKER.match(ctx.text, ctx.text.rfind("\n", 0, at) + 1)
            gender = _genders().get(speaker.group(1)) if speaker is not None and speaker.end() <= at else None
            if gender is None:  # "alva: att jag är kär i Ebba": a chat handle in lower case, the log's own speaker
                gender = _handle_gender(ctx.text, ctx.text.rfind("\n", 0, at) + 1, at)
            if gender is not None:  # "Til HR: Min ægtefælle ...": a label, no speaker; the signature decides
                return gender
            above = _speaker_above(ctx.text, at)
            if above is not None:  # "Priya Raman 09:03" over the message: its speaker, known gender or not
                return _genders().get(above)
        tail = max(after, len(ctx.text) - _SIGNATURE_TAIL)
        parent = _PARENT_SIGN.search(ctx.text, tail)
        if parent is not None:
            return "f" if parent.group(1).casefold() in _MOTHER_WORDS else "m"
        slash = _SLASH_SIGN.search(ctx.text, tail)  # "... #justmarried /Tobias": a post signed with a slash
        if slash is not None and slash.group(1) in _genders():
            return _genders()[slash.group(1)]
        names = [a for a in self._anchors(ctx, tail, len(ctx.text)) if a.kind == "PERSON"]
        if not names:  # a mail's sender ("Fra: Karsten Bay"), or the writer introducing themself ("Hej, Morten her")
            sender = _SENDER_LINE.search(ctx.text, 0, _HEAD_LINES_CHARS)
            # "SMS fra Lene til holdleder": a message titled by its sender
            sender = sender or _MESSAGE_FROM.match(ctx.text)
            sender = sender or _SELF_INTRO.search(ctx.text, 0, _RECORD_HEAD)
            # a forum post headed by its writer's user name: "Bruger Jakob_Aarhus skriver:", "User tom_k writes:"
            sender = sender or _POST_BY.search(ctx.text, 0, _RECORD_HEAD)
            # a social post or profile headed by its writer: "Lærke Hvid" alone on the first line, "Instagram ·
            # Peter Kragh (@peter.kragh)", "Jonas Bæk delte et opslag", "Profil: Frederik, 36, Aarhus"
            sender = sender or _POST_HEAD.match(ctx.text) or _PROFILE_HEAD.match(ctx.text)
            # an application filled in by its applicant: "Navn: Mette Kragh" above "Min kone ..." (the form's
            # name field, never "Patient:"/"Borger:", which name somebody else than the one writing)
            form = _FORM_WRITER.search(ctx.text, 0, _RECORD_HEAD) if sender is None else None
            # a form about somebody else filled in by another ("Navn: Oskar ... Min mand henter ham"): the text
            # speaks of its person in the third person
            if form is not None and _THIRD_PERSON.search(ctx.text, form.end(), after) is None:
                sender = form
            first = next((g for g in sender.groups() if g), "") if sender is not None else ""
            return _genders().get(first[:1].upper() + first[1:])
        words = ctx.text[names[-1].start : names[-1].end].split()
        return next((_genders()[w] for w in words if w in _genders()), None)

    def _anchors(self, ctx: _Context, s0: int, s1: int) -> list[_Anchor]:
        """Names and identifiers inside [s0, s1)."""
        key = (s0, s1)
        if key in ctx.windows:
            return ctx.windows[key]
        found: list[_Anchor] = []
        lo = bisect.bisect_left(ctx.starts, s0)
        hi = bisect.bisect_left(ctx.starts, s1)
        given: list[tuple[int, int]] = []
        for f in ctx.findings[lo:hi]:
            if f.entity_type == "EMAIL_ADDRESS" and self._function_mailbox(f.value):
                continue
            if f.entity_type == "PERSON" and any(
                w.casefold() in ctx.animals or w.casefold() in self.animals or _animal_compound(w, self.animals)
                for w in f.value.split()
            ):
                continue  # "Valack Nero" taken for a name: the horse
            if f.entity_type == "PERSON":
                given.append((f.start - s0, f.end - s0))
                if (
                    " " not in f.value.strip()
                    and f.value.strip().casefold() in self.not_names
                    # "> Vera har astma": a name that is also a word, before a verb, is the name
                    and not self._word_name_before_verb(ctx.text[s0:s1], _SINGLE_NAME.match(ctx.text, f.start, s1), s0)
                ):
                    continue  # "Nya mobiler ...": a common word the name lists also hold
            found.append(_Anchor(f.entity_type, f.start, f.end, _mask(f)))
        piece = ctx.text[s0:s1]
        names = ctx.name_finder(piece) if ctx.name_finder is not None and not ctx.names_given else []
        spans = [(f.start, f.end) for f in names]
        # Two capitalised words of which one is a known first name (the first, or the second as in
        # "Sana Malik") or the second a known surname, where the recognizer saw none (after a title)
        for m in _NAME_PAIR.finditer(piece):
            first, second = m.group(1).casefold(), m.group(2).casefold()
            known = first in _first_names() or (
                (second in _first_names() or second in _last_names())
                and first not in self.not_names
                and first not in _greeting_words()  # "Hilsen Maria": a sign-off, then the name
            )
            if known and not _overlaps(spans + given, m.start(1), m.end(2)):
                spans.append((m.start(1), m.end(2)))
        # Registers in capitals ("MØLLER BENT   12   DØMT FOR ...", "HANSEN, BENT ERIK"): a known first name
        # next to a known surname or first name
        for m in _CAPS_PAIR.finditer(piece):
            first, second = m.group(1).casefold(), m.group(2).casefold()
            given_first = _given_name(first) and first not in self.not_names  # "OLE BAK", not "PER DAG"
            given_second = _given_name(second) and second not in self.not_names  # "BERG SUSANNE"
            named = (given_first and (second in _last_names() or second in _first_names())) or (
                given_second and first in _last_names()
            )
            if named and not _overlaps(spans + given, m.start(1), m.end(2)):
                spans.append((m.start(1), m.end(2)))
        # A known first name alone ("Stig är kurd", "Karins fingeravtryck"): workplace texts name
        # colleagues so; common words the lists also hold ("Val", "Per", "Dag") are left out
        taken = spans + given
        for m in _SINGLE_NAME.finditer(piece):
            word = m.group(1)
            if _overlaps(taken, m.start(1), m.end(1)):
                continue
            if _NUMBERED.match(piece, m.end(1)) is not None:
                continue  # "Ward 4", "Gate 2", "Storm 3": a numbered thing, not a first name
            if self._first_name_alone(word) or self._word_name_before_verb(piece, m):
                spans.append((m.start(1), m.end(1)))
        # "Maskas föräldrar", "Amarus mor": any capitalised word in the genitive before a family word is a person
        for m in _GENITIVE_RELATIVE.finditer(piece):
            if m.group(1).casefold() not in _NOT_GENITIVE_NAMES and not _overlaps(spans + given, m.start(1), m.end(1)):
                spans.append((m.start(1), m.end(1)))
        for a, b in spans:
            value = piece[a:b]
            if any(
                w.casefold() in ctx.animals or w.casefold() in self.animals or _animal_compound(w, self.animals)
                for w in value.split()
            ):
                continue  # "Bella har sukkersyge" after "Patient: Bella (labrador)": the dog
            common = " " not in value.strip() and value.strip().casefold() in self.not_names
            if common and not self._word_name_before_verb(piece, _SINGLE_NAME.match(piece, a)):
                continue
            if (
                not self._company(ctx.text, s0 + b)
                and value.split()[0].casefold() not in self.company
                and not _destination(ctx.text, s0 + a)
                and not self._after_organisation_head(ctx.text, s0 + a)
            ):
                found.append(_Anchor("PERSON", s0 + a, s0 + b, mask_name(value)))
        if not ctx.names_given and not ctx.findings:
            for m in _OWN_IDS.finditer(piece):
                if "@" in m.group() and self._function_mailbox(m.group()):
                    continue
                kind = "EMAIL_ADDRESS" if "@" in m.group() else "NATIONAL_ID"
                masked = _mask_own_id(m.group())
                found.append(_Anchor(kind, s0 + m.start(), s0 + m.end(), masked))
        found.sort(key=lambda a: a.start)
        if found:  # the pairs and single names found here too ("enligt Linda Karlsson")
            dropped = self._contacts(ctx.text, [(a.start, a.end) for a in found])
            found = [a for i, a in enumerate(found) if i not in dropped]
        ctx.windows[key] = found
        return found

    def _adjacent(self, ctx: _Context, s0: int, s1: int) -> tuple[_Anchor | None, str]:
        """A direct anchor in the sentence before or after (not in one with generic context), and how
        it was found: "adjacent", or "greeting" when the neighbour is only a greeting or sign-off line."""
        greeting: _Anchor | None = None
        for span in (_sentence(ctx.text, s0 - 2) if s0 >= 2 else None, _sentence(ctx.text, s1 + 1)):
            if span is None or span[0] >= len(ctx.text) or span == (s0, s1):
                continue
            piece = ctx.text[span[0] : span[1]]
            if _is_greeting_or_signoff(piece):
                greeting = greeting or next(iter(self._anchors(ctx, *span)), None)
                continue  # "Hej Jens" / "Mvh Lone": who reads or writes, only perhaps whom the line is about
            cues = self.cues.scan(_blank_addresses(piece))
            if any(c.tag[0] == "hard" for c in cues):
                continue
            anchors = self._anchors(ctx, *span)
            if anchors:
                return anchors[0], "adjacent"
            first = next((c for c in cues if c.tag[0] == "first"), None)
            if first is not None:
                a, b = span[0] + first.start, span[0] + first.end
                return _Anchor("first_person", a, b, ctx.text[a:b]), "adjacent"
        block = self._block_above(ctx, s0)
        if block is not None:
            return block, "adjacent"
        return greeting, "greeting"

    def _block_above(self, ctx: _Context, s0: int) -> _Anchor | None:
        """A name heading a block of short lines (a signature, an address block, a list head):
        "Jens Hansen\nLagerchef\nTillidsrepræsentant for 3F"."""
        text = ctx.text
        line_start = text.rfind("\n", 0, s0) + 1
        if text[line_start:s0].strip():
            return None  # the sentence does not start its line
        pos = line_start
        for _ in range(_BLOCK_LINES):
            if pos <= 0:
                return None
            prev_start = text.rfind("\n", 0, pos - 1) + 1
            line = text[prev_start : pos - 1]
            if not line.strip() or len(line.split()) > _FRAGMENT_WORDS or line.rstrip().endswith((".", "!", "?")):
                return None
            anchors = [a for a in self._anchors(ctx, prev_start, pos - 1) if a.kind == "PERSON"]
            if anchors:
                return anchors[0]
            pos = prev_start
        return None

    @staticmethod
    def _answered_yes(text: str, s0: int, s1: int) -> bool:
        """The sentence holds a question answered yes ("...? ☒ Ja"), or is an answer with its own words, right after
        the question on its line ("...? Ja – epilepsi", "...? Nej – familien er muslimer")."""
        if _ANSWERED_YES.search(text, s0, s1) is not None or _answered_below(text, s0, s1):
            return True
        line_start = text.rfind("\n", 0, s0) + 1
        return text[line_start:s0].rstrip().endswith("?") and _YES_OPENS.match(text, s0, s1) is not None

    def _record_subject(self, ctx: _Context, before: int) -> _Anchor | None:
        """Whom a form or CV is about: the first name or identifier in its head ("CV – Rasmus Vinther"), above the
        line at ``before`` (a name in a later row of a list is that row's, not the head's)."""
        head = ctx.text.find("\n\n", 0, _RECORD_HEAD)
        found = self._anchors(ctx, 0, head if head > 0 else min(len(ctx.text), _RECORD_HEAD))
        return found[0] if found and found[0].start < before else None

    def _head_subject(self, ctx: _Context) -> _Anchor | None:
        """A person named by the item's head line ("Vedr.: Signe Hvid", "Gäller: Axel Carlsson", "Patient: ..."):
        the item is about them, however far below a pronoun refers to them."""
        m = _HEAD_LABEL.match(ctx.text)
        if m is None:
            return None
        found = [a for a in self._anchors(ctx, m.end(), m.end() + len(m.group(1))) if a.kind == "PERSON"]
        return found[0] if found else None

    def _identified_near(self, ctx: _Context, s0: int, s1: int) -> bool:
        """Somebody is identified in the item: a finding anywhere, or a name/id a few sentences around."""
        if ctx.findings or self._head_subject(ctx) is not None:
            return True
        lo, hi = s0, s1
        for _ in range(3):
            if lo > 0:
                lo = _sentence(ctx.text, lo - 2)[0] if lo >= 2 else 0
            if hi < len(ctx.text):
                hi = _sentence(ctx.text, hi + 1)[1]
        return bool(self._anchors(ctx, lo, hi))

    def _generic_compound(self, text: str, h: Hit) -> bool:
        """A stem term inside a compound whose head is generic: "sygefravær" in "sygefraværspolitik"; a term
        joined by a hyphen to a generic head: "IVF-labb"."""
        if text[h.end : h.end + 1] == "-":
            head = _HYPHEN_HEAD.match(text, h.end + 1)
            if head is not None and head.group().casefold() in self.generic_heads:
                return True
        if not h.term.endswith("*") or " " in h.term:
            return False
        stem = h.term.lstrip("=").rstrip("*")
        rest = text[h.start + len(stem) : h.end].casefold()
        if rest in self.event_heads or (rest[:1] in ("s", "e") and rest[1:] in self.event_heads):
            return True  # "Cancerloppet", "Kræftens-løbet": an event named after a cause (exact end: not "forløbet")
        return any(rest[i:] in self.generic_heads for i in range(len(rest)))

    def _private_letter(self, ctx: _Context) -> bool:
        """A letter between private persons: it greets somebody by name and closes with an affectionate sign-off
        ("Knus", "Kram", "Varma hälsningar", "Love") before the writer's name."""
        if ctx.private is None:
            tail = ctx.text[-_SIGNATURE_TAIL:]
            ctx.private = _AFFECTIONATE.search(tail) is not None and self._addressee(ctx) is not None
        return ctx.private

    def _addressee(self, ctx: _Context) -> _Anchor | None:
        """The person a mail or letter greets by name in its first lines ("Kære Morten", "Hej Lena,")."""
        if ctx.addressee is not False:
            return ctx.addressee if isinstance(ctx.addressee, _Anchor) else None
        found: _Anchor | None = None
        pos = 0
        for line in ctx.text[:_HEAD_LINES_CHARS].split("\n")[:_HEAD_LINES]:
            speech = _SPEECH_HEAD.match(line)
            if speech is not None and speech.group(1).casefold() not in self.not_names:
                # "Tale til min farmor Ulla på 80-årsdagen", "Tal till farfar Stig": the speech's "du" is Ulla
                start = pos + speech.start(1)
                found = _Anchor("PERSON", start, speech.end(1), mask_name(speech.group(1)))
                break
            m = _SALUTATION.match(line)
            head = m.group(1).casefold() if m is not None else ""
            if not (head in _greeting_words() or head in self.letter_heads) and ":" in line:
                # "1177: Hej Agneta Forsberg! Du har ...", "Apoteket Østerbro: Hej Karina Lyngsø.": a sender's label
                m = _SALUTATION.match(line, line.index(":") + 1)
                head = m.group(1).casefold() if m is not None else ""
                if head not in _greeting_words():
                    m = None
            if m is not None and (head in _greeting_words() or head in self.letter_heads):
                name = m.group(2)
                if name.casefold() not in self.not_names:
                    start = pos + m.start(2)
                    found = _Anchor("PERSON", start, start + len(name), mask_name(name))
                break
            pos += len(line) + 1
        ctx.addressee = found
        return found

    def _own_device(self, text: str, s0: int, s1: int) -> bool:
        """The sentence names a personal device ("telefon", "mobil", "laptop") or its own unlock feature
        ("Face ID", "Touch ID") that keeps a face or fingerprint on the device."""
        return any(w in self.devices for w in _WORDS.findall(text[s0:s1].casefold()))

    def _called(self, ctx: _Context, s0: int) -> _Anchor | None:
        """The person a sentence before ``s0`` addresses by name after a thanks or congratulation ("Tak for
        mødet i dag, Bente Lind.", "Grattis, Malin Ek!"), the first such in the item's opening part."""
        if ctx.vocative is False:
            found: _Anchor | None = None
            if self.vocative is not None:
                for m in self.vocative.finditer(ctx.text, 0, min(len(ctx.text), _VOCATIVE_CHARS)):
                    name = m.group("name")
                    if name.split()[0].casefold() not in self.not_names:
                        found = _Anchor("PERSON", m.start("name"), m.end("name"), mask_name(name))
                        break
            ctx.vocative = found
        called = ctx.vocative
        return called if isinstance(called, _Anchor) and called.end <= s0 else None

    def _tail_hits(self, prepared: ItemText) -> Iterator[Hit]:
        assert self.compound_tails is not None
        text = prepared.text
        for at, end in _tail_spans(self.compound_tails, tuple(self.compound_tail_tags), prepared):
            start = at
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            if at - start < 3:  # "kræft" alone is the lexicon's; "lungekræft", "kokainmisbrug" are compounds
                continue
            category = self.compound_tail_tags[text[at:end].lower()]
            yield Hit((CATEGORY_TAG, category, "strong"), _COMPOUND_TERM, start, end)

    def _generic_phrase(self, text: str, h: Hit) -> bool:
        """A one-word term as the adjective of a word with a generic head: "Samiska språkveckan",
        "psykiatrisk afdeling", "etnisk festival" name an event or a unit, not somebody's condition; so does a
        phrase ending in one ("er tyrkisk statsborger": a citizenship, not an origin)."""
        if text[h.end : h.end + 1] != " ":
            return False
        after = _NEXT_WORD.match(text, h.end)
        if after is None or after.start(1) != h.end + 1:
            return False
        word = after.group(1).casefold()
        return any(word[-n:] in self.generic_heads for n in self.head_lengths if n <= len(word))

    def _topic(self, text: str, h: Hit) -> bool:
        """The term names a topic or a field: "afdeling for strafferet", "oplæg om diabetes og kost"."""
        if not self.topic_leads or h.term.partition(" ")[0] in _POSSESSIVES:  # "berättade om sin pojkvän": his own
            return False
        line_start = text.rfind("\n", max(0, h.start - 80), h.start) + 1  # only the last 80 characters count
        words = tuple(w.casefold() for w in _WORDS.findall(text, max(line_start, h.start - 80), h.start)[-6:])
        for gap in range(4):  # up to three words between the lead and the term ("talk on the genetics of cancer")
            last = len(words) - 1 - gap
            if last < 0:
                break
            if gap and words[last + 1] in _POSSESSIVES:
                break  # "fortalte om sin kræft", "talk about her diagnosis": the speaker's own
            for lead in self.topic_leads.get(words[last], ()):
                first = last - len(lead) + 1
                if first < 0 or words[first + 1 : last + 1] != lead[1:]:
                    continue
                # the lead's first word may end a compound: "lunchföreläsningen om" as "föreläsningen om"
                # or be inflected: "forskningen om" as "forskning om"
                head = words[first]
                if head.endswith(lead[0]) or (head.startswith(lead[0]) and len(head) - len(lead[0]) <= 3):
                    if h.tag[1] == "trade_union" and _MY_OWN.intersection(words[max(0, first - 2) : first]):
                        return False  # "min faglige konsulent i Djøf", "my lawyer at Unionen": the union serves me
                    # a title before a name is the person's ("Spørgsmål til tillidsrepræsentanten Bent Ravn")
                    named = _NAME_AFTER.match(text, h.end)
                    return named is None or not _titlecase(named.group(1))
        return False

    def _contacts(self, text: str, spans: list[tuple[int, int]]) -> set[int]:
        """Indexes of the (sorted) spans that name a contact or a source, not the subject: a name after
        "Kontakt", "Spørgsmål til", "Anmälan till", "enligt", "oplyser personalechef"; an address or
        number right after such a name ("rettes til Jens Hansen på jens@...")."""
        if self.contact_cue is None:
            return set()
        out: set[int] = set()
        last_end = -10
        line_start, seen = 0, 0  # the spans come in text order: each line break is looked for once
        for i, (start, end) in enumerate(spans):
            if start > seen:
                line_start = max(line_start, text.rfind("\n", seen, start) + 1)
                seen = start
            if last_end >= 0 and _CHAINED.fullmatch(text, last_end, start):
                out.add(i)
                last_end = end
                continue
            if _chat_speaker(text, line_start, start, end):
                out.add(i)
                continue
            glued = _GLUED_TITLE.match(text, start, end)  # "Anklager Sara Holm": a title taken into the name
            if glued is not None and self._ends_in_cue(text[max(line_start, start - 80) : glued.end()]):
                out.add(i)
                last_end = end
                continue
            before = text[max(line_start, start - 80) : start]
            for _ in range(3):  # the cue, then up to two lower-case title words ("oplyser personalechef")
                if self._ends_in_cue(before):
                    out.add(i)
                    last_end = end
                    break
                m = _LAST_TITLE_WORD.search(before)
                if m is None:
                    break
                before = before[: m.start()] + " "
        return out

    def _ends_in_cue(self, piece: str) -> bool:
        """``self.contact_cue.search(piece)`` is a match: a cue, then spaces, ":" or "," to the end.

        Matched backwards, one anchored try per place a cue can end (the run of spaces, ":" and ","
        at the end), instead of trying the whole alternation, case-insensitive, at every position."""
        reverse = self.contact_cue_reversed
        if reverse is None:
            return self.contact_cue is not None and self.contact_cue.search(piece) is not None
        end = run = len(piece)
        # ":", ",", spaces and quotes: '""author"": ""Magnus Berglund""' names the author of a JSON record
        while run > 0 and (piece[run - 1] in _CUE_TRAIL or piece[run - 1].isspace()):  # "\s" is str.isspace()
            run -= 1
        if run == end:
            return False
        backwards = piece[::-1]
        return any(reverse.match(backwards, end - e) is not None for e in range(run, end))

    def _animal_names(self, prepared: ItemText) -> frozenset[str]:
        """Names given to animals in the item: "Bella (labrador)", "Max (beagle)", "Katten Pus", "hunden Bella".
        One C pass of the animal words (a trie) over the lower-cased text; the names around each are read
        from the text itself (same length: offsets agree)."""
        text, lower = prepared.text, prepared.lower
        if not self.animals or len(lower) != len(text):
            return frozenset()
        found: set[str] = set()
        spans = prepared.word_spans(self.animals)  # the animal words of the text, when the word pass knows
        for a, b in spans if spans is not None else _animal_spans(self.animals, lower):
            if text[a - 1 : a] == "(" and text[b : b + 1] == ")":  # "Bella (labrador)"
                before = _NAME_BEFORE_BRACKET.search(text, max(0, a - 40), a - 1)
                if before is not None:
                    found.add(before.group(1).casefold())
            after = _NAME_AFTER.match(text, b)  # "Katten Pus", "the dog Max"
            if after is not None:
                found.add(after.group(1).casefold())
        return frozenset(found)

    def _party_column_hits(self, text: str, lines: list[tuple[int, int]] | None = None) -> list[Hit]:
        """A table whose head row has a party column ("namn;parti;uppdrag"): each row's party letter in that
        column is its person's party (the row's name anchors it as in any sentence). ``lines``: the only
        lines a head cell can be on (``_probe_lines``); None: all."""
        out: list[Hit] = []
        seen = -1
        for cell in _party_cells(text, lines):
            line_start = text.rfind("\n", 0, cell.start()) + 1
            if line_start <= seen:
                continue
            line_end = text.find("\n", cell.end())
            line_end = len(text) if line_end < 0 else line_end
            seen = line_start
            line = text[line_start:line_end]
            sep = next((c for c in ";\t|," if c in line), None)
            if sep is None:
                continue
            cells = [c.strip().casefold() for c in line.split(sep)]
            k = next((i for i, c in enumerate(cells) if c in _PARTY_HEADS), None)
            if k is None:
                continue
            pos = line_end + 1
            while pos < len(text):
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                row = text[pos:end]
                if not row.strip():
                    break
                cells = row.split(sep)
                if len(cells) > k and cells[k].strip() in self.party_letters:
                    at = pos + sum(len(c) + 1 for c in cells[:k]) + (len(cells[k]) - len(cells[k].lstrip()))
                    out.append(Hit(_PARTY, _PARTY_COLUMN, at, at + len(cells[k].strip())))
                pos = end + 1
        return out

    def _title_list_head(self, text: str) -> int:
        """Where the rows below a head naming a list of titles begin ("Reserveringsliste", "Lånehistorik",
        "Reading list"), or -1: the item's first line."""
        start = len(text) - len(text.lstrip())
        if start > _TITLE_CHARS:
            return -1
        end = text.find("\n", start)
        if end < 0:
            return -1
        head = text[start:end]
        return end if any(c.tag[0] == "title_list" for c in self.cues.scan(head)) else -1

    def _member_list_head(self, text: str, pos: int, lines: _Lines) -> bool:
        """The line is the head of a list of members ("Kontingentliste Venstre Hedensted 2026:"), not a form's
        field left blank: the rows below it answer it."""
        line_start, line_end = lines.bounds(pos)
        if line_start >= _RECORD_HEAD:
            return False
        return any(c.tag[0] == "member_list" for c in self.cues.scan(text[line_start:line_end]))

    def _language_skills(self, text: str, h: Hit) -> bool:
        """The term is one language in a list with two languages of school or work ("taler arabisk, tysk og dansk",
        "speaks Arabic, German and English"): a skill, not an origin. A mother tongue still counts."""
        if not self.skill_languages or " " in h.term.strip("=*"):
            return False
        lo, hi = max(0, h.start - 60), min(len(text), h.end + 60)
        if any(w.casefold() in _MOTHER_TONGUE for w in _WORDS.findall(text, lo, hi)):
            return False
        if _SPEAKS_A_LITTLE.search(text, lo, h.start) is not None:
            return True  # "taler lidt kalaallisut", "talar lite samiska": a language learnt, not one's own
        for m in _LANGUAGE_LIST.finditer(text, lo, hi):
            if m.start() <= h.start and h.end <= m.end():
                # two of school or work at least: "somaliska, arabiska och svenska" is still a home's languages
                return sum(w.casefold() in self.skill_languages for w in _WORDS.findall(m.group())) >= 2
        return False

    def _abroad(self, text: str, end: int) -> bool:
        """The word after ``end`` is a country or region abroad ("... fra Somalia"), not a town at home."""
        after = _NAME_AFTER.match(text, end)
        return after is not None and after.group(1).rstrip("'’-") in self.places

    def _after_organisation_head(self, text: str, start: int) -> bool:
        """The name follows an organisation's head noun: "Hotel Skagen Strand", "Klinik Vesterbro"."""
        if _SAINT_BEFORE.search(text, max(0, start - 8), start) is not None:
            return True  # "Sct. Nicolai", "St. Pauls kirke": a saint names a church or a parish
        m = _WORD_BEFORE.search(text, max(0, start - 24), start)
        return m is not None and m.group(1)[:1].isupper() and m.group(1).casefold() in self.company

    def _organisation_first(self, f: Finding) -> bool:
        """A name opening with an organisation's head noun ("Vårdcentralen Rosengård", "Region Skåne") or a
        trip's destination ("Pilgrimsresa till Santiago de Compostela"): no person."""
        if f.entity_type != "PERSON":
            return False
        words = f.value.split()
        return bool(words) and words[0].casefold() in self.company

    def _faq(self, text: str) -> bool:
        """A FAQ: a head naming questions ("Vanliga frågor", "Fackliga frågor:") or two question labels."""
        if self.faq_head is not None and self.faq_head.match(text) is not None:
            return True
        if self.faq_label is None:
            return False
        found = self.faq_label.finditer(text, 0, _FAQ_SCAN)
        return next(found, None) is not None and next(found, None) is not None

    def _function_mailbox(self, address: str) -> bool:
        """info@, kontakt@, hr@...: a mailbox of a function or a firm, not of a natural person."""
        return address.split("@", 1)[0].lower().strip() in self.function_mailboxes

    def _company(self, text: str, end: int) -> bool:
        """The name ending at ``end`` is followed by a company form or an organisation's head noun
        ("Novo Nordisk A/S", "Bergen kommune", "St James's Hospital") or ends with one ("Klinisk Genetisk
        Afdeling"): an organisation or a place, not a person."""
        # the form stands on the name's line: "Tenzin Dolkar\nAfdeling: Lager" is a name above a field's label
        stop = text.find("\n", end, end + 14)
        tail = text[end : end + 14 if stop < 0 else stop].strip(" ,").split(maxsplit=1)
        if bool(tail) and tail[0].casefold().rstrip(".,;:)") in self.company:
            return True
        # "Brødrene Holst Tømrer ApS", "Eva Lund Konsult AB": a trade word between the name and a legal form
        trade = _TRADE_THEN_FORM.match(text, end)
        if trade is not None:
            return True
        last = _LAST_WORD.search(text, max(0, end - 30), end)
        return last is not None and last.group().casefold() in self.company


def shift_evidence(evidence: dict[str, Any], by: int) -> dict[str, Any]:
    """Evidence (``Evidence.as_dict()``) of a piece of text moved to offsets in the whole text."""
    out = dict(evidence)
    out["sentence"] = [evidence["sentence"][0] + by, evidence["sentence"][1] + by]
    if evidence.get("anchor_span"):
        out["anchor_span"] = [evidence["anchor_span"][0] + by, evidence["anchor_span"][1] + by]
    return out


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence (or line) around ``pos``: [start, end)."""
    lo = max(0, pos - _MAX_SENTENCE)
    start, i = lo, pos
    while i > lo:  # backwards from pos, one candidate at a time (str.rfind runs in C)
        j = max(
            text.rfind(".", lo, i),
            text.rfind("!", lo, i),
            text.rfind("?", lo, i),
            text.rfind(";", lo, i),
            text.rfind("\n", lo, i),
        )
        if j < 0:
            break
        m = _SENTENCE_END.match(text, j)
        if m is not None and m.end() <= pos and _is_end(text, m):
            start = m.end()
            break
        i = j
    end = min(len(text), pos + _MAX_SENTENCE)
    for m in _SENTENCE_END.finditer(text, pos, end):
        if _is_end(text, m):
            end = m.end()
            break
    return start, end


def _is_end(text: str, m: re.Match[str]) -> bool:
    """Not the full stop of an abbreviation ("hr. Jensen", "f.eks. Hansen")."""
    if m.group() != ".":
        return True
    before = text[max(0, m.start() - 8) : m.start()].rsplit(None, 1)
    # "HR." (an acronym) ends a sentence; "hr. Jensen" does not; nor "studienr. 2022118", "kundenr. 44"
    if before and before[-1].casefold().endswith("nr") and text[m.end() : m.end() + 2].strip()[:1].isdigit():
        return False
    return not before or before[-1].isupper() or before[-1].casefold() not in _ABBREVIATIONS


def _proper_noun(text: str, start: int, end: int) -> bool:
    """A capitalised word inside a sentence ("region Mitt"): a name, not the pronoun."""
    word = text[start:end]
    if not word[:1].isupper() or word.isupper() or " " in word:  # "JEG", "I am": the pronoun
        return False
    if word[:2] in ("I'", "I’"):  # "I've", "I'm": the pronoun, contracted
        return False
    if text[max(0, start - 3) : start].rstrip(" ")[-1:] in (";", "|", "\t"):
        return False  # "Kavitha Rajendran;Økonomi;Jeg er sygemeldt": a table cell opens there
    before = text[max(0, start - 3) : start].rstrip(" \t\"'“(")
    return bool(before) and before[-1] not in ".!?:\n>-•*"  # "> Jeg er syg": a quoted line starts there


def _is_greeting_or_signoff(line: str) -> bool:
    words = line.strip().rstrip("!,.:").split()
    if not words or len(words) > 6:
        return False
    from pii_scanner.detect.ner.lexicon import load_lexicon

    lex = load_lexicon()
    low = " ".join(words).lower()
    return words[0].lower().strip(",") in lex.salutations or any(
        low == sig or low.startswith(sig + " ") or low.startswith(sig + ",") for sig in lex.signatures
    )


def _blank_addresses(piece: str) -> str:
    """E-mail addresses and web addresses replaced by spaces (same offsets): "example" in
    "jens@example.dk" is no word of the sentence."""
    return (
        _ADDRESS.sub(lambda m: " " * len(m.group()), piece)
        if ("@" in piece or "/" in piece or "www." in piece)
        else piece
    )


def _in_address(text: str, start: int, end: int) -> bool:
    """The span lies inside an e-mail or web address ("kraeftens-bekaempelse@...", "www.sygdom.dk")."""
    a = max(0, start - 64)
    left = text[a:start].split()
    token = (left[-1] if left and not text[start - 1 : start].isspace() else "") + text[start:end]
    right = text[end : end + 64].split(maxsplit=1)
    if right and not text[end : end + 1].isspace():
        token += right[0]
    return "@" in token or "://" in token or token.lower().startswith("www.")


def _in_proper_name(text: str, h: Hit, lines: _Lines | None = None) -> bool:
    """A capitalised term inside a sentence next to another capitalised word: part of the name of an
    organisation or a place ("Kræftens Bekæmpelse", "Danske Handicaporganisationer"), not a condition
    of somebody. Case-sensitive terms ("=BRCA*") and all-capital words ("ADHD") keep counting."""
    word = text[h.start : h.end]
    if h.term.startswith("=") or not word[:1].isupper() or word[:2].isupper():
        return False  # "DNA-analyse", "ADHD": an acronym, not a name
    lines = lines if lines is not None else _Lines(text)
    line_start = lines.bounds(h.start)[0]
    # the line before the term, without its trailing quotes and brackets, read backwards from the term (not
    # sliced from the line's start: the terms of a long line would each copy it)
    end = h.start
    while end > line_start and text[end - 1] in _NAME_OPENERS:
        end -= 1
    if end == line_start or text[end - 1] in _OPENERS or text[end - 1].isdigit():
        return False  # the first word of a sentence, line, list item or field value
    prev = lines.last_word(line_start, end)
    if text[h.end : h.end + 1] in ("-", "‐") and text[h.end + 1 : h.end + 2].isalpha():
        return True  # "Gripen-projektet", "Hope-fonden": a capitalised word joined to a noun names a thing
    after = _NEXT_WORD.match(text, h.end)
    nxt = after.group(1) if after is not None and text[h.end : after.start(1)].strip() == "" else ""
    # "Dit HbA1c er 71": a possessive before the term is no part of a name
    return (_titlecase(prev) and prev.casefold() not in _OWNER_WORDS) or _titlecase(nxt)


_OWNER_WORDS = frozenset(
    [
        "din",
        "dit",
        "dine",
        "ditt",
        "dina",
        "min",
        "mit",
        "mine",
        "mitt",
        "mina",
        "hans",
        "hendes",
        "hennes",
        "vores",
        "vår",
        "vårt",
        "våra",
        "jeres",
        "your",
        "my",
        "his",
        "her",
        "our",
        "their",
    ]
)


def _about_an_animal(ctx: _Context, s0: int, s1: int) -> bool:
    """The sentence (after a field label) opens with an animal's name or an animal word: "Max has epilepsy",
    "Dyreklinikken: Katten Pus har diabetes": the animal's, whoever the next sentence names."""
    if not ctx.animals:
        return False
    label = _FIELD_LABEL.match(ctx.text, s0, s1)
    first = _WORDS.search(ctx.text, label.end() if label is not None else s0, s1)
    if first is None:
        return False
    word = first.group().casefold()
    if word in ctx.animals:
        return True
    nxt = _NAME_AFTER.match(ctx.text, first.end())
    return nxt is not None and nxt.group(1).casefold() in ctx.animals


def _collective_owner(text: str, start: int) -> bool:
    """ "genetisk utredning av släktens hjärtsjukdom": a condition of the family, not of the person."""
    words = _WORDS.findall(text, max(0, start - 30), start)[-2:]
    return any(w.casefold() in _COLLECTIVE_OWNER for w in words)


def _opens_with_term(text: str, s0: int, s1: int, group: list[Hit]) -> bool:
    """The sentence opens with one of its category terms and no other verb: a note whose
    subject is left out ("Afsoner 2 år og 6 måneder for narkotikahandel.", "Indlagt med lungebetændelse."),
    not a statement about the topic ("Diabetes er en folkesygdom", "Sygefraværet i 3. kvartal var 4 %")."""
    lead = _WORDS.search(text, s0)
    if lead is None:
        return False
    opening = [h for h in group if h.start == lead.start() and h.tag[2] in ("strong", "medium")]
    first = max((h.end for h in opening), default=lead.end())
    # a medium word alone is a title naming a kind of document ("Helbredserklæring"), not a note
    if not any(h.tag[2] == "strong" for h in opening) and not (opening and _WORDS.search(text, first, s1)):
        return False
    words = _WORDS.findall(text, first, s1)
    # "Fingeravtryck har tagits och skickats ...": a passive done to the person's data is a note of the record
    return not any(
        w.casefold() in _AUXILIARIES and not (i + 1 < len(words) and _S_PASSIVE.fullmatch(words[i + 1]) is not None)
        for i, w in enumerate(words)
    )


def _sender_label(text: str, h: Hit) -> bool:
    """The term heads the item as its sender, a short label before a message ("Menighedsrådet: Vi byder velkommen
    til ..."): the organisation speaks. A field with a short value ("Fagforening: 3F") is no sender."""
    if h.start > _TITLE_CHARS or text[: h.start].strip():
        return False
    colon = text.find(":", h.end, h.end + 40)
    line_end = text.find("\n", h.end)
    line_end = len(text) if line_end < 0 else line_end
    # "Dansk Metal – Klubnyt for Vestas Lem: Husk ...": a heading after a dash may be longer
    words = 8 if _HEADING_DASH.match(text, h.end) is not None else 3
    if colon < 0 or colon > line_end or len(text[h.start : colon].split()) > words:
        return False
    # "Klubnyt: Velkommen til klubbens nye medlemmer Ali Hassan og ...": the organisation speaks OF its members
    return len(text[colon + 1 : line_end].split()) > 3 and _JOINED.search(text, colon, line_end) is None


def _institution_name(text: str, h: Hit) -> bool:
    """A prison named by its place ("Ila fengsel", "Kumla fängelse", "Vestre Fængsel"): where somebody works or
    visits, not a sentence served."""
    if h.term.lstrip("=").rstrip("*").casefold() not in _INSTITUTIONS:
        return False
    prev = _PREV_WORD.search(text, max(0, h.start - 40), h.start)
    if prev is None or not _titlecase(prev.group(1)) or _sentence_initial(text, prev.start(1)):
        return False
    return _SERVING.search(text, max(0, prev.start(1) - 30), prev.start(1)) is None  # "løslatt fra Ila fengsel"


def _of_the_dead(text: str, s0: int, s1: int) -> bool:
    """The sentence opens with "han"/"hun"/"hon"/"he"/"she" right after a sentence telling of a death ("din far er
    død", "sorgen efter din mamma", "your father passed away"): the pronoun is the one who died."""
    opener = _WORDS.search(text, s0, min(s1, s0 + 8))
    if opener is None or text[s0 : opener.start()].strip() or opener.group().casefold() not in _DEAD_PRONOUNS:
        return False
    if opener.start() < 2:
        return False
    p0, p1 = _sentence(text, opener.start() - 2)
    return p1 <= opener.start() and _DIED.search(text, p0, p1) is not None


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"'“(")
    return not before or before[-1] in ".!?:\n>-•*"


def _title_before_name(text: str, h: Hit) -> bool:
    """A clergy title before a name ("Sognepræst Ane Holm holder fri"): the job of the one named."""
    if h.term.lstrip("=").rstrip("*").casefold() not in _CLERGY_TITLES:
        return False
    named = _ROLE_NAME.match(text, h.end)
    if named is not None and named.start(1) == h.end + 1:
        return True
    # "Hej pastor Jonas,": a greeting that addresses the clergy person by title and given name
    line_start = text.rfind("\n", 0, h.start) + 1
    return (
        _GREETING_OPENS.fullmatch(text, line_start, h.start) is not None and _GIVEN_AFTER.match(text, h.end) is not None
    )


def _prefix_label(text: str, h: Hit) -> bool:
    """A party's letters followed by a colon ("SV: Julefrokost", "S: ..."): a reply prefix or a label."""
    word = text[h.start : h.end]
    return word.isupper() and len(word) <= 3 and text[h.end : h.end + 1] == ":"


def _greeting_after_label(text: str, pos: int) -> bool:
    """The sentence at ``pos`` is a greeting after a label: "SMS fra Oslo kommune: Hei Ingrid!"."""
    s0, s1 = _sentence(text, pos)
    label = _FIELD_LABEL.match(text, s0, s1)
    return label is not None and _is_greeting_or_signoff(text[label.end() : s1])


def _building_in_name(text: str, h: Hit, lines: _Lines | None = None) -> bool:
    """ "Blå Moské", "St Mary's Church": a church or mosque in a place's name is the place, nobody's faith."""
    return h.term.lstrip("=").rstrip("*") in _BUILDINGS and _in_proper_name(text, h, lines)


def _without_idioms(text: str, hits: list[Hit], devices: frozenset[str]) -> list[Hit]:
    """Drop the idioms and the terms of their category sharing words with them: "sat sit fingeraftryk på projektet",
    "dømt offside", "sjuk i huvudet". An idiom that ends before a device ("... fingeraftryk på scanneren") is
    meant literally and drops nothing."""
    spans: list[tuple[int, int, str]] = []
    for h in hits:
        if h.tag[2] != _IDIOM:
            continue
        after = _NEXT_WORDS.match(text, h.end)
        if after is not None and after.group(1).casefold() in devices:
            continue
        spans.append((h.start, h.end, h.tag[1]))
    return [
        h
        for h in hits
        if h.tag[2] != _IDIOM and not any(s < h.end and h.start < e and c == h.tag[1] for s, e, c in spans)
    ]


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isalpha():
        pos += 1
    return pos


def _heading(text: str, starts: list[int]) -> tuple[int, int] | None:
    """The item's first line when it is a heading above a body: short, no sentence, nobody named in it
    ("HELBREDSERKLÆRING – KØREKORT", "Anteckning – rehabiliteringsmöte")."""
    s0 = len(text) - len(text.lstrip())
    s1 = text.find("\n", s0)
    if s1 < 0 or s1 - s0 > _HEADING_CHARS or not text[s1:].strip():
        return None
    line = text[s0:s1]
    if _HEADING_BREAK.search(line) is not None and (
        _TITLE_AND_SUBTITLE.fullmatch(line) is None or _given_name(line.split(",")[0].split()[0].casefold())
    ):
        return None  # "Helbredserklæring, rejseforsikring" is a title and its subtitle; "Jens, sygemeldt" is no title
    if _ANY_PAIR.search(line) is not None:
        return None
    if any(s0 <= at < s1 for at in starts) or _WRITER_WORD.search(line) is not None:
        return None
    return s0, s1


def _letterhead(text: str) -> tuple[int, int] | None:
    """The item's first line when it names the sender's unit and house ("Genetisk Rådgivning, Rigshospitalet",
    "Församlingsbladet, Gustav Vasa församling"): a short line of names, no sentence, no label, no date, nobody
    named in it. A line that says what the letter is about ("Ansøgning om fleksjob – Aarhus Kommune") is no
    letterhead."""
    s0 = len(text) - len(text.lstrip())
    s1 = text.find("\n", s0)
    if s1 < 0 or s1 - s0 > _HEADING_CHARS or not text[s1:].strip():
        return None
    m = _LETTERHEAD.fullmatch(text, s0, s1)
    if m is None or any(ch in text[s0:s1] for ch in ".!?:;") or any(ch.isdigit() for ch in text[s0:s1]):
        return None
    words = [w.casefold() for w in _WORDS.findall(text, s0, s1)]
    if len(words) > 7 or any(w in _HEAD_PREPOSITIONS for w in words):
        return None
    for pair in _ANY_PAIR.finditer(text, s0, s1):  # "Sygemelding – Jens Hansen": the person the item is about
        if _given_name(pair.group(1).casefold()) and pair.group(2).casefold() in _last_names():
            return None
    return s0, s1


def _label_word(text: str, h: Hit, hits: Sequence[Hit]) -> bool:
    """The hit is a line's one-word label ("Hälsa:", "Helbred:") and no other hit of its category stands on the line
    (a statement before a colon, "Er halvt serbisk: ...", is no label)."""
    line_start = text.rfind("\n", 0, h.start) + 1
    if text[line_start : h.start].strip() or " " in text[h.start : h.end] or _LABEL_COLON.match(text, h.end) is None:
        return False
    line_end = text.find("\n", h.end)
    line_end = len(text) if line_end < 0 else line_end
    return not any(o.tag[1] == h.tag[1] and h.end < o.start < line_end for o in hits)


def _member_question(text: str, span: tuple[int, int]) -> bool:
    """The sentence asks whether somebody is a member ("Sebastian: er du med i en fagforening?")."""
    s0, s1 = span
    return text[s0:s1].rstrip().endswith("?") and _MEMBER_QUESTION.match(text, s0, s1) is not None


def _probe_lines(prepared: ItemText, probes: tuple[str, ...], size: int) -> list[tuple[int, int]] | None:
    """The lines (start, end: the line break or the text's end) holding one of ``probes`` that the word pass
    found (as substrings: a superset), in text order; None when the word pass did not answer them all (folds
    beyond lower(), no compiled pass) or the text (``size``) is longer than the scan."""
    answers = [prepared.has_word(p) for p in probes]
    lower = prepared.lower
    if None in answers or size != len(lower):
        return None
    lines: set[tuple[int, int]] = set()
    for word in {p.rstrip("*") for p, there in zip(probes, answers, strict=True) if there}:
        at = lower.find(word)
        while at >= 0:
            start = lower.rfind("\n", 0, at) + 1
            end = lower.find("\n", at)
            end = len(lower) if end < 0 else end
            lines.add((start, end))
            at = lower.find(word, end)
    return sorted(lines)


def _couple_matches(text: str, lines: list[tuple[int, int]] | None) -> Iterator[re.Match[str]]:
    """``_COUPLE.finditer(text)``, or its matches on ``lines`` only: no match crosses a line break (nor looks
    past one: its last ``\b`` sees the break as it sees the end), so the matches found between a line's start
    and end are the whole text's matches on that line."""
    for start, end in [(0, len(text))] if lines is None else lines:
        m = _COUPLE.search(text, start, end)
        while m is not None:
            yield m
            # "Parret Louise og Camilla": a capitalised word before the first name was read as the first name
            nxt = _COUPLE.search(text, m.end(1), end) if m.group(1) not in _genders() else None
            m = nxt if nxt is not None and nxt.start() < m.end() else _COUPLE.search(text, m.end(), end)


def _same_sex_spouses(text: str) -> list[Hit]:
    """A named person's spouse or partner of the same gender ("Villy Mølbys mand, Torben", "Roland Ståhls man",
    "Mads' kæreste Jonas"): the holder's gender from their given name, the partner's from the spouse word or,
    for a word of no gender ("kæreste", "sambo"), from the given name after it. "Mette Holms mand" is no hit."""
    out: list[Hit] = []
    genders = _genders()
    for m in _genitive_spouses(text):
        first, last, word = m.group(1), m.group(2), m.group(3).lower()
        if last is None and first.lower() + "s" in _HOLDER_PRONOUNS:  # "Hans mand": the lexicon's "hans mand"
            continue
        # the given name: the first of two words, or the genitive itself ("Mads'", "Peters")
        owner = genders.get(first) if last is not None else genders.get(first) or genders.get(first + "s")
        if owner is None:
            continue
        partner = "m" if word in _SPOUSE_MALE else "f" if word in _SPOUSE_FEMALE else None
        if partner is None:
            after = _SPOUSE_NAME.match(text, m.end())
            partner = genders.get(after.group(1)) if after is not None else None
        if partner == owner:
            out.append(Hit(_SAME_SEX, _SPOUSE_TERM, m.start(3), m.end(3)))
    return out


def _kin_field_spouses(text: str) -> list[Hit]:
    """A record's next of kin who is its person's spouse or partner of the same gender ("Patient: Ole Holm" and
    "Pårørende: Lars Holm (ægtefælle)", {"anställd": "Petra Holm", "närmast anhörig": "Linda Holm", "relation":
    "maka"}): the person's gender from the given name in the record's own name field, the partner's from the
    relation word or, for a word of no gender ("ægtefælle", "make", "spouse"), the next of kin's given name."""
    genders = _genders()
    # the first name field on a line of its own, not the next of kin's ("Pårørende, navn: ...")
    subject = next(
        (
            m
            for m in _RECORD_PERSON.finditer(text)
            if not any(w in text[text.rfind("\n", 0, m.start()) + 1 : m.start()].lower() for w in _KIN_WORDS)
        ),
        None,
    )
    owner = genders.get(subject.group(1)) if subject is not None else None
    if owner is None:
        return []
    out: list[Hit] = []
    fields = list(_KIN_FIELD.finditer(text))
    for i, m in enumerate(fields):
        # the first relation told after the name, before the next next-of-kin field ("Lars (søn)\nPårørende 2:
        # Mette (ægtefælle)": Lars is the son)
        end = min(len(text), m.end() + _KIN_REACH, fields[i + 1].start() if i + 1 < len(fields) else len(text))
        relation = _KIN_RELATION.search(text, m.end(), end)
        if relation is None or (word := relation.group(1).casefold()) not in _KIN_SPOUSE:
            continue
        partner = "m" if word in _KIN_MALE else "f" if word in _KIN_FEMALE else genders.get(m.group(1))
        if partner == owner:
            out.append(Hit(_SAME_SEX, _KIN_TERM, relation.start(1), relation.end(1)))
    return out


def _plus_one_spouses(text: str) -> list[Hit]:
    """A registration's person and their spouse or partner of the same gender ("Jonas Berg + ægtefælle (Mikael
    Berg)", "Eva Lind + partner: Sara Lind", "Tom Reed + spouse (Paul Reed)"): the person's gender from the given
    name before "+", the partner's from the spouse word or, for a word of no gender, the given name after it."""
    genders = _genders()
    out: list[Hit] = []
    for m in _PLUS_SPOUSE.finditer(text):  # from each "+" (phone numbers stop at once), then the name before it
        before = _NAME_BEFORE_PLUS.search(text, max(0, m.start() - 60), m.start())
        owner = genders.get(before.group(1)) if before is not None else None
        word = m.group(1).casefold()
        partner = "m" if word in _KIN_MALE else "f" if word in _KIN_FEMALE else genders.get(m.group(2))
        if owner is not None and partner == owner:
            out.append(Hit(_SAME_SEX, _PLUS_ONE_TERM, m.start(1), m.end(1)))
    return out


def _genitive_spouses(text: str) -> Iterator[re.Match[str]]:
    """``_GENITIVE_SPOUSE.finditer(text)``, run only on the lines where a spouse word follows a genitive
    (``_SPOUSE_AFTER_GENITIVE``, a pass that skips ahead to an "s" or an apostrophe): no match crosses a line
    break nor looks past one, so a line's matches are the whole text's on that line. The whole pattern tries
    every capitalised word of the text (~20 ms per MB, most of an item's classification)."""
    done = -1  # where the last line searched ends
    for hit in _SPOUSE_AFTER_GENITIVE.finditer(text):
        if hit.start() < done:
            continue
        lo = text.rfind("\n", 0, hit.start()) + 1
        done = text.find("\n", hit.end())
        if done < 0:
            done = len(text)
        yield from _GENITIVE_SPOUSE.finditer(text, lo, done)


def _same_sex_couples(text: str, lines: list[tuple[int, int]] | None = None) -> list[Hit]:
    """A wedding of two people of the same gender named by their first names ("Bryllupsplan – Mads og Emil",
    "Mads og Emils bryllup", "Wedding of Tom and Ben"): the wedding word is the evidence, the names its anchors.
    ``lines``: the only lines that can hold one (``_probe_lines``); None: all."""
    out: list[Hit] = []
    genders = _genders()
    for m in _couple_matches(text, lines):
        first, second, genitive = m.group(1), m.group(2), bool(m.group(3))
        end = m.end(3) if genitive else m.end(2)
        apostrophe = text.startswith(("'", "’"), end)  # "Rasmus og Thomas' bryllup"
        if genitive and second + "s" in genders:  # "Mads", "Lars": the name, not a genitive
            second, genitive = second + "s", apostrophe
        elif apostrophe:
            genitive = True
        if first not in genders and first.endswith("s"):  # "Saras och Emmas bröllop"
            first = first[:-1]
        gender = genders.get(first)
        if gender is None or genders.get(second) != gender:
            continue
        before = _WEDDING_BEFORE.search(text, max(0, m.start() - 40), m.start())
        after = _WEDDING_AFTER.match(text, end + 1 if apostrophe else m.end()) if genitive else None
        # "Mads og Jonas Winther-Berg ... De er gift", "Lena och Karin Ahlström, är gifta": a married couple
        married = None if genitive else _MARRIED_AFTER.match(text, m.end(), min(len(text), m.end() + _MARRIED_REACH))
        if married is None:
            married = _COUPLE_BEFORE.search(text, max(0, m.start() - _COUPLE_REACH), m.start())
        word = before or after
        if word is not None:
            out.append(Hit(_SAME_SEX, _COUPLE_TERM, word.start(1), word.end(1)))
        elif married is not None:  # the evidence stays in the couple's sentence: the word joining the names
            out.append(Hit(_SAME_SEX, _COUPLE_TERM, m.end(1), m.start(2)))
    return out


def _partner_replies(text: str) -> list[Hit]:
    """A chat answer naming the speaker's date or partner, asked for on the line before ("hvordan gik daten??" /
    "Louise: super godt! hun hedder Maja", "kommer din kæreste med?" / "Oliver: ja Emil kommer med"): the
    partner's gender from the pronoun before "hedder"/"heter" or the given name after "ja", the speaker's from
    their given name. The evidence is the answer's first word, in the sentence that holds the speaker."""
    out: list[Hit] = []
    genders = _genders()
    for m in _DATE_QUESTION.finditer(text):
        owner = genders.get(m.group(1))
        answer = m.group(2)
        named = _NAMED_IN_ANSWER.search(answer)
        partner: str | None
        if named is not None:
            partner = "m" if named.group(1).casefold() in ("han", "he") else "f"
        else:
            yes = _YES_NAME.match(answer)
            partner = genders.get(yes.group(1)) if yes is not None else None
        if owner is not None and owner == partner:
            first = _WORDS.search(text, m.start(2))
            if first is not None:
                out.append(Hit(_SAME_SEX, _PARTNER_REPLY_TERM, first.start(), first.end()))
    return out


def _writer_couples(text: str) -> list[Hit]:
    """The writer and a named partner as a couple ("har Jesper og jeg været kærester i et par år", "Mads och jag har
    gift oss"), the writer's gender from the given name the item is signed with (its last lines). The couple word
    is the evidence, in the sentence that names the partner."""
    out: list[Hit] = []
    genders = _genders()
    for m in _WRITER_COUPLE.finditer(text):
        partner = genders.get(m.group(1))
        if partner is None:
            continue
        tail = text[max(m.end(), len(text) - _SIGNATURE_TAIL) :]
        signed = [w for w in _SIGNED_NAME.findall(tail) if w in genders and w != m.group(1)]
        if signed and genders[signed[-1]] == partner:
            out.append(Hit(_SAME_SEX, _COUPLE_TERM, m.start(2), m.end(2)))
    return out


def _greeted_couples(text: str) -> list[Hit]:
    """Two given names of one gender greeted together ("Kære Mette og Sara Holm-Jensen", "Hej Elin och Sofie!") in
    an item about their fertility treatment ("insemination med donorsæd", "er remiss för IVF"): a same-sex couple.
    The treatment word is the evidence."""
    head = _GREETED_PAIR.match(text)
    if head is None:
        return []
    genders = _genders()
    gender = genders.get(head.group(1))
    if gender is None or genders.get(head.group(2)) != gender:
        return []
    word = _FERTILITY_WORD.search(text, head.end())
    if word is not None:
        # the treatment is theirs: the sentence addresses them ("I er velkomne", "er remiss", "er första insemination")
        s0, s1 = _sentence(text, word.start())
        if _YOU_PLURAL.search(text, s0, s1) is not None:
            return [Hit(_SAME_SEX, _GREETED_COUPLE_TERM, word.start(), word.end())]
    # "Kære Anna og Maja\nTillykke med brylluppet!": the couple greeted is congratulated on its own wedding
    wedding = _THEIR_WEDDING.search(text, head.end())
    if wedding is None:
        return []
    return [Hit(_SAME_SEX, _GREETED_COUPLE_TERM, wedding.start(1), wedding.end(1))]


def _same_sex_answers(text: str) -> list[Hit]:
    """A form's question about sex with a man or a woman answered "Ja" with a ticked box ("Har du haft seksuel
    kontakt med en mand? ☒ Ja"), on the form of a person of that gender (the question's "som man", or the
    given name of the form's "Navn:" line). "☒ Nej" says nothing. The evidence is the ticked answer."""
    out: list[Hit] = []
    genders = _genders()
    for m in _SEX_QUESTION_YES.finditer(text):
        partner = "f" if m.group(2).casefold() in _WOMAN_WORDS else "m"
        if m.group(1) is not None:
            owner: str | None = "f" if m.group(1).casefold() in _WOMAN_WORDS else "m"
        else:
            name = _FORM_NAME.search(text, 0, m.start())
            owner = genders.get(name.group(1)) if name is not None else None
        if owner is not None and owner == partner:
            out.append(Hit(_SAME_SEX, _SEX_ANSWER_TERM, m.start(3), m.end(3)))
    return out


def _may_hold(prepared: ItemText, probes: tuple[str, ...]) -> bool | None:
    """Whether the text holds one of ``probes`` (words, as ``ItemText.has_word`` reads them), by the word
    pass's answers; None when it did not answer them all (the caller looks itself)."""
    answers = [prepared.has_word(p) for p in probes]
    return None if None in answers else any(answers)


def _party_cells(text: str, lines: list[tuple[int, int]] | None = None) -> Iterator[re.Match[str]]:
    """The head cells naming a party column ("namn;parti;uppdrag"), looked for only where "parti"/"party" occurs
    (on ``lines`` only, when given: a cell and its head word never cross a line break)."""
    words = (
        _PARTY_WORD.finditer(text) if lines is None else (m for a, b in lines for m in _PARTY_WORD.finditer(text, a, b))
    )
    for word in words:
        at = word.start()
        cell = _PARTY_HEAD_CELL.search(text, max(0, at - 3), at + 40)
        if cell is not None and cell.start() <= at:
            yield cell


def _organisation_acts(text: str, s0: int, s1: int) -> int | None:
    """Where the organisation that opens the sentence ends ("Firmaet blev ...", "Företaget har ..."), after a
    field label or the cells of a record row ("2026-11-13;AH;Firmaet ..."); None when it opens otherwise."""
    m = _ROW_CELLS.match(text, s0, s1)
    at = m.end() if m is not None else s0
    label = _FIELD_LABEL.match(text, at, s1)
    first = _WORDS.match(text, label.end() if label is not None else at)
    if first is None:
        return None
    if first.group().casefold() in _ORGANISATION_SUBJECTS:
        return first.end()
    if first.group().casefold() == "the":
        nxt = _NAME_AFTER.match(text, first.end()) or _NEXT_WORD.match(text, first.end())
        if nxt is not None and nxt.group(1).casefold() in _ORGANISATION_SUBJECTS:
            return nxt.end()
    return None


def _hires(text: str, s0: int, h: Hit) -> bool:
    """The organisation term opens the sentence (after a field label) and a verb of hiring follows it."""
    label = _FIELD_LABEL.match(text, s0, h.start)
    if text[label.end() if label is not None else s0 : h.start].strip(" \t>*-•"):
        return False
    return _HIRING.match(text, h.end) is not None


def _workplace(text: str, h: Hit) -> bool:
    """A hospital term after "er/är/som" and one noun ("er portør på sygehuset", "är tillitsvald på sjukhuset",
    "works as a porter at the hospital"): where the person works. A state or an adverb in that place ("er
    indlagt på", "är kvar på", "er patient på") keeps it a stay; the term's own words come after."""
    if _HOSPITAL_TERM.search(h.term) is None:
        return False
    if _WORKS_AT.search(text, max(0, h.start - 40), h.start) is not None:  # "arbejder på hospice"
        return True
    m = _JOB_BEFORE.search(text, max(0, h.start - 80), h.start)
    return m is not None and m.group(1).casefold() not in _STAY_WORDS


def _none_of(text: str, start: int) -> bool:
    """ "inga särskilda allergier", "no known allergies": a form's "none" before the term."""
    window = text[max(0, start - 40) : start]
    low = window.lower()
    if "ing" not in low and "no" not in low:
        return False
    return _NONE_OF.search(window) is not None or _NONE_OPENS.search(window) is not None


def _negated(text: str, start: int) -> bool:
    """The word before is "utan"/"uden"/"without": "begravning utan präst"."""
    words = _WORDS.findall(text, max(0, start - 12), start)
    return bool(words) and words[-1].casefold() in _WITHOUT


def _crime_as_time(text: str, h: Hit) -> bool:
    """A crime one can suffer, named as a time mark after "siden", "sedan", "efter", "since", "after" ("siden
    røveriet", "sedan rånet i butiken", "since the robbery"): the event the person lived through, not their record.
    A record's own words in the sentence ("dømt", "fängelse") still count."""
    word = text[h.start : h.end].casefold()
    if " " in word or not word.startswith(_SUFFERED_CRIMES):
        return False
    return _TIME_MARK_BEFORE.search(text, max(0, h.start - 20), h.start) is not None


def _indefinite_subject(text: str, start: int) -> bool:
    """The clause holding the term opens with an indefinite pronoun as its subject ("..., at nogen i opgangen havde
    været i fængsel", "someone on the team has cancer") and names nobody after it: the term is about nobody known.
    "Nogen sagde, at Per har været i fængsel" is about Per (his clause opens with his name)."""
    lo = max(0, start - _INDEFINITE_REACH)
    stop = max(text.rfind(c, lo, start) for c in ".!?\n")
    lo = max(lo, stop + 1)
    openers = list(_CLAUSE_OPENER.finditer(text, lo, start))
    words = _WORDS.findall(text, openers[-1].end() if openers else lo, start)
    if not words or words[0].casefold() not in _INDEFINITES:
        return False
    genders = _genders()
    return not any(w in _PERSONAL_PRONOUNS or w in genders for w in words[1:])


def _answered_below(text: str, s0: int, s1: int) -> bool:
    """A form's question ending its line, answered yes by a ticked box on the next line ("Er du tidligere
    straffet?" over "[X] Ja, færdselsdom 2021", "☒ Ja ☐ Nej", "Ja [X]"); a ticked "Nej" says nothing."""
    if not text[s0:s1].rstrip().endswith("?"):
        return False
    nl = text.find("\n", s1 - 1 if s1 > s0 else s1)
    return nl >= 0 and not text[s1:nl].strip() and _yes_below(text, nl)


def _yes_below(text: str, nl: int) -> bool:
    """The line after the line break at ``nl`` ticks yes and not no ("[X] Ja", "☒ Ja ☐ Nej", "Ja [X]")."""
    end = text.find("\n", nl + 1)
    line = text[nl + 1 : min(end if end >= 0 else len(text), nl + 1 + 200)]
    tokens = _BOX_OR_ANSWER.findall(line)  # ("[X]", "") for a box, ("", "Ja") for an answer word, in line order
    if len(tokens) < 2 or not (tokens[0][0] or tokens[1][0]):
        return False
    lead = bool(tokens[0][0])  # "[X] Ja [ ] Nej": a box before its word; "Ja [X] Nej [ ]": after it
    ticked = {
        (tokens[i + 1] if lead else tokens[i - 1])[1].casefold()
        for i, (box, _word) in enumerate(tokens)
        if box and _TICK_RE.fullmatch(box) and 0 <= (i + 1 if lead else i - 1) < len(tokens)
    }
    return bool(ticked & _YES_WORDS) and not ticked & _NO_WORDS


_COPULAS = frozenset(["er", "är", "var", "is", "are", "was", "were"])


def _not_ill(text: str, start: int, end: int) -> bool:
    """The plain word for ill right after a negation ("ikke syg", "inte sjuk", "not sick"), not "no longer" ill
    ("ikke syg længere" tells of an illness)."""
    before = _WORDS.findall(text, max(0, start - 16), start)
    if before and len(before) > 1 and before[-1].casefold() in _COPULAS:  # "men inte är sjuk": a subordinate clause
        before = before[:-1]
    if not before or before[-1].casefold() not in _NEGATORS:
        return False
    after = _WORDS.findall(text, end, min(len(text), end + 24))[:2]
    return not any(w.casefold() in _NO_LONGER for w in after)


def _subjectless(text: str, s0: int, s1: int) -> bool:
    """A note that opens with a finite verb or a participle and is no question: its subject is left out
    ("Kendt med type 2-diabetes og let nedsat nyrefunktion.", "Har haft feber i tre dage og hoster.")."""
    label = _FIELD_LABEL.match(text, s0, s1)
    words = _WORDS.findall(text, label.end() if label is not None else s0, min(s1, s0 + 200))[:2]
    if not words or text[s0:s1].rstrip().endswith("?"):
        return False
    if words[0].casefold() not in _SUBJECTLESS_OPENERS:
        return False
    if len(words) < 2 or words[1] == "i":  # "Går i kirke": the preposition (the pronoun is "I": "Har I ...")
        return True
    return words[1].casefold() not in _PRONOUNS and words[1].casefold() not in _EXPLETIVES


def _telegraphic(text: str, s0: int, s1: int) -> bool:
    """A note of fragments joined by commas ("Främre korsband av, opererad i januari, svullnad kvarstår.", "Første
    udlevering af PrEP, rådgivet om bivirkninger"): every piece is a fragment of two words or more, so none has a
    subject of its own (a list of single nouns, "nära tunnelbana, moské, förskola", is a list in a sentence)."""
    label = _FIELD_LABEL.match(text, s0, s1)
    pieces = text[label.end() if label is not None else s0 : s1].split(",")
    words = [w.casefold() for p in pieces for w in _WORDS.findall(p)]
    return (
        len(pieces) >= 2
        and not text[s0:s1].rstrip().endswith("?")
        and all(2 <= len(_WORDS.findall(p)) <= _FRAGMENT_WORDS for p in pieces)
        # a note leaves its subjects out: "Det er godt at høre, at du er gravid" is two clauses with subjects
        and not any(w in _NOTE_SUBJECTS for w in words)
    )


def _answers_question(text: str, s0: int) -> bool:
    """The sentence opens with "Så"/"Då"/"Then" right after a question: the answer to a question put to the
    reader ("Er du medlem af en fagforening? Så kan du ...") is as conditional as the question."""
    first = _WORDS.match(text, s0 + len(text[s0 : s0 + 8]) - len(text[s0 : s0 + 8].lstrip()))
    if first is None or first.group().casefold() not in ("så", "då", "then"):
        return False
    return text[max(0, s0 - 8) : s0].rstrip().endswith("?")


def _chat_line(text: str, line_start: int) -> bool:
    """The line opens with a first name and a colon: "Sara: ...", "Per Ek: ..." (a chat or a minutes line)."""
    speaker = _SPEAKER_LINE.match(text, line_start)
    return speaker is not None and speaker.group(1).casefold() in _first_names()


def _record_sentence(text: str, s0: int, s1: int, lines: _Lines | None = None) -> bool:
    """The sentence is part of a field or list line ("Årsag: ...", "- ..."): the line's first sentence, or a later
    one that is short or has no noun subject ("Du är välkommen ...", "Har De ...?"). A later full sentence with
    a subject of its own ("Library events: ... Ward. Thursday – Bible study group meets in Room 2") is about that."""
    lines = lines if lines is not None else _Lines(text)
    line_start, line_end = lines.bounds(s0)
    m = _RECORD_LINE.match(text, line_start)
    if m is None or _chat_line(text, line_start):
        return False
    if m.end() >= s0:
        return True
    # a sentence ends between the label and this one: the line's first sentence start after its label, found
    # once per line (searched up to each sentence, the sentences of a long line made it quadratic)
    first = lines.sentence_starts.get(line_start)
    if first is None:
        found = _SENTENCE_START.search(text, m.end(), line_end)
        first = lines.sentence_starts[line_start] = found.start() if found is not None else line_end
    if first >= s0:
        return True
    words = _WORDS.findall(text, s0, min(s1, s0 + 200))
    # an item of a listing of events ("Library events: ... Ward. Thursday – Bible study group meets in Room 2") has
    # a subject of its own; other sentences of a field line continue it ("Sjunger i Pingstkyrkans kör ...")
    return words[0].casefold() not in _WHEN_WORDS and not words[0][:1].isdigit()


def _old_record(ctx: _Context, s0: int, s1: int) -> bool:
    """A register dated before 1900 between the start of the sentence's line and the sentence's end. The
    line's first match is found once and kept: a match has a bounded length and the first one ends first,
    so the hits of a long line do not each search the line again from its start."""
    lines = ctx.lines if ctx.lines is not None else _Lines(ctx.text)
    head, line_end = lines.bounds(s0)
    if head not in ctx.old_records:
        ctx.old_records[head] = _OLD_RECORD.search(ctx.text, head, line_end)
    m = ctx.old_records[head]
    return m is not None and m.end() <= s1


def _cv_line(text: str, s0: int, s1: int) -> bool:
    """A CV's line of its own that names no other subject ("Medlem af Dansk Metal siden 2015.", "Facklig
    förtroendeman för Kommunal 2016-2022."): the sentence starts its line, opens with no pronoun or "det", asks
    nothing; a CV lists its subject's posts and memberships without repeating the subject."""
    line_start = text.rfind("\n", 0, s0) + 1
    if text[line_start:s0].strip() or text[s0:s1].rstrip().endswith("?"):
        return False
    words = _WORDS.findall(text, s0, min(s1, s0 + 100))
    return bool(words) and words[0].casefold() not in _PRONOUNS and words[0].casefold() not in _EXPLETIVES


def _record_line(text: str, line_start: int) -> bool:
    """A field or list line of a form or CV ("Årsag: ...", "- ...", "2019-2023 ..."), not a chat line."""
    return _RECORD_LINE.match(text, line_start) is not None and not _chat_line(text, line_start)


def _lone_term_in_name(spans: _Spans, hits: _Spans, h: Hit) -> bool:
    """The hit is the only term inside a PERSON span: an organisation's name read as a person's ("Vision
    Utbildning"). A span holding two terms ("Fackavgift Unionen") is a row of data, not a name."""
    for a, b in spans.holding(h.start, h.end):
        if (a, b) != (h.start, h.end):  # "Centerpartiet" alone: the party
            return len(hits.holding(a, b, inside=True)) == 1
    return False


class _Spans:
    """Spans of one text, in their given order, looked up by bisection on their starts: the spans holding
    a range (or lying inside one) without a pass over every span, which was quadratic in the findings
    of a long text."""

    __slots__ = ("_longest", "_order", "_starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._order = sorted(enumerate(spans), key=lambda p: p[1][0])  # stable: equal starts keep their order
        self._starts = [span[0] for _, span in self._order]
        self._longest = max((b - a for a, b in spans), default=0)

    def holding(self, start: int, end: int, inside: bool = False) -> list[tuple[int, int]]:
        """The spans ``(a, b)`` with ``a <= start and end <= b`` in their given order; with ``inside``, those
        with ``start <= a and b <= end`` instead."""
        if inside:
            lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_right(self._starts, end)
            found = [p for p in self._order[lo:hi] if p[1][1] <= end]
        else:
            lo = bisect.bisect_left(self._starts, end - self._longest)
            hi = bisect.bisect_right(self._starts, start)
            found = [p for p in self._order[lo:hi] if end <= p[1][1]]
        return [span for _, span in sorted(found)]


class _Lines:
    """Line bounds of positions in one text: a line break is looked for near the position first; only a
    long line makes the list of the text's line breaks (once), so that the hits of one long line do not
    each search the whole line again. Also the quoted spans of each line (``_in_title``), found once."""

    __slots__ = ("_breaks", "boxes", "empty", "quoted", "sentence_starts", "spaces", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[int] | None = None
        self.quoted: dict[int, tuple[list[int], list[re.Match[str]]]] = {}
        self.boxes: dict[int, tuple[list[int], list[bool]]] = {}  # line start -> check box ends, each empty or not
        self.spaces: dict[int, list[int]] = {}  # line start -> positions of white space on a long line
        self.sentence_starts: dict[int, int] = {}  # line start -> first sentence start after its label (or line end)
        self.empty: dict[tuple[int, int], bool] = {}  # line bounds -> the line is an empty form field

    def last_word(self, line_start: int, end: int) -> str:
        """``text[line_start:end].rsplit(None, 1)[-1]`` ("" for no word) without splitting the whole line: read
        near ``end``; a word reaching further back is found through the line's white space, listed once."""
        text = self.text
        k = end
        while k > line_start and text[k - 1].isspace():  # each run of white space precedes one word only
            k -= 1
        lo = max(line_start, k - _NEAR_CHARS)
        words = text[lo:k].split()
        if not words:
            return ""
        if lo == line_start or len(words) > 1 or text[lo].isspace():
            return words[-1]
        spaces = self.spaces.get(line_start)
        if spaces is None:
            line_end = self.bounds(line_start)[1]
            spaces = self.spaces[line_start] = [m.start() for m in _SPACE.finditer(text, line_start, line_end)]
        i = bisect.bisect_left(spaces, k) - 1
        return text[spaces[i] + 1 if i >= 0 else line_start : k]

    def _all(self) -> list[int]:
        if self._breaks is None:
            self._breaks = [m.start() for m in _LINE_BREAK.finditer(self.text)]
        return self._breaks

    def bounds(self, pos: int, end: int | None = None) -> tuple[int, int]:
        """``(text.rfind("\\n", 0, pos) + 1, text.find("\\n", end))`` with the text's length for no break
        after (``end`` defaults to ``pos``)."""
        text, near = self.text, _NEAR_CHARS * 4
        before = text.rfind("\n", max(0, pos - near), pos)
        if before < 0 and pos > near:
            breaks = self._all()
            i = bisect.bisect_left(breaks, pos) - 1
            before = breaks[i] if i >= 0 else -1
        after_from = pos if end is None else end
        after = text.find("\n", after_from, after_from + near)
        if after < 0 and after_from + near < len(text):
            breaks = self._all()
            j = bisect.bisect_left(breaks, after_from)
            after = breaks[j] if j < len(breaks) else -1
        return before + 1, len(text) if after < 0 else after


_LINE_BREAK = regex("\n")
_SPACE = regex(r"\s")  # the white space of str.split()
_SENTENCE_START = regex(r"[.!?][ \t]+(?=[A-ZÆØÅÄÖ])")
# How far around a position line breaks and words are looked for before a whole long line is (once).
_NEAR_CHARS = 64


def _in_title(text: str, h: Hit, lines: _Lines | None = None) -> bool:
    """A term inside a short quoted title with no person in it: "Lev godt med gigt", «Sömn och stress».

    ``lines``: this text's line bounds and the quoted spans of each line already found."""
    lines = lines if lines is not None else _Lines(text)
    line_start, line_end = lines.bounds(h.start, h.end)
    known = lines.quoted.get(line_start)
    if known is None:
        found = list(_QUOTED.finditer(text, line_start, line_end))
        known = lines.quoted[line_start] = ([m.start() for m in found], found)
    starts, found = known
    # The spans do not overlap: only the last one starting before the hit can hold it.
    i = bisect.bisect_left(starts, h.start) - 1
    if i >= 0 and h.end < found[i].end():
        m = found[i]
        inner = m.group(1) or m.group(2)
        if m.group(2) is not None:  # single quotes: a title only after a word naming a work ("boken 'Att leva ...'")
            work = _PREV_WORD.search(text, max(line_start, m.start() - 30), m.start())
            if work is None or work.group(1).casefold() not in _WORKS:
                return False
        before = text[line_start : m.start()].rstrip()[-1:]
        after = text[m.end() : line_end].lstrip()[:1]
        if before in _DATA_PUNCT or after in _DATA_PUNCT:
            return False  # a value of a JSON, YAML or CSV record, not a title
        return len(inner.split()) <= _FRAGMENT_WORDS and _PERSONAL.search(inner) is None
    return False


def _empty_field(text: str, pos: int, lines: _Lines | None = None) -> bool:
    """A form field answered with nothing: "Helbredsoplysninger: Ingen", "Fackförbund: -"."""
    lines = lines if lines is not None else _Lines(text)
    line_start, line_end = lines.bounds(pos)
    whole = lines.empty.get((line_start, line_end))
    if whole is None:  # once per line: the hits of a line share the answer
        whole = lines.empty[line_start, line_end] = (
            _unticked_line(text, line_start, line_end)
            or (
                _EMPTY_FIELD.match(text, line_start, line_end) is not None
                # "Jeg tager min kæreste med, hvis det er ok?": the writer's statement with a question tag, no form
                and _WRITER_OPENS.match(text, line_start, line_end) is None
                # "Er du tidligere straffet?" over "[X] Ja": answered on the next line
                and not (text[line_start:line_end].rstrip().endswith("?") and _yes_below(text, line_end))
            )
        )
    if whole:
        return True
    # "Har du någon allergi? ☐ Ja ☐ Nej  Om ja, vilken: ______": a question whose boxes are all left empty
    ask = text.find("?", pos, min(line_end, pos + 120))
    if ask >= 0 and _UNTICKED.match(text, ask + 1) is not None:
        nxt = text.find("?", ask + 1, line_end)
        if not any(c in _TICKS for c in text[ask : nxt if nxt >= 0 else line_end]):
            return True
    # a form flattened onto one line: "Forsikringstager: Jesper Mikkelsen. Har De ... blodtryk? ☐ Ja ☐ Nej"
    if text.find(":", pos, line_end) < 0 and text.find("?", pos, line_end) < 0:
        return False  # no label ends after the hit
    # up to pos + 1: the look-ahead for the capital of a sentence that starts at the hit
    starts = [m.end() for m in _SENTENCE_START.finditer(text, max(line_start, pos - _MAX_SENTENCE), pos + 1)]
    return bool(starts) and _EMPTY_FIELD.match(text, starts[-1], line_end) is not None


def _unticked_option(text: str, pos: int, lines: _Lines | None = None) -> bool:
    """The nearest check box before ``pos`` on its line is empty: an option not chosen ("[ ] Epilepsi").

    The boxes of a line are found once (``lines``): a line of many options is not searched again from its
    start for each of them."""
    lines = lines if lines is not None else _Lines(text)
    line_start, line_end = lines.bounds(pos)
    known = lines.boxes.get(line_start)
    if known is None:
        found = list(_ANY_BOX.finditer(text, line_start, line_end))
        known = lines.boxes[line_start] = (
            [m.end() for m in found],
            [m.group(1) is None and m.group(2) is None for m in found],
        )
    ends, empty = known
    i = bisect.bisect_right(ends, pos) - 1  # the last box that ends before the position
    return i >= 0 and empty[i]


def _unticked_line(text: str, line_start: int, line_end: int) -> bool:
    """A line of check boxes none of which is ticked: "[ ] Diabetes   [ ] Epilepsi", "☐ Astma ☐ Allergi"."""
    return _OPEN_BOX.match(text, line_start, line_end) is not None and not _TICKED_BOX.search(
        text, line_start, line_end
    )


def _has_content(text: str, start: int, end: int) -> bool:
    """``text[start:end].strip()`` is not empty, looking only near ``end`` when the answer is there (a long
    line is not copied for each finding on it)."""
    near = max(start, end - _NEAR_CHARS)
    return bool(text[near:end].strip()) or (near > start and bool(text[start:near].strip()))


def _first_words(text: str, start: int, count: int) -> list[str]:
    """The words (``str.split``) from ``start`` to the end of its line, up to ``count`` of them and all of
    them when fewer: read from a window when the window holds enough (a long line is not split whole)."""
    window = _NEAR_CHARS * 16
    line_end = text.find("\n", start, start + window)
    if line_end < 0 and start + window < len(text):
        words = text[start : start + window].split()
        if len(words) > count:  # the window's last word may be cut: enough whole words before it
            return words[:count]
        line_end = text.find("\n", start)
    return text[start : line_end if line_end >= 0 else len(text)].split()[:count]


def _chat_speaker(text: str, line_start: int, start: int, end: int) -> bool:
    """A name after a line's time stamp and before a colon, with a message of its own after it: who speaks
    in a chat log. A short fragment ("[10:42] Lise: stadig sygemeldt") stays about the speaker."""
    stamped = line_start != start and _CHAT_STAMP.fullmatch(text, line_start, start) is not None
    if not stamped and _has_content(text, line_start, start):
        return False
    colon = _SPEAKER_COLON.match(text, end)
    if colon is None:
        return False
    message = _first_words(text, colon.end(), _FRAGMENT_WORDS + 1)
    subjectless = bool(message) and message[0].casefold() in _SUBJECTLESS  # "skal til kontrol efter ..."
    if len(message) <= _FRAGMENT_WORDS or subjectless:
        return False
    if stamped:
        return True
    # Without a time stamp ("Anna: Politiet efterforsker ..."), a status list ("Jens Hansen: sygemeldt med
    # stress ...") looks the same: a speaker only in a log of such lines whose message opens with a
    # capitalised word, a subject of its own.
    if not message[0][:1].isupper():
        return False
    speakers = [m for m in _SPEAKER_LINE.findall(text, 0, _SPEAKER_SCAN) if m.casefold() in _first_names()]
    return len(speakers) >= 2


def _quoted_writer(text: str, at: int) -> str | None:
    """The given name of the writer of a quoted or forwarded message holding ``at``: a quoted line ("> ...") under
    its attribution ("Den 2. dec. skrev Jens Dahl:", "On Monday, Tom Hall wrote:") with only quoted lines between,
    or a forwarded message's sender field ("Fra:", "Från:", "Avsändare:", "From:") under its marker line, with no
    other marker or attribution between. None when the text holds neither."""
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].lstrip(" \t").startswith(">"):
        pos = line_start
        while pos > 0:
            prev = text.rfind("\n", 0, pos - 1) + 1
            line = text[prev : pos - 1]
            said = _QUOTE_ATTRIBUTION.search(line)
            if said is not None:
                return said.group(1) or said.group(2)
            if not line.lstrip(" \t").startswith(">"):
                break
            pos = prev
    marker = next(reversed(list(_FORWARD_MARKER.finditer(text, 0, at))), None)
    if marker is None:
        return None
    sender = _SENDER_LINE.search(text, marker.end(), at)
    if sender is None or text.count("\n", marker.end(), sender.start()) > _FORWARD_HEAD_LINES:
        return None
    return sender.group(1)


def _handle_gender(text: str, line_start: int, at: int) -> str | None:
    """The gender of a chat line's speaker named by a lower-case handle ("freja: jeg er kæreste med ..."): a given
    name of the lexicon, when the same handle opens another line of the item too (a log, not a label)."""
    m = _HANDLE.match(text, line_start)
    if m is None or m.end() > at:
        return None
    handle = m.group(1)
    if sum(1 for line in text.split("\n") if (h := _HANDLE.match(line)) is not None and h.group(1) == handle) < 2:
        return None
    return _genders().get(handle[:1].upper() + handle[1:])


def _in_errand(text: str, s0: int, cues: list[Hit], h: Hit, kind: str = "errand") -> bool:
    """The hit follows a job, errand or event cue in the same clause ("arbejder som sygeplejerske på
    psykiatrisk afdeling", "holder oplæg om inuitisk kultur"); a hit before the cue or after a new
    clause ("..., og har selv diabetes", "är kurd och har erbjudit sig att berätta ...") is the person's."""
    for c in cues:
        if c.tag[0] != kind:
            continue
        if s0 + c.start > h.start:
            # "3F's konference", "Kommunals temadag": the organisation's own event, nobody's membership
            if _GENITIVE_BEFORE.fullmatch(text, h.end, s0 + c.start) is not None:
                return True
            continue
        between = text[s0 + c.end : h.start]
        if _CONTRAST.search(between) is None and (
            _CLAUSE_BREAK.search(between) is None or _SELF.search(between) is None
        ):
            return True
    return False


def _asks_of_own(text: str, s0: int, cues: list[Hit], h: Hit) -> bool:
    """A person's pronoun or possessive between the question verb and the term: "spurgte, hvordan hun skal tage
    sin insulin", "asked whether his diabetes ..." asks about the person's own condition, which it tells."""
    cue = max((c for c in cues if c.tag[0] == "asked" and s0 + c.end <= h.start), key=lambda c: c.end, default=None)
    return cue is not None and _OWN_WORD.search(text, s0 + cue.end, h.start) is not None


def _enrols(text: str, s0: int, cues: list[Hit], h: Hit) -> bool:
    """The errand's object is a person taken by the biometric means after it ("Stämpelklockan registrerar
    Malin Ek via fingeravtryck", "registrerer Bo Lind med fingeraftryk"): the named person is enrolled."""
    return any(
        c.tag[0] == "errand" and s0 + c.end <= h.start and _ENROLLED.fullmatch(text, s0 + c.end, h.start) is not None
        for c in cues
    )


# the union's unemployment fund after its name ("Det Faglige Hus' a-kasse", "Unionens a-kassa"): a fund of its own
_UNEMPLOYMENT_FUND = re.compile(
    r"(?:['’]s?|s)?[ \t]+(?:a-kass[ea]|arbejdsløshedskasse|arbetslöshetskassa|akasse|akassa)", re.IGNORECASE
)
# a capitalised trade word or two, then a company's legal form: the name before it names the firm
_TRADE_THEN_FORM = re.compile(
    r"(?:[ \t]+[A-ZÆØÅÄÖ][\w&-]*){1,2}[ \t]+(?:A/S|ApS|Aps|AB|I/S|K/S|P/S|HB|KB|AS|ASA|Ltd|GmbH|Oy)(?![\w/])"
)


def _animal_compound(word: str, animals: frozenset[str]) -> bool:
    """A compound ending in an animal word of five letters or more ("Varmblodsvalack"): the animal."""
    low = word.casefold()
    return any(len(a) >= 5 and len(low) > len(a) + 2 and low.endswith(a) for a in animals)


# a sign-off, a name and a title after a comma ("Hälsningar, Hans Lidén, kyrkoherde", "Venlig hilsen, Peter Dahl,
# sognepræst"): the writer's signature
_SIGNATURE_TITLE = re.compile(
    r"\s*(?:(?:med )?venlig(?:st)? hilsen|(?:mange |de bedste )?hilsner|hilsen|mvh|vh|(?:med )?vänliga? hälsningar?"
    r"|hälsningar|vänligen|(?:kind |best )?regards)[ \t,]+[A-ZÆØÅÄÖ][\w-]+(?:[ \t]+[A-ZÆØÅÄÖ][\w-]+){0,2}"
    r"[ \t]*,[ \t]*[a-zæøåäö]",
    re.IGNORECASE,
)
# "du og Jonas var kærester", "du och Moa är ett par": the addressee and a named partner
_SECOND_PERSON_OWNERS = frozenset(["du", "din", "dit", "ditt", "you", "your"])
_YOU_AND_NAME = re.compile(r"(?:du|you)[ \t]+(?:og|och|and)[ \t]+([A-ZÆØÅÄÖ][\w-]+)")
_VOCATIVE_YOU = re.compile(r"\s*([A-ZÆØÅÄÖ][\w-]+),[ \t]+(?:du|you)\b")
# a death told of a person ("Kamma Villadsen døde i sin søvn", "har stilla somnat in", "Han dog 1560")
_DEATH_VERB = re.compile(
    r"(?<!\w)(?:døde|(?:er|var) død|gik bort|er gået bort|sov (?:stille )?ind|(?:har )?sovet (?:stille )?ind|afgik ved"
    r" døden|omkom|dog(?= (?:i|av|efter|på|hemma|stilla|under|vid|\d))|har dött|avled|har avlidit|somnade(?: stilla)?"
    r" in|(?:stilla )?somnat(?: stilla)?(?: in)?|gick bort|har gått bort|died|passed away)(?!\w)"
    r"(?![ \t]+(?:ikke|inte|not)\b)",
    re.IGNORECASE,
)
# between the name and its death verb: an apposition in commas ("Kamma Villadsen, 91,") and two words at most
_DEATH_SUBJECT_GAP = re.compile(r"(?:[ \t]*,[^,\n]{0,30},)?(?:[ \t]+[\w]+){0,2}[ \t]*")
_WRITER_WORDS = re.compile(r"\b(?:jeg|jag|min|mit|mine|mitt|mina|mig|meg|my)\b", re.IGNORECASE)
_DEATH_PRONOUN = re.compile(r"\s*(?:han|hun|hon|he|she)\s", re.IGNORECASE)
# a line spoken under a number, not a name: "Svar 17:", "IP 11:", "Respondent 4:", "Deltager nr. 3:"
_CODED_SPEAKER = regex(
    r"(?i:[ \t>*•-]*(?:svar|besvarelse|ip|informant|respondent|deltager|deltagare|intervjuperson|interviewperson|answer"
    r"|response|participant)[ \t]*(?:nr\.?|no\.?|#)?[ \t]*\d{1,4}[ \t]*:)"
    # "Informant 7: Elsa Keskitalo, född 1941": a participant named after the number is somebody
    r"(?![ \t]*[A-ZÆØÅÄÖ][\w'’-]+[ \t]+[A-ZÆØÅÄÖ])",
)
# a relative called dead: "min afdøde far", "hans salig mor", "min avlidne pappa", "my late father"
_LATE_KIN = re.compile(
    r"\b(?:min|mit|mine|sin|sit|sine|hans|hendes|din|dit|mitt|mina|sina|hennes|my|his|her|your)[ \t]+"
    r"(?:afdøde|afdød|salig|avlidne|framlidne|bortgångne|late|deceased)[ \t]+[\w-]+",
    re.IGNORECASE,
)
_CLAUSE_GAP = re.compile(r"[^,.;:!?\n]*")
# a death notice's line of life dates under the name: "f. 4. maj 1939 – d. 12. november 2026", "* 3 mars 1944
# † 20 november 2026", "født 1939, død 2026", "b. 1950 – d. 2026"; a year of death is what makes it a notice
_LIFE_DATES = re.compile(
    r"^[ \t]*(?:f\.|født|född|\*|b\.|born)[ \t]*[^\n]{0,30}?\d{4}[ \t]*[,–—-]?[ \t]*"
    r"(?:d\.|død|död|†|\+|died)[ \t]*[^\n]{0,30}?\d{4}[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_GENITIVE_NOUN = re.compile(r"s\s+[a-zæøåäö]")


def _dead_names(text: str, findings: Sequence[Finding]) -> frozenset[str]:
    """The words of the names of people the item says have died: the last name before the death verb in its
    sentence (not a genitive: "Jens Hansens far døde" is the father), or the name before a sentence that
    opens with "han"/"hun"/"hon" and tells the death."""
    persons = [f for f in findings if f.entity_type == "PERSON"]
    dead: set[str] = set()
    for m in _DEATH_VERB.finditer(text):
        s0, _ = _sentence(text, m.start())
        before = [f for f in persons if s0 <= f.start and f.end <= m.start()]
        if before:
            name = before[-1]
            if _GENITIVE_NOUN.match(text, name.end - 1) is not None and name.value.endswith("s"):
                continue
            if _DEATH_SUBJECT_GAP.fullmatch(text, name.end, m.start()) is None:
                continue  # "Ulla Sønderby om, at hendes mand er død": the husband died
        elif _DEATH_PRONOUN.match(text, s0) is not None:
            earlier = [f for f in persons if f.end <= s0]
            if not earlier:
                continue
            name = earlier[-1]
        else:
            continue
        dead.update(w.casefold() for w in name.value.split() if len(w) >= 3)
    for m in _LIFE_DATES.finditer(text):
        # the name on the line above a notice's life dates is the dead person's
        above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start()))) + 1
        named = [f for f in persons if above <= f.start and f.end <= m.start()]  # the line above
        if named:
            dead.update(w.casefold() for w in named[-1].value.split() if len(w) >= 3)
    return frozenset(dead)


def _about_the_dead(text: str, findings: Sequence[Finding], ev: Evidence, dead: frozenset[str]) -> bool:
    """The evidence is anchored on a dead person's name, or on a pronoun whose last name before it is one."""
    if ev.anchor_span is None:
        return False
    a, b = ev.anchor_span
    s0, s1 = ev.sentence
    if _WRITER_WORDS.search(text, s0, s1) is not None:
        return False  # "Min mormor Ruth Holm døde af ..., og min mor er testet positiv": the living relative too
    if ev.anchor == "PERSON":
        return any(w.casefold() in dead for w in text[a:b].split())
    if ev.anchor == "pronoun":
        earlier = [f for f in findings if f.entity_type == "PERSON" and f.end <= a]
        return bool(earlier) and any(w.casefold() in dead for w in earlier[-1].value.split())
    return False


# hard cues naming a media genre: opening a label ("Tv-tips fredag:") they still say the text is fiction or history
_MEDIA_GENRES = frozenset(
    ("tv-guide*", "tv-tips*", "tv-serie*", "historiepod*", "krimiserie*", "kriminalserie*", "dramaserie*", "tv guide")
)


# a name (two or three capitalised words) then "via", "med", "with", "using", "by" and at most one word more
_ENROLLED = regex(
    r"[ \t]+[A-ZÆØÅÄÖÉ][\w'’-]+(?:[ \t]+[A-ZÆØÅÄÖÉ][\w'’-]+){1,2}[ \t]+"
    r"(?:via|med|ved|vid|with|using|by|gennem|genom|gjennom)[ \t]+(?:[\w'’-]+[ \t]+)?"
)


def _organisation_genitive(text: str, h: Hit) -> bool:
    """A union word in the definite genitive ("fagforeningens", "fackets", "förbundets"): something of the
    organisation's (its lawyer, its representatives); membership needs another word in the sentence."""
    word = text[h.start : h.end]
    return word.islower() and " " not in word and word.endswith(("ens", "ets", "nas", "ernes", "arnas"))


def _in_name_pair(text: str, h: Hit) -> bool:
    """The capitalised hit stands next to another capitalised word: a name with its surname."""
    after = _NEXT_WORD.match(text, h.end)
    if after is not None and text[h.end : after.start(1)].strip() == "" and _titlecase(after.group(1)):
        return True
    before = text[max(0, h.start - 40) : h.start]
    words = before.split()
    return bool(words) and before[-1:].isspace() and _titlecase(words[-1]) and words[-1][-1].isalpha()


def _charity_name(text: str, h: Hit) -> bool:
    """The term is the first word of a charity's name ("Islamic Relief", "Muslim Aid", "Kirkens Nødhjælp")."""
    after = _NEXT_WORD.match(text, h.end)
    return (
        after is not None
        and text[h.end : after.start(1)].strip() == ""
        and _titlecase(after.group(1))
        and after.group(1).casefold() in _CHARITY_HEADS
    )


def _destination(text: str, start: int) -> bool:
    """The name at ``start`` follows a trip and "to" ("Pilgrimsresa till Santiago de Compostela", "flight to
    Charlotte"): a place."""
    return _TRIP_TO.search(text, max(0, start - 40), start) is not None


def _given_name(word: str) -> bool:
    """A known first name, or a double one of known names ("anne-grethe")."""
    return word in _first_names() or ("-" in word and all(p in _first_names() for p in word.split("-")))


def _titlecase(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:2].islower()


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _mask(f: Finding) -> str:
    if f.entity_type == "PERSON":
        return mask_name(f.value)
    if f.entity_type == "EMAIL_ADDRESS":
        return mask_email(f.value)
    return mask_value(f.entity_type, f.value, f.normalized)


_WORDS = regex(r"[\w'’-]+")
_ANY_PAIR = regex(r"\b([A-ZÆØÅÄÖÉ][a-zæøåäöéüćčšžđ'’-]+)[ \t]+([A-ZÆØÅÄÖÉ][a-zæøåäöéüćčšžđ'’-]+)\b")
_SINGLE_NAME = regex(r"(?<![\w‐-])([A-ZÆØÅÄÖÉ][a-zæøåäöéü]{1,15})\b")  # not the second half of "Anne-Mette"
_NAME_PAIR = regex(r"\b(?=([A-ZÆØÅÄÖÉ][a-zæøåäöéü]+)(?:-[A-ZÆØÅÄÖÉ][a-zæøåäöéü]+)?\s+([A-ZÆØÅÄÖÉ][a-zæøåäöéü]+)\b)")


_NUMBERED = regex(r"[ \t]+\d")
_CAPS_PAIR = regex(  # "MØLLER BENT", "ANNE-GRETHE BUCH"
    r"(?<![\w-])([A-ZÆØÅÄÖÉ]{2,}(?:-[A-ZÆØÅÄÖÉ]{2,})?),?[ \t]+([A-ZÆØÅÄÖÉ]{2,}(?:-[A-ZÆØÅÄÖÉ]{2,})?)(?![\w-])"
)
_ROLE_NAME = regex(r"[ \t]*,?[ \t]*([A-ZÆØÅÄÖÉ][\w\-]+(?:[ \t]+[A-ZÆØÅÄÖÉ][\w\-]+)+)")
# A field or list line of a form or CV: "Årsag: ...", "- ...", "2019-2023 ..."
_CURRENCY = r"(?:(?i:kr\.?|sek|dkk|nok|eur)|€)"
_RECORD_LINE = regex(
    r"[ \t]*(?:[-•*–☑☒✓✔■][ \t]|\[[ \t]*[xX✓✔][ \t]*\][ \t]"  # a bullet, a ticked box: "[X] Sukkersyge"
    r"|\d{4}[ \t]*(?:[-–][ \t]*(?:\d{4})?)?[ \t]|[^\W\d][\w .,()/-]{0,60}:[ \t]"
    # a calendar entry: a time of day, perhaps after its day ("14.00 Kemobehandling", "Tis 17:30 Psykolog")
    r"|(?:[^\W\d]{2,7}\.?[ \t]+)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[ \t]*[-–][ \t]*(?:[01]?\d|2[0-3])[.:][0-5]\d)?[ \t]"
    r"|[^\W\d][^\n?]{0,80}\?[ \t]+[☒☑■✓✔xX]"  # a form's question ticked on its line: "Røger du? ☒ Ja"
    r"|[^\W\d][^\n.]{0,60}\.{3,}"  # a payslip or report line with a dot leader: "Sygeløn 3 dage ...... 1.800"
    # a statement's line ending in an amount: "Kirkeskat (medlem af folkekirken) 2.741 kr.", "Fackavgift 265,00"
    r"|[^\W\d][^\n]{0,80}?[ \t]-?\d[\d. \u00a0]*"
    r"(?:,\d\d[ \t]*" + _CURRENCY + r"?|[ \t]*" + _CURRENCY + r")[ \t]*(?=\n|$))"
)
# The label of a field ("Allergier eller sygdomme, vi bør kende til: astma"): its words address the form's
# reader, they say nothing about whom the answer is about.
_FIELD_LABEL = regex(r"[ \t]*[^\W\d][^:\n?]{0,80}(?::|\?(?=[ \t]+[☒☑■✓✔xX]))[ \t]+(?=\S)")
# "släktens hjärtsjukdom", "familiens kræftsygdom": the relatives' condition, not the person's own
_COLLECTIVE_OWNER = frozenset(["släktens", "familjens", "familiens", "slægtens", "slektens", "family's"])
_BLOCK_LINES = 4  # a name heads a block of short lines at most this far above
_FRAGMENT_WORDS = 6
# a character of a field's label: never the end of a sentence ("... i januar. Kan vi tale om ferie?")
_LABEL_CHAR = r"(?:[^:?\n.!]|[.!](?![ \t]+[A-ZÆØÅÄÖ]))"
_EMPTY_FIELD = regex(
    r"[ \t]*" + _LABEL_CHAR + "{1,80}"
    # "inga särskilda sjukdomar eller allergier": "none" and up to four words more
    r"[:?][ \t]*(?:(?:(?:ingen|inga|intet|inget)(?:[ \t]+[^\W\d_][\w-]*){0,4}|nej|no|none|n/a|-|–|"
    r"(?:[☐□][ \t]*[\w/]+[ \t/]*)+|ja[ \t]*/[ \t]*nej|yes[ \t]*/[ \t]*no|"
    r"ikke relevant|ej aktuellt|vill ej uppge|ønsker ej at oplyse|"
    r"ikke oplyst|ej angivet|ønskes ikke oplyst|vill inte uppge|ønsker ikke at (?:oplyse|svare)|"
    r"vil ikke oplyse|ikke besvaret|ej besvarad|vill inte svara|önskar inte uppge|uppges ej|"
    r"prefer not to say|not stated|declined)[ \t]*\.?|_{2,}|\.{3,}|…)?[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*$",
    re.IGNORECASE,
)  # a sentence this short may continue the one before ("Sygemeldt resten af ugen.")
# A new clause with a verb of its own ends the reach of a job or errand cue: ", og har selv diabetes".
_CLAUSE_BREAK = regex(
    r"(?:[,;]|\s)\s*(?:og|och|and|men|but|mens|medan|samt)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:har|er|är|is|has|have|var|was|blev|blir|bliver|ble|fik|fick|got|går|tager|tar|lider|selv|själv|"
    r"lever|bor|kom|kommer|takes|suffers)\b",
    re.IGNORECASE,
)
_DATA_PUNCT = frozenset(":,;=[]{}")
# "Vi er en romafamilie", "Vi är en samisk familj", "We are a Kurdish family": "we" is the writer's household
# "Vi fejrer jul med familien", "Vi firar Eid med hela familjen": a household's "we", no organisation's
_WITH_FAMILY = regex(
    r"(?i)\b(?:med|with)[ \t]+(?:(?:hele|hela|the|whole|our|vores|vår|våra)[ \t]+){0,2}(?:familien|familjen|family)\b"
)
# a person inside an indirect question: its subject or a possessive ("hvordan hun skal tage sin insulin")
_OWN_WORD = regex(
    r"\b(?:(?i:min|mit|mine|mitt|mina|din|dit|dine|ditt|dina|sin|sit|sine|sitt|sina|hans|hendes|hennes|hennar|"
    r"deres|deras|jeg|jag|han|hun|hon|my|his|her|your|their|he|she|we|vi)|I)\b"
)
_OUR_FAMILY = regex(
    r"(?i)[ \t]+(?:er|är|var|are|were)[ \t]+(?:en|ett|et|a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"[\w-]*(?:familie|familj|family|slægt|släkt)\b"
)
# crimes one can suffer (a robbery, a burglary, an assault): before them a time mark makes the event
_SUFFERED_CRIMES: tuple[str, ...] = ("røveri", "rån", "overfald", "overfall", "indbrud", "innbrudd", "inbrott")
_SUFFERED_CRIMES += ("robbery", "burglary", "assault", "mugging", "misshandel")
_TIME_MARK_BEFORE = regex(r"(?i)\b(?:siden|sedan|efter|etter|after|since)[ \t]+(?:the[ \t]+)?$")
_ENGLISH_I = regex(r"(?<![\w'’-])I[ \t]+(?=[a-z]{2,}\b)")
_ENGLISH_WORDS = regex(r"(?i)\b(?:the|and|to|of|is|my|with|for|a|an|have|this|that|it)\b")
_NAMED_ORGANISATIONS = frozenset(["trade_union", "political_opinion"])  # categories whose terms name organisations
_INDEFINITES = frozenset(["nogen", "någon", "noen", "someone", "somebody", "anyone", "anybody"])
_INDEFINITE_PROBES = ("nogen", "någon", "noen", "someone", "somebody", "anyone", "anybody")
_INDEFINITE_REACH = 120
_CLAUSE_OPENER = regex(
    r"(?:^|[,;:]|\b(?i:at|att|that|om|if|whether|hvis|fordi|eftersom|because|og|och|and|men|but|så))[ \t]+"
)
_PERSONAL_PRONOUNS = frozenset(
    ["jeg", "jag", "eg", "han", "hun", "hon", "vi", "du", "ham", "honom", "hende", "henne", "he", "she", "we", "you"]
) | frozenset(
    ["they", "him", "her", "min", "mit", "mine", "mitt", "mina", "hans", "hendes", "hennes", "his", "my", "I"]
)
_QUOTED = regex(  # "Lev godt med gigt", «Sömn och stress», 'Att leva med cancer'
    r"[\"“”„«»]([^\"“”„«»\n]{1,80})[\"“”„«»]|(?<!\w)['‘]([A-ZÆØÅÄÖ][^'‘’\n]{1,80})['’](?!\w)"
)
_PERSONAL = regex(
    r"\b(?:jeg|jag|mig|min|mit|mitt|mine|mina|han|hun|hon|ham|honom|hende|henne|hans|hendes|hennes|vi|I|my|he|she)\b"
)
_GENITIVE_BEFORE = regex(r"(?:['’]?s)[ \t]+")
_QUESTION = regex(
    r"\s*(?:[-•*–][ \t]+)?(?:[^\n?]{0,120}?:[ \t]+[\"“”'„]*)?[*_]*"  # a bullet; a chat speaker or a record's key
    r"(?:[A-ZÆØÅÄÖ][\w]*[ \t]+(?:du|ni|I|you|dere|De)\b"
    # "Må jeg være med i en fagforening?": a reader's question in the first person (a FAQ), asking what is allowed
    r"|(?:Må|Kan|Skal|Bør|Får|Ska|Bör|Måste|Behöver|Behøver|Trenger|May|Can|Should|Must|Do)[ \t]+(?:jeg|jag|I|vi|we)\b)"
    r"[^?\n]*\?[\s\W]*$"
)  # "Er du medlem af en fagforening?", "[12:20] Finn: Är du med i facket?"
_HEAD_LABEL = regex(
    r"\s*(?:vedr\.?|vedrørende|angående|ang\.|gäller|avser|re|regarding|patient|pt\.?|borger|klient|elev|medarbejder|"
    r"medarbetare|anställd|ansat|sag|ärende|subject)[ \t]*:[ \t]*(?=([^\n]{3,80}))",
    re.IGNORECASE,
)
_HIRING = regex(
    r"[ \t]+(?:[A-ZÆØÅÄÖ][\w-]*[ \t]+){0,2}(?:har[ \t]+|have[ \t]+|has[ \t]+|hade[ \t]+|havde[ \t]+|hadde[ \t]+)?"
    r"(?:nu[ \t]+|nå[ \t]+|now[ \t]+)?(?:ansat|ansatt|ansætter|ansetter|ansatte|anställt|anställer|anställde|udnævnt|"
    r"udnævnte|udnævner|utnevnt|utnevnte|utnevner|utsett|utser|utsåg|rekrutteret|rekrutterede|rekrutterer|rekruttert|"
    r"rekrutterte|rekryterat|rekryterade|rekryterar|hired|hires|appointed|appoints|employs|employed)\b"
)
_HOSPITAL_TERM = regex(r"hospital|sygehus|sjukhus|sykehus|hospice")
_JOB_BEFORE = regex(
    r"(?i:\b(?:er|är|var|blev|bliver|blir|som|as|is|was)[ \t]+(?:en[ \t]+|ett[ \t]+|et[ \t]+|ei[ \t]+|an?[ \t]+)?)"
    r"([^\W\d_]{3,})[ \t]+(?i:(?:(?:på|ved|vid|i|at|in)[ \t]+(?:the[ \t]+)?)?)$"
)
_WORKS_AT = regex(
    r"(?i:\b(?:arbejder|arbejdede|arbetar|arbetade|jobber|jobbet|jobbar|jobbade|works|worked)[ \t]+"
    r"(?:på|ved|vid|i|at|in)[ \t]+(?:(?:et|ett|the|a|an)[ \t]+)?)$"
)
# words in the noun's place that make the hospital a stay, not a workplace
_STAY_WORDS = frozenset(
    [
        "indlagt",
        "innlagt",
        "inlagd",
        "inlagt",
        "indskrevet",
        "innskrevet",
        "inskriven",
        "patient",
        "patienten",
        "pasient",
        "pasienten",
        "opereret",
        "opererad",
        "operert",
        "behandlet",
        "behandlad",
        "admitted",
        "igen",
        "igjen",
        "tilbage",
        "tillbaka",
        "tilbake",
        "stadig",
        "fortsat",
        "fortfarande",
        "still",
        "back",
        "kvar",
        "også",
        "också",
        "also",
        "endnu",
        "ennå",
        "allerede",
        "redan",
        "already",
        "ude",
        "ute",
        "inne",
        "ofte",
        "ofta",
        "often",
        "tur",
        "kontrol",
        "kontroll",
        "besøg",
        "besök",
        "besøk",
        "visit",
        "akut",
        "akutt",
        "døgnindlagt",
        "hospitalised",
        "hospitalized",
        "stadigvæk",
        "længe",
        "länge",
        "lenge",
        "nu",
        "nå",
        "now",
    ]
)
_NEGATORS = frozenset(["ikke", "inte", "ikkje", "not", "ej", "icke"])  # "ikke en ren ...", "not a clean ..."
_INFLECT_MIN = 5  # shorter words ("syg", "blind"?) inflect into other words too often
_ILL_WORDS = frozenset(
    ["syg", "sjuk", "syk", "sick", "ill", "er syg", "är sjuk", "er syk", "var syg", "var sjuk", "is ill", "is sick"]
)  # the lexicon's plain words for being ill, alone or after the copula
_NO_LONGER = frozenset(["længere", "længer", "längre", "lenger", "lengre", "anymore", "mer", "mere"])
_CERTIFICATE = regex(r"attest|belastningsregist|utdrag|vandel|record|dbs")
# "Inga allergier.", "Allergier: Ingen": a form's "none" opening its line, field or sentence
_NONE_OPENS = regex(r"(?:^|[.:;\n][ \t]*)(?:ingen|inga|inge|no)[ \t]+$", re.IGNORECASE)
_NONE_OF = regex(  # "inga särskilda allergier", "ingen kendte sygdomme": a form's "none"
    r"\b(?:ingen|inga|inge|no)[ \t]+"
    r"(?:særlige|særskilte|kendte|kända|särskilda|kjente|spesielle|known|particular|specific)"
    r"[ \t]+(?:\w+[ \t]+(?:eller|og|och|or|and)[ \t]+)?$",
    re.IGNORECASE,
)
_PERCENT = regex(r"\d[ \t\u00a0]?%")
_LITTLE = r"(?:(?:lidt|lite|litt|noget|något|lite grann|some|basic|a little)[ \t]+)?"  # "og lidt kalaallisut"
_LANGUAGE_LIST = regex(  # "arabisk, tysk og dansk", "Arabic and English"
    r"\w+(?:,[ \t]+\w+)+(?:,?[ \t]+(?:og|och|and|samt|&)[ \t]+"
    + _LITTLE
    + r"\w+)?|\w+[ \t]+(?:og|och|and|samt|&)[ \t]+"
    + _LITTLE
    + r"\w+"
)
_SPEAKS_A_LITTLE = regex(
    r"\b(?:taler|talar|talte|talade|snakker|snakket|forstår|förstår|speaks?|spoke|understands?)[ \t]+"
    r"(?:lidt|lite|litt|en smule|lite grann|lite granna|a little|some|basic|grundlæggende|grundläggande)[ \t]+$",
    re.IGNORECASE,
)
_MOTHER_TONGUE = frozenset(["modersmål", "morsmål", "modersmålet", "morsmålet", "hemspråk", "native", "mother"])
_ROW_CELLS = regex(r"[ \t]*(?:[^\n;|\t]{0,40}[;|\t])+[ \t]*")
_ORGANISATION_SUBJECTS = frozenset(
    [
        "firmaet",
        "virksomheden",
        "selskabet",
        "koncernen",
        "företaget",
        "bolaget",
        "firman",
        "koncernen",
        "selskapet",
        "bedriften",
        "company",
        "firm",
        "employer",
    ]
)
_POSSESSIVES = frozenset(
    [
        "sin",
        "sit",
        "sine",
        "sitt",
        "sina",
        "min",
        "mit",
        "mine",
        "mitt",
        "mina",
        "hans",
        "hendes",
        "hennes",
        "his",
        "her",
        "my",
        "their",
        "deres",
        "deras",
    ]
)
_WRITER_OPENS = regex(r"[ \t>]*(?:Jeg|Jag|Eg|I|Vi|We)[ \t]+(?!du\b|ni\b|you\b)[a-zæøåäö]")
_SENDER_LINE = regex(r"(?im)^(?:fra|från|from|afsender|avsändare|avsender)[ \t]*:[ \t]*\"?([A-ZÆØÅÄÖ][\w'’-]+)")
_WHEN_WORDS = frozenset(
    [
        "mandag",
        "tirsdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lørdag",
        "søndag",
        "måndag",
        "tisdag",
        "lördag",
        "söndag",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tomorrow",
        "i dag",
        "idag",
        "imorgon",
        "næste",
        "nästa",
        "next",
    ]
)
_UNTICKED = regex(r"[ \t]*(?:[☐□][ \t]*[\w/]+[ \t/]*){1,4}")
_TICKS = frozenset("☒☑■✓✔")
_TICKED = regex(r"[☒☑■✓✔]")
_ANY_BOX = regex(r"\[[ \t]*([xX✓✔*])?[ \t]*\]|[☐□]|([☒☑■✓✔])")  # group 1 or 2: ticked
_OPEN_BOX = regex(r"[ \t]*(?:\[[ \t]?\]|\([ \t]?\)|[☐□])")  # a line opening with an empty box
_TICKED_BOX = regex(r"\[[ \t]*[xX✓✔*][ \t]*\]|\([ \t]*[xX✓✔*][ \t]*\)|[☒☑■✓✔]")
_SECOND_OWN = frozenset(["din", "dit", "ditt", "dine", "dina", "jeres", "er", "ert", "era", "your", "de", "dem"])
_PREV_WORD = regex(r"([^\W\d_][\w'’-]*)[ \t]+$")
_RITE_PARTICIPLES = frozenset(
    ["døbt", "döpt", "døpt", "konfirmeret", "konfirmerad", "konfirmert", "baptised", "baptized", "confirmed"]
)
_SERVING = regex(
    r"(?i)\b(?:løslatt|løsladt|løsladt|frigivet|frigitt|släppt|frigiven|sitter|sidder|sad|satt|afsoner|afsonet|avtjänar|"
    r"avtjänat|soner|sonet|released|serving|served|in)\b[ \t]+(?:fra|från|fra|from|i|på|at|in)?[ \t]*$"
)
_WORKS = frozenset(
    [
        "bogen",
        "boken",
        "boka",
        "book",
        "titlen",
        "titeln",
        "tittelen",
        "title",
        "titled",
        "foredraget",
        "föredraget",
        "foredrag",
        "föredrag",
        "talk",
        "artiklen",
        "artikeln",
        "artikkelen",
        "article",
        "filmen",
        "film",
        "serien",
        "kapitlet",
        "chapter",
        "kurset",
        "kursen",
        "course",
        "podcast",
        "podcasten",
        "programmet",
        "sangen",
        "låten",
        "song",
        "romanen",
        "novel",
        "pjecen",
        "broschyren",
        "brochure",
        "leaflet",
        "bog",
        "bok",
    ]
)
_INSTITUTIONS = frozenset(["fengsel", "fængsel", "fängelse", "fengselet", "fængslet", "fängelset", "prison", "anstalt"])
_CLERGY_TITLES = frozenset(
    [
        "sognepræst",
        "præst",
        "præsten",
        "pastor",
        "imam",
        "imamen",
        "rabbiner",
        "rabbin",
        "diakon",
        "kyrkoherde",
        "kirkeværge",
        "biskop",
        "biskopen",
        "sogneprest",
        "prest",
        "presten",
        "vicar",
        "reverend",
    ]
)
_BUILDINGS = frozenset(
    [
        "moské",
        "moske",
        "moskeen",
        "moskén",
        "mosque",
        "synagoge",
        "synagoga",
        "synagogue",
        "kirke",
        "kirken",
        "kyrka",
        "kyrkan",
        "church",
        "tempel",
        "temple",
        "katedral",
        "cathedral",
        "kapel",
        "kapell",
        "chapel",
        "domkirke",
        "domkyrka",
    ]
)
_WEDDING = r"(?:bryllup\w*|vielse\w*|bröllop\w*|vigsel\w*|wedding\w*|marriage)"
# the wedding words' stems: one of them occurs exactly where ``_WEDDING`` finds a match (``str.find`` is faster)
_WEDDING_STEMS = (
    "bryllup",
    "vielse",
    "bröllop",
    "vigsel",
    "wedding",
    "marriage",
    "parret",
    "paret",
    "couple",
    "makar",
    "makene",
    "ektefellene",
    "ægtefællerne",
    "spouses",
    "forældre",
    "forældrene",
    "föräldrar",
    "föräldrarna",
    "foreldre",
    "parents",
    "vårdnadshavar",
    "mødrene",
    "mammorna",
    "fædrene",
    "papporna",
)
_HYPHEN_HEAD = regex(r"[^\W\d_]+")
_WORD_BEFORE = regex(r"([^\W\d_][\w'’-]*)[ \t]+$")
# "Parret Louise og Camilla Ravn", "the couple Tom and Ben": a couple named by two first names
# "Forældre: Sofie Lund og Maja Lund", "Vi, makarna Göran Ek och Peter Ek", "vårdnadshavare för Nils: ...": two
# parents, spouses or guardians of one gender
_COUPLE_BEFORE = regex(
    r"(?i)\b(?:parret|paret|ægteparret|äkta paret|ekteparet|the couple|couple|makarna|makarne|makene|ektefellene"
    r"|ægtefællerne|spouses|forældre|forældrene|föräldrar|föräldrarna|foreldre|foreldrene|parents|vårdnadshavare|vårdnadshavarna|mødrene"
    r"|mammorna|fædrene|papporna)(?:[ \t]+(?:for|för|til|till|to|of)[ \t]+[A-ZÆØÅÄÖ][\w'’-]*)?[ \t:,–-]*$"
)
_WEDDING_BEFORE = regex(r"(?i)\b(" + _WEDDING + r")\b[^\n.!?]{0,12}$")
_WEDDING_AFTER = regex(r"(?i)[ \t]+(" + _WEDDING + r")\b")
_CHARITY_HEADS = frozenset(
    [
        "relief",
        "aid",
        "hands",
        "nødhjælp",
        "nødhjelp",
        "korshær",
        "bymission",
        "hjälp",
        "hjelp",
        "worldwide",
        "charity",
        "foundation",
        "fond",
        "fonden",
        "stiftelse",
        "stiftelsen",
        "bistand",
        "mission",
    ]
)
_GENITIVE_RELATIVE = regex(
    r"(?<![\w-])([A-ZÆØÅÄÖ][a-zæøåäöéü]{2,15})s[ \t]+(?:forældre|föräldrar|foreldre|parents|mor|far|mamma|pappa"
    r"|mother|father|bror|søster|syster|brother|sister|familie|familj|family)\b"
)
_NOT_GENITIVE_NAMES = frozenset(["han", "henne", "dere", "vore", "hende", "deres", "ders", "hu", "ho"])
_VERB_THEN = regex(r"[ \t]+(?:er|är|is|var|was|har|hade|has|had|blev|ble|bliver|blir)[ \t]+")
_TRIP_TO = regex(
    r"(?i)\w*(?:resa|resan|rejse|rejsen|rejser|reise|reisen|tur|turen|trip|journey|pilgrimage|flyg|flyget|fly|flyet"
    r"|flight|udflugt|utflykt|ekskursion|exkursion|excursion"
    # verbs of travelling: "vill pilgrimsvandra till Santiago", "rejste til Lourdes", "flew to Charlotte"
    r"|rejste|reser|reste|åka|åker|åkte|flyver|fløj|flyga|flyger|flög|vandre|vandrer|vandrede|vandra|vandrar|vandrade"
    r"|sejle|sejler|sejlede|segla|seglar|seglade|travel|travels|travelled|traveled|travelling|traveling|flies|flew)"
    r"[ \t]+(?:till?|to)[ \t]+$"
)
_MARRIED_WORD = regex(r"\b(?:gift|gifta|gifte|married)\b")
# the couple's sentence or the next one says they are married ("..., var meget interesserede. De er gift og ...")
_MARRIED_AFTER = regex(
    r"(?i)[^.!?\n]*(?:[.!?][ \t]+(?:de|dei|they)[ \t]+)?(?<!\w)"
    r"(?:er|är|var|are|were|is|har været|har varit|have been|har|have|has)"
    # "der netop er blevet gift", "som nyss har blivit gifta", "who have just got married"
    r"[ \t]+(?:(?:netop|nyss|nettopp|just|lige|nu|nå|now|blevet|blivit|blitt|become|got)[ \t]+){0,2}"
    r"(gift|gifta|gifte|married)\b"
)
_MARRIED_REACH = 200
_COUPLE_REACH = 40  # how far before a couple its head word may stand ("vårdnadshavare för Nils: ...")
# The words a couple's hit needs (``_WEDDING_BEFORE`` / ``_WEDDING_AFTER``: a word starting so, "marriage" whole;
# ``_MARRIED_AFTER`` and ``_COUPLE_BEFORE``: whole words), which the term scan's word pass answers in passing
# (``ItemText.has_word``). A word added to one of those patterns must be added here (and to ``_WEDDING_STEMS``).
_COUPLE_PROBES = (
    "bryllup*",
    "vielse*",
    "bröllop*",
    "vigsel*",
    "wedding*",
    "marriage",
    "gift",
    "gifta",
    "gifte",
    "married",
    "parret",
    "paret",
    "ægteparret",
    "ekteparet",
    "couple",
    "makarna",
    "makarne",
    "makene",
    "ektefellene",
    "ægtefællerne",
    "spouses",
    "forældre",
    "forældrene",
    "föräldrar",
    "föräldrarna",
    "foreldre",
    "foreldrene",
    "parents",
    "vårdnadshavare",
    "vårdnadshavarna",
    "mødrene",
    "mammorna",
    "fædrene",
    "papporna",
)
# two first names, each with an optional surname ("Karin Holm og Birgitte Holm"); a genitive "s" or apostrophe
# after the second ("Mads og Emils bryllup", "Rasmus og Thomas' bryllup")
_COUPLE = regex(
    r"\b([A-ZÆØÅÄÖ][a-zæøåäöéü]+)(?:[ \t]+[A-ZÆØÅÄÖ][a-zæøåäöéü]+(?:-[A-ZÆØÅÄÖ][a-zæøåäöéü]+)?)?"
    r"[ \t]+(?:og|och|and|&|\+)"
    r"[ \t]+([A-ZÆØÅÄÖ][a-zæøåäöéü]+?)(?:(s)\b|['’](?=[ \t])|\b)"
    r"(?:(?<!['’])[ \t]+(?!(?:og|och|and)\b)[A-ZÆØÅÄÖ][a-zæøåäöéü]+(?:-[A-ZÆØÅÄÖ][a-zæøåäöéü]+)?\b)?"
)
_SAME_SEX = (CATEGORY_TAG, "sexual_orientation", "strong")
# a fine in millions, or a corporate fine by name: only firms are fined so ("470 mio. kr.", "företagsbot")
_FIRM_FINE = regex(
    r"(?i)\b(?:bøde|bøder|bødeforlæg|böter|bot|fine|penalty)\b[^.!?\n]{0,20}?\b\d[\d,.]*[ \t\u00a0]*"
    r"(?:mio|mia|millioner|milliarder|miljoner|miljon|miljarder|million|millions|billion)\b|\bföretagsbot\w*"
)
_WRITER_COUPLE_PROBES = (" og jeg ", " och jag ", " og eg ")
_GREETED_COUPLE_TERM = "(same-sex couple greeted)"
_YOU_PLURAL = regex(r"\b(?:I|jer|jeres|ni|er|era|ert|dere|deres|you|your)\b")
_FERTILITY_PROBES = ("insemin", "ivf", "donorsæd", "spermiedonation", "fertilitet", "befrugtning", "befruktning")
_GREETED_PAIR = regex(
    r"\s*(?i:kære|kæreste|hej|hei|hi|hello|kära|käre|bästa|dear)[ \t]+([A-ZÆØÅÄÖÉ][a-zæøåäöéü]+)"
    r"[ \t]+(?:og|och|and|&)[ \t]+([A-ZÆØÅÄÖÉ][a-zæøåäöéü]+)\b"
)
_FERTILITY_WORD = regex(
    r"(?i)\b(?:insemination\w*|ivf|donorsæd|spermiedonation\w*|fertilitetsbehandling\w*|assisteret befrugtning|"
    r"assisterad befruktning|provrörsbefruktning\w*)\b"
)
# a wedding congratulated or addressed to those greeted: "Tillykke med brylluppet", "grattis till ert bröllop",
# "congratulations on your wedding"; "jeres datters bryllup" is somebody else's (no genitive before the word)
_THEIR_WEDDING = regex(
    r"(?i)\b(?:(?:tillykke|til lykke|hjertelig tillykke|grattis|gratulerer|gratulationer|congratulations|congrats)"
    r"[ \t]+(?:med|till|på|on)[ \t]+(?:(?:jeres|er|ert|deres|your)[ \t]+)?"
    r"|(?:jeres|ert|your)[ \t]+)"
    r"(bryllup\w*|vielse\w*|bröllop\w*|vigsel\w*|bryllaup\w*|wedding)\b"
)
# "Jesper og jeg har været kærester", "Mads och jag har gift oss": group 1 the partner, group 2 the couple word
_WRITER_COUPLE = regex(
    r"\b([A-ZÆØÅÄÖÉ][a-zæøåäöéü]+)[ \t]+(?:og|och)[ \t]+(?:jeg|jag|eg)[ \t]+(?:[a-zæøåäö]+[ \t]+){0,3}?"
    r"(kærester|kjærester|gift|giftes|gifte[ \t]+os|gift[ \t]+oss|gifta|gifte[ \t]+oss|forlovet|forlovede|förlovade|"
    r"förlovat[ \t]+oss|ihop|tillsammans|samboende|samboer|samlevende)\b"
)
_SIGNED_NAME = regex(r"\b([A-ZÆØÅÄÖÉ][a-zæøåäöéü]+)\b")
# between a death word and the illness it names: no clause of its own ("døde af kræft, og min mor er testet ...")
_DEAD_PRONOUNS = frozenset(["han", "hun", "hon", "he", "she"])
# a death told of somebody: "din far er død", "efter din mamma" with the grief, "gick bort", "passed away"
_DIED = regex(
    r"(?i)\b(?:er|var|är|blev)[ \t]+død\b|\bdøde\b|\bafdøde\b|\bgik[ \t]+bort\b|\bgick[ \t]+bort\b|"
    r"\bhar[ \t]+gått[ \t]+bort\b|\bhar[ \t]+dött\b|\bavled\b|\bavlidit\b|\bdog[ \t]+(?:i|av|efter|förra|igår)\b|"
    r"\bsorgen[ \t]+efter\b|\bsorgen[ \t]+over\b|\bhas[ \t]+died\b|\bdied\b|\bpassed[ \t]+away\b|"
    r"\bloss[ \t]+of[ \t]+your\b"
)
# the addressee or writer named in the sentence: what follows is theirs, not the dead's
_YOU_OR_I = regex(r"\b(?:(?i:du|dig|din|dit|dine|dina|you|your|jeg|jag|mig)|I)\b")
_DEATH_CLAUSE = regex(r"(?:(?![,;]|[ \t](?:og|och|men|and|but)[ \t])[^\n.!?]){0,80}")
_RATE = regex(r"\d[ \t\u00a0]?%|\b(?i:procent|pct|prosent|percent|procentenheder|procentenheter)\b")
_RATE_VERBS = frozenset(
    [
        *("var", "er", "är", "lå", "låg", "ligger", "steg", "stiger", "faldt", "falder", "sjönk", "sjunker", "har"),
        *("was", "is", "rose", "fell", "blev", "blir", "bliver", "økede", "ökade", "ökar"),
    ]
)
_TIME_AFTER = regex(
    r"[ \t]+(?:(?:halv|kvarts|och en halv|liten)[ \t]+)?(?i:minut|minuter|timme|timmar|dag|dagar|vecka|veckor|månad|"
    r"månader|år|stund|kvart|halvtimme|halvår)\b"
)
# a question to the reader about what somebody else did or got: "har I set at ...", "har du hört att ..."
_ASKS_ABOUT = regex(
    r"\b(?:du|I|ni|dere|you)[ \t]+(?:[a-zæøåäö]+[ \t]+){0,2}(?i:set|sett|sét|hørt|hört|hørte|hörde|læst|läst|"
    r"lest|seen|heard|read)[ \t]+(?i:at|att|that|om)\b"
)
# a compound naming a meeting: "sygefraværssamtale", "rehabiliteringsmöte", "opfølgningsmøde"
_MEETING_TAIL = regex(r"(?i)\w*(?:samtale|samtalen|samtal|samtalet|møde|mødet|möte|mötet|møte|møtet)$")
_PARTNER_REPLY_TERM = "(partner named in a chat answer)"
_SEX_ANSWER_TERM = "(same-sex contact answered yes)"
_TICK = r"(?:\[[ \t]*[xX✓✔*][ \t]*\]|\([ \t]*[xX✓✔*][ \t]*\)|[☒☑■✓✔])"
_TICK_RE = regex(_TICK)
# a check box (ticked or not) or a yes/no word, in line order: "[X] Ja   [ ] Nej", "Ja [X]  Nej [ ]"
_BOX_OR_ANSWER = regex(r"(\[[ \t]*[xX✓✔*]?[ \t]*\]|\([ \t]*[xX✓✔*]?[ \t]*\)|[☒☑■✓✔☐□])|\b((?i:ja|jo|yes|nej|nei|no))\b")
_YES_WORDS = frozenset(["ja", "jo", "yes"])
_NO_WORDS = frozenset(["nej", "nei", "no"])
_ANSWERED_YES = regex(r"\?[ \t]*(?:[☒☑■✓✔]|\[[ \t]*[xX✓✔][ \t]*\])[ \t]*(?i:ja|yes)\b")
_YES_OPENS = regex(r"[ \t]*(?:[☒☑■✓✔]|\[[ \t]*[xX✓✔][ \t]*\])?[ \t]*(?i:ja|yes|nej|no)[ \t]*[–—,:-]")
_WOMAN_WORDS = frozenset(["kvinde", "kvinna", "kvinne", "woman", "kvinder", "kvinnor", "kvinner", "women"])
# "Har du som man haft sex med en annan man ...? ☒ Ja": group 1 the person's own gender word, 2 the partner's,
# 3 the ticked answer
_SEX_QUESTION_YES = regex(
    r"(?im)^[^\n?]{0,200}?(?:\bsom[ \t]+(mand|man|mann|kvinde|kvinna|kvinne)\b[^\n?]{0,200}?)?"
    r"\b(?:sex|seksuel[ \t]+kontakt|seksuelt[ \t]+samkvem|sexuell[ \t]+kontakt|sexual[ \t]+contact)[ \t]+"
    r"(?:med|with)[ \t]+(?:en[ \t]+|a[ \t]+)?(?:anden[ \t]+|annan[ \t]+|annen[ \t]+|another[ \t]+)?"
    r"(mand|man|mann|kvinde|kvinna|kvinne|woman|mænd|män|menn|men|kvinder|kvinnor|kvinner|women)\b[^\n?]{0,200}\?"
    r"[ \t]*((?:[☒☑■✓✔]|\[[ \t]*[xX✓✔][ \t]*\])[ \t]*(?:ja|yes)\b)"
)
_FORM_NAME = regex(r"(?im)^[ \t]*(?:navn|namn|name|donor|patient)[ \t]*:[ \t]*([A-ZÆØÅÄÖÉ][\w'’-]+)")
_DATE_PROBES = ("date", "dejt", "kæreste", "kjæreste", "partner", "sambo", "pojkvän", "flickvän")
# a chat question about the reader's date or partner, then the next line's speaker and answer
_DATE_QUESTION = regex(
    r"(?im)^[^\n:]{1,40}:[^\n]{0,200}?\b(?:daten|dejten|date|dejt|din[ \t]+kæreste|din[ \t]+kjæreste|"
    r"din[ \t]+partner|din[ \t]+sambo|kæresten|kjæresten|partnern|partneren|sambon)\b[^\n?]{0,200}\?+[ \t]*\n"
    r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?([A-ZÆØÅÄÖÉ][\w'’-]+)(?:[ \t]+[A-ZÆØÅÄÖÉ][\w'’-]+){0,2}[ \t]*:[ \t]+"
    r"([^\n]{1,300})"
)
_NAMED_IN_ANSWER = regex(r"(?i)\b(han|hun|hon|he|she)[ \t]+(?:hedder|heter|hed|hette|is called)[ \t]+[A-ZÆØÅÄÖ]")
_YES_NAME = regex(r"(?i:ja|jo|jep|japp|yes|yeah)[ \t,!.]+([A-ZÆØÅÄÖÉ][a-zæøåäöéü]+)\b")
_GREETING_OPENS = regex(r"(?i)[ \t>]*(?:hej|hei|hey|hi|hello|hallo|dear|kære|kära|käre|bäste|bästa|goddag)[ \t]+")
_GIVEN_AFTER = regex(r"[ \t]+[A-ZÆØÅÄÖ][a-zæøåäöéü]+\b")
# a place named after a category word: "Jødisk Museum", "Judiska museet", "Fagbevægelsens Hus"
_PLACE_AFTER = regex(r"[ \t]+(?:(?i:museum|museet|museets|museion)|Hus|Huset|Husets|House)\b")
# a yes/no question to the reader about joining: "er du med i en fagforening?", "är du medlem i något parti?"
_MEMBER_QUESTION = regex(
    r"(?i)(?:[^\n:]{1,40}:[ \t]*)?[ \t>]*(?:er|är|e|are|is)[ \t]+(?:du|ni|i|you|han|hun|hon)[ \t]+"
    r"(?:med|medlem|a[ \t]+member)\b"
)
_HEADING_CHARS = 60
# a generic word after the hits in a clause of its own ("Proud gay dad of two, ... maintainer of a Pride event app",
# "Kunden sidder i kørestol ..., så vi bærer alt")
_LABEL_COLON = regex(r"[ \t]*:[ \t]+\S")
_COMMA_BREAK = regex(r",[ \t]")  # not "5,2 %"
_S_PASSIVE = regex(r"[a-zåäö]{3,}(?:ats|its|tts|ts)")  # a Swedish passive supine: "tagits", "registrerats"
# a finding told of a person: "(undersøgelsen viser), at du ...", "(visar) att hon ..."
_FINDING_ABOUT = regex(r",?[ \t]+(?i:at|att|that)[ \t]+(?:du|han|hun|hon|De|you|he|she)\b")
# the head line of a TV listing, a book or film circle or a quiz: its people are characters, authors or trivia
_MEDIA_HEAD = regex(
    r"(?i)\b(?:tv[ -]?(?:i[ \t]+aften|ikväll|ikveld|tonight|tablå|guide|oversigt|programm?(?:et)?|tips)|"
    r"quiz\w*|frågesport|tipsrunda|pubquiz)\b|"
    # a circle's head naming the book or film it reads or sees: 'Bogklubben læser: "Titel" af ...'
    r"(?i:\b(?:bog|bok|film|læse|läse|lese)\w*[ \t]+(?:læser|läser|leser|ser|reads|watches)\b:?[ \t]*[\"“”„«»])"
)
# a CV's title opening the item, alone on its line or before the subject's name ("CV, Tariq Hamdan", "Curriculum
# vitae – Ane Holm", "MERITFÖRTECKNING", "Resumé")
_CV_HEAD = regex(
    r"[ \t]*(?i:cv|curriculum[ \t]+vitae|meritförteckning|meritfortegnelse|resum[eé]|r[eé]sum[eé]|lebenslauf|"
    # a payslip, its lines its employee's pay and deductions
    r"lønseddel|lønsedel|lönespecifikation|lönebesked|lønspecifikation|payslip|pay[ \t]+slip)"
    r"[ \t]*(?:$|\n|[,:–-][ \t]*[A-ZÆØÅÄÖ][^\n]{0,80}(?:\n|$))"
)
# an insurance claim's head or field: the thefts it tells are the insured's losses
_CLAIM_HEAD = regex(
    r"(?i)\b(?:skade(?:anmeldelse|anmälan|anmeldelse|sag|ärende|nummer|nr|note|notat|anteckning)|skadeanmälan|"
    r"skadeanteckning|claim[ \t]+note|claims[ \t]+note|forsikringstager|"
    r"försäkringstagare|forsikringstaker|sikrede|försäkrad|forsikret|insurance[ \t]+claim|policyholder)\b"
)
# the crimes a claim reports as a loss: theft, burglary, damage, and their report to the police
_LOSS_CRIME = regex(
    r"(?i)(?:tyveri|indbrud|innbrudd|inbrott|stjål|stjal|stöld|stulen|stulna|stulet|hærværk|skadegør|skadegör|"
    r"vandalis|røveri|rån|anmeldt til politiet|politianmeld|polisanmäl|politianmeld|theft|burglar|stolen)"
)
_VACCINE_AFTER = regex(r"(?i)(?:[ \t]+[a-z]\b)?[ \t]*-?[ \t]*(?:vaccin|vaksin|vaccine)")
_PUBLICATION_BEFORE = regex(
    r"(?i)\b\w*(?:bladet|bladets|tidningen|tidningens|avisen|avisens|magasinet|magasinets|tidsskriftet)[ \t]+$"
)
_POLICY_BEFORE = regex(
    r"(?i)\b(?:hårdere|hårdare|strengere|strängare|strengare|skrappere|skärpta|skærpede|tougher|harsher|"
    r"stricter)[ \t]+(?:\w+[ \t]+){0,3}$"
)
# a letterhead: "Unit, House" / "Unit – House", the part after the break a capitalised name, no preposition
_LETTERHEAD = regex(r"([^\n,–|]{3,40})(?:,|[ \t]+[–|-])[ \t]+([A-ZÆØÅÄÖ][^\n,–|:]{1,40})")
_HEAD_PREPOSITIONS = frozenset(
    ["om", "af", "av", "for", "för", "ur", "til", "till", "i", "på", "ved", "vid", "med", "efter", "of", "about", "on"]
)
_HEADING_BREAK = regex(r"[.!?:;,]|\d")  # a sentence, a label or a date: no bare heading
_TITLE_AND_SUBTITLE = regex(  # "Helbredserklæring, rejseforsikring": up to three words, a comma, up to three more
    r"[ \t]*[^\W\d_][^\W\d_-]*(?:[ \t]+[^\W\d_]+){0,2},[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*"
)
_WRITER_WORD = regex(r"(?i)\b(?:jeg|jag|mig|min|mit|mitt|my|i|me|vi|we)\b")
_IDIOM = "idiom"  # a category's idioms: phrases whose category word means something else ("dømt offside")
# the word after an idiom, past an article or "new": "på den nye scanner", "on the reader"
_NEXT_WORDS = regex(r"[ \t]+(?:(?:den|det|de|the|a|en|et|ett|nye|nya|new)[ \t]+)*([^\W\d_]+)")
_SPOUSE_MALE = frozenset(["mand", "ægtemand", "man", "make", "mann", "ektemann", "husband", "pojkvän", "boyfriend"])
_SPOUSE_FEMALE = frozenset(["kone", "hustru", "fru", "maka", "wife", "flickvän", "girlfriend"])
_SPOUSE_NEUTRAL = ("kæreste", "kjæreste", "partner", "sambo", "samboer", "samlever", "forlovede")
# a genitive name (one or two capitalised words, "s" or an apostrophe) before a spouse word
_GENITIVE_SPOUSE = regex(
    r"\b([A-ZÆØÅÄÖ][a-zæøåäöéü]+?)(?:[ \t]+([A-ZÆØÅÄÖ][\w-]*?))?(?:s|['’])[ \t]+("
    + "|".join(sorted(_SPOUSE_MALE | _SPOUSE_FEMALE | set(_SPOUSE_NEUTRAL)))
    + r")\b"
)
_SPOUSE_AFTER_GENITIVE = regex(
    r"(?:s|['’])[ \t]+(?:" + "|".join(sorted(_SPOUSE_MALE | _SPOUSE_FEMALE | set(_SPOUSE_NEUTRAL))) + r")\b"
)  # the end of every _GENITIVE_SPOUSE match: found fast, it tells the lines that can hold one
_SPOUSE_NAME = regex(r"[ \t]*[,–—:(-]?[ \t]*([A-ZÆØÅÄÖ][a-zæøåäöéü]+)\b")  # "kæreste, Maja", "sambo Jonas"
_SPOUSE_TERM = "(same-sex spouse)"
_KIN_TERM = "(same-sex spouse as next of kin)"
_KIN_PROBES = ("pårørende", "anhörig", "next of kin", "emergency contact", "nødkontakt")
_KIN_WORDS = ("pårørende", "anhörig", "kin", "emergency", "nødkontakt", "kontakt", "contact", "relation")
# a next-of-kin field and the given name it holds (a key and value in a form, a table or JSON)
_KIN_FIELD = regex(
    r"(?i:nærmeste[ \t]+pårørende|pårørende|närmast[ \t]+anhörig|närmaste[ \t]+anhörig|anhörig|next[ \t]+of[ \t]+kin"
    r"|emergency[ \t]+contact|nødkontakt)[\"']?[ \t]*[:=][ \t]*[\"']?([A-ZÆØÅÄÖ][a-zæøåäöéü]+)\b"
)
# the spouse relation after it on its line: in brackets, after a comma, or in a "relation" field of its own
_KIN_RELATION = regex(
    r"(?:[(,][ \t]*|(?i:relation|relationship|forhold|relasjon|tilknytning)[\"']?[ \t]*[:=][ \t]*[\"']?)"
    r"((?i:registreret[ \t]+|registrerad[ \t]+|civil[ \t]+)?[^\W\d_]+)"
)
_KIN_SPOUSE = frozenset(
    [
        *("ægtefælle", "ægtefællen", "ægtemand", "mand", "kone", "hustru", "make", "maka", "man", "fru", "partner"),
        *("registreret partner", "registrerad partner", "civil partner", "samlever", "sambo", "spouse", "husband"),
        "wife",
    ]
)
_KIN_REACH = 200
_PLUS_ONE_TERM = "(same-sex spouse as plus-one)"
# a given name (and surname), "+", a spouse word, and the partner's given name in brackets or after a colon
_PLUS_SPOUSE = regex(
    r"\+[ \t]*(?i:(ægtefælle|ægtemand|mand|kone|hustru|make|maka|man|fru|partner|samlever|sambo|spouse|husband|wife))"
    r"[ \t]*[(:][ \t]*([A-ZÆØÅÄÖ][a-zæøåäöéü]+)\b"
)
_NAME_BEFORE_PLUS = regex(r"(?<![\w'’-])([A-ZÆØÅÄÖ][a-zæøåäöéü]+)(?:[ \t]+[A-ZÆØÅÄÖ][\w'’-]+)?[ \t]*$")
_KIN_MALE = frozenset(["ægtemand", "mand", "make", "man", "husband"])
_KIN_FEMALE = frozenset(["kone", "hustru", "maka", "fru", "wife"])
# the record's own person: the name field of a patient, employee, applicant or citizen record
_RECORD_PERSON = regex(
    r"(?<![\w-])(?i:patient|medarbejder|medarbetare|anställd|ansat|ansatt|employee|navn|namn|name|borger|klient|client)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?([A-ZÆØÅÄÖ][a-zæøåäöéü]+)\b"
)
_MALE_ADJECTIVES = frozenset(["mandlig", "mandlige", "manlig", "manliga", "mannlig", "mannlige", "male"])
_FEMALE_ADJECTIVES = frozenset(["kvindelig", "kvindelige", "kvinnlig", "kvinnliga", "kvinnelig", "female"])
_HOLDER_PRONOUNS = frozenset(["hans", "hendes", "hennes", "his"])
_COUPLE_TERM = "(same-sex couple)"
_WITHOUT = frozenset(["utan", "uden", "uten", "without"])
_PRONOUNS = frozenset(["jeg", "jag", "du", "han", "hun", "hon", "vi", "i", "ni", "de", "man", "he", "she", "we"])
_EMBEDDED = regex(
    r"\b(?<!för )(?<!for )(?:at|att|that|om|if)\s", re.IGNORECASE
)  # not "för att" (in order to)  # "Har du hørt at Karsten er sigtet?"
_CONTRAST = regex(r"(?:[,;]|\s)\s*(?:men|but|mens|medan|dog)\s", re.IGNORECASE)
_SELF = regex(r"\b(?:selv|själv|himself|herself|themselves)\b", re.IGNORECASE)
# A chat line: "[10:37] Anne-Mette: ..." / "10:37 - Per Ek: ...": the speaker, not whom the message is about.
_CHAT_STAMP = regex(
    r"[ \t]*[\[(]?(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?[ \t])?\d{1,2}[:.]\d{2}"
    r"(?:[:.]\d{2})?[\])]?[ \t]*[-–]?[ \t]*"
)
_SPEAKER_LINE = regex(r"(?m)^[ \t]*([A-ZÆØÅÄÖÉ][\w'’]+)[\w'’ \t-]{0,30}:[ \t]+\S")  # "Per:", "Anna Berg:"
_SPEAKER_SCAN = 20_000  # the head of an item where chat lines are counted
_SPEAKER_COLON = regex(r"(?:[-‐][\w'’]+)*(?:[ \t]+[A-ZÆØÅÄÖÉ][\w'’-]+)?[ \t]*:")  # the rest of "Anne-Mette"
_LINE_LABEL = regex(r"[ \t]*(?:[\[(]?[\d:./ -]+[\])]?[ \t]*)?[^\W\d][\w .'’-]{0,40}:[ \t]*")
# After a name that is also a word ("Bo", "Per", "Storm"), a verb at the start of a sentence: a person.
_AUXILIARIES = frozenset(
    [
        "har",
        "er",
        "är",
        "var",
        "blev",
        "blir",
        "bliver",
        "ble",
        "skal",
        "ska",
        "kan",
        "vil",
        "vill",
        "må",
        "får",
        "fik",
        "fick",
        "meldte",
        "anmälde",
        "fortalte",
        "berättade",
        "sagde",
        "sa",
        "is",
        "has",
        "was",
        "will",
    ]
)
# A chat message opening with one of these has no subject of its own: it is about the speaker.
_SUBJECTLESS = _AUXILIARIES | frozenset(
    [
        "ligger",
        "sidder",
        "sitter",
        "går",
        "tager",
        "tar",
        "mangler",
        "saknar",
        "måste",
        "bør",
        "skulle",
        "fik",
        "fick",
        "kommer",
        "stannar",
        "bliver",
        "blir",
        "mødte",
        "väntar",
        "venter",
        "holder",
        "håller",
        "er",
        "är",
    ]
)
# A note opening with these has no subject of its own ("Kendt med diabetes.", "Har haft feber."), unless a
# pronoun or "der"/"det" follows (a question or an inversion: "Er der ...", "Har du ...").
_SUBJECTLESS_OPENERS = _SUBJECTLESS | frozenset(
    [
        *("kendt", "känd", "kjent", "known", "fået", "fått", "haft", "hade", "fundet", "hittad", "hittades"),
        *("funnen", "faldt", "föll", "falt", "klager", "klagar", "oplyser", "uppger", "opplyser", "found"),
        "complains",
        # a clinical note's nominal or passive opening: "Besvär med panikångest sedan i våras, insätts sertralin"
        *("besvär", "besvær", "lider", "plages", "plågas", "insätts", "insættes", "ordineres", "ordineras"),
        *("remitteres", "remitteras", "henvises", "behandles", "behandlas"),
        # a decision in the passive: "Beviljas sjukpension ...", "Tilkendes førtidspension ..."
        *("beviljas", "beviljades", "bevilges", "bevilliges", "tilkendes", "innvilges", "granted", "awarded"),
        # the verbs an HR note or a yearbook line opens with: "Fratræder efter lang sygemelding ...", "Slutar för
        # att studera till präst", "Synger i kirkekoret", "Stammer fra Eritrea"
        *("fratræder", "fratrådte", "slutter", "sluttede", "slutar", "slutade", "stopper", "stoppede", "opsiger"),
        *("flytter", "flyttar", "flyttede", "flyttade", "skifter", "byter", "starter", "begynder", "börjar"),
        *("studerer", "studerar", "arbejder", "arbetar", "bor", "spiller", "spelar", "synger", "sjunger"),
        *("elsker", "älskar", "drømmer", "drömmer", "brænder", "brinner", "kæmper", "kämpar", "træner", "tränar"),
        *("stammer", "härstammar", "kommer", "deltager", "deltar", "beder", "ber", "faster", "fastar", "lever"),
        *("søger", "söker", "ønsker", "önskar", "engagerer", "engagerar", "underviser", "undervisar", "dyrker"),
    ]
)
# subject pronouns a note of fragments leaves out ("i", "de", "man" are also a preposition, an article, a husband)
_NOTE_SUBJECTS = frozenset(
    ["jeg", "jag", "du", "han", "hun", "hon", "vi", "ni", "he", "she", "we", "you", "they", "det", "der", "there", "it"]
)
_EXPLETIVES = frozenset(["der", "det", "dét", "there", "it", "nogen", "någon", "noen", "alle", "alla"])
_RECORD_HEAD = 300  # the head of an item, where a form or CV names its subject
_LIST_REACH = 600  # how far below a member list's head its first row of names is looked for
_TITLE_CHARS = 200  # where the first word of an item may start (after blank lines)
_PARTY = (CATEGORY_TAG, "political_opinion", "strong")
_PARTY_TERM = "(party letter)"
_PARTY_COLUMN = "(party column)"
_PARTY_HEADS = frozenset(["parti", "partiet", "party", "partitilhørsforhold", "partitillhörighet", "partitilhørighet"])
_PARTY_PROBES = tuple(sorted(_PARTY_HEADS))  # a party column's head cell is one of these words, whole
# The words ``evidence`` asks the term scan's word pass about: give them to the ItemText it is handed.
WORD_PROBES = _COUPLE_PROBES + _PARTY_PROBES
_PARTY_WORD = regex(r"(?i)part[iy]")
_PARTY_HEAD_CELL = regex(  # a cell of a table's head row naming a party column
    r"(?im)(?:^|[;\t|,])[ \t]*(?:parti|partiet|party|partitilhørsforhold|partitillhörighet|partitilhørighet)"
    r"[ \t]*(?:[;\t|,]|$)"
)
_INHERITED_TERM = "(inherited condition)"
_SALUTATION = regex(
    r"[ \t]*(\w+):?[ \t]+([A-ZÆØÅÄÖÉ][\w'’-]+)(?:[ \t]+[A-ZÆØÅÄÖÉ][\w'’-]+){0,2}[ \t]*(?:[,!.:]?[ \t]*$|[,!.][ \t])"
)
_KIN = (
    r"(?:mor|far|mamma|pappa|farmor|farfar|mormor|morfar|oldemor|oldefar|gammelmor|moster|faster|morbror|farbror"
    r"|onkel|tante|bror|broder|søster|syster|storebror|lillebror|storesøster|lillesøster|storasyster|lillasyster"
    r"|storebror|kusine|kusin|fætter|svigermor|svigerfar|svärmor|svärfar|søn|son|datter|dotter|barnebarn|barnbarn"
    r"|ven|veninde|vän|väninna|kollega|kollegaen|grandma|grandpa|grandmother|grandfather|mum|mom|dad|friend)"
)
# A speech or letter titled to a named person ("Tale til min farmor Ulla på 80-årsdagen", "Tal till farfar Stig",
# "Brev til Karen"): its "du" is that person. A speech word or a kinship word must come with "til"/"till"/"to".
_SPEECH_HEAD = regex(
    r"[ \t]*(?:(?i:tale|tal|talen|brev|brevet|hilsen|hälsning|sang|sång|digt|dikt|skål|speech|letter)[ \t]+"
    r"(?i:til|till|to)[ \t]+(?:(?i:min|mit|mine|mitt|mina|vores|vår|vårt|våra|kære|kæreste|kjære|kära|käre|käraste"
    r"|älskade|elskede|dear|dearest|my|our)[ \t]+)*(?:(?i:" + _KIN + r")[ \t]+)?"
    r"|(?i:til|till|to)[ \t]+(?:(?i:min|mit|mine|mitt|mina|vores|vår|vårt|våra|kære|kæreste|kjære|kära|käre|käraste"
    r"|älskade|elskede|dear|dearest|my|our)[ \t]+)*(?i:" + _KIN + r")[ \t]+)"
    r"([A-ZÆØÅÄÖÉ][a-zæøåäöéü'’-]+)\b"
)
_VOCATIVE_CHARS = 2000  # a name addressed by a thanks is looked for in the item's opening part
_HEAD_LINES = 8  # the greeting is looked for in the first lines (after From:/To:/Subject: headers)
_HEAD_LINES_CHARS = 1000
# a quoted message's attribution: "Den 2. dec. skrev Jens Dahl:", "Den 1 dec. 2026 kl. 10:12 skrev Ann Ek <a@b.se>:",
# "On Monday, Tom Hall <t@h.com> wrote:", "Jens Dahl skrev:"
_QUOTE_ATTRIBUTION = regex(
    r"(?i:skrev|skriver|wrote|writes|schrieb|napisał|napisała)[ \t]+([A-ZÆØÅÄÖÉ][\w'’-]+)[^\n]*:[ \t]*$"
    r"|([A-ZÆØÅÄÖÉ][\w'’-]+)(?:[ \t]+[A-ZÆØÅÄÖÉ][\w'’-]+)*(?:[ \t]+<[^>\n]*>)?[ \t]+"
    r"(?i:skrev|skriver|wrote|writes|schrieb)[ \t]*:[ \t]*$"
)
# a forwarded or original message's marker line: "-----Oprindelig meddelelse-----", "--- Vidarebefordrat meddelande ---"
_FORWARD_MARKER = regex(
    r"(?im)^[ \t]*-{2,}[ \t]*(?:oprindelig meddelelse|videresendt (?:meddelelse|besked|e-mail|mail)|"
    r"vidarebefordrat (?:meddelande|mejl|e-postmeddelande)|ursprungligt meddelande|forwarded message|original message|"
    r"weitergeleitete nachricht|ursprüngliche nachricht)[ \t]*-{2,}[ \t]*$"
)
_FORWARD_HEAD_LINES = 6  # the sender field stands among the forward's first header lines
# the writer naming themself: "Hej, Morten her", "Jag heter Lina", "Mit navn er Ib", "My name is Tom"
_SELF_INTRO = regex(
    r"(?:^|\n)[ \t]*(?i:hej|hei|hi|hallo|halløj|hello)[ \t,!]+(?i:det er[ \t]+|det är[ \t]+|it's[ \t]+)?"
    r"([A-ZÆØÅÄÖ][a-zæøåäöéü]+)[ \t]+(?i:her|här)\b"
    # "Hej alle, det er Villads.", "Hi everyone, this is Tom!": the greeting's clause names the writer, alone
    r"|(?:^|\n)[ \t]*(?i:hej|hei|hi|hallo|halløj|hello|godmorgen|god morgon|good morning)"
    r"(?:[ \t]+(?i:alle|alla|allihop|allesammen|everyone|all|folk|venner|vänner))?[ \t]*[,!.–-][ \t]*"
    r"(?i:det er|det är|det her er|this is|it's|it is)[ \t]+([A-ZÆØÅÄÖ][a-zæøåäöéü]+)[ \t]*(?=[.!,\n]|$)"
    r"|(?i:jeg hedder|jeg heter|jag heter|mit navn er|mitt navn er|mitt namn är|my name is)"
    r"[ \t]+([A-ZÆØÅÄÖ][a-zæøåäöéü]+)"
)
# a message's title naming its sender: "SMS fra Lene til holdleder", "Mejl från Tove", "Message from Ann:"
_MESSAGE_FROM = regex(
    r"[ \t]*(?i:sms|mms|besked|beskeden|mail|mailen|e-mail|email|mejl|mejlet|e-post|brev|brevet|letter|message|"
    r"meddelande|meddelandet|meddelelse|text|chat|chatt|note)[ \t]+(?i:fra|från|from)[ \t]+([A-ZÆØÅÄÖ][a-zæøåäöéü]+)\b"
)
_COMPOUND_TERM = "(compound)"
_NEXT_WORD = regex(r"[\s,]+(\w+)")
# the form's own name field, its applicant the writer of its first-person text
_FORM_WRITER = regex(
    r"(?im)^[ \t]*(?:navn|namn|name|full[ \t]+name|fulde[ \t]+navn|fullständigt[ \t]+namn|ansøger|ansøgerens[ \t]+navn"
    r"|sökande|sökandens[ \t]+namn|applicant|applicant's[ \t]+name)[ \t]*:[ \t]*([A-ZÆØÅÄÖ][a-zæøåäöéü]+)\b"
)
_THIRD_PERSON = regex(r"\b(?i:han|hun|hon|ham|hende|henne|hans|hendes|hennes|he|she|him|her|his|hers)\b")
# an object relative clause on the partner ("sin mand, Ole, som han ønsker ..."): its subject pronoun is not the
# partner (the partner is its object), so it is the person the sentence is about, the partner's holder
_HOLDER_IN_RELATIVE = regex(
    r"(?:[ \t]*,?[ \t]*[A-ZÆØÅÄÖ][\w'’-]+(?:[ \t]+[A-ZÆØÅÄÖ][\w'’-]+)?)?[ \t]*,?[ \t]*(?:som|who|whom)[ \t]+"
    r"(han|hun|hon|he|she)\b"
)
_PARTNER_WORD = regex(r"[\s,–—:(+-]+(\w+)")  # "partner (Fredrik Ek)"
_PARTNER_NAMED = regex(r"[ \t]*[.!][ \t]+(?i:(han|hun|hon|he|she)[ \t]+(?:hedder|heter|hed|hette|is called)\b)")
_OPENERS = frozenset(".!?:;-–—•*=|/")
_NAME_OPENERS = frozenset(" \t\"'“(")  # what may stand between a name's word and the term after it
_ADDRESS = regex(r"[\w.+'-]{1,64}@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+")
# After a contact's name: its address or number ("Eva Lund, eva.lund@firma.se", "Jens Hansen på jens@...")
_CHAINED = regex(r"[\s,(]*(?:(?:på|på e-mail|at|tlf\.?|tel\.?|e-post|e-mail|mail)[\s:]*)?[\s(]*")
# A title between a cue and a name ("oplyser personalechef", "skriver juristen"): a longer lower-case
# word, never a short verb ("enligt rapporten har Jens ..." keeps Jens)
_LAST_TITLE_WORD = regex(r"[\s,]*\b(?:[a-zæøåäöéü][\w.-]{4,}|[A-ZÆØÅÄÖ]{2,}-[\w-]+)[\s,:]*$")
_SIGNATURE_TAIL = 200
# a chat line's speaker: "Emil: ...", "[09:13] Yasmin Haddad: ..."
# a chat log's speaker by a handle in lower case ("freja: ..."), on at least two lines of the item
_HANDLE = regex(r"[ \t]*([a-zæøåäöé]{2,})[ \t]*:[ \t]+")
# a forum post's head naming its writer by a user name ("Bruger Jakob_Aarhus skriver:", "Användaren tove88 skriver:",
# "User tom_k writes:"): the given name that opens the user name
_POST_BY = regex(
    r"(?:^|\n)[ \t]*(?i:bruger(?:en)?|användare(?:n)?|brukar(?:en)?|bruker(?:en)?|user|member|medlem(?:met)?)[ \t]+"
    r"@?([A-Za-zÆØÅÄÖæøåäö][a-zæøåäöéü]+)(?:[_.\d-][\w.-]*)?[ \t]+"
    r"(?i:skriver|skrev|skriv|writes|wrote|posted|skriver följande)\b"
)
# a chat log's speaker line with the time: "Priya Raman 09:03", "Lars Gade [10:15]"
_TIMED_SPEAKER = regex(
    r"(?m)^[ \t]*([A-ZÆØÅÄÖÉ][\w'’-]+)(?:[ \t]+[A-ZÆØÅÄÖÉ][\w'’-]+){1,2}[ \t]+\[?\d{1,2}[:.]\d{2}\]?[ \t]*$"
)
# a social post or profile opening with its writer's display name (a platform before it, a handle or "shared a
# post" after it); a messenger's contact ("SMS · Louise") is the other party, so no SMS or chat here
_POST_HEAD = regex(
    r"[ \t]*(?:(?i:facebook|instagram|linkedin|x|twitter|tiktok|threads|mastodon)[ \t]*[·•|–-][ \t]*)?"
    r"([A-ZÆØÅÄÖÉ][a-zæøåäöéü]+)(?:[ \t]+[A-ZÆØÅÄÖÉ][\w'’-]+){1,3}(?:[ \t]*\([^)\n]{1,40}\))?"
    r"(?:[ \t]+(?i:delte et opslag|delte et indlæg|delade ett inlägg|delade ett inlägg|shared a post|posted))?[ \t]*\n"
)
_PROFILE_HEAD = regex(r"[ \t]*(?i:profil|profile)[ \t]*:[ \t]*([A-ZÆØÅÄÖÉ][a-zæøåäöéü]+),[ \t]*\d{2}\b")
# seeking a partner: "søger en sød fyr", "söker tjej", "looking for a guy"
_SEEKING = frozenset(["søger", "söker", "looking", "seeking"])
# a personal ad's self-description opening its sentence: "Tjej som söker", "Troende man, 62, ... söker"
_SELF_NOUN = regex(
    r"[ \t]*(?:[A-Za-zæøåäöÆØÅÄÖ]+[ \t]+)?(kvinde|mand|fyr|pige|tjej|kille|kvinna|man|woman|guy|girl|gay man)\b"
    r"(?=[ \t]*,|[ \t]+(?:som|der|who|\d)\b)",
    re.IGNORECASE,
)


def _seeks(text: str, s0: int, group: list[Hit]) -> bool:
    """A personal ad's sentence opening with its seeking ("Søger en sød fyr") or a self-description before it
    ("Tjej som söker tjej")."""
    for h in group:
        if (
            h.tag[2] == "relation"
            and text[h.start : h.end].split()[0].casefold() in _SEEKING
            and (not text[s0 : h.start].strip(" \t\n*-•") or _SELF_NOUN.match(text, s0, h.start) is not None)
        ):
            return True
    return False


def _speaker_above(text: str, at: int) -> str | None:
    """The given name of the nearest chat speaker line ("Priya Raman 09:03") above ``at``, if the lines between
    are the message's own (no other speaker line)."""
    best = None
    for m in _TIMED_SPEAKER.finditer(text, max(0, at - 2000), at):
        best = m
    return best.group(1) if best is not None else None


_CHAT_SPEAKER = regex(
    r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?([A-ZÆØÅÄÖÉ][\w'’-]+)(?:[ \t]+[A-ZÆØÅÄÖÉ][\w'’-]+){0,2}[ \t]*:[ \t]+"
)
# a parent signing by their child: "(Freyas mor)", "(Idas mamma)", "(Emils far)"
_PARENT_SIGN = regex(
    r"\([ \t]*[A-ZÆØÅÄÖÉ][\w-]*(?:s|'|’|'s|’s)[ \t]+"
    r"(mor|mamma|mamman|mother|mum|mom|far|pappa|pappan|father|dad)[ \t]*\)"
)
_MOTHER_WORDS = frozenset(["mor", "mamma", "mamman", "mother", "mum", "mom"])
_SLASH_SIGN = regex(r"(?:^|[ \t\n])[/–—][ \t]*([A-ZÆØÅÄÖÉ][a-zæøåäöéü]+)[ \t.!]*$")
# a year before 1900 after a word that dates or records a life: "døde i 1648", "Bouppteckning 1889", "født 1832"
_LONG_AGO = regex(
    r"\b(?:i|år|in|anno|omkring|around|dog|døde|died|död|født|född|født|born|bouppteckning|folketælling|"
    r"dömdes|dømtes|dømt|dömd|straffades|sentenced|convicted|"
    r"folkräkning|folketelling|kirkebog|kyrkbok|husförhörslängd|census)[ \t]+1[0-8]\d\d\b",
    re.IGNORECASE,
)
_OLD_RECORD = regex(
    r"\b(?:slægtsbog|kirkebog|ministerialbog|skifteprotokol|lægdsrulle|folketælling|kyrkbok|husförhörslängd|"
    r"bouppteckning|folkräkning|mantalslängd|census|parish register)\b[^\n.;]{0,40}?\b1[0-8]\d\d\b",
    re.IGNORECASE,
)
_GLUED_TITLE = regex(r"[^\W\d_][\w-]*[ \t]+(?=\S)")
_CUE_TRAIL = frozenset(":,\"“”'")  # what may stand between a contact cue and the name after it
_LAST_WORD = regex(r"[^\W\d_][\w'’-]*$")
_JOINED = regex(
    r"(?i)\b(?:nye medlem\w*|nya medlem\w*|new members?|meldte? sig ind|meldte? seg inn|gått med i|gick med i|joined)\b"
)
_AFFECTIONATE = regex(
    r"(?im)^[ \t]*(?:knus|kram|kramar|kramer|klem|klemmer|kys|kh|kærlig hilsen|kærlige hilsner|varma hälsningar"
    r"|varm hilsen|varme hilsner|kärlek|love|hugs|lots of love)\b"
)
_HEADING_DASH = regex(r"[ \t]+[–—-][ \t]+[A-ZÆØÅÄÖ]")
# a label and a quoted headline alone on a line: 'Kommentarer til: "Flere unge søger hjælp for angst"'
_QUOTED_TITLE = regex(r"[ \t]*[^\n:\"“”«»]{1,40}:[ \t]*[\"“”«»„][^\n\"“”«»]{3,160}[\"“”«»][ \t]*(?:\n|$)")
# a forum thread's or a post's subject line: "Emne: Gentest i familien – hvad gør I?", "Ämne: Fackavgift avdragsgill?"
_THREAD_TITLE = regex(r"[ \t]*(?i:emne|ämne|tråd|rubrik|overskrift|subject|topic|thread)[ \t]*:[^\n]*\?[ \t]*(?:\n|$)")
_COUNTED_SUBJECT = regex(
    r"[ \t]*(?i:en|ett|et|én|ét|one|to|två|two|tre|three|fire|fyra|four|flere|flera|several|nogle|några)[ \t]+"
    r"(?i:har|er|är|blev|blevet|blivit|var|has|have|was|were|is|are|blir|bliver)\b"
)
# the weak biometric words that name a body or its recognition, not a register or a gate
_BODY_TRAIT = regex(r"ansigt|ansikt|face|genkend|känn|kände|recogni")
# a post's line opening with the writer's feeling, the subject left out: "Stolt over at være valgt ...", "Glad för
# att ...", "Proud to ..."
_FEELING_OPENS = regex(
    r"[ \t]*(?i:stolt|glad|taknemmelig|lykkelig|tacksam|lycklig|proud|happy|grateful|honoured|honored)[ \t]+"
    r"(?i:over|for|för|över|at|att|to|of)\b"
)
_MY_OWN = frozenset(["min", "mit", "mitt", "my"])
# a menu's other options, listed beside a faith's food: "vegetar, halal og glutenfri"
_MENU_OPTION = regex(
    r"(?i)\b(?:vegetar\w*|veggie|vegan\w*|gluten\w*|laktose\w*|laktos\w*|lactose|dairy[- ]free|nøddefri\w*|nötfri\w*"
    r"|nut[- ]free|mælkefri\w*|mjölkfri\w*)"
)
_DIET_TERM = regex(r"svinekød|fläsk|flesk|pork|halal|kosher|koscher")  # food a faith may ask for
_SAINT_BEFORE = regex(r"(?<![\w.])(?:Sct|Skt|St|S:t)\.?[ \t]+$")


def _animal_spans(animals: frozenset[str], lower: str) -> Iterator[tuple[int, int]]:
    """The animal words that are whole words of ``lower`` (the reference for ``ItemText.word_spans``)."""
    for m in _animal_words(animals).finditer(lower):
        a = m.start()
        if a > 0 and _WORD_CHAR.match(lower, a - 1):
            continue  # inside a word ("kathrine", "skat")
        yield m.span()


@cache
def _animal_words(animals: frozenset[str]) -> re.Pattern[str]:
    """The animal words ending a word of lower-cased text (a trie with no look-behind: the engine skips to
    their first letters; the caller checks the character before)."""
    return re.compile("(?:" + trie_regex(sorted(animals)) + ")(?!\\w)")


_WORD_CHAR = regex(r"\w")
_NAME_BEFORE_BRACKET = regex(r"([A-ZÆØÅÄÖ][\w'’-]+)[ \t]*$")
_NAME_AFTER = regex(r"[ \t]+([A-ZÆØÅÄÖ][\w'’-]+)")


@cache
def _genders() -> dict[str, str]:
    """First name -> "f" / "m" (recognizers/gendered_first_names.tsv, from Faker's lists)."""
    table: dict[str, str] = {}
    extra = _name_rows("extra_first_names.tsv")
    for name, gender in _name_rows("gendered_first_names.tsv") + extra:
        if gender in ("f", "m"):
            table.setdefault(name, gender)
    # a name given to both boys and girls ("Kim", "Robin", "Alex") tells no gender, whatever one list says
    for name, gender in extra:
        if gender == "-":
            table.pop(name, None)
    return table


def _name_rows(file: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    with open(data_dir("recognizers") / file, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            name, gender = line.rstrip("\n").split("\t")[:2]
            rows.append((name, gender))
    return rows


@cache
def _first_names() -> frozenset[str]:
    from pii_scanner.detect.ner.lexicon import load_lexicon

    return load_lexicon().first | {name.casefold() for name, _ in _name_rows("extra_first_names.tsv")}


@cache
def _greeting_words() -> frozenset[str]:
    from pii_scanner.detect.ner.lexicon import load_lexicon

    lex = load_lexicon()
    return frozenset(w.casefold() for phrase in (*lex.salutations, *lex.signatures) for w in phrase.split())


@cache
def _last_names() -> frozenset[str]:
    from pii_scanner.detect.ner.lexicon import load_lexicon

    return load_lexicon().last


def _is_name_word(word: str) -> bool:
    from pii_scanner.detect.ner.lexicon import load_lexicon

    lex = load_lexicon()
    return word[:1].isupper() and (word.casefold() in lex.first or word.casefold() in lex.last)


@cache
def _fallback_names() -> NameFinder:
    from pii_scanner.detect.ner.fallback import FallbackNameFinder

    return FallbackNameFinder().find


def _tagged(spec: dict[str, Any] | None, tag: tuple[str, ...]) -> list[tuple[tuple[str, ...], str]]:
    return [(tag, str(term)) for words in (spec or {}).values() for term in words or ()]


def load_special_categories(folder: str | None = None) -> SpecialCategories:
    """The special-category tables of ``folder`` (None: the shipped ones), built once per process: asked
    with or without ``None`` they are the same tables (the cache keys ``f()`` and ``f(None)`` apart)."""
    return _load_special_categories(folder)


@cache
def _load_special_categories(folder: str | None) -> SpecialCategories:
    data = load_yaml("special_categories.yaml", folder)
    tagged = category_tagged(folder)
    unknown = {c for c in data["categories"]} - set(CATEGORIES)
    if unknown:
        raise ValueError(f"special_categories.yaml: unknown categories {sorted(unknown)}")
    person = data["person"]
    cues = (
        _tagged(person["first_person"], ("first",))
        + _tagged(person["third_person"], ("third",))
        + _tagged(person["roles"], ("role",))
        + _tagged(data["suppressors"]["soft"], ("soft",))
        + _tagged(data["suppressors"]["hard"], ("hard",))
        + _tagged(data["suppressors"].get("errand"), ("errand",))
        + _tagged(data["suppressors"].get("hypothetical"), ("hypothetical",))
        + _tagged(data["suppressors"].get("hearsay"), ("hearsay",))
        + _tagged(data["suppressors"].get("withheld"), ("withheld",))
        + _tagged(data["suppressors"].get("asked"), ("asked",))
        + _tagged(data["suppressors"].get("request"), ("request",))
        + _tagged(data["suppressors"].get("clean"), ("clean",))
        + _tagged(person.get("title_lists"), ("title_list",))
        + _tagged(data["suppressors"].get("reported"), ("reported",))
        + _tagged(data["suppressors"].get("accused"), ("accused",))
        + _tagged(data["suppressors"].get("diet"), ("diet",))
        + _tagged(data["suppressors"].get("fault"), ("fault",))
        + _tagged(data["suppressors"].get("escort"), ("escort",))
        + _tagged(data["suppressors"].get("death"), ("death",))
        + _tagged(person.get("relatives"), ("relative",))
        + _tagged(person.get("member_lists"), ("member_list",))
        + _tagged(data.get("inherited"), ("inherit",))
        + _tagged(data.get("carriers"), ("carrier",))
        + _tagged(person.get("titles"), ("title",))
        + _tagged(person.get("second_person"), ("second",))
    )
    return SpecialCategories(
        TermSet.build(tagged),
        {k: float(v) for k, v in data["strength"].items()},
        {k: float(v) for k, v in data["anchors"].items()},
        float(data["threshold"]),
        int(data.get("max_evidence", 3)),
        frozenset(str(w).casefold() for w in data.get("generic_heads") or ()),
        TermSet.build(cues),
        frozenset(str(w).casefold() for w in person.get("company") or ()),
        frozenset(str(w).casefold() for w in person.get("not_names") or ()),
        {k: frozenset(str(w).lower() for w in v or ()) for k, v in (data.get("relations") or {}).items()},
        _party_pattern(data.get("party_abbreviations") or {}),
        frozenset(str(w).lower() for w in person.get("function_mailboxes") or ()),
        frozenset(str(c) for c in data.get("greeting_categories") or ()),
        _cue_pattern(person.get("contact_cues") or {}),
        frozenset(str(c) for c in data.get("organisation_categories") or ()),
        _leads_by_last_word(data.get("topic_leads") or {}),
        tuple(sorted({len(h) for h in data.get("generic_heads") or () if len(str(h)) >= 4})),
        *_tails(data.get("compound_tails") or {}),
        letter_heads=frozenset(str(w).casefold() for w in person.get("letter_heads") or ()),
        thing_heads=frozenset(str(w).casefold() for w in data.get("thing_heads") or ()),
        animals=frozenset(str(w).casefold() for w in data.get("animals") or ()),
        contact_cue_reversed=_cue_reversed(person.get("contact_cues") or {}),
        place_terms=frozenset(str(t) for t in data.get("origin_needs_place") or ()),
        places=_places(data["categories"].get("ethnic_origin") or {})
        | frozenset(str(p) for p in data.get("origin_places") or ()),
        skill_languages=frozenset(str(w).casefold() for w in data.get("skill_languages") or ()),
        party_letters=frozenset(str(w) for ws in (data.get("party_abbreviations") or {}).values() for w in ws or ()),
        faq_head=_faq_head(data.get("faq", {}).get("heads") or ()),
        faq_label=_faq_label(data.get("faq", {}).get("labels") or ()),
        devices=frozenset(str(w).casefold() for w in data.get("personal_devices") or ()),
        vocative=_vocative([str(w) for ws in (person.get("vocative_heads") or {}).values() for w in ws or ()]),
        offices=frozenset(str(t).casefold() for ts in (data.get("offices") or {}).values() for t in ts or ()),
        event_heads=frozenset(str(w).casefold() for w in data.get("event_heads") or ()),
    )


def _vocative(heads: list[str]) -> re.Pattern[str] | None:
    """A sentence that opens with a thanks or congratulation and ends with ", Name Name." or "!": the name
    is addressed."""
    words = sorted({str(h).casefold() for h in heads}, key=lambda h: (-len(h), h))
    if not words:
        return None
    alternation = "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in words)
    return re.compile(
        r"(?:^|(?<=[.!?\n])[ \t]*)(?i:" + alternation + r")\b[^.!?\n]{0,80}?,[ \t]*"
        r"(?P<name>[A-ZÆØÅÄÖÉ][\w'’-]+(?:[ \t]+[A-ZÆØÅÄÖÉ][\w'’-]+){1,2})[ \t]*[.!]",
        re.MULTILINE,
    )


def _faq_head(words: Sequence[str]) -> re.Pattern[str] | None:
    """The item's first line names questions: "Vanliga frågor", "Fackliga frågor: ...", "FAQ"."""
    if not words:
        return None
    alternation = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?i)\s*[^\n:?]{0,40}?\b(?:" + alternation + r")[ \t]*(?::|\n|$)")


def _faq_label(words: Sequence[str]) -> re.Pattern[str] | None:
    """A line opening with a question's label: "Fråga:", "Spørgsmål:", "Q:"."""
    if not words:
        return None
    alternation = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?im)^[ \t]*(?:" + alternation + r")[ \t]*:")


def _places(spec: dict[str, dict[str, list[str]]]) -> frozenset[str]:
    """The case-sensitive capitalised words of the ethnic_origin terms ("født i ~ =Somalia"): places abroad."""
    return frozenset(
        word[1:].rstrip("*")
        for strength, by_lang in spec.items()
        if strength != _IDIOM
        for words in by_lang.values()
        for term in words or ()
        for word in str(term).split()
        if word.startswith("=") and word[1:2].isupper()
    )


def _tails(by_category: dict[str, list[str]]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    tags = {str(t).lower(): str(c) for c, tails in by_category.items() for t in tails or ()}
    if not tags:
        return None, {}
    alternatives = "|".join(map(re.escape, sorted(tags, key=lambda t: (-len(t), t))))
    return re.compile(r"(?<=[^\W\d_])(?:" + alternatives + r")(?!\w)", re.IGNORECASE), tags


_LETTER = regex(r"[^\W\d_]")
# Characters that case-insensitive matching folds onto "i" and "s" although lower() keeps them apart.
_EXTRA_FOLDS = ("\u0131", "\u017f")  # dotless i, long s


def _tail_spans(pattern: re.Pattern[str], tails: tuple[str, ...], text: str | ItemText) -> Iterator[tuple[int, int]]:
    """The spans ``pattern`` (the tails after a letter, case-insensitive) finds in ``text``.

    The same matches, found fast: on the lower-cased text a trie of the tails without IGNORECASE lets the
    regex engine skip to the tails' first letters, and the letter before is checked here; the
    case-insensitive pattern with its look-behind tries its whole alternation at every position (about
    1 s per MB). The two characters that IGNORECASE folds beyond lower() (dotless i, long s: a Turkish
    name such as "Yıldız" anywhere in a dense text) are folded onto "i" and "s" first, one character for
    one. Text whose lower-cased form has another length ("İ") takes the pattern itself. A match is the
    end of a word that ends with a tail, so a text none of whose distinct words does (most texts: the
    words are already known from the item's term scan) needs no regex pass at all.
    """
    prepared = text if isinstance(text, ItemText) else ItemText(text)
    text = prepared.text
    lower = prepared.lower
    fast = _tail_trie(tails)
    if fast is None or len(lower) != len(text):
        for whole in pattern.finditer(text):
            yield whole.span()
        return
    # (the word pass knows whether the text holds a character that folds beyond lower(): then no look for one)
    folds = not prepared.plain and any(ch in text for ch in _EXTRA_FOLDS)
    if folds:
        lower = lower.replace("\u0131", "i").replace("\u017f", "s")  # one character for one
    elif _word_tails(tails) and not prepared.ends_with_any(tails):
        return
    pos = 0
    while (m := fast.search(lower, pos)) is not None:
        at = m.start()
        if at > 0 and _LETTER.match(lower, at - 1):
            yield at, m.end()
            pos = m.end()
        else:
            pos = at + 1  # no letter before: the look-behind form goes on at the next position


@cache
def _word_tails(tails: tuple[str, ...]) -> bool:
    """Every tail is a run of word characters (then a match is the end of one word of the text)."""
    return all(_WHOLE_WORD.fullmatch(t) for t in tails)


_WHOLE_WORD = regex(r"\w+")


@cache
def _tail_trie(tails: tuple[str, ...]) -> re.Pattern[str] | None:
    """The tails as one trie regex on lower-case text, or None when a tail has a character whose
    case-insensitive matching is not lower() equality (then the case-insensitive pattern is used)."""
    plain = all(ch.lower() == ch and ch < "\u0345" and ch not in "\u00b5\u0131\u017f" for t in tails for ch in t)
    if not tails or not plain:
        return None
    return re.compile("(?:" + trie_regex(tails) + r")(?!\w)")


def _leads_by_last_word(by_lang: dict[str, list[str]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for lead in {tuple(str(x).casefold().split()) for v in by_lang.values() for x in v or ()}:
        if lead:
            out.setdefault(lead[-1], []).append(lead)
    return {k: tuple(v) for k, v in out.items()}


def _cue_reversed(by_lang: dict[str, list[str]]) -> re.Pattern[str] | None:
    """``_cue_pattern``'s phrases written backwards, on the reversed text: a match at a position is a
    phrase ending there in the text, not preceded by a word character."""
    cues = {str(c).lower() for v in by_lang.values() for c in v or ()}
    if not cues:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(w[::-1]) for w in reversed(c.split())) for c in sorted(cues))
    return configured(r"(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


def _cue_pattern(by_lang: dict[str, list[str]]) -> re.Pattern[str] | None:
    """Any of the phrases at the end of a piece of text (then ":" or "," or spaces)."""
    cues = sorted({str(c).lower() for v in by_lang.values() for c in v or ()}, key=lambda c: (-len(c), c))
    if not cues:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, c.split())) for c in cues)
    return configured(r"(?<!\w)(?:" + alternatives + r")[\s:,\"“”']+$", re.IGNORECASE)


def _party_pattern(by_lang: dict[str, list[str]]) -> re.Pattern[str] | None:
    letters = sorted({str(a) for v in by_lang.values() for a in v or ()}, key=lambda a: (-len(a), a))
    if not letters:
        return None
    # Starts with a literal "(": the regex engine skips to each "(" in C (a look-behind first would
    # make it try every position of the text).
    return re.compile(r"\((?:" + "|".join(map(re.escape, letters)) + r")\)")


_WORD_OR_DOT = regex(r"[\w.]")


def _party_hits(pattern: re.Pattern[str], text: str) -> list[Hit]:
    """The matches of ``(?<=[\\w.])[ \\t]?`` + ``pattern``: the bracket right after a word or full stop,
    or after one space or tab that follows one ("Mette Frederiksen (S)", "Løkke(V)")."""
    out: list[Hit] = []
    for m in pattern.finditer(text):
        at = m.start()
        if at >= 2 and text[at - 1] in " \t" and _WORD_OR_DOT.match(text, at - 2):
            out.append(Hit(_PARTY, _PARTY_TERM, at - 1, m.end()))
        elif at >= 1 and _WORD_OR_DOT.match(text, at - 1):
            out.append(Hit(_PARTY, _PARTY_TERM, at, m.end()))
    return out


def category_tagged(folder: str | None = None) -> list[tuple[tuple[str, ...], str]]:
    """The category terms with their tags, for a combined one-pass scan with other lexicons; the one-word entries the
    YAML's ``inflect`` section names are written "halsfluss+" (the word or its inflected forms, see terms.py)."""
    data = load_yaml("special_categories.yaml", folder)
    inflecting = _inflecting(data)
    tagged: list[tuple[tuple[str, ...], str]] = [
        (
            (CATEGORY_TAG, category, strength),
            _inflected(str(term)) if (category, strength, lang) in inflecting else str(term),
        )
        for category, spec in data["categories"].items()
        for strength, by_lang in spec.items()
        for lang, words in by_lang.items()
        for term in words or ()
    ]
    # "Elektrikerförbundets styrelse", "Kommunals a-kassa": an organisation's one-word name in the Scandinavian
    # genitive (an "s" with no apostrophe) is the name
    genitives: list[tuple[tuple[str, ...], str]] = [
        ((CATEGORY_TAG, category, strength), str(term) + "s")
        for category, spec in data["categories"].items()
        if category in _NAMED_ORGANISATIONS
        for strength, by_lang in spec.items()
        for lang, words in by_lang.items()
        if lang in ("da", "sv", "nb")
        for term in words or ()
        if _genitive_name(str(term))
    ]
    return tagged + genitives


def _genitive_name(term: str) -> bool:
    """ "=Elektrikerförbundet": a capitalised one-word name taken exactly, not already ending as a genitive does."""
    name = term[1:]
    return term.startswith("=") and name.isalpha() and name[:1].isupper() and not name.endswith(("s", "x", "z"))


def _inflecting(data: dict[str, Any]) -> set[tuple[str, str, str]]:
    """(category, strength, language) whose one-word entries also match their definite and plural forms
    ("halsfluss" -> "halsflussen", "feber" -> "febern"): Danish and Swedish nouns take their article as an ending, and
    writing every form into the lexicon by hand left most of them out."""
    spec = data.get("inflect") or {}
    return {
        (str(c), str(s), str(lang))
        for c in spec.get("categories") or ()
        for s in spec.get("strengths") or ()
        for lang in spec.get("langs") or ()
    }


def _inflected(term: str) -> str:
    """ "halsfluss" -> "halsfluss+" for a plain word of at least five letters (no "*", "=", phrase or digit)."""
    return term + "+" if len(term) >= _INFLECT_MIN and term.isalpha() else term
