"""Hand-written Swedish news and business texts for the v5 name hold-out (each written once)."""

BANK = r"""
=== hand-news sv
Ny vd för Gävle Energi
Styrelsen har utsett ⟦P|Liv Ek Sandström⟧ till ny vd för Gävle Energi AB. Hon efterträder ⟦P|Dag Berg⟧, som går i
pension efter 14 år. "⟦P|Liv⟧ har rätt erfarenhet för omställningen," säger styrelseordförande ⟦P|Stig Falk⟧.

=== hand-news sv
Björnen sköts i Orsa
En björn som setts nära bebyggelse i Orsa sköts på tisdagen efter beslut av länsstyrelsen. Jaktledaren
⟦P|Björn Ek⟧ berättar att björnen var skadad. "Det var rätt beslut," säger ⟦P|Ek⟧.

=== hand-news sv
Tingsrätten: 41-åring döms för grov stöld
En 41-årig man från Borlänge döms till fängelse i ett år för stölder från byggarbetsplatser. Åklagare
⟦P|Sara Lönn⟧ hade yrkat på ett och ett halvt år. Försvarare ⟦P|Henrik Strand⟧ överväger att överklaga.

=== hand-news sv
Syrisk kock öppnar restaurang i Söderhamn
⟦P|Rami Al-Hassan⟧ kom till Söderhamn 2015. Nu öppnar han restaurangen Damaskus Kök på Kungsgatan tillsammans med
sin fru ⟦P|Lina⟧. "Vi vill laga maten som ⟦P|Ramis⟧ mamma lagade," säger ⟦P|Lina Al-Hassan⟧.

=== hand-news sv
Fotboll: Hammarby vann derbyt mot AIK med 2–0. ⟦P|Nahir Besara⟧ gjorde båda målen. AIK:s tränare ⟦P|Mikael Thomasson⟧
var besviken. "Vi skapade för lite," sa han efter matchen.

=== hand-news sv
Döda
⟦P|Karl-Erik Vinter⟧, Ljusdal, har avlidit 91 år gammal. ⟦P|Karl-Erik⟧ var lantbrukare i Järvsö i hela sitt liv och
aktiv i hembygdsföreningen. Han sörjs närmast av hustrun ⟦P|Gun⟧ samt barnen ⟦P|Åsa⟧ och ⟦P|Mats⟧ med familjer.

=== hand-news sv
Kommunfullmäktige i Härnösand
Vid tisdagens möte röstade ⟦P|Maria Sten⟧ (M) och ⟦P|Love Lindgren⟧ (KD) nej till budgeten, medan ⟦P|Ulf Strand⟧ (S)
och ⟦P|Tuva Nord⟧ (MP) röstade ja. Kommunstyrelsens ordförande ⟦P|Anders Gävlesjö⟧ kallade budgeten "stram men nödvändig".

=== hand-news sv
Astrid Lindgrens Värld slår publikrekord
Nöjesparken i Vimmerby hade 580 000 besökare i år. "Vi är glada," säger vd ⟦P|Anna Grönlund⟧. Parken bygger
vidare på ⟦P|Astrid Lindgrens⟧ böcker.

=== hand-news sv
Ukrainsk familj driver bageri i Kalmar
⟦P|Olena⟧ och ⟦P|Serhij Bondarenko⟧ flydde från Charkiv 2022. I dag driver de bageriet Kalach på Storgatan.
"Svenskarna älskar våra piroger," säger ⟦P|Olena Bondarenko⟧. Dottern ⟦P|Kateryna⟧, 16, hjälper till på helgerna.

=== hand-news sv
Olof Palmes gata stängs av
Olof Palmes gata i Stockholm stängs för trafik under helgen på grund av ledningsarbeten. Trafikkontorets
projektledare ⟦P|Peter Sand⟧ säger att bussarna leds om via Kungsgatan.

=== hand-news sv
Konst: ⟦P|Vera Falk⟧ ställer ut på Bror Hjorths Hus i Uppsala. Hennes målningar av skärgården har kallats
"stilla och kraftfulla". ⟦P|Falk⟧ är född i Öregrund och har ateljé i Östhammar.

=== hand-news sv
Kort: ⟦P|Hodan Mohamed Farah⟧, 19, från Rinkeby har tagits ut till landslaget i friidrott. ⟦P|Hodan⟧ springer 800 meter
och tränas av ⟦P|Lars-Göran Ek⟧ i Spårvägens FK.

=== hand-news sv
Hockey: Frölunda vann mot Luleå efter förlängning. ⟦P|Ryan Lasch⟧ avgjorde. Frölundas tränare ⟦P|Roger Rönnqvist⟧ var nöjd:
"Vi gav aldrig upp."

=== hand-news sv
Insändare: Rädda vårdcentralen i Järna!
Vi som bor här behöver en vårdcentral. Det är orimligt att äldre ska åka till Södertälje. ⟦P|Ingrid Månsson⟧, Järna

=== hand-mail sv
Från: "⟦P|Lindqvist, Anna⟧" <anna.lindqvist@region.se>
Till: ⟦P|Jonas Öberg⟧ <jonas@obergbygg.se>
Kopia: ⟦P|Fredrik Holm⟧ <fredrik.holm@region.se>
Ämne: Offert, ombyggnad vårdcentral

Hej ⟦P|Jonas⟧!

Tack för offerten. ⟦P|Fredrik⟧ och jag har några frågor om ventilationen. Kan du ringa mig på torsdag?

Vänliga hälsningar
⟦P|Anna Lindqvist⟧
Projektledare, Regionfastigheter

=== hand-mail sv
Hej alla!

Välkommen till ⟦P|Chukwuemeka Okafor⟧ som börjar på IT-avdelningen på måndag! ⟦P|Emeka⟧, som han vill kallas, kommer
senast från Ericsson och har bott i Kista i sex år. Han sitter bredvid ⟦P|Lotta⟧ och ⟦P|Micke⟧.

Hälsningar ⟦P|Pernilla⟧, HR

=== hand-mail sv
Hej ⟦P|Per⟧!
Per telefon sa du att ni behöver underlaget per vecka. Här kommer det. Fråga gärna om du undrar något.
/⟦P|Klara⟧

=== hand-mail sv
Ämne: SV: Avtalet

Låter bra ⟦P|Dag⟧, jag skickar det till ⟦P|Kerstin⟧ på ekonomi.
/⟦P|Stig⟧

Skickat från min iPhone

> 27 nov. 2026 kl. 16:40 skrev ⟦P|Dag Lönn⟧ <dag.lonn@bolaget.se>:
> Hej ⟦P|Stig⟧, kan vi skriva under på fredag? Ha en bra dag! /⟦P|Dag⟧

=== hand-mail sv
Hej ⟦P|Karl⟧! Den där karln från hyresvärden var här igen och mätte fönstren. Han sa att han hette ⟦P|Sten⟧.
Vet du något om det? /⟦P|Maja⟧

=== hand-mail sv
Till boende i Brf Linden
Hissen i port 3 är avstängd under vecka 50. Vid frågor kontakta vicevärden ⟦P|Tommy⟧ på 070-123 45 67.
Styrelsen genom ⟦P|Rose-Marie Berg⟧

=== hand-mail sv
Hej ⟦P|Ebba⟧, fakturan från Bruno Mathsson AB har kommit till fel adress, Dag Hammarskjölds väg 4. Kan du skicka
den vidare till Ellen Key-skolan? /⟦P|Johan⟧

=== hand-mail sv
Från: Styrelsen, Tennisklubben Ess
Styrelsen 2027:
Ordförande: ⟦P|Göran Lind⟧
Vice ordförande: ⟦P|Dalia Haddad⟧
Kassör: ⟦P|Bo-Inge Ström⟧
Ledamöter: ⟦P|Märta Sjöberg⟧, ⟦P|Vilja Ek⟧

=== hand-mail sv
Kära kollegor
Vi tackar ⟦P|Ann-Christin Ljungqvist⟧ som går i pension efter 35 år. ⟦P|Ann-Christins⟧ sista dag är fredag och vi bjuder
på tårta kl. 14. Pengar till present swishas till ⟦P|Gunnel⟧.
/⟦P|Jörgen⟧ och ⟦P|Eva⟧

=== hand-mail sv
Hej ⟦P|Tobbe⟧! Kan du kolla om Volvo Cars har betalat? ⟦P|Kalle⟧ sa att de skulle göra det i går. /⟦P|Pelle⟧

=== hand-mail sv
Hej! Tack för din beställning hos Clas Ohlson. Paketet skickas med PostNord. Hälsningar Kundservice

=== hand-chat sv
[10:01] ⟦P|Johanna Ek⟧: någon som sett ⟦P|love⟧? han har nyckeln till förrådet
[10:02] ⟦P|Sam Yusuf⟧: han är på möte till 11
[10:02] @johanna_e: ok tack
[10:05] ⟦P|Sam Yusuf⟧: love you all för fikat igår btw 😄

=== hand-chat sv
⟦P|Amir⟧ 13:14
har ⟦P|Sol⟧ skickat rapporten?
⟦P|Frida⟧ 13:15
nej, solen skiner och hon är i Båstad 😎
⟦P|Amir⟧ 13:15
haha okej

=== hand-lista sv
Schema vecka 50 – Hemtjänst Norr
Måndag: ⟦P|Liv⟧, ⟦P|Dag⟧, ⟦P|Sirpa⟧
Tisdag: ⟦P|Stig⟧, ⟦P|Majken⟧
Onsdag: ⟦P|Liv⟧, ⟦P|Abdi⟧, ⟦P|Ulla⟧
Torsdag: ⟦P|Dag⟧, ⟦P|Love⟧
Fredag: ⟦P|Majken⟧, ⟦P|Abdi⟧, ⟦P|Sirpa⟧
Sjukanmälan till ⟦P|Britt⟧ (enhetschef)

=== hand-lista sv
Deltagare, HLR-utbildning 2026-12-10
1. ⟦P|Andersson, Karin⟧
2. ⟦P|Björk, Linus⟧
3. ⟦P|Demir, Ömer⟧
4. ⟦P|Ek, Malin⟧
5. ⟦P|Tran, Van Minh⟧
6. ⟦P|Wiśniewska, Agnieszka⟧
Instruktör: ⟦P|Nils Fors⟧ (Röda Korset)

=== hand-lista sv
FULLMAKT
Jag, ⟦P|INGA-LILL BJÖRKMAN⟧, ger härmed ⟦P|PETER BJÖRKMAN⟧ fullmakt att företräda mig vid bouppteckningen efter
⟦P|STIG BJÖRKMAN⟧.
Ort och datum: Västerås 2026-11-27    Namnteckning: ⟦P|Inga-Lill Björkman⟧

=== hand-lista sv
Förnamn,Efternamn,Enhet,Anknytning
⟦P|Linnea⟧,⟦P|Falk⟧,Ekonomi,4411
⟦P|Dag⟧,⟦P|Strand⟧,IT,4415
⟦P|Fatima⟧,⟦P|Yildiz⟧,IT,4416
⟦P|Sten⟧,⟦P|Berg⟧,Lager,4501

=== hand-lista sv
BEGIN:VCARD
VERSION:3.0
N:⟦P|Hedlund⟧;⟦P|Sigrid⟧;;;
FN:⟦P|Sigrid Hedlund⟧
ORG:Advokatfirman Lind & Björk
TITLE:Advokat
EMAIL:sigrid.hedlund@lindbjork.se
END:VCARD

=== hand-lista sv
Telefonlista, Revisionsbyrån Falk & Ström
⟦P|Falk, Anders⟧ (delägare) ........ 101
⟦P|Ström, Lena⟧ (delägare) ......... 102
⟦P|Mohammed, Amina⟧ ................ 109
⟦P|Ek, Bo⟧ ......................... 110
Växel .............................. 100

=== hand-biz sv
Protokoll, ledningsgruppen 2026-11-25
Närvarande: ⟦P|Jan Ek⟧ (JE), ⟦P|Malin Forsberg⟧ (MF), ⟦P|Ali Reza Ahmadi⟧ (ARA). Frånvarande: ⟦P|Kristina Vik⟧.
§1 JE redogjorde för budgeten. MF och ARA tar fram underlag.
§2 ⟦P|Kristinas⟧ förslag om ny leverantör bordläggs.
Vid protokollet: ARA

=== hand-biz sv
Pressmeddelande
Sandvik utser ny hållbarhetschef
Sandvik AB har utsett ⟦P|Saga Lind Ekholm⟧ till hållbarhetschef. ⟦P|Lind Ekholm⟧ kommer närmast från SSAB. "Vi är glada
att välkomna ⟦P|Saga⟧," säger vd ⟦P|Stefan Wiklund⟧.

=== hand-biz sv
Offert från Målerifirman Bröderna Ström AB
Till: ⟦P|Susanne Holmberg⟧, Brf Eken
Vi offererar målning av sex trapphus för 214 000 kr exkl. moms. Arbetsledare: ⟦P|Rickard Ström⟧.
Med vänlig hälsning ⟦P|Mattias Ström⟧

=== hand-biz sv
Köpeavtal
Säljare: ⟦P|Lars-Olof Sjögren⟧. Köpare: ⟦P|Amanda Björk⟧ och ⟦P|Hussein Ali⟧. Fastighet: Uppsala Kåbo 12:3.
Mäklare: ⟦P|Jenny Strand⟧, Svensk Fastighetsförmedling.

=== hand-biz sv
Lönekörning november: kom ihåg att ⟦P|Ali⟧, ⟦P|Ulf⟧ och ⟦P|Love⟧ har ny timlön. ⟦P|Loves⟧ anställning är förlängd till juni.
/⟦P|Susanne⟧

=== hand-biz sv
Rekommendation
Jag rekommenderar gärna ⟦P|Aleksandra Nowak⟧, som arbetat hos oss som redovisningskonsult i fem år. ⟦P|Aleksandra⟧ är
noggrann och lösningsorienterad. ⟦P|Nowak⟧ lämnar oss på egen begäran.
⟦P|Gunnar Vik⟧, ekonomichef, Vik Redovisning AB

=== hand-biz sv
Att göra
- Ring ⟦P|Gösta⟧ om nycklarna
- Skicka faktura till Max Hamburgerrestauranger
- Boka rummet "Greta Garbo" på torsdag
- Fråga ⟦P|Berit Holm⟧ om semesterlistan
- Köp present till ⟦P|Kickis⟧ 60-årsdag

=== hand-biz sv
Reklamation
Kund: ⟦P|Ivar Dahl⟧, Storgatan 3, Tierp
Ärende: Leveransen från IKEA var tre dagar sen. Chauffören (⟦P|Goran⟧) var trevlig men soffan var repad.
Handläggare: ⟦P|Maja Ek⟧

=== hand-biz sv
Hej föräldrar i 4B!
Kom ihåg lappen om lägerskolan senast fredag. Tack till ⟦P|Ellas⟧ pappa, ⟦P|Mikael⟧, som kör packningen.
⟦P|Vilja⟧ och ⟦P|Noel⟧ ska ta med sin medicin. Hälsningar ⟦P|Therese⟧ (klasslärare)

=== hand-biz sv
Protokoll, årsmöte Samfälligheten Björkhagen
Närvarande: ⟦P|Erik Lönn⟧ (ordf.), ⟦P|Ann Falk⟧, ⟦P|Kurt Sten⟧, ⟦P|Nasrin Karimi⟧.
⟦P|Erik⟧ informerade om farthinder. ⟦P|Kurt⟧ har tagit in offert från Asfalt Sten AB. ⟦P|Nasrin⟧ skriver nyhetsbrevet.

=== hand-long sv
När ⟦P|Margareta Höst⟧ tog över sin fars handelsträdgård i Sigtuna 1996 fanns det två anställda. I dag är de 35 och
Hösts Trädgård levererar till hela Mälardalen. "Pappa, ⟦P|Evert⟧, trodde inte på idén," skrattar ⟦P|Margareta Höst⟧.

Dottern ⟦P|Elin Höst Karlsson⟧ är utbildad trädgårdsmästare och gift med ⟦P|Daniel Karlsson⟧, som sköter webbshopen.
"Vi vill fortsätta, men på vårt sätt," säger ⟦P|Elin⟧.

Hösten är lugn, men i december börjar julgransförsäljningen. I år har trädgården anställt ⟦P|Ebbe⟧ och ⟦P|Saga⟧ från
gymnasiet för helgerna. ⟦P|Sagas⟧ mamma, ⟦P|Petra Sommar⟧, har själv jobbat här.

"Det är ett familjeföretag, även för dem som inte heter ⟦P|Höst⟧," säger ⟦P|Margareta⟧.

=== hand-long sv
Från: ⟦P|Per-Anders Lindholm⟧
Till: Ekonomi
Ämne: Överlämning innan ledigheten

Hej alla,

Status innan jag går på ledighet:

1. Leverantörsreskontra: ⟦P|Linda⟧ tar över betalningarna. Om Ahlsell eller Dahl ringer, koppla dem till henne.
2. Lön: ⟦P|Tariq Hussein⟧ kör lönen den 25:e. ⟦P|Tariqs⟧ backup är ⟦P|Inger⟧.
3. Revision: revisor ⟦P|Kim Holm⟧ från PwC kommer 7 januari. ⟦P|Holm⟧ vill ha verifikationerna för kvartal 4.
4. Årsredovisning: vd ⟦P|Mats Rydberg⟧ och ordförande ⟦P|Birgitta Ek⟧ skriver under den 15 mars.

God jul!
⟦P|Per-Anders⟧
"""
