"""Hand-written Swedish name documents (each written once). ``⟦Name⟧`` marks a PERSON span."""

DOCS = """
=== hand-news sv
Ny vd för Gävle Energi
Styrelsen har utsett ⟦Karin Lönn⟧ till ny vd för Gävle Energi. ⟦Lönn⟧ kommer närmast från Mälarenergi och efterträder ⟦Bengt-Åke Sundin⟧, som går i pension efter fjorton år.
– Det känns fantastiskt roligt, säger ⟦Karin Lönn⟧.
=== hand-news sv
Björn sköts i Jämtland
En björn sköts på söndagen efter att ha angripit hundar nära Hammarstrand. Jaktledaren ⟦Björn Ek⟧ säger att björnen var skadad.
=== hand-news sv
Tingsrätten: 29-åring döms för grov stöld
En 29-årig man från Borås döms till ett års fängelse för grov stöld. Åklagare ⟦Malin Hedberg⟧ hade yrkat på ett och ett halvt år. Försvararen ⟦Gustaf af Klint⟧ överväger att överklaga.
=== hand-news sv
Fotboll: Djurgården vann derbyt
⟦Love Sandberg⟧ gav Djurgården ledningen redan i tredje minuten innan AIK:s ⟦Kwame Mensah⟧ kvitterade. Segermålet gjorde inhopparen ⟦Måns Ek⟧ på övertid. ⟦Sandbergs⟧ mål var hans sjätte för säsongen.
=== hand-news sv
Dödsfall
Förre rektorn ⟦Sten Lindqvist⟧, Visby, har avlidit, 89 år gammal. ⟦Sten Lindqvist⟧ ledde Solbergaskolan i trettio år. Han sörjs närmast av hustrun ⟦Gun⟧ och tre barn.
=== hand-news sv
Konst: Ny utställning på Bohusläns museum
Bohusläns museum visar från lördag verk av ⟦Thanh Huong Le⟧, född i Hanoi och bosatt i Uddevalla. Utställningen är curerad av ⟦Per-Olof Stål⟧.
=== hand-news sv
Näringsliv: Ny ägare till Bageri Ekström
Bageri Ekström AB har sålts till ⟦Vide Holmgren⟧, som redan driver två bagerier i Norrköping. Tidigare ägaren ⟦Lars Ekström⟧ slutar vid årsskiftet.
=== hand-news sv
Val: Ny kommunstyrelseordförande i Kalix
⟦Linnea Wiklund⟧ (S) valdes på onsdagen till kommunstyrelsens ordförande i Kalix. ⟦Wiklund⟧ efterträder ⟦Tommy Nyström⟧. Förste vice ordförande blir ⟦Dag Öhman⟧ (M).
=== hand-news sv
Landslagsplats för Örebrotjej
⟦Klara Strand⟧, 16, från Örebro fick i går klara besked: hon är uttagen till juniorlandslaget i skidskytte. ⟦Strands⟧ tränare ⟦Hjalmar Berg⟧ är inte förvånad.
=== hand-news sv
Kort om Skellefteå
Polisen söker vittnen till en trafikolycka på E4 på måndagsmorgonen. Kontakta yttre befäl ⟦Sara Falk⟧.
Röda Korset samlade in 41 000 kronor vid julmarknaden.
⟦Anders Lo⟧ är ny ordförande i Skellefteå Företagarförening.
=== hand-news sv
Porträtt: Från Asmara till Arvika
⟦Yonas Tesfaye⟧ kom till Sverige som 16-åring. I dag driver han ett åkeri med tolv lastbilar. – Min pappa ⟦Tesfay⟧ sa alltid att man ska ta hand om sina kunder, säger ⟦Yonas⟧.
=== hand-news sv
Augustpriset till debutant
Årets Augustpris i den skönlitterära klassen går till ⟦Saga Vinge⟧ för romanen Vintervägen. Priset delas ut på Konserthuset av juryns ordförande ⟦Ulf Grip⟧.
=== hand-news sv
Bo i Norrland? Det vill familjen ⟦Sjöberg⟧
⟦Bo Sjöberg⟧ och hans fru ⟦Vilja Sjöberg⟧ flyttar från Solna till Sundsvall. – Vi vill bo nära skogen, säger ⟦Bo⟧. ⟦Vilja⟧ har fått jobb på Sundsvalls sjukhus.
=== hand-news sv
UTNÄMNING: ⟦ÅSA RUNESSON⟧ BLIR NY LANDSHÖVDING
⟦Åsa Runesson⟧, 58, blir ny landshövding i Jämtlands län från den 1 mars.
=== hand-news sv
Minnesord
⟦Märta Jul⟧ har somnat in. Hon drev Jul & Söner Bokhandel i Ystad i fyrtio år, och julen var hennes högtid. ⟦Märtas⟧ dotter ⟦Tuva Jul⟧ tog över butiken 2015.
=== hand-news sv
Hovrätten friar lantbrukare
Lantbrukaren ⟦Nils-Gunnar Hed⟧ från Sala friades i går i hovrätten. Rådmannen ⟦Birgitta Krantz⟧ konstaterade att ⟦Hed⟧ inte kunde lastas för olyckan.
=== hand-news sv
Ny kyrkoherde i Tierp
⟦Stina Vall⟧ har utsetts till kyrkoherde i Tierps pastorat. Hon efterträder ⟦Göran Åhlund-Berg⟧ som går i pension.
=== hand-news sv
Ministern besökte Sandviken
Näringsministern ⟦Eva-Lotta Nord⟧ besökte i måndags Sandvik Coromant. Platschefen ⟦Rolf Ask⟧ visade runt. – Vi behöver fler svetsare, sa ⟦Ask⟧.
=== hand-news sv
Hockey: Luleå vann mot Frölunda
⟦Nore Ström⟧ gjorde två mål när Luleå vann med 4–2. Målvakten ⟦Sixten Hagberg⟧ räddade 31 skott. Frölundas ⟦Jonathan O'Brien⟧ fick matchstraff.
=== hand-news sv
Gislaved: ⟦Lejla Hadžić⟧ hyllas för sitt arbete
Årets eldsjälspris i Gislaved går till ⟦Lejla Hadžić⟧, som startat läxhjälp för nyanlända. Priset delas ut av kommunalrådet ⟦Christer Ek⟧.
=== hand-biz sv
Från: ⟦Johan Falk⟧ <johan.falk@falkbygg.example>
Till: ⟦Sara Öhrn⟧ <sara.ohrn@hsb.example>
Ämne: Offert stambyte

Hej ⟦Sara⟧!
Tack för ett bra möte igår. Som utlovat skickar jag offerten. ⟦Petra⟧ på vårt kontor hör av sig om tidplanen.

Med vänliga hälsningar
⟦Johan Falk⟧
Falk Bygg AB
=== hand-biz sv
Protokoll styrelsemöte Brf Granen 2026-11-24
Närvarande: ⟦Ulla Vinter⟧ (ordf.), ⟦Per Sten⟧, ⟦Hanna Dal⟧, ⟦Lars-Erik Storm⟧
Frånvarande: ⟦Liv Sköld⟧
Sekreterare: ⟦Per Sten⟧
§1 ⟦Ulla⟧ öppnade mötet.
§2 ⟦Lars-Erik⟧ redovisade budgeten.
§3 Per capita blir avgiftshöjningen 210 kr; ⟦Hanna⟧ informerar medlemmarna.
=== hand-biz sv
ANSTÄLLNINGSAVTAL
Mellan Nordström Konsult AB (arbetsgivaren) och
⟦ELSA MARIA WESTER⟧ (arbetstagaren)
Närmaste chef är ⟦Jonas Berglund⟧.
Underskrifter:
_____________ ⟦Jonas Berglund⟧       _____________ ⟦Elsa Maria Wester⟧
=== hand-biz sv
Hej alla!
Vi välkomnar ⟦Chukwuemeka Obi⟧ som börjar på ekonomi på måndag. ⟦Emeka⟧, som han kallas, kommer från Volvo. Ta väl hand om honom!
/⟦Therese⟧
=== hand-biz sv
Schema vecka 49
Mån: ⟦Alva⟧, ⟦Sten⟧
Tis: ⟦Omar⟧, ⟦Liv⟧
Ons: ⟦Sten⟧, ⟦Love⟧
Tors: ⟦Alva⟧, ⟦Bo⟧
Fre: Stängt (inventering)
=== hand-biz sv
Telefonlista - ekonomi
⟦Ahlström, Tina⟧      ankn. 212
⟦Berg, Carl-Johan⟧    ankn. 215
⟦Pham, Minh Chau⟧     ankn. 219
⟦de la Cruz, Sofia⟧   ankn. 220
=== hand-biz sv
Hej ⟦Lotta⟧!
Kan du be ⟦Nils⟧ skicka ⟦Hans Lindgrens⟧ avtal till ⟦Torbjörn⟧? Han behöver det före fredag. ⟦Torbjörns⟧ assistent är på semester.
/⟦Maria⟧
=== hand-biz sv
Pressmeddelande
IKEA utser ⟦Karolina Ros⟧ till designchef. ⟦Karolina Ros⟧ har tidigare arbetat på Svenskt Tenn och Orrefors. – Vi är glada att få in ⟦Karolina⟧, säger vd ⟦Henrik Alm⟧.
=== hand-biz sv
Mötesinbjudan
Ämne: Uppstart med kunden
Deltagare: ⟦Peter Holm⟧; ⟦Anna Skog⟧; ⟦Farhad Karimi⟧; ⟦Lo Mattsson⟧
Plats: Rum Astrid Lindgren, plan 3
=== hand-biz sv
Årsredovisning 2025 - Styrelse och ledning
Styrelse: ⟦Birgitta Ek⟧ (ordf.), ⟦Jan-Olof Dahl⟧ (vice ordf.), ⟦Hodan Warsame⟧, ⟦Lars Ravn⟧
Vd: ⟦Kristoffer Lind⟧
Revisor: Öhrlings PricewaterhouseCoopers AB, huvudansvarig ⟦Maria Sjöholm⟧
=== hand-biz sv
Hej ⟦Kaj⟧!
Tack för hjälpen med flytten. Jag har lämnat nycklarna hos ⟦Birgit⟧ i receptionen.
Många hälsningar
⟦Gunilla⟧
=== hand-biz sv
[09:02] ⟦lisa⟧: god morgon! är ⟦erik⟧ här idag?
[09:03] ⟦Erik Lindh⟧: jag är här 🙂
[09:03] ⟦lisa⟧: toppen, kan du kolla ⟦Majas⟧ faktura?
[09:05] @johanna_s: jag tar den, ⟦Erik⟧
=== hand-biz sv
Hej ⟦Allan⟧!
Jag har pratat med din chef ⟦Vera Kamp⟧ och hon godkänner att du går kursen på Berghs. ⟦Vera⟧ vill bara ha en kopia av anmälan.
/⟦Rebecka⟧
=== hand-biz sv
FULLMAKT
Undertecknad ⟦MATS PETER JUHLIN⟧ ger härmed ⟦KARIN JUHLIN⟧ fullmakt att hämta ut brev och paket för min räkning.
=== hand-biz sv
Kopia: ⟦Jan Ravn⟧; ⟦Sebastian Tall⟧; ekonomi@bolaget.example; ⟦Gustaf von Platen⟧
=== hand-biz sv
Förslag till jubileumsgåva
⟦Sven Ivar Holm⟧ har 25-årsjubileum den 1 februar. ⟦Ivar⟧, som alla kallar honom, har jobbat på lagret sedan 2001. Gåvan samordnas av ⟦Yvonne⟧.
=== hand-biz sv
Hej ⟦Mark⟧, kan du markera raderna som ⟦Vilja⟧ har ändrat? Om du vill och hinner, alltså.
=== hand-biz sv
Gästlista julbord
1. ⟦Per⟧ (per bord 8)
2. ⟦Inga-Lill Abdi⟧
3. ⟦Mohammed Al-Hassan⟧
4. ⟦Siv⟧ + sällskap
=== hand-biz sv
Från: ⟦Hanna Brun⟧
Skickat: den 27 november 2026 08:14
Till: ⟦Kristian Holm⟧
Ämne: SV: Nycklar

Hej ⟦Kristian⟧, ⟦Måns⟧ har nycklarna. /⟦Hanna⟧
=== hand-biz sv
Med vänliga hälsningar / Kind regards

⟦Jesper Åberg⟧
Key Account Manager
Sandvik AB
=== hand-biz sv
⟦Peter Dahl⟧ och hans fru ⟦Ruth⟧ bjuder in till silverbröllop på Grand Hôtel i Stockholm.
=== hand-biz sv
Att göra
- JBL: beställa stolar
- ⟦Torbjörn⟧: ringa Bang & Olufsen om service
- ⟦Fia⟧ och ⟦Ellen⟧: julkort
- Alla: tidrapportering
=== hand-biz sv
Hej ⟦Ronja⟧!
Vi bekräftar din tid hos tandläkare ⟦Sören Kask⟧ på tisdag kl. 9.30. Avboka senast dagen innan.
Vänliga hälsningar ⟦Pia⟧, Folktandvården Ekeby
=== hand-biz sv
Kära kollegor,
⟦Jamal⟧ och jag har gått igenom Carl Larssons väg-projektet. ⟦Jamal Said⟧ tar över ansvaret från januari; jag finns kvar som stöd.
/⟦Lotta Björk⟧
=== hand-biz sv
Lista över kontaktpersoner hos kunden:
⟦Ekholm⟧ (inköp), ⟦Fält⟧ (ekonomi), ⟦Grip⟧ (IT)
Ring helst ⟦Ekholm⟧ först.
=== hand-biz sv
Hej! Det här är ⟦Stig⟧ från Ekonomi. Jag tog stigen genom parken i morse och tappade mitt passerkort – har någon sett det? /⟦Stig Hallberg⟧
"""
