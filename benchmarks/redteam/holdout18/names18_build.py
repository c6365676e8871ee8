"""Build the v18 names hold-out: ``python -m benchmarks.redteam.holdout18.names18_build``.

Writes benchmarks/data/redteam/holdout18/names.jsonl. Hand-written documents come from ``names18_hand_da.py`` and
``names18_hand_sv.py`` (``=== family lang`` starts a document; ``⟦...⟧`` marks a PERSON span, see
``cats18_markup.py``), generated ones from ``names18_gen.py``. Every document carries ``genre``: ``news``
(new heads of a utility, a university and a haulier, prizes to foreign-born doctors and nurses, court reports,
Ukrainian artists and choirs, storms and snow, handball and football, a silversmith's new workshop and a porcelain
exhibition, new priests with particles in their names, deaths, plays with characters beside actors, association
elections, sailing siblings, a theme park and an observatory named after people, burglaries naming nobody,
concerts; generated new-staff notices and club columns), ``business`` (mail threads with quoted replies and
display names, forwards with To/Cc lines, minutes with initials, all-caps CVs with double surnames, invoices
with contact persons, CRM notes, employment contracts signed with initials and surnames, auto-replies, meeting
invitations in rooms named after people, contact lists, lawyers' mails, references, rotas, bankruptcy notices,
organisation charts, powers of attorney; generated mail threads and minutes) or ``mixed`` (Teams and Slack chats
with @mentions, family chats in lower case with pets and kinship words, vets' SMS, neighbourhood Facebook groups,
DIY forums with handles, school messages, reviews, Teams meeting transcripts, LinkedIn comments, SMS threads,
laundry notices, choir WhatsApp groups, Secret Santa lists, padel league SMS; generated Teams chats and
shift-swap SMS threads). Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rule (written before any scoring): the v4-v17 rule of benchmarks/data/redteam/README.md and of
``holdout17/names17_build.py`` applies unchanged (every mention of a natural person by name is one PERSON span;
genitive -s inside, apostrophe genitive outside; titles, roles and kinship words outside; handles, e-mail
addresses, firms, streets, squares, rooms, tables, restaurants, museums, prizes, products and characters named
after people are not PERSON; initials ALONE are not PERSON, an initial with a surname is; lower-case chat names
and nicknames are PERSON; names in all-caps headers are PERSON; pets are not; public figures named as themselves
are PERSON, also in lower case). Fixed for v18 before writing, arguable calls marked:

- Mail: a display name in a To:/Cc: line, a quote header ("skrev Anne Thorsen <...>:") or a signature is
  PERSON; the address beside it is not, and neither is a name inside an address ("anne.thorsen@..."). A
  greeting ("Hej Anne,") and a sign-off ("/Mona") are PERSON; a sign-off of initials alone ("/MB", "/GH") is not.
- Mentions: a Teams or Slack mention written as a display name ("@Mads Riis", "cc @Emily Carter") is PERSON on
  the name, the "@" outside (arguable: it is also a handle, but it is the person's name as the directory shows
  it); a handle with a dot, an underscore or digits ("@line.k", "vvs_kongen", "rormokarn72") is not.
- Particles and double names belong to the span ("Frederikke von Buchwald", "Maria-Louise de Fine Licht", "de
  Fine Licht" when used as the surname alone, "Carl-Johan af Klint", "Signe Bach Rolsted", "Hodan Abdirahman
  Farah"); a surname alone after the full name is PERSON ("Farah", "Zielińska-Berg").
- Foreign staff's names are labelled like Nordic names, also in a German comment in Danish or Swedish text,
  and with a title before them ("Hr. Wojciech Nowak": title outside).
- A founder's or owner's name inside a firm's name is not PERSON ("Jens Lauritzen Tømrer ApS", "Tømrerfirmaet
  Holger Dreyer ApS", "Snickeri Gösta Lind AB", "Erik Olssons Måleri AB", "Bröderna Hedlunds Åkeri", "Kurts
  VVS", "Kalles VVS", "Georg Jensen", "Peter Beier Chokolade"), the same person named as a person is.
- Places, streets, rooms, tables, prizes, museums, observatories and theme parks named after people are not
  PERSON ("Ole Rømer-Observatoriet", "Tycho Brahe Planetarium", "Astrid Lindgrens Värld", "Tom Tits
  Experiment", "Florence Nightingale-medaljen", "rum Selma Lagerlöf", "lokale Karen Blixen"); neither are
  songs ("Carl Nielsen-sangen", "Taube-visan"), designs ("Torun-armbånd", "Wilhelm Kåge-vaser"), projects
  ("Niels Bohr-projektet", "Alfred Nobel-projektet") nor characters (Jeppe, Nille, Julie, Jean, Pippi, Emil).
- Kinship words used as names in chats ("mor:", "mamma:", "søs", "mormor", "farmor") are not PERSON; a name
  after them is ("farmor ⟦inge⟧", "Morbror ⟦Finn⟧").
- In generated documents every drawn name is PERSON wherever it stands; the same strings in e-mail addresses,
  firms and streets, and initials made from them, are not.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build, names10_build
from benchmarks.redteam.holdout18 import names18_gen, names18_hand_da, names18_hand_sv

DEFAULT_SEED = 18919
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout18" / "names.jsonl"
BANKS = (names18_hand_da.BANK, names18_hand_sv.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v18's banks, generator and ids."""
    return names10_build.build(seed, banks=BANKS, generate=names18_gen.generate, prefix="n18")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
