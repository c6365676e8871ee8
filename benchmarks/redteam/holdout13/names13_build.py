"""Build the v13 names hold-out: ``python -m benchmarks.redteam.holdout13.names13_build``.

Writes benchmarks/data/redteam/holdout13/names.jsonl. Hand-written documents come from ``names13_hand_da.py`` and
``names13_hand_sv.py`` (``=== family lang`` starts a document; ``⟦...⟧`` marks a PERSON span, see
``cats13_markup.py``), generated ones from ``names13_gen.py``. Every document carries ``genre``: ``news`` (shows,
results, listings, announcements, transfers, reviews, podcasts), ``business`` (programmes, tenders, shortlists,
deviation reports, expense claims, guest lists, minutes, complaints, valuations, supplier forms, invoices) or
``mixed`` (git logs, Jira, Doodle, quiz teams, Secret Santa, karaoke, reading lists, Vinted/Tradera, dog-walking
chats, seating plans, Discord, rotas, Kahoot, permit lists, playlists, choir rotas). Rerunning with the default seed
reproduces the committed file byte for byte.

Labelling rule (written before any scoring): the v4-v12 rule of benchmarks/data/redteam/README.md and of
``holdout12/names12_build.py`` (every mention of a natural person by name is one PERSON span; genitive -s inside,
titles, roles and kinship words outside; handles, e-mail addresses, file names, firms, streets, squares, halls,
schools, rooms, ships, products, prizes, diseases, animals and characters named after people not PERSON; particles
and double surnames inside; lower-case chat names are PERSON). Additions, with the arguable calls marked:

- Animals at a dog, cattle or horse show and trotting horses ("Kaptajn Bonde", "Herr Nilsson", "Bodil 1422",
  "Dag Hammar") are not PERSON, nor are kennels; the handler, owner, driver and judge are.
- Festivals and days named after saints or people ("Sankt Hans", "Lucia", "Valborg", "Kristi himmelfart") are not
  PERSON; a child named ⟦Lucia⟧ is.
- Authors, artists and historical people named as themselves are PERSON, living or dead ("⟦Herman Bang⟧",
  "⟦Tove Ditlevsens⟧ trilogi", "⟦Christian IV⟧ byggede", "⟦Gustav Vasa⟧ kröntes", a documentary title "⟦Zlatan⟧ –
  historien om en ikon", "⟦Kim Larsen⟧ – "Om lidt"" in a playlist); the book's or film's characters are not
  ("Bergljot", "Sally", "Mads Skjern", "Beck och Gunvald", "Babettes gæstebud", "Gösta Berlings saga").
- A designer's name used as a product line after the product ("2 kuddar Josef Frank "Manhattan"", duge "Erik") is
  not PERSON (arguable); wineries and shops named after people ("Domaine Henri Gouges", "Dr. Loosen", "William
  Fèvre", "Arvid Nordquist", "Wine Team Ivar Lind") are firms.
- Team names are not PERSON ("Glad Kaos", "Per capita", "Björnligan"); the members are.
- A git author in lower case ("⟦jonas bech⟧") is PERSON; the @handle in the same line is not.
- "LO" (the Swedish confederation) and "Lo" as a word are not PERSON; "⟦Lo Kristensson⟧" and a chat name "⟦lo⟧" are.
- In generated documents every drawn name is PERSON wherever it stands, also in lower case or as a surname alone.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build, names10_build
from benchmarks.redteam.holdout13 import names13_gen, names13_hand_da, names13_hand_sv

DEFAULT_SEED = 13919
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout13" / "names.jsonl"
BANKS = (names13_hand_da.BANK, names13_hand_sv.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v13's banks, generator and ids."""
    return names10_build.build(seed, banks=BANKS, generate=names13_gen.generate, prefix="n13")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
