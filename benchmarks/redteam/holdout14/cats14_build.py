"""Build the v14 categories hold-out: ``python -m benchmarks.redteam.holdout14.cats14_build``.

Writes benchmarks/data/redteam/holdout14/categories.jsonl. Hand-written documents come from the banks
``cats14_hand_da.py``, ``cats14_hand_sv.py`` and ``cats14_hand_en.py`` (``=== family lang`` starts a document,
markup in ``cats14_markup.py``; a ``{{A||B}}`` minimal pair gives two documents); generated ones from
``cats14_gen.py``. Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rules (written before any scoring): the v4-v13 rules of benchmarks/data/redteam/README.md and of
``holdout11/cats11_build.py`` to ``holdout13/cats13_build.py`` (1-97) apply unchanged. A label marks the sentence
(or form line, or chat line) revealing an art. 9/10 category about an identifiable living person; scoring is per
document. Additions, arguable calls marked:

98.  A sick-leave message, an absence form or a roster note that names the illness (stress, a slipped disc,
     pneumonia, appendicitis) is health about the sender; one that says only "sick", "not sick, just tired" or
     gives a child's day-care start is a negative. Pregnancy stated by the pregnant person is health (arguable:
     the earlier sets labelled it only with a complication; here it comes with a lifting restriction).
99.  A union office held or a union fee deducted (tillidsrepræsentant, skyddsombud, klubbordförande, kontingent
     via lønnen, "my union, 3F, is sending a caseworker") is trade_union about that person; a staff club, a
     canteen committee, a union's own newsletter, job ad or standard reply, and "I am not a member of any union"
     are negatives.
100. A named person's relative named only by kinship ("din far", "din mamma", "min datter") is identifiable
     through the named person (arguable: the relative's own name is not given); an unnamed caller whom the firm
     could not find, and "someone in the stairwell", are not identifiable.
101. An absence or a meeting held for a religious reason (Friday prayer, Yom Kippur, sabbath, Eid, hajj, not
     decorating for Christmas as a Jehovah's Witness) is religion; the same absence for a child's match, a car
     inspection or a weekend shift is a negative, and a hospital chaplain's or mosque board's job or accounts
     reveal nothing about a person (rule 4: a job).
102. A criminal-record extract stating a conviction, a charge (tiltalt, åtalad), a sentence served or served
     with an ankle tag, parole and supervision are criminal_records; a clean extract, being called as a lay judge,
     a job in the prison service and a law firm's specialisation are negatives.
103. A same-sex spouse or partner stated with the person's own gender known from the text (an explicit "hun og
     hendes kone", "min fru Hanna" by a woman, "jeg og min kæreste Mads" by Villads) is sexual_orientation;
     "min kæreste" with no gender, and a wedding where the writer is a witness, are negatives (arguable: first
     names are taken at face value for gender, as in rule 90). Two women going to an information meeting at a
     fertility clinic is sexual_orientation only, not health (arguable: no treatment or pregnancy is stated).
104. Access-log lines and onboarding checklists that record an iris scan, a palm scan, a fingerprint or a face
     template for a named employee are biometric; a key card or badge in the same line is a negative. A bank
     chat that a face or fingerprint template was deleted and must be registered again is biometric about the
     customer (arguable: the template is the bank's, the face the customer's).
105. A stated ethnic or indigenous origin (Roma, Sami, Greenlandic, Tornedalian, Kurdish, Assyrian, Māori) is
     ethnic_origin; having moved from a country, a dialect or accent, a grandmother who came in 1956, and a
     supplier in Iran are negatives (nationality and migration are not ethnic origin, as before).
106. Standing for, being elected for, handing out leaflets for or leaving a party is political_opinion; a
     debate meeting inviting all parties, election-poster permits and "I always vote but never say what" are
     negatives.
107. A gene test result stating a carried variant or an inherited disease (BRCA1, Lynch, MLH1, Fragile X,
     Duchenne, Huntington, hereditary ALS) is genetic, also health when it states a disease the person has;
     "health+genetic" marks both on one sentence.
108. In a generated absence form, minutes item, one-to-one note, case note, CRM note or pasted chat the focus line
     is about the one person the document names (as rule 96); pronouns and "{first}" refer to that person.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build
from benchmarks.redteam.holdout14 import cats14_gen, cats14_hand_da, cats14_hand_en, cats14_hand_sv

DEFAULT_SEED = 14909
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout14" / "categories.jsonl"
BANKS = (cats14_hand_da.BANK, cats14_hand_sv.BANK, cats14_hand_en.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v14's banks, generator and ids."""
    return cats10_build.build(seed, banks=BANKS, generate=cats14_gen.generate, prefix="c14")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
