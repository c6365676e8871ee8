"""Hand-written v15 documents: Danish public-sector and regulated organisations (written for v15 by rt15a)."""

BANK = """
=== hand-kommune da
Aarhus Kommune, Borgerservice – kvittering for anmodning om sundhedskort
Ansøger: Henriette Bach, cpr-nr. [[cpr]], tlf. {{phdk}}
Sagsnr. 26-114-{{num6}}. Nyt kort sendes til folkeregisteradressen inden for 14 dage.

=== hand-kommune da
Ansøgning om parkeringskort for handicappede (Odense Kommune)
Ansøgers navn: Erling Kold
CPR [[cpr:old]]
Ledsagers navn: Bente Kold (ægtefælle) – CPR: [[cpr:sp]]
Kortet udstedes af Danske Handicaporganisationer, ref. {{num6}}.

=== hand-kommune da
Hej Lise
Kan du slå borgeren op i CPR? Hun hedder Agnete Skov og har oplyst [[cpr:sl]] på blanketten om enkeltydelse, men adressen passer ikke med den vi har.
Sagsnummer i Nexus er {{cprlike}} (det er IKKE et cpr, det er bare sådan Nexus nummererer).
Mvh Rune, Ydelseskontoret

=== hand-kommune da
Vielse på rådhuset lørdag 6. juni kl. 11.00
Brudgom: Tobias Winther, [[cpr]]
Brud: Sara Lindqvist, svensk statsborger, personnummer [[pnr:ld]]
Vidner: Jens Holt og Maja Berg (cpr-numre ikke påkrævet for vidner)
Prøvelsesattest nr. {{num6}} fra Familieretshuset vedlagt.

=== hand-kommune da
Att.: Byggesagsafdelingen
Jeg søger om tilladelse til carport på matr.nr. 14ab, Vester Hassing By. Ejer: Poul-Erik Damgaard (cpr.nr [[cpr:n]]), mobil {{phdk}}. BBR-ejendomsnummer {{num6}}. Med venlig hilsen Poul-Erik

=== hand-kommune da
Udskrift, Folkeregistret – flytning registreret
Navn        Cpr-nr.       Fraflyttet           Tilflyttet
Mads Friis  [[cpr:d]]   Gl. Kongevej 3, 1.  Åboulevarden 12, st.
Flyttedato 01.09.2026, anmeldt digitalt {{dkstamp}} (tidsstempel ddmmååttmm)

=== hand-kommune da
Begravelseshjælp – ansøgning
Afdøde: Gudrun Ellegaard, cpr [[cpr:old,dot]]
Ansøger (dødsboets repræsentant): Helle Ellegaard, cpr [[cpr]]
Begravelsesforretningens faktura nr. {{cprlike}} på 28.450,00 kr. er vedlagt.

=== hand-kommune da
Notat til journal, Borgerrådgiveren
Borgeren ringede fra {{phdk}} og oplyste sit cpr-nummer som [[cpr:en]]. Hun klager over sagsbehandlingstiden i sag {{num6}}. Jeg har lovet svar inden fredag.

=== hand-kommune da
Indfødsretsprøve – tilmelding (kommunens sprogcenter)
Navn: Farida Haddad
Cpr-nr. (tildelt 2019, da hun fik opholdstilladelse): [[cpr:new]]
Kursistnr. {{num6}}  Hold: DU3 modul 5

=== hand-school da
Kære forældre i 0.B
Husk tilmelding til skolefotografering. Skriv barnets navn og cpr-nr. på sedlen, fx Alma [[cpr:kid,n]] – nej undskyld, det var min egen datters, I skal selvfølgelig skrive jeres egne 😊
Hilsen Anne (klasselærer), Aula

=== hand-school da
Indskrivning til børnehaveklasse 2027, Hasseris Skole
Barnets navn: Viggo Lund    Barnets cpr: [[cpr:kid]]
Forælder 1: Kasper Lund, cpr [[cpr]], tlf. {{phdk}}
Forælder 2: Nadia Lund, cpr [[cpr:sp]]
Ønsker SFO fra 1. maj: ja

=== hand-school da
PPR – indstilling til pædagogisk-psykologisk vurdering
Elev: Oscar Bjerre, 4.a, cpr.nr. [[cpr:kid,sl]]
Skolens sagsnr. {{num6}}; forældrenes samtykke givet 12/10.
Begrundelse: læsevanskeligheder, ordblindetest ikke foretaget.

=== hand-school da
Hej Bo
Skolebuskortet til Ella kom aldrig. Hun har cpr [[cpr:kid]] hvis I skal søge på hende. Kortnummer på det gamle var {{num6}}.
/Line (mor), {{phdk}}

=== hand-school da
Ansøgning om økonomisk friplads, daginstitution
Ansøger: Camilla Rask (cpr [[cpr]])
Samlevers cpr: [[cpr:d]]
Barn 1: Ida, [[cpr:kid,sp]]
Barn 2: Alfred, [[cpr:kid]]
Husstandsindkomst 2025: 412.000 kr. (årsopgørelse vedlagt)

=== hand-school da
Udmeldelse af skolen
Vi melder vores søn Lukas (cpr.-nr.: [[cpr:kid]]) ud af 6.c pr. 31/12, da vi flytter til Malmö. Hans svenske samordningsnummer kommer først senere.
Venlig hilsen Henrik og Marie Thorup

=== hand-jobcentre da
Jobcenter København – indkaldelse til jobsamtale
Kære Jakob Hedegaard ([[cpr]])
Du er indkaldt til samtale tirsdag den 8. december kl. 10.15, Kalvebod Brygge 45. Mødes du ikke, kan det få betydning for din ydelse.
Sagsnr. {{num6}}

=== hand-jobcentre da
Ressourceforløb – referat af møde i rehabiliteringsteamet
Borger: Tina Rosenkvist, cpr-nr.: [[cpr:sd]]
Deltagere: sagsbehandler, kommunens lægekonsulent, repræsentant fra regionen.
Indstilling: ressourceforløb i 2 år. Journal nr. {{cprdash}} (KMD Momentum-nr.)

=== hand-jobcentre da
Lønrefusion – fleksjob
Arbejdsgiver: Tømrerfirmaet Lindholm ApS, CVR {{cvr}}, P-nr. {{pnum}}
Medarbejder: Kristoffer Bang, CPR [[cpr:n]]
Periode: oktober 2026, 74 timer. Refusion udbetales til NemKonto.

=== hand-jobcentre da
Hej jobcenter
Jeg har fået job som lagermedarbejder fra mandag og skal afmeldes. Mit cpr er [[cpr]] og min a-kasse er 3F. Min kontaktperson er Hanne.
Mvh Danial

=== hand-jobcentre da
Sygedagpenge – opfølgningssamtale (telefonisk)
Cpr: [[cpr:en]]  Navn: Birgit Moesgaard  Tlf: {{phdk}}
Førstegangssamtale afholdt. Forventet raskmelding uge 3. Næste opfølgning om 8 uger.

=== hand-social da
Underretning modtaget (Serviceloven § 133)
Vedr. barn: Noah Andersen, cpr [[cpr:kid,sl]]
Underretter: skolens AKT-lærer, tlf. {{phdk}}
Modtaget {{dkstamp}} (ddmmååttmm fra portalen). Screening inden 24 timer.

=== hand-social da
Bevilling af hjemmehjælp (Hjælpemiddel- og visitationsenheden)
Borger: Ella Kragh, cpr-nr. [[cpr:old]]
Bevilget: rengøring hver 14. dag, indkøbsordning.
Klagevejledning vedlagt. J.nr. {{num6}}.

=== hand-social da
Kontanthjælp – partshøring
Til Mohammed Saleh, cpr [[cpr:new]] (dit cpr-nummer er tildelt i 2015)
Vi påtænker at træffe afgørelse om sanktion, fordi du udeblev fra samtale. Du kan komme med bemærkninger inden 14 dage.

=== hand-social da
Hej Birthe,
Plejefamiliens betaling for november skal lige rettes. Barnet er Maja [[cpr:kid]] og plejemor er Anette Holm [[cpr]]. Kontonr. hos plejemor: {{regkto}}.
Tak! /Tove, Familieafdelingen

=== hand-social da
Personlig tillæg – ansøgning om hjælp til tandbehandling
Navn: Ove Mikkelsen      Cpr-nr.: [[cpr:old,sp]]
Tandlægens overslag: 7.850 kr. (overslag nr. {{num6}})
Pension: folkepension, ingen formue over grænsen.

=== hand-eldercare da
Madservice – bestilling uge 50
Beboer       Cpr           Menu    Diæt
Inga Lund    [[cpr:old]]   A       Diabetes
Knud Sand    [[cpr:old,n]]  B      –
Rita Møller  [[cpr:old]]   A       Blød kost
Leverandør: Det Gode Køkken, kundenr. {{num6}}

=== hand-eldercare da
Plejehjemmet Solbakken – indflytning
Ny beboer: Valborg Nørgaard, cpr: [[cpr:old,dot]]
Nærmeste pårørende: sønnen Ib Nørgaard, tlf. {{phdk}}
Værelse 14. Husleje via boligydelse, lejekontrakt nr. {{cprlike}}.

=== hand-eldercare da
Hjælpemiddelcentralen – udlån af rollator
Låner: Svend Aage Holm
Cpr [[cpr:old,sl]]
Hjælpemiddel nr. {{ean}}, udleveret 24.11.2026
Returneres når behovet ophører.

=== hand-eldercare da
Vagtoverlevering aften -> nat, Rosenhaven afd. 2
Stue 7 (Grethe, [[cpr:old]]) har haft feber, læge tilset kl. 19.
Stue 11 uroligt, fik PN kl. 21.40. Nattevagt ring {{phdk}} ved behov.

=== hand-gp da
Lægeerklæring til kørekort (gruppe 1, fornyelse)
Ansøger: Holger Dahl
Cpr.-nr.: [[cpr:old]]
Synsstyrke tilfredsstillende. Ingen bemærkninger. Lægens ydernr. {{num6}}.

=== hand-gp da
Lægehuset i Hornbæk – Svar på e-konsultation
Kære Lene (cpr [[cpr:sp]])
Din blodprøve er normal. Stofskiftetal TSH 2,1. Du behøver ikke gøre mere.
Venlig hilsen Dr. Nyborg

=== hand-gp da
Henvisning til fysioterapi (sundhedsloven)
Patient: Marianne Vesterby, [[cpr:en]]
Diagnose: nakkesmerter efter piskesmæld. Henvisning nr. {{yymm}} (dato+tid, ÅÅMMDDTTMM).
Lægens tlf. {{phdk}}

=== hand-gp da
Attest om fritagelse for idræt
Eleven Freja Holm, cpr-nr. [[cpr:kid]], kan ikke deltage i idræt i 6 uger pga. brud på venstre håndled.
Lægeklinikken Vestergade, ydernr. {{num6}}

=== hand-region da
Region Hovedstaden – patientbefordring
Bevilget kørsel til Rigshospitalet den 14/12 for:
Patient: Niels Gram, cpr [[cpr]]
Ledsager: ja. Vognmand: Dantaxi, turnr. {{cprlike}}
Afhentning Byvej 4, 3600 Frederikssund kl. 07.15

=== hand-region da
Ventetid overskredet – frit sygehusvalg
Patient: Karin Juhl ([[cpr:sl]])
Du kan vælge behandling på privathospital. Kontakt Patientkontoret på {{phdk}} og oplys dit cpr-nummer.
Henvisnings-ID: {{luhn12}}

=== hand-region da
Akutmodtagelsen, Herlev – triagenotat
Ukendt mand, senere identificeret via sygesikringskort: cpr [[cpr:nl]] – pårørende (datter) kontaktet kl. 03.10.
Bemærk: armbåndet viste først et forkert nummer {{badcpr}} (dag 32 findes ikke).

=== hand-region da
Hej afdeling B3
Vi har fået to patienter med samme navn, Anne Sørensen. Den ene er [[cpr]], den anden [[cpr:d]]. Tjek venligst armbånd før medicinering.
Mvh sekretær Lotte, tlf. {{phdk}}

=== hand-insurer da
Tryg – ændring af indboforsikring
Forsikringstager: Peter Kjærgaard (cpr. [[cpr]])
Police nr. {{cprlike}} – ny præmie fra 1/1: 3.245 kr./år
Medforsikret samlever: Julie Berg, cpr. [[cpr:sp]]

=== hand-insurer da
Sundhedsforsikring – forhåndsgodkendelse
Medlem: Rikke Thomsen, cpr-nummer [[cpr:en]], firma-ordning via Novo, aftalenr. {{num6}}
Godkendt: 6 behandlinger hos kiropraktor. Skadenr. {{cprdash}}

=== hand-insurer da
Skadesanmeldelse (cykeltyveri)
Navn: Simon Kok   Cpr-nr.: [[cpr]]   Tlf.: {{phdk}}
Stelnummer WBK{{num6}}, politianmeldelse journalnr. 0100-{{num6}}-26
Cykel købt 2024 for 9.999 kr.

=== hand-insurer da
Kære Alm. Brand
Jeg skriver på vegne af min far, Bent Lyng (cpr [[cpr:old,sl]]), som er dement. Jeg har fuldmagt. Vi ønsker at opsige hans bilforsikring (police {{num6}}), bilen er solgt.
Hilsen Susanne Lyng

=== hand-pension da
PFA – begunstigelse
Medlem: Charlotte Iversen, cpr [[cpr]]
Begunstiget ved død: ægtefælle Martin Iversen, cpr [[cpr:n]]
Policenr. {{cprlike}} – Bemærk: dette er ikke et cpr-nummer.

=== hand-pension da
Hej Lønkontoret
Vores medarbejder Anders Bruun ([[cpr:sd]]) har bedt om at hæve sit pensionsbidrag til 12 %. Pensionskassen (PKA) medlemsnr. {{num6}}. Gælder fra december-lønnen.
/Helle, HR

=== hand-pension da
Udbetaling af ratepension – beregning
Cpr: [[cpr:old]]
Depot pr. 30.11.2026: 612.340,55 kr.
Rate 1 af 10: 61.234,06 kr. Skat (AM-bidrag fratrukket) via eSkattekort.

=== hand-pension da
ATP Livslang Pension – opgørelse for Ruth Kirkegaard (cpr: [[cpr:old]]), udstedt {{dkstamp}}
Indbetalt i alt: 98.446 kr. Forventet årlig pension ved 67 år: 21.300 kr.

=== hand-union da
Dansk Metal afd. Vejle – optagelse
Navn: Jonas Krag   Fødselsdato/cpr: [[cpr]]
Arbejdsplads: Vestas Blades, CVR {{cvr}}
Medlemsnr. tildeles: {{num6}}. Kontingent via BS.

=== hand-union da
FOA – sag om arbejdsskade
Vores medlem Sanne Busk ([[cpr]]) faldt på glat gulv på plejecentret. Anmeldelse til AES, sagsnr. {{cprdash}}. Arbejdsgiverens CVR {{cvr}}.
Faglig sekretær: Pia, tlf {{phdk}}

=== hand-union da
Konfliktstøtte, uge 48 – udbetalingsliste (HK Privat)
cpr;navn;timer;beløb
[[cpr:n]];Lene Falk;37;5.180,00
[[cpr:n]];Michael Ravn;30;4.200,00
[[cpr:n]];Dorthe Kvist;37;5.180,00

=== hand-union da
Valg til tillidsrepræsentant – stemmeseddel kvittering
Stemme afgivet af medlem nr. {{num6}} kl. 12:04. Ingen cpr-numre registreres i valgsystemet.

=== hand-housing da
AAB afd. 43 – venteliste, udskrift
Opnoteret: Frederik Mørk, cpr [[cpr]], anciennitet 12.03.2019
Ønsker: 3 vær., max husleje 8.500
Medlemsnr. {{num6}}

=== hand-housing da
Fraflytningssyn – rapport
Lejer: Katrine Wulff (cpr. [[cpr:en]])
Lejemålsnr. {{cprdash}}
Ny adresse: Carit Etlars Vej 9, 1814 Frederiksberg
Istandsættelse: maling 4 rum, 11.400 kr. modregnes i depositum.

=== hand-housing da
Boligselskabet Kristiansbjerg
Hej Mette,
Husk at ansøgning om boligstøtte skal have både din og din kærestes cpr. Du skrev selv [[cpr]] men hans mangler. Lejekontrakt nr. {{num6}}.
Venlig hilsen Driftskontoret

=== hand-housing da
Referat af afdelingsmøde, Skovparken
1. Valg af dirigent: Lars Winther.
2. Beretning godkendt.
3. Budget: huslejestigning 2,1 %, 38 stemmer for, 4 imod.
Referent: Yvonne, lejemål 21-{{num6}}.

=== hand-law da
Advokatfirmaet Holm & Brix – identifikation af klient (hvidvaskloven)
Klient: Søren Vilhelmsen, cpr-nr.: [[cpr]]
Legitimation: pas nr. {{num6}}{{num6}}, udløb 2031
Selskab: Vilhelmsen Holding ApS, CVR-nr.: {{cvr}}

=== hand-law da
Kære Martin
Vedlagt udkast til testamente. Jeg har indsat dit og Lottes cpr (hhv. [[cpr:sl]] og [[cpr:sl]]), tjek dem gerne. Vores j.nr. er {{num6}}-MTH.
Venlig hilsen advokat Grethe Bay

=== hand-law da
Ægtepagt – særeje
Mellem Kasper Roed, cpr.nr. [[cpr:dot]] og Amalie Roed, cpr.nr. [[cpr:dot]]
Aftalen tinglyses i Personbogen. Retsafgift 1.850 kr. Tinglysningsnr. {{dkstamp}}-1.

=== hand-law da
Stævning (udkast), side 2
Sagsøgte: Henning Lau, [[cpr]], Strandvejen 210, 2900 Hellerup
Påstand: sagsøgte tilpligtes at betale 240.000 kr. med procesrente fra 1.9.2026. Kontrakt nr. {{cprlike}} fremlægges som bilag 1.

=== hand-audit da
Revisionsfirmaet Nord – forespørgsel
Kære Ole
Vi mangler cpr på den nye direktør til ejerbogen. Du skrev [[cpr:en]] i mailen, men i registreringen står der {{cprmask}}. Er det den samme person?
Hilsen Tine, revisorassistent

=== hand-audit da
Kontrollerede ejere, Skov Invest ApS (CVR {{cvr}})
Reelle ejere:
- Allan Skov, cpr [[cpr]], 60 %
- Dorte Skov, cpr [[cpr:n]], 40 %
Registreret i CVR {{dkstamp}} (tidspunkt ddmmååttmm).

=== hand-audit da
Momsangivelse Q3, rettelse
Virksomhed: Tandlæge Ida Friis (enkeltmandsvirksomhed) – CVR {{cvr}} og ejerens cpr [[cpr]]
Udgående moms rettet fra 18.430 til 18.340. Kvittering nr. {{num6}}.
"""
