"""Hand-written v15 documents, second batch: public-sector lists, broken lines, cross-border (written for v15)."""

BANK = """
=== hand-kommune sv
Migrationsverket/kommunens mottagning – anvisade personer vecka 49
Namn                 Samordningsnr      Kommun
Yonas Tesfaye        [[pnr:co,ld]]   Borlänge
Samira Nouri         [[pnr:co,ld]]   Borlänge
Daniel Petros        [[pnr:co,ld]]   Falun
Kontaktperson på kommunen: {{phse}}

=== hand-social sv
Hej Linda,
Här är de tre barnen i familjen som placeras akut (LVU 6 §):
1. Nour, samordningsnummer [[pnr:co,kid,l]]
2. Adam, samordningsnummer [[pnr:co,kid,l]]
3. Sara, personnummer [[pnr:kid,l]]
Föräldrarna: pappan [[pnr:co,ld]], mamman har inget nummer ännu.
/Socialjouren

=== hand-jobcentre sv
Etableringsprogrammet – deltagarlista, SFI Norrköping
Personnr/samordningsnr  Namn
[[pnr:co,sd]] Abdi Hassan
[[pnr:co,sd]] Leyla Ahmadi
[[pnr:sd]] Tomas Mikalauskas
[[pnr:co,sd]] Fatima Zahra El Idrissi
Kursstart 2027-01-11, lokal 204, lärare tel {{phse}}

=== hand-gp sv
Remissvar, Klinisk kemi
Patient: Hedvig Sand, personnummer
[[pnr:nl]]
Provtagningsdatum 2026-11-28. Remissnummer {{luhn10}}. Svar: normalt.

=== hand-pdf sv
Försäkringskassan           Beslut om bostadsbidrag
Personnummer:   [[pnr:nl]]   Utbetalning:   25:e varje månad
Belopp 2 350 kr                            Ärendenummer {{luhn12d}}

=== hand-pdf da
Udbetaling Danmark   Afgørelse om boligstøtte   Side 1/2   Modtager: Kirsten Bak   Cpr-nr.: [[cpr:nl]]   Sagsnummer: {{cprdash}}   Beløb pr. måned: 1.912 kr.

=== hand-pdf da
Region Syddanmark                           Indkaldelse
Vedr. patient (cpr) [[cpr:nl]] Jytte Ravn
Mødetidspunkt: 14.12.2026 kl. 08.30 Indgang 7, Ambulatorium O4

=== hand-mail sv
Hej Helena,
Du skrev personnumret på två rader i förra mejlet, så systemet läste fel:
> Ny hyresgäst: Alvar Lund, [[pnr:nl#a]]
> tillträde 1/2
Det rätta är alltså [[pnr:ld#a]], samma nummer, bara radbrytningen som ställde till det.
/Fastighetsförvaltningen

=== hand-mail da
Hej Gitte
> Vores nye elev hedder Malthe Krog, cpr [[cpr:kid,nl#m]]
> Han starter i 3.b mandag.
Tak, han er oprettet med cpr [[cpr:kid#m]] i Aula. Forældremyndighed: begge.
/Skolesekretær Pia

=== hand-eldercare da
Beboerliste, Plejecentret Egely (til apoteket)
Stue  Navn                 Cpr-nr.
1     Edith Nyborg         [[cpr:old]]
2     Aksel Bruun          [[cpr:old,sl]]
3     Gerda Kjeldgaard     [[cpr:old,dot]]
4     Hans Peter Mølgaard  [[cpr:old]]
5     Karen Ulrikke Dahl   [[cpr:old,en]]
Apotekets kundenr. {{num6}}

=== hand-eldercare sv
Äldreboendet Tallgården – boendeförteckning (för tandvårdsintyg)
Rum    Namn            Personnummer
Rum 1  Ingeborg Ek     [[pnr:plus]]
Rum 2  Folke Strand    [[pnr:plus]]
Rum 3  Britt Nilsson   [[pnr:sd]]
Rum 4  Harald Lindgren [[pnr:plus]]
Rum 5  Märta Åkerlund  [[pnr:sd]]

=== hand-school da
Klasseliste 2.a – til skolesundhedsplejersken (fortroligt), navn og cpr-nr.:
Alma Holst [[cpr:kid]]
Bertram Nielsen [[cpr:kid]]
Clara Mikkelsen [[cpr:kid,sp]]
Davud Karimi [[cpr:kid]]
Esther Lind [[cpr:kid,n]]
Frej Olesen [[cpr:kid]]

=== hand-school sv
Klasslista 4B – för skolhälsovården (namn, personnummer)
Agnes Wall, [[pnr:kid,l]]
Bill Öhman, [[pnr:kid,l]]
Cornelia Ryd, [[pnr:kid,l]]
Dino Hadžić, [[pnr:co,kid,l]]
Elvira Sten, [[pnr:kid,l]]

=== hand-union da
3F Kolding – kontingentrestancer, liste til opfølgning
Medlem                Cpr            Restance   Medlemsnr.
Brian Lund            [[cpr:sd]]   1.320 kr.  {{num6}}
Heidi Holm            [[cpr:sd]]   880 kr.    {{num6}}
Stig Rasmussen        [[cpr:sd]]   2.640 kr.  {{num6}}

=== hand-housing da
Husstandsoplysninger til lejeberegning (Boligselskabet Fruehøjgaard)
Lejer: Jens Vestergaard, [[cpr]]
Samlever: Sofie Hald, [[cpr]]
Børn: Anton ([[cpr:kid]]) og Liva ([[cpr:kid]])
Lejemålsnr. {{cprdash}}

=== hand-law da
Skifteretten – anmodning om skifte
Afdøde: Villy Pagh, cpr [[cpr:old]], død 11.11.2026
Arvinger:
– Bodil Pagh (enke), cpr [[cpr:old]]
– Lars Pagh (søn), cpr [[cpr]]
– Tina Pagh (datter), cpr [[cpr]]
Boets bankkonto: {{regkto}}

=== hand-audit da
Indberetning af honorarer (B-indkomst), bestyrelsen
Cpr-nr.    Navn           Honorar
[[cpr:n]] Karin Mohr      25.000
[[cpr:n]] Poul Erik Lund  25.000
[[cpr:n]] Jytte Holm      50.000 (formand)
Indberettet {{dkstamp}} – kvittering {{num6}}

=== hand-insurer sv
Gruppförsäkring – anslutna anställda december
personnummer,namn,tjänstegrupp
[[pnr:l]],Lina Berg,Tjänsteman
[[pnr:l]],Robert Fors,Arbetare
[[pnr:l]],Sanna Lidén,Tjänsteman
[[pnr:co,l]],Marek Nowak,Arbetare

=== hand-pension sv
Efterlevandepension – ansökan
Avliden: Rolf Hägg, [[pnr:ld]]
Sökande (efterlevande): Lisbeth Hägg, [[pnr:ld]]
Barn under 20 år: Nora Hägg, [[pnr:kid,ld]]
Kontakt: {{phse}}

=== hand-csv sv
Export från Procapita (utan rubrikrad; kolumner: personnr, namn, insats, timmar/vecka):
[[pnr:l]]	Olle Bergman	Hemtjänst	6
[[pnr:l]]	Siv Lundin	Hemtjänst	11
[[pnr:l]]	Arne Falk	Trygghetslarm	0
[[pnr:co,l]]	Ali Mohammadi	Ledsagning	4

=== hand-csv da
Eksport fra KMD Nexus (kolonner: cpr | navn | ydelse | timer/uge)
[[cpr]] | Vera Holm | Praktisk hjælp | 1,5
[[cpr:old]] | Eigil Dam | Personlig pleje | 7
[[cpr:old]] | Lis Kruse | Nødkald | 0
[[cpr]] | Kurt Bang | Madservice | 0

=== hand-chat sv
Teams – Socialtjänsten Mottagning
Linnea 09:12  ny ansökan från [[pnr:co,ld]], har ingen folkbokföring än
Johan 09:14  kolla med Migrationsverket, LMA-nr brukar stå på kortet
Linnea 09:15  ok, hennes man har riktigt personnummer [[pnr:ld]]

=== hand-chat da
Teams – Jobcenter Vest, ydelsesteamet
Hanne 13:02  har nogen styr på borgeren [[cpr:sd]]? han er blevet stoppet to gange
Per 13:05  det er en fejl i Momentum, jeg genåbner den
Hanne 13:05  tak 🙏

=== hand-cross en
Secondment letter (Copenhagen -> Stockholm)
Employee: Nanna Lykke, CPR [[cpr:sl]]
Swedish coordination number (samordningsnummer) issued: [[pnr:co,ld]]
Employer: Nordkap Consulting A/S, CVR {{cvr}}; Swedish branch org. no. {{orgnr}}
Host office phone {{phse}}

=== hand-cross en
Cross-border pension transfer – Norway to Denmark
Member: Sigurd Haugen, Norwegian ID no. [[fnr:sp]]
Danish CPR (given 2021): [[cpr:new]]
Transfer from Storebrand, account 9710.05.{{num6}}, KID {{kid}}

=== hand-cross sv
Hej,
Vi har en finsk medarbetare, Elina Heikkinen, som ska börja hos oss. Hon har finskt personbeteckning [[hetu]] och har ansökt om svenskt samordningsnummer. Tills vidare kan vi bara rapportera med hennes födelsedatum.
/Lönekontoret

=== hand-cross da
Hej Lars
Vores norske sæsonarbejder har kun D-nummer: [[fnr:d]]. Han skal have dansk cpr – jobcentret siger det tager 3 uger. Indtil da udbetaler vi løn på erstatningsnummer.
/Mette, løn

=== hand-nofi no
Bergen kommune – barnehageopptak 2027
Barn: Sander Lie, fødselsnummer [[fnr]]
Foresatt: Hege Lie, fødselsnummer [[fnr:sp]]
Barnehage: Sandviken barnehage, tlf. {{phno}}

=== hand-nofi no
Hei,
Ny ansatt i hjemmetjenesten, Tomasz Kowalski, har D-nummer [[fnr:d,sp]] inntil videre. Kontonummer 1206.33.{{num6}}. Skattekort hentes automatisk.
Mvh Personal, Trondheim kommune

=== hand-nofi no
Lånekassen – tilbakebetalingsplan
Fødselsnr. [[fnr]]
Navn: Marte Eide
Månedlig beløp 1 842 kr, KID {{kid}}, konto 7694.05.{{num6}}

=== hand-nofi fi
Työsopimus – määräaikainen
Työntekijä: Eetu Salonen, henkilötunnus [[hetu]]
Työnantaja: Salonen Rakennus Oy, Y-tunnus {{ytun}}
Palkka 2 850 € / kk, IBAN FI{{num6}}{{num6}}00

=== hand-nofi fi
Hei Anna,
Tässä perheen tiedot päivähoitohakemukseen:
lapsi Venla [[hetu:new]]
lapsi Eino [[hetu:new]]
äiti Riikka Lehto [[hetu]]
t. Tampereen kaupunki, varhaiskasvatus

=== hand-nofi fi
HUS – ajanvaraus
Potilas: Matti Nieminen, hetu [[hetu:new]]
Aika 15.12.2026 klo 9.15, Meilahden sairaala. Peruutukset {{phfi}}.

=== hand-region da
Region Midtjylland – tolkebestilling
Patient: Abdullahi Warsame, cpr-nr.: [[cpr:new]] (cpr tildelt 2012)
Sprog: somali. Afdeling: Børneafdelingen, AUH. Bestillingsnr. {{cprdash}}

=== hand-kommune da
Hej Tanja
Kan du registrere ægtefællerne til folkepension? Han: [[cpr:old]], hun: [[cpr:old,sp]]. Begge har bopæl i kommunen siden 1972.
Sagsnr. {{num6}}. /Pensionsafdelingen

=== hand-jobcentre da
Virksomhedspraktik – aftale
Borger: Yasmin Ali, cpr-nr. [[cpr]]
Virksomhed: Bageriet på Hjørnet, CVR {{cvr}}, P-nr. {{pnum}}
Periode 4 uger, 25 timer/uge. Mentor: bageren, tlf. {{phdk}}

=== hand-gp da
Lægeerklæring (LÆ 265) til kommunen
Patient: Susanne Friis – cpr [[cpr:sd]]
Diagnose og funktionsniveau beskrevet side 2. Honorar 1.550 kr. afregnes med kommunen, faktura {{num6}}.

=== hand-audit sv
Hej Petra,
Till K10-blanketten behöver vi båda delägarnas personnummer: Karin [[pnr:ls]] och Bengt [[pnr:ls]]. Bolagets org.nr {{orgnr}} har jag redan.
/Redovisningsbyrån

=== hand-law sv
Samboavtal
Parter: Amir Sadeghi ([[pnr:sd]]) och Julia Fält ([[pnr:sd]])
Avtalet innebär att bostaden på Storgatan 8 inte ska ingå i bodelning. Bostadsrättsföreningens org.nr {{orgnr}}.

=== hand-housing sv
Andrahandsuthyrning – ansökan till föreningen
Bostadsrättshavare: Filip Åkerman, [[pnr:ld]]
Hyresgäst i andra hand: Zeynep Kaya, samordningsnr [[pnr:co,ld]]
Period 2027-01-01 – 2027-12-31. Lägenhetsnr (Lantmäteriet) {{num6}}

=== hand-neg da
Hjemmeplejens rute, mandag
07.10 Bakkevej 4 (nøgleboks kode 4471)
07.35 Lindealle 12, st. tv.
08.05 Søndergade 88, 2. th.
Kørselslog {{dkstamp}}–{{dkstamp}}

=== hand-neg sv
Skolans ekonomi: elevpeng per elev 98 412 kr, hyra 1 240 000 kr/år. Skolenhetskod {{num6}}{{num6}}. Fakturor till bankgiro {{bg}}.

=== hand-neg no
Hei! Husk å betale husleien til konto 1503.18.{{num6}} med KID {{kid}}. Ring {{phno}} ved spørsmål. Org.nr {{noorg}}.

=== hand-neg fi
Palkkalaskelma joulukuu: bruttopalkka 3 120,00 €, ennakonpidätys 22 %. Tilinumero FI{{num6}}{{num6}}00. Y-tunnus {{ytun}}.

=== hand-neg en
Audit trail, HR system
{{stamp12}} updated field "bank account" for employee #{{num6}}
{{stamp12}} updated field "phone" ({{phse}})
No personal ID fields were changed.

=== hand-neg da
Borgeren har fået nyt cpr-nummer efter kønsskifte; det gamle ({{cprmask}}) må ikke bruges. Det nye står i CPR-registret og gentages ikke her.

=== hand-neg sv
Kvitto Swish {{yymm}} (åå mm dd tt mm) – 150 kr till {{phse}}, meddelande "matlåda v.50".

=== hand-school da
Tilmelding til juleferie-pasning i SFO (23.12–2.1)
Barn                 Cpr              Dage
Otto Berg            [[cpr:kid]]      23/12, 27/12
Sigrid Mørch         [[cpr:jan1]]     alle
Valdemar Ørum        [[cpr:kid,sl]]   29/12–30/12
Nora Abdi            [[cpr:kid]]      alle
Forælderens tlf. skrives på sedlen, ikke her.

=== hand-kommune da
Valgstyrer – oversigt til udbetaling af diæter, folketingsvalg
Navn; cpr; diæt
Lone Fisker; [[cpr:sd]]; 700
Jan Lykke; [[cpr:sd]]; 700
Birgit Vad; [[cpr:jan1,sd]]; 700
Rasmus Bro; [[cpr:sd]]; 1.400 (formand)
Udbetales til NemKonto. Bilag {{cprlike}}.

=== hand-social da
Ansøgning om særlig støtte (§ 34), husstand
Ansøger:      Jamila Hussein        cpr [[cpr:new]]  (cpr tildelt 2014 ved familiesammenføring)
Ægtefælle:    Khalid Hussein        cpr [[cpr:new]]
Barn:         Ranya                 cpr [[cpr:kid]]
Barn:         Yusuf                 cpr [[cpr:kid]]
Husleje 9.200 kr., boligstøtte 1.840 kr.

=== hand-region da
Børneambulatoriet – dagens program
Tid    Cpr          Navn       Formål
08.30  [[cpr:kid]]  Viola K.   astmakontrol
09.00  [[cpr:kid]]  Magnus T.  vækstkontrol
09.30  [[cpr:jan1]] Karla S.   allergi
10.00  [[cpr:kid]]  Aske P.    epilepsi, EEG-svar
Stue 3, sygeplejerske tlf. {{phdk}}

=== hand-payroll da
Hej Lønservice
Her er de fem nye vikarer fra Adecco, som skal på lønlisten fra uge 50 (navn – cpr):
Mikala Brix – [[cpr]]
Tobias Krogh – [[cpr:sl]]
Ali Reza Noori – [[cpr:new]] (cpr fra 2018, derfor fejler kontrolcifferet)
Signe Damsgaard – [[cpr]]
Patrick Holm – [[cpr:en]]
Mvh Dorthe, Lager & Logistik

=== hand-kommune sv
Valnämnden – röstmottagare, arvodeslista
namn;personnummer;valdistrikt;arvode
Karin Falk;[[pnr:ld]];Centrum 3;1 800
Yusuf Demir;[[pnr:co,ld]];Centrum 4;1 800
Tove Lind;[[pnr:ld]];Norr 1;2 400
Lars Olsson;[[pnr:ld]];Norr 2;1 800

=== hand-jobcentre sv
Arbetsförmedlingen – anvisning till Rusta och matcha
Deltagare: Fardowsa Ali, samordningsnummer [[pnr:co]]
Leverantör: Jobbfabriken i Mälardalen AB (org.nr {{orgnr}})
Start 2027-01-11. Handläggare tel {{phse}}

=== hand-social sv
Hej,
Familjen som flyttar in i evakueringslägenheten: pappa [[pnr:co,sd]], mamma [[pnr:co,sd]] och barnen [[pnr:co,kid,sd]] och [[pnr:co,kid,sd]]. Alla har samordningsnummer, inga personnummer än.
Mvh Boendesamordnaren

=== hand-insurer da
Gruppelivsordning – tilmeldte medarbejdere (PenSam)
Cpr-nr.      Navn
[[cpr:dot]]  Anja Kruse
[[cpr:dot]]  Holger Bak
[[cpr:dot]]  Susan Riis
Aftalenr. {{num6}}, Arbejdsgiver CVR {{cvr}}

=== hand-nofi no
Hei Knut,
Her er de nye lærlingene (fødselsnummer i parentes): Emil Haugland ([[fnr]]), Sofie Berge ([[fnr]]), Jonas Vik ([[fnr:d]]).
Hilsen Opplæringskontoret, org.nr {{noorg}}

=== hand-nofi fi
Palkanlaskenta – uudet työntekijät joulukuu
Nimi;Henkilötunnus;Aloituspäivä
Aleksi Koivisto;[[hetu]];1.12.2026
Sanna Hämäläinen;[[hetu:new]];7.12.2026
Ville Rantanen;[[hetu]];14.12.2026

=== hand-neg da
Kommunens takster 2027: madservice 56 kr./portion, nødkald 132 kr./md., SFO 1.980 kr./md. Takstbilag nr. {{num6}}. Spørgsmål på {{phdk}}.

=== hand-neg sv
Färdtjänstresa bokad: resenr {{luhn10}}, avresa {{stamp12}}, taxi {{phse}}. Tillståndsnummer står på kortet.

=== hand-neg en
Union dues export: member_no;amount;month — {{num6}};480;11 — {{num6}};480;11 — {{num6}};240;11. IDs are member numbers, not personal IDs.

=== hand-neg no
Faktura fra Tromsø kommune, vann og avløp: KID {{kid}}, konto 4750.22.{{num6}}, forfall 20.12.2026. Spørsmål: {{phno}}.
"""
