"""Hand-written name documents for hold-out v8 (redteam10b).

Markup: ``@ LANG GENRE FAMILY`` starts a document (GENRE news or biz); ``⟦...⟧`` marks a PERSON span.
"""

DOCS = r"""
@ da news hand-news
⟦Birthe Koldborg⟧ er ny direktør for Vejle Havn. Hun kommer fra en stilling i Fredericia, og ⟦Koldborg⟧ tiltræder 1. marts.
@ da news hand-news
Storm Nielsen? Nej, det var stormen, der væltede træerne på Fanø i nat. Beredskabet rykkede ud 40 gange.
@ da news hand-news
⟦Storm Kjærgaard⟧ scorede to gange, da Viborg slog Randers 3-1. ⟦Kjærgaards⟧ andet mål kom i overtiden.
@ da news hand-news
Byrådet i Skive valgte i aftes ⟦Helle Bak⟧ (V) som borgmester. Hun afløser ⟦Niels Ove Dam⟧ (S), der går på pension.
@ da news hand-news
Retten i Aarhus: ⟦Kasper Lind⟧, 34, fik i går seks måneders fængsel. Anklager ⟦Tine Mosgaard⟧ havde krævet otte.
@ da news hand-news
Bageriet på Torvet skifter ejer. ⟦Jonna⟧ og ⟦Palle Riis⟧ sælger til deres svigersøn, ⟦Amir Saleh⟧, efter 31 år.
@ da news hand-news
Mindeord: ⟦Ejvind Holst⟧ er død, 86 år. ⟦Ejvinds⟧ smedje på Havnegade var et samlingssted for hele byen.
@ da news hand-news
Koncert i Domkirken: Koret synger ⟦Bachs⟧ Matthæuspassion under ledelse af ⟦Rikke Frydendahl⟧.
@ da news hand-news
H.C. Andersens Hus fik rekordmange besøgende i år. Museumschef ⟦Jens-Ole Finne⟧ glæder sig over tallene.
@ da news hand-news
Ny rekord på Fanø: ⟦Sol Bjerre⟧ løb halvmaraton på 1.09. Solen skinnede, og vinden var svag.
@ da news hand-news
Georg Jensen åbner ny butik på Strøget. Designchef ⟦Marie Lysholt⟧ viser den nye kollektion frem.
@ da news hand-news
Fodbold: ⟦Mikael Ørum⟧ blev matchvinder for Brøndby. ⟦Ørum⟧ headede bolden ind i det 88. minut efter hjørnespark fra ⟦Yusuf Demirci⟧.
@ da news hand-news
⟦Nguyen Thi Lan⟧ har drevet restaurant i Næstved i tyve år. Nu overtager datteren ⟦Linh⟧ forretningen.
@ da news hand-news
Grønland: ⟦Aviaaja Kreutzmann⟧ er valgt som formand for fiskerforeningen i Sisimiut. Hun afløser ⟦Hans Egede Lynge⟧.
@ da news hand-news
Per 1. januar stiger afgiften. Det oplyser Skatteministeriet i en pressemeddelelse. Bo i Danmark, betal i Danmark, lyder sloganet.
@ da news hand-news
Kulturpris til ⟦Ida Marie Schou⟧: Hun modtager Ole Haslunds Kunstnerlegat for sine malerier. ⟦Schou⟧ bor i Svaneke.
@ da news hand-news
Håndbold: ⟦Anne Mette Dybdal⟧ og ⟦Frida Ravn⟧ scorede hver seks mål. Ravnene fra Nordjylland tabte alligevel.
@ da news hand-news
Retssag: Forsvarer ⟦Bjarke von Bülow⟧ krævede frifindelse for sin klient, ⟦Dennis Holm⟧. Dommen falder i morgen.
@ da news hand-news
Lokalt: Familien ⟦Brøgger⟧ fra Tarm har vundet prisen for årets have. ⟦Gudrun Brøgger⟧ har passet roserne i 40 år.
@ da news hand-news
Kirkerne synger ⟦Grundtvigs⟧ salmer ved festen. Præst ⟦Mads Vester⟧ holder talen på Grundtvigs Plads.
@ da news hand-news
Tennis: ⟦Eva Lindvall⟧ tabte finalen til spanske ⟦Lucía Fernández de la Torre⟧ i tre sæt.
@ da news hand-news
⟦Yvonne Skov-Hansen⟧, 52, er ansat som ny skoleleder på Hans Tausens Skole i Viborg.
@ da news hand-news
Kort nyt: Kaj Munks Vej lukkes for trafik i uge 12. Vejarbejdet udføres af Lund & Ravn ApS.
@ da news hand-news
Dødsfald: Tidligere landmand ⟦Knud Aage Bisgaard⟧, Ringkøbing, er død 91 år. Han efterlader hustruen ⟦Edith⟧.
@ da news hand-news
Vinterbadere i Svendborg: ⟦Mark Holm⟧ og ⟦Lykke Juul⟧ stiftede klubben. "Held og lykke med det kolde vand," siger borgmesteren.
@ da news hand-news
Fire kandidater fra Dansk Folkeparti: ⟦Preben Gade⟧, ⟦Sussi Frost⟧, ⟦Carl Emil Wiborg⟧ og ⟦Mona Eskildsen⟧.
@ da news hand-news
Politiet i Nordjylland efterlyser ⟦Brian Ole Vejlby⟧, 41, der er forsvundet fra sin bopæl i Hjørring.
@ da news hand-news
Koncert med ⟦Carl Nielsens⟧ symfonier på Odense Koncerthus. Dirigent er finske ⟦Aino Virtanen⟧.
@ da news hand-news
Ukrainske ⟦Oksana Melnyk⟧ åbnede i fjor en frisørsalon i Horsens. Nu ansætter hun sin bror ⟦Taras⟧.
@ da news hand-news
Vejret: Stormen Ingolf rammer Vestkysten i nat med vindstød af stormstyrke. DMI varsler høj vandstand.
@ sv news hand-news
⟦Annika Strand⟧ blir ny vd för Gävle Hamn. Hon kommer närmast från Sundsvall, och ⟦Strand⟧ tillträder i april.
@ sv news hand-news
Det blir en ny dag i morgon, sa hamnkaptenen ⟦Dag Sjöberg⟧ när stormen hade lagt sig.
@ sv news hand-news
Fotboll: ⟦Love Ekström⟧ gjorde två mål när Degerfors slog Sirius. ⟦Ekströms⟧ andra mål kom i tilläggstid.
@ sv news hand-news
Kommunfullmäktige i Mora valde ⟦Ingela Nord⟧ (C) till kommunstyrelsens ordförande efter ⟦Bengt Ahlin⟧ (S).
@ sv news hand-news
Tingsrätten i Luleå: ⟦Jimmy Berglund⟧, 29, döms till fängelse i ett år. Åklagare ⟦Maria Tallberg⟧ yrkade två.
@ sv news hand-news
Konditoriet vid torget byter ägare. ⟦Berit⟧ och ⟦Sune Falk⟧ säljer till ⟦Hassan Yilmaz⟧ efter 28 år.
@ sv news hand-news
Minnesord: ⟦Gunnar Sten⟧ har avlidit, 84 år. ⟦Gunnars⟧ snickeri på Storgatan var känt i hela bygden.
@ sv news hand-news
Konsert i domkyrkan: Kören framför ⟦Händels⟧ Messias under ledning av ⟦Karolina Hedin⟧.
@ sv news hand-news
Carl Larsson-gården slog publikrekord i somras. Intendent ⟦Per Anders Vik⟧ är nöjd.
@ sv news hand-news
Per capita ökade elanvändningen i länet. Per vecka säljs dessutom fler elbilar än någonsin.
@ sv news hand-news
Bandy: ⟦Saga Holm⟧ avgjorde finalen för Västerås. ⟦Holm⟧ sköt 3-2 med två minuter kvar.
@ sv news hand-news
⟦Liu Wei⟧ har drivit restaurang i Borås i femton år. Nu tar sonen ⟦Chen⟧ över.
@ sv news hand-news
Sameby: ⟦Ánte Pavval⟧ har valts till ordförande i Sirges sameby. Han efterträder ⟦Nils-Henrik Blind⟧.
@ sv news hand-news
Kulturpris till ⟦Ebba af Klercker⟧ för hennes skulpturer. ⟦af Klercker⟧ bor i Visby.
@ sv news hand-news
Handboll: ⟦Nathalie Ek⟧ och ⟦Tilda Sandberg⟧ gjorde sju mål var. Ekologiskt odlade blommor delades ut efter matchen.
@ sv news hand-news
Rättegång: Försvararen ⟦Johan de Geer⟧ begärde att ⟦Rickard Lax⟧ skulle frikännas. Dom meddelas på fredag.
@ sv news hand-news
Familjen ⟦Bergkvist⟧ i Alingsås har vunnit priset för årets trädgård. ⟦Inga-Lill Bergkvist⟧ har odlat dahlior i 30 år.
@ sv news hand-news
Körerna sjunger ⟦Bellmans⟧ epistlar vid festen i Stockholm. Talar gör ⟦Olle Zetterlund⟧ vid Bellmanmuseet.
@ sv news hand-news
Tennis: ⟦Isak Lind⟧ förlorade semifinalen mot tjeckiske ⟦Tomáš Dvořák⟧.
@ sv news hand-news
⟦Mona Sjö-Andersson⟧, 47, blir ny rektor på Selma Lagerlöf-skolan i Sunne.
@ sv news hand-news
Kort: Olof Palmes gata stängs för trafik i vecka 8. Arbetet utförs av Falk & Ström Bygg AB.
@ sv news hand-news
Dödsfall: Förre lantbrukaren ⟦Karl-Gustav Holmqvist⟧, Skara, har avlidit 90 år. Han sörjs av hustrun ⟦Elsa⟧.
@ sv news hand-news
Kandidater för Kristdemokraterna: ⟦Ulf Bäck⟧, ⟦Vilja Storm⟧, ⟦Hugo Lönn⟧ och ⟦Sigrid Malm⟧.
@ sv news hand-news
Polisen efterlyser ⟦Kenneth Ask⟧, 52, som är försvunnen från sitt hem i Boden.
@ sv news hand-news
Konsert med ⟦Sibelius⟧ och ⟦Stenhammar⟧ i Göteborgs konserthus. Dirigent är norska ⟦Ingrid Bakke⟧.
@ sv news hand-news
Eritreanska ⟦Senait Tesfay⟧ öppnade ett kafé i Örebro. Nu anställer hon sin bror ⟦Yonas⟧.
@ sv news hand-news
Vädret: Lågtrycket Gorm drar in över Skåne i natt. SMHI varnar för höga vattenstånd.
@ sv news hand-news
Björnen sågs vid skolan i Sveg. Jägaren ⟦Björn Eklund⟧ ledde eftersöket tillsammans med polisen.
@ sv news hand-news
Ishockey: ⟦Linus Frost⟧ räddade 41 skott. Frosten i hallen gjorde isen snabb, sa ⟦Frost⟧ efteråt.
@ da news hand-news
Erhvervsminister ⟦Lone Brink⟧ besøgte fabrikken. ⟦Brinks⟧ besøg varede to timer, og direktør ⟦Henrik Ravnsborg⟧ viste rundt.
@ da news hand-news
Kajakroer ⟦Jes Mose⟧ vandt guld. Mosen ved Holte var ramme om stævnet, og ⟦Mose⟧ takkede sin træner, ⟦Ulla Birk⟧.
@ sv news hand-news
Statsrådet ⟦Eva Blom⟧ besökte fabriken i Olofström. Vd ⟦Tomas Hjort⟧ visade runt.
"""

