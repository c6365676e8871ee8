"""Hand-written v18 documents: more mailbox, HR and citizen-service text (Swedish, Norwegian and Finnish persons,
probe styles: after phone numbers, quoted, in parentheses, at line start and end, odd separators)."""

BANK = """
=== mail sv
Sv: Sv: Sv: Flytt av tjänstepension

Hej Lena,
Collectum har nu bekräftat flytten. Ditt personnummer i deras system: ⟦pnr:ld#a⟧.

/Mikael, Lön

Från: Lena Åström
Skickat: den 9 mars 2026 11:20
Ämne: Sv: Sv: Flytt av tjänstepension

> Jag fick ett brev där det stod ⟦pnr#a⟧ men namnet var stavat fel (Åstrom). Är det rätt person?

Från: Mikael Dahl
Skickat: den 6 mars 2026 08:02
Ämne: Sv: Flytt av tjänstepension

> > Vi har skickat flyttblanketten. Collectums ärendenummer ⟨luhn10d⟩.

=== mail no
Sv: Sv: Timeliste og skattekort

Hei Marit,

Takk! Da har jeg det jeg trenger. For ordens skyld:
Fødselsnummer: ⟦fnr#a⟧
Timer mars: 142,5
Kontonummer: ⟨n4⟩.⟨n2⟩.⟨n5⟩

Hilsen Håvard
Personal og lønn, tlf ⟨noph⟩

Fra: Marit Solberg
Sendt: 2. april 2026 13:37
Emne: Timeliste og skattekort

> Hei, her er timelisten. Fnr ⟦fnr:sp#a⟧. Mobil ⟨noph⟩.

=== mail fi
VS: Palkkatodistus pankkia varten

Hei Satu,

liitteenä palkkatodistus. Henkilötunnus todistuksessa: ⟦hetu#a⟧. Työsuhde alkanut 01.09.2019.

Terveisin
Päivi Korhonen, HR
puh. ⟨fiph⟩

-----Alkuperäinen viesti-----
Lähettäjä: Satu Nieminen
Lähetetty: 3. maaliskuuta 2026 9:15
Aihe: Palkkatodistus pankkia varten

Tarvitsen palkkatodistuksen asuntolainaa varten. Hetu ⟦hetu#a⟧, puh ⟨fiph⟩.

=== hr fi
HENKILÖSTÖLUETTELO - Nordlys Oy, Helsingin toimisto (päivitetty 02/2026)

Nimi                 Henkilötunnus    Tehtävä
⟨fin⟩          ⟦hetu⟧      Kirjanpitäjä
⟨fin⟩          ⟦hetu⟧      Palkanlaskija
⟨fin⟩          ⟦hetu:y2k⟧      Harjoittelija
⟨fin⟩          ⟦hetu:new⟧      Myyjä
⟨fin⟩          ⟦hetu⟧      Toimitusjohtaja
⟨fin⟩          ⟦hetu:new,y2k⟧      Asiakaspalvelu
Y-tunnus ⟨ytun⟩

=== hr no
Ansatteliste - Bergen-avdelingen (til regnskapsfører, mars 2026)

Navn                 Fødselsnr.      Stilling
⟨non⟩          ⟦fnr⟧     Daglig leder
⟨non⟩          ⟦fnr⟧     Selger
⟨non⟩          ⟦fnr:d⟧     Lagermedarbeider (D-nummer)
⟨non⟩          ⟦fnr⟧     Selger
⟨pln⟩          ⟦fnr:d⟧     Sjåfør (D-nummer)
⟨non⟩          ⟦fnr⟧     Økonomi
Org.nr ⟨noorg⟩ MVA

=== school fi
Ilmoittautuminen esiopetukseen 2026-2027 - Espoon kaupunki

Lapsi: Eero Mäkinen
Henkilötunnus: ⟦hetu:kid⟧
Huoltaja 1: Tiina Mäkinen, ⟦hetu⟧, puh. ⟨fiph⟩
Huoltaja 2: Antti Mäkinen, puh. ⟨fiph⟩
Toivottu päiväkoti: Tapiolan päiväkoti

=== daycare no
Søknad om barnehageplass - Trondheim kommune

Barnet: Ingrid Strand
Fødselsnummer: ⟦fnr:kid⟧
Foresatt 1: Kari Strand, ⟦fnr⟧, tlf ⟨noph⟩
Foresatt 2: Eirik Strand, ⟦fnr:d⟧ (D-nummer, svensk statsborger)
Ønsket oppstart: august 2026

=== elderly fi
Kotihoidon palvelupäätös - Tampereen kaupunki

Asiakas: Aino Heikkinen, henkilötunnus ⟦hetu:cent⟧
Palvelu: kotihoito 3 käyntiä päivässä, ateriapalvelu
Omainen: Leena Heikkinen, puh. ⟨fiph⟩
Päätöksen numero: ⟨n8⟩

=== church no
Dåpsattest - Den norske kirke, Nidaros domkirkes menighet

Navn: Solveig Marit Lie
Født: ⟨born#a⟩
Fødselsnummer: ⟦fnr:baby#a⟧
Døpt: 21. juni 2026
Foreldre: Ragnhild Lie og Sindre Lie
Prest: Torstein Eide

=== archive fi
Eläkerekisteri 1972 - Tampellan tehdas (puhtaaksikirjoitus)

Nro  Nimi                    Syntynyt  Henkilötunnus
21   ⟨fin⟩           1897      ⟦hetu:y1897⟧
22   ⟨fin⟩           1899      ⟦hetu:y1899⟧
23   ⟨fin⟩           1904      ⟦hetu:y1904⟧
24   ⟨fin⟩           1908      ⟦hetu:y1908⟧
Ennen vuotta 1900 syntyneillä välimerkki on +.

=== hr sv
Hej Elin! Här kommer uppgifterna du bad om till försäkringen (Folksam grupplivförsäkring):

⟦pnr:ld⟧ Hedvig Ståhl
⟦pnr:ld⟧ Axel Ståhl (make, medförsäkrad)
⟦pnr:ld,kid⟧ Alice Ståhl (barn)

Premie dras på lönen. Ring om något saknas: ⟨seph⟩
/Hedvig

=== mail sv
Re: Uppsägning av hyreskontrakt - dödsfall

Hej,
Jag är dotter till Birgitta Lindahl, som dog den 12 januari. Hon hade lägenhet ⟨n4⟩ hos er. Hennes personnummer var ⟦pnr:old⟧ och kontraktsnummer ⟨n6⟩-⟨n2⟩. Jag vill säga upp kontraktet.

Mitt eget nummer om ni behöver det: ⟦pnr⟧ (telefon ⟨seph⟩)

Vänliga hälsningar
Annika Lindahl

=== payroll sv
Semesterlönelista 2025/26 - Kronobergs Bokföringstjänst AB

Personnummer   Namn                   Intjänade dagar  Sparade
⟦pnr:sd⟧  ⟨svn⟩          25               5
⟦pnr:sd⟧  ⟨svn⟩          25               0
⟦pnr:sd⟧  ⟨svn⟩          20               2
⟦pnr:sd⟧  ⟨svn⟩          25              10
⟦pnr:sd⟧  ⟨svn⟩          25               3
⟦pnr:sd⟧  ⟨svn⟩          12               0
⟦pnr:sd⟧  ⟨svn⟩          25               1
⟦pnr:sd⟧  ⟨svn⟩          25               4
⟦pnr:sd,co⟧  ⟨enn⟩          18               0
⟦pnr:sd⟧  ⟨svn⟩          25               7

=== mail da
Re: Opringning fra borgerservice

Hej Mette, du ringede fra ⟨dkph⟩ ⟦cpr⟧ er det nummer, jeg har noteret på sagen - kan du bekræfte det?
Svar gerne i e-Boks.
Borgerservice, Hillerød Kommune

=== mail sv
Sv: Din fråga om lägenhetsbyte

Tack för samtalet. Jag noterade: tel ⟨seph⟩, pnr ⟦pnr:ss⟧, önskat område: Rosengård.
Du står i kön sedan ⟨date⟩.
/Kundtjänst MKB

=== mail da
Sv: "cpr"

> Hvad skriver jeg i feltet "cpr"?
Dit personnummer, altså "⟦cpr⟧" - med bindestreg, som det står på sygesikringskortet.
/Ditte, HR

=== hr sv
Lista över nyckelkvitton - kontoret plan 4

⟦pnr⟧
 Ulrika Berg, nyckel 4-12
⟦pnr⟧
 Per Holm, nyckel 4-13
⟦pnr⟧
 Siv Åman, nyckel 4-14
Tel vaktmästare ⟨seph⟩

=== citizen da
Ansøgning om ledsagerordning (§ 97) - Randers Kommune

Ansøger: Poul Ebbesen
CPR: (⟦cpr:old⟧)
Handicap: synshandicap
Ønsket antal timer: 15 pr. måned
Pårørende: ⟨dan⟩ (⟨dkph⟩)

=== housing sv
Andrahandsuthyrning - ansökan till BRF Kastanjen

Bostadsrättshavare: Oskar Hedlund, ⟦pnr:ld⟧
Andrahandshyresgäst: Tove Lind, ⟦pnr:ld⟧
Period: 2026-06-01 - 2027-05-31
Skäl: arbete i Oslo (intyg bifogas)
Föreningens org.nr: ⟨seorg⟩

=== housing no
Husleiekontrakt - hybel i Tromsø

Utleier: Per Berg, fnr ⟦fnr:sp⟧
Leietaker: Ebba Sjöberg (svensk), D-nummer ⟦fnr:d,sp⟧
Husleie: kr ⟨n4⟩,- per måned; depositum på sperret konto ⟨n4⟩.⟨n2⟩.⟨n5⟩
Kontaktnummer: ⟨noph⟩

=== club sv
Medlemsregister Vänersborgs Seglarsällskap - export (för medlemsavgiftsavi)

Medlnr;Personnummer;Namn;Båtplats
⟨n4⟩;⟦pnr:ld⟧;⟨svn⟩;A12
⟨n4⟩;⟦pnr:ld⟧;⟨svn⟩;A14
⟨n4⟩;⟦pnr:ld⟧;⟨svn⟩;B02
⟨n4⟩;⟦pnr:ld⟧;⟨svn⟩;B07
⟨n4⟩;⟦pnr:ld,cent⟧;⟨svn⟩;hedersmedlem
⟨n4⟩;⟦pnr:ld⟧;⟨svn⟩;C11
⟨n4⟩;⟦pnr:ld⟧;⟨svn⟩;C12

=== mail sv
Re: Fel i deklarationen - Skatteverket

> Ditt ärende har nummer ⟨luhn12d⟩. Uppge alltid ditt personnummer vid kontakt.

Mitt personnummer är '⟦pnr:ld⟧' och ärendet gäller rotavdraget för 2025.
/Stig Wallin

=== mail en
RE: Quick question re: child benefit (børnepenge)

Hi Sarah,
Yes, you can get child benefit for your son. Udbetaling Danmark needs his CPR (it's on the letter from the hospital, starts with the birth date: ⟦cpr:baby,n⟧) and yours.
Call them on ⟨dkph⟩.
Best, Sidsel

=== hr da
NB! Rettelse til personalelisten:
⟦cpr:spd⟧ skal være ⟦cpr:spd⟧ - der var byttet om på Line og Lene Holm (tvillinger). Tlf. Line: ⟨dkph⟩

=== payroll fi
Palkkalista 03/2026 - ulkomaiset työntekijät (Nordlys Oy)

Nimi                 Henkilötunnus   Bruttopalkka
⟨svn⟩         ⟦hetu⟧     ⟨amount⟩
⟨svn⟩         ⟦hetu:new⟧     ⟨amount⟩
⟨dan⟩         ⟦hetu⟧     ⟨amount⟩
⟨non⟩         ⟦hetu:new⟧     ⟨amount⟩
Tilinumero ei ole henkilötunnus: FI⟨n8⟩⟨n8⟩

=== elderly sv
Anhörigbidrag - ansökan

Den som vårdas: Sven Olofsson ⟦pnr:cent⟧
Den som vårdar: Ingrid Olofsson ⟦pnr:old⟧
Omfattning: dygnet runt
Kontaktuppgifter: ⟨seph⟩, ⟨svstreet⟩

=== mail no
Videresendt: Påmelding korpsleir

Hei, se under. Kan du legge inn Knut på lista?
-------- Videresendt melding --------
Navn: Knut Hagen, 12 år
Fødselsnr: ⟦fnr:kid⟧
Foresatt: Hilde Hagen, tlf ⟨noph⟩
Allergier: nøtter

=== neg da
Vagtplan uge 14 - Plejecenter Solgården

Mandag   07-15 ⟨dan⟩  (vagttlf ⟨dkph⟩)
Tirsdag  07-15 ⟨dan⟩
Onsdag   15-23 ⟨dan⟩
Torsdag  23-07 ⟨dan⟩
Lønnr.: ⟨n5⟩ / ⟨n5⟩ / ⟨n5⟩
Vagtbytte aftales med afdelingsleder.

=== neg sv
Schema barnomsorg vecka 15

Barn-id   Tid in  Tid ut
⟨luhn10⟩  07:15  16:00
⟨luhn10⟩  08:00  15:30
⟨luhn10⟩  07:45  16:15
Barn-id är förskolans interna nummer, inte personnummer.

=== neg da
Ansøgning om parkeringslicens - afvist

Licensnr.: ⟨cprlike⟩
Begrundelse: CPR-nummeret ⟨badcpr⟩ findes ikke (ugyldig dato). Send venligst en ny ansøgning.

=== neg en
Newsletter - Nordic Payroll Forum, April 2026

1. Denmark: CPR numbers without modulus 11 are now common - do not reject them in your systems.
2. Sweden: the "+" sign in personnummer for people aged 100+ is still in use.
3. Finland: new century signs in henkilötunnus since 2023 (B-F, U-Y).
4. Norway: D-numbers add 40 to the day.
Join our next webinar: ⟨date⟩, dial-in ⟨dkph⟩. Membership fee to IBAN ⟨ibanse⟩.

=== neg sv
Föreningens kassabok mars

Datum       Verifikation  Text                      Belopp
⟨date⟩  ⟨n4⟩          Swish ⟨seph⟩        ⟨amount⟩
⟨date⟩  ⟨n4⟩          Bankgiro ⟨bg⟩   ⟨amount⟩
⟨date⟩  ⟨n4⟩          Avgift lokalhyra          ⟨amount⟩
⟨date⟩  ⟨n4⟩          Plusgiro ⟨pg⟩   ⟨amount⟩

=== neg da
Dødsannonce

Vores kære mor, svigermor og farmor
Inger Margrethe Holst
* ⟨date⟩  † ⟨date⟩
er stille sovet ind.
Bisættelsen finder sted fra Vor Frelsers Kirke fredag kl. 13.00.
Mindeindsamling: MobilePay ⟨n5⟩.

=== neg sv
Dödsannons

Vår älskade
Gunnel Maria Sjögren
* 1927  † 2026-02-11
har lämnat oss i stor sorg och saknad.
Begravningen äger rum i Västerledskyrkan. Minnesgåva till Cancerfonden, pg ⟨pg⟩.

=== citizen da
Tilmelding til sommerferieaktiviteter - Næstved Kommune (klip fra regneark)

Barn	CPR	Aktivitet	Forælder tlf.
⟨dan⟩	⟦cpr:kid,n⟧	Kajak	⟨dkph⟩
⟨dan⟩	⟦cpr:kid,n⟧	Kajak	⟨dkph⟩
⟨dan⟩	⟦cpr:kid,n⟧	Ridning	⟨dkph⟩
⟨dan⟩	⟦cpr:kid,n⟧	Ridning	⟨dkph⟩
⟨dan⟩	⟦cpr:kid,n⟧	Kunst	⟨dkph⟩

=== church sv
Vigselbevis (utdrag)

Vigda 2026-06-13 i Storkyrkan, Stockholm
Make: Johan Eriksson, ⟦pnr:ld⟧
Maka: Frida Eriksson f. Lind, ⟦pnr:ld⟧
Vittnen: ⟨svn⟩, ⟨svn⟩
Vigselförrättare: ⟨svn⟩, präst
"""
