"""A third batch of hand-written texts for names.jsonl: longer articles, match reports with surnames, lists
of candidates, annual-report boards, places and verbs that look like names. (lang, family, text)."""

from __future__ import annotations

DOCS: list[tuple[str, str, str]] = [
    (
        "da",
        "news",
        """Da [[Henrik Gade]] for 30 år siden overtog sin fars smedje i Tarm, var der tre ansatte. I dag har Gade Stål 140. "Min far troede aldrig, det ville blive til noget," siger [[Henrik Gade]] og griner. Sønnen [[Magnus]] er nu produktionschef, og datteren [[Ida Gade Holt]] står for eksporten. [[Gade]] selv vil trappe ned til næste år. "[[Magnus]] og [[Ida]] er klar," siger han. Borgmester [[Jens Ole Vind]] (V) kalder virksomheden "byens stolthed".""",
    ),
    (
        "da",
        "news",
        """Skjern vandt søndag 31-27 over Holstebro. [[Nørgaard]] var bedst på banen med ni mål, mens [[Thrane]] reddede 15 skud. Holstebros [[Frederiksen]] fik rødt kort efter 40 minutter. "Vi manglede [[Lasse]] i anden halvleg," sagde Holstebros træner [[Klavs Bruun]]. Næste kamp er mod GOG.""",
    ),
    (
        "da",
        "news",
        """Kandidater til byrådet i Ikast-Brande, Socialdemokratiet: 1. [[Ib Lauritsen]], 2. [[Hanne Sørup]], 3. [[Mustafa Demir]], 4. [[Lene Krabbe Holm]]. Venstre: 1. [[Bjarne Storm]], 2. [[Dorte West]], 3. [[Kim Ravn]].""",
    ),
    (
        "da",
        "business",
        """Direktion
[[Carsten Lykke]], administrerende direktør
[[Susanne Bro Lund]], økonomidirektør

Bestyrelse
[[Ole Brandt]] (formand), [[Merete Kaae]] (næstformand), [[Peter Juhl]], [[Anja Worm]] (medarbejdervalgt)

Revision
Ernst & Young Godkendt Revisionspartnerselskab""",
    ),
    (
        "da",
        "news",
        """Familien flyttede i sommer fra Lund til Holm på Als, hvor de vil bo i en gammel skole. "Vi har altid drømt om det," siger [[Rikke Lund Holm]]. Hendes mand, [[Bo Holm]], arbejder som tømrer i Sønderborg. Skolen blev bygget i 1911 og har været tom siden 2008.""",
    ),
    (
        "da",
        "news",
        """I [[Anders Fogs]] nye bog om Besættelsen er der interviews med 40 tidsvidner. Den ældste, [[Karen Vestergaard]], er 101 år. "Hun husker alt," siger [[Fog]]. Bogen udkommer på Gyldendal den 4. december.""",
    ),
    (
        "da",
        "business",
        """Att.: [[Lars Bo Jensen]]
Vedr. jeres ordre nr. 44812

Hej [[Lars Bo]]

Vi kan levere de 40 paller i uge 50. Chaufføren, [[Jean-Baptiste Dupont]], ringer en time før. Fakturaen sendes til [[Charlotte de la Motte]] i jeres bogholderi, som aftalt med [[Ole van der Berg]].

Mvh [[Kirsten Aabo]]""",
    ),
    (
        "da",
        "news",
        """Anmeldelse: I [[Lone Hertz Bangs]] fortolkning bliver moderen en kvinde, man både frygter og holder af. [[Hertz Bang]] spiller over for [[Olusegun Adebayo-Smith]] som sønnen, og sammen bærer de forestillingen. Instruktøren [[Mia Storm]] har klogt skåret i teksten.""",
    ),
    (
        "da",
        "business",
        """Tak til [[Mette]], [[Yasmin]] og hele teamet i Vejle for et fantastisk år! Særlig tak til [[Niels Erik]], der går på pension efter 41 år, og velkommen til [[Asta]], der starter i januar. #teamwork""",
    ),
    (
        "da",
        "news",
        """Ved Folketingets åbning holdt statsministeren en tale om sammenhængskraft. Bagefter kaldte [[Pia Kjær Borup]] fra oppositionen talen "tom". Partiets næstformand, [[Sten Bo Lindholm]], var enig. Debatten fortsætter i næste uge, hvor [[Kjær Borup]] skal åbne for sit parti.""",
    ),
    (
        "da",
        "business",
        """Referat af forældremøde i 2.C

Til stede: [[Line]] ([[Noahs]] mor), [[Thomas]] ([[Claras]] far), [[Birgit Hald]] (klasselærer) og 14 andre forældre.
[[Birgit]] fortalte om trivslen. [[Thomas]] tilbød at arrangere julehygge. Referent: [[Line Bak]].""",
    ),
    (
        "da",
        "news",
        """Bo i Skive? Det gør [[Sanne Fisker]] gerne. Hun har netop købt byens gamle posthus og vil åbne café. "Per dag regner vi med 200 gæster," siger hun. Hendes kompagnon er barndomsveninden [[Eva Due]].""",
    ),
    (
        "sv",
        "news",
        """När [[Henrik Gård]] för 30 år sedan tog över sin fars smedja i Torsby fanns det tre anställda. I dag har Gårds Stål 140. "Pappa trodde aldrig att det skulle bli något", säger [[Henrik Gård]] och skrattar. Sonen [[Måns]] är nu produktionschef och dottern [[Ida Gård Holm]] sköter exporten. [[Gård]] själv ska trappa ner nästa år. "[[Måns]] och [[Ida]] är redo", säger han. Kommunalrådet [[Jens-Ola Vide]] (S) kallar företaget "bygdens stolthet".""",
    ),
    (
        "sv",
        "news",
        """Sävehof vann på söndagen med 31-27 mot Alingsås. [[Nilsson]] var bäst på plan med nio mål, medan [[Thorén]] räddade 15 skott. Alingsås [[Fredriksson]] fick rött kort efter 40 minuter. "Vi saknade [[Lasse]] i andra halvlek", sade Alingsås tränare [[Klas Bruun]]. Nästa match är mot Ystad.""",
    ),
    (
        "sv",
        "news",
        """Kandidater till kommunfullmäktige i Gislaved, Socialdemokraterna: 1. [[Ingvar Laurell]], 2. [[Hanna Sörqvist]], 3. [[Mustafa Demir]], 4. [[Lena Krabbe Holm]]. Moderaterna: 1. [[Björn Storm]], 2. [[Dorotea Wester]], 3. [[Kim Ravn]].""",
    ),
    (
        "sv",
        "business",
        """Koncernledning
[[Carsten Lykke]], vd
[[Susanne Bro Lund]], ekonomidirektör

Styrelse
[[Ola Brandt]] (ordförande), [[Merete Kask]] (vice ordförande), [[Per Juhlin]], [[Anja Worm]] (arbetstagarrepresentant)

Revisor
Öhrlings PricewaterhouseCoopers AB""",
    ),
    (
        "sv",
        "news",
        """Familjen flyttade i somras från Lund till Berg utanför Linköping, där de ska bo i en gammal skola. "Vi har alltid drömt om det", säger [[Rebecka Lund Berg]]. Hennes man, [[Bo Berg]], arbetar som snickare i Linköping. Skolan byggdes 1911 och har stått tom sedan 2008.""",
    ),
    (
        "sv",
        "news",
        """I [[Anders Fogelbergs]] nya bok om beredskapsåren intervjuas 40 tidsvittnen. Den äldsta, [[Karin Westergren]], är 101 år. "Hon minns allt", säger [[Fogelberg]]. Boken kommer ut på Bonniers den 4 december.""",
    ),
    (
        "sv",
        "business",
        """Att: [[Lars-Bo Jansson]]
Ang. er order nr 44812

Hej [[Lars-Bo]],

Vi kan leverera de 40 pallarna vecka 50. Chauffören, [[Jean-Baptiste Dupont]], ringer en timme innan. Fakturan skickas till [[Charlotte de la Motte]] på er ekonomiavdelning, enligt överenskommelse med [[Olof van der Berg]].

Mvh [[Kerstin Aabo]]""",
    ),
    (
        "sv",
        "news",
        """Recension: I [[Lena Hertz Bergs]] tolkning blir modern en kvinna man både fruktar och tycker om. [[Hertz Berg]] spelar mot [[Olusegun Adebayo-Smith]] som sonen, och tillsammans bär de föreställningen. Regissören [[Mia Storm]] har strukit klokt i texten.""",
    ),
    (
        "sv",
        "business",
        """Tack till [[Maja]], [[Yasmin]] och hela teamet i Västerås för ett fantastiskt år! Särskilt tack till [[Nils-Erik]] som går i pension efter 41 år, och välkommen till [[Astrid]] som börjar i januari. #teamwork""",
    ),
    (
        "sv",
        "business",
        """Anteckningar från föräldramöte i 2C

Närvarande: [[Lina]] ([[Noahs]] mamma), [[Tomas]] ([[Claras]] pappa), [[Birgitta Hald]] (klasslärare) och 14 andra föräldrar.
[[Birgitta]] berättade om trivseln. [[Tomas]] erbjöd sig att ordna luciafika. Sekreterare: [[Lina Bäck]].""",
    ),
    (
        "sv",
        "news",
        """Bo i Skövde? Det vill [[Sanna Fiskare]] gärna. Hon har just köpt stadens gamla posthus och ska öppna kafé. "Per dag räknar vi med 200 gäster", säger hon. Hennes kompanjon är barndomsvännen [[Eva Due]].""",
    ),
    (
        "sv",
        "news",
        """Vid riksdagens öppnande höll statsministern ett tal om sammanhållning. Efteråt kallade [[Pia Kjellberg Borup]] från oppositionen talet "tomt". Partiets vice ordförande [[Sten-Bo Lindholm]] höll med. Debatten fortsätter nästa vecka då [[Kjellberg Borup]] inleder för sitt parti.""",
    ),
]
