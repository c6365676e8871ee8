"""More hand-written name documents: longer articles, foreign names, lists, chats and traps (each written once)."""

DOCS = """
=== hand-news da
Fra køkkenet i Aleppo til Michelin i Aarhus
Da ⟦Rami Al-Hakim⟧ kom til Danmark i 2015, kunne han ikke et ord dansk. I dag er han køkkenchef på restaurant Frederikshøj, som i går fik sin anden Michelin-stjerne. - Det er ⟦Wassims⟧ og ⟦Louises⟧ fortjeneste lige så meget som min, siger ⟦Rami Al-Hakim⟧ om souschef ⟦Wassim Haddad⟧ og restaurantchef ⟦Louise Kjeldgaard⟧.
Restauratør ⟦Wassim Haddad⟧ har arbejdet sammen med ⟦Al-Hakim⟧ siden 2018.
=== hand-news da
Ny formand for Dansk Sygeplejeråd i Region Syd
⟦Anne-Sofie Brøndum Holm⟧ er valgt som ny kredsformand. Hun fik 61 procent af stemmerne mod ⟦Jeppe Mørchs⟧ 39 procent. ⟦Brøndum Holm⟧ har været tillidsrepræsentant på Kolding Sygehus i ti år.
=== hand-news da
Ukrainsk familie åbner bageri i Struer
⟦Oksana⟧ og ⟦Andrij Kovalenko⟧ flygtede fra Kharkiv i 2022. Nu har de åbnet Bageriet Kovalenko på Østergade. - Folk i Struer har taget godt imod os, siger ⟦Oksana Kovalenko⟧, mens datteren ⟦Sofiia⟧ pakker rugbrød.
=== hand-news da
Tennis: ⟦Holger Vind⟧ videre i Paris
⟦Holger Vind⟧ vandt 6-4, 7-5 over spanieren ⟦Álvaro de la Fuente⟧ og møder i kvartfinalen enten ⟦Tomás Novák⟧ eller ⟦Kai-Uwe Brandt⟧. Vinden drillede, men ⟦Vind⟧ holdt hovedet koldt.
=== hand-news da
Læserbrev
Jeg læste med undren ⟦Karsten Lauridsens⟧ indlæg om vindmøller (JV 24/11). ⟦Lauridsen⟧ glemmer, at ...
⟦Gerda Skytte⟧, Bramming
=== hand-news da
Fem skarpe til ⟦Mai-Britt Ravnsborg⟧
Hvem er dit forbillede? - Min mormor, ⟦Edith⟧. Hun drev gården alene i 30 år.
Hvad læser du lige nu? - En biografi om ⟦Karen Blixen⟧.
Hvor bor du? - I Rungsted, lige ved Karen Blixen Museet.
=== hand-news sv
Från Damaskus till stjärnkrog i Malmö
När ⟦Nadia Khoury⟧ kom till Sverige 2014 kunde hon ingen svenska. I dag är hon kökschef på restaurang Vollmers, som i går behöll sina två stjärnor. – Det är lika mycket ⟦Ahmads⟧ och ⟦Fridas⟧ förtjänst, säger ⟦Nadia Khoury⟧ om souschefen ⟦Ahmad Rezaei⟧ och hovmästaren ⟦Frida Nyqvist⟧.
=== hand-news sv
Ny ordförande för Vårdförbundet i Västra Götaland
⟦Anna-Karin Ljung Ek⟧ valdes till ny ordförande med 58 procent av rösterna mot ⟦Jesper Hagmans⟧ 42. ⟦Ljung Ek⟧ har varit fackligt förtroendevald på Sahlgrenska i tio år.
=== hand-news sv
Ukrainsk familj öppnar konditori i Ludvika
⟦Iryna⟧ och ⟦Oleh Bondarenko⟧ flydde från Charkiv 2022. Nu har de öppnat Konditori Bondarenko på Storgatan. – Ludvikaborna har tagit emot oss så fint, säger ⟦Iryna Bondarenko⟧ medan dottern ⟦Daryna⟧ packar kanelbullar.
=== hand-news sv
Tennis: ⟦Elias Ymer-Lind⟧ vidare i Båstad
⟦Elias Ymer-Lind⟧ vann med 6–3, 7–6 över argentinaren ⟦Juan Martín Ibáñez⟧ och möter i kvartsfinalen ⟦Tomás Novák⟧. Vinden ställde till det, men ⟦Ymer-Lind⟧ höll huvudet kallt.
=== hand-news sv
Insändare
Jag läste med förvåning ⟦Kjell Runessons⟧ insändare om vindkraft (NT 24/11). ⟦Runesson⟧ glömmer att ...
⟦Gerd Sjödin⟧, Norrköping
=== hand-news sv
Fem frågor till ⟦Märit Olsson-Hed⟧
Vem är din förebild? – Min mormor ⟦Edit⟧. Hon drev gården ensam i trettio år.
Vad läser du just nu? – En biografi om ⟦Selma Lagerlöf⟧.
Var bor du? – I Sunne, nära Mårbacka.
=== hand-biz da
Deltagerliste - kursus i projektledelse
Nr. Navn                        Firma
1   ⟦Abdullahi, Hodan⟧          Novo Nordisk
2   ⟦Bach-Sørensen, Mikkel⟧     Carlsberg
3   ⟦Østergaard, Line⟧          Grundfos
4   ⟦Wiśniewska, Agnieszka⟧     Lego
=== hand-biz da
VEDTÆGTER FOR FORENINGEN "VENNER AF TIPPEN"
§ 7. Foreningen tegnes af formanden ⟦JØRGEN HAVE⟧ og kassereren ⟦BIRGIT HOLM LUND⟧ i forening.
=== hand-biz da
Hej ⟦Tine⟧
⟦Kims⟧ computer er gået i stykker, så han låner ⟦Bos⟧ indtil videre. ⟦Bo⟧ er alligevel på ferie. Kan du bestille en ny til ⟦Kim⟧?
/⟦Henrik⟧ (IT)
=== hand-biz da
Kvittering for modtaget ansøgning
Kære ⟦Nguyen Van Minh⟧
Vi har modtaget din ansøgning om optagelse. ⟦Nguyen⟧ er registreret som efternavn i vores system - giv besked, hvis det er forkert.
=== hand-biz da
Fra: ⟦Signe Klitgaard⟧
Til: Salg
Emne: Ferie

Hej alle - jeg holder ferie uge 52 og 1. ⟦Ahmad⟧ tager mine kunder, undtagen Jensens Bøfhus, som ⟦Louise Jensen⟧ har.
God jul! ⟦Signe⟧
=== hand-biz da
Referat fra forældremøde i 2.b
Til stede: ⟦Camilla⟧ (⟦Noahs⟧ mor), ⟦Rasmus⟧ (⟦Ellas⟧ far), ⟦Hiba⟧ (⟦Yusufs⟧ mor), lærer ⟦Peter Storm⟧
⟦Peter⟧ fortalte om lejrskolen. ⟦Camilla⟧ og ⟦Hiba⟧ laver kage til julefesten.
=== hand-biz da
Slack #lager
⟦Søren⟧ 07:42  er der nogen der har set håndscanneren?
⟦Lotte Bang⟧ 07:44  ⟦bo⟧ havde den i går
⟦Søren⟧ 07:45  tak ⟦lotte⟧ 🙏
=== hand-biz da
Mvh.
⟦Jens Erik⟧

Sendt fra min iPhone
=== hand-biz sv
Deltagarlista - kurs i projektledning
Nr  Namn                         Företag
1   ⟦Abdi, Faduma⟧               Ericsson
2   ⟦Berg-Sjöholm, Mikael⟧       Scania
3   ⟦Öberg, Lina⟧                Atlas Copco
4   ⟦Kowalczyk, Agnieszka⟧       Spotify
=== hand-biz sv
STADGAR FÖR FÖRENINGEN "TIPPENS VÄNNER"
§ 7. Föreningens firma tecknas av ordföranden ⟦GÖRAN HAV⟧ och kassören ⟦BIRGIT HOLM LUND⟧ i förening.
=== hand-biz sv
Hej ⟦Tina⟧!
⟦Kims⟧ dator har gått sönder, så han lånar ⟦Bos⟧ så länge. ⟦Bo⟧ är ändå på semester. Kan du beställa en ny till ⟦Kim⟧?
/⟦Henrik⟧ (IT)
=== hand-biz sv
Bekräftelse på mottagen ansökan
Hej ⟦Tran Thi Mai⟧!
Vi har tagit emot din ansökan. ⟦Tran⟧ är registrerat som efternamn hos oss – hör av dig om det är fel.
=== hand-biz sv
Från: ⟦Sofie Klint⟧
Till: Sälj
Ämne: Ledighet

Hej alla! Jag är ledig v. 52 och 1. ⟦Ahmed⟧ tar mina kunder, utom Lindqvists Bageri som ⟦Lisa Lindqvist⟧ har.
God jul! ⟦Sofie⟧
=== hand-biz sv
Protokoll föräldramöte klass 2B
Närvarande: ⟦Camilla⟧ (⟦Noahs⟧ mamma), ⟦Rasmus⟧ (⟦Ellas⟧ pappa), ⟦Hiba⟧ (⟦Yusufs⟧ mamma), läraren ⟦Peter Storm⟧
⟦Peter⟧ berättade om lägerskolan. ⟦Camilla⟧ och ⟦Hiba⟧ bakar till julfesten.
=== hand-biz sv
Slack #lager
⟦Sören⟧ 07:42  har nån sett handscannern?
⟦Lotta Bang⟧ 07:44  ⟦bo⟧ hade den igår
⟦Sören⟧ 07:45  tack ⟦lotta⟧ 🙏
=== hand-biz sv
Mvh
⟦Jan-Erik⟧

Skickat från min iPhone
=== hand-trap da
Nyt fra HR: Fra 1. januar hedder mødelokalerne Ørsted, Bohr og Blixen. Booking sker som altid i Outlook.
=== hand-trap sv
Nytt från HR: Från 1 januari heter mötesrummen Lagerlöf, Nobel och Linné. Bokning som vanligt i Outlook.
=== hand-trap da
Per 1. december flytter vi til Kay Fiskers Plads 9. Bo Bedre Boligmesse holdes i Bella Center i marts.
=== hand-trap sv
Per den 1 december flyttar vi till Birger Jarlsgatan 9. Bo Klok-mässan hålls på Älvsjömässan i mars.
=== hand-trap da
Vi har fået ny kaffe fra Peter Larsen Kaffe og nye stole fra Fritz Hansen. Tak til ⟦Yvonne⟧ for at ordne det!
=== hand-trap sv
Vi har fått nytt kaffe från Lofbergs och nya stolar från Carl Malmsten. Tack till ⟦Yvonne⟧ som fixade det!
=== hand-news da
Erhverv: Generationsskifte hos Tømrerfirmaet Bent Krog & Søn
Efter 38 år overdrager ⟦Bent Krog⟧ firmaet til sønnen ⟦Mikkel Krog⟧ og svigerdatteren ⟦Sara Krog Ahmadi⟧. - Far har lært mig alt, siger ⟦Mikkel⟧. ⟦Bent⟧ fortsætter som konsulent to dage om ugen.
=== hand-news sv
Näringsliv: Generationsskifte på Snickeri Gösta Frid & Son
Efter 38 år lämnar ⟦Gösta Frid⟧ över firman till sonen ⟦Emil Frid⟧ och svärdottern ⟦Sara Frid Rahimi⟧. – Pappa har lärt mig allt, säger ⟦Emil⟧. ⟦Gösta⟧ fortsätter som konsult två dagar i veckan.
=== hand-biz da
Hej ⟦Dorte⟧ og ⟦Flemming⟧
Vedhæftet er udkastet til ⟦Ahmeds⟧ lønaftale. ⟦Flemming⟧, kan du læse den igennem inden ⟦Dortes⟧ møde med ham torsdag?
/⟦Lise⟧
=== hand-biz sv
Hej ⟦Åsa⟧ och ⟦Leif⟧!
Bifogat är utkastet till ⟦Ahmeds⟧ löneavtal. ⟦Leif⟧, kan du läsa igenom det före ⟦Åsas⟧ möte med honom på torsdag?
/⟦Lisa⟧
=== hand-news da
Kort sport
Badminton: ⟦Anders Lykke Vang⟧ og ⟦Mathias Bay⟧ vandt herredouble ved Danish Open. I damesingle tabte ⟦Line Hjort⟧ finalen til japanske ⟦Aya Nakamura⟧.
=== hand-news sv
Kort sport
Bandy: ⟦Erik Sköld⟧ gjorde tre mål när Sandviken slog Edsbyn. I damernas SM-final avgjorde ⟦Moa Lund⟧ med ett frislag, medan Västerås målvakt ⟦Jelena Marković⟧ var bäst på planen.
=== hand-biz da
Ansøgning modtaget
Navn: ⟦ISABELLA MARIE VON HOLSTEIN⟧
Stilling: Juridisk fuldmægtig
Reference: ⟦Preben Gorm⟧, Kammeradvokaten
=== hand-biz sv
Ansökan mottagen
Namn: ⟦FREDRIK AF KLERCKER⟧
Tjänst: Biträdande jurist
Referens: ⟦Louise Tham⟧, Mannheimer Swartling
=== hand-mixed da
Kære ⟦Aino Virtanen⟧ og ⟦Ola Nordmann-Berg⟧
Tak for jeres besøg fra Helsinki og Oslo. ⟦Ainos⟧ oplæg om Kela var meget interessant. ⟦Ola⟧ sender slides.
Hilsen ⟦Grethe⟧
=== hand-mixed sv
Hej ⟦Sigríður⟧ och ⟦Jón Gunnarsson⟧!
Tack för besöket från Reykjavík. ⟦Sigríðurs⟧ presentation om Íslandsbanki var mycket uppskattad. ⟦Jón⟧ skickar bilderna.
/⟦Gunnel⟧
"""
