"""Build the v12 categories hold-out: ``python -m benchmarks.redteam.holdout12.cats12_build``.

Writes benchmarks/data/redteam/holdout12/categories.jsonl. Hand-written documents come from the banks
``cats12_hand_da.py``, ``cats12_hand_sv.py`` and ``cats12_hand_en.py`` (``=== family lang`` starts a document,
markup in ``cats12_markup.py``; a ``{{A||B}}`` minimal pair gives two documents); generated ones from
``cats12_gen.py``. Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rules (written before any scoring): the v4-v11 rules of benchmarks/data/redteam/README.md and of
``holdout11/cats11_build.py`` (1-68) apply unchanged. A label marks the sentence (or form line) revealing an art.
9/10 category about an identifiable living person; scoring is per document. Additions, arguable calls marked:

69. A deceased person (death notice, funeral programme, memorial words) is a negative: art. 9/10 protect the living
    (arguable: "bisættelsen foregår fra moskeen" says something about the family; it is labelled only when the text
    states it of a named living relative).
70. The victim of a crime is not criminal_records; the offender is when named or otherwise identified. "En 34-årig
    mand fra Vejle" in a police log without any name is a negative.
71. Membership of an unemployment fund alone (a-kasse, a-kassa) is a negative (arguable: many are run by unions);
    union dues on a named person's payslip ("Kontingent 3F", "Fackavgift Kommunal") are trade_union.
72. A halal or kosher meal ordered for a named guest is religion (arguable); vegetarian, lactose-free or gluten-free
    meals are negatives (arguable for gluten-free, which can mean coeliac disease).
73. A wheelchair, a disabled parking card, a guide dog, an insulin cool-bag or oxygen on a flight for a named person
    are health; a window seat, extra legroom or a pram are not.
74. A speeding fine, a fixed-penalty notice or a summons for shoplifting of a named person are criminal_records (an
    offence); a private parking charge (kontrolafgift, kontrollavgift) and a tax surcharge are negatives.
75. A named child's confirmation, bar or bat mitzvah or a baptism as an adult is religion (arguable for a Danish
    confirmation, which many take for cultural reasons); a church concert, a Christmas lunch, a wedding venue that
    happens to be a church hall and a holiday calendar are negatives.
76. Fiction, films, plays, board games and quiz answers are negatives even when they name a character's illness,
    faith or crime; a living public person's party or conviction is labelled (a councillor "(S)" voting is
    political_opinion).
77. DNA tests of dogs, horses, cattle or plants, and a pedigree, are negatives (no person).
78. A writer's own ancestry-DNA result ("42 % finsk") is genetic only (arguable: it also hints at origin).
79. A voice print enrolled for telephone banking, a face enrolled at an automated border gate or a gym's vein or
    palm scanner for a named person are biometric; a staff-card photo, a handwritten signature and a general guide
    to Face ID are negatives.
80. An English document follows the same rules (``lang`` ``en``).
81. In generated documents the revealing line is the one stating the category for the person the document names;
    the same layout with an ordinary line there is a negative (a court list's civil case, a pharmacy's sun cream,
    a payslip's pension line, a booking's window seat, a member list of an allotment society, a key-card log).
82. A sentence saying a named person is the spokesperson or staff of a union, party or church in their job ("Pia Holm,
    presse, 3F") is a negative (a job, as rule 57's priest); electing them to a union office is trade_union.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build
from benchmarks.redteam.holdout12 import cats12_gen, cats12_hand_da, cats12_hand_en, cats12_hand_sv

DEFAULT_SEED = 12909
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout12" / "categories.jsonl"
BANKS = (cats12_hand_da.BANK, cats12_hand_sv.BANK, cats12_hand_en.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v12's banks, generator and ids."""
    return cats10_build.build(seed, banks=BANKS, generate=cats12_gen.generate, prefix="c12")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
