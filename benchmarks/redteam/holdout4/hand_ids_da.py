# ruff: noqa: W293  (the blank lines of the flattened HTML mails hold a space, as such mails do)
"""Hand-written Danish identifier documents (each written once). Slots: see render.py."""

DOCS = '''
=== hand-gp da
Journalnotat - Lægehuset Søndergade
Pt.: Birthe Kjeldsen, «cpr#a»
Kons. 30.11.26 kl. 09.20, tlf.konsultation
S: Hoste i 3 uger, ingen feber. Ryger 10/dag.
O: -
P: Rtg. thorax henvist, svar følger. Ydernr. 0«num6»
=== hand-gp da
Henvisning til Ortopædkirurgisk Ambulatorium
Patient: Jørgen Lykkegaard Poulsen   CPR: «cpr:plain»
Henvisende læge: Dorte Brink, ydernr. «num6»
Tlf. patient: «phone_dk»
Årsag: Smerter i venstre knæ efter fald på trappe.
=== hand-hospital da
EPIKRISE
Navn ............ Hanne Vestergaard
Cpr-nr .......... «cpr@aged»
Indlagt ......... 17.11.2026
Udskrevet ....... 24.11.2026
Afd. ............ M3, Medicinsk Afdeling
Kontaktnr. afd. . «phone_dk»
=== hand-hospital da
Hej Lone
Kan du få lagt blodprøvesvarene fra i går ind på den rigtige patient? Jeg har skrevet dem på
«cpr» men det skulle have været «cpr» (hun har samme fornavn og er født samme år).
Mvh Søren, sygeplejerske afsnit B5
=== hand-pharmacy da
APOTEKET ØSTERBRO
Recept nr. «num8»-1
Udleveret til: «cpr:space»
Tilskudsberettiget: ja   Tilskud kr. «amount»
Lokationsnr. «gln»
Tak for besøget - kvitteringsnr. «dl10»
=== hand-pharmacy da
Besked fra Apoteket:
Din medicin er klar til afhentning. Oplys venligst CPR-nummer ved skranken.
Ordrenr. «dl10m» - afhentes senest 3 dage efter.
=== hand-tax da
Skattestyrelsen
Årsopgørelse 2025
CPR-nr.: «cpr»
Arbejdsgiver: Vognmand Kirk ApS, SE-nr. «senr»
Personfradrag  «amount»
Du skal betale restskat. Indbetalingskort: «fik»
=== hand-tax da
Jeg har et spørgsmål til min forskudsopgørelse. Jeg skriver for min mor, Grethe Iversen, som
ikke selv kan logge på (hun er «cpr:plain@aged»). Hun har fået pension fra ATP og fra Sampension, men
det er ikke kommet med. Mit eget cpr er «cpr». Mvh Kim Iversen, tlf «phone_dk»
=== hand-akasse da
Fra: FOA A-kasse <noreply@foa-akasse.example>
Emne: Dit medlemskab
Kære Sabina Kowalska
Vi har modtaget din indmeldelse. Medlemsnummer: «dl10m»
Dit CPR-nummer («cpr») er registreret hos os og er brugt til at hente dine indkomstoplysninger.
Venlig hilsen
FOA A-kasse
=== hand-akasse da
Dagpengekort for november
Medlem: Rasmus Thygesen
Medl.nr. «dl10»   CPR «cpr:endash»
Timer arbejdet: 12,5    Udbetales til konto «dk_konto»
=== hand-pension da
PFA Pension - Din pensionsoversigt
Policenummer          «dl10m»
CPR-nummer            «cpr»
Kundenummer           «dl10»
Depotværdi pr. 31.12  «amount»
=== hand-pension da
Hej
Jeg skal bruge hjælp til at udbetale min afdøde fars pension. Han hed Aksel Munk og havde cpr-nr.
«cpr@old». Policen hedder «policy». Boet er sluttet og jeg er eneste arving.
Venlig hilsen Lisbeth Munk
=== hand-childwelfare da
Underretning modtaget 28/11 kl. 14.35 (Børne- og Familieafdelingen)
Barn: Noah, «cpr@child»
Mor: Jeanette Holm Nissen, «cpr»
Far: ukendt / ikke oplyst
Underretter: skolelærer, kontakt via skolens tlf. «phone_dk»
Sagsnr. «case»
=== hand-childwelfare da
§ 50-undersøgelse - oplysninger om familien
Børn i husstanden:
  - Alma  «cpr:plain@child»
  - Viktor  «cpr:plain@child»
Forældremyndighed: fælles
Sagsbehandler: Pia Kornum, direkte tlf. «phone_dk»
=== hand-prison da
KRIMINALFORSORGEN - Afdeling Sjælland
Vedr. klient: Dennis Bøgh Larsen
Klientnr.: «dl10»
CPR: «cpr»
Tilsyn ophører: «date»
Journalnr. «case»
=== hand-prison da
Til vagten
Indsat i celle 14 (Mikkelsen, «cpr:dash») skal have besøg søndag kl. 13. Besøgende: hans bror,
CPR «cpr:plain», godkendt ved besøgskontrol d. 27/11.
=== hand-church da
Sogn: Vor Frue - Navngivning
Barnets CPR-nr.: «cpr@y2025,child»
Navn: Ella Marie
Mor: «cpr», far: «cpr»
Anmeldt via borger.dk, kvitteringsnr. «dl10m»
=== hand-church da
Hej kirkekontoret
Vi vil gerne have vores søn døbt den 14. december. Han hedder Oskar og har cpr «cpr:plain@child».
Jeg er selv medlem af folkekirken, min mand er ikke. Med venlig hilsen Marie Søgaard, «phone_dk»
=== hand-sport da
Ansøgning om kommunalt tilskud - medlemmer under 25 år
Forening: Hvidovre Svømmeklub, CVR «cvr»
Medlem                 Fødselsdato   CPR
Freja Lund             2012          «cpr:plain@y2012,child»
Anton Bak              2010          «cpr:plain@y2010,child»
Ibrahim Al-Sayed       2009          «cpr:plain@y2009,child»
=== hand-sport da
Hej træner, mit barn Laurits skal registreres til DBU-licens. Hans cpr er «cpr@child»
og mit mobilnr. er «phone_dk». Licensnr. fra sidste år var «dl10». Hilsen far Carsten
=== hand-housing da
Boligforeningen Lærkevang - Venteliste
Ansøgernr.  «dl10m»
Ansøger     Morten Skytte, «cpr»
Medansøger  Line Skytte, «cpr»
Anciennitet «date»
=== hand-housing da
Opsigelse af lejemål
Undertegnede lejer, Tove Rask (cpr.nr. «cpr@aged»), opsiger hermed lejemålet Lærkevang 14, 2. th.,
lejemålsnr. «num8», til fraflytning 28.02.2027. Depositum bedes indsat på reg.nr./kontonr. «dk_konto».
=== hand-debt da
INKASSOMEDDELELSE
Skyldner: Patrick Winther
CPR: «cpr»
Vores sagsnr.: «dl10m»
Kreditor: Telia Danmark, kundenr. «dl10»
Hovedstol «amount»   Renter «amount»
Indbetal via FI-kort: «fik»
=== hand-debt da
Kære kunde
Din sag med sagsnummer «dl10_dash» er nu afsluttet. Vi har slettet dit cpr-nummer fra vores system.
Har du spørgsmål, så ring på «phone_dk».
=== hand-hr da
Medarbejderdata - ændring
Medarbejdernr.: «num6»
Navn: Kristine Juhl
CPR: «cpr»
Ny adresse: Bredgade 22, 1. tv, 7400 Herning
Lønkonto: «dk_konto»
Ændringen gælder fra lønperiode 12.
=== hand-hr da
Hej Lønafdelingen
Ny medarbejder starter 1/12: Mathias Ravn, cpr «cpr:plain». Han har frikort, så skatteprocenten
er 0 indtil videre. Timeløn «amount». Han er på kontrakt nr. «dl10». /Hanne, HR
=== hand-itticket da
Sag #«num6» - Kan ikke logge på MitID Erhverv
Oprettet af: Lars Vinther
Beskrivelse: Når jeg taster mit cpr (««cpr:plain»») siger den "ukendt bruger". Min kollega har
samme problem. PC: HP-«num6», IMEI på telefonen: «imei»
Prioritet: Mellem
=== hand-itticket da
Incident INC«num8»
Fejl i integration mod CPR-registret: opslag på «cpr» returnerer 404, opslag på «cpr» virker.
Stacktrace vedhæftet. Korrelations-id: «dl10m»-«num6»
=== hand-realestate da
KØBSAFTALE
Sælger: Niels Bjerregaard, cpr.nr. «cpr@aged»
Køber: Amalie Holst, cpr.nr. «cpr@young», og Jonas Frost, cpr.nr. «cpr@young»
Ejendommen: matr.nr. 14 ab, Tranbjerg By, BFE-nr. «dl10»
Kontantpris kr. «amount»
Købers bank: reg.nr. «dk_konto»
=== hand-realestate da
Salgsopstilling
Ejendomsnr.: «num6»   BFE-nummer: «dl10m»   Sagsnr.: «dl10»
Kontantpris: 2.495.000   Ejerudgift pr. md.: 3.211
Mægler: home Viby, tlf. «phone_dk», CVR «cvr»
=== hand-travel da
BOOKINGBEKRÆFTELSE  Reservation: K7QX2M
Passager 1: HANSEN/METTE MRS    Billetnr. 117«dl10»
Passager 2: HANSEN/OLIVER CHD   Billetnr. 117«dl10»
SK 1415 CPH-OSL 12DEC 0710 0820   Klasse: Go
Kundenummer EuroBonus: «num8»
=== hand-travel da
Hej rejsebureauet
Min datter skal med på skolerejsen og skal have sygesikringen registreret. Hendes CPR er
«cpr@y2012-2016,child», og billetnummeret står som «dl10m». Mvh Camilla Dahl
=== hand-teams da
[09:14] Signe Wulff
har nogen cpr på den nye vikar? skal oprette hende i lønsystemet
[09:16] Peter Krag
«cpr» - Ida Mørch
[09:16] Peter Krag
og hendes tlf «phone_dk»
[09:17] Signe Wulff
👍 tak
=== hand-calendar da
Emne: Samtale vedr. sygefravær
Tidspunkt: tirsdag 2. december 2026 10:00-10:45
Placering: Mødelokale Egern
Arrangør: Anne Kirkegaard
Beskrivelse: Deltager: Brian Fogh («cpr»). Husk at tage fraværsoversigten med.
Møde-id: «dl10m»
=== hand-outlookfwd da
-----Oprindelig meddelelse-----
Fra: Jytte Bonde <jb@revisor-bonde.example>
Sendt: 27. november 2026 15:02
Til: Kasper Lind
Emne: SV: Selvangivelse

Hej Kasper, jeg mangler stadig dit cpr. Kan du sende det (sikkert)?

> Det er «cpr:plain». Undskyld at det kom på almindelig mail.
> Mvh Kasper
=== hand-outlookfwd da
Videresendt meddelelse:
Fra: Lise Gram
Emne: VS: Løn til Thomas

Thomas har fået nyt kontonummer: «dk_konto». CPR «cpr» står forkert i lønsystemet, sidste ciffer er 3 ikke 8.
=== hand-minutes da
Referat af personalemøde 26.11.2026
Til stede: AK, BH, LJ, MR
1. Ny procedure: cpr-numre må ikke skrives i mails. Brug sagsnummer i stedet (fx «dl10m»).
2. Eksempel fra sidste uge: en mail med «cpr» blev sendt til forkert modtager. Hændelsen er anmeldt
   til Datatilsynet (j.nr. «case»).
3. Evt.: intet
=== hand-ocrform da
BLANKET 17A - ANSØGNING OM TILSKUD
Navn:  Ole Bach Kristensen
Cpr.nr.: «cpr:ocr»
Adresse: Skolevej 4,  8600 Silkeborg
Tlf: «phone_dk»
Underskrift: _______________
=== hand-ocrform da
ANMELDELSE AF ARBEJDSSKADE
Tilskadekomnes navn   Henrik Dam
Cpr-nr                «cpr:ocr»
Arbejdsgiver CVR      «cvr»
Skadesdato            «date»
=== hand-pdfcols da
Lønseddel                                 Periode 01.11.2026 - 30.11.2026
Medarbejder: Susanne Kiær                 Medarbejdernr. «num6»
CPR-nr.:                                  Afdeling: Lager
«cpr»                                     Skattekort: Hovedkort
Timer  160,33                             Træk%  38
AM-bidrag   «amount»                      A-skat «amount»
=== hand-pdfcols da
Side 1 af 2        Dato        Bilagsnr.       Tekst                        Beløb
                   03.11.26    «dl10»      Husleje november             «amount»
                   04.11.26    «dl10»      Løn Jakob Holm «cpr»  «amount»
                   04.11.26    «dl10»      Løn Nanna Bech «cpr»  «amount»
=== hand-html da
Kære Mads Ibsen,
 
Tak for din henvendelse [https://kommune.example/sag?id=«dl10m»] .
 
*Dine oplysninger*
Navn: Mads Ibsen
CPR: «cpr»
Sagsnummer: «case»
 
Med venlig hilsen
Borgerservice | Tlf. «phone_dk» | [Logo]
=== hand-markdown da
| Navn | CPR | Afdeling | Medarb.nr. |
|---|---|---|---|
| Yasmin Haddad | «cpr» | Bogholderi | «dl10» |
| Karl Nørgaard | «cpr:plain» | Lager | «dl10» |
| Emma Friis | «cpr» | Salg | «dl10» |
=== hand-log da
2026-11-30 08:12:44,118 INFO  [req «dl10m»] opslag borger cpr=«cpr:plain» status=200
2026-11-30 08:12:45,002 WARN  [req «dl10m»] timeout mod CPR-service, retry 1/3
2026-11-30 08:12:47,870 INFO  [req «dl10m»] opslag borger cpr=«cpr:plain» status=200
2026-11-30 08:13:02,431 INFO  job «dl10» færdig, 2 rækker
=== hand-log da
Nov 30 02:00:01 backup01 cron[4411]: job nightly_«dl10m» started
Nov 30 02:14:37 backup01 rsync[4420]: sent «num8» bytes received «num6» bytes
Nov 30 02:14:38 backup01 cron[4411]: job nightly_«dl10m» done
=== hand-csv da
"Navn";"CPR";"Adresse";"Bemærkning"
"Hjort, Malene";"«cpr»";"Åboulevarden 3; 3. sal";"ny kunde"
"Falk, Bent";"«cpr:plain»";"Vestergade 9";"""betaler kontant"""
"Sørensen, Kaj";"«cpr»";"Hovedgaden 1, st.";""
=== hand-csv da
id,oprettet,data
«num6»,2026-11-28,"{""navn"": ""Ulla Berg"", ""cpr"": ""«cpr:plain»"", ""tlf"": ""«phone_dk»""}"
«num6»,2026-11-29,"{""navn"": ""Finn Aagaard"", ""cpr"": ""«cpr»"", ""kundenr"": ""«dl10»""}"
=== hand-dos da
MEDARB  NAVN                      CPR-NR      AFD  LØNNR
------  ------------------------  ----------  ---  ----------
 00412  BENTSEN POUL ERIK         «cpr:plain»  012  «dl10»
 00413  CHRISTOFFERSEN ANNI       «cpr:plain»  012  «dl10»
 00420  DUE KNUD                  «cpr:plain»  031  «dl10»
=== hand-sms da
Hej det er mormor. Her er mit cpr til lægen: «cpr@aged». Ring hvis du mangler noget. Knus
=== hand-sms da
Din pakke med track & trace «tracking» er klar i pakkeshoppen. Afhent med kode «num6».
=== hand-prose da
Min søn har fået cpr-nummeret «cpr@y2025,child». Hvornår får han sit sundhedskort?
=== hand-prose da
Hun blev født nytårsdag 1985, og hendes cpr er «cpr@y1985,jan1» - det går ikke op i modulus 11, men det er rigtigt nok.
=== hand-prose da
Til orientering: dit medlemsnummer «dl10m_dash» er ikke dit cpr-nummer, selv om det ligner. Brug
medlemsnummeret når du ringer.
=== hand-prose da
Vi har modtaget din betaling. Ordrenummer: «dl10m». Faktura: «dl10». Kvittering sendt til din e-mail.
=== hand-neg da
Telefonliste - Fysioterapien
Klinik            «phone_dk»
Akut              «phone_dk»
Fax               «phone_dk»
Jonna (mobil)     «phone_dk»
CVR               «cvr»    P-nr. «pnum»
EAN               «gln»
=== hand-neg da
Faktura 2026-«num6»
Kunde nr. «dl10m»    Ordre nr. «dl10»
Varenr.   Beskrivelse          Antal   Pris
«ean»     Kontorstol Ergo 2     2      «amount»
«ean»     Skrivebordslampe      4      «amount»
Betales til reg. «dk_konto», FI «fik»
=== hand-neg da
Produktionsenheder
P-nr. «pnum»   Hovedkontor, Vejle
P-nr. «pnum»   Lager, Fredericia
P-nr. «pnum»   Butik, Kolding
CVR «cvr»
=== hand-neg da
Lotto lørdag: vindertal «lotto», tillægstal «num6». Din kupon nr. «dl10m» har 4 rigtige.
=== hand-neg da
Skabelon til medarbejdere: skriv aldrig hele cpr-nummeret. Skriv fødselsdato og XXXX, fx «masked_cpr».
=== hand-neg da
Vi kan desværre ikke finde en person med cpr «cpr_bad» - tjek om datoen er rigtig (dag over 31).
=== hand-neg da
Sikringsnr. «dl10m»   Policenr. «policy»   Skadenr. «dl10»
Forsikringstager: Gitte Krogh (cpr ikke oplyst)
=== hand-mixed da
Hej Lars, her er listen over de nye sæsonarbejdere:
- Anna Lindqvist (fra Malmö), personnummer «pnr»
- Piotr Nowak, CPR «cpr»
- Johanna Eriksson, svensk pnr «pnr:long»
- Mikkel Aagaard, cpr «cpr:plain»
Tlf. til formanden: «phone_dk»
=== hand-mixed da
Grænsependler - oplysninger til SKAT
Navn: Erik Magnusson
Svensk personnummer: «pnr:long_dash»
Dansk CPR: «cpr»
Bopæl: Helsingborg. Arbejdsgiver i DK: CVR «cvr»
=== hand-icelandic da
Ny medarbejder fra Island: Sigríður Jónsdóttir. Hun har ikke dansk cpr endnu; islandsk kennitala
«kt». Når hun har fået cpr, opdaterer vi personalesystemet.
=== hand-icelandic da
Gæster fra Reykjavík-kontoret:
Gunnar Ólafsson, kennitala «kt»
Helga Björnsdóttir, kennitala «kt»
Værelser booket på hotellet, bookingnr. «dl10m».
=== hand-family da
Kære Ulrik
Vi vedhæfter kopi af bodokumenterne. Afdødes CPR: «cpr#d@old». Arvinger: Ulrik Kamp («cpr»)
og Tina Kamp («cpr»). Husk at henvise til afdødes nummer «cpr#d:plain» ved henvendelse til banken.
Skifterettens j.nr.: «case»
=== hand-quoted da
> > Hvad er hans cpr?
> «cpr»
Tak. Og hans kone?
> Hun hedder Marianne, cpr «cpr»
=== hand-linebreak da
Vedr. ansøgning fra Ahmad Rahimi, cpr.nr. «cpr:nl», om
boligstøtte. Vi mangler lønsedler for september og oktober.
=== hand-linebreak da
Ansøger: Josefine Krag                 Ansøgningsnr. «dl10»
CPR-nummer: «cpr:nl»
Bevilget: ja
=== hand-dots da
Cpr.: «cpr:dots»
Navn: Elias Møller, 4.b
=== hand-spaced da
CPR - nr.:  «cpr:spdash»
Navn:  Lene Nygaard
=== hand-quote da
Han skrev i mailen: "mit cpr er «cpr», hvis I skal bruge det" - det skal vi ikke, så det er slettet.
=== hand-quote da
Kunden oplyste »«cpr:plain»« i telefonen, men systemet fandt ham ikke.
=== hand-teams da
Jonas Krogh 10:02
@Maja kan du se om «cpr» er oprettet i e-Boks?
Maja Lund 10:05
ja, men der står en forkert adresse. Jeg retter
Jonas Krogh 10:06
tak! ordre «dl10m» venter på det
=== hand-postnr da
Hej. Vi har skiftet bank. Nyt kontonr.: «dk_konto». IBAN «iban_dk». Gammelt kontonr. «dk_konto».
=== hand-kid da
Mit barnebarn Sofie skal på vuggestue. Hendes cpr «cpr:plain@y2025,child» - hun er fra sidste år, så det ender nok
ikke på et tal der går op med 11 eller hvad det nu er.
'''
