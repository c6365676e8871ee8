"""Build the v19 names hold-out: ``python -m benchmarks.redteam.holdout19.names19_build``.

Writes benchmarks/data/redteam/holdout19/names.jsonl. Hand-written documents come from ``names19_hand_da.py`` and
``names19_hand_sv.py`` (``=== family lang`` starts a document; ``⟦...⟧`` marks a PERSON span, v10's markup),
generated ones from ``names19_gen.py``. Every document carries ``genre``: ``news`` (a bakery and a furniture shop
closing or moving, restaurant reviews, handball and bandy results, court reports with the parties as "T", "F" and
"M", police logs with boats named after people, obituaries with maiden names, church records, estate sales on
streets named after people, auction catalogues with designers, foundations paying for a harbour bath and a culture
house, literary prizes, a training ship and a hostel ship, new heads in all-caps headlines, a storm surge, a
snowstorm, road works, a fire, a burst water main and black ice naming nobody, streets being named, shops changing
owner, allotment newsletters opening sentences with the words Storm, Eng, Lund, Sten, Ek, Berg, Lo and Vinter beside
people so named; generated results lists and church notices), ``business`` (mail with a quoted reply and a
signature, minutes with initials and @mentions, welcome notes for Tamil-born staff, invoices from bakeries, supplier
lists of firms carrying their founders' names, document comments in German, Polish and Ukrainian-staffed workplaces,
cleaning rotas, job-centre notes with Somali names and interpreters, estate agents' mails, table bookings, a
memorial fund's minutes, auto-replies, customer cases for "Fam. Hansen", mail signatures, rooms and canteens named
after people, works-council minutes, a tender opening with builders carrying their founders' names, a café's lease,
a scanned attendance list with signatures; generated bookings with signatures and estate listings) or ``mixed`` (SMS
and chat wholly in lower case, family Messenger groups with kinship speakers, hairdressers' SMS, Facebook comments,
podcast transcripts with speaker labels in capitals, Google reviews with owners' replies, day-care messages, Discord
with handles and nicknames, newspaper comments, fridge notes with children called Siv, Ask and Bo, a Vietnamese
wedding WhatsApp group, Polish-Danish Slack, Swish payments, a Facebook marketplace, a voicemail transcript, a Spond
team list, a Christmas-card list, a home-care SMS group, Instagram comments, a riding school chat with horses named
like people, a Tamil association group, SMS to plumbers whose firm bears the founder's name, design forums, scanned
call notes, parish Facebook posts, running-group SMS, death notices; generated lower-case SMS threads and podcast
transcripts). Rerunning with the default seed reproduces the committed file byte for byte.

Labelling rule (written before any scoring, each call before the documents it governs were built): the v4-v18 rule of
benchmarks/data/redteam/README.md and ``holdout18/names18_build.py`` applies unchanged (every mention of a
natural person by name is one PERSON span; genitive -s inside, apostrophe genitive outside; titles, roles and
kinship words outside; handles, e-mail addresses, firms, streets, rooms, restaurants, prizes, products and
characters named after people are not PERSON; initials ALONE are not PERSON, an initial with a surname is;
lower-case names and nicknames are PERSON; names in all-caps headings are PERSON; pets are not; public figures
named as themselves are PERSON). Fixed for v19 before writing, arguable calls marked:

- Shops, cafés, restaurants, bakeries, firms, auction houses, estate agents, law firms, clubs, care homes,
  canteens, foundations, prizes, ships, buildings, halls, rooms and streets carrying a person's name are never
  PERSON, in any case and also with a genitive: "Bager Jensens Brød", "Café Petersen", "Malmstens", "Konditori
  Ekberg", "Bruun Rasmussen", "Bukowskis", "EDC Poul Erik Bech", "Erik Olsson Fastighetsförmedling", "Poul
  Schmith", "Kurts Rør", "Kalles Rör", "Hos Bodil", "Hos Birgitta", "Grethe Sørensens Minde", "A.P. Møller
  Fonden", "Knut och Alice Wallenbergs Stiftelse", "Søren Gyldendal-prisen", "Augustpriset", "Georg Stage",
  "af Chapman", "Birger Jarl", "Niels Bohr Institutet", "H.C. Ørsted Bygningen", "Carl Nielsens Allé", "Carl
  Larssons väg", "Olof Palmes gata", rooms "Florence Nightingale" and "Alfred Nobel". The same person named as
  a person next to it is PERSON ("Indehaver ⟦Poul Erik Jensen⟧", "⟦Bodil⟧ selv går på pension"); the owner's
  possessive ("⟦Mehmets⟧ dressing", "⟦Lisbeths⟧ kanelbullar") is PERSON, a product named after a person
  ("Storm P.s yndlingskage", "Gretas gräddbulle", "Fiils favorit") is not.
- Arguable: "fra bager jensen" in a chat, meaning the shop, is not PERSON (the shop
  "Bager Jensens Brød" is what is meant); "Kurt er gået på pension" about the founder of "Kurts Rør" is PERSON.
- Compounds with a hyphen or closed ("Wegner-stol", "Le Klint-lampe", "Marius Fiil-sandwichen",
  "Lund-kvarteret", "Bellmanrummet", "Malmsten-stol", "Kalle Anka-smörgåsen", "Ebbe Lindholm-salen") are not
  PERSON; a designer or painter named as the maker in a catalogue ("Kat.nr. 114: ⟦Kaare Klint⟧") is PERSON.
- Arguable: "Fam. Hansen", "familien Petersen", "fam. Warsame": the surname is PERSON, "Fam."/"familien" outside
  (a household of natural persons named by name); "født Bundgaard" / "född Ask" in an obituary: the maiden name
  is its own PERSON span.
- Speaker labels in transcripts ("⟦METTE⟧:", "⟦JOCKE⟧:") and names in chats before a colon are PERSON;
  kinship speakers ("mor:", "far:", "mamma:", "pappa:") and handles ("lasse_gamer", "Svendborg_Mormor62",
  "trineogtrine", "KarenM", "Karin_S") are not. A display name after "@" ("@⟦Hodan Warsame⟧") is PERSON without
  the "@"; a handle after "@" ("@lb_drift") is not.
- Court and police reports: parties anonymised as letters ("T", "F", "K", "M", "T:s") are not PERSON; judges,
  prosecutors and defence counsel named are. Initials alone in minutes and sign-offs ("AAS", "NTL", "/MK",
  "Ref.: NTL", "HB / MB / PSL", "LSÅ", "K.E.") are not, a
  signature written as a name in lower case ("⟦ngo⟧") is; "⟦M. Lund⟧", "⟦Mia K.⟧", "⟦jakob b⟧", "⟦johan k⟧" are.
- Names that are words are PERSON when they name someone ("⟦Sten⟧", "⟦Bo⟧", "⟦Siv⟧", "⟦Ask⟧", "⟦Eng⟧",
  "⟦Storm⟧", "⟦Vinter⟧", "⟦Lund⟧", "⟦Berg⟧", "⟦Lo⟧", "⟦Ek⟧", lower case too: "⟦bo⟧ er hos farmor") and not
  when they are words ("vinter", "storm i et glas vand", "siv og tagrør", "Storm er ikke varslet", "bor", "Bo
  Bedre-messen", the town Lund, "Vinter-kampagne", "Vinter Logistik A/S", "Storm Advokater").
- Nicknames and short forms (Lasse, Micke, Kalle, Kasia, Bosse, Jocke) are PERSON; a full name
  and its short form in one text are separate spans.
- Names in German, Polish, Ukrainian, Arabic, Somali, Turkish, Vietnamese and Tamil forms are labelled as
  written, family name first for Vietnamese names ("⟦Nguyen Thi Lan⟧", later "⟦Lan⟧"), Somali three-part names
  whole ("⟦Abdirahman Mohamed Hassan⟧"), with particles and hyphens inside ("⟦Anne-Sofie de Neergaard⟧",
  "⟦Carl-Gustaf von Platen⟧", "⟦Hilma af Klint⟧", "⟦Agnieszka Wójcik-Larsen⟧"); "Frau"/"Herr" stay outside.
- Animals named like people are not PERSON (the horses "Sture", "Bosse" and "Kalle" of a riding-school chat,
  beside "⟦Kalle Lindgren⟧"); "anna" as the Tamil word for an elder brother after "⟦Suresh⟧" is not PERSON.
  Names written in capitals by a payment app ("⟦ANNA SVENSSON⟧") are PERSON, the shop or firm on the next line is
  not. Arguable: a surname in the plural for a household ("⟦Storms⟧ – ny adress") is PERSON like "Fam.".
- In generated documents every drawn name is PERSON wherever it stands; the same strings in a club's, a café's,
  a restaurant's, a bakery's, a care home's, a prize's or a street's name, in e-mail addresses and in initials
  are not.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.redteam.holdout10 import cats10_build, names10_build
from benchmarks.redteam.holdout19 import names19_gen, names19_hand_da, names19_hand_sv

DEFAULT_SEED = 19919
OUT = Path(__file__).resolve().parents[2] / "data" / "redteam" / "holdout19" / "names.jsonl"
BANKS = (names19_hand_da.BANK, names19_hand_sv.BANK)


def build(seed: int = DEFAULT_SEED) -> list[dict[str, object]]:
    """v10's builder with v19's banks, generator and ids."""
    return names10_build.build(seed, banks=BANKS, generate=names19_gen.generate, prefix="n19")


def main() -> None:
    cats10_build.main(__doc__, DEFAULT_SEED, OUT, build)


if __name__ == "__main__":
    main()
