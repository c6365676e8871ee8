"""Build the v16 categories hold-out: ``python -m benchmarks.redteam.holdout16.cats16_build``.

Writes benchmarks/data/redteam/holdout16/categories.jsonl. Hand-written documents come from the banks
``cats16_hand_da.py``, ``cats16_hand_sv.py`` and ``cats16_hand_en.py`` (``=== family lang`` starts a document,
markup in ``cats16_markup.py``; a ``{{A||B}}`` minimal pair gives two documents); generated ones from
``cats16_gen.py``. Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rules (written before any scoring): the v4-v15 rules of benchmarks/data/redteam/README.md and of
``holdout11/cats11_build.py`` to ``holdout15/cats15_build.py`` (1-118) apply unchanged. A label marks the sentence
(or form line, or chat line, or clause) revealing an art. 9/10 category about an identifiable living person;
scoring is per document. Additions for v16 (text from outside the office: SMS, chat, helpdesk, CRM, web forms,
phone transcripts, forums, associations, school portals, HR free text, insurers, pharmacies, dentists,
physiotherapists, travel, recruiting, intranet, newsletters, business mail), arguable calls marked:

119. Public figures: a news item naming a politician with the party they were elected for, or a bishop or
     archbishop as a priest of a church, reveals political_opinion or religion about that person although it is
     their public role (art. 9(2)(e) "manifestly made public" is a ground for processing, not a reason the data
     stops being special; arguable). A public figure's public act that does not touch a category (a health or
     social minister visiting a hospital, a mayor opening a station without a party) is a negative.
120. A chat name with a role ("Mie (mor til Otto)", "Petra (mamma till Liv)"), a first name in a family or
     parents' group, a forum user writing about themself with a named partner, and a teenager in a DM thread
     named in its header are identifiable; an anonymous forum handle asking a generic question ("kan man spise
     havregryn, hvis man har cøliaki?", asked for a school assignment) is a negative.
121. Indirect statements count when the wording leaves one reading: a medicine that has one use (PrEP, Antabus,
     Marevan before dental surgery, Ozempic with "type 2 diabetes"), fasting in Ramadan, kosher or halal meals
     asked "because I am a practising Jew / Muslim", a husband or wife of a person of the same known gender, a
     sentence served with an ankle tag. A halal, kosher or gluten-free option offered to everybody, a vegetarian
     meal, malaria tablets and a pet's vet visit are negatives.
122. A writer who says they are NOT ill ("jeg er ikke syg", "jag mår bra, vill bara veta") and a question about
     what an insurance covers are negatives; a burglary with no suspect and a shelved police report are negatives.
123. Firms', associations' and travel agents' policies, collective agreements between unions and employers, union
     job ads, statistics, a pilgrimage request from a parish group with no named member, a house rule banning
     election posters and a kindergarten's letter about several festivals are negatives (no identifiable person).
124. Two labels in one document mark two sentences (a conviction and a union case in one HR note; surgery and
     church in another); a label's category is the one the sentence reveals, also when another sentence of the
     same document hints at it unlabelled ("har et iltapparat hjemme" before the labelled diagnosis).
125. Generated layouts (a pharmacy SMS thread, a helpdesk ticket, a travel booking's free-text request, an HR
     record's remarks, a sports club's membership form): the header names the person and is not a label; the
     focus line decides. Look-alike lines reuse the revealing words without revealing (a canteen's hours during
     Ramadan, a key fob in the access control, asking whether a gene test is covered, a bike lock).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build
from benchmarks.redteam.holdout16 import cats16_gen, cats16_hand_da, cats16_hand_en, cats16_hand_sv

DEFAULT_SEED = 16909
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout16" / "categories.jsonl"
BANKS = (cats16_hand_da.BANK, cats16_hand_sv.BANK, cats16_hand_en.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v16's banks, generator and ids."""
    return cats10_build.build(seed, banks=BANKS, generate=cats16_gen.generate, prefix="c16")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
