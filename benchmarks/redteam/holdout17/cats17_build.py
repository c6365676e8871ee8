"""Build the v17 categories hold-out: ``python -m benchmarks.redteam.holdout17.cats17_build``.

Writes benchmarks/data/redteam/holdout17/categories.jsonl. Hand-written documents come from the banks
``cats17_hand_da.py``, ``cats17_hand_sv.py`` and ``cats17_hand_en.py`` (``=== family lang`` starts a document,
markup in ``cats17_markup.py``; a ``{{A||B}}`` minimal pair gives two documents); generated ones from
``cats17_gen.py``. Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rules (written before any scoring): the v4-v16 rules of benchmarks/data/redteam/README.md and of
``holdout11/cats11_build.py`` to ``holdout16/cats16_build.py`` (1-125) apply unchanged; rule 119 (a politician
named with the party elected for, a priest of a named church, is labelled although it is their public role; a
public figure's public act touching no category is a negative) is kept as it stands. A label marks the sentence
(or record line, or clause) revealing an art. 9/10 category about an identifiable LIVING person; scoring is per
document. Additions for v17 (text written by professionals and about people: health and social-care records,
legal text, HR casework, insurance and pension claims, research, journalism and obituaries, social media,
cross-border Nordic text, business mail), arguable calls marked:

126. Records by professionals (journal notes, referrals, discharge letters, home-care logs, midwives' and school
     psychologists' notes) are labelled on the sentence or line that states the diagnosis, treatment, symptom or
     care need. An administrative line in the same kind of record (an address change, a moved appointment, a
     lost bag, coffee with the visitor, a taxi waiting) is a negative: being listed with a practice, ward or
     home-care team reveals no category by itself (arguable: the record's existence hints at care).
127. Legal text: a named defendant, suspect, convicted person or person under probation or supervision is
     criminal_records; a court record of a civil case (a boundary, a rent, a settlement, an estate), a witness, a
     victim and a report against unknown offenders are negatives. A fingerprint or face match that names a suspect
     is biometric and criminal_records; a match that names nobody is a negative.
128. HR casework: a sick-leave follow-up naming the illness is health; bare sick leave with no illness named is
     not used in this set (whether it is health data is left open); leave for studies, parental leave, time off
     in lieu, a late arrival and a negation ("er ikke syg") are negatives. A union role at the table (shop steward, safety
     representative, convenor "for 3F") is trade_union; the same person at the table for the employer is not.
129. Research: a participant list naming a person with a diagnosis is health; a transcript or note that names the
     participant only by a code ("deltager 7", "IP 12") is a negative (arguable: pseudonymised data is personal
     data to the key holder, but the text identifies nobody); an ethics application describing a planned
     population with no participant is a negative.
130. Obituaries and death notices: the deceased is not a living person, so their illness, faith or union is a
     negative; a sentence revealing a category about a LIVING survivor named in the notice (a son in dialysis, a
     husband of the same sex, a daughter who is a priest) is labelled.
131. Social media: a post or comment under a full display name, or a profile naming the person, is identifiable;
     an anonymous handle asking a generic question ("asking for a friend", "for a school project") is a negative.
132. Cross-border text: a Danish text about a Swedish person or the reverse is labelled as any other; the
     document's language is the language it is written in.
133. A disability or sickness pension applied for because of a named illness is health; moving a pension or
     adding an employer's certificate is not. A genetic test result about the person (a carrier state, a
     paternity DNA analysis, a familial variant) is genetic; with the disease it causes stated as the person's
     own, also health.
134. Policies, statistics, job ads for clinics and treatment centres, ministers visiting hospitals and
     collective agreements stay negatives (rule 123); so do fastings, faiths and illnesses of invented persons'
     planned study populations.
135. Generated layouts (a home-care visit log, an HR case file, an insurance claim note, a research participant
     sheet, a legal-aid intake): the header names the person and is not a label; the focus line decides.
     Look-alike lines reuse the revealing words without revealing (a coverage question, a key fob, declining to
     say whether one is in a union, a church pew bought at auction, coffee at an election meeting, a witness, a
     grandchild's christening).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build
from benchmarks.redteam.holdout17 import cats17_gen, cats17_hand_da, cats17_hand_en, cats17_hand_sv

DEFAULT_SEED = 17909
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout17" / "categories.jsonl"
BANKS = (cats17_hand_da.BANK, cats17_hand_sv.BANK, cats17_hand_en.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v17's banks, generator and ids."""
    return cats10_build.build(seed, banks=BANKS, generate=cats17_gen.generate, prefix="c17")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
