"""Longer hand-written identifier documents (letters, threads, estate lists, logs; each written once)."""

DOCS = """
=== hand-long-decision da
Aarhus Kommune
Borgerservice - Boligstøtte
Rådhuspladsen 2, 8000 Aarhus C
CVR «cvr» · EAN «gln»

Ida Kristensen
Søndre Alle 14, 2. th.
8000 Aarhus C

Dato: 25. november 2026
Sagsnr.: «case»
Deres CPR-nr.: «cpr»

AFGØRELSE OM BOLIGSTØTTE

Vi har behandlet din ansøgning om boligstøtte af «date». Du får boligstøtte fra 1. december 2026.

Beregningsgrundlag
  Husstandens indkomst .................. «amount»
  Husleje pr. måned ..................... 6.850,00
  Antal personer i husstanden ........... 2

Husstanden består af dig og din søn Emil (CPR «cpr:plain@child»).

Udbetaling
Boligstøtten udbetales til din NemKonto (reg.nr./konto «dk_konto») den sidste hverdag i måneden.
Betalings-id: «fik»

Klagevejledning
Du kan klage inden 4 uger. Skriv til os på adressen ovenfor eller ring på «phone_dk» (tast 3).
Angiv altid sagsnummer - ikke dit CPR-nummer - når du skriver til os.

Med venlig hilsen
Jonna Frederiksen
Sagsbehandler
=== hand-long-decision sv
Försäkringskassan
Beslut om tillfällig föräldrapenning
Datum: 2026-11-26
Ärendenummer: «dlluhn_dash»

Till: Hanna Forsberg
Personnummer: «pnr:long_dash»
Storgatan 18 B
753 20 Uppsala

Du har ansökt om tillfällig föräldrapenning för vård av barn.

Barn: Nils Forsberg, «pnr:long_dash@child»
Period: 2026-11-10 - 2026-11-14 (5 dagar)
Omfattning: hel ersättning

Beräkning
  Sjukpenninggrundande inkomst .............. «amount»
  Ersättning per dag ........................ «amount»
  Avdrag för preliminär skatt ............... «amount»

Utbetalning sker till ditt konto «se_konto» omkring den 25 december.

Om du vill begära omprövning ska du skriva till oss inom två månader.
Ange ärendenumret ovan. Ring oss på «phone_se» om du har frågor.

Med vänliga hälsningar
Försäkringskassan, Org.nr «orgnr»
=== hand-long-thread da
Fra: Helle Kirk
Sendt: 28. november 2026 13:55
Til: Lønservice
Emne: SV: SV: Manglende løn til to medarbejdere

Hej igen
Nu har jeg tjekket det. Det er rigtigt, at Abdi har fået nyt CPR (han havde et midlertidigt før):
Gammelt: «cpr»
Nyt: «cpr»
Vores P-nr. er «pnum», og lønnummeret er stadig «dl10».
Mvh Helle

-----Oprindelig meddelelse-----
Fra: Lønservice
Sendt: 28. november 2026 11:02
Til: Helle Kirk
Emne: SV: Manglende løn til to medarbejdere

Hej Helle
Vi kan se at Karina Bech («cpr:plain») er kørt korrekt. For Abdi Warsame findes CPR-nummeret ikke i eIndkomst. Kan du bekræfte det?
Venlig hilsen Lønservice, tlf. «phone_dk»

-----Oprindelig meddelelse-----
Fra: Helle Kirk
Sendt: 27. november 2026 16:40
Til: Lønservice
Emne: Manglende løn til to medarbejdere

Hej
To af vores timelønnede har ikke fået løn for november: Karina Bech og Abdi Warsame.
Kunde nr. hos jer: «dl10m». CVR: «cvr».
Mvh Helle Kirk, Kirk Rengøring ApS
=== hand-long-thread sv
Från: Mattias Ek
Skickat: den 29 november 2026 10:12
Till: Support
Ämne: SV: SV: Kan inte logga in med BankID

Hej! Nej, det fungerar fortfarande inte. Min fru (samordningsnummer «sam:long_dash») får samma fel.
Mitt eget personnummer är «pnr:long_dash». Kundnummer «dlluhn».
/Mattias

> Från: Support
> Skickat: den 28 november 2026 15:30
> Hej Mattias! Vi har återställt ditt konto. Logga in med BankID igen.
> Vänliga hälsningar, Support, org.nr «orgnr»
>
>> Från: Mattias Ek
>> Skickat: den 28 november 2026 09:02
>> Hej! Jag kan inte logga in. Felmeddelandet säger "personnummer saknas".
>> Ordernr från förra veckan: «dlluhn_dash». Mobil «mobile_se».
=== hand-long-estate da
BOOPGØRELSE - dødsboet efter Erling Holm
Afdødes CPR-nr.: «cpr#d@aged»
Dødsdato: 02.10.2026
Skifteretten i Svendborg, j.nr. «case»

Arvinger
  Søn:      Per Holm, «cpr@y1955-1970»
  Datter:   Karen Holm Nielsen, «cpr@y1955-1970»
  Barnebarn (repræsentationsarving): Oliver Holm Nielsen, «cpr@y1990-2000»

Aktiver
  Bankkonto, reg. «dk_konto»                  «amount»
  Depot, depotnr. «dl10m»                      «amount»
  Livsforsikring, police «policy»              «amount»
  Bil, stelnr. WVWZZZ1KZAW«num6», reg.nr. AB 12 345

Passiver
  Kreditkort, aftalenr. «dl10»                 «amount»
  Begravelse, faktura «dl10m»                  «amount»

Bobestyrer: advokat Lene Krogh, tlf. «phone_dk», CVR «cvr»
Boets konto: «dk_konto». Husk at henvise til afdødes CPR («cpr#d:plain») ved indbetaling.
=== hand-long-estate sv
BOUPPTECKNING efter Sune Lindberg
Personnummer: «pnr#s@old»
Avled: 2026-09-14 i Gävle

Dödsbodelägare
  Dotter   Agneta Lindberg Hall    «pnr@y1950-1965»
  Son      Per-Åke Lindberg        «pnr@y1950-1965»
  Barnbarn Elsa Hall               «pnr:long@y1995-2004»

Tillgångar
  Bankkonto «se_konto»                       «amount»
  Fondkonto nr «dlluhn»                      «amount»
  Kapitalförsäkring, försäkringsnr «dlluhn12r_dash»   «amount»
  Bostadsrätt, Brf Gävlegården (org.nr «orgnr»), lgh 1203

Skulder
  Kreditkort, kundnr «dlluhn_dash»           «amount»
  Begravningsbyrå, faktura «dlluhn»          «amount»

Förrättningsmän: Eva Sjö och Jan Tall.
Den avlidnes personnummer («pnr#s:long») ska anges vid all korrespondens med Skatteverket.
=== hand-long-nav no
NAV Familie- og pensjonsytelser
Postboks 6600 Etterstad, 0607 Oslo

Vedtak om barnetrygd
Saksnummer: «case»
Dato: 27.11.2026

Til: Maria Kowalska
Fødselsnummer: «fnr:space»

Vi har innvilget utvidet barnetrygd for:
  Zofia Kowalska, fødselsnummer «fnr@child»
  Jakub Kowalski, fødselsnummer «fnr@child»

Ektefelle/samboer: Tomasz Kowalski, D-nummer «dnr»

Barnetrygden utbetales til konto «no_konto» den 20. hver måned.
Har du spørsmål, ring oss på «phone_no». Oppgi saksnummeret, ikke fødselsnummeret.
Arbeidsgiver (for opplysning): Bygg og Betong AS, org.nr. «no_org»
=== hand-long-kela fi
Kela - Päätös lapsilisästä
Päivämäärä 26.11.2026
Asianumero «case»

Hakija: Laura Nieminen
Henkilötunnus: «hetu»

Lapsilisä myönnetään seuraaville lapsille:
  Eetu Nieminen, henkilötunnus «hetu@child»
  Aada Nieminen, henkilötunnus «hetu@child»

Lapsilisä maksetaan tilillesi kuukauden 26. päivänä.
Viitenumero: «viite»
Työnantajan Y-tunnus (tiedoksi): «ytunnus»
Puhelin: «phone_fi»
=== hand-long-log da
2026-11-30 06:00:01 INFO  scheduler   job=natlig-import id=«dl10m» start
2026-11-30 06:00:02 INFO  import      fil=lon_«ts».csv rækker=412
2026-11-30 06:00:03 WARN  import      række 17: ukendt afdeling 0412
2026-11-30 06:00:03 ERROR import      række 88: ugyldigt CPR «cpr_bad» (dato findes ikke)
2026-11-30 06:00:04 ERROR import      række 131: CPR «cpr:plain» findes allerede på medarbejder 4471
2026-11-30 06:00:04 INFO  import      række 131 sprunget over
2026-11-30 06:00:05 INFO  import      batch «dl10» gemt
2026-11-30 06:00:05 INFO  import      batch «dl10» gemt
2026-11-30 06:00:06 WARN  import      række 244: telefon «phone_dk» mangler landekode
2026-11-30 06:00:06 ERROR import      række 301: CPR «cpr» matcher ikke navn (Bodil Ravn)
2026-11-30 06:00:07 INFO  import      færdig: 409 ok, 3 fejl
2026-11-30 06:00:07 INFO  scheduler   job=natlig-import id=«dl10m» slut varighed=6s
=== hand-long-csv da
Løbenr;Medarbejder;CPR;Afdeling;Timer;Løn
«dl10m»;Aksel Brink;«cpr»;Lager;160,33;«amount»
«dl10m»;Birgitte Lund;«cpr»;Lager;148,00;«amount»
«dl10m»;Chen Li;«cpr@jan1»;Kantine;120,00;«amount»
«dl10m»;Dennis Holt;«cpr»;Chauffør;160,33;«amount»
«dl10m»;Emine Kaya;«cpr»;Rengøring;96,50;«amount»
«dl10m»;Frank Møller;«cpr@y1958-1965»;Lager;160,33;«amount»
«dl10m»;Gitte Due;«cpr»;Kontor;148,00;«amount»
«dl10m»;Hassan Ali;«cpr@nomod»;Lager;160,33;«amount»
=== hand-long-csv sv
Löpnr;Anställd;Personnummer;Avdelning;Timmar;Lön
«dlluhn»;Anna Berg;«pnr:long»;Lager;160;«amount»
«dlluhn»;Bo Ek;«pnr:long»;Lager;148;«amount»
«dlluhn»;Chen Wu;«sam:long»;Städ;120;«amount»
«dlluhn»;Dragan Ilić;«pnr:long»;Chaufför;160;«amount»
«dlluhn»;Eva Lund;«pnr:long@y1960-1970»;Kontor;40;«amount»
«dlluhn»;Filip Ström;«pnr:long»;Lager;160;«amount»
"""
