"""Hand-written v17 documents: legal (courts, lawyers, contracts, probate, land registry) and finance."""

BANK = r"""
=== hand-legal da
RETSBOG for Retten i Glostrup
Sag BS-⟨n4⟩/2025
Sagsøger: Henrik Mortensen, cpr.nr. ⟦cpr:d⟧
Sagsøgte: Kattegat Logistik A/S, CVR-nr. ⟨cvr⟩
Retten bemærkede, at sagsøgtes P-nummer ⟨pnum⟩ ikke fremgår af stævningen.

=== hand-legal sv
DOM 2025-10-21, Malmö tingsrätt, mål nr T ⟨n4⟩-25
KÄRANDE: Linnea Håkansson, ⟦pnr:sd⟧
SVARANDE: Byggservice i Skåne AB, ⟨orgnr⟩
Ombud för käranden: advokat Per Stål, tel ⟨seph⟩

=== hand-legal da
Testamente
Undertegnede Aksel Frandsen, cpr-nr. ⟦cpr:d,old⟧, bestemmer hermed som min sidste vilje:
Min formue tilfalder min datter Karen Frandsen, cpr-nr. ⟦cpr:d⟧, og mit barnebarn Ida Frandsen, cpr-nr. ⟦cpr:d,kid⟧, med halvdelen hver.
Underskrevet for notarius publicus, notarialnr. ⟨cprlike⟩.

=== hand-legal sv
BOUPPTECKNING
Den avlidne: Gunnar Eklöf, ⟦pnr:ld⟧, avled 2025-08-14
Dödsbodelägare:
  Maria Eklöf, make, ⟦pnr:ld⟧
  Anders Eklöf, son, ⟦pnr:ld⟧
Tillgångar: bankkonto clearing ⟨n4⟩ kontonr ⟨luhn10⟩, saldo ⟨amt⟩ kr

=== hand-legal da
Skøde
Køber: Ditte Kragelund, ⟦cpr:sd⟧, og Anders Kragelund, ⟦cpr:sd⟧
Sælger: Ejendomsselskabet Fjordbyg ApS, CVR ⟨cvr⟩
Matr.nr. 14b, ejerlav Vanløse. Ejendomsnr. ⟨n6⟩. Købesum ⟨amt⟩ kr.

=== hand-legal sv
Lagfartsansökan
Fastighet: Lund Vallkärra 12:4
Köpare: Pontus Ek ⟦pnr:sd⟧ (1/2), Ylva Ek ⟦pnr:sd⟧ (1/2)
Köpeskilling ⟨amt⟩ kr. Ärende ⟨luhn12d⟩ hos Lantmäteriet.

=== hand-legal da
Kære Camilla Bech

Som aftalt fremsender jeg udkast til ægtepagt mellem dig (⟦cpr:d⟧) og Jesper Holt (⟦cpr:d⟧).
Bemærk at vores sagsnummer ⟨cprdash⟩ skal anføres ved indbetaling via FIK ⟨fik⟩.

Med venlig hilsen
Advokat Bodil Lund

=== hand-legal en
SHARE PURCHASE AGREEMENT - schedule 3 (sellers)
1. Magnus Östberg, Swedish personal identity number ⟦pnr:ld⟧
2. Kristian Lykke, Danish CPR no. ⟦cpr:d⟧
3. Nordic Growth Holding AB, reg. no. ⟨orgnr⟩

=== hand-legal no
Skifteattest
Avdøde: Olav Rønning, fødselsnummer ⟦fnr⟧
Arvinger: Liv Rønning, fødselsnummer ⟦fnr⟧; Per Rønning, D-nummer ⟦fnr:d⟧ (bosatt i Danmark)

=== hand-legal da
Anklageskrift - anklagemyndigheden mod tiltalte Kim Lassen (cpr ⟦cpr:d⟧), for overtrædelse af straffelovens § 276. Journalnr. ⟨cprlike⟩.

=== hand-legal sv
Fullmakt
Jag, Kristina Borg, ⟦pnr:plus⟧, ger härmed min dotter Sara Borg, ⟦pnr:sd⟧, fullmakt att företräda mig i alla bankärenden.
Ort och datum: Göteborg ⟨stamp12d⟩

=== hand-finance da
Låneansøgning - Totalkredit
Ansøger 1: Mikkel Rask, CPR ⟦cpr:d⟧, årsindkomst ⟨amt⟩
Ansøger 2: Signe Rask, CPR ⟦cpr:d⟧, årsindkomst ⟨amt⟩
Lånesagsnr.: ⟨cprlike⟩
Konto til udbetaling: reg. ⟨regkto⟩

=== hand-finance sv
Kontrolluppgift KU10 - inkomstår 2025
Betalningsmottagare: ⟦pnr:l⟧ Karl Sundberg
Utbetalare: ⟨orgnr⟩
Kontant bruttolön: ⟨amt⟩
Avdragen skatt: ⟨amt⟩

=== hand-finance da
Skadeanmeldelse, indbrud
Forsikringstager: Lone Kjeldsen, ⟦cpr:d⟧
Police nr.: ⟨cprdash⟩
Skadenr.: ⟨cprlike⟩
Anmeldt til politiet, journalnr. ⟨n4⟩-⟨n6⟩

=== hand-finance sv
Överföring av pensionskapital
Från: Nordnet Pensionsförsäkring, försäkringsnr ⟨luhn10⟩
Försäkrad: Magnus Lund, ⟦pnr:ld⟧
Förmånstagare: Eva Lund, ⟦pnr:ld⟧

=== hand-finance en
KYC refresh - private banking
Client: Therese Kvist, Swedish ID ⟦pnr:ld⟧, tax resident DK (CPR ⟦cpr:sl,nm⟧ since 2024 - issued under the new rules, no modulus 11)
Account ⟨ibanse⟩. Risk score 2.

=== hand-finance da
Årsopgørelse 2025 (uddrag)
Navn: Poul Dam      CPR-nr.: ⟦cpr:d⟧
Personlig indkomst ⟨amt⟩    Kapitalindkomst -⟨amt⟩
Restskat betales via indbetalingskort ⟨fik⟩

=== hand-finance no
Lånesøknad
Søker: Kari Haugland, fødselsnr ⟦fnr⟧
Medsøker: Jon Haugland, fødselsnr ⟦fnr⟧
Konto ⟨n4⟩.⟨n4⟩.⟨n4⟩, KID ⟨kid⟩

=== hand-finance fi
Verokortti 2026
Nimi: Juha Mäkinen
Henkilötunnus: ⟦hetu⟧
Työnantajan Y-tunnus: ⟨ytunnus⟩
Viitenumero: ⟨ocr⟩

=== hand-finance sv
Skadeanmälan hem (Länsförsäkringar)
Försäkringstagare: Malin Ek ⟦pnr:sd⟧
Försäkringsnummer: ⟨luhn12d⟩
Skadedatum ⟨stamp12d⟩
Bankgiro för utbetalning ⟨bg⟩

=== hand-finance da
Pensionsoversigt fra PensionsInfo
Hanne Lorentzen, ⟦cpr:d⟧
ATP: ⟨amt⟩ kr./år
Firmapension, police ⟨cprlike⟩: ⟨amt⟩ kr./år

=== hand-finance en
Loan application summary - co-applicants in two countries
Primary: Thomas Vinther, Denmark, CPR ⟦cpr:dot⟧
Co-applicant: Elin Vinther, Sweden, personnummer ⟦pnr:sd⟧
Application ID: ⟨luhn10⟩, submitted ⟨epoch⟩ (unix time)
"""
