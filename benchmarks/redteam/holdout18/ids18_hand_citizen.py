"""Hand-written v18 documents: citizen services of municipalities (school, day care, elderly care, housing, parking,
library, sports clubs and associations)."""

BANK = """
=== school da
Indskrivning til 0. klasse, skoleåret 2026/27 - Hedegårdsskolen

Barnets navn: Villads Kjeldsen
Barnets CPR-nummer: ⟦cpr:kid#a⟧
Nuværende daginstitution: Børnehuset Mælkebøtten
Forælder 1: Line Kjeldsen, cpr ⟦cpr⟧, tlf ⟨dkph⟩
Forælder 2: Mads Kjeldsen, tlf ⟨dkph⟩
Søskende på skolen: Ida Kjeldsen, 3.b
Ønsker SFO: ja (fra 1. april)
Kvittering sendt til e-Boks. Ansøgnings-id ⟨n8⟩.

=== daycare sv
Ansökan om förskoleplats - Lunds kommun

Barn: Ebba Holmqvist
Barnets personnummer: ⟦pnr:kid,ld⟧
Önskat placeringsdatum: 2026-08-15
Önskad förskola 1: Humlans förskola  2: Solrosen
Vårdnadshavare 1: Johan Holmqvist, ⟦pnr:ld⟧, tel ⟨seph⟩
Vårdnadshavare 2: Sara Holmqvist, ⟦pnr:ld⟧
Inkomst hushållet (för maxtaxa): ⟨amount⟩ kr/mån
Ärendenummer: ⟨n6⟩-2026

=== daycare da
Pladsanvisningen - Aalborg Kommune
Venteliste vuggestue, distrikt Øst (intern, må ikke udleveres)

Placering  Barn                 CPR            Ønsket start
1          ⟨dalast⟩, Alma       ⟦cpr:baby⟧    01.05.2026
2          ⟨dalast⟩, Noah       ⟦cpr:baby⟧    01.05.2026
3          ⟨dalast⟩, Ella       ⟦cpr:baby⟧    01.06.2026
4          ⟨dalast⟩, Oscar      ⟦cpr:baby⟧    01.06.2026
5          ⟨dalast⟩, Karla      ⟦cpr:baby⟧    01.07.2026
6          ⟨dalast⟩, William    ⟦cpr:baby⟧    01.08.2026
Søskendefortrin: nr. 2 og 5.

=== elderly da
Visitation til hjemmehjælp - afgørelse (kladde)

Borger: Aksel Frandsen
Cpr.nr.: ⟦cpr:y1939,c49⟧
Adresse: ⟨dastreet⟩, ⟨dacity⟩
Du er visiteret til: rengøring hver 2. uge, indkøbsordning, nødkald.
Begrundelse: Du er 87 år og har efter hofteoperationen svært ved at klare rengøringen selv.
Din kontaktperson er visitator Marianne Bro, tlf. ⟨dkph⟩ (hverdage 8-9).
Klagevejledning vedlagt.

=== elderly sv
Biståndsbeslut hemtjänst - Örebro kommun

Den enskilde: Gunnar Axelsson, ⟦pnr:cent⟧
Beslut: Hemtjänst 24 timmar/månad, matdistribution, trygghetslarm (larm-id ⟨n6⟩).
Beslutet gäller från 2026-03-01 och omprövas senast 2026-09-01.
Handläggare: biståndshandläggare Karin Söder, tel ⟨seph⟩
Anhörig: dottern Lena Axelsson, ⟦pnr⟧

=== housing da
Ansøgning om boligstøtte - kopi af indsendte oplysninger

Ansøger: Camilla Rask, ⟦cpr:spd⟧
Husstandsmedlemmer:
  Freja Rask (barn), ⟦cpr:kid,spd⟧
  Oliver Rask (barn), ⟦cpr:kid,spd⟧
Husleje: ⟨amount⟩ kr./md.  Boligens areal: 78 m2
Udlejer: Vestkyst Ejendomme A/S (CVR ⟨cvr⟩)
Lejemålsnr. ⟨n5⟩-⟨n3⟩

=== housing sv
Bostadskö - Boplats Syd, kontoutdrag

Köande: Ahmed Hassan
Personnummer: ⟦pnr:co,ld⟧ (samordningsnummer)
Kötid från: 2021-04-12
Sökta objekt: 0 st senaste året
Medsökande: Aisha Omar, ⟦pnr:ld⟧
Köavgift betald via bankgiro ⟨bg⟩, OCR ⟨ocr⟩.

=== parking da
Beboerlicens - parkering zone K (Frederiksberg)

Licensnr.: ⟨n8⟩
Indehaver: Susanne Lind, ⟦cpr⟧
Bil: EV 41 208 (reg.nr.)
Adresse: ⟨dastreet⟩, 2000 Frederiksberg
Gyldig: 01.03.2026 - 28.02.2027
Pris: ⟨amount⟩ kr. betalt med MobilePay ⟨dkph⟩

=== parking sv
Ansökan om parkeringstillstånd för rörelsehindrad

Sökande (förare/passagerare): passagerare
Namn: Ingrid Sundqvist
Personnummer: ⟦pnr:old⟧
Läkarintyg bifogat: ja
Giltighetstid önskad: 3 år
Kontaktperson: sonen Leif Sundqvist, ⟨seph⟩
Kommunens dnr: ⟨n4⟩-⟨n5⟩/2026

=== library da
Lånerkort - oprettelse (Roskilde Bibliotekerne)

Låner: Emma Bonde (barn, 9 år)
CPR: ⟦cpr:kid,n⟧
Værge: Sidsel Bonde, CPR ⟦cpr:n⟧
Lånernr.: ⟨n10⟩
PIN valgt: ****
Samtykke til Ereolen Go: ja

=== library sv
Påminnelse: försenade lån

Låntagare: ⟨svn⟩
Lånekort: ⟨luhn10⟩
Titel: Pippi Långstrump (återlämnas senast ⟨date⟩)
Du kan förnya på bibliotek.lund.se med ditt lånekortsnummer och PIN-kod.
Bibliotekets telefon: ⟨seph⟩

=== club da
Medlemsliste Kolding Svømmeklub - til kommunens tilskudsopgørelse 2026
(kun medlemmer under 25 år skal med)

Navn                 CPR           Hold
⟨dan⟩          ⟦cpr:kid⟧   Delfin
⟨dan⟩          ⟦cpr:kid⟧   Delfin
⟨dan⟩          ⟦cpr:kid⟧   Delfin
⟨dan⟩          ⟦cpr:kid⟧   Haj
⟨dan⟩          ⟦cpr:kid⟧   Haj
⟨dan⟩          ⟦cpr:kid⟧   Haj
⟨dan⟩          ⟦cpr:kid⟧   Konkurrence
⟨dan⟩          ⟦cpr:kid⟧   Konkurrence
⟨dan⟩          ⟦cpr:y2k⟧   Trænerassistent
⟨dan⟩          ⟦cpr:kid⟧   Konkurrence
Antal: 10. Foreningens CVR ⟨cvr⟩.

=== club sv
Medlemsförteckning IFK Skogsbo innebandy - för LOK-stöd

Namn                Född        Personnummer     Lag
⟨svn⟩        ⟨n4⟩       ⟦pnr:kid,ld⟧   P13
⟨svn⟩        ⟨n4⟩       ⟦pnr:kid,ld⟧   P13
⟨svn⟩        ⟨n4⟩       ⟦pnr:kid,ld⟧   F12
⟨svn⟩        ⟨n4⟩       ⟦pnr:kid,ld⟧   F12
⟨svn⟩        ⟨n4⟩       ⟦pnr:kid,ld⟧   F12
⟨svn⟩        ⟨n4⟩       ⟦pnr:kid,ld⟧   P15
⟨svn⟩        ⟨n4⟩       ⟦pnr:kid,ld⟧   P15
⟨svn⟩        ⟨n4⟩       ⟦pnr:kid,ld⟧   P15
Föreningens org.nr ⟨seorg⟩, bankgiro ⟨bg⟩.

=== club da
Generalforsamling i Haveforeningen Solsikken - referat

1. Valg af dirigent: Ebbe Jensen.
2. Beretning: 4 haver skiftede ejer. Ny have 17: ⟨dan⟩.
3. Regnskab: kontingent uændret ⟨amount⟩ kr.
4. Indkomne forslag: Skal foreningen registrere medlemmernes cpr-nr.? Nej - vi bruger medlemsnummer (f.eks. ⟨n4⟩).
5. Valg: Kasserer Tove Winther (genvalgt).
Referent: Hanne Kirk, tlf. ⟨dkph⟩

=== school sv
Anmälan om frånvaro/ledighet - Rosendalsskolan

Elev: Hugo Westin, klass 4B
Personnummer: ⟦pnr:kid,s⟧
Ledighet: 2026-04-06 - 2026-04-10 (resa till mormor i Finland)
Vårdnadshavare: ⟨svn⟩, tel ⟨seph⟩
Beviljas av rektor: [x]

=== school da
Elevliste 7.A - til skolefotograf (slettes efter brug)

⟨dan⟩ - ⟦cpr:kid,n⟧
⟨dan⟩ - ⟦cpr:kid,n⟧
⟨dan⟩ - ⟦cpr:kid,n⟧
⟨dan⟩ - ⟦cpr:kid,n⟧
⟨dan⟩ - ⟦cpr:kid,n⟧
⟨dan⟩ - ⟦cpr:kid,n⟧
⟨dan⟩ - ⟦cpr:kid,n⟧
⟨dan⟩ - ⟦cpr:kid,n⟧
Fotografen skal IKKE have cpr - brug elev-id fra Aula i stedet. Listen er sendt ved en fejl.

=== elderly da
Ansøgning om plejebolig - Plejecenter Lindehaven

Ansøger: Jytte Abildgaard, født ⟨born#a⟩, CPR ⟦cpr:old#a⟧
Ægtefælle (ønsker at flytte med): Poul Abildgaard, CPR ⟦cpr:y1940,c49⟧
Begrundelse: demens, behov for døgnpleje.
Nuværende hjemmepleje: distrikt Vest, gruppe 3, tlf. ⟨dkph⟩
Sagsnr.: ⟨n8⟩

=== housing sv
Hyresavtal bostadslägenhet - Solbacka Fastigheter AB (org.nr ⟨seorg⟩)

Hyresgäst 1: Malin Forsberg, ⟦pnr:ld⟧
Hyresgäst 2: Jonas Forsberg, ⟦pnr:ld⟧
Lägenhetsnr ⟨n4⟩ (Lantmäteriets nr 1103)
Hyra ⟨amount⟩ kr/mån inkl. värme. Betalas till bankgiro ⟨bg⟩ med OCR ⟨luhn10⟩.
Kontaktperson förvaltning: ⟨svn⟩, ⟨seph⟩

=== club sv
Föreningen Nordens lokalavdelning Malmö - ny medlem
Namn: Kofi Mensah
Adress: ⟨svstreet⟩, ⟨svcity⟩
Tel: ⟨seph⟩
Födelsedatum: ⟨date⟩ (personnummer behövs inte)
Medlemsnummer: ⟨n5⟩

=== daycare da
Optagelse i dagpleje - kvittering

Kære Trine Sørensen
Vi har modtaget din ansøgning om dagplejeplads til Arthur Sørensen (CPR ⟦cpr:baby,en⟧).
Forventet start: 1. september 2026.
Din plads-garanti gælder fra barnet er 26 uger.
Betaling: ⟨amount⟩ kr./md., opkræves via Betalingsservice (PBS-nr. ⟨n8⟩).
Pladsanvisningen, Vejle Kommune - tlf. ⟨dkph⟩

=== parking da
Klage over parkeringsafgift nr. ⟨cprlike⟩

Jeg klager over afgiften, da jeg har gyldig handicapparkeringskort (kortnr. ⟨n6⟩).
Navn: Flemming Gade
Cpr: ⟦cpr:old⟧
Bil: AB 12 345
Dato for afgift: ⟨date⟩ kl. ⟨time⟩

=== elderly sv
Avgiftsbeslut äldreomsorg 2026

Namn: Siv Engström
Personnummer: ⟦pnr:cent,ss⟧
Avgift hemtjänst: ⟨amount⟩ kr/mån (maxtaxa)
Avgiftsutrymme beräknat på pension ⟨amount⟩ kr/mån.
Avgiften dras via autogiro från konto ⟨clkto⟩.
Frågor: avgiftshandläggare, tel ⟨seph⟩
"""
