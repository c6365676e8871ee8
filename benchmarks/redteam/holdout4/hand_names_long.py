"""Longer hand-written name documents: full articles and minutes (each written once)."""

DOCS = """
=== hand-long-news da
Lokalt ejet Brugs får ny uddeler efter 27 år
Da ⟦Grethe Skovgaard⟧ i 1999 overtog Dagli'Brugsen i Tarp, var der syv ansatte. I dag er der 23. Nu stopper hun, og fra 1. januar overtager ⟦Mikkel Damsgaard⟧ butikken.
- Det har været et fantastisk arbejde, men nu vil jeg have tid til børnebørnene, siger ⟦Grethe Skovgaard⟧, der fylder 66 i januar.
⟦Mikkel Damsgaard⟧, der er 34 år, kommer fra en stilling som souschef i SuperBrugsen i Varde. Han er opvokset i Tarp og spillede i sin tid fodbold i Tarp IF under træner ⟦Finn Lauridsen⟧ - som i øvrigt var ⟦Grethes⟧ mand.
- ⟦Finn⟧ råbte meget, men vi vandt også meget, griner ⟦Damsgaard⟧.
Bestyrelsesformand ⟦Anne-Mette Lund⟧ er glad for valget:
- ⟦Mikkel⟧ kender byen og kunderne. Vi fik 14 ansøgere, og han var den klare førstevalg, siger hun.
Der holdes afskedsreception for ⟦Grethe Skovgaard⟧ fredag den 19. december kl. 14-16 i butikken. Alle er velkomne. Underholdningen står Tarp Spillemænd for, og der er kage fra Tarp Bageri.
=== hand-long-news sv
Lanthandeln i Stöde får ny föreståndare efter 27 år
När ⟦Gunilla Skog⟧ tog över Ica Nära i Stöde 1999 hade butiken sju anställda. I dag är de 23. Nu slutar hon, och från den 1 januari tar ⟦Mikael Dahlgren⟧ över.
– Det har varit ett fantastiskt jobb, men nu vill jag ha tid med barnbarnen, säger ⟦Gunilla Skog⟧, som fyller 66 i januari.
⟦Mikael Dahlgren⟧, 34, kommer närmast från en tjänst som biträdande butikschef på Ica Maxi i Sundsvall. Han växte upp i Stöde och spelade fotboll i Stöde IF under tränaren ⟦Folke Lindström⟧ – som för övrigt är ⟦Gunillas⟧ man.
– ⟦Folke⟧ skrek mycket, men vi vann också mycket, skrattar ⟦Dahlgren⟧.
Styrelseordförande ⟦Ann-Marie Lund⟧ är nöjd med valet:
– ⟦Mikael⟧ känner byn och kunderna. Vi fick fjorton sökande och han var det självklara förstavalet, säger hon.
Det blir avtackning för ⟦Gunilla Skog⟧ fredagen den 19 december kl. 14–16 i butiken. Alla är välkomna. Stöde spelmanslag spelar och det bjuds på tårta från Konditori Hedlund.
=== hand-long-minutes da
Referat af generalforsamling i Grundejerforeningen Egebakken, 26. november 2026
Til stede: 31 medlemmer. Dirigent: ⟦Jørgen Ravnholt⟧. Referent: ⟦Susanne Ehlers⟧.

1. Valg af dirigent: ⟦Jørgen Ravnholt⟧ blev valgt og konstaterede, at generalforsamlingen var lovligt indkaldt.
2. Bestyrelsens beretning: Formand ⟦Niels Aage Bruun⟧ fortalte om årets vejarbejde. Der blev takket for indsatsen til ⟦Bent Holm⟧ og ⟦Kim Sørensen⟧, som har ryddet sne hele vinteren. ⟦Kim⟧ fik overrakt en flaske rødvin.
3. Regnskab: Kasserer ⟦Aylin Demir⟧ gennemgik regnskabet. Revisor ⟦Poul Krogh⟧ havde ingen bemærkninger.
4. Indkomne forslag: Forslag fra ⟦Lise⟧ og ⟦Ole Vestergaard⟧ (nr. 14) om vejbump blev nedstemt med 12 mod 19 stemmer.
5. Valg: ⟦Aylin Demir⟧ og ⟦Mette Bang⟧ blev genvalgt. Nyvalgt blev ⟦Tobias Frost⟧. Suppleant: ⟦Ib Sand⟧.
6. Eventuelt: ⟦Ole Vestergaard⟧ foreslog fælles juletræ på pladsen. ⟦Bruun⟧ lovede at tage det op i bestyrelsen.
=== hand-long-minutes sv
Protokoll fört vid årsstämma i Samfällighetsföreningen Ekbacken, 26 november 2026
Närvarande: 31 medlemmar. Ordförande för stämman: ⟦Jörgen Ramstedt⟧. Sekreterare: ⟦Susanne Ehn⟧.

§1 Val av stämmoordförande: ⟦Jörgen Ramstedt⟧ valdes och konstaterade att stämman var behörigen kallad.
§2 Styrelsens berättelse: Ordförande ⟦Nils-Åke Brunberg⟧ berättade om årets vägarbeten. Stämman tackade ⟦Bengt Holm⟧ och ⟦Kim Sundberg⟧ som skottat snö hela vintern. ⟦Kim⟧ fick en flaska vin.
§3 Ekonomi: Kassören ⟦Aylin Demir⟧ redovisade räkenskaperna. Revisorn ⟦Paul Krook⟧ hade inga anmärkningar.
§4 Motioner: Motionen från ⟦Lisa⟧ och ⟦Olle Wester⟧ (nr 14) om farthinder avslogs med 12 röster mot 19.
§5 Val: ⟦Aylin Demir⟧ och ⟦Maja Bång⟧ omvaldes. Nyvald blev ⟦Tobias Frost⟧. Suppleant: ⟦Ivar Sand⟧.
§6 Övrigt: ⟦Olle Wester⟧ föreslog en gemensam julgran på torget. ⟦Brunberg⟧ lovade att ta upp det i styrelsen.
=== hand-long-biz da
Fra: ⟦Camilla Bisgaard⟧
Til: ⟦Thomas Riis⟧; ⟦Hanne Lykke⟧
Cc: ⟦Erik Storm⟧
Emne: Overdragelse af kunder ved årsskiftet

Hej ⟦Thomas⟧ og ⟦Hanne⟧
Som I ved, går ⟦Erik⟧ på pension 31. december. Vi har fordelt hans kunder sådan:
- Storm Byg ApS og Hotel Kong Arthur: ⟦Thomas⟧
- Møller & Søn, Kirsten Holm Tandklinik og Bager Ravn: ⟦Hanne⟧
- Novo Nordisk-kontrakten beholder jeg selv indtil videre.
⟦Erik⟧ holder overdragelsesmøder med jer i uge 50. ⟦Eriks⟧ kalender er åben for booking.
Hvis der er spørgsmål fra kunderne, så henvis til mig eller ⟦Jacob⟧ i receptionen.
Venlig hilsen
⟦Camilla⟧
=== hand-long-biz sv
Från: ⟦Kamilla Berglund⟧
Till: ⟦Tomas Rask⟧; ⟦Hanna Lykke⟧
Kopia: ⟦Erik Storm⟧
Ämne: Överlämning av kunder vid årsskiftet

Hej ⟦Tomas⟧ och ⟦Hanna⟧!
Som ni vet går ⟦Erik⟧ i pension den 31 december. Vi har fördelat hans kunder så här:
- Storm Bygg AB och Hotell Kung Carl: ⟦Tomas⟧
- Persson & Son, Kerstin Holms Tandvård och Bageri Ravn: ⟦Hanna⟧
- Volvo-avtalet behåller jag själv tills vidare.
⟦Erik⟧ håller överlämningsmöten med er vecka 50. ⟦Eriks⟧ kalender är öppen för bokning.
Om kunderna har frågor, hänvisa till mig eller ⟦Jakob⟧ i receptionen.
Vänliga hälsningar
⟦Kamilla⟧
"""
