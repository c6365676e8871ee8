"""More hand-written Danish and Swedish documents for names.jsonl, each in a layout of its own."""

TEXT = r"""
=== hand-signature da
Tak for hjælpen i dag!

Med venlig hilsen / Best regards
⟦Rasmus Skov Thygesen⟧
Senior Account Manager | Nordlys Logistik A/S
M: +45 20 30 40 50 | rst@example.dk
Stedfortræder i ferien: ⟦Trine Aaby⟧
=== hand-signature sv
Ha en fin helg!

Med vänlig hälsning
⟦Pontus af Klercker⟧
Key Account Manager, Bergslagens Måleri AB
Tel: 070-555 12 34 · pontus@example.se
Vid frånvaro kontakta ⟦Ylva de Geer⟧.
=== hand-teams da
⟦Mette Kjærsgaard⟧  10:14
@⟦Ulrik⟧ har du set tilbuddet fra Hansen & Krogh?
⟦Ulrik Brandt⟧  10:16
ja, ⟦Sven⟧ fra deres salgsafdeling ringede i går. Jeg svarer dem i dag
⟦Mette Kjærsgaard⟧  10:17
super, og cc ⟦Ditte⟧
=== hand-teams sv
⟦Johanna Sjölund⟧  14:02
@⟦Erik⟧ kan du ta kundmötet med Lindqvist & Berg i morgon?
⟦Erik Blom⟧  14:05
absolut. ⟦Annika⟧ på deras sida sa att vd:n ⟦Stefan Lindqvist⟧ kommer också
=== hand-hubspot da
"First Name","Last Name","Email","Company","Owner"
"⟦Birgitte⟧","⟦Mørch⟧","bm@example.dk","Mørch Arkitekter","⟦Lars Due⟧"
"⟦Omar⟧","⟦Farah⟧","omar.f@example.dk","Farah Import ApS","⟦Lars Due⟧"
"⟦Sol⟧","⟦Engberg⟧","sol@example.dk","","⟦Mia Holt⟧"
=== hand-salesforce sv
Contact ID,Full Name,Title,Account
003«n:6»,⟦Helena Sundqvist⟧,Inköpschef,Hallands Hem AB
003«n:6»,⟦Linus Berg⟧,VD,Berg & Son Bygg AB
003«n:6»,⟦Tran Van Duc⟧,Lagerchef,Asia Market Väst AB
=== hand-cv da
CURRICULUM VITAE
⟦Natalia Zielińska⟧
Født 1990 i Gdańsk, bosat i Odense siden 2015

Erhverv
2019-nu  Laborant, Novo Nordisk
2015-2019  Produktionsmedarbejder, Lego (leder: ⟦Henrik Dam⟧)

Referencer
⟦Henrik Dam⟧, tlf. 60 70 80 90
⟦Birthe Lillelund⟧, tidl. kollega
=== hand-cv sv
MERITFÖRTECKNING - ⟦Chinedu Okafor⟧
Född 1987 i Lagos, bor i Norrköping sedan 2012.
2018- Systemutvecklare, Holmen AB
2012-2018 Lagerarbetare, Ica Lager (chef: ⟦Ann-Sofie Fors⟧)
Referenser: ⟦Ann-Sofie Fors⟧, ⟦Göran Vik⟧ (mentor)
=== hand-interview da
Jobsamtale, noter (⟦Jakob⟧)
⟦Sebastian⟧ virkede forberedt. Han nævnte ⟦Karin Bonde⟧ som sin tidligere chef hos Danfoss. ⟦Bonde⟧ skulle give en god reference. Næste skridt: ⟦Dorthe⟧ ringer til ham.
=== hand-invite sv
Inbjudan till avtackning
Efter 38 år går ⟦Gun-Britt Lövgren⟧ i pension! Vi samlas i personalrummet fredag kl. 15. Tal av ⟦Anders Rask⟧ och ⟦Gun-Britts⟧ första chef, ⟦Leif Nordin⟧. Insamling till present: Swisha ⟦Maja⟧.
=== hand-invite da
Reception
Efter 25 år som skoleleder siger vi farvel til ⟦Jens Peter Vad⟧. Tale ved ⟦Hanne Kruse⟧ (formand for skolebestyrelsen). ⟦Jens Peters⟧ kone, ⟦Lone⟧, er også inviteret. Gaveindsamling hos ⟦Tina⟧ på kontoret.
=== hand-news da
Retten i Kolding: Tyveri fra byggepladser
To brødre, ⟦Arkadiusz⟧ og ⟦Tomasz Wiśniewski⟧, blev i dag idømt hver seks måneders fængsel for tyveri af værktøj fra byggepladser i Trekantområdet. Anklager ⟦Sten Krogh⟧ fik medhold. Brødrenes forsvarer, ⟦Camilla Lund⟧, overvejer anke.
=== hand-news sv
Prisregn över lokala företag
⟦Nour Khalil⟧, som driver Nours Bageri i Skärholmen, fick årets företagarpris. Juryns ordförande ⟦Björn Dahl⟧ kallade henne "en förebild". Pris för årets nyföretagare gick till ⟦Elias⟧ och ⟦Moa Sand⟧ på cykelverkstaden Sand & Kedja.
=== hand-news da
Navnenyt fra erhvervslivet
⟦Søren Holm Bach⟧ er ansat som økonomidirektør i Arla Foods. Han kommer fra Carlsberg. ⟦Mathilde Vinther⟧ bliver ny HR-chef i Bang & Olufsen efter ⟦Kim Lau⟧, der går på pension.
=== hand-news sv
Utnämningar
⟦Emma Sten⟧ blir ny ekonomichef på Volvo Cars i Torslanda. Hon kommer närmast från Ikea. ⟦Oscar Lönn⟧ efterträder ⟦Per Hägg⟧ som hr-direktör på Clas Ohlson.
=== hand-chat sv
[09:12] ⟦linnea⟧: har nån sett ⟦kalle⟧ idag?
[09:13] ⟦Jimmy⟧: han är hos tandläkaren, kommer efter lunch
[09:14] ⟦linnea⟧: ok tack! säg till ⟦Bosse⟧ att mötet är flyttat
=== hand-chat da
[09:12] ⟦ditte⟧: er ⟦søren⟧ her i dag?
[09:13] ⟦Frank⟧: nej han er på kursus med ⟦Bo⟧ og ⟦Lærke⟧
[09:14] ⟦ditte⟧: ok, så tager jeg det med ⟦Ib⟧
=== hand-list da
Telefonliste, Bogense Vandværk
⟦Aagaard, Henning⟧ - formand - 40 11 22 33
⟦Bak, Jytte⟧ - kasserer - 40 22 33 44
⟦Kristensen, Per Kjær⟧ - driftsleder - 40 33 44 55
⟦Nguyen, Van Long⟧ - vandværkspasser - 40 44 55 66
=== hand-list sv
Telefonlista, Ljungby Vattenverk
⟦Ahlberg, Håkan⟧ - ordförande - 070-111 22 33
⟦Berg, Lotta⟧ - kassör - 070-222 33 44
⟦Dahl, Per-Ove⟧ - driftchef - 070-333 44 55
⟦Ibrahim, Amal⟧ - drifttekniker - 070-444 55 66
=== hand-caption da
Billedtekst: Fra venstre ⟦Kaj Ovesen⟧, ⟦Dorthe Ovesen⟧ og deres barnebarn ⟦Asta⟧ ved indvielsen af den nye legeplads i Kaj Munks Park. Foto: ⟦Mikkel Berg Pedersen⟧
=== hand-caption sv
Bildtext: Från vänster ⟦Gösta Åkerman⟧, ⟦Birgitta Åkerman⟧ och barnbarnet ⟦Iris⟧ vid invigningen av lekplatsen i Astrid Lindgrens park. Foto: ⟦Kalle Berglund⟧
=== hand-agenda da
Dagsorden, bestyrelsesmøde i Foreningen Danske Vandværker
1. Velkomst v/ ⟦Bente Hvid⟧
2. Økonomi v/ ⟦Niels Christian Kamp⟧
3. Oplæg om drikkevand v/ dr. ⟦Anja Riis⟧
4. Eventuelt
=== hand-agenda sv
Dagordning, styrelsemöte Svenskt Vatten Norr
1. Öppnande - ⟦Karin Hed⟧
2. Ekonomi - ⟦Lars-Göran Sjö⟧
3. Föredrag om dricksvatten - ⟦Sanna Ek Lindgren⟧
4. Övriga frågor
=== hand-court sv
Dom, Göta hovrätt, mål B 1234-26
Tilltalad: ⟦Jonny Ström⟧
Målsägande: ⟦Annelie Borg⟧
Ordförande: hovrättsrådet ⟦Magnus Ek⟧
Försvarare: advokaten ⟦Sofia Ring⟧
Protokollförare: ⟦Amir Osmani⟧
=== hand-court da
Retsbog, Retten i Viborg, sag SS 4-1234/2026
Tiltalte: ⟦Brian Storm Nielsen⟧
Dommer: ⟦Helle Lund⟧
Anklager: ⟦Thomas Krag⟧
Forsvarer: advokat ⟦Maja Sand⟧
Vidner: ⟦Jørgen Holm⟧, ⟦Inge Holm⟧
=== hand-obit sv
Vår älskade
⟦Sten Olof Berg⟧
* 12 mars 1941  † 20 november 2026
har lämnat oss i stor sorg och saknad.
⟦Kerstin⟧
⟦Anna⟧ och ⟦Per⟧ med familjer
=== hand-obit da
Vores kære mor, svigermor og farmor
⟦Inger Lise Holm⟧
er sovet stille ind, 89 år.
⟦Bent⟧ og ⟦Susanne⟧, ⟦Lars⟧ og ⟦Mette⟧, børnebørn
Bisættelsen finder sted fra Sankt Knuds Kirke.
=== hand-json sv
{"ticket": 88123, "requester": {"displayName": "⟦Malin Eklund⟧", "email": "malin@example.se"}, "assignee": {"displayName": "⟦Elin Björk⟧"}, "subject": "Försenad leverans"}
=== hand-json da
{"member_id": 4412, "name": {"first": "⟦Asger⟧", "last": "⟦Dyhr⟧"}, "guardian": "⟦Pia Dyhr⟧", "club": "Vejle Bold", "coach": "⟦Thomas Bak⟧"}
=== hand-log sv
2026-11-30 14:02:11 INFO login ok user=⟦Anna Lind⟧ (anna.lind) ip=10.1.2.3
2026-11-30 14:05:40 INFO approved invoice 8812 by ⟦Per Ek⟧
2026-11-30 14:06:02 WARN password reset requested for user=jonas.s
=== hand-markdown da
| Ansvarlig | Opgave | Deadline |
|---|---|---|
| ⟦Hans Bak⟧ | Budget | 1/12 |
| ⟦Lærke Vind⟧ | Pressemeddelelse | 3/12 |
| ⟦Sten⟧ | Lokaler | 5/12 |
"""
