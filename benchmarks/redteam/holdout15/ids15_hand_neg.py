"""Hand-written v15 documents without a true identifier: look-alikes a careful reader tells apart (written for v15)."""

BANK = """
=== hand-neg da
Kommunens kreditorliste, udtræk
Leverandør               CVR         P-nr          EAN-lokationsnr
Renovation Syd A/S       {{cvr}}    {{pnum}}    {{ean}}
Skolemælk Danmark ApS    {{cvr}}    {{pnum}}    {{ean}}

=== hand-neg da
Hej Anette
Betalingen til plejecentrets vaskeri er returneret. Vi brugte reg.nr./konto {{regkto}}, men de har skiftet bank. Ny konto kommer i næste uge.
/Økonomi

=== hand-neg da
Journalnotat: borgeren ringede fra {{phdk}} kl. 14.32 og igen fra {{phdk}}. Hun ville ikke oplyse cpr i telefonen, så vi har sendt brev via e-Boks. Sagsnr. {{cprdash}} (Momentum).

=== hand-neg da
Indbetalingskort, Vejle Forsyning
Kundenr. {{cprlike}}
Betales med FIK {{fik}}
Forbrug 01.10–30.11: 42 m³ vand, i alt 2.318,75 kr.

=== hand-neg da
Fakturaliste (kreditorer) uge 49
Faktura {{cprlike}} | Dafolo A/S | 4.200,00
Faktura {{cprlike}} | Lyreco | 1.118,40
Faktura {{cprdash}} | KMD | 98.000,00

=== hand-neg da
Log fra adgangskontrol, rådhuset
{{dkstamp}} kort {{num6}} dør 3 OK
{{dkstamp}} kort {{num6}} dør 1 AFVIST
(første kolonne er ddmmååttmm)

=== hand-neg da
Politiets journalnr. 4100-{{num6}}-26 vedr. indbrud i SFO'en. Forsikringens skadenummer {{cprdash}}. Ingen personer er sigtet.

=== hand-neg da
Kære forældre
Skolen har nyt telefonnummer: {{phdk}}. SFO'en kan fortsat kontaktes på {{phdk}}. Aula-support: {{phdk}}.

=== hand-neg da
Lønsedlen viser cpr som {{cprmask}} – det er helt normalt, vi viser aldrig de sidste fire cifre.
Venlig hilsen Lønservice

=== hand-neg da
Borgeren oplyste cpr {{badcpr}}, men den dato findes ikke. Vi har bedt hende sende et billede af sundhedskortet. Indtil da er sagen sat i bero.

=== hand-neg da
Tilbud på lejebolig, Boligkontoret Danmark
Lejemålsnr. {{cprlike}}, 3 vær., 78 m²
Husleje 7.450 kr., depositum 22.350 kr.
Svar senest {{dkstamp}} (svarfrist, ddmmååttmm i systemet)

=== hand-neg da
Pensionsselskabets kontonummer til indbetaling: {{regkto}}. Husk at skrive policenummer {{cprlike}} som tekst på overførslen.

=== hand-neg da
Møde i Handicaprådet 9.12 kl. 16.00–18.00, lokale 1.14. Tilmelding til sekretær på {{phdk}} eller {{phdk}}. Dagsorden nr. 2026-{{num6}}.

=== hand-neg da
IBAN: {{ibandk}}
SWIFT: DABADKKK
Modtager: Frederiksberg Kommune, CVR {{cvrsp}}

=== hand-neg da
Ordrebekræftelse {{cprlike}}
Varenr. {{ean}}, 12 stk. kontorstole
Levering uge 2, lager i 8600 Silkeborg

=== hand-neg sv
Leverantörsreskontra, Region Uppsala
Leverantör           Org.nr         Bankgiro    Plusgiro
Medicinteknik AB     {{orgnr}}    {{bg}}   {{pg}}
Städ & Service HB    {{orgnr}}    {{bg}}   {{pg}}

=== hand-neg sv
Hej,
Fakturan {{luhn12d}} betalades till fel bankgiro ({{bg}}). Rätt bankgiro är {{bg}}. Vänligen återbetala.
/Kommunens ekonomiservice

=== hand-neg sv
Journalanteckning: ringde patienten på {{phse}} och {{phse}}, inget svar. Skickat brev. Remissnr {{luhn10}}.

=== hand-neg sv
Ärendelogg (Platina), Socialnämnden
{{stamp12}} Handling registrerad, dnr SN 2026/{{num6}}
{{stamp12}} Beslut fattat
(tidsstämplar ååååmmddttmm)

=== hand-neg sv
Personnumret i ansökan var maskerat ({{pnrmask}}) och kan inte användas. Vänligen komplettera via e-tjänsten.

=== hand-neg sv
Hej!
Personnumret {{badpnr}} som du angav går inte igenom kontrollsiffran. Kontrollera och skicka igen, så registrerar vi medlemskapet.
/Fackförbundet Vision

=== hand-neg sv
Kundnummer {{luhn10}}
Avtalsnummer {{luhn12}}
OCR-nummer {{ocr}}
Belopp 1 480 kr, förfallodag 2026-12-30

=== hand-neg sv
Inbetalning till Skatteverket: bankgiro 5050-1055, OCR {{ocr}}. Skattekontots saldo: −4 212 kr.

=== hand-neg sv
Telefonlista Vårdcentralen Linden
Reception {{phse}}
Sjuksköterska {{phse}}
BVC {{phse}}
Jour (dygnet runt) {{phse}}

=== hand-neg sv
IBAN {{ibanse}}, BIC SWEDSESS. Mottagare: Hyresgästföreningen, org.nr {{orgnr}}.

=== hand-neg sv
Lagerlista
artikelnr;benämning;antal;EAN
{{luhn10}};Rullstol standard;4;{{ean}}
{{luhn10}};Rollator 4 hjul;11;{{ean}}

=== hand-neg sv
Styrelsemöte Brf Eken – närvarande: ordf, kassör, sekreterare. Fastighetsbeteckning Solna Råsunda 4:12. Föreningens org.nr {{orgnr10}}. Nästa möte 2027-01-14 18:00.

=== hand-neg no
Faktura fra Oslo kommune, Bymiljøetaten
Kontonummer: 6345.06.{{num6}}
KID: {{kid}}
Org.nr {{noorg}}
Beløp: 1 240 kr

=== hand-neg no
Fødselsnummeret du oppga, {{badfnr}}, stemmer ikke (kontrollsiffer feil). Vennligst send kopi av pass. Telefon {{phno}}.

=== hand-neg fi
Lasku 2026-{{num6}}
Y-tunnus {{ytun}}
Viitenumero {{ocr}}
Puhelin {{phfi}}
Henkilötunnus {{badhetu}} on virheellinen (tarkistusmerkki ei täsmää) – pyydämme korjaamaan.

=== hand-neg en
Vendor onboarding checklist
VAT DK{{cvr}} verified
Org no. {{orgnr}} verified
Bankgiro {{bg}} verified
Contact {{phdk}} / {{phse}}

=== hand-neg en
Server log excerpt
ts={{stamp12}} user=svc_batch action=export rows=4182
ts={{stamp12}} user=svc_batch action=done
(ts is yyyymmddhhmm)

=== hand-neg da
Referat, samarbejdsudvalget (MED), Ældre og Sundhed
Fravær 3. kvartal: 6,1 %. Budget 2027: 212.400.000 kr. Antal borgere med hjemmepleje: 1.348. Næste møde tlf.-møde {{phdk}}.

=== hand-neg da
Hej Jesper,
Kan du sende mig ordrenumrene? Jeg har {{cprlike}} og {{cprlike}}, men mangler den fra oktober.
/Vibeke, indkøb

=== hand-neg sv
Hej Marcus!
Ordernummer {{luhn12}} har levererats. Spårningsnummer {{luhn10}}. Ring kundtjänst {{phse}} vid frågor.

=== hand-neg da
Tidsregistrering (eksport)
medarb;start;slut
{{num6}};{{dkstamp}};{{dkstamp}}
{{num6}};{{dkstamp}};{{dkstamp}}
Kolonnerne start og slut er ddmmååttmm.

=== hand-neg sv
Hej,
Här kommer mina bankuppgifter för arvodet: clearing och konto {{clkto}}. Personnumret skickar jag via säker post, inte mejl.
/Lisa

=== hand-neg da
Fejl i indberetning: cpr {{badcpr}} afvist af eIndkomst (ugyldig dato). Medarbejderen er kontaktet.

=== hand-neg en
The union's membership database uses an internal ID, e.g. {{cprlike}}, which looks like a Danish CPR but is not one. Never export it as a CPR.

=== hand-neg sv
Bouppteckningen inges till Skatteverket. Dödsboets bankkonto: clearing {{clkto}}. Fastighet: Lund Väster 3:7. Ärendenr {{luhn12d}}.

=== hand-neg da
Sms fra lægehuset: Din tid er flyttet til 14.12 kl. 09.20. Ring {{phdk}} hvis det ikke passer. Ref {{yymm}}
"""
