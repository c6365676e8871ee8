"""More hand-written documents for identifiers.jsonl: quoting, adjacency, running numbers, mixed rows."""

TEXT = r"""
=== hand-quoted da
Hej igen - jeg har tilføjet min mands oplysninger nedenfor.

> Den 28. nov. 2026 kl. 09.12 skrev Kundeservice:
> Vi mangler CPR-nummer på begge ejere for at kunne oprette forsikringen.
> Mit CPR: «cpr»

Min mand: Torben Lykke, «cpr@n,jan1»
Mvh Pia Lykke
=== hand-quoted sv
Tack! Här kommer resten.

> Från: Kundtjänst Folksam
> Vi behöver personnummer för båda försäkringstagarna.
>> Mitt: «pnr:long_dash»

Min sambo: Jesper Holm, «pnr:short_dash»
/Moa
=== hand-adjacent da
Ring til Jens på mobil «phdk:plain», Jens Hansen «cpr» - han er kontaktperson for dødsboet.
=== hand-adjacent da
Reference: Mette Dahl «cpr:dash», fuldmagt vedlagt. Sag: Ole Dahl «cpr:dash@senior».
=== hand-adjacent sv
Mobil «phse:plain», Anders Lind «pnr:short_dash». Ärende: Karin Lind «pnr:short_dash@senior».
=== hand-adjacent da
Medarbejdere på projektet: «cpr:dash» (KH), «cpr:dash@n» (LB) og «cpr:dash» (MS). Timer registreres på sagsnr. «dl10d».
=== hand-running da
Bilagsliste december (udskrift fra e-conomic)
Løbenr.      Bilagsnr.  Dato        Tekst                    Beløb
«dl10»   4411       01.12.2026  Husleje                 -12.500,00
«dl10»   4412       02.12.2026  Løn Mikkel Bang         -28.312,00
«dl10»   4413       03.12.2026  Kontorartikler             -412,75
«dl10»   4414       04.12.2026  Salg faktura 1182       14.875,00
=== hand-running sv
Verifikationslista 2026-11
Löpnr       Ver.nr  Datum       Text                Belopp
«lu10d»     A118    2026-11-01  Hyra                -9 800,00
«lu10d»     A119    2026-11-03  Lön Sara Ek         -31 220,00
«lu10d»     A120    2026-11-04  Kontorsmaterial     -512,40
=== hand-running da
Løbenr.;Navn;CPR;Beløb
«dl10»;Henrik Bach;«cpr:plain»;3.400
«dl10»;Lone Skov;«cpr:plain@n»;2.100
«dl10»;Kaj Nygaard;«cpr:plain»;5.000
«dl10»;Rita Juhl;;1.200
=== hand-mixedrows da
Deltagerliste Øresundskonference (udtræk)
navn;nummer;e-mail;by
Lars Nilsson;«pnr:short_dash»;lars.nilsson@example.se;Malmö
Birgitte Holm;«cpr»;bh@example.dk;Helsingør
Emma Persson;«pnr:short_dash»;emma.p@example.se;Lund
Søren Kjær;«cpr»;soren@example.dk;København
CVR-nr: «cvr»
=== hand-mixedrows sv
namn	nummer	ort
Kasper Friis	«cpr»	Køge
Ulrika Berg	«pnr:short_dash»	Helsingborg
Mads Hvid	«cpr@n»	Roskilde
Org.nr: «orgnr»
=== hand-mixedrows da
Lønkørsel 11/2026 - grænsegængere
Mikael Ström, Malmö - personnummer «pnr:long_dash» - dansk CPR «cpr»
Lise Beck, Kastrup - CPR «cpr» - ingen svensk personnummer
=== hand-dots da
Til skifteretten: Afdødes fødselsdato og personnummer er «cpr:dots@senior» (skrevet som på dødsattesten).
=== hand-pairs da
Telefonnotat: Kunden læste sit CPR op i par: «cpr:pairs». Jeg har gentaget det for hende og det er korrekt. /Jesper
=== hand-url da
Link til borgerens sag: https://sag.kommune.example.dk/borger/«cpr:plain»/sager?fane=oversigt
Link til virksomhed: https://datacvr.virk.dk/enhed/virksomhed/«cvr»
=== hand-url sv
GET /api/v1/kunder/«pnr:long»/fakturor HTTP/1.1 200
GET /api/v1/order/«ocr10»/status HTTP/1.1 404
=== hand-parens da
Arvinger: Lene Mortensen (CPR «cpr»), Bo Mortensen (CPR «cpr@n,jan1») og Søren Mortensen (CPR oplyses senere).
=== hand-parens sv
Deltagare: Ingrid Sund («pnr:short_dash»), Per Sund («pnr:short_dash»), Alma Sund («pnr:short_dash@child», barn).
=== hand-long-negative sv
Transaktionslogg Swish
Transaktions-ID        Belopp   Meddelande
«n:20»   150,00   fika
«n:20»   300,00   hyra del
Betalnings-ID «n:12», avsändarens nr «phse:intl»
=== hand-no no
NAV - vedtak om dagpenger
Fødselsnummer: «fnr»
Saksnummer: «n:8»
Du har rett til dagpenger fra 2. desember. Ved spørsmål, ring «phno».
=== hand-no no
Skattemelding 2026 - Altinn
Navn: Ingvild Sæther
Fødselsnummer: «fnr:space»
Organisasjonsnummer arbeidsgiver: «noorg:spaced»
Kontonummer: «n:4».«n:2».«n:5»
=== hand-no da
Vi har ansat en nordmand, Sindre Bakke. Hans norske fødselsnummer er «fnr», og han har fået dansk CPR «cpr@n» ved indrejsen. Løn fra 1/1.
=== hand-no sv
Norsk samarbetspartner: Kristoffer Lie (fødselsnummer «fnr:space»), org.nr «noorg» MVA. Faktura skickas till Oslo.
=== hand-fi fi
Kela - päätös
Henkilötunnus: «hetu»
Asia: asumistuki
Päätösnumero: «n:4»-«n:6»
Maksu tilille FI«n:16» kuukauden 1. päivä.
=== hand-fi fi
Moi! hetuni on «hetu» jos tarvitset sitä lomakkeeseen. t. Jari
=== hand-fi sv
Hej, jag bor i Helsingfors och jobbar i Stockholm. Min finska personbeteckning är «hetu» och mitt svenska samordningsnummer är «sam:long_dash». /Oskari
=== hand-fi en
Employee master data export
name,country,national_id
Liisa Kallio,FI,«hetu»
Mathias Friis,DK,«cpr»
Nora Berg,SE,«pnr:long_dash»
=== hand-orgnr-sole sv
Enskild firma - Linnea Dahls Hundtrim
Organisationsnummer: «pnr#x:short_dash» (samma som innehavarens personnummer)
Innehavare: Linnea Dahl, personnummer «pnr#x:long_dash»
Bankgiro: «bankgiro»
=== hand-negative da
Lønseddel - felter
CPR-nummer: ______-____
Medarbejdernr.: «n:5»
Lønperiode: «date:%m.%Y»
Udfyldes af lønkontoret.
=== hand-negative sv
Mall för anställningsavtal
Namn: [NAMN]
Personnummer: [ÅÅÅÅMMDD-XXXX]
Anställningsnummer: «n:6»
=== hand-negative da
Svar fra support: Vi kan ikke finde en bruger med kundenummer «dl10d». Bemærk at kundenummeret ikke er dit CPR-nummer, selvom det har samme format (DDMMÅÅ-løbenummer).
=== hand-negative sv
Svenska Spel: Vinstnummer vecka 48: «lu10d», «lu10d», «lu10d». Kontrollera din lott på svenskaspel.se.
=== hand-negative da
Opkaldsliste
«phdk:00» - ubesvaret
«phdk:intl» - 4 min
«phdk:plain» - 12 min
«phse:intl» - 1 min
=== hand-negative sv
Leveransavisering: Kollinummer «sscc», vikt 12 kg, leveransdatum «date:%Y-%m-%d». Kundnummer «lu10d». Tull-ID «n:12».
=== hand-negative da
IMEI-liste over udleverede telefoner
Morten (lager): «imei:spaced»
Jette (kontor): «imei»
Ahmed (chauffør): «imei»
=== hand-negative sv
Lagerrapport - EAN
«ean:73»  Kaffe 450 g   24 st
«ean:73»  Te 20 p       12 st
«ean:73»  Socker 1 kg    8 st
GLN butik: «gln:se»
=== hand-negative da
Tilbud på forsikring nr. «dl10», police nr. «dl10d», skadenr. «dl10». Ring til os på «phdk:pairs».
=== hand-negative sv
Polisnummer «lu10d». Skadenummer «ocr10». Försäkringstagare: Bostadsrättsföreningen Eken, org.nr «orgnr».
=== hand-email-cpr da
Hej Lønservice
Vedhæftet: lønsedler for november. Bemærk at den nye medarbejder Sara Abdi har et CPR uden gyldig kontrolciffer (det er korrekt, hun fik det i 2019): «cpr:dash@n». Hendes medarbejdernr. er «n:5».
Venlig hilsen Bogholderiet
=== hand-email-cpr da
Kære Anne
Tak for snakken. Som lovet: mit CPR er «cpr:space», og min søns er «cpr:space@n,child». Vi kommer torsdag.
Hilsen Martin
=== hand-email-pnr sv
Hej Eva!
Här är uppgifterna till vårdnadsbidraget: Felix «pnr:long@small», jag själv «pnr:long». Min man har samordningsnummer: «sam:long».
/Fatima
=== hand-ocr da
K0PI AF ORIGINAL - dårlig kvalitet
Navn: Egon Frandsen
Cpr. nr.: «cpr:ocr@senior»
Adr.: Skolevej 4, 6100 Haderslev
=== hand-ocr sv
Inskannat intyg (sid 2)
Namn: Gun Lindberg
Pers.nr: «pnr:ocr@senior»
Utfärdat i Borås 1998
=== hand-linebreak da
Bemærk at Kirsten Holm (CPR «cpr:nl») har fået ny adresse pr. 1. december.
=== hand-linebreak sv
Vi har registrerat Anders Ek med personnummer «pnr:nl» i systemet.
=== hand-spdash da
Kundens CPR-nr. er «cpr:spdash» ifølge den indscannede blanket.
=== hand-boxes da
Ansøgningsskema (håndudfyldt, indtastet af sekretær):
CPR: «cpr:boxes@n,jan1»
Navn: Per Olesen
"""
