"""Build the v16 names hold-out: ``python -m benchmarks.redteam.holdout16.names16_build``.

Writes benchmarks/data/redteam/holdout16/names.jsonl. Hand-written documents come from ``names16_hand_da.py`` and
``names16_hand_sv.py`` (``=== family lang`` starts a document; ``⟦...⟧`` marks a PERSON span, see
``cats16_markup.py``), generated ones from ``names16_gen.py``. Every document carries ``genre``: ``news``
(library and school heads, ferries, theatre reviews with characters beside actors, deaths, football and rowing,
jubilees, police notes and weather naming no person, prizes, new priests, elections, radio listings, portraits,
crossword winners, vet clinics, honorary citizens; generated club results and trade-paper appointments),
``business`` (offer mails with signatures, board minutes with a secretary's initials, CVs with all-caps names,
invoices with contact persons, forwarded mails, auto-replies, powers of attorney, delivery notes, CRM notes,
employment contracts, meeting invitations, Teams minutes, order confirmations from firms named after people,
references, bankruptcy notices, supplier records; generated mails with signatures and CRM exports) or ``mixed``
(family Messenger in lower case, museum guest books, second-hand ads, dog-owner groups, genealogy notes, school
messages, recipes, dentist SMS, fantasy-football Discord, Trustpilot, notice boards, Strava, calendars; generated
lower-case group chats and polls). Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rule (written before any scoring): the v4-v15 rule of benchmarks/data/redteam/README.md and of
``holdout15/names15_build.py`` (every mention of a natural person by name is one PERSON span; genitive -s inside,
titles, roles and kinship words outside; handles, file names, e-mail addresses, firms, streets, squares, schools,
rooms, hotels, restaurants, museums, ships, products, prizes and characters named after people not PERSON;
particles, initials before a surname and double surnames inside; lower-case chat names and nicknames are PERSON;
names in all-caps headers are PERSON). Fixed for v16 before writing, arguable calls marked:

- Initials ALONE are not PERSON: a secretary's "Referent: LO", "Sekreterare: JH", a signature "/NJ", "/KH",
  "/RS" (arguable: they stand for a person, but nothing in the text says who, as in v2); an initial with a
  surname or a first name with an initial is ("⟦E. Thomsen⟧", "⟦Kenneth P.⟧", "⟦K-A Bergman⟧", "⟦Karin L.⟧").
- E-mail addresses and handles are never PERSON, local part included ("birgitte.falk@...", "lise_odense",
  "@asta_42"); the name beside them is. A name in a "Fra:/Från:" line before the address is PERSON.
- A chat name with an initial is one span ("⟦Ulla B⟧", "⟦jens p⟧"); a house number after it stays outside
  ("⟦Anette⟧ nr 4").
- A family named by its surname is PERSON ("familien ⟦Østergaard⟧", "⟦Aagesen⟧-familien", "familjen
  ⟦Åkesson⟧"; arguable: it names several people at once).
- Pets are not PERSON ("naboens hund Bonnie", "grannens hund Sigge"); kinship words are not PERSON in chat
  ("mor:", "mamma:", "farmors briller"); "mormor ⟦Ingers⟧", "Farmor ⟦Elsas⟧" keep the kinship word outside.
- A salutation's title stays outside ("Kære hr. ⟦Lauridsen⟧", "Bästa herr ⟦Lindroth⟧", "tandlæge ⟦Holst⟧").
- Things named after people are not PERSON: prizes (Carl Nielsen-prisen, Stenhammarpriset, Augustpriset, De
  Gyldne Laurbær), legacies, products (Arne Jacobsen-stole, Bruno Mathsson-fåtöljer, Kay Bojesen-abe, Lisa
  Larson-katt), streets and places (H.C. Ørsteds Vej, Poul Henningsens Vej, Carl Jacobsens Vej, Kong Christians
  Allé, Grundtvigsvej, Olof Palmes gata / plats, Astrid Lindgrens väg, Tove Ditlevsens Vej, Selma Lagerlöfs
  gata), rooms (Karen Blixen (2. sal), Greta Garbo (plan 2)), restaurants (Restaurant Søren K, Restaurang Tore
  Wretman) and firms (Holmgaard & Søn Tømrer ApS, Ljungqvist & Son Bygg AB, Hansen & Dalsgaard Advokater,
  Lindberg & Wahl Advokatbyrå, Tømrerfirmaet Jens Lund ApS, Byggfirman Nils Lund AB, Peter Beier Chokolade,
  Georg Jensen Damask, Carl Malmsten Möbler, Ole Lynggaard Copenhagen, Filippa K, Kalles Kaviar, Harald Nyborg,
  Clas Ohlson, Søstrene Grene, Bang & Olufsen, Kjeldgaard & Bay Revision, Ek & Dahl Juristbyrå AB), also when
  a person in the same document has that surname.
- Characters (Nora, Helmer, Julie, Jean) are not PERSON; an author's genitive before a work and a painter's
  before a painting are ("⟦Ibsens⟧ tekst", "⟦Krøyers⟧ Sankthansblus", "⟦Zorns⟧ Midsommardans").
- Words that are names stay words (project names "Lærke/Lærken" and "Klara", "Storm på søen", "Storm i fjällen",
  "Sommer og sol", "Sol og byger", "Klart väder", "Klara besked", "en ek och en lind", "Min bror", "Bo i
  Aarhus?", "Bo i Lund?"); the same words as a name are PERSON ("⟦Nikoline Storm⟧", "⟦Ebba Lind⟧", "⟦Tilde
  Ek⟧", "⟦Mats Bror⟧", "⟦Bror⟧ (min son)").
- In generated documents every drawn name is PERSON wherever it stands, also in lower case, as a first name
  alone or as a surname alone; the same strings inside e-mail addresses, handles, the firm and the street are
  not.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build, names10_build
from benchmarks.redteam.holdout16 import names16_gen, names16_hand_da, names16_hand_sv

DEFAULT_SEED = 16919
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout16" / "names.jsonl"
BANKS = (names16_hand_da.BANK, names16_hand_sv.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v16's banks, generator and ids."""
    return names10_build.build(seed, banks=BANKS, generate=names16_gen.generate, prefix="n16")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
