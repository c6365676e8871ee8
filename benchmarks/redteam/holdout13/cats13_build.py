"""Build the v13 categories hold-out: ``python -m benchmarks.redteam.holdout13.cats13_build``.

Writes benchmarks/data/redteam/holdout13/categories.jsonl. Hand-written documents come from the banks
``cats13_hand_da.py``, ``cats13_hand_sv.py`` and ``cats13_hand_en.py`` (``=== family lang`` starts a document,
markup in ``cats13_markup.py``; a ``{{A||B}}`` minimal pair gives two documents); generated ones from
``cats13_gen.py``. Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rules (written before any scoring): the v4-v12 rules of benchmarks/data/redteam/README.md and of
``holdout11/cats11_build.py`` and ``holdout12/cats12_build.py`` (1-82) apply unchanged. A label marks the sentence
(or form line) revealing an art. 9/10 category about an identifiable living person; scoring is per document.
Additions, arguable calls marked:

83. Things a named person lost or had stolen reveal a category when they say it by themselves: an insulin pen and
    sensors "til min diabetes", a CPAP machine "for min sömnapné", an EpiPen card for a peanut allergy, a prayer rug
    with a Quran and prayer beads in a named bag (religion, arguable: a gift or a souvenir would read the same);
    beer, tyres, headphones and a gym card are negatives.
84. A fundraiser for a named person's own treatment is health; the same person raising money for a charity by
    cycling is a negative (rule 13: a gift reveals nothing).
85. An agony-aunt letter signed with a first name and a town ("Sofie, Næstved", "Oskar, 29") is about an
    identifiable person (arguable: columns are often anonymised; the sets have always counted a first name with
    context).
86. A prison-visit booking naming the inmate is criminal_records about the inmate, not about the visitor; a named
    employee of the prison or probation service is a negative (a job, rule 4).
87. A whistleblower report that states a named colleague's conviction is criminal_records; a report of parking in
    the wrong place or ordering lunch on the firm's account is a negative (no offence stated).
88. Special exam arrangements stating dyslexia or autism are health; the same arrangement for a sports event is not.
89. Written funeral wishes of a living person (a Muslim or a Jewish burial, kaddish) are religion about the writer;
    a quiet cremation with Kim Larsen or Evert Taube is a negative (rule 69 covers the dead, these writers live).
90. A fertility clinic writing to two women about their pregnancy after donor insemination is sexual_orientation
    AND health; two men matched with a surrogacy agency after their wedding is sexual_orientation (arguable:
    surrogacy itself is not health of either man).
91. An immunisation note that gives the reason for withholding live vaccines (HIV treatment, chemotherapy for
    leukaemia) is health; a yellow-fever or hepatitis A dose for travel is a negative (arguable: a vaccination is
    a health-care event, but it reveals no condition; the earlier sets never labelled flu shots either).
92. A pass application receipt saying that a named applicant's fingerprints and facial image were taken is
    biometric (arguable: every applicant gives them; the receipt is about this person); a paid fee is not.
93. A yearbook blurb or a portrait under a named heading is about the person named in the heading.
94. A wikipedia-style biography of a living politician with a party is political_opinion (rule 76).
95. A horoscope, a crossword clue, a package leaflet, a TV listing, a museum label and a statute of a housing
    association that forbids processing health or religion data are negatives, whatever category words they use.
96. In a generated HR note, claim, hotel booking, chat or yearbook blurb the focus line is about the one person the
    document names (the employee, the insured, the guest, the customer, the student), whatever the fit of name and
    content (as rules 53, 68 and 81).
97. A chat handle on a server the writer belongs to ("kasperbo", "bjornfrost") identifies the writer (arguable, as
    an @mention in rule 1); a talk announced by its speaker's job ("med psykiater ...") reveals nothing about them.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build
from benchmarks.redteam.holdout13 import cats13_gen, cats13_hand_da, cats13_hand_en, cats13_hand_sv

DEFAULT_SEED = 13909
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout13" / "categories.jsonl"
BANKS = (cats13_hand_da.BANK, cats13_hand_sv.BANK, cats13_hand_en.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v13's banks, generator and ids."""
    return cats10_build.build(seed, banks=BANKS, generate=cats13_gen.generate, prefix="c13")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
