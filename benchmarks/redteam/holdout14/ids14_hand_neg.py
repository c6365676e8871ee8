"""Hand-written negatives of the v14 identifier hold-out: business text with look-alikes and no true identifier."""

BANK = r"""
=== hand-neg da
Hej Bo

Ordren er bekræftet. Ordrenr. {{cprlike}}, leveringsdato 14.12.2026. Faktura sendes til EAN {{ean}}.
Ring på {{dkph}} hvis der er ændringer.

Mvh Salg

=== hand-neg da
Betalingsoplysninger
Reg.nr. og kontonr.: {{kto}}
IBAN: {{iban}}
FIK: {{fik}}
CVR: {{cvr}}

=== hand-neg da
Kundenummer {{cprlike:dash}} er spærret pga. manglende betaling. Kontakt debitorbogholderiet på {{dkph}}.

=== hand-neg da
Bilagsliste nov.
Bilag Dato Beløb Konto
{{n}} 0311 1.250,00 {{kto:sp}}
{{n}} 1211 8.400,00 {{kto:sp}}
{{n}} 2811 312,50 {{kto:sp}}

=== hand-neg da
Hej Gitte, jeg har logget opkaldet: kunden ringede fra {{dkph}} kl. {{dkstamp}} (dato+klokkeslæt fra telefonsystemet)
om sag {{cprlike}}. Ingen handling nødvendig.

=== hand-neg da
Eksport fra telefoncentral
Tidspunkt;Nummer;Varighed
{{dkstamp}};{{dkph}};00:03:12
{{dkstamp}};{{dkph}};00:00:48
{{dkstamp}};+46 8 123 456 78;00:12:05

=== hand-neg da
Vi har modtaget dit cpr-nummer, men af sikkerhedshensyn viser vi kun fødselsdatoen: {{cprmask}}.
Hvis det ikke er dig, så ring på {{dkph}}.

=== hand-neg da
Fejl i importfilen:
Linje 12: cpr {{badcpr}} har en ugyldig dato
Linje 18: cpr {{badcpr}} har en ugyldig dato
Begge linjer er sprunget over; personerne skal oprettes manuelt.

=== hand-neg da
Virksomhedsoplysninger
Solstrand Byg A/S
CVR-nr. {{cvr:sp}}
P-nr. {{pnum}} (Holbæk), P-nr. {{pnum}} (Roskilde)
SE-nr. {{senr}}

=== hand-neg da
Hej alle

Nyt nummer til vagttelefonen: {{dkph}}. Gammelt nummer {{dkph}} lukkes 31.12.
Postadresse uændret: Industrivej 22, 8700 Horsens.

=== hand-neg da
Kassebon 0412 2026-12-02 14:31
Varenr {{ean}} Kaffe 2 x 49,95
Varenr {{ean}} Mælk 1 x 12,95
Kort ************4471
Transaktion {{cprlike}}

=== hand-neg da
Referat, budgetmøde
Budget 2027: omsætning 12.400.000, dækningsbidrag 4.210.000, resultat 612.000.
Sag nr. {{cprlike}} om leasing af trucks udsat.
Næste møde 14.01.2027.

=== hand-neg da
Pakkelabel
GLS tracknr. {{ean}}
Afsender tlf {{dkph}}
Modtager tlf {{dkph}}
Ordre {{cprlike}}

=== hand-neg da
Hej, jeg har prøvet at logge ind, men systemet siger "cpr-nummer ikke gyldigt" når jeg taster 31.02.85-1234.
Er det fordi jeg har skrevet forkert? Jeg retter det i morgen, hvor jeg har sygesikringskortet.

=== hand-neg da
Medlemsnumre, fagforening (intern liste)
Medl.nr.;Afd.
{{cprlike}};Aarhus
{{cprlike}};Vejle
{{cprlike}};Odense
Medlemsnumrene er ikke cpr-numre.

=== hand-neg sv
Hej,

Tack för beställningen! Ordernummer {{luhn10}}. Leverans till Storgatan 4, 111 52 Stockholm.
Kundtjänst nås på {{seph}}.

=== hand-neg sv
Betalningsuppgifter
Bankgiro: {{bg}}
Plusgiro: {{pg}}
Org.nr: {{orgnr}}
OCR: {{ocr}}
IBAN: {{iban:se}}

=== hand-neg sv
Ärende {{luhn12}} har tilldelats handläggare. Du kan följa ärendet på Mina sidor.
Telefon: {{seph}}

=== hand-neg sv
Samtalslogg växeln
Tid;Från;Längd
{{yymm}};{{seph:nd}};2:14
{{yymm}};{{seph:nd}};0:31
{{yymm}};{{seph}};5:02

=== hand-neg sv
Export från passersystemet (tid som ÅÅÅÅMMDDttmm)
Dörr;Kort;Tid
Entré;{{n}};{{stamp12}}
Lager;{{n}};{{stamp12}}
Entré;{{n}};{{stamp12}}

=== hand-neg sv
Personnumret visas maskerat av säkerhetsskäl: {{pnrmask}}. Kontakta HR om du behöver se hela.

=== hand-neg sv
Valideringsfel i lönefilen:
Rad 3: {{badpnr}} – felaktig kontrollsiffra
Rad 7: {{badpnr}} – felaktig kontrollsiffra
Raderna importerades inte.

=== hand-neg sv
Hej Lena,

vårt nya växelnummer är {{seph}} och supporten nås på {{seph}}. Mobilnummer till jouren: {{seph:nd}}.

/IT

=== hand-neg sv
Verifikationslista 2026-11
Ver;Datum;Konto;Belopp
{{n}};20261103;1930;-12 400
{{n}};20261112;2440;8 250
{{n}};20261128;6212;-399

=== hand-neg sv
Fakturaunderlag
Kund: Fjällbyggarna AB ({{orgnr}})
Projekt {{luhn10:dash}}
Timmar 42 á 950 kr
Referens: Anna Wik, tel {{seph}}

=== hand-neg sv
Protokoll, arbetsplatsträff
- Ny larmkod till lagret (ej i protokollet)
- Ärendenummer för skyddsronden: {{luhn10}}
- Nästa möte 2027-01-15 kl 13.00

=== hand-neg sv
Leveransavisering
Sändningsnr {{ean}}
Kollin: 3, vikt 42 kg
Ordernr {{luhn12:dash}}
Mottagare tel {{seph}}

=== hand-neg sv
Hej! Nej, 20261203-0915 i filnamnet är datum och klockslag för exporten, inte ett personnummer.
Filen innehåller bara ordernummer som {{luhn10}} och {{luhn10}}.

=== hand-neg sv
Medlemsregister (utdrag, inga personuppgifter)
Medlemsnr;Ort
{{luhn10}};Umeå
{{luhn10}};Luleå
{{luhn10}};Piteå

=== hand-neg en
Supplier master data
Nordlys Revision ApS | CVR {{cvr}} | {{dkph}}
Norrsken Redovisning AB | org.nr {{orgnr}} | {{seph}}
Fjordkraft AS | org.nr {{noorg:sp}} | {{noph}}
Norrsken Oy | Y-tunnus {{ytun}} | {{fiph}}

=== hand-neg en
Payment run 2026-12-03
Beneficiary;Account;Reference;Amount
Nordlys Revision ApS;{{kto}};{{fik}};12,400.00
Norrsken Redovisning AB;{{bg}};{{ocr}};8,250.00
Fjordkraft AS;NO93 8601 1117 947;{{kid}};3,480.00

=== hand-neg en
Call log (times as ddmmyyhhmm from the Danish PBX)
{{dkstamp}} inbound {{dkph}}
{{dkstamp}} outbound {{noph}}
{{dkstamp}} inbound {{fiph}}

=== hand-neg en
Test data note: the numbers in this sheet are masked ({{cprmask}}, {{pnrmask}}) and cannot be used to identify anyone.

=== hand-neg no
Faktura
KID-nummer: {{kid}}
Kontonummer: 1503 42 87654
Org.nr. {{noorg:sp}} MVA
Forfall 20.12.2026
Ugyldig fødselsnummer i kunderegisteret ({{badfnr}}) er slettet.

=== hand-neg fi
Lasku
Y-tunnus {{ytun}}
Viitenumero {{ocr:12}}
Puhelin {{fiph}}
Virheellinen henkilötunnus {{badhetu}} poistettu asiakasrekisteristä.

=== hand-neg da
Hej,

Vores nye telefonnumre:
Reception {{dkph}}
Lager {{dkph}}
Svensk afdeling {{seph}}
Norsk afdeling {{noph}}
/Admin

=== hand-neg da
Leasingkontrakt nr. {{cprlike}}
Leasingtager: Solstrand Byg A/S, CVR {{cvr}}
Ydelse pr. måned {{amount:da}} kr
Restværdi {{amount:da}} kr

=== hand-neg sv
Hej Maja,

Företagskortet slutar på 4471 och avtalet har nummer {{luhn12}}. Vi har inte lagt in några personnummer
i kortsystemet.

/Ekonomi

=== hand-neg da
Fra regnearket (kolonner: ordrenr, dato, beløb):
{{cprlike}}	02-12-2026	4.812,00
{{cprlike}}	02-12-2026	312,50
{{cprlike}}	03-12-2026	18.000,00

=== hand-neg sv
Fakturanr;Datum;Belopp
{{luhn10}};2026-12-01;4 812,00
{{luhn10}};2026-12-02;312,50
{{luhn10}};2026-12-03;18 000,00

=== hand-neg da
Hej Jesper,

Det nummer du fandt i PDF'en ({{cprlike:dash}}) er vores policenummer, ikke et cpr. Kundens cpr står aldrig i
policeoversigten.

/Forsikring

=== hand-neg sv
Hej!

Meddelande från telefonväxeln: Missat samtal från {{seph:nd}} kl. 09:14. Ring tillbaka.
"""
