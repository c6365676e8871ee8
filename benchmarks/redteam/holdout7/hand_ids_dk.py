"""Hand-written Danish documents for identifiers.jsonl (v7). Each written once; numbers are markup."""

TEXT = r"""
=== hotel da
Gæsteregistrering - Hotel Skagen Strand
Ankomst 28.11.2026, afrejse 30.11.2026, værelse 214
Navn: Brian Kjærgaard Holm
CPR/fødselsdato: ⟨cpr⟩
Telefon: ⟨phdk⟩
Betalt med kort, autorisation ⟨n:6⟩, terminal ⟨n:8⟩
=== hotel da
Hej reception,
Vi er to der kommer fredag. Min kones navn er Lotte Rasmussen, hun har cpr ⟨cpr:plain⟩ hvis I skal bruge det (der stod i bekræftelsen, at I skal have ID på alle gæster).
Bookingnr. ⟨n:9⟩
Mvh Palle
=== hotel da
UDENLANDSKE GÆSTER - ANMELDELSESBLANKET (opbevares 1 år)
Efternavn: ANDERSSON  Fornavn: MAJA
Nationalitet: svensk
Pasnr./ID-kort: ⟨n:8⟩
Personnummer (hvis oplyst): ⟨pnr:long_dash⟩
Værelse 12   Ankomst 02-12-2026
=== camping da
Campingpladsen Bøgely - sæsonpladser 2027
Plads 41  Henning & Grethe Søndergaard  campingpas ⟨n:7⟩  tlf ⟨phdk:plain⟩
Plads 42  Asger Lund (enkemand)  campingpas ⟨n:7⟩  tlf ⟨phdk:plain⟩
Plads 43  ledig
Plads 44  Fam. Dalsgaard  campingpas ⟨n:7⟩  tlf ⟨phdk:plain⟩
Bemærk: sæsongæster skal IKKE oplyse cpr-nummer, kun campingpas.
=== aula da
Besked i Aula fra Birgitte (mor til Villads, 3.B):
Hej Jette, jeg kan ikke logge ind med MitID på Villads' profil, supporten siger at hans cpr ⟨cpr@child⟩ er knyttet til hans far som forælder 1. Kan du få kontoret til at rette det? Tak!
=== aula da
Forældreintra/Aula eksport - klassens kontaktliste (KUN til forældregruppen)
Elev;Forælder;Mobil;Mail
Alma S.;Katrine Storm;⟨phdk:plain⟩;katrine.storm@gmail.com
Oskar B.;Rune Bech;⟨phdk:plain⟩;runebech71@hotmail.com
Freja M.;Nadia Mikkelsen;⟨phdk:plain⟩;nadia.m@live.dk
Luka P.;Zoran Petrović;⟨phdk:plain⟩;zoran.p@outlook.dk
=== aula da
Til skolesekretæren
Ny elev pr. 1/1: Sofie Amalie Winther, cpr ⟨cpr@child⟩. Kommer fra Rødkilde Skole. Forældre: Mads Winther (⟨phdk⟩) og Ida Winther (⟨phdk⟩).
=== psych da
Psykolog Hanne Bruun · Klinik for voksne
Henvisning modtaget fra egen læge 19/11 (lægehenvisning nr. ⟨n:8⟩).
Klient: Martin Vestergaard, CPR ⟨cpr⟩
Ydernummer: ⟨n:6⟩. Egenbetaling 40 %.
Første samtale aftalt 8. december kl. 10.
=== physio da
Fysioterapi - holdoversigt ryghold tirsdag
1. Kirsten Møller ⟨cpr:plain⟩
2. Jens Ole Nørgaard ⟨cpr:plain⟩
3. Elif Yilmaz ⟨cpr@jan1,nomod:plain⟩
4. Poul Erik Skov ⟨cpr:plain⟩
Sygesikringsgruppe 1 for alle. Fakturanr. starter ved ⟨n:6⟩.
=== physio da
SMS fra patient 07:42: hej det er Karin, jeg kan ik komme i dag, ryggen er helt låst. mit cpr er ⟨cpr:plain⟩ hvis du skal finde mig i systemet. ring på ⟨phdk:plain⟩
=== homecare da
Hjemmeplejen Nord - køreliste fredag (tur 7)
07:15  Valdemar Christiansen, Lærkevej 4  - medicin + bad
07:50  Ruth Mortensen, Egevænget 11, st.th. - støttestrømper
08:30  Ejvind Laursen - kun tilsyn, nøgleboks kode 4471
Borger-id i Nexus står i appen, skriv ALDRIG cpr i kørelisten.
Kørselsnr. ⟨n:6⟩, bil ⟨n:4⟩
=== homecare da
Hej teamleder. Ny borger på min rute: Inger Lise Bach, ⟨cpr@senior⟩, bor hos datteren på Skovbrynet 22. Datteren har tlf ⟨phdk:intl⟩. Hun er ikke oprettet i appen endnu, kan du gøre det inden mandag?
/Sanne
=== fertility da
Fertilitetsklinikken - samtykke til opbevaring af æg
Kvinde: Maria Holst Jeppesen  CPR-nr.: ⟨cpr⟩
Partner: Thomas Jeppesen       CPR-nr.: ⟨cpr⟩
Behandlingsforløb nr. ⟨case⟩, frysedato 04.11.2026, strå-ID ⟨hex:10⟩
Underskrift: ____________   ____________
=== adoption da
Adoptionssamrådet - sag ⟨case⟩
Ansøgere: Kasper og Louise Friis. Hans cpr. ⟨cpr⟩, hendes cpr. ⟨cpr:space⟩.
Godkendelse til adoption af ét barn i alderen 0-36 mdr. Barnet er matchet via DanAdopt, reference ⟨n:7⟩.
=== familylaw da
Familieretshuset
Afgørelse om forældremyndighed
Sagsnummer: ⟨case⟩
Moderen: Camilla Bang, cpr.nr. ⟨cpr⟩
Faderen: Henrik Bang Lauridsen, cpr.nr. ⟨cpr⟩
Barnet: Emil Bang Lauridsen, cpr.nr. ⟨cpr@child⟩
Familieretshuset træffer afgørelse om, at forældrene fortsat har fælles forældremyndighed.
=== familylaw da
Kære Søren
Jeg har nu fået bodelingsoverenskomsten tilbage fra modparten. De har skrevet din ekskones cpr forkert (⟨dl10:dash⟩ - det er jo hendes gamle telefonnummer med bindestreg?!). Det rigtige er ⟨cpr⟩ ifølge vielsesattesten. Jeg retter det og sender til underskrift.
Venlig hilsen
Advokat Line Vinther
=== inkasso da
RYKKER 3 - INKASSOMEDDELELSE
Skyldner: Jonas Ravn
Kundenummer: ⟨n:8⟩    Fakturanr.: ⟨n:7⟩
Hovedstol kr. ⟨amount⟩, rykkergebyr kr. 100,00
Indbetal via FI-kort: ⟨fik⟩
Ved manglende betaling inden 10 dage overgives sagen til fogedretten.
=== inkasso da
fra inkassosystemet (udtræk, fil sendt til advokaten):
debitor_id|navn|cpr|saldo
⟨n:6⟩|Mette Kirkegaard|⟨cpr:plain⟩|12.450,00
⟨n:6⟩|Allan Frost|⟨cpr:plain⟩|3.200,50
⟨n:6⟩|Nord Rengøring ApS|⟨cvr⟩|88.910,00
⟨n:6⟩|Tobias Klitgaard|⟨cpr@nomod:plain⟩|640,00
=== bailiff da
Fogedretten i Aarhus · Udlægsforretning
Fogedsag nr. FS ⟨n:4⟩-⟨n:4⟩/2026
Rekvirent: Danske Inkasso A/S, CVR ⟨cvr⟩
Rekvisitus: Lars Møller Iversen, ⟨cpr⟩
Udlæg foretaget i bil, reg.nr. AB 12 345, stelnr. ⟨vin⟩.
=== probate da
Skifteretten - dødsboskifte
Afdøde: Else Marie Thygesen, cpr. ⟨cpr@senior⟩, død 02.10.2026
Arvinger:
- datter Birthe Thygesen Holm, ⟨cpr⟩
- søn Niels Thygesen, ⟨cpr⟩
Boet behandles som privat skifte. Skifteretssag ⟨case⟩.
=== probate da
Hej Niels, jeg har været i banken med mors papirer. De skal bruge dit og Birthes personnummer til boopgørelsen, og jeg har kun mit eget (⟨cpr:plain⟩). Kan du sms'e dem? Kontoen i Arbejdernes Landsbank er ⟨regkonto⟩. Knus, Dorte
=== will da
TESTAMENTE
Undertegnede Aage Villy Pedersen, født ⟨cpr@senior⟩, bopæl Kirkebakken 3, 8660 Skanderborg, bestemmer hermed som min sidste vilje:
Min formue tilfalder min samlever Grete Hansen, født ⟨cpr@senior⟩, i det omfang loven tillader.
Notarialprotokol nr. ⟨n:5⟩/2026
=== tingl da
Tinglysningsretten - udskrift, fast ejendom
Matr.nr. 14b Hvidovre By, Risbjerg
Adkomst: skøde, dato/løbenummer ⟨tingl⟩
Adkomsthaver: Jesper Nyholm, CPR ⟨cpr⟩ (1/2)
Adkomsthaver: Rikke Nyholm, CPR ⟨cpr⟩ (1/2)
Hæftelser: pantebrev dato/løbenummer ⟨tingl⟩, kr. 1.850.000
=== tingl da
Dato/løbenummer: ⟨tingl⟩
Anmelder: Advokatfirmaet Holm & Bach, CVR ⟨cvr⟩
Dokument: Skøde
BFE-nr.: ⟨n:7⟩   Ejendomsnummer: ⟨n:6⟩
(ingen personnumre på denne side)
=== farm da
Landbrugsstyrelsen - Fællesskema 2027, kvittering
CVR-nr.: ⟨cvr⟩   P-nr.: ⟨pnum⟩
Ansøger: I/S Højgaard v/ Kristian Højgaard
Journalnr.: ⟨n:8⟩   Markblok: ⟨n:6⟩-⟨n:2⟩
Samlet areal: 142,3 ha
=== farm da
Kristian, tast lige dit cpr i feltet "personnummer for enkeltmandsvirksomhed" - det må ikke være P-nummeret (⟨pnum⟩) som du skrev sidste år, det gav afslag. Dit er vel ⟨cpr:plain⟩? Hilsen Bente, konsulent LandboNord
=== fishing da
Fiskeristyrelsen - erhvervsfiskerregistrering
Fartøj: HM 218 "MARIANNE", PVR-nr. ⟨n:5⟩
Fisker: Ole Brink Andersen, CPR ⟨cpr⟩
Licens nr. ⟨n:6⟩ gyldig til 31.12.2027
=== fishing da
Lystfiskertegn 2027 - kvittering
Navn: Per Munk   Tegnnr.: ⟨n:10⟩
Betalt 225 kr. Mobilepay transaktion ⟨hex:12⟩
Tegnet gælder personligt og skal medbringes.
=== military da
Forsvarsministeriets Personalestyrelse - indkaldelse til Forsvarets Dag
Kære Mikkel Stenbæk Lauritsen
CPR-nr.: ⟨cpr@young⟩
Du indkaldes til Forsvarets Dag 14.01.2027 kl. 08.00, Høvelte Kaserne.
Sessionsnr.: ⟨n:7⟩
=== military da
hej, jeg har trukket frinummer til værnepligt, lodtrækningsnr. ⟨n:5⟩. skal jeg stadig sende mit cpr nummer til dem?? det er ⟨cpr@young:plain⟩  /mikkel
=== tax da
ÅRSOPGØRELSE 2025
Skattestyrelsen
Cpr-nr. ⟨cpr:space⟩
Personlig indkomst 412.330
Arbejdsmarkedsbidrag 32.986
Kommune: 0751 Aarhus   Kirkeskat: ja
Indbetalingskort: ⟨fik⟩
=== tax da
Hej, min revisor siger at min årsopgørelse har den forkerte SE-nr. på lønsedlen (⟨cvr⟩ er min arbejdsgivers, ikke mit). Jeg har ikke selv et SE-nr. Mit cpr er ⟨cpr⟩. Kan I rette den?
Venlig hilsen
Amira Haddad
=== appeal da
Klage over afgørelse om dagpenge
Til Ankestyrelsen
Jeg klager hermed over a-kassens afgørelse af 3. november 2026 (deres j.nr. ⟨n:8⟩).
Navn: Sebastian Krogh
Cpr: ⟨cpr⟩
Medlemsnr. i a-kassen: ⟨n:7⟩
Begrundelse: Jeg var ikke selv skyld i ledigheden...
=== su da
SU-kvittering (uddannelsesstøtte)
Modtager: Nanna Holt, ⟨cpr@young⟩
Uddannelse: Cand.scient. Biologi, AU
Støtte pr. måned 7.086 kr. Udbetalt til NemKonto.
Støttenr. ⟨n:9⟩
=== su da
hej su-kontoret!! jeg har fået et brev om tilbagebetaling, men det er min tvilling der har fået for meget. vi har næsten samme cpr, mit er ⟨cpr@young:plain⟩ og hans ender på ⟨n:4⟩. kan I tjekke? hilsen Jonas
=== citizenship da
Ansøgning om dansk indfødsret
Ansøger: Ahmad Karimi
CPR-nr.: ⟨cpr@jan1,nomod⟩
Født i: Kabul, Afghanistan
Indrejst i Danmark: 2009
Opholdsgrundlag: tidsubegrænset, sag ⟨case⟩
Indfødsretsprøve bestået (prøvenr. ⟨n:6⟩)
=== namechange da
Navneændring - kvittering
Ansøger: Julie Kristensen (cpr ⟨cpr⟩)
Nyt navn: Julie Kristensen Aagaard
Gebyr betalt, kvitteringsnr. ⟨n:10⟩. Navneattest sendes til e-Boks.
=== gender da
Juridisk kønsskifte - bekræftelse
Dit nye personnummer er ⟨cpr#g_new⟩. Dit tidligere personnummer ⟨cpr#g_old⟩ er ikke længere gyldigt, men vil fremgå af CPR som historik.
Husk at opdatere din NemKonto og MitID.
=== churchtax da
Udmeldelse af folkekirken
Jeg ønsker at udtræde af folkekirken.
Navn: Frederik Holst-Madsen
CPR-nr: ⟨cpr⟩
Sogn: Vor Frue
Dato og underskrift: 12/11-2026 FHM
=== union da
3F - Faglig sag, oversigt
Sag ⟨case⟩ Medlem: Kenneth Bjerre, medlemsnr. ⟨n:7⟩, cpr ⟨cpr⟩
Arbejdsgiver: Bygmester Olsen ApS, CVR ⟨cvr⟩
Krav: manglende overtidsbetaling, 38 timer
Status: sendt til faglig voldgift
=== whistle da
Whistleblowerordning - indberetning #⟨n:5⟩ (anonymiseret)
Indberetter ønsker at være anonym.
Indberetningen vedrører en medarbejder i lønafdelingen, som angiveligt har udbetalt løn til en fiktiv ansat med cpr ⟨cpr⟩ og kontonr. ⟨regkonto⟩.
Behandles af ekstern advokat.
=== fraud da
Forsikringssvindel - undersøgelsesrapport (FORTROLIG)
Anmelder: Claus Damgaard, police ⟨n:9⟩, cpr ⟨cpr⟩
Skadenr.: ⟨n:8⟩   Skadedato: 17.08.2026
Observation 03.09: Anmelder set bære to vandkøler-flasker ind i opgang trods anmeldt rygskade.
Vidne: nabo, cpr ikke oplyst.
=== pi da
Detektivbureau Falck & Lind - opdrag ⟨n:5⟩
Objekt: "JS" (Jakob Sejersen), ⟨cpr⟩, tidligere bopæl Nørregade 14, Vejle
Køretøj: Skoda Octavia, stelnr. ⟨vin⟩
Overvågning 12.-14. november, ingen afvigelser.
=== energy da
Varmecheck 2026 - udbetaling
Modtager: Bodil Ravnsborg
Cpr: ⟨cpr@senior⟩
Adresse: Grønnegade 7, 1. tv
Beløb: 6.000 kr. Udbetalingsnr. ⟨n:10⟩
Forsyning: Fjernvarme Fyn, kundenr. ⟨n:8⟩, aftagenummer ⟨gln⟩
=== eldercare da
Klage over hjemmeplejen
Jeg klager på vegne af min far, Erling Nørskov (⟨cpr@senior⟩), over at han gentagne gange ikke har fået sin morgenmedicin. Han bor på Solbakken 12. Han har fået besøg af 11 forskellige hjælpere på 14 dage.
Venlig hilsen
Tina Nørskov, tlf. ⟨phdk⟩
=== eldercare da
Svar på klage, sagsnr. ⟨case⟩
Kære Tina Nørskov
Tak for din henvendelse om din far. Vi har gennemgået sagen (borger-id ⟨n:7⟩). Af hensyn til datasikkerheden skriver vi ikke cpr-nummeret i mails; hvis du vil se journalen, kan du logge på borger.dk.
Med venlig hilsen
Ældre- og Sundhedsforvaltningen
=== fax da
FAX   Til: Kommunens ydelseskontor   Fra: Dr. Holm, Nørre Alslev   Sider: 2
Vedr. pt. Ruth Nielsen, cpr. ⟨cpr:ocr⟩
Attest for helbredstillæg vedlagt. Ring ⟨phdk⟩ ved spørgsmål.
=== fax da
S1DE 2/2 -- FAX 45 ⟨phdk:plain⟩ -- 27/11 2026 14:22
Pt.navn: Harald Jessen   Cpr.: ⟨cpr:ocr⟩
Ydernr. ⟨n:6⟩   Regnr. ⟨n:4⟩
=== trackchanges da
Ansættelseskontrakt (version med ændringer)
Medarbejder: Louise Dam
[Slettet: CPR-nr. ⟨cpr⟩] [Indsat: CPR-nr. ⟨cpr⟩]
[Kommentar HR/AH: første nummer var hendes søsters, rettet efter pasfoto]
Stilling: Bogholder, 37 timer
=== pptnotes da
Slide 7 - Eksempel på dårlig praksis
Speaker notes: Vis mailen fra sidste år hvor en medarbejder skrev "mit cpr er ⟨cpr⟩" i emnefeltet - nummeret er fiktivt, men pointen er at folk gør det. Spørg salen hvor mange der har gjort det samme.
=== onenote da
Møde m. Karsten 28/11
- flytter til Fredericia 1/2
- nyt kontonr ⟨regkonto:dash⟩ (lønsystemet)
- cpr uændret ⟨cpr⟩
- husk: kørselsgodtgørelse fra 1/2
=== ooo da
Autosvar: Jeg er på barsel til og med 28. februar 2027. Henvendelser om lønsedler sendes til loen@firma.dk. Sender du cpr-numre, så brug den sikre mail. Sagsnr. på min sag om orlov: ⟨case⟩ (til internt brug).
=== ooo da
Jeg er på ferie uge 49. Akutte sager: ring ⟨phdk:intl⟩ (vagttelefon). Husk ordrenummer (⟨n:8⟩-serien) ved henvendelse.
=== notebook da
{"cells": [{"cell_type": "code", "source": ["df = pd.read_csv('medlemmer.csv', sep=';')\n", "df.head(3)"], "outputs": [{"output_type": "execute_result", "data": {"text/plain": ["       navn         cpr  postnr\n", "0  Anne Lind  ⟨cpr:plain⟩    8000\n", "1  Bo Kragh  ⟨cpr:plain⟩    7100\n", "2  Eva Hald  ⟨cpr:plain⟩    5000"]}}]}]}
=== rscript da
# R: kobler medlemsregister med betalinger
medl <- read.csv2("medl_2026.csv")
# cpr gemt som tekst pga. foranstillede nuller, fx "⟨cpr@child:plain⟩"
medl$foedt <- as.Date(substr(medl$cpr, 1, 6), "%d%m%y")
summary(medl$kontingent)
=== spss da
DATA LIST FREE / id (F8) cpr (A10) koen (F1) alder (F3).
BEGIN DATA
⟨n:5⟩ ⟨cpr:plain⟩ 2 44
⟨n:5⟩ ⟨cpr:plain⟩ 1 71
⟨n:5⟩ ⟨cpr@nomod:plain⟩ 2 9
END DATA.
=== powerbi da
Eksporteret fra Power BI: "Sygefravær pr. afdeling" (data, ikke visualisering)
Afdeling,Medarbejdernr,Fraværsdage,Periode
Lager,⟨n:6⟩,4,2026-10
Lager,⟨n:6⟩,11,2026-10
Kundeservice,⟨n:6⟩,2,2026-10
Total,,17,
=== idoc da
EDI_DC40  800⟨n:16⟩  HRMD_A07  Z_HRMD  SAPPRD
E1PLOGI  P ⟨n:8⟩ 0002 20261101 99991231
E1P0002  NACHN=Bjerregaard VORNA=Tove PERID=⟨cpr:plain⟩
E1P0009  BANKL=⟨n:4⟩ BANKN=⟨konto10⟩
=== nets da
BS0021234567800000000000000000000000000000000000000
BS042 ⟨n:8⟩ 0240 00001 ⟨n:15⟩ Kunde: ⟨cpr:plain⟩ Betalingsaftale
BS042 ⟨n:8⟩ 0240 00001 ⟨n:15⟩ Kunde: 0000⟨n:6⟩ Betalingsaftale
BS9210000000000000000000000000000000000000002
(Betalingsservice, leverance fra udbyder; kundenummer = cpr hos nogle kreditorer, løbenummer hos andre)
=== pain da
<CdtTrfTxInf><PmtId><EndToEndId>LOEN-2026-11-⟨n:5⟩</EndToEndId></PmtId><Amt><InstdAmt Ccy="DKK">28450.00</InstdAmt></Amt><Cdtr><Nm>Pernille Skov</Nm><Id><PrvtId><Othr><Id>⟨cpr:plain⟩</Id><SchmeNm><Cd>NIDN</Cd></SchmeNm></Othr></PrvtId></Id></Cdtr><CdtrAcct><Id><IBAN>⟨ibandk:plain⟩</IBAN></Id></CdtrAcct></CdtTrfTxInf>
=== camt da
<Ntry><NtryRef>⟨n:10⟩</NtryRef><Amt Ccy="DKK">1250.00</Amt><BookgDt><Dt>2026-11-27</Dt></BookgDt><AcctSvcrRef>⟨n:16⟩</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>Husleje dec - lejemål ⟨n:4⟩</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
=== jsonld da
{"@context": "https://schema.org", "@type": "Person", "name": "Anders Kvist", "identifier": {"@type": "PropertyValue", "propertyID": "DK-CPR", "value": "⟨cpr⟩"}, "telephone": "+45⟨phdk:plain⟩"}
=== graphql da
{"data": {"borger": {"id": "B-⟨n:7⟩", "navn": "Lene Thorsen", "cpr": "⟨cpr:plain⟩", "sager": [{"sagsnr": "⟨case⟩", "status": "AKTIV"}]}}}
=== protobuf da
employee {
  id: ⟨n:6⟩
  name: "Kim Laugesen"
  cpr: "⟨cpr⟩"
  cost_center: "⟨n:4⟩"
}
=== terraform da
resource "azurerm_key_vault_secret" "test_user" {
  name         = "test-cpr"
  value        = "⟨cpr:plain⟩" # TODO fjern: rigtig medarbejder brugt til test
  key_vault_id = azurerm_key_vault.main.id
}
=== ansible da
[lonserver]
lon01.intern.firma.dk ansible_host=10.0.4.⟨n:2⟩
[lonserver:vars]
test_cpr=⟨cpr:plain⟩
batch_id=⟨dl10⟩
=== eventlog da
Log Name: Security  Source: Microsoft-Windows-Security-Auditing  Event ID: 4663
Object Name: \\fil01\HR\Personalemapper\⟨cpr:plain⟩_Rasmus_Eg.pdf
Process ID: 0x⟨hex:4⟩   Handle ID: 0x⟨hex:4⟩
=== syslog da
Nov 29 03:14:07 app02 lonbatch[⟨n:5⟩]: INFO importeret 412 lønsedler, job=⟨dl10⟩
Nov 29 03:14:09 app02 lonbatch[⟨n:5⟩]: WARN ugyldig kontonr for medarbejder ⟨n:6⟩ (cpr ⟨cpr⟩), springer over
Nov 29 03:14:11 app02 lonbatch[⟨n:5⟩]: INFO færdig på 4.2s
=== nginx da
10.2.14.88 - - [29/Nov/2026:10:11:42 +0100] "GET /borger/sog?cpr=⟨cpr:plain⟩&fra=2020-01-01 HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
10.2.14.88 - - [29/Nov/2026:10:11:45 +0100] "GET /borger/sog?sagsnr=⟨dl10⟩ HTTP/1.1" 404 210 "-" "Mozilla/5.0"
=== mailmerge da
Fornavn;Efternavn;Adresse;Postnr;By;Cpr;Beløb
Gitte;Hviid;Ahornvej 3;4000;Roskilde;⟨cpr⟩;1.200
Svend;Aakjær;Strandvejen 90;2900;Hellerup;⟨cpr⟩;850
Nicolai;Brandt;Vestergade 2;6000;Kolding;⟨cpr@nomod⟩;1.200
=== srt da
14
00:03:12,040 --> 00:03:15,880
- og så siger hun bare sit cpr-nummer højt:

15
00:03:15,900 --> 00:03:19,100
⟨cpr:space⟩, i et åbent kontorlandskab!
=== transcript da
[00:12:40] Sagsbehandler: Kan jeg få dit personnummer?
[00:12:43] Borger: Ja, det er ⟨cpr:space⟩.
[00:12:47] Sagsbehandler: Tak. Og dit telefonnummer?
[00:12:49] Borger: ⟨phdk⟩.
=== handform da
BLANKET - udfyldt i hånden (OCR)
Navn: Ka rina Lund berg
CPR: ⟨cpr:ocr⟩
Tlf: ⟨phdk:plain⟩
Underskrift: [ulæselig]
=== crewlist da
CREW LIST - M/V NORDLYS  IMO ⟨n:7⟩  Flag: DK (DIS)
No. Name               Rank     Nationality  Signed on   Seaman's book   CPR
1   HANSEN, Jørgen     Master   DK           12.04.2026  ⟨n:7⟩         ⟨cpr⟩
2   OLSEN, Kim         C/O      DK           30.09.2026  ⟨n:7⟩         ⟨cpr⟩
3   REYES, Mark Anthony AB      PH           05.02.2026  ⟨n:7⟩         -
4   SANTOS, Ramil      OS       PH           17.07.2026  ⟨n:7⟩         -
=== crewlist da
Afmønstring 28.11.2026 i Esbjerg
Skibets kaldesignal OZ⟨n:4⟩, reg.nr. ⟨n:5⟩
Afmønstret: Dennis Skov, søfartsbog nr. ⟨n:7⟩, cpr ⟨cpr:plain⟩
Hyre afregnet til og med 27.11.
=== ledger da
Bilag   Dato       Tekst                          Løbenr.      Beløb
⟨n:4⟩    01.11.26   Kontorartikler                 ⟨dl10⟩   1.245,00
⟨n:4⟩    03.11.26   Husleje nov.                   ⟨dl10⟩  18.000,00
⟨n:4⟩    07.11.26   Kørsel, Jan                    ⟨dl10⟩     623,40
⟨n:4⟩    12.11.26   Telefon                        ⟨dl10⟩     399,00
=== invoice da
FAKTURA nr. ⟨n:6⟩
Kunde-nr. ⟨dl10⟩
CVR-nr. ⟨cvr⟩   EAN (offentlig kunde): ⟨gln⟩
Betalingsbetingelser: netto 30 dage. Reg. ⟨regkonto⟩
=== phones da
Vagtplan jul - telefonliste
Anne  ⟨phdk:pairs⟩
Bjarke ⟨phdk:intl⟩
Camilla ⟨phdk:00⟩
Dennis ⟨phdk:fours⟩
=== account da
Hej Jesper, lønnen skal fremover gå til min nye konto: reg.nr. ⟨n:4⟩ kontonr. ⟨konto10⟩. (Det er IKKE mit cpr, selvom det ligner, haha.) Mvh Stine
=== imei da
Udlevering af mobiltelefon
Medarbejder: Ali Demir   Lønnr. ⟨n:5⟩
Model: iPhone 15   IMEI: ⟨imei⟩
SIM/ICCID: 8945⟨n:15⟩
Telefonnr.: ⟨phdk⟩
=== car da
Slutseddel - brugt bil
Køber: Martin Holm Skov, cpr ⟨cpr⟩
Stelnr.: ⟨vin⟩   Reg.nr.: CX 41 227
Pris: 145.000 kr. Finansieret via Santander, kontraktnr. ⟨n:10⟩
=== misc da
Kan nogen huske hvad den der testperson hedder i det nye system? Den med ⟨dlmod:dash⟩? Nej vent det er ordrenummeret på printeren. Glem det.
=== misc da
Lotto lørdag: ⟨lotto⟩ + tillægstal ⟨n:2⟩. Kuponnr. ⟨dl10⟩. (Vi vandt 48 kr. i kaffeklubben.)
=== misc da
Mødeindkaldelse: Teams-møde ID ⟨n:3⟩ ⟨n:3⟩ ⟨n:3⟩ ⟨n:3⟩, adgangskode ⟨hex:6⟩. Ring ind: +45 ⟨phdk:fours⟩, konference-ID ⟨n:9⟩#
=== misc da
Pakken er på vej! Track & trace: ⟨sscc:ai⟩. Forventet levering 03.12. Pakkeshop-kode: ⟨n:6⟩.
=== misc da
Maskeret udtræk til test: kunder født før 1960
⟨mask⟩ Karen
⟨mask⟩ Poul
⟨mask⟩ Erna
(rigtige numre ligger i produktionsdatabasen)
=== longletter da
Kære Margit og Holger

Tak for jeres brev og for de fine billeder fra sommerhuset. Jeg har nu fået styr på papirerne til Holgers ansøgning om ældrebolig, og kommunen har bekræftet at de har modtaget den. De bad mig skrive Holgers personnummer i alle henvendelser, så her er det, så I har det samlet ét sted: ⟨cpr@senior⟩. Margits står allerede på ansøgningen.

Med hensyn til huset i Gudhjem, så har ejendomsmægleren sendt en ny vurdering. Sagsnummeret hos mægleren er ⟨n:7⟩, og tinglysningen af det gamle pantebrev har dato/løbenummer ⟨tingl⟩ - det skal aflyses inden salget. Banken (reg. ⟨n:4⟩) sender papirerne direkte til jer.

Ring hvis der er noget, jeg er hjemme hele december: ⟨phdk⟩.

Kærlig hilsen
jeres nevø Torben
=== longletter da
Notat - telefonsamtale 26.11.2026 kl. 13.05
Deltagere: Rådgiver Stig Lassen (Gældsrådgivningen), borger Camilla Worm

Borgeren ringede fordi hun har modtaget to rykkere fra samme inkassobureau med forskellige sagsnumre (⟨n:8⟩ og ⟨n:8⟩). Hun oplyste sit cpr-nummer ⟨cpr⟩, så vi kunne slå hende op i vores system. Hun har også gæld til Gældsstyrelsen (hendes CPR står på brevet, men der står også et "betalings-id" ⟨dl10⟩ som hun troede var et cpr-nummer - det er det ikke).
Aftalt: Hun sender kopi af rykkerne via sikker post. Næste samtale 3.12.
=== longletter da
Referat af bestyrelsesmøde i Andelsboligforeningen Kastanjegården, 24.11.2026

1. Overdragelse af lejlighed 3. th.: Sælger Johanne Bundgaard, køber Emir Hodžić. Køber har indsendt lønsedler og årsopgørelse. Andelsbevis nr. ⟨n:4⟩.
2. Venteliste: intern venteliste opdateret, 14 på listen.
3. Bank: foreningens konto ⟨regkonto⟩ skiftes til Lån & Spar pr. 1/1.
4. Eventuelt: Formanden minder om at cpr-numre IKKE må sendes via foreningens Facebook-gruppe. Sidst skrev en beboer sit eget nummer (⟨cpr⟩) i en kommentar om vaskekælderen.
=== short da
cpr ⟨cpr:plain⟩ ok?
=== short da
Ja det er mit: ⟨cpr⟩
=== short da
hendes personnummer er ⟨cpr:space⟩ (står på sygesikringsbeviset)
=== short da
Ref. ⟨dl10:dash⟩ — spørg hos kundeservice.
=== short da
Ordrenr ⟨dlmod⟩ afsendt 30/11
=== short da
Mit barns cpr: ⟨cpr@child,nomod⟩
=== short da
Bestilling af pas til barn - barnets cpr.nr. ⟨cpr@child⟩, mors cpr.nr. ⟨cpr⟩, fars cpr.nr. ukendt.
=== short da
Personnummer ⟨cpr:endash⟩ (fra gammel Word-skabelon)
=== short da
CPR-nr.:
⟨cpr⟩
Navn:
Signe Bøgh
=== short da
Sygesikring: gruppe 1, læge Søndergaard. CPR ⟨cpr:nl⟩ . Adr.: Tværgade 2
=== short da
Kvittering for indbetaling: Betalings-id ⟨n:15⟩, kreditornr. ⟨n:8⟩, beløb 1.460,00
=== short da
Hej, jeg skriver på vegne af min mor (⟨cpr@old⟩), som er over 100 år og ikke kan bruge MitID.
=== short da
P-nummer: ⟨pnum⟩ · CVR: ⟨cvr⟩ · Adresse: Industrivej 12, 7400 Herning
=== short da
Ny medarbejder: Yasmin El-Amin, cpr ⟨cpr@jan1,nomod⟩, starter 1/1.
=== short da
Hendes søn har cpr-nr. ⟨cpr@child:plain⟩ og hedder Malthe.
=== short da
Kontrolnr. på MitID-brevet: ⟨n:6⟩-⟨n:4⟩ (ikke cpr)
=== greenland da
Akileraq Lyberth, cpr-nr. ⟨cpr⟩, Nuuk. Flytter til Aalborg pr. 1. januar.
"""
