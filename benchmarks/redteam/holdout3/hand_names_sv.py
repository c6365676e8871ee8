"""Hand-written Swedish news and business texts for names.jsonl (markup and rule as in hand_names_da.py)."""

from __future__ import annotations

DOCS: list[tuple[str, str]] = [
    (
        "news",
        """Kommunstyrelsens ordförande i Härnösand, [[Anna-Karin Sjölund]] (C), meddelade i går att hon lämnar politiken efter valet. [[Sjölund]] har lett kommunen sedan 2018. Oppositionsrådet [[Tomas Eriksson Vik]] (S) tackade henne för samarbetet.""",
    ),
    (
        "news",
        """Polisen i Skåne söker vittnen till ett rån mot en guldsmedsbutik i Helsingborg på fredagskvällen. Ingen skadades. Presstalesperson [[Evelina Olsson Berg]] säger att två män flydde på moped mot Olympia.""",
    ),
    (
        "news",
        """Frölunda HC har värvat backen [[Oskar Lind Åkerström]] från Luleå. "[[Oskar]] är en spelare vi har följt länge", säger sportchefen [[Henrik Sundin]]. [[Lind Åkerström]] skriver på för tre säsonger.""",
    ),
    (
        "news",
        """Kungliga Operan har utsett [[Maria Fontana Svärd]] till ny operachef. Hon kommer närmast från Göteborgsoperan. [[Fontana Svärd]] efterträder [[Birgitta Svedén Holm]], som går i pension i juni. Styrelseordföranden [[Carl-Johan Ek]] kallar rekryteringen "en nystart".""",
    ),
    (
        "news",
        """Författaren [[Kerstin Eklund Löv]], 91, tilldelas årets Doblougska pris. [[Eklund Lövs]] senaste roman kom ut i våras. Priset delas ut i Svenska Akademiens börssal av ständige sekreteraren [[Mats Malmgren Sten]].""",
    ),
    (
        "news",
        """Trafikverket öppnar den nya bron över Göta älv i april. Projektchefen [[Sara Hägg]] räknar med kortare köer. Samtidigt stängs Olof Palmes gata i Göteborg i två veckor för asfaltering.""",
    ),
    (
        "news",
        """Hovrätten fastställer domen mot förre vd:n för Norrlands Fastighetsutveckling, [[Peter Westin Grahn]]. Han döms till två års fängelse för trolöshet mot huvudman. Hans försvarare [[Karin Ibe]] säger att de överväger att söka prövningstillstånd i Högsta domstolen.""",
    ),
    (
        "news",
        """Idrottsföreningen i Tumba har fått ny ordförande. [[Sten Rosén]] tar över efter [[Lisa Holm]], som lett föreningen i tolv år. [[Rosén]] vill satsa på fler unga ledare. Kassören [[Bo Ek]] sitter kvar.""",
    ),
    (
        "news",
        """I riksdagens debatt kallade finansministern [[Elisabeth Svanberg Falk]] förslaget "ansvarslöst". Oppositionens ekonomisk-politiska talesperson [[Mikael Dahlberg Roos]] svarade att regeringen själv föreslagit något liknande. Förhandlingarna fortsätter på måndag.""",
    ),
    (
        "news",
        """En 38-årig man från Sandviken har gripits misstänkt för kopparstölder längs järnvägen. Polisinspektör [[Jörgen Lundin]] säger att mannen är känd av polisen sedan tidigare. Han begärs häktad i dag.""",
    ),
    (
        "news",
        """Skådespelaren [[Alba Augustsson Ringblom]] gör huvudrollen i Dramatens nya uppsättning av "Fröken Julie". Regissören [[Mattias Andersson Wall]] har flyttat handlingen till 1970-talets Hägersten. Premiären är den 14 februari.""",
    ),
    (
        "news",
        """Undersköterskan [[Amina Yusuf]] på Norrlands universitetssjukhus har utsetts till årets undersköterska. Hon har lett ett projekt som halverat antalet fallolyckor. "[[Amina]] är en eldsjäl", säger avdelningschefen [[Ylva Strand]].""",
    ),
    (
        "news",
        """Skidskytten [[Sebastian Sandelin Ljung]] berättade på presskonferensen i Östersund att han siktar på guld i VM. Lagkamraten [[Martin Poikola Hed]] avstår världscupen i januari. Förbundskaptenen [[Johannes Lukasson]] bekräftade planen.""",
    ),
    (
        "news",
        """Nordiska museet har fått en ovanlig gåva: [[Louise af Klercker]] har testamenterat sin samling av 1700-talssilver till museet. Samlingen kommer från hennes farfarsfar [[Carl Gustaf af Klercker]]. Museichefen [[Sanne Hoby-Nilsson Berg]] kallar den "en sällsynt skatt".""",
    ),
    (
        "news",
        """Kolmårdens djurpark har anställt en ny djurskötare med inriktning på delfiner. [[Love Strand]] kommer från Skansen. "Vi ser fram emot att ha [[Love]] i teamet", säger zoologiska chefen [[Mats Höggren Alm]]. Parken har öppet under jullovet.""",
    ),
    (
        "news",
        """Kommunfullmäktige i Umeå antog budgeten med röster från alla partier utom Vänsterpartiet. Kommunalrådet [[Anders Ågren Lidh]] (M) kallar den "en ansvarsfull budget". [[Ågren Lidhs]] parti har framför allt drivit frågan om fler poliser.""",
    ),
    (
        "business",
        """Hej [[Göran]],

Tack för ett bra möte igår. Som vi kom överens om skickar jag offerten på städning av era lokaler i Kista. Min kollega [[Nour Haddad]] hör av sig nästa vecka för att boka ett platsbesök.

Med vänliga hälsningar
[[Therese Lundin Björk]]
Försäljningschef, Städpatrullen i Mälardalen AB""",
    ),
    (
        "business",
        """Hej [[Kalle]] och [[Pia]],

Jag har pratat med [[Lindqvist]] på revisionsbyrån, och de hinner med årsredovisningen till den 15:e. [[Pia]], kan du skicka underlagen till honom? [[Kalle]], jag behöver din underskrift på fullmakten.

Hälsningar
[[Micke]]""",
    ),
    (
        "business",
        """PROTOKOLL – styrelsemöte i Norrbottens Trä AB, 2025-11-10

Närvarande: [[Ulf Backman]] (ordförande), [[Helena Grip]], [[Per-Erik Nordin]], [[Sanna Öhman]]. Från ledningen: vd [[Claes Wiik]].

§ 1 [[Wiik]] redogjorde för kvartalsrapporten.
§ 2 Styrelsen godkände köp av tomt i Piteå.
§ 3 [[Sanna Öhman]] informerade om IT-säkerhet.
Vid protokollet: [[H. Grip]]""",
    ),
    (
        "business",
        """Pressmeddelande

Solkraft Norr AB utser [[Leyla Demir]] till ny teknisk chef från den 1 januari. [[Demir]] kommer från ABB, där hon har lett utvecklingen av styrsystem. Hon efterträder medgrundaren [[Johan Ritzén]], som fortsätter i styrelsen.

Kontakt: kommunikationschef [[Sigrid Nord]], tel. 070-412 55 87""",
    ),
    (
        "business",
        """Hej!

Från den 1 december blir [[Mattias Wahl]] din personliga rådgivare i stället för [[Gunnel Berg]], som går i pension. [[Mattias]] har arbetat på banken i elva år. Du kan som vanligt skriva till oss i internetbanken.

Vänliga hälsningar
Sparbanken Rekarne""",
    ),
    (
        "business",
        """Hej alla!

Välkommen till [[Ida-Maria Thorén]] som börjar på ekonomi i dag och till [[Tran Thi Mai]] som blir ny lagerchef. [[Ida-Maria]] sitter vid fönstret bredvid [[Gittan]]. Säg hej när ni ser dem!

/[[Ann-Sofie]], HR""",
    ),
    (
        "business",
        """Dagordning – teammöte tisdag

1. Status kund Astrid Lindgrens Värld (ansvarig: [[Sören Wester]])
2. Ny rutin för utlägg – [[Charlotta]] berättar
3. Semesterplanering 2026
4. Övrigt

OBS: [[Per]] är på kurs och deltar inte.""",
    ),
    (
        "business",
        """Hej [[Bengt-Åke]],

Kan du och [[Ann-Britt]] komma på middag på lördag? [[Sixten]] och [[Vera]] kommer också. Vi äter kl. 18.

Kram [[Lotta]]""",
    ),
    (
        "business",
        """AVTAL – sida 3 av 4

§ 9 Underskrifter

För säljaren:                    För köparen:
[[MAGNUS HOLMSTRÖM]]             [[SARA ELFVING]]
vd                               innehavare
Mäklare: [[L. Wennberg]], Fastighetsbyrån Sundsvall""",
    ),
    (
        "business",
        """Till alla medarbetare

Vi har fått det tråkiga beskedet att [[Erik Dahlström]] har avlidit efter en kort tids sjukdom. [[Erik]] arbetade hos oss i 31 år som drifttekniker och var känd för sitt goda humör. Begravningen äger rum i Gustav Adolfs kyrka i Borås fredag kl. 13.

Ledningsgruppen""",
    ),
    (
        "business",
        """Hej [[Kasper]],

Jag har satt [[Louise Wiklund]] (projektledare) och [[Jens Blom]] (arkitekt, Blom & Sjöberg Arkitekter) på kopia så att ni kan boka ett möte om ritningarna. [[Louise]] är på semester vecka 48.

Mvh [[Tina Krook]]""",
    ),
    (
        "business",
        """Nyhetsbrev från Hembygdsföreningen

Vid årsmötet omvaldes [[Per-Olof Schmidt]] till ordförande. Ny i styrelsen är [[Annelie Kruse]], som i många år skrivit om socknens gårdar. Föreningen tackar [[Karin Lund]] som har lämnat in sin fars dagböcker från beredskapsåren. Arkivet har öppet i Selma Lagerlöfs skola varje tisdag.""",
    ),
    (
        "business",
        """Anbudsgivare: Snickeri [[Rasmus Frid]] AB (org.nr 559112-3381)
Kontaktperson: [[Rasmus Frid]]
Anbudet gäller byte av fönster på bottenvåningen hos [[Vivianne]] och [[Allan Dahl]], Skolvägen 4, Knivsta.""",
    ),
    (
        "business",
        """Hej [[Christina]],

[[Frank]] på IT säger att [[Bodil Hellströms]] nya dator kommer först på fredag. Fram till dess kan hon låna [[Stens]]. Kan du meddela henne?

/[[Maja]]""",
    ),
    (
        "business",
        """Påminnelse: Tandläkare [[Jakob Örn]] har flyttat din tid till onsdag kl. 9.30. Frågor: Tandläkarna i Örnsköldsvik, tel. 0660-123 45.""",
    ),
    (
        "business",
        """Från: [[Pia Kjellberg]]
Till: [[Hans-Erik Bonde]]
Ämne: Sv: leverans

Hej [[Hans-Erik]],

Varorna skickades i dag med DHL. [[Yusuf]] på lagret packade dem, så ring honom om något saknas.

Mvh [[Pia]]""",
    ),
    (
        "business",
        """Hej [[Dorota]] och [[Mårten Kask]],

Vi bekräftar härmed er bokning av bröllopsmiddag för 64 personer lördagen den 20 juni på Hotell Mariedal. Vår köksmästare [[Anders Ravnell]] kontaktar er om menyn.

Med vänliga hälsningar
[[Camilla Storm]], eventsamordnare""",
    ),
    (
        "business",
        """Schema vecka 49 – Solbackens äldreboende

Måndag: [[Hanna]], [[Birgitta]], [[Mohammed]]
Tisdag: [[Liss]], [[Bo]], [[Siv]]
Onsdag: [[Hanna]], [[Ulla]], [[Kim]]
Natt hela veckan: [[Susanne Dahl]]
Ansvarig: enhetschef [[Helén Vang]]""",
    ),
    (
        "business",
        """Ska vi bo i Malmö eller Lund under mässan? Per person kostar hotellet 1 150 kr. Vi har frågat Ingvar Kamprad Designcentrum om en lokal, och Elite Hotel Savoy har skickat priser. Jag kollar även Hotell Linnéa. /[[Rune]]""",
    ),
    (
        "business",
        """Kära medlemmar,

Årets promenad går till Millesgården och Carl Larsson-gården. Guide är konsthistorikern [[Merete Sandgren]]. Samling: Birger Jarlsgatan 5 kl. 10.

Styrelsen, SPF Seniorerna Djursholm""",
    ),
    (
        "news",
        """SVT:s programledare [[Anders Holmgren Lind]] går över till TV4 för att leda ett nytt debattprogram. Programchefen [[Ditte Bergman]] säger att [[Holmgren Lind]] "tillför erfarenhet och skärpa". Han börjar i februari.""",
    ),
    (
        "news",
        """Sjuårige [[Ask]] från Ystad hittade en 3 000 år gammal bronsyxa på stranden. Hans mamma, [[Rosa Lindahl]], lämnade den till Ystads museer. Arkeologen [[Hans Skog]] kallar fyndet "helt exceptionellt".""",
    ),
    (
        "news",
        """Regionfullmäktige i Region Halland har valt [[Marie-Louise Ljung Ek]] (M) till ordförande för ännu en mandatperiod. Vice ordförande blir [[Bo Liljegren]] (KD), medan [[Karl Ugo Persson]] (S) fortsätter som ordförande i hälso- och sjukvårdsnämnden.""",
    ),
    (
        "news",
        """Fotbollsklubben Varbergs BoIS har sparkat huvudtränaren [[Michael Hemberg]] efter sex raka förluster. Assisterande tränaren [[Tage Sand]] tar över tills vidare. Klubbdirektören [[Stig Pettersson]] vill inte kommentera vem som blir ny tränare.""",
    ),
    (
        "news",
        """En 67-årig kvinna har omkommit i en lägenhetsbrand i Gävle natten mot söndag. Polisen vet ännu inte vad som orsakade branden. Grannen [[Jan Kronberg]] berättar att han hörde brandvarnaren klockan tre.""",
    ),
    (
        "news",
        """Tonsättaren [[Britta Bystedt Hall]] har skrivit ett nytt verk för Göteborgs Symfoniker. Dirigenten [[Marie Rosén Ek]] leder uruppförandet i Konserthuset den 30 januari. Solist är cellisten [[Jakob Koranda Ström]].""",
    ),
    (
        "news",
        """Partiledaren [[Martin Åhdal Holm]] avvisade i går att regera med Moderaterna. "Vi pekar på [[Andersson]]", sade han till Ekot. Moderaternas partisekreterare [[Karin Engström Lind]] kallade beskedet "väntat".""",
    ),
    (
        "business",
        """Minnesanteckningar från möte med Uppsala kommun om bygglov

Deltagare: [[J. Lykke]] (kommunen), [[S. Madsén]] (byggherre), arkitekten [[Pernilla Vind]]

[[Lykke]] förklarade att lovet väntar på ett yttrande från Riksantikvarieämbetet. [[Vind]] skickar reviderade ritningar före fredag.""",
    ),
    (
        "business",
        """Hej [[Sten]],

Kan du bekräfta att [[Storm]] och [[Vilja]] i 3B är anmälda till simningen? Föräldrarna har frågat. [[Gry]] har godkänt det.

Mvh [[Liss]], fritids""",
    ),
    (
        "business",
        """Att göra
- ring Riksbyggen om fuktskadan (fråga efter [[Anette]])
- boka flyttbil till lördag
- Mamma ska ha nycklar""",
    ),
    (
        "news",
        """Nobelpristagaren i kemi, professor [[Ingrid Sol Bergström]] vid Uppsala universitet, har fått Svenska Läkaresällskapets jubileumspris. [[Sol Bergström]] forskar om proteiner i hjärnan. Priset delas ut av sällskapets ordförande [[Olle Stendahl Vik]].""",
    ),
]
