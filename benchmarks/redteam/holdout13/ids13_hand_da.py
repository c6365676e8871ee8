"""Hand-written Danish documents for the v13 identifier hold-out (genres new to the sets; markup in ids13_slots)."""

BANK = r"""
=== hand-hospital da
HENVISNING TIL AMBULANT UDREDNING
Henvisende læge: Praktiserende læge Birthe Stokholm, ydernr. {{n:6}}
Patient: Aksel Brøndum Kjær, CPR [[cpr]]
Adresse: Grønnegade 14, 2. tv, 8000 Aarhus C
Henvisningsdiagnose: DR100 Smerter i øvre abdomen
Prioritet: Almindelig (ikke pakkeforløb)
Modtager: Medicinsk afd. M, Regionshospitalet Randers, lokationsnr. {{ean}}

=== hand-hospital da
Region Syddanmark - Rekvisition, Klinisk Biokemi
Rekv.nr.: {{lab}}      Prøvetagning: {{date}} kl. {{time}}
Pt.-id (cpr-nr.): [[cpr:plain]]
Navn: Hansen, Solveig Marie
Analyser: P-Glukose; B-Hæmoglobin; P-Kreatinin; P-TSH
Rekvirent: Lægehuset Vejen, afsender-id {{n:7}}
Stregkode på glas: {{embed}}

=== hand-hospital da
Epikrise - Børneafdelingen, Hvidovre Hospital
Barnet Mathilde Ravn (cpr. [[cpr:kid]]) indlagt {{date}} med feberkramper.
Mor: Tina Ravn, cpr. [[cpr]]. Far oplyst som Søren Nygaard, cpr [[cpr:sp]].
Udskrives i god almentilstand. Kontrol ved egen læge om 14 dage.
Journalnr. {{mod10}} bedes anført ved henvendelse.

=== hand-hospital da
Kære kolleger i Akutmodtagelsen

Patienten I fik overflyttet i nat er IKKE den, der står i skærmbilledet. Korrekt cpr er [[cpr#r]], ikke [[cpr]] som registreret ved ankomsten - det sidste er hendes søsters, der var med som pårørende.
Rettet i Sundhedsplatformen kl. {{time}}. Husk at printe nye armbånd med [[cpr:plain#r]].
Venlig hilsen, Anja (afdelingssygeplejerske)

=== hand-hospital da
Røntgen/billeddiagnostisk henvisning
Undersøgelse: MR columna lumbalis
Pt.: Villads Kofoed    CPR-nr.: [[cpr:dots]]
Kontraindikationer: Pacemaker? Nej. Klaustrofobi? Ja - ønsker beroligende.
Bookingnr. {{luhn10}}  Henvisningsdato {{date}}

=== hand-hospital da
Svar fra Patologiafdelingen, OUH
Materiale modtaget {{date}}, præparatnr. P{{n:8}}
Patient-CPR: [[cpr:en]]
Konklusion: Benign nævus. Ingen yderligere behandling.
Rekvirentens kontrolnummer {{mod10:dash}} - bruges ved rykker.

=== hand-hospital da
Tolkebestilling, Sjællands Universitetshospital
Sprog: Tigrinya (fremmøde)
Patient: Semhar Tesfay, nyankommet, cpr tildelt af kommunen {{date}}: [[cpr:nomod]]
(Hun har fået personnummer efter 2007, så cpr-nummeret tjekker ikke med modulus 11 - systemet advarer, men det er korrekt.)
Tid: {{date}} kl. {{time}}, Amb. 3, indgang 8

=== hand-hospital da
Fødselsanmeldelse til CPR-kontoret (kopi til journal)
Barn, pige, født {{date}} kl. {{time}}, vægt 3.410 g
Tildelt personnummer: [[cpr:kid]]
Moderens cpr: [[cpr:sds]]
Jordemoder: Lise Vestergaard, autorisations-id {{n:5}}

=== hand-pharmacy da
FMK - ordinationsoversigt (udskrevet {{date}})
Patient: Poul Erik Damgaard  CPR [[cpr]]
Lægemiddel            Styrke   Dosis          Start
Metformin "Krka"      500 mg   1 x 2 dgl.     {{date}}
Atorvastatin          40 mg    1 x 1 aften    {{date}}
Ordinations-id: {{mod10}}  (bruges ikke som personnummer)

=== hand-pharmacy da
Apoteket Trøjborg - e-recept ekspederet
Recept-id {{n:9}}, vare {{n:6}} Ibuprofen 400 mg 100 stk.
Udleveret til: Karina Lund (afhenter for moderen), pt-cpr [[cpr:old]]
Pris {{amount}} kr., tilskud {{amount}} kr.
Kvitt. {{date10}}

=== hand-pharmacy da
Log over dosisdispensering, uge 47
afdeling;cpr;præparat;antal;kontrol
Plejecenter Bakkely;[[cpr:plain]];Furix 40 mg;14;MH
Plejecenter Bakkely;[[cpr:plain]];Marevan 2,5 mg;28;MH
Plejecenter Bakkely;[[cpr:plain]];Panodil 1 g;56;LK
Plejecenter Bakkely;{{mcpr}};Zopiclon 7,5 mg;7;LK (slettet efter fejl)

=== hand-pharmacy da
Receptfornyelse via app - besked til lægen
Hej. Kan I forny min astmamedicin (Bufomix)? Mit cpr er [[cpr:plain]] og jeg bruger Apoteket Nørreport. Mit telefonnr er {{tlfdk}} hvis der er spørgsmål. Mvh Signe Holt

=== hand-insurance da
SKADEANMELDELSE - INDBOSKADE
Forsikringstager: Henrik Mølgaard
CPR-nr.: [[cpr]]
Policenr.: {{mod10}}     Skadenr.: {{mod10:dash}}
Skadedato: {{date}}  Sted: Vestervang 3, 7400 Herning
Beskrivelse: Indbrud gennem kælder, stjålet cykel og pc. Anmeldt til politiet, journalnr. {{n:4}}-{{n:5}}-{{n:5}}-24.

=== hand-insurance da
Kære Tryg,
Jeg vil gerne anmelde en tandskade på min søn Oscar (cpr-nr [[cpr:kid]]) fra skolens frikvarter. Vores police hedder {{mod10}}. Tandlægens regning på {{amount}} kr. er vedhæftet.
Venlig hilsen Camilla Friis, cpr [[cpr:sp]]

=== hand-insurance da
Afgørelse om erstatning - arbejdsskade
Tilskadekomne: Mogens Brix Laursen
CPR: [[cpr:en]]
Arbejdsgiver: Vestjysk Stål ApS, CVR {{cvr}}
Sagsnr. AES: {{date10:dash}}
Méngrad fastsat til 8 %. Erhvervsevnetab under 15 %; ingen løbende ydelse.

=== hand-insurance da
Helbredsoplysninger til livsforsikring (fortroligt)
Forsikrede: Nanna Holst, født {{date}}, personnr. [[cpr:dots]]
Har du inden for de seneste 5 år været i behandling for ... [x] Nej
Aftalenr. {{luhn12}} - anføres ved al korrespondance.

=== hand-pension da
PENSIONSOVERSIGT PR. 31.12.2025
Medlem: Jørgen Bach Rasmussen
Cpr-nr.   [[cpr:plain]]
Ordning   {{mod10}}   (arbejdsmarkedspension)
Indbetalt i året          {{amount}}
Depot ultimo              {{amount}}
Udbetaling fra            {{date}}
Begunstiget: Nærmeste pårørende

=== hand-pension da
Årsopgørelse 2025 (uddrag som tekst)
Navn: Ulla Kristensen
Personnummer: [[cpr:sp]]
Felt 200  Lønindkomst                 {{kr}}
Felt 416  Renteudgifter               {{kr}}
Felt 455  Befordringsfradrag          {{kr}}
Restskat / overskydende skat          {{kr}}
Betalings-id (FI-kort 71): {{fik}}

=== hand-pension da
Hej Skattestyrelsen
Min mor døde i marts, og jeg har fuldmagt til at se hendes årsopgørelse. Hendes cpr-nummer var [[cpr:old]], mit eget er [[cpr]]. Kan I sende den til e-Boks?
Hilsen Preben Ibsen

=== hand-pension da
ATP Livslang Pension - udbetalingsspecifikation
Modtager ....: Bodil Asmussen
CPR .........: [[cpr:old]]
Konto .......: reg. {{n:4}} kto. {{n:10}}
Månedlig ydelse før skat: {{kr}} kr.
Trækprocent 37 %, fradrag {{kr}} kr. pr. md.

=== hand-landreg da
TINGBOGSATTEST
Ejendom: Matr.nr. 12ab Sdr. Vium By, Sdr. Vium
BFE-nr.: {{n:7}}
Adkomst: Skøde tinglyst {{date}}, dato/løbenummer {{dlnr}}
Ejer: Kasper Holm Thygesen, cpr [[cpr]] (1/2)
Ejer: Line Thygesen, cpr [[cpr]] (1/2)
Hæftelser: Realkreditpantebrev, dato/løbenummer {{dlnr}}, kr. {{kr}}

=== hand-landreg da
Anmelderoplysninger (tinglysning.dk, kopi)
Anmelder: Advokatfirmaet Lund & Vinther, CVR {{cvr}}
Dokumenttype: Ejerpantebrev
Debitor: Flemming Kragh, CPR-nr. [[cpr:plain]]
Kreditor: Debitor selv
Hovedstol: {{kr}} kr.
Anmeldelses-id: {{uuid}}

=== hand-landreg da
Til ejendomsmægleren
Skødet kan ikke tinglyses, fordi køberens personnummer er tastet forkert: der står {{badcpr}} (den dag findes ikke). Det rigtige er [[cpr:sp]]. Sælgers cpr [[cpr]] er i orden.
Mvh Tinglysningsretten, sagsbehandler JK

=== hand-estate da
SKIFTERETTEN I KOLDING - Dødsbo efter
Aase Margrethe Winther, cpr-nr. [[cpr:old]], død {{date}}
Bobehandlingsform: Privat skifte
Arvinger:
  Søn, Anders Winther, cpr [[cpr]]
  Datter, Helle Winther Kjeldsen, cpr [[cpr]]
Skifterettens sagsnr.: BS-{{n:5}}/2026

=== hand-estate da
Boopgørelse (udkast) - dødsbo efter Erik Nørgaard
Afdødes personnummer: [[cpr:old,en]]
Aktiver
  Bankindestående, reg. {{n:4}} konto {{date10}}     {{kr}}
  Bil {{plate:dk}}                                  {{kr}}
Passiver
  Skyldig skat                                       {{kr}}
Arvinger: Lone Nørgaard (cpr [[cpr:dots]]) og barnebarn Frida (cpr [[cpr:kid]]).

=== hand-estate da
Dødsanmeldelse - udfyldt af bedemand
Afdøde: Karl Johan Frost   Cpr: [[cpr:old]]
Anmelder (ægtefælle): Jytte Frost   Cpr: [[cpr:old]]
Begravelse/bisættelse: Bisættelse fra Vor Frue Kirke {{date}}
Bedemandens ordre-nr. {{mod10}}

=== hand-court da
DOM afsagt {{date}} af Retten i Glostrup i sag SS-{{n:4}}/2026
Anklagemyndigheden mod
T1: Jonas Bech Mikkelsen, cpr.nr. [[cpr]]
T2: Ahmad Qasim, cpr.nr. [[cpr:nomod]] (tildelt efter 2007)
Tiltalen: Overtrædelse af straffelovens § 276, tyveri.
T1 straffes med fængsel i 30 dage, betinget.

=== hand-court da
STÆVNING
Sagsøger: Boligselskabet Ryparken, CVR {{cvr}}
Sagsøgte: Dennis Højgaard, cpr-nr. [[cpr:sds]], senest kendte adresse Tagensvej 107, st.
Påstand: Sagsøgte tilpligtes at betale {{kr}} kr. med procesrente fra {{date}}.
Rettens j.nr. BS-{{n:5}}/2026-KBH

=== hand-court da
Fogedretten - indkaldelse til udlægsforretning
Rekvirent: Gældsstyrelsen
Skyldner: Mette Louise Berg
Skyldners personnummer: [[cpr]]
Fordringens art: Restskat, kr. {{kr}}
Mødested: Fogedretten, Gl. Kongevej 3, {{date}} kl. {{time}}
Fogedsagsnr. FS {{n:4}}-{{n:5}}/2026

=== hand-court da
Retsbog for Retten i Aalborg (uddrag)
Sagen angik anmodning om tvangsanbringelse af barnet (cpr [[cpr:kid]]).
Mødt var moderen (cpr [[cpr:plain]]) med advokat Bent Møller.
Kommunens repræsentant oplyste, at barnets halvbror (cpr [[cpr:kid]]) allerede er anbragt.

=== hand-social da
Underretning efter servicelovens § 153 (modtaget {{date}})
Barn: Freja Lykke Jensen, cpr [[cpr:kid]]
Forældremyndighed: Mor, Sanne Jensen, cpr [[cpr]]
Underretter: Skolelærer, Egebjergskolen (anonym over for forældrene)
Bekymring: Hyppigt fravær, sulten om morgenen.
Sagen oprettet i DUBU med sagsnr. {{n:8}}.

=== hand-social da
Journalnotat - Socialafdelingen, Voksenhandicap
Dato {{date}}, bevillingsmøde.
Borger: Kim Sandberg (cpr.nr. [[cpr:en]]).
Bevilget: Bostøtte 5 t/uge efter § 85, revisitation om 6 mdr.
Notat ved: Rådgiver Pia Holm, tlf. {{tlfdk}}

=== hand-social da
Ansøgning om enkeltydelse (§ 81), Københavns Kommune
Ansøger:                        Ægtefælle:
Navn: Ali Demir                 Navn: Aylin Demir
CPR: [[cpr]]             CPR: [[cpr:nomod]]
Ansøgt beløb: {{kr}} kr. til tandbehandling
Ægtefællens cpr-nr. er tildelt i 2019 og har ingen modulus 11-kontrol.

=== hand-social da
Hjemmeplejen - kørelisteudskrift (tirsdag)
07:30  Egon Brandt         [[cpr:plain]]   Morgenhjælp, medicin
08:15  Inger Sørensen     [[cpr:plain]]   Bad, støttestrømper
09:00  Aage Dalsgaard     [[cpr:plain]]   Morgenhjælp
09:40  (nøgleboks kode {{n:4}})
10:10  Ruth Kjærsgaard    [[cpr:plain]]   Tilsyn

=== hand-social da
Sagsnotat: Borgeren (cpr [[cpr]]) henvendte sig i Borgerservice og oplyste at hun har fået nyt barn, cpr [[cpr:kid]]. Ønsker børnetilskud overført. Fik udleveret kvittering nr. {{mod10}}. /LM

=== hand-jobcenter da
Jobcenter Esbjerg - Indkaldelse til samtale
Til: Thomas Aagaard Holm
Cpr-nr.: [[cpr]]
Du indkaldes til jobsamtale {{date}} kl. {{time}} hos jobkonsulent Rikke Boel.
Medbring CV. Udebliver du, kan det få betydning for din ydelse.
Mødereference: {{date10}}

=== hand-jobcenter da
3F A-kasse - Dagpengekort for november
Medlemsnr.: {{mod10}}
CPR-nr.: [[cpr:dots]]
Arbejdstimer i perioden: 0
Ferie: 2 dage ({{date}} og {{date}})
Erklæring: Jeg har givet korrekte oplysninger.

=== hand-jobcenter da
Hej Kristian
Du har spurgt om dit cpr-nr. står rigtigt i Jobnet - det gør det ikke. Der står [[cpr#k]] men du skrev selv [[cpr#k]] på blanketten, så det er samme nummer; det er dit medlemsnummer {{mod10}} der er forkert i systemet.
Hilsen Ase, Krifa

=== hand-jobcenter da
Afgørelse - sygedagpenge ophører
Navn: Lene Bøgh
Personnr.: [[cpr:en]]
Din arbejdsgiver ({{cvr}}) har oplyst, at du er raskmeldt {{date}}.
Revurderingsdato: {{date}}. Klagefrist 4 uger til Ankestyrelsen.

=== hand-union da
Medlemsliste - Dansk Metal afd. Randers (klub Vestas)
Navn;Medl.nr.;CPR;Indmeldt
Bjarne Vinding;{{mod10}};[[cpr:plain]];2011
Tina Fuglsang;{{mod10}};[[cpr:plain]];2015
Mehmet Yildiz;{{mod10}};[[cpr:nomod,plain]];2019
Ole Fabricius;{{mod10}};[[cpr:plain]];1998
NB: medl.nr. er 10 cifre, må ikke forveksles med cpr.

=== hand-union da
Indmeldelse i HK
Fornavn: Malene   Efternavn: Vissing
Cpr: [[cpr:sp]]
Arbejdsplads: Netto, Vordingborg, P-nr. {{pnum}}
Overflyttes fra: FOA, medlemsnr {{luhn10}}
Kontingent trækkes fra reg. {{n:4}} kto. {{n:8}}

=== hand-hr da
ONBOARDING - nye medarbejdere 1. januar
Navn                  Start       Cpr            Løn-nr   Afdeling
Sidsel Krogh          02.01.27    [[cpr]]    {{n:5}}    Økonomi
Asger Munk            02.01.27    [[cpr]]    {{n:5}}    IT-drift
Trine Weber           15.01.27    [[cpr]]    {{n:5}}    Kundeservice
Adgangskort bestilt hos facility ({{uuid}}).

=== hand-hr da
Kære Jesper
Velkommen om bord! Før din første dag skal du i HR-portalen udfylde skattekort og cpr ([[cpr:plain]] har vi allerede fra kontrakten - tjek at det er rigtigt). Din bærbare har serienr. {{n:10}} og dit medarbejdernummer er {{mod10}}.
Hilsen Gitte, People & Culture

=== hand-hr da
Ansættelseskontrakt - side 1 af 4
Mellem Nordfyns Bank A/S (CVR {{cvr}}) og
Ebbe Skytte, cpr.nr. [[cpr:dots]], Kirkevej 19, 5450 Otterup
er indgået følgende aftale om ansættelse som kunderådgiver pr. {{date}}.

=== hand-hr da
Straffeattest-anmodning (børneattest)
Virksomhed: Idrætsefterskolen Ry, CVR {{cvr}}
Personen: Rasmus Øster Dahl
Cpr-nummer: [[cpr]]
Samtykke givet digitalt {{date}} (MitID).
Reference i Politiets system: {{mod10}}

=== hand-helpdesk da
[Sag #{{n:6}}] Kan ikke logge på e-Boks
Status: Åben   Prioritet: Normal   Kø: Borgerservice-IT
Beskrivelse (borger): Når jeg taster mit cpr [[cpr:plain]] kommer der fejl 4012. Har prøvet 3 gange.
Intern note: Henvist til MitID-support. Sagsnummer hos dem {{luhn10}}.

=== hand-helpdesk da
Zendesk ticket {{n:7}} - "Refusion af forkert opkrævning"
Kunde: Birgitte Ahle <birgitte.ahle@mail.dk>
Felter: Ordrenr={{mod10}} | Cpr (kun ved kredit)=[[cpr]] | Telefon={{tlfdk8}}
Agent-svar: Vi har krediteret {{amount}} kr. til kortet der slutter på {{n:4}}.

=== hand-helpdesk da
IT-support (intern) - SAG: Forkert cpr i lønsystemet
Medarbejder Niels Vang står med cpr [[cpr#x]] i Silkeborg Data, men i AD er extensionAttribute7 = [[cpr:plain#x]]. Det er samme person; bindestregen fjernes ved synkronisering.
Løst af: JK, {{date}}

=== hand-crm da
Kunde-eksport fra Dynamics (udsnit), kolonner: Kundenr | Navn | CPR | Segment
{{mod10}} | Hanne Krogh | [[cpr]] | Privat
{{mod10}} | Søren Lind | [[cpr]] | Private Banking
{{mod10}} | Vibeke Thorup | [[cpr:nomod]] | Privat (cpr tildelt 2015)
{{mod10}} | Carsten Ejby | [[cpr]] | Privat

=== hand-crm da
CRM-notat - opkald fra kunde
Kunden (cpr [[cpr:sp]]) ringede om flytning af boliglån. Vil gerne have møde med rådgiver. Oplyste nyt mobilnr {{tlfdk}}. Låneforslag nr. {{luhn12}} sendt til e-Boks.

=== hand-log da
2026-11-30T08:14:22.114Z INFO  [borgerservice-api] GET /v2/borgere?cpr=[[cpr:plain]] 200 43ms
2026-11-30T08:14:22.301Z WARN  [borgerservice-api] adresse mangler for cpr=[[cpr:plain]]
2026-11-30T08:14:25.007Z INFO  [borgerservice-api] job {{tenstamp}} færdig, requestId={{uuid}}
2026-11-30T08:14:26.550Z DEBUG [scheduler] next run at {{epoch}}

=== hand-log da
Nov 30 03:12:01 app01 cron[{{n:5}}]: (backup) CMD (/opt/bin/dump --since {{dkstamp}})
Nov 30 03:12:07 app01 payroll[{{n:5}}]: reject record 17: cpr [[cpr:plain]] not in employer register
Nov 30 03:12:07 app01 payroll[{{n:5}}]: reject record 18: cpr [[cpr:plain]] not in employer register
Nov 30 03:12:09 app01 payroll[{{n:5}}]: batch {{dkstamp}} done

=== hand-log da
audit.log (Sundhedsplatformen opslag)
tid={{isodate}}T10:02:44 bruger=SP{{n:5}} handling=OPSLAG patient_cpr=[[cpr:plain]] årsag=behandling
tid={{isodate}}T10:03:10 bruger=SP{{n:5}} handling=OPSLAG patient_cpr=[[cpr:plain]] årsag=BRUD_GLAS
tid={{isodate}}T10:05:52 bruger=SP{{n:5}} handling=LOGUD session={{n:10}}

=== hand-ocr da
K0BENHAVNS KOMMUNE         Borgerservice
                           Postboks 3O3
Vedr.: Dit  personnummer   [[cpr:ocr]]
Kære  Hr. Laurits  Bang
Vi  har  modtaget  din  anmodning  om  nyt  sundhedskort.  Kortet  sendes  til  din
folkeregisteradresse  inden  for  14  dage.
Med  venlig  hilsen

=== hand-ocr da
SKANNET BREV - kvalitet lav
Cpr.nr.:  [[cpr:gap]]
Navn: Gunhild  Madsen
A fg ø r e ls e  om  b oligs t ø t te
Du er bevilget {{kr}} kr. pr. måned fra {{date}}. Udbetaling sker til Nem-Konto.
Sags nr. {{ocrkto}}

=== hand-ocr da
[OCR side 2/3]
...og  det  bekræftes  hermed,  at  lejer  Finn  Sommer  (CPR  [[cpr:ocr]])  har  betalt
depositum  kr.  {{kr}}  til  konto  {{ocrkto}}.
Udlejer:  Ejendomsselskabet  Amager  ApS

=== hand-ocr da
Fax modtaget {{date}} {{time}} fra Lægehuset Brønderslev
Side 1
HENV1SNING
Pt: Gerda Lauritsen  cpr: [[cpr:ocr,old]]
Ønsker: Vurdering af hjertemislyd
Henv. læge: Dr. Bent Holm

=== hand-pdf da
Lønseddel                                  Periode: November 2026
Medarbejder                                Arbejdsgiver
Morten Kirk                                Aabybro Maskinfabrik A/S
CPR: [[cpr]]                        CVR: {{cvr}}
Medarb.nr. {{n:4}}                         SE-nr. {{cvr}}
Løn i alt          {{kr}}                  Ferie-
AM-bidrag          {{kr}}                  konto   {{kr}}

=== hand-pdf da
Kontoudtog side 1
Kunde                       Konto
Helle og Bo Ravnsborg       {{n:4}} {{date10}}
cpr  [[cpr]]  /             Renteperiode
     [[cpr]]                {{date}} - {{date}}
Bevægelser                                   Saldo
Overførsel husleje          -{{amount}}      {{amount}}

=== hand-pdf da
Ansøgning om SU-lån - PDF-udtræk (kolonner brudt)
Ansøger                     Forælder 1              Forælder
Ida Vinther                 Hans Vinther            2
Cpr-nr.                     Cpr-nr.                 Marianne
[[cpr]]                [[cpr]]             Vinther
                                                    Cpr-nr.
                                                    [[cpr:plain]]

=== hand-edi da
<?xml version="1.0" encoding="UTF-8"?>
<Henvisning xmlns="urn:medcom:xref">
  <Afsender><EANIdentifier>{{ean}}</EANIdentifier></Afsender>
  <Patient>
    <CivilRegistrationNumber>[[cpr:plain]]</CivilRegistrationNumber>
    <PersonSurnameName>Bruun</PersonSurnameName>
  </Patient>
  <LetterIdentifier>{{mod10}}</LetterIdentifier>
  <Dato>{{isodate}}</Dato>
</Henvisning>

=== hand-edi da
UNA:+.? '
UNB+UNOC:3+{{ean}}:14+{{ean}}:14+{{n:6}}:{{n:4}}+{{n:10}}'
UNH+1+MEDREP:D:96A:UN'
DTM+137:{{hl7ts}}:203'
NAD+PAT+[[cpr:plain]]:CPR'
PNA+PAT++Kjeldgaard:Ellen'
UNT+6+1'

=== hand-edi da
MSH|^~\&|LABKA|OUH|EPJ|SP|{{hl7ts}}||ORU^R01|{{n:8}}|P|2.5
PID|1||[[cpr:plain]]^^^CPR^NNDNK||Lykke^Bente||{{isodate}}|F
OBR|1|{{mod10}}||NPU02319^Hgb
OBX|1|NM|NPU02319^Hgb||8.1|mmol/L|7.3-9.5|N

=== hand-edi da
{
  "resourceType": "Patient",
  "identifier": [ { "system": "urn:oid:1.2.208.176.1.2", "value": "[[cpr:plain]]" } ],
  "name": [ { "family": "Hedegaard", "given": ["Ole"] } ],
  "telecom": [ { "system": "phone", "value": "{{tlfdk8}}" } ]
}

=== hand-sms da
SMS-gateway udgående (Region Midt), batch {{tenstamp}}
til=+45{{tlfdk8}} tekst="Påmindelse: Du har tid i Medicinsk Ambulatorium {{date}} kl. {{time}}. Medbring sundhedskort." ref={{luhn10}}
til=+45{{tlfdk8}} tekst="Husk blodprøve. Svar STOP for at afmelde." ref={{luhn10}}
til=+45{{tlfdk8}} tekst="Vi har ikke modtaget cpr for dit barn - skriv [[cpr:kid]] er det korrekt? Svar JA" ref={{luhn10}}

=== hand-sms da
Fra +45{{tlfdk8}} ({{date}} {{time}}): hej det er Ditte, mit cpr er [[cpr:plain]] til jeres formular, jeg kan ikke få lov at skrive det på hjemmesiden
Til +45{{tlfdk8}}: Tak, vi har registreret det. Venlig hilsen Tandlægerne i Hinnerup

=== hand-voicemail da
Telefonsvarer-transskription (automatisk), {{date}} {{time}}, fra {{tlfdk}}
"Ja hej det er Torben Ahlgren jeg ringer angående min fars pension eh hans cpr-nummer er [[cpr:sp]] og han er altså død for to uger siden så øh I skal stoppe udbetalingen ring tilbage på det her nummer tak"

=== hand-voicemail da
Talebesked (transskriberet, usikker kvalitet)
"...hej det er fra Lægehuset i Hammel, vi mangler at få bekræftet et cpr for en ny patient, det er [[cpr:sp]], altså født i ... ja, I kan se det. Ellers er vores nummer {{tlfdk}}. Tak."

=== hand-genealogy da
Slægtsforskning - udtræk fra kirkebog og CPR
Ane nr. 4: Niels Peter Holm, f. i Nørre Nissum, cpr-nr. [[cpr:old]], død 2011.
Ane nr. 5: Kirstine Holm f. Kjær, cpr-nr. [[cpr:old]].
Ane nr. 8-9: Ingen cpr (døde før 1968).
Kilde: Kirkebog Nørre Nissum, opslag {{n:3}}; Arkivalieronline billed-id {{n:8}}.

=== hand-genealogy da
Hej Rigsarkivet
Jeg leder efter min farfars dødsattest. Han hed Aage Frederiksen og havde cpr [[cpr:old]] (fra hans gamle sygesikringsbevis). Mit eget cpr er [[cpr:sp]] hvis I skal bruge det til at bekræfte slægtskab.
Venlig hilsen Anne-Mette Frederiksen

=== hand-research da
Forskningsdatasæt - Danmarks Statistik Forskerservice (intern note)
Projekt {{n:6}}: Datasættet indeholdt ved en fejl de rå personnumre i stedet for pnr-pseudonymer. Eksempel på rækker:
pnr;koen;alder;komm
[[cpr:plain]];K;54;851
[[cpr:plain]];M;61;461
Filen er slettet fra projektmappen {{date}}; logget som sikkerhedshændelse {{mod10}}.

=== hand-research da
Samtykkeerklæring - Hjerteforskning, Rigshospitalet
Forsøgsperson: Poul Kastrup    Cpr: [[cpr:en]]
Forsøgsperson-id: {{n:3}}-{{n:4}}
Jeg giver hermed samtykke til, at blodprøver gemmes i biobank i 15 år.
Underskrift: ______________   Dato: {{date}}

=== hand-dpr da
Anmodning om indsigt (artikel 15)
Til Databeskyttelsesrådgiveren, Aarhus Kommune
Jeg, Asta Bruun, cpr [[cpr]], anmoder om indsigt i alle oplysninger I behandler om mig og om min datter Ella, cpr [[cpr:kid]].
Svar venligst til Digital Post.

=== hand-dpr da
Svar på din anmodning om sletning (sag {{mod10}})
Vi har modtaget din anmodning om sletning. Vi kan ikke slette din journal, da vi har pligt til at opbevare den i 10 år. Vi har identificeret dig ud fra cpr-nummer [[cpr:dots]].
Du kan klage til Datatilsynet, Carl Jacobsens Vej 35.

=== hand-dpr da
Brud på persondatasikkerheden - anmeldelse til Datatilsynet (udkast)
Hvad skete der: En medarbejder sendte et regneark med 214 borgeres cpr-numre til en forkert ekstern modtager. Eksempel på berørt: [[cpr]] (borger kontaktet). Modtageren har bekræftet sletning {{date}}.
Intern hændelses-id: {{lab}}

=== hand-hospital da
Besøgsregistrering, Intensiv afsnit 4131 (kl. {{time}})
Patient: seng 7, cpr [[cpr:nl]]
Besøgende: ægtefælle + 1 voksent barn
Bemærk: Kun 2 ad gangen. Låsekode til pårørenderum {{n:4}}.

=== hand-insurance da
Rejseforsikring - anmeldelse af sygdom i udlandet
Forsikrede: Kirsten Bay, cpr [[cpr]], og barnet Anton Bay, cpr [[cpr:kid]]
Land: Spanien. Behandlet på Hospital Quirónsalud, regning EUR 1.250,00.
Det gule kort-nr.: [[cpr:plain]]  (= Kirstens cpr)
Skadesnr. {{date10:dash}}

=== hand-landreg da
Hej Jesper
Jeg har lige talt med banken - låneaftalen skal stå i både dit og Mettes navn. De skal bruge jeres cpr til kreditvurderingen: dit er [[cpr]] og Mettes er [[cpr:sp]], ikke? Ejendomsnummeret er {{n:6}}, kommune 0101.
Knus, mor

=== hand-court da
Anklageskrift
mod
Sebastian Holm Nørgaard, cpr.nr. [[cpr]], Rødovrevej 201
Forhold 1: Vold efter straffelovens § 244 mod forurettede Lasse Jørgensen (cpr [[cpr:nl]]) den {{date}} kl. ca. {{time}}.
Politiets journalnr. {{n:4}}-{{n:5}}-{{n:5}}-26

=== hand-social da
Handleplan (§ 140) - revideret
Den unge: Malthe (cpr [[cpr:kid]]), anbragt på opholdsstedet Lyngly siden {{date}}.
Mål 1: Skolegang min. 4 dage om ugen.
Opholdsstedets CVR: {{cvr}}, døgntakst {{kr}} kr.
Forældre: Mor (cpr [[cpr]]) deltager i møder; far er ukendt.

=== hand-jobcenter da
Jobcenter: Registrering som ledig - kvittering
Du er tilmeldt som jobsøgende {{date}} kl. {{time}}.
CPR: [[cpr:plain]]
Din a-kasse: Lærernes A-kasse
Dit joblog-id: {{luhn10}} (bruges ikke til andet)

=== hand-helpdesk da
Kære kundeservice
Jeres app beder mig om mit cpr-nummer for at kunne se min fjernvarmeopgørelse. Jeg har tastet [[cpr:sp]] men den siger "ugyldigt". Kundenummer {{mod10}}, installationsnr {{n:8}}.
Mvh. Kurt Lehmann

=== hand-pdf da
Faktura/kvittering     Tandklinikken Vesterbro     Side 1
Patient                       Behandling              Kr.
Mads Thiesen                  Undersøgelse           {{amount}}
Cpr.nr. [[cpr]]       Røntgen, 2 bitewings   {{amount}}
                              Tilskud (regionen)     -{{amount}}
Betal til reg.nr. {{n:4}} konto {{n:10}}, FI {{fik}}

=== hand-pension da
Hej PFA
Jeg er blevet skilt, og min ekspartner Christian står stadig som begunstiget på min pension (policenr. {{mod10}}). Hans cpr er [[cpr]]. Jeg vil have det ændret til mine børn: Marcus [[cpr:kid]] og Alma [[cpr:kid]].
Med venlig hilsen Pernille Strand, cpr [[cpr:plain]]

=== hand-estate da
Skifteretsattest
Efter Inge Lise Møller, født {{date}}, cpr [[cpr:old,sds]], død {{date}}, er boet udleveret til privat skifte til
arvingerne: Hans Møller, cpr [[cpr]], og Marianne Møller, cpr [[cpr]].
Arvingerne hæfter solidarisk for afdødes forpligtelser.

=== hand-hr da
Personalekort (uddrag til revision)
Navn ............ Gitte Sørensen
Fødselsdato ..... {{date}}
Cpr-nr .......... [[cpr:jan1]]
Ansat ........... {{date}}
Lønmodtagernr ... {{mod10}}
Bemærkning: Født 1. januar, cpr-nr. uden modulus-kontrol er korrekt.

=== hand-union da
Referat - klubmøde, tillidsrepræsentantvalg
Valgt som TR: Lotte Bruus (medl. {{luhn10}}). Stedfortræder: Yusuf Karaca.
Til forbundets registrering skal bruges TR's cpr: [[cpr]].
Afstemningsresultat: 41 for, 3 blanke.

=== hand-crm da
Salesforce Lead-import (fejlrapport)
Række 12: felt Personnummer__c = "[[cpr:plain]]" accepteret
Række 13: felt Personnummer__c = "{{mcpr}}" afvist (maskeret)
Række 14: felt Personnummer__c = "{{badcpr}}" afvist (ugyldig dato)
Række 15: felt Phone = "{{dk00}}" accepteret

=== hand-log da
[2026-12-01 14:02:11,204] ERROR nemlog.adapter - Validation failed for citizen id '[[cpr:plain]]': certificate expired (serial {{n:12}})
[2026-12-01 14:02:11,219] INFO  nemlog.adapter - retry 1/3 for correlation {{uuid}}
[2026-12-01 14:02:12,002] INFO  nemlog.adapter - ok cpr=[[cpr:plain]] pid={{n:10}}
=== hand-social da
Udbetaling Danmark - Børne- og ungeydelse, opgørelse 1. kvartal
Modtager: Rasmus Hjort, cpr [[cpr]]
Barn                      Cpr-nr.          Sats
Liva Hjort                [[cpr:kid]]      {{kr}}
Noah Hjort                [[cpr:kid]]      {{kr}}
Ella Hjort                [[cpr:kid]]      {{kr}}
Udbetales til NemKonto {{date}}.

=== hand-hospital da
Sundhedsplejen - vaccinationsregistrering (MFR 1), uge 48
cpr;navn;vaccine;batch
[[cpr:kid,plain]];Viggo S.;MFR;{{n:6}}
[[cpr:kid,plain]];Alma K.;MFR;{{n:6}}
[[cpr:kid,plain]];Karla B.;MFR;{{n:6}}
[[cpr:kid,plain]];Storm L.;MFR;{{n:6}}
Indberettet til Det Danske Vaccinationsregister {{date}}.

=== hand-insurance da
Børneulykkesforsikring - police-tillæg
Forsikrede børn:
1. Sofie Dalgaard, cpr [[cpr:kid]]
2. Victor Dalgaard, cpr [[cpr:kid,sp]]
Forsikringstager: Charlotte Dalgaard, cpr [[cpr]]
Policenr. {{mod10}}, tillæg nr. {{n:3}}

=== hand-social da
Integrationsafdelingen - familiesammenføring, registrering i CPR
Familien er registreret med fødselsdato 1. januar, da de præcise datoer ikke kendes:
Far: Abdullahi Warsame, cpr [[cpr:jan1]]
Mor: Hodan Warsame, cpr [[cpr:jan1]]
Datter: Ayaan Warsame, cpr [[cpr:kid]]
(1. januar-cpr-numre opfylder ikke modulus 11; det er korrekt.)
Sagsnr. {{mod10}}

=== hand-court da
Kendelse om samvær (Familieretten)
Barnet: Oliver, cpr [[cpr:kid,en]]
Bopælsforælder: Maja Lind, cpr [[cpr:en]]
Samværsforælder: Nikolaj Rask, cpr [[cpr:en]]
Samvær hver anden weekend fra fredag kl. 15 til søndag kl. 17. Familierettens sagsnr. {{n:2}}-{{n:5}}/2026.
"""
