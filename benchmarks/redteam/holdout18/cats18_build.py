"""Build the v18 categories hold-out: ``python -m benchmarks.redteam.holdout18.cats18_build``.

Writes benchmarks/data/redteam/holdout18/categories.jsonl. Hand-written documents come from the banks
``cats18_hand_da.py``, ``cats18_hand_sv.py`` and ``cats18_hand_en.py`` (English, German and Polish text written
in Danish and Swedish workplaces; ``=== family lang`` starts a document, markup in ``cats18_markup.py``; a
``{{A||B}}`` minimal pair gives two documents); generated ones from ``cats18_gen.py``. Rerunning with the default
seed reproduces the committed file byte for byte.

Labelling rules (written before any scoring): the v4-v17 rules of benchmarks/data/redteam/README.md and of
``holdout11/cats11_build.py`` to ``holdout17/cats17_build.py`` (1-135) apply unchanged; rule 119 (a politician
named with the party elected for, a priest of a named church, is labelled although it is their public role; a
public figure's public act touching no category is a negative) is kept as it stands. A label marks the sentence
(or record line, or clause) revealing an art. 9/10 category about an identifiable LIVING person; scoring is per
document. Additions for v18 (text as it sits in a mailbox, personal papers kept at work, school and day-care,
associations, municipal decisions about a named citizen, buying and selling, foreign-language text written in
Danish and Swedish workplaces), arguable calls marked:

136. Mail threads and forwards: a category revealed in a quoted reply or a forwarded message is labelled on that
     sentence, whoever wrote it and whoever forwards it; the quote marker ("> ") stays outside the label. A
     category revealed about a named third person (a husband, a father of a child, a colleague) is labelled like
     one about the writer. Header-like lines ("skrev:", "Afsender:") are never labels.
137. Auto-replies and absence notes: an auto-reply naming an illness, treatment or addiction is health. Bare sick
     leave with no illness named is not used in this set (as in v17, left open); holiday, parental leave, a
     course or a stranded flight are negatives.
138. Calendar entries: an entry that names a treatment or a condition (chemotherapy, dialysis, an eating
     disorder clinic, an AA meeting) in a named person's calendar is health; a routine check-up ("Lægetjek",
     "Hälsokontroll", dental cleaning) reveals no condition and is a negative (arguable: it says the person sees a
     doctor). A prayer entry (Jumu'ah) is religion.
139. Personal papers kept at work: a CV, application, reference, invitation, condolence or leave request is
     labelled on the sentence revealing the category about its living subject. A wedding, a partner or a birthday party
     of two men or two women is sexual_orientation (arguable: bisexual partners are possible; the set follows the
     plain reading); an opposite-sex partner is a negative (arguable: it implies an orientation too); a confirmation or bar mitzvah is religion of the one confirmed; a deceased parent's illness in a
     condolence is a negative (rule 130), the living addressee's is labelled.
140. Criminal-record certificates (børneattest, straffeattest, utdrag ur belastningsregistret, Führungszeugnis):
     a certificate with an entry (a conviction, a suspended sentence) is criminal_records; a clean certificate
     ("ingen anmærkninger", "inga noteringar", "ren", "keine Eintragungen") is a negative (arguable: the lookup is
     itself art. 10 processing, but the text reveals no conviction). Serving a sentence (benefits paid to a prison
     address, parole with reporting duty) is criminal_records.
141. Payslips: a union dues deduction naming the union is trade_union; an unemployment fund (a-kasse, a-kassa)
     alone, a staff association, a canteen and a burial fee (begravningsavgift) are negatives (arguable: most
     fund members are union members). Church tax (kirkeskat) and the Church of Sweden fee (kyrkoavgift) state
     membership of a church and are religion (arguable: membership by default, not necessarily faith).
142. Member and attendance lists: a line naming members of a patient association as having the disease, of a
     party, of a congregation or of a sports club's disability team with the disability is labelled on that line;
     the same names as coaches, referees, tenants, volunteers from the municipality or supporting members are
     negatives. A board list of a kayak club is a negative.
143. Municipal decisions about a named citizen: a decision that states the illness or disability behind an aid,
     or a parent's addiction in a child-welfare case, is health; housing benefit, payment dates and conditions of
     storage are negatives.
144. Buying and selling: a pharmacy order naming a prescription drug for a named customer is health (sertraline,
     lamotrigine, metformin, Ozempic, PrEP: health only, arguable whether PrEP also hints at orientation); an over-the-counter painkiller, vitamins or hand cream are
     negatives. Kosher, halal or Muslim (MOML) meals booked for a named traveller, or a pilgrimage, are religion
     (arguable: a meal can be a preference; the set treats a religious meal code as a statement of faith); a
     vegetarian meal is a negative; wheelchair assistance given because of a named illness is health. An
     insurance quote that loads or excludes a named condition is health.
145. Biometric: a fingerprint, face template or iris scan ENROLLED to identify a named person (access control,
     time clock, gym check-in) is biometric; a card, PIN or a question about whether a system stores
     fingerprints is a negative.
146. English, German and Polish text is labelled as Danish and Swedish text; its ``lang`` is the language it is
     written in (``en``, ``de``, ``pl``).
147. Hard negatives: a firm's, union's or association's policy, a statistic about groups, a job ad for a clinic
     or treatment centre, a talk about stress, advice about colleagues with cancer, a travel note about halal
     meals, a mayor opening a swimming pool and a party-neutral election meeting reveal nothing about an
     identifiable person. A named politician changing party or named with the party is political_opinion (rule
     119 kept); a mayor or chair named without a party, or elected as a committee chair, is a negative.
148. Generated layouts (a note on a personnel file, a municipal decision, a course booking, a volunteer log): the
     header names the person and is not a label; the focus line decides. Look-alike lines reuse the revealing
     words without revealing (a fundraiser, a medicine cabinet key, a card instead of a fingerprint, declining to
     say whether one is in a union, a concert in a cathedral, an interpreter for a supplier, a borrowed rainbow
     flag, counting votes, a witness, a move).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build
from benchmarks.redteam.holdout18 import cats18_gen, cats18_hand_da, cats18_hand_en, cats18_hand_sv

DEFAULT_SEED = 18909
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout18" / "categories.jsonl"
BANKS = (cats18_hand_da.BANK, cats18_hand_sv.BANK, cats18_hand_en.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v18's banks, generator and ids."""
    return cats10_build.build(seed, banks=BANKS, generate=cats18_gen.generate, prefix="c18")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
