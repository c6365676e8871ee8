"""Hand-written Swedish documents (v10). Slots: see slots.py."""

BANK = r"""
=== hand-mail sv
Hej Annika!

Här kommer uppgifterna till bostadsrättsföreningen inför överlåtelsen:
Köpare: Linnea Forsberg, personnr [[pnr:ld]]
Säljare: Göran Wikström, personnr [[pnr:ld]]
Lägenhetsnr {{n:4}}, föreningens org.nr {{orgnr}}.

Vänliga hälsningar
Maria på Mäklarhuset
=== hand-mail sv
Sv: Sv: Återbetalning

Hej, jag har inte fått pengarna än. Mitt personnummer är [[pnr]] och ärendenumret ni gav mig var {{luhn10}}.
/Kalle

> Hej Kalle! Vi har registrerat din begäran. Återbetalning sker till kontot {{clkto}}.
> Mvh Kundtjänst
=== hand-mail sv
Hej!
Min farmor fyller 101 i år, hennes personnummer är [[pnr:plus]]. Hon behöver hjälp med deklarationen -
kan jag bli ombud? Mitt eget är [[pnr:l]].
Tack, Elin
=== hand-mail sv
Hej Johan,
Vi har fått in en ansökan från en person med samordningsnummer [[pnr:co]] (inte folkbokförd).
Kan du lägga upp honom i lönesystemet? Bankgiro för utbetalning saknas, han har konto {{clkto}}.
/Petra, HR
=== hand-mail sv
Hej hej
Vidarebefordrar från Sara, lägg det i personalakten:

----- Vidarebefordrat meddelande -----
Jag byter bank, nya kontonumret är {{clkto}}. Personnumret är samma som innan: [[pnr:s]].
Kram Sara
=== hand-mail sv
Tack för samtalet! Som sagt behöver vi INTE ditt personnummer för att boka tid, bara namn och mobilnummer
({{tlfse}}). Ditt bokningsnummer är {{luhn10:dash}}.
Hälsningar, Tandläkarna på Ågatan
=== hand-mail sv
Hej Bengt,
Fakturan från Byggfirman innehåller ROT-avdrag för Anna Lindgren [[pnr]] och Per Lindgren [[pnr]].
Fakturanr {{luhn10}}, OCR {{ocr}}, bankgiro {{bg}}.
Mvh Ekonomi
=== hand-mail sv
Re: jaktkort
Hej, jag har glömt mitt jaktkortsnummer men mitt personnummer är [[pnr:ld]]. Kan ni slå upp det?
/Sven-Erik Holm
=== hand-mail sv
Hej,
Kolla bifogad lista. Raderna med ****-slut är maskerade, t.ex. {{mpnr}}. Den enda som ser
fullständig ut är Jonas: [[pnr:ld]] - det borde inte stå där, ta bort det innan ni skickar vidare.
/Mikael
=== hand-mail sv
Hej Gunilla
Ang. CSN: Jag har återbetalningsnummer {{luhn10}} hos CSN. Mitt personnummer: [[pnr:lsp]]
Hälsningar Amir
=== hand-case sv
TINGSRÄTT - DOM
Mål nr B {{n:4}}-26
Tilltalad: Robin Ahlqvist, [[pnr]]
Målsägande: Hemköp i Gävle, org.nr {{orgnr}}
Påföljd: Dagsböter 40 x 100 kr
=== hand-case sv
Polisanmälan
K-nummer: K{{n:6}}-26
Anmälare: Ingrid Svensson, pnr [[pnr:ld]]
Mobil: {{tlfse}}
Händelse: Inbrott i förråd
=== hand-case sv
Kronofogden - Beslut om utmätning
Gäldenär: Daniel Åberg, personnummer [[pnr]]
Målnummer {{n:2}}-{{n:6}}-26
Utmätt belopp betalas till bankgiro {{bg}}, ange OCR {{ocr}}.
=== hand-case sv
Försäkringskassan
Beslut om sjukpenning
Personnummer: [[pnr:ld]]
Ärende: {{n:9}}
Vi har beslutat att du får sjukpenning från och med {{isodate}}.
=== hand-case sv
Migrationsverket
Sökande: Yusuf Abdi
Samordningsnummer: [[pnr:co,ld]]
Dossiernummer: {{n:8}}
UT-kortnummer: {{n:8}}
=== hand-case sv
Bouppteckning
Den avlidne: Karl-Axel Nyström, [[pnr:plus]], avled {{isodate}}.
Dödsbodelägare: Britt Nyström [[pnr]]; Lars Nyström [[pnr]]
Tillgångar: Bankkonto {{clkto}} - {{amount}} kr
=== hand-case sv
Socialtjänsten - journalanteckning
Klient: [[pnr:l]] (Fatima Al-Sayed)
{{isodate}}: Hembesök. Barnen (födda 2016 och 2019) var hemma.
Ärendenr SoL-{{n:4}}/{{n:3}}
=== hand-case sv
Lantmäteriet - lagfart
Förvärvare: Hanna Bergqvist [[pnr:ld]] och Oskar Bergqvist [[pnr:ld]], hälften var
Fastighet: Uppsala Kåbo 12:4
Köpeskilling: {{amount}} kr
Dagboksnummer {{n:6}}
=== hand-case sv
Transportstyrelsen
Ägare till fordon ABC {{n:3}}: Elsa Hedlund, [[pnr]]
Körkortsbehörighet: B
Ärendenummer TSTRK {{n:4}}-{{n:6}}
=== hand-case sv
Domstolsverket - nämndemannalista (utdrag)
Åsa Rydberg, [[pnr:s]], Socialdemokraterna
Leif Hallström, [[pnr:s]], Moderaterna
Telefonnummer lämnas ej ut.
=== hand-school sv
Förskolan Solrosen - avdelning Blåbär
Barn                 Personnummer
Wilma A.             [[pnr:kid]]
Ebbe L.              [[pnr:kid]]
Majken S.            [[pnr:kid]]
Vårdnadshavare kontaktas via {{tlfse}}.
=== hand-school sv
Skolskjuts - beställning läsåret 26/27
Elev: Leo Karlsson  Pnr: [[pnr:kid,ld]]
Hållplats: Norrby vändplan
Kontaktperson: mamma Jenny, {{tlfse}}
=== hand-school sv
Hej alla föräldrar!
Inför skolresan behöver vi barnens personnummer till försäkringen. Lämna dem på lapp, INTE i Vklass-chatten.
Tack! /Lärare Stina
=== hand-school sv
Anmälan till kulturskolan
Elevens personnummer (ÅÅMMDD-XXXX): [[pnr:kid]]
Instrument: Fiol
Faktura till: Jakob Engström, [[pnr]]
=== hand-school sv
Fritidsgården - deltagarlista sommarläger
1) Alice Ek         {{isodate}}  (personnummer saknas)
2) Vincent Nord     [[pnr:kid,l]]
3) Saga Lind        [[pnr:kid,l]]
4) Hugo Sandberg    [[pnr:kid,l]]
=== hand-sheet sv
ANSTÄLLDA | LÖNEART | PERSONNUMMER | BELOPP
Eriksson, Ulf | 011 | [[pnr]] | {{amount}}
Nilsson, Kim | 011 | [[pnr]] | {{amount}}
Ibrahim, Sara | 011 | [[pnr:co]] | {{amount}}
=== hand-sheet sv
Medlemsregister Hyresgästföreningen Lokal 12
Medlemsnr    Namn                   Pnr
{{luhn10}}   Agneta Blom            [[pnr:s]]
{{luhn10}}   Tommy Lund             [[pnr:s]]
{{luhn10}}   Siv Persson            [[pnr:s]]
(Medlemsnumret är inte personnumret.)
=== hand-sheet sv
pnr,namn,semesterdagar kvar
[[pnr:l]],Emma Sjöberg,14
[[pnr:l]],Jonatan Hägg,3
[[pnr:l]],Britt-Marie Ek,25
=== hand-sheet sv
Kundnummer;Namn;Senaste köp;Belopp
{{luhn10:dash}};Ingvar Lindahl;{{isodate}};{{amount}}
{{luhn10:dash}};Lena Ström;{{isodate}};{{amount}}
{{luhn10:dash}};Erik Mattsson;{{isodate}};{{amount}}
=== hand-sheet sv
Friskvårdsbidrag 2026
Namn¦Personnr¦Belopp¦Kvitto
Ronja Dahl¦[[pnr:ld]]¦{{amount}}¦{{n:8}}
Peter Holm¦[[pnr:ld]]¦{{amount}}¦{{n:8}}
=== hand-ocr sv
ARBETSGIVARINTYG
Den anstä1lde: Mattias Öberg   Personnr: [[pnr:nl]]
Anställd fr.o.m. {{isodate}}
Arbetsgivare: Öbergs Åkeri AB, org.nr {{orgnr}}
=== hand-ocr sv
HYRESKONTRAKT F0R BOSTADSLÄGENHET
Hyresgäst: Klara Nordin   Pers0nnummer: [[pnr:ld]]
Hyresvärd: AB Stadshem, org nr {{orgnr}}
Objektnr {{n:6}}-{{n:3}}
=== hand-ocr sv
KVITTO
Apoteket Hjärtat
Recept för: [[pnr:ld]]
Kvittonr {{luhn10}}  Kassa 2
Att betala {{amount}}
=== hand-ocr sv
VAPENLICENS - ANSÖKAN
Sökande personnummer [[pnr:l]]
Jaktkortsnummer {{n:8}}
Vapnets tillverkningsnr {{n:7}}
=== hand-edge sv
Personnummer:[[pnr:s]];Tel:{{mobse}};Kundnr:{{luhn10}}
=== hand-edge sv
Samordningsnumret [[pnr:co]] tillhör en utländsk säsongsarbetare; dagen i numret är födelsedagen plus 60.
=== hand-edge sv
Pnr (12 siffror): [[pnr:l]]. Pnr (10 siffror): [[pnr]]. Båda tillhör olika personer.
=== hand-edge sv
Född 1922, personnummer [[pnr:plus]] - observera plustecknet, hon har fyllt 100.
=== hand-edge sv
Fel personnummer i ansökan: {{badpnr}} (kontrollsiffran stämmer inte). Rätt nummer: [[pnr]].
=== hand-edge sv
OCR-nummer: {{ocr:ten}}
Bankgiro: {{bg}}
Plusgiro: {{pg}}
Org.nr: {{orgnr}}
Fakturanr: {{luhn10}}
=== hand-edge sv
Swish-betalning mottagen från {{tlfse}}, meddelande "hyra mars", referens {{luhn10}}.
=== hand-edge sv
Testpersonnummer från Skatteverket (fiktiva, används i test): 19121212-1212. Riktigt nummer för kunden: [[pnr:ld]].
=== hand-edge sv
Kund: Leila Mansour ([[pnr:ld]]), kundnummer {{luhn10:dash}}, avtalsnr {{luhn10}}.
=== hand-edge sv
Hej! Mitt pnr är
[[pnr]]
och jag vill säga upp mitt gymkort.
=== hand-edge sv
Löpnummer  Datum       Belopp
{{luhn10}}  {{isodate}}  {{amount}}
{{luhn10}}  {{isodate}}  {{amount}}
{{luhn10}}  {{isodate}}  {{amount}}
"""
