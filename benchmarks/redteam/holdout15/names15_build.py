"""Build the v15 names hold-out: ``python -m benchmarks.redteam.holdout15.names15_build``.

Writes benchmarks/data/redteam/holdout15/names.jsonl. Hand-written documents come from ``names15_hand_da.py`` and
``names15_hand_sv.py`` (``=== family lang`` starts a document; ``⟦...⟧`` marks a PERSON span, see
``cats15_markup.py``), generated ones from ``names15_gen.py``. Every document carries ``genre``: ``news``
(school-head appointments, work anniversaries, deaths, ferries, theatre reviews, profiles, crossword winners,
election results, vet clinic openings, rowing and football, honorary citizens, church registers, radio listings,
police notes and weather naming no person, prize news, library programmes; generated annual-meeting reports and
chess results), ``business`` (offer mails with signatures, board minutes, purchase-order approvals, powers of
attorney, auto-replies, Teams transcripts, delivery notes, CVs, job offers, returns, invoices, handovers,
supplier registrations, bankruptcy notices, references, opening-hours notices, meeting invitations; generated
project minutes and CRM exports) or ``mixed`` (family Messenger, museum guest books, Strava, Vinted/Tradera,
dog-owner groups, genealogy notes, scanned business cards, school messages, recipes, fantasy-football tables,
Instagram, notice boards, dentist SMS, Discord, calendars, Trustpilot; generated lower-case group chats and
polls). Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rule (written before any scoring): the v4-v14 rule of benchmarks/data/redteam/README.md and of
``holdout14/names14_build.py`` (every mention of a natural person by name is one PERSON span; genitive -s inside,
titles, roles and kinship words outside; handles, file names, e-mail addresses, firms, streets, squares, schools,
rooms, hotels, restaurants, museums, ships, products, prizes and characters named after people not PERSON;
particles, initials and double surnames inside; lower-case chat names are PERSON; names in all-caps headers are
PERSON). Fixed for v15 before writing, arguable calls marked:

- E-mail addresses and handles are never PERSON, not their local part either ("martin.vestergaard@rentco.dk",
  "@frejafoto", "kasper_k"); the name beside them is ("kasper_k (⟦Kasper Kjeldsen⟧)").
- A nickname or a short form used for a person is PERSON ("⟦Kat⟧", "⟦tobi⟧", "⟦Jocke⟧", "⟦H.C. Trier⟧",
  "⟦H-E Tidholm⟧"); a title before it stays outside ("hr. ⟦Arne Kold⟧", "tandlæge ⟦Holm⟧").
- Compounds and prizes named after people are not PERSON ("Carl Nielsen-koncert", "Stenhammar-konsert",
  "Mads Nørgaard-modeshow", "Filippa K-kappan", "Georg Jensen-sølvets", "Arne Jacobsen-licensen",
  "Carl Jacobsen-prisen", "Lisa Larson-lejon", "Gustavsbergsporslinets"); a genitive of the author before a work is
  ("⟦Ibsens⟧ stue", "⟦Strindbergs⟧ midsommarnatt", "pjäsen är ⟦August Strindbergs⟧").
- Characters of plays and novels are not PERSON (Nora, Helmer, Julie, Jean, Lille Jonna); public figures named
  as themselves are.
- Rooms, halls and restaurants named after people ("Karen Blixen (2. sal)", "Greta Garbo (plan 2)",
  "Grundtvig-salen", "Selma-salen", "Restaurant Søren K", "Restaurang Tore Wretman", "H.C. Andersen Hotel",
  "Hotel Kung Carl"), towns named after kings (Christiansfeld, Kristianstad), and firms (Bang & Olufsen, Søstrene
  Grene, Peter Beier Chokolade, Georg Jensen Damask, Ole Lynggaard Copenhagen, Mikkeller, Harald Nyborg, Clas
  Ohlson, Kalles Kaviar, Carl Malmsten Möbler, Bruno Mathsson International, Johansson & Dahl Revision,
  Rydberg & Holt Arkitekter, Bonde & Kilde Revision, Ek & Strand Juristbyrå) are not PERSON.
- Words that are names stay words ("Lærken synger", "Birk og lind", "Sommer og sol", "Bo i Aarhus?",
  "Klara besked", "Klart väder", "Min bror", "en ek och en lind", "Storm i fjällen"); the same words as a
  person's name or chat name are PERSON ("⟦Birk⟧ (min søn)", "⟦Bror⟧ (min son)", "⟦bror⟧:").
- Kinship words as chat names ("Far:", "Pappa:") are not PERSON; "mormor ⟦Ingers⟧ æblekage" keeps the kinship
  word outside and the genitive inside (arguable: the recipe title reads like a product).
- In generated documents every drawn name is PERSON wherever it stands, also in lower case, as a first name alone
  or as a surname alone; the same strings inside e-mail addresses, handles, the firm and the street are not.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build, names10_build
from benchmarks.redteam.holdout15 import names15_gen, names15_hand_da, names15_hand_sv

DEFAULT_SEED = 15919
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout15" / "names.jsonl"
BANKS = (names15_hand_da.BANK, names15_hand_sv.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v15's banks, generator and ids."""
    return names10_build.build(seed, banks=BANKS, generate=names15_gen.generate, prefix="n15")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
