"""Build the v11 categories hold-out: ``python -m benchmarks.redteam.holdout11.cats11_build``.

Writes benchmarks/data/redteam/holdout11/categories.jsonl. Hand-written documents come from the banks
``cats11_hand_da.py`` and ``cats11_hand_sv.py`` (``=== family lang`` starts a document, markup in
``cats11_markup.py``; a ``{{A||B}}`` minimal pair gives two documents); generated ones from ``cats11_gen.py``.
Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rules (written before any scoring): the v4-v10 rules of benchmarks/data/redteam/README.md (1-54) apply
unchanged. A label marks the sentence revealing an art. 9/10 category about an identifiable living person (named,
identified by an identifier, e-mail or @mention, the writer about themself or their own child, or a person identified
through them); scoring is per document. Additions, with the arguable calls marked:

55. A tick-box answer "[X] Ja – ..." under a category question on a form that names the person is labelled (the
    question and the answer line together); "[X] Nej" is a negative (arguable: a ticked "no" to "previously
    convicted?" or "union member?" still says something; the earlier sets never labelled a clean record either).
56. A negation that gives a non-category reason ("Jeg er ikke syg – jeg har afspadsering") and a clean record
    extract ("Ingen anmærkninger", "Inga uppgifter finns registrerade") are negatives.
57. A signature line naming the writer's union office ("Fællestillidsrepræsentant for FOA", "Huvudskyddsombud,
    Vision") is trade_union; a priest's or vicar's signature is a job, not religion.
58. A firm carrying a person's surname (Skafte-Holm Transport A/S, Östberg-Nilssons Transport AB) fined or sanctioned
    is a negative; the same haulier convicted as a named person is criminal_records.
59. A group ("mange af vores kolleger holder eid", statistics per department) and a hypothetical ("Hvis du bliver
    syg", "Om du blir sjuk") are negatives; a named colleague's leave for Eid or Orthodox Easter is religion.
60. Yazidi and Assyrian in the Syriac Orthodox church said of a named pupil are religion AND ethnic_origin
    (arguable); Hazara, Pashtun, Feyli Kurd, Inuk, Sami, Tornedalian are ethnic_origin; "somalier" with the
    language spoken is ethnic_origin (arguable: it can be read as nationality).
61. Asylum granted for a named person's political activity (a movement, an opposition party) is political_opinion;
    a residence or work permit is not. A grandparent's past candidacy and leafleting for a party in a birthday
    speech by a named grandchild is political_opinion (identified through the writer).
62. A court-ordered psychiatric treatment for threats and contract care for alcohol dependence after drunk driving
    are criminal_records AND health; an ankle tag while serving a sentence at home is criminal_records.
63. Pregnancy and a miscarriage told by the writer, dyslexia, ADHD, coeliac disease and a hearing loss of a named
    person are health; a vegetarian child, glasses and a new headset are not.
64. A child enrolled in paying by face or palm scan at a school café is biometric about the child; a wristband or
    card is not. A fingerprint or iris enrolled to open a door or clock in is biometric.
65. A paternity result and a DNA-genealogy half-brother are genetic only; an inherited disease confirmed by a gene
    test (angioedema, long QT, Huntington) is genetic AND health.
66. "Torben og hans mand", "Petra och hennes fru" in a family SMS are sexual_orientation about the named first name;
    an opposite-sex partner is not labelled. Coming out as lesbian, gay or bisexual is labelled.
67. Idioms ("sindssyg god, helt afhængig", "sjukt god, helt beroende") and first names that are faith words
    (Christian, Muhammad, Kristian, Mohammed) are negatives; a charity run for a cancer fund names no patient.
68. In generated minutes and case notes the sentence is about the person listed first ("Til stede: NAME, ...",
    "medarbejder: NAME"), whatever the fit of name and content (as v10 rule 53).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build
from benchmarks.redteam.holdout11 import cats11_gen, cats11_hand_da, cats11_hand_sv

DEFAULT_SEED = 11909
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout11" / "categories.jsonl"
BANKS = (cats11_hand_da.BANK, cats11_hand_sv.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v11's banks, generator and ids."""
    return cats10_build.build(seed, banks=BANKS, generate=cats11_gen.generate, prefix="c11")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