DOCS2 = r"""
@ da biz hand-mail
Fra: ⟦Mette Dalsgaard⟧ <mette.dalsgaard@vestfrugt.dk>
Til: ⟦Jonas Brix⟧ <jb@brix-transport.dk>
Emne: Levering uge 14

Hej ⟦Jonas⟧

Kan I levere tirsdag i stedet for mandag? ⟦Lars⟧ på lageret er syg.

Venlig hilsen
⟦Mette Dalsgaard⟧
Indkøbschef, Vestfrugt A/S
@ da biz hand-mail
Hej ⟦Per⟧. Per mail kan jeg bekræfte, at fakturaen er betalt. Per 1. april hæver vi prisen. Mvh ⟦Karin Holt⟧
@ da biz hand-mail
-----Oprindelig meddelelse-----
Fra: ⟦Søren Krogh⟧
Sendt: 3. marts 2026 09:12
Til: ⟦Bodil Winther⟧
Emne: SV: Møde

Hej ⟦Bodil⟧, torsdag passer fint. /⟦Søren⟧
@ da biz hand-mail
Hej alle. Mødet er flyttet til mødelokale "Karen Blixen" på 2. sal. ⟦Thomas⟧ tager kage med. Mvh ⟦Rie⟧
@ da biz hand-mail
Kære ⟦Lykke⟧. Held og lykke med den nye stilling! Vi savner dig allerede. Kh ⟦Bo⟧ og resten af teamet
@ da biz hand-mail
Hej ⟦Villads⟧. Jeg har talt med ⟦Villads⟧' mor om skemaet. ⟦Hanne Friis⟧' kontrakt er sendt. Mvh ⟦Tove⟧
@ da biz hand-mail
Hej. Jeg bor i Hillerød og arbejder hos Holm & Storm Revision. Bo hos os, når du kommer til Sjælland! Mvh ⟦Camilla Storm⟧
@ da biz hand-minutes
Referat, bestyrelsesmøde i Vesterhavets Boligselskab
Til stede: ⟦Anne-Grethe Skau⟧ (formand), ⟦Ib Mortensen⟧, ⟦Sabina Hadžić⟧, ⟦Ravn Holmberg⟧
Afbud: ⟦Ole⟧
1. ⟦Anne-Grethe⟧ bød velkommen. 2. ⟦Ib⟧ gennemgik regnskabet.
@ da biz hand-minutes
Referat fra teammøde. Deltagere: KH, LM, ⟦Birgit⟧. KH fremlagde budgettet; ⟦Birgit⟧ tager referat næste gang.
@ da biz hand-contract
FULDMAGT. Undertegnede ⟦ELSE MARIE BUNDGAARD⟧ giver hermed advokat ⟦PETER LAURSEN⟧ fuldmagt til at sælge ejendommen Skovvej 12.
@ da biz hand-contract
Ansættelseskontrakt mellem Dalgas Maskiner ApS og ⟦Tobias Emil Kjeldsen⟧. Stilling: tekniker. Nærmeste leder: ⟦Gert Juul⟧.
@ da biz hand-chat
[10:01] ⟦mette⟧: har nogen set ⟦kasper⟧ i dag?
[10:02] @jonas_b: han er hos kunden
[10:02] ⟦mette⟧: ok tak
@ da biz hand-chat
[14:20] ⟦Ali⟧: ses vi kl 15?
[14:21] Mor: husk at købe mælk
[14:21] ⟦Ali⟧: ja ja
@ da biz hand-cv
CV
Navn: ⟦Natasja Wiuff⟧
Erfaring: 2019-2025 Bogholder hos Bach & Co. Reference: ⟦Hans Bach⟧, direktør.
@ da biz hand-roster
Vagtplan uge 9
Man: ⟦Sol⟧, ⟦Bo⟧
Tir: ⟦Storm⟧, ⟦Lykke⟧
Ons: ⟦Mark⟧
Tor: lukket
@ da biz hand-table
Navn;Afdeling;Lokale
⟦Jensen, Kirsten⟧;Løn;H.C. Ørsted
⟦Hadid, Omar⟧;IT;Niels Bohr
⟦Østergaard, Bent⟧;Kantine;Stueetagen
@ da biz hand-mail
Hej ⟦Dorte⟧. Jeg har bestilt bord på Restaurant Søren K til fredag. Bagefter går vi til Kaj Munks Park. /⟦Niels⟧
@ da biz hand-mail
Autosvar: Jeg er på ferie til 14. juli. Kontakt venligst min kollega ⟦Susanne Kaae⟧ på tlf. 8833 2211. Mvh ⟦Lene Dyhr⟧
@ da biz hand-mail
Kære kunde. Vi takker for din ordre hos Peter Larsen Kaffe. Din pakke sendes i dag. Venlig hilsen Kundeservice
@ da biz hand-mail
Sendt fra min iPhone
> Den 4. maj skrev ⟦Kenneth Fogh⟧ <kf@foghbyg.dk>:
> Kan du ringe til ⟦Mads⟧ om tilbuddet?
Ja, det gør jeg. /⟦Anja⟧
@ da biz hand-minutes
Generalforsamling i Foreningen Sommerhave. Dirigent: ⟦Erik Thagaard⟧. Referent: ⟦Marianne H. Lund⟧. ⟦Thagaard⟧ konstaterede, at generalforsamlingen var lovligt indkaldt.
@ da biz hand-mail
Hej ⟦Zoran P.⟧ og ⟦Camilla D⟧. Tak for i går. Jeg sender referatet til ⟦M. Sørensen⟧ i morgen. /⟦Lise⟧
@ da biz hand-table
Medarbejder | Telefon | Fri
⟦Karl Johan Skytte⟧ | 2211 4455 | fredag
⟦Pil Andersen⟧ | 2211 4456 | mandag
@ da biz hand-mail
Hej ⟦Ahmad⟧. Jeg har tjekket med ⟦Abdirahman Warsame⟧ og ⟦Ngozi Okafor⟧; de kan begge deltage. Mvh ⟦Kirstine⟧
@ da biz hand-mail
Kære ⟦Freja⟧. Hermed referat fra mødet om Hvide Sande-projektet. Bemærk at Energistyrelsen kræver svar inden fredag. /⟦Jens-Peter⟧
@ da biz hand-mail
Hej ⟦Sanne⟧. Kan du booke lokalet "Tycho Brahe" og bestille sandwich fra Jensens Bøfhus? Tak! ⟦Rasmus⟧
@ sv biz hand-mail
Från: ⟦Lena Åberg⟧ <lena.aberg@norrfrukt.se>
Till: ⟦Mikael Svärd⟧ <ms@svard-logistik.se>
Ämne: Leverans v. 14

Hej ⟦Mikael⟧!

Kan ni leverera tisdag i stället? ⟦Sven⟧ på lagret är sjuk.

Vänliga hälsningar
⟦Lena Åberg⟧
Inköpschef, Norrfrukt AB
@ sv biz hand-mail
Hej ⟦Per⟧! Per telefon sa du att fakturan var betald. Per den 1 maj höjs priset. Mvh ⟦Eva Lund⟧
@ sv biz hand-mail
-----Ursprungligt meddelande-----
Från: ⟦Göran Falk⟧
Skickat: den 3 mars 2026 09:12
Till: ⟦Ylva Ström⟧
Ämne: SV: Möte

Hej ⟦Ylva⟧, torsdag funkar. /⟦Göran⟧
@ sv biz hand-mail
Hej alla. Mötet flyttas till rummet "Astrid Lindgren" på plan 3. ⟦Klara⟧ tar med fika. /⟦Nils⟧
@ sv biz hand-mail
Kära ⟦Vilja⟧! Om du vill får du gärna komma på festen. Kram ⟦Love⟧
@ sv biz hand-mail
Hej ⟦Sten⟧. Jag har pratat med ⟦Agnes⟧' pappa. ⟦Jonas Mattsons⟧ avtal är skickat. /⟦Britt⟧
@ sv biz hand-minutes
Protokoll, styrelsemöte i BRF Linden
Närvarande: ⟦Kerstin Ahl⟧ (ordf.), ⟦Dag Lindström⟧, ⟦Emir Begović⟧, ⟦Ek Mattsson⟧
Förhinder: ⟦Åsa⟧
§1 ⟦Kerstin⟧ öppnade mötet. §2 ⟦Dag⟧ redogjorde för ekonomin.
@ sv biz hand-minutes
Mötesanteckningar. Deltagare: AB, JL, ⟦Sofie⟧. AB presenterade budgeten; ⟦Sofie⟧ för protokoll nästa gång.
@ sv biz hand-contract
FULLMAKT. Undertecknad ⟦ANNA-LENA BERGSTRÖM⟧ ger härmed advokat ⟦FREDRIK AF SANDEBERG⟧ fullmakt att sälja fastigheten Åkern 3:14.
@ sv biz hand-contract
Anställningsavtal mellan Hallbergs Verkstad AB och ⟦Oscar Wiklander⟧. Befattning: tekniker. Chef: ⟦Pia Lönnqvist⟧.
@ sv biz hand-chat
[10:01] ⟦linnea⟧: har nån sett ⟦erik⟧ idag?
[10:02] @kalle.j: han är hos kunden
[10:02] ⟦linnea⟧: okej tack
@ sv biz hand-chat
[14:20] ⟦Rahim⟧: ses vi kl 15?
[14:21] Mamma: glöm inte mjölken
[14:21] ⟦Rahim⟧: jaja
@ sv biz hand-cv
CV
Namn: ⟦Hedda Lindholm⟧
Erfarenhet: 2018-2025 Redovisningsekonom på Lindqvist & Berg. Referens: ⟦Maja Lindqvist⟧, vd.
@ sv biz hand-roster
Schema v. 9
Mån: ⟦Saga⟧, ⟦Dag⟧
Tis: ⟦Love⟧, ⟦Sol⟧
Ons: ⟦Stig⟧
Tor: stängt
@ sv biz hand-table
Namn;Avdelning;Rum
⟦Lindgren, Astri⟧;Ekonomi;Linné
⟦Yilmaz, Mehmet⟧;IT;Nobel
⟦Öberg, Kjell⟧;Reception;Entré
@ sv biz hand-mail
Hej ⟦Cecilia⟧. Jag har bokat bord på Hotel Birger Jarl på fredag. Sedan promenerar vi längs Sten Sturegatan. /⟦Anders⟧
@ sv biz hand-mail
Autosvar: Jag är på semester till 14 juli. Kontakta min kollega ⟦Josefin Hed⟧ på 070-123 45 67. Mvh ⟦Ulla Renberg⟧
@ sv biz hand-mail
Hej! Tack för din beställning hos Bruno Mathsson AB. Paketet skickas i dag. Vänliga hälsningar Kundtjänst
@ sv biz hand-mail
Skickat från min iPhone
> Den 4 maj skrev ⟦Kristoffer Ek⟧ <ke@ekbygg.se>:
> Kan du ringa ⟦Hampus⟧ om offerten?
Ja, det gör jag. /⟦Moa⟧
@ sv biz hand-minutes
Årsmöte i Koloniföreningen Solrosen. Ordförande för mötet: ⟦Bengt Wallin⟧. Sekreterare: ⟦Eva-Karin Sjögren⟧. ⟦Wallin⟧ förklarade mötet öppnat.
@ sv biz hand-mail
Hej ⟦Petra J⟧ och ⟦Sara N.⟧ Tack för igår. Jag skickar protokollet till ⟦K. Lindberg⟧ imorgon. /⟦Ebba⟧
@ sv biz hand-table
Anställd | Telefon | Ledig
⟦Per-Erik Höglund⟧ | 08-555 123 | fredag
⟦Juni Rask⟧ | 08-555 124 | måndag
@ sv biz hand-mail
Hej ⟦Hussein⟧. Jag har stämt av med ⟦Fatuma Ali⟧ och ⟦Piotr Kowalczyk⟧; båda kan komma. /⟦Therese⟧
@ sv biz hand-mail
Hej ⟦Alva⟧. Här är anteckningarna från mötet om Mora-projektet. Lantmäteriet vill ha svar före fredag. /⟦Johan⟧
@ sv biz hand-mail
Hej ⟦Julia⟧. Kan du boka rummet "Greta Garbo" och beställa smörgåsar från Max? Tack! ⟦Viktor⟧
@ sv biz hand-vcard
BEGIN:VCARD
N:⟦Sjöström⟧;⟦Vera⟧;;;
FN:⟦Vera Sjöström⟧
EMAIL:vera.sjostrom@example.se
END:VCARD
@ da biz hand-vcard
BEGIN:VCARD
N:⟦Thygesen⟧;⟦Asger⟧;;;
FN:⟦Asger Thygesen⟧
ORG:Thygesen & Søn
END:VCARD
@ en biz hand-mail
Hi ⟦Sean⟧, thanks for the call. Please send the draft to ⟦Priya Natarajan⟧ in our London office. Best, ⟦Martin Nygaard⟧
@ da biz hand-mail
Hej ⟦Kim⟧. Fint at du kan tage over. ⟦Emma-Sofie⟧ har nøglerne. Hilsen ⟦Ulrik Hjort⟧
@ sv biz hand-mail
Hej ⟦Kim⟧. Bra att du kan ta över. ⟦Tilde⟧ har nycklarna. Hälsningar ⟦Bo Sandell⟧
@ da biz hand-json
{"displayName": "⟦Nikolaj Kirk⟧", "mail": "nikolaj.kirk@firma.dk", "department": "Salg", "manager": "⟦Maja Berg⟧"}
@ sv biz hand-json
{"displayName": "⟦Hanna Öst⟧", "mail": "hanna.ost@foretag.se", "department": "Inköp", "manager": "⟦Filip Nyberg⟧"}
@ da biz hand-git
commit 4f2a9c1
Author: ⟦Rune Vestergaard⟧ <rune@example.dk>
Reviewed-by: ⟦Helga Bjerg⟧

Ret fejl i eksport
@ sv biz hand-ical
ATTENDEE;CN=⟦Sofia Malmberg⟧:mailto:sofia.malmberg@example.se
ORGANIZER;CN=⟦Jesper Sundin⟧:mailto:jesper.sundin@example.se
@ da biz hand-mail
Hej ⟦Rikke⟧. ⟦Kraghs⟧ kunde har ringet igen. Kan du tage den? Mvh ⟦Bent⟧
@ sv biz hand-mail
Hej ⟦Lotta⟧. ⟦Bergmans⟧ kund har ringt igen. Kan du ta det? /⟦Kjell⟧
@ da biz hand-mail
BEMÆRK: Kontaktperson hos os er ⟦LARS-ERIK THOMSEN⟧, tlf. 7020 1122. Fakturaer sendes til bogholderiet.
@ sv biz hand-mail
OBS: Kontaktperson hos oss är ⟦ANNELI WESTIN⟧, tel. 010-222 33 44. Fakturor skickas till ekonomi.
"""
DOCS3 = r"""
@ da news hand-news
Landsretten stadfæstede dommen over ⟦Johnny Vig⟧. ⟦Vigs⟧ advokat, ⟦Signe Aagaard⟧, overvejer at søge Procesbevillingsnævnet.
@ da news hand-news
Ny præst i Hvidbjerg: ⟦Asbjørn Fog⟧ indsættes søndag. Provst ⟦Lis Gormsen⟧ leder gudstjenesten.
@ da news hand-news
Dronningens Tværgade er spærret. Christian IV's Bryghus holder åbent som normalt.
@ da news hand-news
⟦Pia Kjærsgaard Holm⟧ fra Lemvig har strikket 300 huer til nyfødte. "Det startede med min datter ⟦Agnes⟧," siger hun.
@ da news hand-news
Ishockey: Målmand ⟦Frederik Dichmann⟧ holdt buret rent. Hos gæsterne scorede ⟦Kowalski⟧ to gange.
@ da news hand-news
Den svenske forfatter ⟦Kerstin Eklöv⟧ læser op på Louisiana. Arrangementet er udsolgt.
@ da news hand-news
Ærø: Færgekaptajn ⟦Dag Thomsen⟧ går på pension efter 40 år. "Det har været en god dag hver dag," siger ⟦Thomsen⟧.
@ da news hand-news
Kommunen har købt Villa Ravnsborg. Ejendommen blev bygget af tobaksfabrikant ⟦Christian Ravnsborg⟧ i 1902.
@ da news hand-news
Kort: En 23-årig kvinde blev lettere såret i et trafikuheld på Ringvejen. Hun blev kørt til Odense Universitetshospital.
@ da news hand-news
Badminton: ⟦Line Kjær-Brunsgaard⟧ vandt damesingle. I herredouble vandt ⟦Rasmus Fladkjær⟧ og ⟦Kim Asmund⟧.
@ sv news hand-news
Hovrätten fastställde domen mot ⟦Roger Eng⟧. ⟦Engs⟧ advokat ⟦Cecilia Nordin⟧ överväger att överklaga.
@ sv news hand-news
Ny kyrkoherde i Orsa: ⟦Mats Hallberg⟧ installeras på söndag av biskop ⟦Karin Wibom⟧.
@ sv news hand-news
Drottninggatan är avstängd i dag. Gustav Adolfs torg har fått nya bänkar.
@ sv news hand-news
⟦Gun-Britt Ahlqvist⟧ från Kiruna har stickat 200 mössor till BB. "Det började med mitt barnbarn ⟦Alice⟧", säger hon.
@ sv news hand-news
Allsvenskan: ⟦Kalle Holmberg⟧ gav Norrköping ledningen. Gästernas ⟦Nwankwo⟧ kvitterade.
@ sv news hand-news
Den danska författaren ⟦Tove Ditlevsen⟧ skildrade Vesterbro. Nu sätts hennes trilogi upp på Stadsteatern.
@ sv news hand-news
Gotland: Färjekaptenen ⟦Sten Ljung⟧ går i pension. "Sten och sand har jag sett nog av", skämtar ⟦Ljung⟧.
@ sv news hand-news
Kort: En 31-årig man skadades lindrigt i en trafikolycka på E4. Han fördes till Södersjukhuset.
@ sv news hand-news
Kommunen har köpt Villa Lönnebo, byggd av bryggaren ⟦August Lönn⟧ på 1890-talet.
@ sv news hand-news
Friidrott: ⟦Moa Hjelmgren⟧ vann 400 meter. I stavhopp tog ⟦Melker Svanberg Jacobsson⟧ guld.
@ da biz hand-mail
Hej ⟦Brian⟧. Kan du sende ⟦Tinas⟧ timeseddel til ⟦Gurli⟧? Tak. /⟦Jette⟧
@ da biz hand-minutes
Forældremøde, 2.A. Til stede: ⟦Camilla⟧ (⟦Noahs⟧ mor), ⟦Rasmus⟧ (⟦Idas⟧ far), ⟦Fatma Öztürk⟧. ⟦Camilla⟧ bager til juleafslutningen.
@ da biz hand-table
Deltagerliste kursus 14/5
1. ⟦HANSEN, METTE⟧
2. ⟦NGUYEN, VAN MINH⟧
3. ⟦AL-SAYED, RAMI⟧
4. ⟦DE LA CRUZ, SOFIA⟧
@ da biz hand-mail
Hej Familien ⟦Dalsgaard⟧. Tak for lån af trailer. Vi afleverer den søndag. Hilsen ⟦Trine⟧ og ⟦Ebbe⟧
@ da biz hand-mail
Hej ⟦Ea⟧. Kommer du til Ib's fødselsdag? Nej vent – det er ⟦Ibs⟧ fest lørdag, ikke fredag. /⟦Gry⟧
@ da biz hand-sms
Hej, det er ⟦Jan⟧ fra Ravn VVS. Jeg kommer kl. 8 i morgen og ser på radiatoren.
@ da biz hand-transcript
[00:01:12] INTERVIEWER: Hvad hedder du?
[00:01:14] ⟦Knud Erik Søgaard⟧: Jeg hedder ⟦Knud Erik⟧.
@ da biz hand-ocr
Kvittering nr. 1142 Kunde: ⟦Søren Beck⟧ Beløb 450,- Ekspedient: ⟦Lotte⟧
@ sv biz hand-mail
Hej ⟦Jimmy⟧. Kan du skicka ⟦Tinas⟧ tidrapport till ⟦Gunilla⟧? Tack. /⟦Marie⟧
@ sv biz hand-minutes
Föräldramöte, 2A. Närvarande: ⟦Elin⟧ (⟦Olles⟧ mamma), ⟦Jonas⟧ (⟦Majas⟧ pappa), ⟦Aisha Mohamed⟧. ⟦Elin⟧ bakar till avslutningen.
@ sv biz hand-table
Deltagarlista kurs 14/5
1. ⟦ANDERSSON, KARIN⟧
2. ⟦TRAN, THI HOA⟧
3. ⟦HASSAN, OMAR⟧
4. ⟦VON ESSEN, CARL⟧
@ sv biz hand-mail
Hej familjen ⟦Sjöberg⟧! Tack för lånet av släpet. Vi lämnar tillbaka det på söndag. /⟦Sanna⟧ och ⟦Ola⟧
@ sv biz hand-sms
Hej, det är ⟦Mattias⟧ från Holm Rör AB. Jag kommer kl. 8 imorgon och tittar på elementet.
@ sv biz hand-ocr
Kvitto nr 5521 Kund: ⟦Lars Ståhl⟧ Belopp 320 kr Kassör: ⟦Nora⟧
@ sv biz hand-mail
Tjena ⟦Ola⟧! Lund är fint i maj. Jag och ⟦Axel Lund⟧ ses vid stationen. /⟦Mira⟧
@ da biz hand-mail
Hej ⟦Ulla⟧. Skov og natur er vores tema. ⟦Ulla Skov⟧ fra kommunen kommer og fortæller. /⟦Per Lykke⟧
@ sv biz hand-mail
Hej ⟦Björn⟧. Vi ses vid Ekbacken? Nej, vid eken vid Björkvägen. /⟦Hanna Ek⟧
@ da biz hand-mail
Til: personale@skovly.dk. Emne: Ny kollega. Vi byder velkommen til ⟦Oluwaseun Adeyemi⟧, der foretrækker at blive kaldt ⟦Seun⟧. Hilsen ⟦Karen⟧, HR
@ sv biz hand-mail
Till: personal@ekhaga.se. Ämne: Ny kollega. Välkommen ⟦Dragana Petrović⟧, som vill kallas ⟦Gaga⟧. /⟦Louise⟧, HR
@ da biz hand-mail
Med venlig hilsen / Best regards
⟦Jørgen Kierkegaard⟧
Partner | Kierkegaard & Co. Advokatfirma
@ sv biz hand-mail
Med vänliga hälsningar
⟦Birger Jarlsson⟧
Delägare | Birger Jarl Advokatbyrå
@ da biz hand-mail
Hej ⟦Gorm⟧. Vi har lukket sagen om stormskaden. Stormen Bodil ramte taget i 2013, ikke i år. /⟦Hella Munch⟧
@ sv biz hand-mail
Hej ⟦Gudrun⟧. Stormen Gudrun fällde skogen 2005. Vi stänger ärendet nu. /⟦Roine Sjökvist⟧
@ da biz hand-slack
@kristian.b har ikke svaret. ⟦Kristian Bager⟧ er på ferie, skriver ⟦Maj-Britt⟧.
@ sv biz hand-slack
@emma_l har inte svarat. ⟦Emma Lövgren⟧ är på semester, skriver ⟦Ann-Sofi⟧ i kanalen.
@ da news hand-news
Sankt Hans aften tænder ⟦Thorkild Vang⟧ bålet ved Hans Christian Andersens Strand. Talen holdes af ⟦Hans Jessen⟧; hans tale handler om havet.
@ sv news hand-news
Vid midsommar dansar ⟦Greta Hallgren⟧ runt stången på Skansen. Hon har gjort det sedan 1970, berättar ⟦Hallgrens⟧ dotter ⟦Lina⟧.
@ da news hand-news
⟦ANNA-KAROLINE BRUUS⟧ VANDT GULD: Roeren fra Bagsværd slog verdensmesteren. ⟦Bruus⟧' træner, ⟦Ib de Neergaard⟧, var rørt.
@ sv news hand-news
⟦JOHANNA LINDE-VON PLATEN⟧ TOG GULD: Skytten från Arvika slog världsmästaren. Tränaren ⟦Per-Ola Mårtensson⟧ grät.
@ da biz hand-mail
Hej ⟦Rasmus⟧. Skriv til ⟦Mikkels⟧ chef, ⟦Hanne⟧ – hendes mail er hanne.mose@firma.dk. PS: JKL og MB er orienteret. /⟦Sif⟧
@ sv biz hand-mail
Hej ⟦Kalle⟧! Mejla ⟦Ebbas⟧ chef ⟦Rut⟧ – adressen är rut.falk@foretag.se. PS: ALB och KJ vet redan. /⟦Idun⟧
@ da news hand-news
Kaj Munk-prisen gik i år til ⟦Jens Kristian Bøgh⟧. ⟦Kaj Munks⟧ enke grundlagde prisen i 1950'erne.
@ sv news hand-news
Augustpriset gick till ⟦Lovisa Ödmark⟧. ⟦Ödmarks⟧ roman utspelar sig på Drottninggatan i Stockholm.
@ da biz hand-mail
Hej ⟦Magnus⟧. Jeg har lagt tilbuddet til Lindholm Rengøring ApS i mappen. Hr. ⟦Lindholm⟧ selv ringer i morgen. /⟦Ella⟧
@ sv biz hand-mail
Hej ⟦Magnus⟧. Jag har lagt offerten till Lindholms Städ AB i mappen. ⟦Lindholm⟧ själv ringer imorgon. /⟦Elsa⟧
@ da news hand-news-long
Lemvig: Da ⟦Karen Margrethe Tang⟧ i 1987 overtog sin fars købmandsbutik på Torvet, var der tre købmænd i byen. Nu er der kun hendes tilbage. "Far sagde altid, at man skal kende kunderne ved navn," siger ⟦Tang⟧, mens hun fylder hylderne. Butikken hedder stadig Tangs Købmandshandel, og skiltet er det samme, som ⟦Svend Tang⟧ hængte op i 1952. Til sommer overtager barnebarnet ⟦Frederikke⟧ og hendes mand, ⟦Ahmed Haddad⟧. "⟦Frederikke⟧ har altid været her om lørdagen," siger ⟦Karen Margrethe⟧. Borgmester ⟦Erling Kvist⟧ kalder butikken "byens stue".
@ sv news hand-news-long
Hudiksvall: När ⟦Gun-Marie Dahlström⟧ tog över sin fars järnhandel på Storgatan 1985 fanns det fyra i stan. Nu är hennes ensam kvar. "Pappa sa alltid att man ska känna kunderna vid namn", säger ⟦Dahlström⟧ medan hon packar upp skruv. Butiken heter fortfarande Dahlströms Järn, och skylten är samma som ⟦Evert Dahlström⟧ satte upp 1949. I sommar tar barnbarnet ⟦Wilma⟧ och hennes sambo ⟦Kemal Aydın⟧ över. "⟦Wilma⟧ har stått i kassan varje lördag sedan hon var tolv", säger ⟦Gun-Marie⟧. Kommunalrådet ⟦Håkan Ede⟧ kallar butiken "stadens vardagsrum".
@ da biz hand-minutes-long
Referat af ordinær generalforsamling i Ejerforeningen Havnehusene, 12. marts 2026
Til stede: 23 ejere, heraf 4 ved fuldmagt. Administrator ⟦Lasse Ørskov⟧ (Ørskov Ejendomsadministration ApS).
1. Valg af dirigent: ⟦Birte Hald⟧ blev valgt. ⟦Hald⟧ konstaterede, at forsamlingen var lovligt indkaldt.
2. Beretning: Formand ⟦Ove Krarup⟧ fortalte om altanprojektet. ⟦Krarups⟧ beretning blev godkendt.
3. Valg: ⟦Sanne Birk⟧ og ⟦Tariq Mahmood⟧ blev valgt til bestyrelsen; suppleant ⟦Lis Ravn-Jensen⟧.
Referent: ⟦Mette V. Juhl⟧
@ sv biz hand-minutes-long
Protokoll från ordinarie föreningsstämma i BRF Sjöutsikten, 12 mars 2026
Närvarande: 31 medlemmar, varav 3 genom fullmakt. Förvaltare ⟦Anders Sjövall⟧ (Sjövall Fastighetsförvaltning AB).
§1 Val av ordförande: ⟦Margareta Ek⟧ valdes. ⟦Ek⟧ konstaterade att stämman var behörigen utlyst.
§2 Förvaltningsberättelse: Ordförande ⟦Stig-Olof Lund⟧ berättade om stambytet. ⟦Lunds⟧ berättelse lades till handlingarna.
§3 Val: ⟦Ingrid Strand⟧ och ⟦Dejan Marković⟧ valdes till styrelsen; suppleant ⟦Sol Berglund-Ek⟧.
Justerare: ⟦Bo Edman⟧
@ da biz hand-contract-long
LEJEKONTRAKT. Udlejer: ⟦Jens Peter Fiil⟧, Østergade 4, 7400 Herning. Lejer: ⟦Ronja Lykke Sommer⟧. Lejemålet overtages 1. maj. Nøgler udleveres af viceværten, ⟦Erik⟧. Depositum indbetales til Fiil Ejendomme ApS. Underskrifter: ⟦J.P. Fiil⟧ / ⟦R. L. Sommer⟧
@ sv biz hand-contract-long
HYRESAVTAL. Hyresvärd: ⟦Per-Åke Vinter⟧, Kungsgatan 9, Umeå. Hyresgäst: ⟦Dagny Höst⟧. Tillträde 1 maj. Nycklar lämnas av fastighetsskötaren ⟦Ronny⟧. Deposition betalas till Vinter Fastigheter AB. Underskrifter: ⟦P-Å Vinter⟧ / ⟦D. Höst⟧
@ da biz hand-cv-long
CURRICULUM VITAE
⟦Sofie Amalie Krag-Juel⟧
Uddannelse: cand.merc., Aarhus Universitet (vejleder: prof. ⟦Hans Kirkegaard⟧)
Erfaring: Controller hos Krag & Juel Revision (2019-); praktik hos Mærsk.
Referencer: ⟦Bettina Lund⟧, økonomichef; ⟦Niels-Erik Sand⟧, partner
@ sv biz hand-cv-long
MERITFÖRTECKNING
⟦Elsa Birgitta von Rosen⟧
Utbildning: civilekonom, Handelshögskolan (handledare: prof. ⟦Lars Ek⟧)
Erfarenhet: Controller på Rosen & Falk Revision (2018-); praktik på Ikea.
Referenser: ⟦Katarina Lindahl⟧, ekonomichef; ⟦Sven-Erik Björk⟧, delägare
"""
