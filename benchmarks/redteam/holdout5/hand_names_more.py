"""Short hand-written Danish and Swedish texts for the v5 name hold-out: briefs, signatures, headers, lines."""

BANK = r"""
=== hand-brief da
Odense: ⟦P|Nguyen Van Long⟧, der ejer restauranten Pho Fyn, er kåret som årets iværksætter af Erhverv Fyn.

=== hand-brief da
Esbjerg: Havnedirektør ⟦P|Preben Jul Holst⟧ fortsætter, selv om bestyrelsen har været uenig. ⟦P|Jul Holst⟧ har været direktør siden 2021.

=== hand-brief da
Til sommer åbner Sommers Is i Grenaa. Bag isbutikken står ⟦P|Emil Sommer⟧ og ⟦P|Laura Krog⟧.

=== hand-brief da
Politiet efterlyser vidner til et røveri i Netto på Ringvej Syd. Butikschef ⟦P|Jasmin Mehmedović⟧ fortæller, at
ingen kom til skade.

=== hand-brief da
Håndbold: ⟦P|Mathias Gidsel⟧ scorede 11 mål, da Füchse Berlin slog Kiel. Landstræner ⟦P|Nikolaj Jacobsen⟧ så kampen.

=== hand-brief da
Herning: ⟦P|Marie Lykke Kaas⟧ er ny formand for handelsstandsforeningen. Hun driver tøjbutikken Lykke & Co.

=== hand-brief da
Vejret: Lavtrykket Bo giver storm langs Vestkysten i nat, varsler DMI's vagthavende meteorolog ⟦P|Anesten Kristensen⟧.

=== hand-brief sv
Umeå: ⟦P|Ngozi Eze⟧, läkare på Norrlands universitetssjukhus, får årets integrationspris för sitt arbete med
språkcaféer.

=== hand-brief sv
Skellefteå: Northvolts tidigare platschef ⟦P|Pelle Storm⟧ blir ny vd för Skellefteå Kraft. ⟦P|Storm⟧ tillträder i mars.

=== hand-brief sv
I höst öppnar Höstens Café i Vadstena. Bakom caféet står ⟦P|Amanda Höst⟧ och ⟦P|Oskar Ek⟧.

=== hand-brief sv
Bandy: ⟦P|Christoffer Edlund⟧ gjorde hattrick när Västerås vann mot Villa Lidköping. Tränaren ⟦P|Joakim Hedberg⟧ var nöjd.

=== hand-brief sv
Polisen söker vittnen till ett rån mot Coop på Ringvägen. Butikschefen ⟦P|Dragana Petrović⟧ säger att ingen skadades.

=== hand-brief sv
Sundsvall: ⟦P|Juni Rask⟧ blir ny ordförande i Företagarna. Hon driver blomsterhandeln Juni Blommor.

=== hand-sig da
Med venlig hilsen

⟦P|Asger Lund-Nielsen⟧
Senior Consultant | Netcompany
M: +45 31 22 44 88

=== hand-sig da
Bedste hilsner / Best regards
⟦P|KIRSTEN HOLM⟧
Bogholder – Holm Revision ApS

=== hand-sig da
Vh ⟦P|Bo⟧
(sendt fra mobilen, undskyld stavefejl)

=== hand-sig sv
Med vänliga hälsningar

⟦P|Linnéa af Klercker⟧
Jurist, Skatteverket
Tel: 010-574 00 00

=== hand-sig sv
Vänligen
⟦P|Dag⟧
Skickat från min Huawei

=== hand-sig sv
Hälsningar
⟦P|ÅSA LÖNNQVIST⟧ | Löneadministratör | Visma

=== hand-head da
Fra: ⟦P|Peter Dam⟧ <peter.dam@fjordbyg.dk>
Sendt: 30. november 2026 08:14
Til: "⟦P|Sørensen, Maja⟧" <msor@kommune.dk>; ⟦P|Lars Bonde⟧ <lb@kommune.dk>
Emne: Byggemøde

=== hand-head da
From: ⟦P|Rosa Flint⟧ <rosa@flintdesign.dk>
To: info@mobelhuset.dk
Subject: Order 4411 - Wegner chair

Hi, any news on the Wegner chair? Best, ⟦P|Rosa⟧

=== hand-head sv
Från: ⟦P|Ingrid Sommar⟧ <ingrid.sommar@bolaget.se>
Skickat: den 30 november 2026 08:14
Till: "⟦P|Nilsson, Per⟧" <per.nilsson@kommun.se>; ⟦P|Sara Vik⟧ <sara.vik@kommun.se>
Ämne: Byggmöte

=== hand-head sv
Från: Kundtjänst <noreply@lindex.se>
Till: ⟦P|Maja Gren⟧ <maja.gren@gmail.com>
Ämne: Din order har skickats

Hej ⟦P|Maja⟧! Din order från Lindex är på väg.

=== hand-line da
Mødet er flyttet, skriver ⟦P|Merete⟧. ⟦P|Kaj⟧ kan ikke komme.

=== hand-line da
Kaj 4 er lukket for både i dag. Havnefoged ⟦P|Ulrik Bay⟧ beklager.

=== hand-line da
⟦P|Lykke Friis⟧ ønskede held og lykke til de nye studerende.

=== hand-line da
Kan ⟦P|Mads⟧' kone hente pakken? Den ligger hos ⟦P|Jens⟧ i receptionen.

=== hand-line da
Aftalt med ⟦P|Bjørn⟧: ⟦P|Jacobs⟧ bil flyttes fredag.

=== hand-line da
ALLE skal huske at melde sig til julefrokosten hos ⟦P|KAREN⟧ senest fredag!!!

=== hand-line da
Oversigt: ⟦P|Ravn⟧, ⟦P|Krog⟧ og ⟦P|Bonde⟧ er på kursus, ⟦P|Holm⟧ har ferie.

=== hand-line sv
Mötet är flyttat, skriver ⟦P|Gunilla⟧. ⟦P|Stig⟧ kan inte komma.

=== hand-line sv
Stigen till badplatsen är avstängd. Parkförvaltare ⟦P|Lars Björk⟧ beklagar.

=== hand-line sv
⟦P|Ulf Malm⟧ önskade lycka till. Malmen bryts i Kiruna och Malmberget.

=== hand-line sv
Kan ⟦P|Jonas⟧' fru hämta paketet? Det ligger hos ⟦P|Mats⟧ i receptionen.

=== hand-line sv
Överenskommet med ⟦P|Åke⟧: ⟦P|Pers⟧ bil flyttas på fredag.

=== hand-line sv
ALLA ska anmäla sig till julbordet hos ⟦P|BRITT⟧ senast fredag!!!

=== hand-line sv
Översikt: ⟦P|Lönn⟧, ⟦P|Falk⟧ och ⟦P|Ek⟧ är på kurs, ⟦P|Strand⟧ har semester.

=== hand-line sv
Min kollega ⟦P|Kim Wahlberg⟧ och hennes sambo ⟦P|Robin⟧ har flyttat till Lund.

=== hand-line da
Vores nye nabo hedder ⟦P|Yusuf Aydın⟧, og hans datter ⟦P|Elif⟧ går i klasse med ⟦P|Storm⟧.
"""
