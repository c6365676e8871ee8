"""Build the v11 names hold-out: ``python -m benchmarks.redteam.holdout11.names11_build``.

Writes benchmarks/data/redteam/holdout11/names.jsonl. Hand-written documents come from ``names11_hand_da.py`` and
``names11_hand_sv.py`` (``=== family lang`` starts a document; ``⟦...⟧`` marks a PERSON span, see
``cats11_markup.py``), generated ones from ``names11_gen.py``. Every document carries ``genre``: ``news``,
``business`` (mail, minutes, contracts, invoices, lists) or ``mixed`` (forms, tables, chat, CSV, OCR'd text).
Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rule (written before any scoring): the v4-v10 rule of benchmarks/data/redteam/README.md (every mention
of a natural person by name is one PERSON span; genitive -s inside, apostrophe genitive outside; titles, roles and
kinship words outside; handles, initials alone, e-mail addresses, firms, streets, squares, halls, places, rooms,
ships, products and institutions named after people not PERSON; OCR-damaged names one span as written;
"Familien ⟦Pham⟧" labels the surname). Additions, with the arguable calls marked:

- A capitals list entry "⟦JENSEN, Mie⟧", "⟦DE LA CRUZ, Marisol⟧", "⟦VON PLATEN, Fredrik⟧" is one span with its
  comma; a table or CSV with given name and surname in two cells gives two spans.
- A nickname in quotes stays inside ("⟦Mohamed Ali "Dheere" Warsame⟧", "⟦Jens "Jumbo" Kirkegaard⟧"; arguable).
- Particles belong to the name ("⟦Mathilde de Fine Licht⟧", "⟦Charlotta af Sillén⟧"); a surname alone keeps them
  ("⟦de Fine Licht⟧"); double surnames without a hyphen are one span ("⟦Else Marie Bonde Hviid⟧").
- A mail header line "Fra: ⟦Name⟧ <address>" labels the name, never the address; "cc:"/"Kopia:" lists too.
- @handles ("@jakob.l", "@idun.l", "@sol.og.sommer") are never PERSON, also when they spell a name.
- A shop or firm named after a person ("Pernilles Blomster", "Almirs Bageri", "Hamwi Frakt AB") is not PERSON; the
  person of that name in the same sentence is ("⟦Pernille⟧ fra Pernilles Blomster").
- Words that are names are PERSON only where they name someone: "⟦Sol⟧", "⟦Storm⟧", "⟦Bo⟧", "⟦Sten⟧", lower-case
  chat names ("⟦mads⟧", "⟦maj-britt⟧"); "Storm og regn", "Sol og varme", "Bo Bedre", "Kims chips" are not.
- An initial with a surname and a name with a surname initial are one span ("⟦H. Skovgaard⟧", "⟦A-L Björk⟧",
  "⟦Rosa A.⟧" with its full stop); initials alone ("PK", "LS", "MH") are not PERSON.
- A Vietnamese name is one span in the order written ("⟦Thi Huong Le⟧", "⟦Nguyen Van Duc⟧").
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build, names10_build
from benchmarks.redteam.holdout11 import names11_gen, names11_hand_da, names11_hand_sv

DEFAULT_SEED = 11919
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout11" / "names.jsonl"
BANKS = (names11_hand_da.BANK, names11_hand_sv.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v11's banks, generator and ids."""
    return names10_build.build(seed, banks=BANKS, generate=names11_gen.generate, prefix="n11")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
