"""Hand-written Swedish news and business documents for names.jsonl (v7): every person's name is ⟦marked⟧."""

TEXT = r"""
=== news sv
Ny hamnkapten i Strömstad
⟦Dag Strand⟧, 48, blir ny hamnkapten i Strömstad. Han har tidigare varit befälhavare på färjan till Sandefjord. "Det blir en ny dag på jobbet varje dag," säger ⟦Strand⟧. Han efterträder ⟦Gunnel Vik⟧, som går i pension efter 22 år.
=== news sv
Tingsrätten: Hotellgäst dömd för bedrägeri
En 37-årig man från Trollhättan döms till villkorlig dom för att ha checkat ut utan att betala på fyra hotell. Rådman ⟦Eva Sjöberg⟧ skriver att mannen "visat ett mönster". Hans försvarare ⟦Love Lindqvist⟧ har inte bestämt om domen ska överklagas.
=== news sv
Kronofogden slog till mot kändiskrog
Kronofogden har utmätt inventarier hos restaurangen Stureplan Sjö. Ägaren ⟦Måns Falk⟧ säger att skulden redan är betald. Enligt Kronofogdens presstalesperson ⟦Sten Hjort⟧ gäller det 1,2 miljoner kronor.
=== news sv
Dödsruna: ⟦Ingrid Maria Berglund⟧
⟦Ingrid Berglund⟧, Östersund, har avlidit i en ålder av 94 år. Hon var under många år ordförande i Sveriges Pensionärsförbunds lokalavdelning. Hon sörjs närmast av barnen ⟦Björn⟧ och ⟦Lilja⟧ med familjer. ⟦Ingrids⟧ stora intresse var fjällvandring.
=== news sv
Rekordmånga vill bli samiska lärare
⟦Nils-Anders Kuhmunen⟧ från Gällivare är en av 40 studenter på den nya lärarutbildningen. "Min mormor ⟦Elle⟧ lärde mig joika," säger han. Programansvarig ⟦Marja Partapuoli⟧ är glad över intresset.
=== news sv
Fotboll: ⟦Isak⟧ räddade Hammarby
Hammarby vann med 1-0 mot AIK efter ett sent mål av ⟦Isak Kinde⟧. Tränaren ⟦Kalle Lindroth⟧ hyllade 19-åringen: "⟦Isak⟧ är vår framtid."
=== news sv
Lantmäteriet försenat: ⟦Olof Nilssons⟧ dödsbo väntar på beslut
Sedan två år väntar dödsboet efter lantbrukaren ⟦Olof Nilsson⟧ på en fastighetsreglering. Dottern ⟦Karin Nilsson Ek⟧ är trött. "Pappa hade velat se det avslutat," säger hon. Lantmäteriets ⟦Sara Berg⟧ beklagar förseningen.
=== news sv
Mönstring: ⟦Alva⟧, 18, vill bli pilot
⟦Alva Sundqvist⟧ från Skellefteå gjorde mönstringen i Kristinehamn i veckan. Hon drömmer om att flyga JAS. "Min pappa ⟦Ulf⟧ var stridspilot," berättar hon. Mönstringsledaren ⟦Tor Malm⟧ säger att intresset ökat.
=== news sv
Konsert med ⟦Saga⟧ och ⟦Sol⟧
Systrarna ⟦Saga⟧ och ⟦Sol Lindahl⟧ spelar i Uppsala domkyrka på lördag. Programmet innehåller ⟦Bachs⟧ Goldbergvariationer och ny musik av ⟦Britta Bylund⟧. Dag och tid: lördag kl. 18.
=== news sv
Sjöräddare hedras
Sjöräddningssällskapets frivilliga ⟦Per-Olof Svan⟧ och ⟦Linnea Ros⟧ får årets hjältepris. De räddade tre personer från en sjunkande segelbåt utanför Marstrand i storm i augusti.
=== news sv
Familjen ⟦Goldberg⟧ öppnar bageri i Malmö
⟦David⟧ och ⟦Rebecka Goldberg⟧ har öppnat ett judiskt bageri på Möllan. Det första som tog slut var ⟦Rebeckas⟧ kanelbullar. Kommunalrådet ⟦Frida Trollberg⟧ klippte bandet.
=== news sv
Skolplattformen kritiseras igen
Föräldern ⟦Anneli Berg⟧ har fått fel schema för sin dotter tre gånger. "Det är inte klokt," säger hon. Utbildningsborgarrådet ⟦Isabel Strandberg-Palm⟧ lovar en ny app.
=== news sv
Björn sågs i Sollefteå
En björn har setts vid Storgatan i Sollefteå. Polisen uppmanar allmänheten att hålla sig undan. "Det är ovanligt," säger jägaren ⟦Björn Ek⟧, som inte har något med saken att göra trots namnet.
=== news sv
Hotellkung säljer
⟦Petter Stormyr⟧ säljer två hotell i Göteborg till investmentbolaget Ljung & Co. Köpets storlek har inte avslöjats. Nordkap Hotels vd ⟦Torgeir Sæther⟧ bekräftar affären.
=== news sv
Idrott: ⟦Sara Strand⟧ tog guld
⟦Strand⟧ från IFK Umeå vann 800 meter på SM med tiden 2.01,44. Tvåa kom ⟦Hanna Hjort⟧ och trea ⟦Fatima Warsame⟧. "Jag tänkte på mamma ⟦Agneta⟧ hela sista varvet," säger ⟦Sara Strand⟧.
=== news sv
Ny kyrkoherde i Masthugget
⟦Henrik Lax⟧ blir ny kyrkoherde i Masthuggets församling. Han efterträder ⟦Kristina Gran⟧. ⟦Lax⟧ kommer närmast från Svenska kyrkan i Bryssel.
=== news sv
Vårdnadstvist i tingsrätten
Tingsrätten i Uddevalla har gett ⟦Jenny Ahlberg⟧ ensam vårdnad om sonen. Pappan, ⟦Mattias Ahlberg⟧, får umgänge varannan helg. Nämndemännen ⟦Stig Holm⟧ och ⟦Ylva Björk⟧ var eniga.
=== news sv
Fiskare kräver svar
Yrkesfiskaren ⟦Tommy Karlsson⟧ i Smögen har inte fått svar från Havs- och vattenmyndigheten på sex månader. Myndighetens ⟦Johanna Falk⟧ säger att handläggningstiden är lång. Riksdagsledamoten ⟦Magnus Ottosson⟧ har ställt en fråga.
=== business sv
Hej ⟦Kicki⟧!
Tack för senast. Jag har pratat med ⟦Maria Holmgren⟧ om fackavgiften, och hon vill att avdraget ändras från december. ⟦Marias⟧ nya medlemsnummer skickar hon själv. ⟦Jonas⟧ på lönen är informerad.
Hälsningar
⟦Elin Åberg⟧
Löneadministratör
=== business sv
Protokoll, styrelsemöte BRF Linnéan 14
Närvarande: ⟦Kim Lindqvist⟧ (ordf.), ⟦Sara Wik⟧, ⟦Gösta Palm⟧, ⟦Alice Öberg⟧
Frånvarande: ⟦Lennart Frost⟧
§ 3 ⟦Gösta⟧ redovisade ekonomin.
§ 4 ⟦Alice⟧ tar kontakt med Fastighetsbyrån om värderingen.
=== business sv
Till alla på lagret
Vi säger välkommen till ⟦Dmytro Kovalenko⟧ och ⟦Aino Kallio⟧ som börjar på måndag. ⟦Dmytro⟧ kommer att jobba med ⟦Roger⟧ på godsmottagningen och ⟦Aino⟧ med ⟦Fatima⟧ på returer.
/⟦Kent Viklund⟧, lagerchef
=== business sv
-----Ursprungligt meddelande-----
Från: ⟦Petra Sandberg⟧ <petra.sandberg@telia.com>
Skickat: den 27 november 2026 16:02
Till: Intrum Kundservice <kundservice@intrum.se>
Ämne: Ärende 44120981

Hej. Jag har redan betalat till Kronofogden. Kan ni kontakta ⟦Lisa⟧ på ert kontor som jag pratade med i tisdags?
Mvh ⟦Petra Sandberg⟧
=== business sv
Dagordning, årsmöte Sportfiskarna Östersund
1. Val av ordförande för mötet (förslag: ⟦Bengt Olofsson⟧)
2. Val av sekreterare (förslag: ⟦Vera Hedlund⟧)
3. Verksamhetsberättelse (⟦Leif Dahl⟧)
4. Fiskevårdsplan, föredragande ⟦Greta Sand⟧
=== business sv
Hej ⟦Annika⟧,
Bouppteckningen är klar. ⟦Lasse⟧ och jag har skrivit under. Förrättningsman var ⟦Ulf Bergkvist⟧ från Familjerättsbyrån, och ⟦Bertil⟧ var med som make. Skicka den till Skatteverket inom en månad.
Kram ⟦Johanna⟧
=== business sv
Anteckning i Lifecare, 2026-11-29
Besök hos ⟦Margareta Öberg⟧ 07:40. ⟦Margareta⟧ var pigg. Sonen ⟦Gunnar⟧ hade varit där kvällen innan. Nästa besök ⟦Sara N.⟧ kl 12.
Signerat: ⟦Yvonne Strand⟧, undersköterska
=== business sv
NAMN               AVDELNING     ANKNYTNING
⟦LUNDQVIST, STINA⟧  Ekonomi       4410
⟦SJÖGREN, NILS⟧     IT            4411
⟦AL-SAYED, NOUR⟧    Reception     4412
⟦BLOM, JESSICA⟧     Lager         4413
=== business sv
Köpekontrakt, bostadsrätt
Säljare: dödsboet efter ⟦Gösta Blom⟧, genom ⟦Annika Blom⟧
Köpare: ⟦Kim Lindqvist⟧ och ⟦Sara Wik⟧
Mäklare: ⟦Oskar Hjort⟧, Fastighetsbyrån Västerås
=== business sv
Hej ⟦Stina⟧! Kan du lägga till ⟦Hugo⟧ och ⟦Tuva⟧ i Teams-kanalen "Projekt Elstöd"? ⟦Klara⟧ har redan behörighet. Tack! /⟦Wilhelm⟧
=== business sv
Välkommen ⟦Tesfaye Gebremariam⟧ till ekonomiavdelningen! ⟦Tesfaye⟧ har tidigare arbetat på Skatteverket och pratar svenska, tigrinja och engelska. Hans mentor blir ⟦Ulrika Sand⟧.
=== business sv
Underskrifter:
⟦Inga-Lill Fors⟧
Bevittnas av:
⟦Åsa Wallin⟧, Mora      ⟦Viktor Engström⟧, Mora
=== business sv
Minnesanteckningar från föräldramötet, klass 7B (Skolplattformen)
Närvarande: mentor ⟦Ebba Lind⟧, 12 vårdnadshavare.
⟦Omar Haddad⟧ föreslog en klassresa. ⟦Anneli⟧ (mamma till ⟦Wilma⟧) och ⟦Petra⟧ tar fram förslag. ⟦Elias⟧ är ny i klassen.
=== business sv
Tjänsteanteckning, socialtjänsten
Samtal med ⟦Claes Lindgren⟧ angående modern ⟦Barbro Lindgren⟧. ⟦Claes⟧ är missnöjd med äldreboendet Solrosen. Enhetschef ⟦Helena Törnqvist⟧ kontaktas.
=== business sv
Faktura 20261187
Kund: Mälardalens Städ AB, att: ⟦Camilla Danielsson⟧
Vår referens: ⟦Olle Magnusson⟧
Er referens: ⟦Camilla D⟧
=== business sv
Hej alla!
⟦Love⟧ har fyllt år och bjuder på tårta i fikarummet kl 15. ⟦Linnea⟧ och ⟦Axel⟧ har fixat presenten. Och grattis även till ⟦Viking⟧ som blev pappa i helgen!
/⟦Malin⟧
=== business sv
Lista över dödsbodelägare
1. ⟦Bertil Strand⟧, make
2. ⟦Annika Strand Wall⟧, dotter
3. ⟦Lars Strand⟧, son
Förrättningsmän: ⟦Ulf Bergkvist⟧, ⟦Eva Ljung⟧
=== business sv
Protokoll, fackklubben IF Metall Verkstads AB
Närvarande: ⟦Roger Lindh⟧, ⟦Kent Ek⟧, ⟦Fatima Hassan⟧. ⟦Roger⟧ redovisade förhandlingen om uppsägningarna. ⟦Kent⟧ skickar protokollet till avdelningen.
=== trap sv
Bo i Sverige: Du behöver ett personnummer för att öppna bankkonto. Per den 1 januari höjs avgiften. Dag för dag blir det kallare, och snart kommer frosten.
=== trap sv
Vi ses vid Ek-gården i Lund! Sten och grus läggs på gångvägen. Björk, gran och tall planteras längs stranden. Sol och vind hela helgen, enligt SMHI.
=== trap sv
Möte i rummet "Selma Lagerlöf" på plan 3. Lunch på Restaurang Carl Larsson. Vi tar Birger Jarlsgatan hem. Nobelmuseet har öppet till 20.
=== news sv
Ny vd för Västkust Rederi
Styrelsen har utsett ⟦Mats Erlandsson⟧ till ny vd. Han var tidigare befälhavare på M/S Birka Nordic. Avgående vd ⟦Helena Sundin⟧ blir styrelseordförande. "⟦Mats⟧ känner båtarna bättre än någon," säger ⟦Sundin⟧.
=== news sv
Adopterad hittade sin familj
⟦Sofia Ljung⟧ adopterades från Colombia 1989. I år träffade hon sin biologiska mamma, ⟦María Fernanda López⟧, i Medellín. "Mina föräldrar ⟦Fredrik⟧ och ⟦Hanna⟧ följde med," säger ⟦Sofia⟧.
=== news sv
Namnbyte blev viral succé
⟦Linnea Pettersson⟧ bytte efternamn och fick tusentals gillamarkeringar. "Jag ville ha ett eget namn," säger ⟦Linnea Ljungqvist⟧, som hon heter nu.
=== business sv
Hej ⟦Zhang Wei⟧ och ⟦Nguyen Thi Lan⟧!
Välkomna till labbet. ⟦Lan⟧ sitter i rum 214 och ⟦Zhang⟧ i rum 216. Er handledare är ⟦Per Eriksson⟧. Fråga ⟦Per⟧ om nycklar.
/⟦Karin⟧
"""
