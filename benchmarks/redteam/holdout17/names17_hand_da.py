"""Hand-written Danish documents of the v17 names hold-out (``⟦...⟧`` marks a PERSON span; rules:
``names17_build.py``). Families: ``hand-news``, ``hand-biz``, ``hand-mixed``."""

BANK = """
=== hand-news da
Ny direktør på Niels Bohr Institutet
⟦Cecilie Brandstrup⟧ overtager 1. marts ledelsen af Niels Bohr Institutet efter ⟦Henrik Vejlgaard⟧, som går på pension. ⟦Brandstrup⟧ kommer fra DTU, hvor hun ledte kvantecentret sammen med ⟦Ib Thyssen⟧.

=== hand-news da
Fly aflyst i Odense
H.C. Andersen Airport måtte i går aflyse tre afgange på grund af tåge. Frost i nat og glatte veje på Fyn, varsler DMI. Ingen kom til skade.

=== hand-news da
Sonningprisen til hollandsk filosof
Sonningprisen gives i år til ⟦Marieke de Vries⟧. Rektor ⟦Anne-Mette Kolding⟧ overrækker prisen på Københavns Universitet den 19. april, og ⟦de Vries⟧ holder forelæsning samme dag.

=== hand-news da
Byretten: 30 dage for vold på Jensens Bøfhus
En 27-årig mand, ⟦Kenneth Aaskov⟧, blev i går idømt 30 dages fængsel for at slå en tjener på Jensens Bøfhus i Vejle. Forsvarer ⟦Lotte Haldrup⟧ vil anke. Anklager var ⟦Mads Engholm⟧.

=== hand-news da
Bodilprisen: Dobbeltsejr til "Rask og glad"
Komedien "Rask og glad" vandt både bedste film og bedste kvindelige hovedrolle til ⟦Sofie Westergaard⟧. Instruktøren ⟦Tobias Rask⟧ takkede sin mor, ⟦Annelise⟧, fra scenen.

=== hand-news da
Trafik: Vejarbejde på H.C. Andersens Boulevard
Fra mandag er to spor lukket ved Rådhuspladsen. Også Kaj Munks Vej i Vejle og Karen Blixens Plads på Amager får nye cykelstier, oplyser ⟦Jonas Brix-Nielsen⟧ fra Vejdirektoratet.

=== hand-news da
Dødsfald
Tidligere borgmester i Hedensted ⟦Kaj Overgaard⟧ er død, 88 år. ⟦Overgaard⟧ sad i byrådet i 24 år. Han efterlader sin hustru ⟦Ruth⟧ og sønnerne ⟦Per⟧ og ⟦Niels Overgaard⟧.

=== hand-news da
Håndbold: Skjern vandt derbyet
⟦Frederik Lund Mikkelsen⟧ scorede ni mål, da Skjern slog Ringkøbing 31-27. Målmand ⟦Anton Heide⟧ reddede to straffekast. "Vi var bedst i anden halvleg," sagde træner ⟦Morten Husted⟧.

=== hand-news da
Jubilæum hos Louis Poulsen
Lampeproducenten Louis Poulsen fejrer 150 år. Designeren ⟦Poul Henningsen⟧ tegnede PH-lampen til firmaet i 1920'erne; i dag leder ⟦Søren Mørk Bach⟧ virksomheden fra Vejle.

=== hand-news da
Vejret
Sol og byger i hele landet. Lund og Holm, de to små øer i Lillebælt, kan ikke besejles i weekenden på grund af blæst. Temperaturen ligger på 6 grader.

=== hand-news da
Ny præst i Ribe Domkirke
Sognepræst ⟦Marie Høj Petersen⟧ blev søndag indsat af biskop ⟦Elof Westergaard⟧. Hun afløser ⟦Jens Kristian Sand⟧. Menighedsrådsformand ⟦Bente⟧ sang solo.

=== hand-news da
Teater: "Jeppe på Bjerget" på Aarhus Teater
⟦Lars Knudsen⟧ spiller Jeppe med stor varme, og ⟦Ditte Kjær⟧ er en skarp Nille. ⟦Holbergs⟧ komedie er instrueret af ⟦Sara Viktoria Holm⟧.

=== hand-news da
Anders And fylder 90
Anders And har fødselsdag, og Egmont fejrer ham med en udstilling i Odense. Tegneren ⟦Freddy Milton⟧ og forfatteren ⟦Ingrid Skou⟧ er til stede ved åbningen.

=== hand-news da
Kommunalvalg: Nyt flertal i Favrskov
⟦Nanna Sejr⟧ bliver ny borgmester efter en aftale med ⟦Bo Ravn⟧ og ⟦Karsten Lind⟧. Bo i Favrskov får gratis busser, lover ⟦Sejr⟧.

=== hand-news da
Årets Ildsjæl i Holstebro
⟦Hans Christian Vang⟧, 71, har trænet drengefodbold i 40 år. Han fik prisen af ⟦Vangs⟧ gamle elev ⟦Thomas Kahlenberg⟧, der selv blev landsholdsspiller.

=== hand-news da
Politi: Indbrud i Kähler Design
Natten til tirsdag blev der stjålet vaser for 40.000 kr. fra Kähler Designs lager i Næstved. Politiet har ingen mistænkte og efterlyser vidner.

=== hand-news da
Musik: Nyt album
⟦Tina Dickow⟧ udgiver nyt album i maj. Pladen er produceret af ⟦Helgi Jonsson⟧, og på sangen "Søren Kierkegaards Plads" synger hun duet med ⟦Marie Key⟧.

=== hand-biz da
Hej ⟦Mikkel⟧
Tak for snakken i dag. Jeg sender tilbuddet på Finn Juhl-sofaerne og Wegner-stolene til receptionen i morgen.
Venlig hilsen
⟦Pia Thorup Madsen⟧
Indkøber, A.P. Møller - Mærsk
pia.thorup.madsen@maersk.com

=== hand-biz da
Referat af bestyrelsesmøde, Boligforeningen Ågården
Til stede: ⟦Henning Due⟧ (formand), ⟦Gitte Ahlmann⟧, ⟦Jamal Chaouch⟧, ⟦Anne Rask⟧
Afbud: ⟦Yvonne Lauritsen⟧
Ref.: MH
1. ⟦Henning⟧ orienterede om taget. 2. ⟦Anne⟧ undersøger priser hos Tømrerfirmaet Ole Bak ApS.

=== hand-biz da
CURRICULUM VITAE
⟦SIMON AAGAARD HVIID⟧
Født 1991, bor i Aalborg
Erfaring: Projektleder hos Kjær & Bonde Rådgivning (2019-), hvor jeg arbejder for ⟦Torben Kjær⟧.
Reference: ⟦Jette Bonde⟧, partner, tlf. efter aftale.

=== hand-biz da
FAKTURA 20417
Anthon Berg A/S, Oddense
Kontaktperson: ⟦Rasmus Hedegaard⟧
Deres ref.: ⟦Line Vinther⟧, indkøb
Leveret: 40 kasser Anthon Berg guldbarrer. Betaling: 30 dage netto.

=== hand-biz da
Kære ⟦Mette Frisk⟧
Vi bekræfter hermed din ansættelse som regnskabsassistent fra 1. april. Din nærmeste leder bliver ⟦Claus Vibe⟧. Kontrakten er underskrevet af ⟦Vibe⟧ og administrerende direktør ⟦Stine Graae⟧.
Med venlig hilsen, Advokatfirmaet Poul Schmith

=== hand-biz da
CRM-note, 14.3.
Ringede til ⟦Ebbe Skovgaard⟧ (indkøbschef, Bilka Tilst). Han vil have demo i uge 14. ⟦Ebbes⟧ kollega ⟦Naja⟧ står for it. Følg op: /TK

=== hand-biz da
Mødeindkaldelse
Emne: Budget 2027
Mødeleder: ⟦Kristoffer Ahlgreen⟧
Deltagere: ⟦Sanne Holt⟧, ⟦Bjarke Munk⟧, ⟦Tanja Rosenkilde⟧
Lokale: Søren Kierkegaard (3. sal)

=== hand-biz da
Autosvar: Jeg er på ferie til og med 22. juli. Ved hastesager kontakt ⟦Lene Thygesen⟧ på lene.thygesen@dsv.dk eller ⟦Ali Hussaini⟧ på ali.hussaini@dsv.dk.
Mvh. ⟦Ole Brask⟧

=== hand-biz da
Fuldmagt
Undertegnede ⟦Inge-Lise Borup⟧ giver hermed min søn ⟦Allan Borup⟧ fuldmagt til at handle på mine vegne over for Danske Bank. Vidner: ⟦Karen Holst⟧ og ⟦Benny Nørgaard⟧.

=== hand-biz da
Ordrebekræftelse, Georg Jensen
Tak for din ordre, ⟦Vibeke⟧. Du har bestilt et Koppel-fad og to Arne Jacobsen-ure. Din sælger var ⟦Hussein Farah⟧.
Georg Jensen A/S, Søndre Fasanvej 7

=== hand-biz da
Referat, Teams-møde 2/9
⟦Jesper⟧: vi mangler tal fra Salling. ⟦Annika Sørensen⟧: de kommer fredag. ⟦Jesper⟧ og ⟦Annika⟧ tager mødet med ⟦Herman⟧ fra Salling Group i næste uge.
Referent: AS

=== hand-biz da
Anbefaling
⟦Malou Strandgaard⟧ var ansat hos os som tømrerlærling 2021-2025. ⟦Malou⟧ er pålidelig og dygtig. Spørgsmål kan rettes til mester ⟦Erik Holmgaard⟧, Holmgaards Tømrerforretning.

=== hand-biz da
Kontrakt, håndværkerydelse
Mellem Vang & Søn VVS ApS og bygherre ⟦Birgitte Laursen⟧, Rosenvænget 12, Horsens. Arbejdet ledes af ⟦Kim Vang⟧. Underskrevet af ⟦B. Laursen⟧ og ⟦K. Vang⟧.

=== hand-biz da
Konkursbo: Restaurant Bjørn
Kurator, advokat ⟦Hanne Kirkeby⟧, oplyser at boet efter Restaurant Bjørn ApS ved Jens Baggesens Vej sælges. Direktør var ⟦Bjørn Falk⟧.

=== hand-biz da
Leverandøroplysninger
Firma: Peter Larsen Kaffe A/S
Kontakt: ⟦Camilla Thorsen⟧, camilla.t@peterlarsenkaffe.dk
Bogholderi: ⟦Per Dybdal⟧
Leverandørnr. 40031

=== hand-mixed da
familien 🏡
mor: husk mormor ⟦ingers⟧ fødselsdag på søndag
⟦kasper⟧: ja ja. tager ⟦sofie⟧ med?
⟦sofie⟧: jeg kommer med ⟦mikkel⟧ 😊
far: og katten Mads skal fodres af ⟦gitte⟧ nabo

=== hand-mixed da
DBA-annonce
Sælger Wegner-stol og en Kay Bojesen-abe. Kan afhentes i Viby. Skriv til ⟦Lasse⟧ eller ring til min kone ⟦Helle⟧ efter kl. 17.

=== hand-mixed da
Facebook-gruppe: Hundeluftere i Fælledparken
⟦Jannie Mølgaard⟧: Er der nogen, der har set en sort labrador? Hun hedder Bella.
⟦Søren K⟧: ⟦jannie⟧ jeg så en ved søerne for 10 min siden
⟦Jannie Mølgaard⟧: tusind tak ⟦søren⟧!!

=== hand-mixed da
Slægtsforskning
Min oldefar ⟦Anders Peter Kvist⟧ (1871-1944) var smed i Gjern. Han blev gift med ⟦Karen Marie⟧, datter af ⟦Jens Nielsen Bjerre⟧. Deres søn ⟦Kristian⟧ udvandrede til Nebraska.

=== hand-mixed da
sms
hej det er ⟦tanja⟧ fra tandlægen. ⟦jonas⟧ har tid torsdag 8.15. svar ja eller nej. mvh klinikken

=== hand-mixed da
Opskrift: Farmors æblekage
Min farmor ⟦Esther⟧ lavede den hver søndag. Onkel ⟦Bent⟧ påstår, at hemmeligheden er rom; min fætter ⟦Lars-Ole⟧ siger kanel.

=== hand-mixed da
Trustpilot
★★★★★ Hurtig levering fra Lauritz.com! ⟦Maria⟧ i kundeservice var super sød. – ⟦Henrik B.⟧, Silkeborg

=== hand-mixed da
Discord #fantasy-fodbold
mads_h skrev: hvem tager I som kaptajn?
⟦thomas⟧: ⟦haaland⟧ selvfølgelig
mads_h: ⟦kjeld⟧ har ⟦salah⟧ lol

=== hand-mixed da
Opslagstavle, Netto Brabrand
Mistet: rød cykel, Kildeparken. Ring til ⟦Ahmad⟧ eller ⟦Fatima⟧. Dusør! Også: Anders And-blade fra 70'erne købes.

=== hand-mixed da
Strava
⟦Christian Kold⟧ løb 21,1 km på Fælledvej. ⟦Pernille Dam⟧ og 12 andre gav kudos. ⟦Pernille⟧: flot, ⟦chris⟧! 🔥

=== hand-mixed da
Skolebesked, Aula
Kære forældre i 3.B. ⟦Lærke⟧ og ⟦Villads⟧ har fødselsdag på fredag. Husk madpakke til turen til Mols. Hilsen ⟦Dorte⟧ og ⟦Ahmed⟧ (lærere)

=== hand-mixed da
Gæstebog, Kaj Munk Præstegården, Vedersø
Sikke et smukt sted. ⟦Munks⟧ prædikener giver mening her. Kærlig hilsen ⟦Åse⟧ og ⟦Jørn Helbo⟧, Randers

=== hand-biz da
Vagtplan uge 12, Plejecenter Solhaven
Mandag: ⟦Tina Bach⟧, ⟦Omar Said⟧, ⟦Lis Mortensen⟧
Tirsdag: ⟦Helle Kamp⟧, ⟦Omar⟧, ⟦Gurli Juul⟧
Nattevagt: ⟦Bo Skaarup⟧ (alle dage)
Ændringer til ⟦Tina⟧ senest torsdag. /LM

=== hand-biz da
Program, Ledertræf 2027, Comwell Kolding
09.00 Velkomst ved ⟦Rikke Falkenberg⟧, adm. direktør
09.30 "Ledelse i krise" – ⟦Jens Otto Holm⟧ og ⟦Nadia Barazi⟧
11.00 Paneldebat med ⟦Kurt Vestergaard Bak⟧, ⟦Sara Lindved⟧ og ⟦Tue Harder⟧
Ordstyrer: ⟦Pia Kjærsgaard Holm⟧ fra Dansk Industri

=== hand-biz da
Hej ⟦Thomas⟧ og ⟦Louise⟧
Jeg har cc'et ⟦Jakob Ravnsborg⟧ (jakob.ravnsborg@ramboll.dk), der overtager efter ⟦Birthe⟧. ⟦Jakobs⟧ første dag er mandag.
Mvh
⟦Lars Winther Dahl⟧
Rambøll, Hannemanns Allé 53

=== hand-biz da
Organisationsdiagram, Økonomi
Økonomichef: ⟦Annette Rye⟧
Regnskab: ⟦Kenneth Bruun⟧, ⟦Lisbet Høgh⟧
Løn: ⟦Yasmin Aziz⟧
Controller: ⟦Mathias Holst-Jensen⟧ (barsel; vikar ⟦Ida Sommer⟧)

=== hand-mixed da
bryllup 💍 bordplan
bord 1: ⟦julie⟧, ⟦magnus⟧, mor og far, farmor ⟦ruth⟧
bord 2: ⟦sebastian⟧, ⟦amalie⟧, ⟦frederikke⟧, ⟦noah⟧
bord 3: ⟦ulla⟧ og ⟦john⟧ fra naboen, ⟦benny⟧
husk ⟦amalies⟧ glutenfri!

=== hand-mixed da
Forældregruppe U11 drenge
⟦Rune Holm⟧: Kørsel til Vejle lørdag?
⟦Maja (mor til Elias)⟧: jeg kan tage ⟦elias⟧, ⟦oscar⟧ og ⟦william⟧
⟦Rune Holm⟧: super, så tager jeg ⟦alfred⟧ og ⟦karl⟧
⟦Tom⟧: ⟦karl⟧ er syg, sorry

=== hand-mixed da
Kommentarer, Facebook
⟦Gitte Hald⟧: Tillykke ⟦Jonna⟧ 🎉
⟦Jonna Petersen⟧: tak søde ⟦gitte⟧ ❤️
⟦Bent Åge Mikkelsen⟧: Tillykke fra os to og ⟦Lisbeth⟧
⟦Jonna Petersen⟧: tusind tak ⟦Bent⟧ og ⟦Lisbeth⟧

=== hand-mixed da
babysitter?
hej er det ⟦emma⟧? det er ⟦line⟧ fra nr. 7, ⟦sofus⟧ og ⟦ella⟧ skal passes fredag. ⟦morten⟧ henter dig kl 18 🙂

=== hand-mixed da
Holdliste, Vinterbadeklubben Isbjørnen
⟦Gunnar⟧ (kaptajn), ⟦Karin Hjorth⟧, ⟦Svend-Erik⟧, ⟦Mona T.⟧, ⟦Jytte Friis⟧, ⟦Bjarne⟧
Frost i morgen, vi mødes kl. 7 ved broen. Medbring kaffe til ⟦Jyttes⟧ fødselsdag!

=== hand-mixed da
Forum, Sol og strand (camping)
Vi var på pladsen med ⟦Henriette⟧ og ⟦Palle⟧ fra Esbjerg. Ejeren ⟦Finn⟧ var sød. Vores børn ⟦Ask⟧ og ⟦Liva⟧ elskede poolen. – ⟦Trine K.⟧
"""
