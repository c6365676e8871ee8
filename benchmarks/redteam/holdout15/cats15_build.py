"""Build the v15 categories hold-out: ``python -m benchmarks.redteam.holdout15.cats15_build``.

Writes benchmarks/data/redteam/holdout15/categories.jsonl. Hand-written documents come from the banks
``cats15_hand_da.py``, ``cats15_hand_sv.py`` and ``cats15_hand_en.py`` (``=== family lang`` starts a document,
markup in ``cats15_markup.py``; a ``{{A||B}}`` minimal pair gives two documents); generated ones from
``cats15_gen.py``. Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rules (written before any scoring): the v4-v14 rules of benchmarks/data/redteam/README.md and of
``holdout11/cats11_build.py`` to ``holdout14/cats14_build.py`` (1-108) apply unchanged. A label marks the sentence
(or form line, or chat line, or clause) revealing an art. 9/10 category about an identifiable living person;
scoring is per document. Additions for v15, arguable calls marked:

109. Public-sector casework: a municipal journal note, action plan, decision letter, referral, discharge summary or
     pension/insurance decision that gives a diagnosis or a disability as the ground (schizophrenia, ALS, MS,
     fibromyalgia, COPD, a hearing injury, an eating disorder) is health about the named citizen; the same
     letter giving a non-health ground (a worn-out wheelchair, a missing signature, a move, early retirement) is a
     negative. A decision letter addressed to a person ("Kære Ole Thygesen", "Till Birgitta Lööf") makes "din"/"du"
     identifiable. A generated layout's header (a discharge summary, a claim form, a hearing letter, a social
     services journal) is not a label; the focus line decides (arguable: being discharged, claiming or being a
     party reveals contact, not a diagnosis or an offence, as "sick" alone in rule 98). Staff meetings held at a
     clinic are negatives.
110. A same-sex spouse is sexual_orientation when the person's own gender is known (a form's name, a signature,
     "han og hans kæreste Mathias"); in the generated layouts the partner's gender is drawn to match the person's,
     so every draw of that line is same-sex. Chosen co-mother leave ("medmorbarsel") with "min kone" is
     sexual_orientation (arguable: a co-mother could in principle be a stepmother; the wife makes it explicit).
111. Being suspected, charged ("sigtet", "tiltalt", "misstänkt", "tilltalad"), on probation, parole, community
     supervision or serving with an ankle tag is criminal_records; being the reporting party, the victim
     (målsägande), a witness, a lay judge (domsmand, nämndeman), or having a shelved theft report is a negative.
     A criminal-record or child-protection certificate with a conviction is criminal_records, a clean one is not.
112. Voice, face, fingerprint, palm and iris templates enrolled for, or failing on, a named person are biometric
     (a bank's face or voice login that no longer recognises the customer after surgery: arguable, the surgery
     is also health but is not stated as an illness, so only biometric is labelled); key fobs, badges, photo
     ID cards, a passport office's general "fingerprints are taken at the counter" are negatives.
113. An office held in a party, a candidacy, an election to a council or to a party's youth wing, and declaring
     party membership in a conflict-of-interest note are political_opinion; a council vote reported per party,
     an anonymous slogan, a school debate with all youth wings and asking who sits on a committee are negatives.
114. Union: a shop steward, safety representative, union lawyer or organiser acting FOR the named member, the
     member's fee or the union case is trade_union about the member (arguable: "as your union representative I
     will join" reveals the addressee's membership); the representative's own office is trade_union about the
     representative too but one label marks the sentence. A union job ad, an auto-reply, a member magazine with
     anonymous members and "is not a member and was referred to legal aid" are negatives.
115. A religious reason for leave, a meal, a room or a refusal of treatment (Jehovah's Witness and blood, a
     sukkah, Eid, hajj, Yom Kippur, Laestadianism, conversion to Catholicism or Orthodoxy) is religion; the same
     leave for a wedding and a house rule listing Eid among party occasions are negatives; a relative asking for
     the priest's visit "because she knew him from the parish" is a negative (arguable).
116. Ethnic origin stated by or for the person (Roma, Sami, Greenlandic/Inuk, Kurdish, Assyrian) is
     ethnic_origin, also when the person says it in a complaint that is rejected; a mother tongue alone, having
     lived in Greenland or Jokkmokk and an interpreter language alone are negatives.
117. Carrier status and variants (hemochromatosis, BRCA2, LDLR, MLH1/Lynch, F508del, HTT) are genetic; a stated
     disease with its gene is "health+genetic"; a relative's unfinished test and a test asked for after a news
     article without family history are negatives.
118. An anonymous neighbour described as "sick in the head" by an anonymous caller, a supervision report that
     names no resident, a regional waiting list and absence statistics not broken down by person are negatives
     (no identifiable person).
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build
from benchmarks.redteam.holdout15 import cats15_gen, cats15_hand_da, cats15_hand_en, cats15_hand_sv

DEFAULT_SEED = 15909
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout15" / "categories.jsonl"
BANKS = (cats15_hand_da.BANK, cats15_hand_sv.BANK, cats15_hand_en.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v15's banks, generator and ids."""
    return cats10_build.build(seed, banks=BANKS, generate=cats15_gen.generate, prefix="c15")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
