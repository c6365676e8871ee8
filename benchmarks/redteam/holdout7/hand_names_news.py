"""Hand-written Danish and Swedish news items for names.jsonl (v7): every person's name is ⟦marked⟧."""

TEXT = r"""
=== news da
Havnen i Hirtshals får ny direktør
Bestyrelsen har ansat ⟦Lars Nørgaard Sand⟧ som havnedirektør. Han kommer fra Esbjerg Havn, hvor han var driftschef. ⟦Sand⟧ afløser ⟦Bente Mose⟧, som har været direktør siden 2014. Bestyrelsesformand ⟦Preben Holt⟧ siger, at ⟦Nørgaard Sand⟧ "kender branchen indefra".
=== news da
Sønderborg: Pensioneret dommer skriver erindringer
⟦Ellen Birk⟧ var dommer ved Retten i Sønderborg i 28 år. Nu udgiver hun bogen "Rettens stemme". I bogen fortæller hun blandt andet om sin mentor, landsdommer ⟦Poul Hedegaard⟧, og om kollegaen ⟦Jens Krag⟧, som døde i 2011. "⟦Jens⟧ lærte mig at lytte," siger ⟦Birk⟧.
=== news da
Efterlysning: Hvem ejer hunden?
Politiet har fundet en sort labrador ved Gudenåen. Den lystrer navnet "Bjørn". Hunden er i god behold og opholder sig hos internatet i Silkeborg. Vagtchef ⟦Anja Storm⟧ opfordrer ejeren til at henvende sig.
=== news da
Gymnasieelever vandt innovationskonkurrence
⟦Noah Ahmadi⟧, ⟦Clara Bundgaard⟧ og ⟦Elias Sol⟧ fra Viborg Katedralskole vandt DM i innovation med en app til kolonihaver. Deres lærer, ⟦Tove Ravn⟧, er stolt: "De har arbejdet med den siden august."
=== news da
Strid om strandrettigheder i Kerteminde
Grundejerforeningen og ⟦Knud Erik Bay⟧ er uenige om en adgangsvej til stranden. ⟦Bay⟧ har sat et hegn op. Formand ⟦Lissi Kirkegaard⟧ kalder det ulovligt. Kommunens jurist, ⟦Anders Tang⟧, vil se på sagen.
=== news da
Koncert: Jazzsangerinde hyldes i Tivoli
⟦Sofie Lykke Dam⟧ modtager i år Ben Webster Prisen. Prisen overrækkes af sidste års modtager, ⟦Jakob Dinesen Ravn⟧. "⟦Sofie⟧ synger som ingen anden," siger han.
=== news da
Kommunalvalg: Ny borgmester i Favrskov
⟦Mette Kirk Hansen⟧ (S) er valgt som borgmester efter en konstitueringsaftale med SF og Radikale. Hun afløser ⟦Nils Bork⟧, der ikke genopstillede.
=== news da
Sport: Cykelrytter vinder på hjemmebane
⟦Mads Winther⟧ vandt lørdag løbet Rundt om Lillebælt foran holdkammeraten ⟦Storm Ingemann⟧. Tredje blev nordmanden ⟦Even Haugland⟧. Holdets sportsdirektør ⟦Birgitte Juhl⟧ var tilfreds.
=== news da
Ulykke på E45
En 54-årig mand fra Vejle kom alvorligt til skade i en trafikulykke ved Skanderborg fredag morgen. Vagtchef ⟦Kim Fog⟧ fra Sydøstjyllands Politi oplyser, at motorvejen var spærret i to timer.
=== news da
Iværksætter fra Odense køber bryggeri
⟦Ahmad Karimi⟧ har købt det lille bryggeri Albani Mikro i Odense. ⟦Karimi⟧, der kom til Danmark som 12-årig, har tidligere drevet tre cafeer. Den tidligere ejer, ⟦Ulla Brygger⟧, bliver i firmaet som brygmester.
=== news sv
Ny rektor för Luleå tekniska universitet
⟦Birgitta Lax⟧ blir ny rektor från 1 februari. Hon kommer närmast från KTH. ⟦Lax⟧ efterträder ⟦Anders Hjort⟧, som går i pension. Studentkårens ordförande ⟦Linn Ek⟧ välkomnar beskedet.
=== news sv
Hyresgäster vann mot värden
Hyresgästerna i kvarteret Svanen fick rätt i hyresnämnden. ⟦Gun Sjöberg⟧, som bott i huset i 40 år, är lättad. Hyresvärdens vd ⟦Mattias Strand⟧ vill inte kommentera. Hyresgästföreningens jurist ⟦Ali Hassan⟧ kallar domen viktig.
=== news sv
Eldsvåda i Alingsås
En villa totalförstördes i en brand natten till söndag. Ingen skadades. Räddningsledare ⟦Per Malm⟧ säger att branden troligen startade i en bastu. Grannen ⟦Ulla Björk⟧ väckte familjen.
=== news sv
Konstnär från Kiruna ställer ut i Paris
⟦Sara Marielle Blind⟧ visar sina samiska dräktinspirerade verk på Institut suédois. Curatorn ⟦Claire Dubois⟧ beskriver dem som "ett möte mellan fjäll och stad". ⟦Blinds⟧ mormor ⟦Inga⟧ var duodjimästare.
=== news sv
Handboll: Ystad vann derbyt
Ystads IF vann mot IFK Ystad med 31-28. ⟦Dag Sjöström⟧ gjorde nio mål och målvakten ⟦Love Ek⟧ räddade 15 skott. IFK:s tränare ⟦Klas Sten⟧ var missnöjd med domslutet i slutminuten.
=== news sv
Rättegång om bedrägeri mot äldre
En 29-årig man åtalas för att ha lurat tolv pensionärer på sammanlagt 1,4 miljoner kronor. Åklagare ⟦Maja Sand⟧ yrkar på fängelse. Den tilltalades försvarare ⟦Johan Berg⟧ säger att hans klient erkänner delvis. Rätten leds av rådman ⟦Stig Palm⟧.
=== news sv
Årets Eldsjäl i Sundsvall
⟦Fatima Warsame⟧ får priset för sitt arbete med läxhjälp i Skönsberg. "Utan ⟦Fatima⟧ hade hälften av barnen inte klarat skolan," säger kollegan ⟦Tor Lindberg⟧. Priset delas ut av kommunstyrelsens ordförande ⟦Eva Gran⟧.
=== news sv
Företagare satsar på Gotland
⟦Nguyen Thi Mai⟧ och ⟦Jonas Wik⟧ öppnar ett vietnamesiskt kök i Visby. ⟦Mai⟧ lagar maten och ⟦Wik⟧ sköter ekonomin. "Vi har väntat på det här i fem år," säger ⟦Nguyen Thi Mai⟧.
=== news sv
Trafikolycka på E4
Två personer fördes till sjukhus efter en kollision norr om Gävle. Polisens presstalesperson ⟦Carina Frost⟧ säger att ingen är allvarligt skadad. Vägen var avstängd i en timme.
=== news sv
Minnesstund för fotbollsprofil
Hundratals samlades i Örebro för att minnas ⟦Kenneth Holm⟧, som avled förra veckan. Tidigare lagkamraten ⟦Sten Vik⟧ höll tal. "⟦Kenneth⟧ var hjärtat i laget," sa ⟦Vik⟧. ⟦Holms⟧ dotter ⟦Saga⟧ tackade för stödet.
=== news da
Fra byrådet: Ny skolestruktur vedtaget
Byrådet i Skive vedtog torsdag at lukke to landsbyskoler. Rådmand ⟦Jytte Sommer⟧ (V) stemte for, mens ⟦Ole Vinther⟧ (EL) stemte imod. Forældrerepræsentant ⟦Birk Lauridsen⟧ var skuffet: "Vi kæmper videre."
=== news da
Kongelig udnævnelse
⟦Frederik Lindholm⟧, direktør for Naturhistorisk Museum Aarhus, er udnævnt til Ridder af Dannebrog. Han har ledet museet siden 2012 og stod bag udstillingen om ⟦Niels Stensen⟧. Museets formand ⟦Henny Bach⟧ ønsker tillykke.
=== news sv
Kulturpriset till poet från Malmö
Årets kulturpris går till poeten ⟦Amanda Lind Yusuf⟧. Juryns ordförande ⟦Bo Kristensson⟧ motiverar: "Hon skriver om ⟦Ekelöfs⟧ Malmö med nya ögon." ⟦Lind Yusuf⟧ får 50 000 kronor.
=== news da
Frivillig gennem 40 år
⟦Gerda Østergaard⟧, 86, har været frivillig i Røde Kors' genbrugsbutik i Holstebro siden 1986. "⟦Gerda⟧ kender alle," siger butikschef ⟦Mona Krag⟧. ⟦Østergaards⟧ barnebarn ⟦Alberte⟧ arbejder nu også i butikken.
=== news sv
Ny präst i Kiruna
⟦Lars-Erik Nutti⟧ har installerats som kyrkoherde i Jukkasjärvi församling. Biskop ⟦Åsa Nygren⟧ höll i installationen. ⟦Nutti⟧ predikar på svenska, samiska och meänkieli.
=== news da
Rekord i Vinterbadning
Foreningen Kolde Gys i Aabenraa har nu 900 medlemmer. Formand ⟦Bo Sten Hjort⟧ siger, at interessen eksploderede under coronanedlukningen. Medlemmet ⟦Per Sommer⟧, 91, bader hver dag: "Det holder mig i gang."
=== news sv
Rekordskörd av tryffel på Gotland
⟦Sten Ljung⟧ hittade 14 kilo tryffel på sin mark i Hemse. Hans hund Tuss har fått en egen fansida. Svampexperten ⟦Karin Alm⟧ är imponerad: "⟦Ljung⟧ har hittat en guldgruva."
"""
