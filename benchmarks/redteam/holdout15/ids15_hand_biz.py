"""Hand-written v15 documents: business text, tables, chats, scans, cross-border and NO/FI (written for v15)."""

BANK = """
=== hand-mail da
Hej Susanne
Tak for din mail. Jeg har rettet cpr på Jannik til [[cpr:sl#a]] i lønsystemet.
Vh Per
> Hej Per
> Jannik står med forkert cpr i Danløn. Det rigtige er [[cpr:n#a]] (står på hans sundhedskort).
> Mvh Susanne, bogholder

=== hand-mail da
Sv: Fuldmagt til Skattestyrelsen
Hej Mikkel, ja det er fint. Mit cpr er [[cpr:sp]] og min mands er [[cpr:sp]].
Mvh Hanne
--
Hanne Kjeldsen | Kjeldsen Rengøring | CVR {{cvr}} | tlf. {{phdk}}

=== hand-mail da
Videresendt besked fra Jeanette:
"Kan du oprette min nye kollega i adgangssystemet? Navn: Thor Bech, cpr [[cpr]], starter 1/12. Nøglebrik nr. {{num6}}."
Jeg har gjort det. /IT-support

=== hand-mail da
Hej alle
Til julefrokosten skal vi bruge jeres navn og telefonnummer, ikke cpr! En har sendt {{cprmask}} – tak, men det skal vi ikke have.
Venlig hilsen Festudvalget

=== hand-mail sv
Hej Anna,
Personnumret du skickade för Oskar, [[pnr:sd#o]], stämmer inte med Skatteverket – jag tror du menar [[pnr:ld]]? Det första var hans mammas. Hennes kan vi också behöva: [[pnr:ld#o]].
/Lars, Lön

=== hand-mail sv
SV: Tjänstebil
> Kan du skicka ditt personnummer till leasingbolaget så att förmånsvärdet blir rätt?
Absolut: [[pnr:ld]]. Regnr på bilen är NMK 482.
Mvh Fredrik
--
Fredrik Olausson, Säljchef | {{phse}} | Olausson Maskin AB org.nr {{orgnr}}

=== hand-mail sv
Hej ekonomi,
Leverantören Sjöbergs Snickeri (enskild firma) vill ha betalt till bankgiro {{bg}}. På fakturan står "Org.nr/Personnr: [[pnr:sd]]" – jag antar att det är Sjöbergs personnummer eftersom han är enskild näringsidkare.
/Maria, inköp

=== hand-hr da
Fortrolig – advarsel
Til Kenneth Holt, cpr-nr. [[cpr]], medarbejdernr. {{num6}}
Du tildeles hermed en skriftlig advarsel for gentagne udeblivelser (3., 10. og 17. november). Gentages det, kan det føre til opsigelse.

=== hand-hr da
Barselsplan – meddelelse til arbejdsgiver
Medarbejder: Josefine Kjær, cpr [[cpr:en]]
Forventet fødsel: 2. marts 2027. Orlov fra 2. februar.
Partner: Anders Kjær (ansat hos DSV), cpr [[cpr:en]]
Dagpengerefusion søges via Udbetaling Danmark.

=== hand-hr da
Tjekliste, fratrædelse
[x] Nøgler afleveret
[x] Pc returneret (stregkode {{ean}})
[ ] Feriepenge opgjort – cpr til Feriekonto: [[cpr]]
[ ] Sidste lønseddel sendt

=== hand-hr sv
Anställningsavtal, tillsvidare
Arbetstagare: Johanna Lindberg ([[pnr:ls]])
Arbetsgivare: Kustbyggen i Halland AB, org.nr {{orgnr}}
Tillträde 2027-01-07. Månadslön 41 000 kr. Uppsägningstid enligt kollektivavtal.

=== hand-hr sv
Utdrag ur belastningsregistret – begäran
Vi ber att du beställer ett utdrag (skola/förskola) från Polisen och visar upp det oöppnat. Ange ditt personnummer [[pnr:ld]] i e-tjänsten. Ärende HR-{{luhn10}}.

=== hand-payroll da
Lønkørsel december – fejlliste fra Danløn
Linje 14: cpr [[cpr:n]] – skattekort mangler
Linje 22: cpr {{cprmask}} – ufuldstændigt, rettes manuelt
Linje 31: cpr [[cpr:n]] – ny medarbejder, tjek bankkonto {{regkto}}

=== hand-payroll da
Hej Marianne,
Kan du sætte feriefridage til udbetaling for Lasse ([[cpr]]) og Tine ([[cpr]])? De har hhv. 3 og 2 tilbage. Lønnr. 118 og 204.
/Kim

=== hand-payroll sv
Lönespecifikation november 2026
Anställd: Sara Wikström    Pnr: [[pnr:sd]]
Anst.nr: {{num6}}    Bruttolön: 36 200,00    Skatt: 9 184,00    Netto: 27 016,00
Utbetalas till clearing {{clkto}} den 25/11.

=== hand-payroll sv
Hej lön,
Kan ni lägga in skattejämkning för Mats Ohlsson ([[pnr:ld]])? Jämkningsbeslut från Skatteverket, beslutsnr {{luhn12}}, gäller hela 2027.
/Pernilla

=== hand-csv da
Pastet fra Excel (ny medarbejdere Q1):
Navn	Afdeling	Cpr-nr	Startdato
Karoline Winther	Lager	[[cpr]]	05-01-2027
Ahmed Rahimi	Kundeservice	[[cpr:new]]	12-01-2027
Jesper Vang	Lager	[[cpr]]	19-01-2027
(Ahmeds cpr-nr er tildelt i 2016, så systemet klager over modulus – det er korrekt)

=== hand-csv da
medlem_id,navn,cpr,kontingent
{{num6}},Gitte Brandt,[[cpr:n]],480
{{num6}},Oluf Fog,[[cpr:n]],480
{{num6}},Per Krogh,[[cpr:n]],240

=== hand-csv sv
anstnr;namn;personnummer;lönekonto
{{num6}};Lotta Backman;[[pnr:l]];{{clkto}}
{{num6}};Patrik Dahl;[[pnr:l]];{{clkto}}
{{num6}};Ylva Moberg;[[pnr:co,l]];{{clkto}}

=== hand-csv sv
Här är listan från Visma (utan rubriker, kolumnerna är namn | personnummer | anställningsdatum):
Emil Sund | [[pnr:ld]] | 2021-08-16
Ebba Kron | [[pnr:ld]] | 2023-02-01
Arvid Lund | [[pnr:ld]] | 2024-11-11

=== hand-csv da
Fra regnearket "Deltagere kursus 2026" (kolonner: navn; cpr; kommune):
Line Hauge; [[cpr:sd]]; Vejle
Morten Krag; [[cpr:sd]]; Kolding
Ida Frost; [[cpr:sd]]; Fredericia

=== hand-csv en
| Name | Country | ID number | Phone |
|---|---|---|---|
| Rasmus Holm | DK | [[cpr]] | {{phdk}} |
| Elin Sjögren | SE | [[pnr:ld]] | {{phse}} |
| Kari Nordby | NO | [[fnr]] | {{phno}} |
| Mikko Laine | FI | [[hetu]] | {{phfi}} |

=== hand-minutes da
Referat – bestyrelsesmøde i Grundejerforeningen Kildebakken, 26.11.2026
1. Ny kasserer: Louise Dam (cpr [[cpr:sl]] til banken, skal bruges til fuldmagt).
2. Kontingent fastholdes på 1.200 kr.
3. Eventuelt: vejbump. Tilbud nr. {{cprlike}} fra NCC afvist.

=== hand-minutes sv
Protokoll fört vid extra föreningsstämma, Brf Hamnen
§ 4 Till ny ordförande valdes Göran Lindh ([[pnr:sd]]).
§ 5 Till firmatecknare valdes ordföranden och kassören Ulrika Ås ([[pnr:sd]]) två i förening.
Föreningens org.nr {{orgnr}}.

=== hand-contract da
Gældsbrev
Undertegnede Nikolaj Storm, cpr.nr. [[cpr:dot]], erkender at skylde Birgitte Storm, cpr.nr. [[cpr:dot]], 150.000 kr.
Beløbet forrentes med 2 % p.a. og afdrages med 2.500 kr. månedligt til reg.nr./kontonr. {{regkto}}.

=== hand-contract sv
Köpekontrakt – bil
Säljare: Hampus Lind, [[pnr:ld]]
Köpare: Tilde Ahl, [[pnr:ld]]
Reg.nr XYZ 789, miltal 12 400. Pris 84 000 kr, betalas via Swish till {{phse}}.

=== hand-invoice da
FAKTURA nr. {{cprlike}}
Kunde: Torben Lyhne (privat), cpr [[cpr]] – oplyst til brug for håndværkerfradrag
Arbejdsløn: 12.400,00 kr. Materialer: 3.850,00 kr.
Betaling: FIK {{fik}}

=== hand-invoice sv
Påminnelse – faktura {{luhn12}}
Kund: Ebba Hallin. Personnummer för RUT-avdrag: [[pnr:ld]]
Förfallet belopp: 2 140 kr. Betala till bankgiro {{bg}}, OCR {{ocr}}.

=== hand-voucher da
Bilag 412 – udlæg
Medarbejder: Ulrik Aagaard, cpr [[cpr:en]] (til B-indkomst-indberetning)
Kørsel 480 km à 3,81 kr. = 1.828,80 kr.
Bilagsnr. {{cprlike}} – Konto 2750 Rejseudgifter

=== hand-voucher sv
Verifikation 2026-1187
Arvode styrelse, utbetalt till Helena Sund ([[pnr:sd]]), 15 000 kr
Kontrolluppgift KU10 lämnas. Ver.nr {{luhn10}}.

=== hand-board da
Ejerbog – ændring
Aktionær: Bo Kristensen, cpr [[cpr:sd]], 500 anparter
Overdraget til: Kristensen Holding ApS, CVR {{cvr}}
Dato: 02.12.2026

=== hand-board sv
Styrelsens sammansättning (till Bolagsverket)
Ordinarie ledamot: Cecilia Rydén, [[pnr:ld]]
Suppleant: Johan Rydén, [[pnr:ld]]
Revisor: Revisionshuset i Lund AB, org.nr {{orgnr}}

=== hand-chat da
[09.14] Maja: har du lige Emils cpr til forsikringen?
[09.15] Jonas: [[cpr]]
[09.15] Maja: tak! og telefon?
[09.16] Jonas: {{phdk}}

=== hand-chat da
Teams – Kanal: Borgerservice-backoffice
Lise K. 10:02  nogen der kan hjælpe en borger der har fået afvist NemID? Hun siger hendes cpr er [[cpr:sd]] men MitID siger ukendt
Ole B. 10:04  prøv med hende i telefon på {{phdk}}, der er nok slået en forkert dato ind
Lise K. 10:05  👍

=== hand-chat sv
Slack #lön
anna.s: kan nån kolla om [[pnr:sd]] är inlagd i Hogia? nyanställd från måndag
per.l: ja han finns, anstnr {{num6}}
anna.s: toppen tack

=== hand-chat sv
[13:22] Jenny: Farmors personnummer behövs till apoteket, har du det?
[13:24] Robin: [[pnr:plus]] tror jag, hon är ju över hundra
[13:24] Jenny: tack!

=== hand-form da
BLANKET: Ansøgning om adgangskort (skrevet i hånden)
Navn: Birthe   Laustsen
Cpr:  [[cpr:sp]]
Afd.: Regnskab    Tlf: {{phdk}}
Underskrift: B. Laustsen

=== hand-form sv
Blankett – Anmälan om ändrad inkomst (ifylld för hand)
Namn   Ann-Sofie Lundgren
Personnr   [[pnr:ls]]
Ny inkomst/mån   28 500
Datum   3/12-26

=== hand-pdf da
Side 1 af 2 Opgørelse af
feriepenge Cpr-nr.: [[cpr:ocr]] Navn: Vagn
Lauridsen Optjeningsår 2025/26 Feriegodtgørelse 12,5 % Beløb 38.12
0,00 kr. Udbetalingskonto {{regkto}}

=== hand-pdf sv
Beslut                          Datum 2026-11-19
Personnummer Namn               Dnr
[[pnr:ocr]] Kjell Ahlgren           {{luhn10}}
Bostadsbidrag beviljas med 1 S00 kr/mån fr.o.m. december.

=== hand-pdf da
Kommunens Ydelsescenter Borger:HelgaFoss Cpr:[[cpr:ocr]] Periode 01.11-30.11.2026 Boligstøtte 2.140 kr Sagsnr {{num6}}Udbetales til NemKonto

=== hand-scan da
SKANNET DOKUMENT – kvalitet lav
Lejekontrakt for bo1ig, Boligforeningen Øst
Lejer: Peter Holm  cpr.nr. [[cpr:ocr]]
Husleje kr. 6.4OO,- pr. måned

=== hand-scan sv
(inskannad fax)
ANSÖKAN OM HEMTJÄNST
Personnr: [[pnr:ocr,sd]]
Namn: Ingegerd Sjö
Telefon: O8-12 34 5 67

=== hand-scan da
OCR-tekst fra indscannet blanket:
Tilmelding til madordning, Plejecenter Lindely
Cpr-nr  [[cpr:ocr]]
Navn    Arne B. Mortensen
Bem.    diabetes, ingen svinekød

=== hand-cross da
Grænsependler – A1-attest
Medarbejder: Emma Nilsson, bor i Malmö, arbejder i København
Svensk personnummer: [[pnr:ld]]
Dansk cpr (administrativt, tildelt 2024): [[cpr:new]]
Arbejdsgiver: Øresund Logistik A/S, CVR {{cvr}}

=== hand-cross sv
Hej!
Vår nya kollega Mette Dahl bor i Helsingør men jobbar hos oss i Helsingborg. Hon har danskt cpr [[cpr:sl]] och har fått samordningsnummer [[pnr:co,ld]]. Kan lön lägga in henne?
/Personalavdelningen

=== hand-cross en
Nordic payroll sync – exceptions report
DK employee: Jens Aagaard, CPR [[cpr]] – tax card missing
SE employee: Anna Ström, personnummer [[pnr]] – bank account rejected (clearing {{clkto}})
NO employee: Ola Dahl, fødselsnummer [[fnr:sp]] – OK after retry
FI employee: Aino Virtanen, HETU [[hetu:new]] – new century sign, system patched

=== hand-cross en
Hi Lars,
For the Stockholm office insurance we need the personal ID numbers. Kristin's Norwegian D-number is [[fnr:d]] and Pekka's Finnish one is [[hetu]]. Policy ref {{luhn10}}.
Thanks, Hanna (HR Nordics)

=== hand-nofi no
NAV – søknad om foreldrepenger (utskrift)
Søker: Ingrid Solberg, fødselsnummer [[fnr]]
Barn: født 2026-10-30, fnr [[fnr]]
Arbeidsgiver: Solberg Rør AS, org.nr {{noorg}}
Kontonummer for utbetaling: 1503.42.{{num6}}

=== hand-nofi no
Skatteetaten – skattekort 2027
Fødselsnummer: [[fnr:sp]]
Navn: Halvard Berg
Tabelltrekk 7100, prosenttrekk 42 %. Telefon {{phno}}.

=== hand-nofi no
Hei Kari,
Den nye vikaren har bare D-nummer ennå: [[fnr:d]]. Han heter Piotr Nowak. Kan du legge ham inn i Tripletex? KID for husleie er {{kid}}, ikke bland dem.
Hilsen Lise, Bergen kommune

=== hand-nofi fi
Kela – asumistuki, päätös
Hakija: Juho Mäkinen, henkilötunnus [[hetu]]
Puoliso: Laura Mäkinen, henkilötunnus [[hetu:new]]
Tuki 312,40 €/kk alkaen 1.12.2026. Y-tunnus (vuokranantaja): {{ytun}}

=== hand-nofi fi
DVV – väestötietojärjestelmän ote
Henkilötunnus: [[hetu]]
Nimi: Anni Korhonen
Osoite: Hämeenkatu 14 A 3, 33100 Tampere
Puhelin {{phfi}}

=== hand-nofi fi
Hei Pekka,
Uuden työntekijän hetu on [[hetu:new]] (uusi välimerkki). Vanha järjestelmä ei hyväksy sitä. Tilinumero FI{{num6}}{{num6}}.
t. Minna, palkanlaskenta

=== hand-mail da
Hej Karsten
Jeg har ringet til borgeren på {{phdk}} [[cpr:n]] – nej undskyld, jeg mener: tlf. {{phdk}}, cpr [[cpr]].
Det første cpr jeg skrev er hans kones, hun var med i telefonen og skal også registreres.
/Anja

=== hand-mail sv
Hej,
Kontaktuppgifter (tel / personnr / mejl) för vårt nya styrelsemedlem: {{phse}} / [[pnr:sd]] / ulla.berg@mail.se
Hälsningar Brf Tallen

=== hand-mail da
Til kommunens lønkontor
Tlf./cpr: {{phdk}} / [[cpr:sl]]
Navn: Mogens Friis, ny dagplejer fra 1. januar. Mit kontonr er {{regkto}}.

=== hand-form da
Samtykke til videregivelse af oplysninger
Jeg, "[[cpr]]" (skriv cpr-nr.), giver samtykke til at kommunen indhenter oplysninger fra min egen læge.
Navn: Irene Falk   Dato: 28/11-2026

=== hand-form sv
Anmälan om ändrade förhållanden (underhållsstöd)
Bidragsskyldig förälder: ("[[pnr:ld]]") Niklas Öberg
Barn: ([[pnr:kid,ld]])
Ärendenummer ({{luhn12}})

=== hand-pdf sv
Region Skåne Sid 1(1)
Patientavgifter 2026 Personnummer
[[pnr:ld]]
Namn Evert Jönsson Högkostnadsskydd uppnått 2026-08-11 Totalt betalt 1 450 kr Kortnr
{{num6}}

=== hand-chat da
Slack #hr-dk
@mette: cpr på ham nye i Aarhus?
@jakob: ((( [[cpr]] ))) hehe den står også i kontrakten
@mette: tak

=== hand-voucher da
Kassekladde november
Bilag  Dato   Tekst                              Beløb
118    03.11  Honorar, foredrag (Eva Bøgh, cpr [[cpr]])   5.000,00
119    04.11  Taxa, kunde {{num6}}                          412,00
120    07.11  Honorar, Kjeld Moos, cpr.: [[cpr:sp]]        2.500,00

=== hand-invoice da
Rykker nr. 2
Kære Knud Bendtsen (kundenr. {{cprlike}})
Vi har endnu ikke modtaget betaling af faktura {{num6}}. Beløb 1.250 kr. + rykkergebyr 100 kr.
Betal med FIK {{fik}} eller kontakt os på {{phdk}}.
"""
