"""Longer hand-written category documents (each written once)."""

DOCS = """
=== hand-long-teams da
[08:02] Jonas Vinther
godmorgen alle 👋
[08:05] Marie Thygesen
morgen! er der nogen der har kaffe-nøglen?
[08:06] Jonas Vinther
den hænger ved køleskabet
[08:31] Kasper Holt
Husk standup kl 9
[08:47] Marie Thygesen
jeg kommer 5 min for sent, skal lige aflevere i børnehaven
[09:14] Kasper Holt
⟦health|@Anja er sygemeldt igen i dag - hun har fået en lungebetændelse oven i sin astma, så hun er nok væk hele ugen⟧
[09:15] Jonas Vinther
øv, god bedring til hende
[09:20] Marie Thygesen
skal jeg tage hendes møde med kunden?
[09:21] Kasper Holt
ja tak 🙏
[11:02] Jonas Vinther
frokost om 20?
=== hand-long-teams sv
[08:02] Oskar Lind
god morgon alla 👋
[08:05] Emma Sjöberg
morrn! vem har nyckeln till kaffeskåpet?
[08:06] Oskar Lind
den hänger vid kylen
[08:31] Viktor Ahl
Glöm inte stand-up kl 9
[08:47] Emma Sjöberg
jag blir 5 min sen, ska lämna på förskolan
[09:14] Viktor Ahl
@Sara har jobbat hemifrån hela veckan och har fixat releasen, stort tack!
[09:15] Oskar Lind
grymt jobbat 👏
[09:20] Emma Sjöberg
ska jag ta hennes kundmöte i eftermiddag?
[09:21] Viktor Ahl
ja tack 🙏
[11:02] Oskar Lind
lunch om 20?
=== hand-long-case da
PERSONALESAG - FORTROLIGT
Medarbejder: Lars Bøgh Andersen, lagerarbejder, ansat 2014
Sagsbehandler: HR-partner Tine Møller

Baggrund
⟦health|Lars har siden juni haft flere sygeperioder, og han har oplyst, at han er i behandling for alkoholafhængighed på Tjele.⟧
Han har selv bedt om, at vi tager hensyn til behandlingen i vagtplanen.
⟦trade_union|Lars er medlem af 3F, og tillidsrepræsentant Bo Kjær deltog i samtalen efter hans ønske.⟧

Aftaler
1. Lars arbejder dagvagter frem til 1. marts.
2. Opfølgning hver 4. uge.
3. Lars kan kontakte den psykologiske rådgivning via firmaets sundhedsordning.

Underskrevet: Tine Møller / Lars Bøgh Andersen
=== hand-long-case sv
PERSONALÄRENDE - KONFIDENTIELLT
Medarbetare: Ahmed Yusuf Hassan, lagerarbetare, anställd 2016
Handläggare: HR-partner Karin Dahl

Bakgrund
⟦criminal_records|Ahmed har informerat oss om att han dömts till samhällstjänst för ringa narkotikabrott och ska utföra 80 timmar under våren.⟧
Han har själv bett att få arbeta kvällar under perioden.
⟦religion|Han har också bett om att få ta sin rast vid solnedgången under ramadan, eftersom han fastar.⟧

Överenskommelser
1. Kvällsskift till och med 31 maj.
2. Uppföljning var fjärde vecka.
3. Företagshälsovården kan kontaktas vid behov.

Undertecknat: Karin Dahl / Ahmed Yusuf Hassan
=== hand-long-newsletter da
PERSONALEBLADET - december 2026

Julefrokost
Årets julefrokost holdes fredag den 12. december i kantinen. Tilmelding til Sanne senest 1. december.

Ny sundhedsordning
Fra 1. januar får alle ansatte adgang til fysioterapeut, psykolog og kiropraktor via Danica. Ordningen gælder også ved stress og depression.

Fagforeningerne
Vi minder om, at du frit kan vælge fagforening. HK, Dansk Metal og Krifa har alle medlemmer i huset. Tillidsrepræsentanterne kan kontaktes via intranettet.

Mangfoldighed
Vi har medarbejdere med 23 forskellige nationaliteter og markerer i år både jul, Eid og Diwali i kantinen.

Velkommen til
Sofie Nørgaard (økonomi) og Jamal Haddad (IT), som begge startede i november.
=== hand-long-newsletter sv
PERSONALBLADET - december 2026

Julbord
Årets julbord är fredag den 12 december i matsalen. Anmälan till Sanna senast 1 december.

Ny friskvårdsförmån
Från 1 januari har alla anställda tillgång till sjukgymnast, psykolog och naprapat via Falck. Förmånen gäller även vid stress och utmattning.

Facken
Vi påminner om att det är fritt att välja fackförbund. Unionen, IF Metall och Sveriges Ingenjörer har alla medlemmar i huset.

Mångfald
Vi har medarbetare från 23 länder och uppmärksammar både jul, eid och diwali i matsalen.

Välkommen
Sofia Nordin (ekonomi) och Jamal Haddad (IT) som båda började i november.
=== hand-long-minutes da
Referat af møde i Skolebestyrelsen, Lindevang Skole, 20. november 2026
Til stede: Marianne Kruse (formand), Henrik Sand, Nadia Ali, Peter Bonde, skoleleder Jens Vestergaard
Afbud: Trine Holm

1. Godkendelse af dagsorden - godkendt.
2. Trivselsmåling: Trivslen er steget på alle årgange. 4 % af eleverne svarer, at de har været udsat for mobning.
3. Inklusion: Skolen har fået midler til en ekstra AKT-lærer. Der er 14 elever med særlige behov.
4. ⟦political_opinion|Meddelelser: Henrik Sand er valgt ind i kommunalbestyrelsen for Radikale Venstre og udtræder af skolebestyrelsen til januar.⟧
5. Juleafslutning i kirken: Elever, der ikke ønsker at deltage, kan være i aulaen.
6. Eventuelt: intet.
=== hand-long-minutes sv
Protokoll från skolrådet, Ekbackeskolan, 20 november 2026
Närvarande: Marianne Kron (ordf.), Henrik Sand, Nadia Ali, Peter Berg, rektor Jens Wester
Frånvarande: Tina Holm

1. Dagordningen godkändes.
2. Trivselenkät: Trivseln har ökat i alla årskurser. 4 % av eleverna uppger att de blivit mobbade.
3. Särskilt stöd: Skolan har fått medel till en extra specialpedagog. 14 elever har åtgärdsprogram.
4. Meddelanden: Henrik Sand har valts till ordförande i Ekbackens villaägarförening och lämnar skolrådet i januari.
5. Skolavslutning i kyrkan: Elever som inte vill delta kan vara i aulan.
6. Övrigt: inget.
=== hand-long-letter da
Kære Birgit
Tak for dit brev og billederne fra Kreta! Det lyder som en dejlig tur.
Her går det stille og roligt. ⟦health|Preben har fået sin nye hofte og går allerede med rollator, men han er stadig træt efter narkosen.⟧ Vi har fået hjemmehjælp to gange om ugen, og de er søde.
⟦religion|Vi var til gudstjeneste i den katolske kirke i Aabenraa i søndags, som vi altid er, og bagefter kaffe med pastor Kowalski.⟧
Sofie og børnene kommer til jul. Hun har fået nyt job i Sønderborg, så de flytter i foråret.
Mange kærlige hilsner
Ruth
=== hand-long-letter sv
Kära Birgitta!
Tack för brevet och korten från Kreta! Det låter som en härlig resa.
Här är allt lugnt. Bengt har fått en ny gräsklippare och är ute i trädgården hela dagarna. Vi har fått ny granne, en trevlig familj från Göteborg.
Vi var på konsert i Ansgarskyrkan i söndags, och efteråt fika på konditoriet.
Sofia och barnen kommer till jul. Hon har fått nytt jobb i Västerås, så de flyttar i vår.
Många kramar
Ruth
"""
