"""Hand-written v17 documents: text as a PDF or Word extraction leaves it."""

BANK = r"""
=== hand-pdf da
Aarhus Kommune                                         Side 1 af 2
Borgerservice
Afgørelse om boligstøtte til Lene Kristen-
sen, cpr.nr. ⟦cpr:nl⟧, bopæl Vestre Ringgade 4, 8000 Aarhus C. Du er beret-
tiget til boligstøtte fra 1. december.
Aarhus Kommune                                         Side 2 af 2
Borgerservice
Sagsnr. ⟨cprdash⟩  Tlf. ⟨dkph⟩

=== hand-pdf sv
FÖRSÄKRINGSKASSAN                     Beslut                    1 (2)
Namn Personnummer                     Ärende
Lars Holmqvist ⟦pnr:sd#a⟧               ⟨luhn10d⟩
Du har rätt till bostadsbidrag med ⟨amt⟩ kronor per må-
nad från och med januari.
FÖRSÄKRINGSKASSAN                     Beslut                    2 (2)
Namn Personnummer
Lars Holmqvist ⟦pnr:sd#a⟧

=== hand-pdf da
Navn CPR Adresse Postnr By
Karen Iversen ⟦cpr:d⟧ Skolegade 3 6700 Esbjerg
Niels Iversen ⟦cpr:d⟧ Skolegade 3 6700 Esbjerg
Ulla Damgaard ⟦cpr:d⟧ Torvet 1, 2. 5000 Odense C

=== hand-pdf sv
Anställningsavtal
Mellan Nordlys Konsult AB (org.nr ⟨orgnr⟩) och Johan Sjöberg (personnr ⟦pnr:nl⟧) har
följande avtal träffats. Anställningen gäller tillsvidare fr.o.m. 2026-01-01. Månadslön
⟨amt⟩ kr. Sida 1 av 4

=== hand-pdf da
Lejekontrakt for beboelse  Udlejer: Boligselskabet Sydhavn, CVR ⟨cvr⟩  Lejer: Rikke Thorup  CPR: ⟦cpr:s⟧  Lejemål: Sydhavnsgade 8, 3. tv.  Månedlig leje: ⟨amt⟩ kr.  Depositum: ⟨amt⟩ kr.

=== hand-pdf en
CURRICULUM VITAE                                   Page 1
Name Anders Nyberg Date of birth see ID
Swedish ID number ⟦pnr:ld⟧Phone ⟨seph⟩
Experience 2015-2025 Senior developer, Malmö
CURRICULUM VITAE                                   Page 2

=== hand-pdf da
Lønseddel december
Medarbejder CPR-nr. Medarb.nr. Periode
Kasper Wind ⟦cpr:d⟧ ⟨n6⟩ 01.12.25-31.12.25

=== hand-pdf sv
Personbevis
Utfärdat av Skatteverket ⟨stamp12d⟩
Personnummer Namn
⟦pnr:ld⟧Karin Öberg
Folkbokförd Storgatan 5, 222 22 Lund
Skatteverket, Box 2820, 403 20 Göteborg  Sida 1 av 1

=== hand-pdf da
Den 3. november 2025 afsagde Retten i Odense dom i sagen mellem Flemming Nør-
gaard, cpr ⟦cpr:d⟧, og Fyns Auto ApS. Dommen er afsagt af dommer Helle Bro. Sags-
nummer BS-⟨n4⟩/2025. Side 4

=== hand-pdf no
NAV - Vedtak om dagpenger under permittering
Navn: Sindre Aas
Fødselsnummer:
⟦fnr:sp⟧
Saksnummer:
⟨kid⟩
Side 1 av 3 NAV Arbeid og ytelser

=== hand-pdf fi
KELA - Päätös
Nimi Henkilötunnus
Tiina Salonen ⟦hetu⟧Asumistuki
Päätöksen numero ⟨n6⟩⟨n4⟩ Sivu 1/2

=== hand-pdf sv
Kallelse till årsstämma Brf Solgläntan
Röstlängd
Lgh Namn Personnr
1001 Greta Sund ⟦pnr:sd⟧
1002 Ulf Sund ⟦pnr:sd⟧
1103 Frida Wall ⟦pnr:plus⟧
Sida 2

=== hand-pdf da
Erklæring om fuldmagt
Jeg, Søren Kruse (⟦cpr:sd⟧), giver hermed min
søn, Mads Kruse (⟦cpr:sd⟧), fuldmagt til at hæve pen-
gene på min konto ⟨regkto⟩.

=== hand-pdf en
Sheet1
Name	ID	Start	Salary
Emma Falk	⟦pnr:ld⟧	2024-02-01	⟨amt⟩
Kim Jessen	⟦cpr:en⟧	2023-08-15	⟨amt⟩
Sheet2
Invoice	Customer	Amount
⟨cprlike⟩	⟨n6⟩	⟨amt⟩

=== hand-pdf da
Vielsesattest                                                   Kopi
Brudgom: Jakob Rahbek, ⟦cpr:dot⟧ - brud: Louise Rahbek født Holm, ⟦cpr:dot⟧
Vielse foretaget i Vor Frue Kirke. Kirkebogsnr. ⟨n4⟩

=== hand-pdf sv
Kvitto på inbetalning - Swish ⟨stamp12⟩ - Mottagare ⟨seph⟩ - Belopp ⟨amt⟩
Betalare: Oskar Ring ⟦pnr:s⟧
Referens: ⟨luhn10⟩

=== hand-pdf da
Uddrag af tinglysning                                    Side 1
Ejendom: Strandvejen 22, 2900 Hellerup
Adkomsthaver:
Marianne Falk                                            ⟦cpr:n⟧
Pant: ejerpantebrev ⟨amt⟩ kr., dagbogsnr. ⟨dkstamp⟩-⟨n4⟩
Uddrag af tinglysning                                    Side 2

=== hand-pdf en
SUBSTITUTE TEACHERS - Malmö/København
Ida Holt ⟦cpr:en⟧Danish
Sara Lööf ⟦pnr:sd⟧Swedish
Pekka Ranta ⟦hetu:new⟧Finnish

=== hand-pdf sv
Slutbetyg
Eleven Maja Björk, personnummer ⟦pnr:sd,nl⟧, har genomgått gymnasieskolans nationella program.
Rektor ⟨svn⟩ Skolenhetskod ⟨n6⟩⟨n4⟩

=== hand-pdf da
KONTOUDSKRIFT 01.11-30.11 Side 1
Kontohaver: Tove Hald  ⟦cpr:sd#a⟧   Konto ⟨regkto⟩
Dato Tekst Beløb Saldo
03.11 Dankort ⟨n4⟩ Netto -⟨amt⟩ ⟨amt⟩
KONTOUDSKRIFT 01.11-30.11 Side 2
Kontohaver: Tove Hald  ⟦cpr:sd#a⟧
"""
