"""Hand-written Danish v11 documents: forms, case notes, health, tax, leases, estates, unions, pawn, HR, e-Boks."""

BANK = """
=== hand-claim da
SKADEANMELDELSE - ulykkesforsikring
Police nr.: {{date10}}
Skadelidte: Ronja Kjærsgaard Thygesen
CPR-nr.: [[cpr]]
Skadedato: {{date}} kl. {{time}}
Hvad skete der? Faldt på glat trappe ved Føtex, brækket håndled.
Anmelder er forsikringstager selv. Udbetaling til NemKonto.

=== hand-claim da
Pensionsselskabet har modtaget din ansøgning om udbetaling ved kritisk sygdom.
Vi har registreret dig med cpr.nr. [[cpr:plain]] og pensionsordning nr. {{mod10}}.
Bemærk: pensionsordningens nummer er ikke dit personnummer, men det står på alle breve fra os.
Sagsbehandler: Tue Lykkegaard, direkte {{tlfdk}}

=== hand-claim da
Erstatningskrav, tandskade
Forsikringstager ..... Bent Holmsgaard
Cpr .................. [[cpr:sp]]
Skadenr .............. {{date10:dash}}
Klinikkens CVR ....... {{cvr}}
Beløb ................ {{amount}} kr.

=== hand-claim da
Hej Signe
Kan du lige oprette en skade på Frits Ahlmann? Han har policenummer {{luhn10}} og cpr [[cpr:kid]] - nej vent, det sidste er sønnens, Frits' eget er [[cpr#far]].
Sønnen var passager i bilen. Skriv begge cpr på anmeldelsen, farens ([[cpr#far]]) som forsikringstager.
/Kamilla

=== hand-claim da
Arbejdsskadesag - anmeldelse via EASY
Tilskadekomnes CPR: [[cpr:nomod]] (tildelt 2015 efter indrejse, opfylder ikke modulus 11, men er gyldigt i CPR)
Arbejdsgivers CVR/P-nr.: {{cvr}} / {{pnum}}
Ulykken skete på lageret i Skejby. Tilskadekomne faldt fra en truck.

=== hand-claim da
Lønsikring - anmodning om dagpenge under sygdom
Medlemsnummer i a-kassen: {{date10}}
Personnummer: [[cpr:dots]]
Første fraværsdag: {{date}}
Arbejdsgiver: Kvickly Herning, P-nr. {{pnum}}

=== hand-case da
Journalnotat, Jobcenter Viborg
Borger: Tommy Aagaard Rask, [[cpr]]
Samtale om ressourceforløb. Borger fortæller om rygsmerter og søvnbesvær. Vi aftaler praktik hos Bilka fra næste måned.
Næste samtale {{date}}. Sagsnr. {{date10}} (sagsnr. er ikke cpr).

=== hand-case da
§ 50-undersøgelse, Silkeborg Kommune
Barnet: Nova, cpr [[cpr:kid#nova]]
Mor: Pernille Fynbo, cpr [[cpr#mor]]
Far: ukendt
Skolen har underrettet om fravær. Nova ([[cpr:kid#nova]]) har haft 43 % fravær i indeværende skoleår.

=== hand-case da
Sagsbehandlernotat 14/3
Ringede til borgeren (tlf {{tlfdk8}}), som bekræftede sit cpr [[cpr:plain]]. Borger ønsker aktindsigt i sagen.
Sagen har j.nr. {{date10:dash}} i Acadre.

=== hand-case da
Afgørelse om boligstøtte
Ansøger: Birthe Nørgaard Tambo, CPR-nr. [[cpr:old]]
Husstanden: ansøger alene.
Månedlig husleje: {{kr}} kr. Boligstøtte fra 1. januar: {{amount}} kr. om måneden.
Udbetaling Danmark, Kongens Vænge 8, 3400 Hillerød. Journalnummer {{luhn10}}.

=== hand-case da
Østre Landsrets dom af {{date}}
Sag BS-{{n:5}}/2025
Appellant: Keld Vestergaard Munk (cpr.nr. [[cpr]])
mod
Indstævnte: Aarhus Kommune
Landsretten stadfæster byrettens dom. Sagsomkostninger {{kr}} kr.

=== hand-case da
Retten i Glostrup - anonymiseret dom
Tiltalte T (cpr.nr. XXXXXX-XXXX) er fundet skyldig i overtrædelse af straffelovens § 276.
Forurettede F, født {{date}}.
Anklagemyndighedens j.nr. {{date10}}.

=== hand-case da
Udskrift af dombogen
Sagsøger: Ahmad Bashir, cpr-nr. [[cpr:nomod]] (tildelt 2019)
Sagsøgte: Dansk Byggeri Service ApS, CVR-nr. {{cvr}}
Byretten har afsagt dom: Sagsøgte betaler {{amount}} kr. til sagsøger med tillæg af procesrente.

=== hand-case da
Fogedretten i Odense
Rekvirent: Nykredit Realkredit A/S
Rekvisitus: Jannik Lund Hvidtfeldt, [[cpr:sds]]
Udlæg foretaget i bil, reg.nr. AB 12 345.
Fogedsagsnr. FS {{n:5}}-{{n:4}}

=== hand-health da
HENVISNING TIL PRIVATPRAKTISERENDE SPECIALLÆGE
Patient: Svend Åge Bruun  CPR: [[cpr:old]]
Henvisningsdiagnose: DM54.5 Lændesmerter
Henvisende læge: Lægerne i Tarm, ydernr. {{n:6}}
Modtager: Ortopædkirurgisk klinik, ydernr. {{n:6}}

=== hand-health da
Patientens cpr [[cpr]] ses i journalen med to recepter på Panodil og en på Ibuprofen.
Apotekets notat: kunden hentede til sin mand, hvis cpr vi ikke har fået.
Receptnummer {{date10}}, ekspeditionsnr. {{n:8}}.

=== hand-health da
Vaccinationsbevis - Apoteket Trøjborg
Navn: Lærke Bisgaard
Fødselsdato: {{date}}
CPR: [[cpr:kid]]
Vaccine: HPV, lotnr. {{n:6}}
Næste dosis om 6 måneder.

=== hand-health da
Epikrise
Pt. [[cpr:plain]] indlagt med pneumoni. Behandlet med penicillin i.v. i 3 døgn.
Udskrevet til eget hjem. Kontrol hos egen læge.
Afdelingens SKS-kode: {{n:7}}. Telefon til afdelingen {{tlfdk}}.

=== hand-health da
Recept-fornyelse (sms fra lægehuset)
Kære patient. Din recept er fornyet og kan hentes på apoteket. Husk at medbringe sundhedskort. Mvh Lægerne Vestergade. Svar ikke på denne sms. Afsender {{tlfdk8}}.

=== hand-health da
Laboratoriesvar
Rekvisitionsnr: {{date10}}
Cprnr: [[cpr:plain]]
Prøvetaget: {{isodate}} {{time}}
P-Glukose 6,1 mmol/L
Hb 8,4 mmol/L

=== hand-health da
Tandlægeklinikken Kildeparken
Patientkartotek, side 2
  Navn                 Cpr           Sidste besøg
  Ulrik Hammershøj     [[cpr:sp]]   {{date}}
  Agnete Hammershøj    [[cpr:sp]]   {{date}}
  Bjørk Hammershøj     [[cpr:sp,kid]]   {{date}}

=== hand-tax da
Skattestyrelsen
Årsopgørelse 2025
Navn: Hanne Lisbeth Ravn
Personnummer: [[cpr:dots]]
Dit resultat: Du skal have {{amount}} kr. tilbage.
Beløbet udbetales til din NemKonto inden for 3 uger.

=== hand-tax da
Kære Skattestyrelsen
Jeg skriver vedr. min forskudsopgørelse. Mit cpr-nummer er [[cpr]].
Jeg har fået nyt job hos Salling Group (CVR {{cvr}}) fra 1. marts, og min løn stiger til {{kr}} kr. om måneden.
Med venlig hilsen
Lone Dam

=== hand-tax da
TastSelv - kvittering for ændring
Du har ændret din forskudsopgørelse for 2027.
Kvitteringsnummer: {{date10}}
Ændret af: [[cpr:plain]]
Tidspunkt: {{date}} {{time}}

=== hand-tax da
Skattestyrelsen har modtaget oplysninger om dit salg af aktier.
Depot: Nordnet, depotnr. {{n:8}}
SE-nr. på indberetter: {{cvr}}
Personnummer: [[cpr:sp]]
Hvis oplysningerne er forkerte, skal du kontakte din bank.

=== hand-tax da
Rykker for restskat
Skyldner: cpr-nr. [[cpr]]
Betalingsid (FI-kort): +71<{{n:15}}+{{n:8}}<
Restskat: {{amount}} kr. inkl. renter.
Betales senest {{date}}.

=== hand-lease da
LEJEKONTRAKT FOR BOLIG (typeformular A, 10. udgave)
§ 1. Parterne og det lejede
Udlejer: Ejendomsselskabet Brogården ApS, CVR {{cvr}}
Lejer: Thorbjørn Kierkegaard Falk, cpr.nr. [[cpr]]
Medlejer: Yvonne Falk, cpr.nr. [[cpr]]
Lejemålets adresse: Brogade 14, 2. th., 5000 Odense C
§ 3. Husleje: {{kr}} kr. pr. måned. Depositum svarende til 3 måneders leje.

=== hand-lease da
Fremlejeaftale (værelse)
Fremlejetager: Mathilde Ørum, født {{date}}, cpr [[cpr:kid]]
Hun er under 18 år; forælder Sanne Ørum ([[cpr:en]]) underskriver som værge.
Fremlejegiver: Kollegiet Engholm, lejemålsnr. {{date10}}

=== hand-lease da
Indflytningsrapport
Lejer ................... Rune Baadsgaard
Lejers CPR (kun til depositum): [[cpr:plain]]
Målerstand el: {{n:6}}  vand: {{n:5}}
Nøgler udleveret: 3 stk., nøgle nr. {{n:4}}

=== hand-lease da
Opsigelse af lejemål
Undertegnede lejer, Hasse Jeppesen (cpr [[cpr]]), opsiger hermed lejemålet Kastanievej 3, st. tv.
Lejemålsnummer {{mod10}} - dette er boligforeningens nummer, ikke mit cpr.
Fraflytning senest {{date}}.

=== hand-estate da
Skifteretten i Aalborg - boopgørelse
Afdøde: Arne Egon Kristiansen, cpr.nr. [[cpr:old]], død {{date}}
Arving 1: Kim Kristiansen, cpr.nr. [[cpr]]
Arving 2: Gitte Kristiansen Berg, cpr.nr. [[cpr]]
Aktiver: bankindestående {{amount}} kr., bil {{amount}} kr.
Passiver: begravelse {{amount}} kr.

=== hand-estate da
Dødsboets bankoversigt
Konto {{regkto}} tilhørende afdøde ([[cpr:old]]) er spærret.
Boets CVR/SE-nr.: {{cvr}} (tildelt boet ved bobestyrerens anmodning)
Saldo pr. dødsdag: {{amount}} kr.

=== hand-estate da
Privat skifte - erklæring
Vi, de eneste arvinger efter vores mor Ellen Margrethe Holt ([[cpr:old#ellen]]), ønsker at skifte privat.
Arvinger: Poul Holt [[cpr:plain]], Inge Holt [[cpr:plain]].
Afdødes sidste adresse: Plejecenter Solsikken, Brønderslev.

=== hand-estate da
Indboliste til boet (lavet af bedemanden)
1 sofa, 1 spisebordsstol x 6, 1 Bang & Olufsen TV serienr. {{n:8}}
Køleskab, ean {{ean}}
Afdødes cpr [[cpr:sds]] står på boets bankkonto; bankens reference {{date10}}.

=== hand-union da
Medlemsliste - HK Kommunal, klub Randers
Medl.nr.     Navn                 Cpr
{{date10}}   Lene Sørensen         [[cpr]]
{{date10}}   Jørgen Bach           [[cpr]]
{{date10}}   Ulla Brix             [[cpr:nomod]]
Klubbens kasserer: Jørgen Bach

=== hand-union da
3F Aalborg - udmeldelse
Medlem: Patrick Frost Iversen, født {{date}}
Medlemsnummer {{mod10:dash}} (bemærk at medlemsnummeret ligner et cpr)
Cpr-nummer: [[cpr]]
Udmeldt pr. {{date}} efter eget ønske.

=== hand-union da
Tillidsrepræsentantvalg - stemmeliste
Stemmeberettigede (navn, fødselsdato, lønnr.):
Carl Hede, {{date}}, {{n:5}}
Sara Mølgaard, {{date}}, {{n:5}}
Ingen cpr-numre må stå på stemmelisten.

=== hand-pawn da
Pantelånerprotokol
Lånenr. {{n:6}}
Pantsætter: Brian Holst, Nørrebrogade 201, legitimeret med kørekort nr. {{n:8}}
CPR: [[cpr]]
Pant: 1 guldring 14 kt., 1 Omega ur serienr. {{n:8}}
Udlånt: {{kr}} kr. Forfald {{date}}.

=== hand-pawn da
Auktionshuset Lauritz - købers oplysninger
Køber: Maja Lindgaard (kundenr. {{date10}})
Adresse: Skovbrynet 9, 8600 Silkeborg
Cpr (kun for køb over 50.000 kr. iht. hvidvaskloven): [[cpr]]
Katalognr. {{n:4}}: Hans J. Wegner Y-stol, hammerslag {{kr}} kr.

=== hand-pawn da
Genbrugsbutik - køb af brugt guld
Sælger legitimation: pas nr. {{n:9}}
Sælgers cpr.: [[cpr:plain]]
Vægt: 12,4 g, pris {{amount}} kr.
Bon nr. {{n:7}}, kasse 2, {{time}}

=== hand-travel da
PASSAGERLISTE - SAS SK1417 CPH-AAL
PAX  NAME                 DOC       DOB
01   HANSEN/METTE MRS     P{{n:8}}  {{date}}
02   HANSEN/OSKAR MSTR    P{{n:8}}  {{date}}
03   LUND/KARL MR         P{{n:8}}  {{date}}
Booking ref. K9{{n:4}}Q. No national ids on manifest.

=== hand-travel da
Gruppetur til Krakow - deltagerliste fra rejsebureauet
Vi skal bruge cpr-nr. til den kollektive rejseforsikring:
Anita Brandt [[cpr]]
Leo Brandt [[cpr:kid]]
Vibe Tornøe [[cpr:sp]]
Bookingnr. {{date10}} - ikke et cpr.

=== hand-travel da
Bookingbekræftelse, Færgen
Billetnummer: {{mod10}}
Afgang: Bøjden-Fynshav {{date}} {{time}}
Bil: 1 personbil op til 6 m
Cpr er ikke nødvendigt ved booking. Spørgsmål: {{tlfdk}}

=== hand-hr da
Onboarding-tjekliste, ny medarbejder
[x] Kontrakt underskrevet
[x] Cpr-nr. registreret i lønsystem: [[cpr]]
[ ] Skattekort hentet (eIndkomst)
[ ] NemKonto bekræftet
[ ] Adgangskort nr. {{date10}} udleveret
Leder: Mikael Thrane

=== hand-hr da
Løntillæg for oktober - til lønkontoret
Medarbejdernr. | Cpr | Tillæg
{{n:5}} | [[cpr:plain]] | {{amount}}
{{n:5}} | [[cpr:plain]] | {{amount}}
{{n:5}} | [[cpr:plain,nomod]] | {{amount}}
Godkendt af afdelingsleder.

=== hand-hr da
Ansættelseskontrakt for funktionær
Mellem Vestjysk Emballage A/S (CVR {{cvr}}) og
Rikke Vinther Tønnesen, cpr.nr. [[cpr]], Hedevej 7, 6950 Ringkøbing
Tiltrædelse: {{date}}. Stilling: Lagerplanlægger. Løn: {{kr}} kr. pr. måned.

=== hand-hr da
Hej Lønservice
Ny vikar starter mandag. Navn: Kasper Lind. Cpr kommer - han har kun sit sundhedskort med, hvor der står [[cpr:sp]].
Hans telefon er {{tlfdk}}, bank reg./konto {{regkto}}.
Tak, Dorte

=== hand-hr da
Fratrædelsesaftale
Medarbejder: Allan Kjeldsen (cpr. [[cpr]])
Fritstilling fra {{date}}, fratræden {{date}}.
Godtgørelse efter funktionærlovens § 2a: {{amount}} kr.

=== hand-notify da
e-Boks: Du har fået ny post fra Udbetaling Danmark
Afsender: Udbetaling Danmark, Familieydelser
Emne: Børne- og ungeydelse
Modtager: [[cpr]]
Åbn e-Boks for at læse brevet.

=== hand-notify da
Digital Post - notifikation
Du har modtaget et brev fra Skattestyrelsen.
Brevet er sendt til CPR [[cpr:en]].
Du kan læse det på borger.dk eller i appen Digital Post.
Besked-id: {{date10}}

=== hand-notify da
MitID - besked
Din MitID-app er aktiveret på en ny enhed. Hvis det ikke var dig, så ring {{tlfdk}}.
Bruger-id: {{n:10}}
Vi spørger aldrig om dit cpr-nummer i en sms.

=== hand-notify da
Påmindelse: Din PostNord-pakke venter
Track & trace: {{track}}
Afhentning: Pakkeshop Netto Vesterbrogade, kode {{n:6}}
Afsender: Zalando SE

=== hand-ocr da
FAX  {{date}}  {{time}}  FRA: KOMMUNENS YDELSESKONTOR        S. 1/2
Vedr. borger CPR [[cpr:plain]]  - kontanthjælp
Beløb udbetalt i alt {{amount}}
Konto {{regkto}}
F A X   M E D D E L E L S E

=== hand-ocr da
Sk1ftepapir (skannet)
Afdøde: OIe Rasmussen, cpr-nr. [[cpr]]
Bo-nr. {{date10}}   Sk1fteretten i Horsens
Arv1nger:   se b1lag 2

=== hand-ocr da
Anm eldelse af dødsfald   side 1 af 1
Afdøde  Erna   Juul           Cpr.nr.   [[cpr:sp]]
Dødssted   Hospice    Djursland
Anmelder   Søren   Juul     (søn)    tlf.   {{tlfdk}}

=== hand-pdf da
Aftale om fleksjob                                            Side 1 af 3
Parterne: Holstebro Kommune og virksomheden Tømrerfirma Nielsen & Søn, CVR
{{cvr}}. Medarbejderen Tina Mørk, cpr-num-
mer [[cpr]], ansættes i fleksjob med 12 timer ugentligt.
Aftale om fleksjob                                            Side 2 af 3
Arbejdsopgaver: lettere montage. Cpr-nr. gentages ikke på de følgende sider.

=== hand-pdf da
Kontoudtog Danske Bank  Side 3
Dato Tekst Beløb Saldo {{date}} Overførsel til [[cpr:plain]] Emil Hjort {{amount}} {{amount}} {{date}} MobilePay {{tlfdk8}} {{amount}} {{amount}}
Kontoudtog Danske Bank  Side 4
(Overførselsteksten er modtagers cpr, som betaleren selv skrev.)

=== hand-pdf da
PERSONOPLYSNINGER                      KONTAKTOPLYSNINGER
Navn: Lasse Bonde                      Telefon: {{tlfdk}}
Cpr: [[cpr]]                    E-mail: lasse.bonde@mail.dk
Fødested: Esbjerg                      Adresse: Strandby Kirkevej 4
Sagsnr.: {{date10}}                    Postnr.: 6700

=== hand-pdf da
Ansøgning om hjælpemidler (blanket UD-08) side 1 af 2 Ansøgers cpr-nr. [[cpr:plain#a]] Hjælpemiddel: rollator Ansøgning om hjælpemidler (blanket UD-08) side 2 af 2 Ansøgers cpr-nr. [[cpr:plain#a]] Underskrift: Inger Mose

=== hand-md da
## Testdata til integrationsmiljø
| Navn | CPR | Bemærkning |
|------|-----|------------|
| Test Testesen | 010101-0000 | officielt testnummer, ikke rigtigt |
| Bo Mikkelsen | [[cpr]] | rigtig kunde! skal slettes fra wiki |
| Gæst | {{mcpr}} | maskeret |

=== hand-md da
# Vejledning: Sådan finder du en borgers sag i KMD Nexus
1. Søg på cpr (format ddmmåå-xxxx).
2. Eksempel fra en rigtig sag (glemt at anonymisere): [[cpr:plain]]
3. Vælg fanen "Forløb".

=== hand-md da
| Opgave | Ansvarlig | Deadline |
| --- | --- | --- |
| Indsend lønoplysninger for Viggo Brun ([[cpr]]) | Lønteam | {{date}} |
| Opdater CVR {{cvr}} i Navision | Bogholderi | {{date}} |
| Bestil EAN {{ean}} til ny vare | Indkøb | {{date}} |

=== hand-ticket da
[JIRA] SUP-{{n:4}}: Fejl ved opslag i CPR-registret
Reporter: Freja Dalby
Description:
Opslag på cpr [[cpr]] giver "person ikke fundet". Borgeren har fået nyt cpr i 2023.
Steps: åbn borgerkort, søg, fejl.
Priority: High  Component: CPR-integration

=== hand-ticket da
Zendesk ticket #{{n:6}}
Kunde: "Hej, jeg kan ikke logge ind. Mit kundenummer er {{date10}} og mit cpr er [[cpr:plain]]."
Agent (intern note): Kunden har sendt cpr i klartekst, husk at slette det efter opslag.
Status: Pending

=== hand-ticket da
ServiceNow INC00{{n:5}}
Kort beskrivelse: Ordrenr. {{mod10}} vises som cpr i rapporten
Beskrivelse: I den nye Power BI-rapport bliver ordrenumre markeret som personnumre. Ordrenumrene er 10 cifre og ligner datoer. Intet cpr i sagen.

=== hand-sms da
SMS-gateway log
{{isodate}}T{{time}}:12Z to=+45{{tlfdk8}} status=DELIVERED body="Din tid hos lægen er bekræftet. Medbring sundhedskort."
{{isodate}}T{{time}}:40Z to=+45{{tlfdk8}} status=FAILED body="Kode: {{n:6}}"
{{isodate}}T{{time}}:03Z to=+45{{tlfdk8}} status=DELIVERED body="Kvittering for cpr [[cpr:plain]] modtaget"

=== hand-sms da
Hej mor, kan du sende mit cpr? Skal bruge det til studiekortet
> [[cpr]] - pas nu på med at skrive det i sms 😊
Tak! ❤️

=== hand-tech da
<Borger>
  <CPRnummer>[[cpr:plain]]</CPRnummer>
  <Fornavn>Kirstine</Fornavn>
  <Efternavn>Gravesen</Efternavn>
  <Kommunekode>0751</Kommunekode>
  <Vejkode>{{n:4}}</Vejkode>
  <Sagsnummer>{{date10}}</Sagsnummer>
</Borger>

=== hand-tech da
{"event":"borger.opdateret","cpr":"[[cpr:plain]]","kommune":"0461","tidspunkt":"{{isodate}}T{{time}}:00","sagsId":"{{date10}}","cvr":"{{cvr}}"}

=== hand-tech da
kunde_id;navn;cpr;telefon;oprettet
{{date10}};"Henning Bøgh";[[cpr:plain]];{{tlfdk8}};{{isodate}}
{{date10}};"Lis Ravnsborg";[[cpr:plain]];{{tlfdk8}};{{isodate}}
{{date10}};"Bjarne Storm";;{{tlfdk8}};{{isodate}}

=== hand-path da
Scannede bilag ligger på drevet:
\\\\fil01\\hr\\personalesager\\[[cpr:plain]]_ansaettelseskontrakt.pdf
\\\\fil01\\hr\\personalesager\\[[cpr:plain]]_loenseddel_2025-10.pdf
\\\\fil01\\hr\\faktura\\{{date10}}_faktura.pdf (fakturanummer, ikke cpr)

=== hand-path da
GET /api/v2/borgere/[[cpr:plain]]/ydelser?aar=2026 HTTP/1.1
Host: ydelse.kommune.local
X-Request-Id: {{date10}}
Response 200 OK, 1.2 kB

=== hand-path da
Link til sagen: https://sag.kommune.dk/sager/{{date10}}/dokumenter?vis=alle
Borgerens cpr [[cpr]] skal ikke stå i linket, derfor bruger vi sagsnummeret.

=== hand-neg da
Faktura 2026-{{n:5}}
Sælger: Jysk Maskinudlejning ApS, CVR-nr. {{cvr}}, P-nr. {{pnum}}
Køber: Brdr. Holm I/S, CVR-nr. {{cvr}}
Varenr. {{ean}}  Minigraver 1,8 t, 3 dage  {{amount}}
Betaling: reg.nr. {{n:4}} konto {{date10}}
FIK +71<{{n:15}}+{{n:8}}<
Ingen personoplysninger på fakturaen.

=== hand-neg da
Kundeservice: Dit ordrenummer er {{mod10}}, og din pakke har trackingnummer {{track}}.
Har du spørgsmål, så ring {{tlfdk}} mellem 9 og 16.
Returlabel nr. {{date10}}.

=== hand-neg da
Udklip fra kundedatabasen (maskeret før udsendelse)
Kunde: M. J. Lund, cpr {{mcpr}}
Kunde: A. Friis, cpr {{mcpr}}
Kunde: P. Berg, cpr {{mcpr}}
Alle cpr er maskeret efter GDPR-politikken.

=== hand-neg da
Fejl i blanketten: det oplyste cpr-nr. {{badcpr}} findes ikke (dag 32+). Ret og send igen.
Det andet nummer, {{feb30}}, er heller ikke gyldigt - der er ikke 30. februar.

=== hand-neg da
Telefonliste, Bogense Vandværk
Formand   Jens Otto Kragh   {{tlfdk}}
Kasserer  Inga Winther      {{tlfdk8}}
Vagt      døgnvagt          {{tlfdk}}
Konto     {{regkto}}
CVR       {{cvr}}

=== hand-neg da
Lagerliste, uge {{n:2}}
GTIN             Varenr.       Antal
{{gtin}}   {{date10}}     12
{{gtin}}   {{date10}}     4
{{gtin}}   {{date10}}     30
Varenumrene er interne og ikke personnumre.

=== hand-neg da
Bemærk: Vores nye medlemsnumre har 10 cifre og starter med jeres fødselsdato (fx {{mod10}}), men de er IKKE cpr-numre og må gerne stå på medlemskortet.

=== hand-neg da
Kvittering
Netto Aarhus C  {{date}}  {{time}}
Bon {{n:4}}  Kasse 3  Ekspedient 12
Mælk 12,95  Rugbrød 22,00
I ALT {{amount}}
Dankort xxxx xxxx xxxx {{n:4}}
Autorisation {{n:6}}  Terminal {{date10}}

=== hand-edge da
Indberetning til Danmarks Statistik - fast bredde, felter adskilt af ét mellemrum
0751 [[cpr:plain]] 20260101 {{n:6}}
(kommunekode, cpr, dato og beløb i øre)

=== hand-edge da
Stregkoden på blanketten er {{n:4}}{{date10}}{{n:4}}, som indeholder et sagsnummer, ikke et cpr.
Patientens cpr står i feltet ovenover: [[cpr]]

=== hand-edge da
cpr:[[cpr:plain]];navn:Gorm Lunde;afd:3
cpr:[[cpr:plain,kid]];navn:Aya Lunde;afd:3
cpr:;navn:ukendt;afd:3

=== hand-edge da
Barnets cpr [[cpr:kid]] (født efter 2007, modulus 11 gælder ikke) og tvillingesøsterens [[cpr:kid]].
Forældre: [[cpr:jan1]] (født 1. januar) og [[cpr]].

=== hand-edge da
Kontrol af nyt cpr for indvandret borger: [[cpr:nomod]] - tildelt 2021, korrekt selvom modulus 11-kontrollen fejler. Det tidligere erstatningsnummer {{date10}} er annulleret.

=== hand-edge da
Deltagere (navn / cpr / hold):
Sigurd Falk/[[cpr:plain]]/A
Naja Falk/[[cpr:plain,kid]]/B
Mikkel Holt/[[cpr:plain]]/A

=== hand-edge da
Hjemmehjælp, nøgleboks-koder og cpr (fortroligt)
Ingrid Laursen - kode {{n:4}} - cpr [[cpr:old]]
Poul Søgaard - kode {{n:4}} - cpr [[cpr:old]]

=== hand-edge da
Sundhedskort (bagside skannet):
[[cpr:sp]]  Gruppe 1
Læge: Lægehuset Bjerringbro  Tlf. {{tlfdk}}

=== hand-form da
Ansøgning om friplads i SFO
Barnets navn: Theo Krag                Barnets cpr: [[cpr:kid]]
Ansøger (forælder 1): Ida Krag         Cpr: [[cpr]]
Ansøger (forælder 2): Martin Krag      Cpr: [[cpr]]
Husstandsindkomst: {{kr}} kr.

=== hand-form da
Blanket til ændring af NemKonto
Cpr-nummer eller CVR-nummer: [[cpr:plain]]
Ny konto: reg.nr. {{n:4}} kontonr. {{date10}}
Pengeinstitut: Lån & Spar Bank
(Kontonummeret er ikke et cpr, selv om det er 10 cifre.)

=== hand-form da
Tilmelding til ægteskab (Familieretshuset)
Part 1: Amalie Bøgild, cpr [[cpr]]
Part 2: Yusuf Demir, cpr [[cpr:nomod]] (tildelt 2018)
Vielsessted: Aarhus Rådhus, {{date}} kl. {{time}}
Vidner: to personer over 18 år (cpr ikke påkrævet)

=== hand-form da
Begæring om navneændring
Nuværende navn: Josefine Andersen
Cpr: [[cpr]]
Ønsket navn: Josefine Lykke Aagesen
Gebyr {{kr}} kr. betalt med MobilePay til {{n:5}}.

=== hand-form da
Flyttemelding til folkeregistret
Fraflyttet: Roskildevej 22, 4000 Roskilde
Tilflyttet: Havnegade 5, 3.th., 4300 Holbæk
Medflyttere: Nikolaj Bay [[cpr:plain]], Emilie Bay [[cpr:plain,kid]]
Anmelder: Nikolaj Bay

=== hand-form da
Kørekortansøgning - helbredsattest
Ansøger: Kaj Vinding Vestergaard
CPR: [[cpr:old]]
Lægens vurdering: egnet til kategori B, tidsbegrænset 2 år (alder).
Lægens ydernr. {{n:6}}, CVR {{cvr}}
"""
