"""Hand-written Norwegian, Finnish and mixed documents, and short Danish/Swedish notes, for the v5 identifiers."""

BANK = r"""
=== hand-nav no
NAV – Vedtak om arbeidsavklaringspenger
Til: Eirik Haugland
Fødselsnummer: «fnr»
Vi har innvilget arbeidsavklaringspenger fra 01.11.2026. Saksnummer: «num:8».
Du kan klage innen seks uker. Kontonummer for utbetaling: «num:4».«num:2».«num:5».

=== hand-nav no
Hei! Jeg har D-nummer «fnr@d» og jobber i Stavanger for Sokkel Service AS (org.nr. «noorg:space»).
Må jeg søke om fødselsnummer før jeg kan få skattekort? Hilsen Paweł

=== hand-skatt no
Skatteetaten – skattekort 2027
Navn: Silje Marie Bakken
Fødselsnummer: «fnr:space»
Arbeidsgiver: Bergen Bygg AS, org.nr. «noorg»
Tabelltrekk 7100, prosenttrekk 34 %

=== hand-bank no
Lånesøknad DNB
Søker: Håkon Lie, fnr. «fnr»
Medsøker: Kari Lie, fnr. «fnr»
Kundenummer: «num:11»  (ikke fødselsnummer)
Telefon: «nophone:intl»

=== hand-kela fi
Kela – Päätös asumistuesta
Hakija: Johanna Mäkinen
Henkilötunnus: «hetu»
Asumistuki on myönnetty ajalle 1.12.2026–30.11.2027. Asiakirjan numero «num:10».
Tilinumero FI«num:2» «num:4» «num:4» «num:4» «num:2»

=== hand-vero fi
Verohallinto – verokortti 2027
Nimi: Antti Heikkilä
Hetu: «hetu»
Työnantaja: Rakennus Heikkilä Oy, Y-tunnus «ytunnus»
Puhelin «fiphone»

=== hand-vero fi
Moi! Tässä vielä lapsen tiedot päiväkotia varten: Eino Korhonen, henkilötunnus «hetu@new». Minun oma on
«hetu». Terveisin Laura

=== hand-is da
Praktikant fra Island, start 4. januar:
Navn: Ólafur Gunnarsson
Kennitala: «kt»
Dansk CPR: endnu ikke tildelt (ansøgt 20.11.)
Bankkonto i Island: «num:4»-26-«num:6»

=== hand-is sv
Gästforskare från Reykjavik: Katrín Einarsdóttir, kennitala «kt». Hon får samordningsnummer via universitetet.
Hennes kollega Jón Stefánsson (kennitala «kt») stannar bara två veckor.

=== hand-nordic da
Nordisk projektgruppe - kontaktliste (kun til løn)
DK  Rikke Fogh          «cpr»
SE  Hannes Lindblom     «pnr:long_dash»
NO  Torstein Øien       «fnr»
FI  Sanna Laaksonen     «hetu»
IS  Birna Hauksdóttir   «kt» (kennitala, ikke til dansk løn)

=== hand-nordic sv
Resebokning Nordiska ministerrådet, delegater:
- Marianne Holm (DK), cpr «cpr»
- Peter Ek (SE), pnr «pnr:long»
- Anne Lise Rønning (NO), fnr «fnr:space»
Hotell: Scandic Byporten, bokningsnr «luhn10:plain»

=== hand-short da
cpr «cpr:plain»

=== hand-short da
Mit cpr.nr. er «cpr:endash» - mvh Jytte

=== hand-short da
CPR:«cpr»

=== hand-short da
Bente Holm (cpr. «cpr:dot») ringede og bad om en kopi af journalen.

=== hand-short da
> Kan du sende dit cpr?
«cpr:wide»
Sendt fra min iPhone

=== hand-short da
Ansøger: Lasse Bro («cpr:plain»), ansat siden 2019. Tlf «dkphone».

=== hand-short da
Kvittering: Gebyr for kørekort betalt. Ref. «dl10m:dash». Borger-id «cpr» registreret hos Færdselsstyrelsen.

=== hand-short da
Tilmelding til svømning for Emil «cpr:plain@child» og Ella «cpr:plain@child». Betaler: far, Rune Bach.

=== hand-short da
Hej, jeg er den nye i kantinen, Birgit. Til lønnen: «cpr:space». Konto i Danske Bank «dkacct».

=== hand-short da
Ejer af hunden (Max, schæfer): Morten Vilhelmsen «cpr» - bøde for løs hund i Dyrehaven, sagsnr. «dl10m:plain».

=== hand-short da
Fejl i CPR-opslag: nummeret «cpr:plain@jan1» gav 'person ikke fundet' i gammel version, men findes. Fødselsdato 1. januar.

=== hand-short da
«cpr» Sørensen, Kaj – telefonnote: ringer igen i morgen

=== hand-short da
Nye børn i vuggestuen Mælkebøtten: Karla (cpr «cpr@child»), Malik (cpr «cpr@child»), Storm (cpr «cpr:plain@child»).

=== hand-short sv
personnummer «pnr:long»

=== hand-short sv
Mitt pnr: «pnr:short_dash» /Ahmed

=== hand-short sv
Kan ni skicka intyget till min mamma? Hon heter Ingegerd Blom och har fyllt hundra, «pnr:short_dash@old».

=== hand-short sv
Samordningsnr «pnr:short_dash@sam» – Olena Kovalenko, städ, start måndag.

=== hand-short sv
Pnr:«pnr:long»

=== hand-short sv
> vad var ditt personnr?
«pnr:endash»
Skickat från min Samsung

=== hand-short sv
Hej! Bifogar pass och id-kort. Jag heter Liam Öst, personnummer «pnr:long_space», adress Slottsgatan 3, Visby.

=== hand-short sv
Barnen: Elvira «pnr:long_dash@child», Nils «pnr:long_dash@child», Saga «pnr:long_dash@child». Förälder: Pia Lund.

=== hand-short sv
Ny elev i 4B: Mustafa Ali, personnummer «pnr:short@child». Mamma ringer om modersmålsundervisning.

=== hand-short sv
Uppgifter till Arbetsförmedlingen: Kim Söderberg, «pnr:short_dash», inskriven sedan 2026-05-11, handläggare Eva.

=== hand-short fi
Hetu: «hetu»

=== hand-short no
Fnr. «fnr:dot» – Marit Dahl, ny pasient.

=== hand-ocr sv
[OCR från inskannad blankett]
Personnum-
mer: «pnr:ocr»  Namn: Göte Ljung-
berg  Adress: Åsvägen 2
Underskrift: ____________

=== hand-ocr sv
SKATTEVERKET   Ansökan om ändrad preliminär-
skatt   Pers.nr «pnr:ocrshort»   Inkomstår 2027
Näringsidkare: Byggfirma Ljungberg, org.nr «orgnr»

=== hand-ocr da
BEVIS FOR INDSKRIVNING (scannet, OCR)
Elev: Sofie Aa-
gaard, cpr «cpr:ocrplain», er indskrevet på 2.g
Skolens CVR «cvr»

=== hand-neg da
Reg. nr. «num:4» Kontonr. «dl10:plain»
Beløbet overføres 1. hverdag i måneden.

=== hand-neg da
Faktura nr. «dl10m:plain»  Kunde nr. «dl10:plain»  Ordre nr. «dl10:plain»
Betales via FIK +71<«num:15»+«num:8»<

=== hand-neg sv
Bankgiro «bg» · Plusgiro «pg» · Org.nr «orgnr» · Momsreg.nr SE«orgnr:plain»01 · Swish 123«num:7»

=== hand-neg sv
Avtalsnummer «ord12:dash» (ej personnummer – nummer = datum + löpnummer)

=== hand-neg no
KID-nummer: «ocr» – Kontonummer: «num:4».«num:2».«num:5» – Org.nr. «noorg:space»

=== hand-neg fi
Viitenumero «ocr», Y-tunnus «ytunnus», eräpäivä 15.12.2026

=== hand-no2 no
Politiet – anmeldelse av tyveri
Anmelder: Sigrid Nilsen, fnr. «fnr:space», Storgata 14, Tromsø
Gjenstand: sykkel, rammenr. «num:9»
Anmeldelsesnummer: «num:8»

=== hand-no2 no
Hei! Vi trenger fødselsnummeret til begge barna for barnehageplassen: Ola «fnr» og Emma «fnr». Mor: Ingrid
Hagen, «fnr:dot». Takk!

=== hand-no2 no
Lønnsslipp november 2026 – Fjellheim Bygg AS (org.nr. «noorg:space»)
Ansatt: Jon Arne Moe   Fnr: «fnr»   Ansattnr: 118
Bruttolønn 48 200,00
Forskuddstrekk -14 460,00
Konto for utbetaling: «num:4».«num:2».«num:5»

=== hand-no2 no
Kundenummer «num:11» og ordrenummer «num:8» må oppgis ved retur. Vi ber aldri om fødselsnummer på e-post.

=== hand-fi2 fi
Hakemus: toimeentulotuki
Hakija: Mikko Salonen, hetu «hetu»
Puoliso: Anna Salonen, hetu «hetu»
Lapset: Veera «hetu@new», Onni «hetu@new»
Tilinumero: FI«num:2» «num:4» «num:4» «num:4» «num:2»

=== hand-fi2 fi
Lasku «ocr», viitenumero «ocr», Y-tunnus «ytunnus». Asiakasnumero «num:10». Puhelin «fiphone».

=== hand-fi2 sv
Finlandssvensk anställd hos oss i Haparanda: Johanna Björklund, finsk personbeteckning «hetu», svenskt
samordningsnummer «pnr:long_dash@sam».

=== hand-fi2 da
Udvekslingsstuderende fra Turku: Eetu Laine, finsk personnummer (hetu) «hetu@new». Dansk CPR tildeles i januar.
"""
