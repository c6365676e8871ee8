"""Build the v12 names hold-out: ``python -m benchmarks.redteam.holdout12.names12_build``.

Writes benchmarks/data/redteam/holdout12/names.jsonl. Hand-written documents come from ``names12_hand_da.py`` and
``names12_hand_sv.py`` (``=== family lang`` starts a document; ``⟦...⟧`` marks a PERSON span, see
``cats12_markup.py``), generated ones from ``names12_gen.py``. Every document carries ``genre``: ``news``,
``business`` (mail, offers, orders, status reports, meeting invitations, powers of attorney...) or ``mixed`` (chat,
form exports, boards, subtitles, guest books, sign-up sheets...). Rerunning with the default seed reproduces the
committed file byte for byte.

Labelling rule (written before any scoring): the v4-v11 rule of benchmarks/data/redteam/README.md and of
``holdout11/names11_build.py`` (every mention of a natural person by name is one PERSON span; genitive -s inside,
apostrophe genitive outside; titles, roles and kinship words outside; handles, initials alone, e-mail addresses,
firms, streets, squares, halls, places, rooms, ships, products and institutions named after people not PERSON;
particles and double surnames inside; capitals list entries with their comma one span; lower-case chat names are
PERSON). Additions, with the arguable calls marked:

- Diseases, syndromes, laws, prizes, foundations, museums and parks named after people are not PERSON
  ("Alzheimers", "Aspergers syndrom", "lex Sarah", "Nobelprisen", "Augustpriset", "Carlsbergfondet", "Knud Højgaards
  Fond", "Wallenbergstiftelserna", "Thorvaldsens Museum", "Astrid Lindgrens Värld", "Zornmuseet").
- A name inside an e-mail address, a URL, a file name or a hashtag ("CV_Sara_Lind.pdf", "/profil/anna-berg",
  "#teamMaja") is not PERSON (arguable for file names, which do name the person).
- Animals (a dog "Bella", a horse "Nero", a cat "Sixten") are not PERSON, whatever the name.
- Characters of a play, film or book ("Hamlet", "Nora", "Pippi") are not PERSON (arguable); the actor is.
- Party letters, ages and roles after a name stay outside ("⟦Lone Vestergaard⟧ (DF)", "⟦Jonas⟧, 34,").
- Icelandic and Faroese names with patronyms or the particle í are one span ("⟦Guðrún Sigurðardóttir⟧", "⟦Sólja í
  Líð⟧"); a Chinese, Korean or Vietnamese name is one span in the order written ("⟦Wang Lei⟧"); an Irish "O'" or a
  Scottish "Mac" is inside and its genitive -s too ("⟦O'Connors⟧").
- A first name that is also a word is PERSON only where it names someone ("⟦Liv⟧", "⟦Stig⟧", "⟦Ask⟧", "⟦Lærke⟧",
  "⟦Björk⟧", "⟦Ros⟧"); "livet", "en stig", "ask" and "björk" as words are not.
- A firm whose name is a possessive of a surname ("Jensens Bøfhus", "Anderssons Bil", "Nilssons Skor") is not PERSON.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build, names10_build
from benchmarks.redteam.holdout12 import names12_gen, names12_hand_da, names12_hand_sv

DEFAULT_SEED = 12919
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout12" / "names.jsonl"
BANKS = (names12_hand_da.BANK, names12_hand_sv.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v12's banks, generator and ids."""
    return names10_build.build(seed, banks=BANKS, generate=names12_gen.generate, prefix="n12")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
