"""Build the v14 names hold-out: ``python -m benchmarks.redteam.holdout14.names14_build``.

Writes benchmarks/data/redteam/holdout14/names.jsonl. Hand-written documents come from ``names14_hand_da.py`` and
``names14_hand_sv.py`` (``=== family lang`` starts a document; ``⟦...⟧`` marks a PERSON span, see
``cats14_markup.py``), generated ones from ``names14_gen.py``. Every document carries ``genre``: ``news``
(appointments, fires, court reports, restaurant and shop openings, transfers, obituaries, book and theatre news,
road works, council news, match reports, weather, galas, profiles, race results, round birthdays), ``business``
(offer mails with signatures, steering-group minutes, invoices with contact persons, CVs, forwarded complaints,
consultancy and lease contracts, CRM notes, meeting invitations in rooms named after people, shift rotas,
rejection letters, handovers, Teams and Slack threads, order confirmations, works-council minutes, references,
expense claims, internal notices, forwarded mail threads, opening hours naming no person) or ``mixed`` (neighbourhood Facebook groups, family
SMS, mail signatures, owners' association minutes, LinkedIn, Discord, parents' meetings, Trustpilot and Google
reviews, Reddit and Flashback, intranet cake days, school messages, customer chats, wedding invitations, notice
boards, team sheets, travel diaries, shopping lists, calendar extracts, running-club chats, comment threads,
car-pool sign-ups, cake rotas, a stairwell notice naming no person). Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rule (written before any scoring): the v4-v13 rule of benchmarks/data/redteam/README.md and of
``holdout13/names13_build.py`` (every mention of a natural person by name is one PERSON span; genitive -s inside,
titles, roles and kinship words outside; handles, file names, firms, streets, squares, halls, schools, rooms,
hotels, museums, ships, products, prizes, diseases, animals and characters named after people not PERSON;
particles and double surnames inside; lower-case chat names are PERSON). Fixed for v14 before writing, with the
arguable calls marked:

- E-mail addresses are never PERSON, not even their local part ("sune.mikkelsen@renovista.dk",
  "kasper.vind@..."); the name beside the address in a signature or a "From:" line is.
- A name in an all-caps header is PERSON ("CURRICULUM VITAE – ⟦METTE KROGSGAARD⟧"); all-caps headers made of
  words ("REFERAT", "FAKTURA", "VIGTIGT", "SÆLGES", "TRAFIK") are not.
- A surname alone for a person is PERSON ("⟦Jensen⟧ fra Jensens Køleteknik", "⟦Svensson⟧ på Svenssons Kyl"),
  the firm in the same sentence is not; a person's name in a title of a work about them is PERSON
  ("⟦Kim Larsen⟧ – Kvinde min", as v13's documentary title), a character in a novel is not (Sonja, Vera).
- Kinship and role words used as chat names ("Mor:", "Far:", "Mamma:", "Pappa:") are not PERSON (no name);
  "tandlæge ⟦Ravn⟧", "mormor ⟦Inge⟧": the title or kinship word outside.
- Hotels, restaurants, kindergartens, museums and clubs named after people (Hotel Christian IV, Hotel Frederik II,
  Hotell Gustav Adolf, Hotel Kung Carl, Peter Lieps Hus, Grethes Have, Carl Eldhs Ateljémuseum, Strindbergsmuseet,
  Aage Lunds Venner, Dag Linds Vänner) are not PERSON, nor are races and clubs named after words (Storm Løb,
  Björkloppet) (arguable: a club named "X's friends" reads like a group of friends of a person).
- Words that are names stay words at sentence start and in text ("Storm og regn", "Sol og varme", "Lykke er",
  "Glad for", "Livet er", "Lycka är", "lång dag", "en björn"); the same words as chat names are PERSON.
- A designer's genitive before the product is PERSON ("⟦Wegners⟧ Y-stol", as v13's "⟦Tove Ditlevsens⟧
  trilogi"); a compound or a product named after the designer is not ("Wegner-stol", "Arne Jacobsen Svanen",
  "Kay Bojesen abe", "Josef Frank-mönstret") (arguable: both say who designed it).
- Initials with a dot after a first name are inside ("⟦Marlene H.⟧").
- In generated documents every drawn name is PERSON wherever it stands, also in lower case, as a first name alone
  or as a surname alone; the same strings inside e-mail addresses, firm, race, club and street names are not.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build, names10_build
from benchmarks.redteam.holdout14 import names14_gen, names14_hand_da, names14_hand_sv

DEFAULT_SEED = 14919
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout14" / "names.jsonl"
BANKS = (names14_hand_da.BANK, names14_hand_sv.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v14's banks, generator and ids."""
    return names10_build.build(seed, banks=BANKS, generate=names14_gen.generate, prefix="n14")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
