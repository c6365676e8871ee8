"""Build the v17 names hold-out: ``python -m benchmarks.redteam.holdout17.names17_build``.

Writes benchmarks/data/redteam/holdout17/names.jsonl. Hand-written documents come from ``names17_hand_da.py`` and
``names17_hand_sv.py`` (``=== family lang`` starts a document; ``⟦...⟧`` marks a PERSON span, see
``cats17_markup.py``), generated ones from ``names17_gen.py``. Every document carries ``genre``: ``news``
(institute and university heads, airport fog, prizes, court reports, film and theatre with characters beside
actors, road works on streets named after people, deaths, handball and football, a lamp maker's and a camera
maker's jubilees, weather with words that are names, new priests, a cartoon duck's birthday, local elections,
local heroes, burglaries naming nobody, albums, appointments; generated club results and birthday columns),
``business`` (offer mails with signatures and addresses, board minutes with a secretary's initials, CVs with
all-caps names, invoices with contact persons, employment letters, CRM notes, meeting invitations in rooms named
after people, auto-replies, powers of attorney, order confirmations, Teams minutes, references, contracts with
initials and surnames, bankruptcy notices, supplier records; generated mails with signatures and quotes) or
``mixed`` (lower-case family chats, second-hand ads, dog-owner groups, genealogy, dentist SMS, recipes, reviews,
fantasy-football Discord, notice boards, Strava, school messages, museum guest books; generated lower-case chats
and date polls). Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rule (written before any scoring): the v4-v16 rule of benchmarks/data/redteam/README.md and of
``holdout16/names16_build.py`` applies unchanged (every mention of a natural person by name is one PERSON span;
genitive -s inside; titles, roles and kinship words outside; handles, e-mail addresses, firms, streets, squares,
rooms, restaurants, museums, prizes, products and characters named after people are not PERSON; initials ALONE
are not PERSON, an initial with a surname is; lower-case chat names and nicknames are PERSON; names in all-caps
headers are PERSON; pets are not). Fixed for v17 before writing, arguable calls marked:

- A Discord or forum user name written as a handle ("mads_h", "ollebolle") is not PERSON, in a "skrev:" line or
  before a colon; a plain lower-case first name before a colon in a chat export is ("⟦thomas⟧:").
- Public figures named as themselves (footballers in lower case in a fantasy-football chat, "⟦haaland⟧",
  "⟦gyökeres⟧"; a king, "kung ⟦Carl XVI Gustaf⟧"; singers by one name, "⟦Laleh⟧") are PERSON.
- A founder's name inside a firm's name is not PERSON ("Victor Hasselblad AB", "Gunnar Dafgård AB", "Lennart
  Nilssons Åkeri AB", "Advokatfirmaet Poul Schmith", "Holmgaards Tømrerforretning"), the same person named as a
  person is ("grundades av ⟦Victor Hasselblad⟧"); a firm's surname beside a person of that surname stays out
  ("Vang & Søn VVS ApS" ... "⟦Kim Vang⟧").
- Places and buildings named after people (Niels Bohr Institutet, H.C. Andersen Airport, H.C. Andersens
  Boulevard, Kaj Munks Vej, Karen Blixens Plads, Søren Kierkegaards Plads, Jens Baggesens Vej, Kaj Munk
  Præstegården, Birger Jarlsgatan, Dag Hammarskjölds väg, Raoul Wallenbergs torg, Carl Larsson-gården,
  Strindbergsmuseet, Axel Dahlströms torg) and rooms ("Søren Kierkegaard (3. sal)", "Selma (plan 4)") are not
  PERSON, also as a song title.
- Prizes (Sonningprisen, Bodilprisen, Nobelpriset, Polarpriset), products and designs (Finn Juhl-sofaer,
  Wegner-stole, Koppel-fad, Arne Jacobsen-ure, PH-lampen, Stig Lindberg-fat, Josef Frank-tyg, Bruno
  Mathsson-stol, Lisa Larson-lejon), shops and firms (Louis Poulsen, Anthon Berg, Jensens Bøfhus, Kähler Design,
  Salling, Lauritz.com, Peter Larsen Kaffe, Åhléns, Max Hamburgerrestauranger, Axel Johnson AB, Clas Ohlson,
  Restaurang Erik den Röde AB) and cartoon characters (Anders And, Kalle Anka) are not PERSON; play characters
  (Jeppe, Nille, Julie, Jean) are not; an author's genitive is ("⟦Holbergs⟧ komedie", "⟦Strindbergs⟧ pjäs",
  "⟦Munks⟧ prædikener").
- Words that are names at a sentence start or in a title stay words ("Frost i nat", "Frost i natt", "Sten och
  grus", "Björn har setts", "Rask og glad", "Lund og Holm" as islands, "Bo i Favrskov", "Bo i Nacka"); the same
  words naming someone are PERSON ("⟦Tobias Rask⟧", "⟦Elias Frost⟧", "⟦Maria Sten⟧", "⟦sten⟧ granne").
- "Onkel ⟦Bent⟧", "Morbror ⟦Gösta⟧", "farmor ⟦brittas⟧": kinship words outside, lower-case genitive inside.
- In generated documents every drawn name is PERSON wherever it stands; the same strings in e-mail addresses,
  firms and streets are not.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build, names10_build
from benchmarks.redteam.holdout17 import names17_gen, names17_hand_da, names17_hand_sv

DEFAULT_SEED = 17919
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout17" / "names.jsonl"
BANKS = (names17_hand_da.BANK, names17_hand_sv.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v17's banks, generator and ids."""
    return names10_build.build(seed, banks=BANKS, generate=names17_gen.generate, prefix="n17")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
